//! Word lists the tokenizer and sentence splitter consult. Lists are sorted
//! so lookups are binary searches; entries are lower case unless noted.

/// Abbreviations written with a final full stop that keep it as part of the
/// token (`Mr.`, `Sept.`, `Inc.`). Lower case, without the full stop.
const ABBREVIATIONS: &[&str] = &[
    "adm", "al", "ala", "approx", "apr", "ariz", "ark", "arrv", "assn", "attn", "aug", "ave",
    "blvd", "bros", "calif", "capt", "cf", "cmdr", "co", "col", "colo", "conn", "corp", "cpl",
    "dec", "del", "dept", "dist", "div", "dr", "drs", "est", "etc", "ext", "feb", "fig", "fla",
    "fri", "ft", "ga", "gen", "gov", "hon", "ill", "inc", "ind", "jan", "jr", "jul", "jun", "kan",
    "ky", "la", "lt", "ltd", "maj", "mass", "md", "messrs", "mich", "minn", "miss", "mlle", "mme",
    "mo", "mon", "mont", "mr", "mrs", "ms", "mssrs", "mt", "neb", "nev", "nov", "oct", "okla",
    "ore", "pa", "ph", "pres", "prof", "pvt", "rd", "rep", "reps", "rev", "sat", "sen", "sens",
    "sep", "sept", "sgt", "sr", "st", "sts", "sun", "supt", "tenn", "tex", "thu", "thur", "thurs",
    "tue", "tues", "univ", "va", "vs", "vt", "wash", "wed", "wis", "wyo",
];

/// Abbreviations that may be written in lower case (`etc.`, `vs.`); other
/// entries must be capitalised so that `ill.` or `mass.` end sentences.
const LOWERCASE_ABBREVIATIONS: &[&str] = &["al", "approx", "cf", "ect", "etc", "ext", "vs"];

/// Abbreviations that keep their full stop only before a number (`No. 5`,
/// `Fig. 3`), since `no.` is more often a word ending a sentence.
const NUMBER_ABBREVIATIONS: &[&str] = &["fig", "no", "nos", "p", "pp", "vol"];

/// Abbreviations that precede a name or number and so never end a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "capt", "cmdr", "col", "cpl", "dr", "fig", "gen", "gov", "hon", "lt", "maj", "messrs",
    "mlle", "mme", "mr", "mrs", "ms", "mssrs", "mt", "no", "nos", "pp", "pres", "prof", "pvt",
    "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt", "vol", "vs",
];

/// Prefixes that stay attached to the word after a hyphen in UD English
/// (`non-avian`, `re-elected`); other hyphenated compounds are split.
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "inter", "intra", "macro", "mega",
    "micro", "mid", "mini", "multi", "neo", "non", "over", "post", "pre", "pro", "proto", "pseudo",
    "psycho", "re", "semi", "socio", "sub", "super", "trans", "ultra", "un", "vice",
];

/// Words that often start a sentence after an abbreviation such as `U.S.`
/// or `Inc.`: seeing one after such a token marks a sentence boundary.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "also",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "mr",
    "mrs",
    "ms",
    "my",
    "no",
    "now",
    "on",
    "our",
    "please",
    "she",
    "so",
    "some",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "we",
    "what",
    "when",
    "while",
    "who",
    "yes",
    "you",
];

/// Top-level domains that join `word.tld` into one token (`Amazon.com`).
const DOMAINS: &[&str] = &[
    "au", "ca", "cn", "co", "com", "de", "edu", "fr", "gov", "in", "info", "io", "jp", "net",
    "org", "ru", "tv", "uk", "us",
];

/// File extensions that join `name.ext` into one token (`report.pdf`).
const FILE_EXTENSIONS: &[&str] = &[
    "csv", "doc", "docx", "exe", "gif", "htm", "html", "jpg", "json", "mp3", "mp4", "pdf", "png",
    "ppt", "pptx", "txt", "url", "xls", "xlsx", "xml", "zip",
];

/// Units written straight after a number, split off as UD does (`5pm` →
/// `5` `pm`, `35mm` → `35` `mm`).
const NUMBER_UNITS: &[&str] = &[
    "am", "cm", "ft", "g", "gb", "hrs", "k", "kb", "kg", "km", "kph", "lb", "lbs", "mb", "mg",
    "mi", "ml", "mm", "mph", "oz", "pm", "tb",
];

/// English words that follow a capitalised word and hyphen in compounds
/// (`Bush-era`, `Kremlin-backed`), so the pair is no romanised given name.
const COMPOUND_HEADS: &[&str] = &[
    "about", "area", "backed", "based", "born", "class", "day", "era", "free", "led", "level",
    "like", "made", "off", "old", "owned", "run", "side", "style", "term", "time", "type", "war",
    "wide", "year",
];

/// Number words joined by a hyphen (`ninety-nine`).
const NUMBER_WORDS: &[&str] = &[
    "eight", "eighty", "fifty", "five", "forty", "four", "nine", "ninety", "one", "seven",
    "seventy", "six", "sixty", "thirty", "three", "twenty", "two",
];

/// Contractions written without an apostrophe, as UD splits them:
/// (word, length in bytes of its first part).
const FUSED_CONTRACTIONS: &[(&str, usize)] = &[
    ("cannot", 3),
    ("cant", 2),
    ("couldnt", 5),
    ("didnt", 3),
    ("doesnt", 4),
    ("dont", 2),
    ("gimme", 3),
    ("gonna", 3),
    ("gotta", 3),
    ("hasnt", 3),
    ("havent", 4),
    ("im", 1),
    ("isnt", 2),
    ("ive", 1),
    ("kinda", 4),
    ("lotta", 3),
    ("outta", 3),
    ("shouldnt", 6),
    ("thats", 4),
    ("theres", 5),
    ("wanna", 3),
    ("wasnt", 3),
    ("whats", 4),
    ("wont", 2),
    ("wouldnt", 5),
    ("youll", 3),
    ("youre", 3),
    ("youve", 3),
];

/// Lower-cases ASCII into a stack buffer; `None` for long or non-ASCII words
/// (no list entry is either).
fn ascii_lower(word: &str, buf: &mut [u8; 16]) -> Option<usize> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(word.bytes()) {
        *dst = src.to_ascii_lowercase();
    }
    Some(word.len())
}

fn in_list(list: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 16];
    match ascii_lower(word, &mut buf) {
        Some(len) => list
            .binary_search_by(|w| w.as_bytes().cmp(&buf[..len]))
            .is_ok(),
        None => false,
    }
}

/// True when `word` (without its full stop) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    let lower_case = word.bytes().all(|b| b.is_ascii_lowercase());
    if lower_case {
        in_list(LOWERCASE_ABBREVIATIONS, word)
    } else {
        in_list(ABBREVIATIONS, word)
    }
}

/// True for abbreviations that keep their full stop only before a number.
pub fn is_number_abbreviation(word: &str) -> bool {
    in_list(NUMBER_ABBREVIATIONS, word)
}

/// True when `word` (without its full stop) is a title-like abbreviation
/// that is followed by a name or number, never by a sentence end.
pub fn is_title_abbreviation(word: &str) -> bool {
    in_list(TITLE_ABBREVIATIONS, word)
}

/// True when `word` stays joined to what follows its hyphen.
pub fn is_hyphen_prefix(word: &str) -> bool {
    in_list(HYPHEN_PREFIXES, word)
}

/// True for words that commonly open a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    in_list(SENTENCE_STARTERS, word)
}

/// True for a top-level domain.
pub fn is_domain(word: &str) -> bool {
    in_list(DOMAINS, word)
}

/// True for a common file extension (any case).
pub fn is_file_extension(word: &str) -> bool {
    in_list(FILE_EXTENSIONS, word)
}

/// True for a unit written straight after a number (any case).
pub fn is_number_unit(word: &str) -> bool {
    in_list(NUMBER_UNITS, word)
}

/// True for a word that heads English hyphenated compounds.
pub fn is_compound_head(word: &str) -> bool {
    in_list(COMPOUND_HEADS, word)
}

/// True for a number word that joins others by a hyphen.
pub fn is_number_word(word: &str) -> bool {
    in_list(NUMBER_WORDS, word)
}

/// For a contraction written without apostrophe, the byte length of its
/// first word (`gonna` → 3, `gon` + `na`).
pub fn fused_contraction_split(word: &str) -> Option<usize> {
    // Every entry is 2 to 8 letters and ends in one of these: a cheap
    // filter for the common case of an ordinary word.
    let last = word.as_bytes().last()?.to_ascii_lowercase();
    if !(2..=8).contains(&word.len()) || !matches!(last, b'a' | b'e' | b'l' | b'm' | b's' | b't') {
        return None;
    }
    let mut packed = [0u8; 8];
    for (dst, src) in packed.iter_mut().zip(word.bytes()) {
        *dst = src.to_ascii_lowercase();
    }
    let packed = u64::from_le_bytes(packed);
    FUSED_PACKED
        .binary_search_by(|(p, _)| p.cmp(&packed))
        .ok()
        .map(|i| FUSED_PACKED[i].1)
}

/// Packs up to eight ASCII bytes into an integer for quick comparison.
const fn pack(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut packed = [0u8; 8];
    let mut i = 0;
    while i < bytes.len() && i < 8 {
        packed[i] = bytes[i];
        i += 1;
    }
    u64::from_le_bytes(packed)
}

/// `FUSED_CONTRACTIONS` packed by [`pack`] and sorted for binary search.
static FUSED_PACKED: [(u64, usize); FUSED_CONTRACTIONS.len()] = {
    let mut out = [(0u64, 0usize); FUSED_CONTRACTIONS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = (pack(FUSED_CONTRACTIONS[i].0), FUSED_CONTRACTIONS[i].1);
        // Insertion sort, at compile time.
        let mut j = i;
        while j > 0 && out[j - 1].0 > out[j].0 {
            let tmp = out[j - 1];
            out[j - 1] = out[j];
            out[j] = tmp;
            j -= 1;
        }
        i += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_for_binary_search() {
        for list in [
            ABBREVIATIONS,
            LOWERCASE_ABBREVIATIONS,
            NUMBER_ABBREVIATIONS,
            TITLE_ABBREVIATIONS,
            HYPHEN_PREFIXES,
            SENTENCE_STARTERS,
            DOMAINS,
            FILE_EXTENSIONS,
            NUMBER_UNITS,
            NUMBER_WORDS,
            COMPOUND_HEADS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list);
        }
        assert!(FUSED_CONTRACTIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(is_abbreviation("Sept"));
        assert!(is_title_abbreviation("MR"));
        assert!(!is_abbreviation("Putin"));
        assert_eq!(fused_contraction_split("Gonna"), Some(3));
    }
}
