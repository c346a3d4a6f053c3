//! Word lists the tokenizer and sentence splitter consult, entries in lower
//! case. Each list is turned at compile time into a [`WordTable`], so a
//! lookup costs a multiply and a probe or two, whatever the list's length.

/// Abbreviations written with a final full stop that keep it as part of the
/// token (`Mr.`, `Sept.`, `Inc.`). Lower case, without the full stop.
const ABBREVIATIONS: &[&str] = &[
    "adm", "al", "ala", "approx", "apr", "ariz", "ark", "arrv", "assn", "attn", "aug", "ave",
    "blvd", "bros", "calif", "capt", "cf", "cmdr", "co", "col", "colo", "conn", "corp", "cpl",
    "dec", "del", "dept", "dist", "div", "dr", "drs", "est", "etc", "ext", "feb", "fig", "fla",
    "fri", "ft", "ga", "gen", "gov", "govs", "hon", "ill", "inc", "ind", "jan", "jr", "jul", "jun",
    "kan", "ky", "la", "lt", "ltd", "maj", "mass", "md", "messrs", "mich", "minn", "miss", "mlle",
    "mme", "mo", "mon", "mont", "mr", "mrs", "ms", "mssrs", "mt", "neb", "nev", "nov", "oct",
    "okla", "ore", "pa", "ph", "pres", "prof", "pvt", "rd", "rep", "reps", "rev", "sat", "sen",
    "sens", "sep", "sept", "sgt", "sr", "st", "sts", "sun", "supt", "tenn", "tex", "thu", "thur",
    "thurs", "tue", "tues", "univ", "va", "vs", "vt", "wash", "wed", "wis", "wyo",
];

/// Abbreviations that may be written in lower case (`etc.`, `vs.`); other
/// entries must be capitalised so that `ill.` or `mass.` end sentences.
const LOWERCASE_ABBREVIATIONS: &[&str] = &["al", "approx", "cf", "ect", "etc", "ext", "vs"];

/// Abbreviations that keep their full stop only before a number (`No. 5`,
/// `Fig. 3`), since `no.` is more often a word ending a sentence.
const NUMBER_ABBREVIATIONS: &[&str] = &["fig", "no", "nos", "p", "pp", "vol"];

/// Abbreviations that precede a name or number and so never end a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "capt", "cmdr", "col", "cpl", "dr", "fig", "gen", "gov", "govs", "hon", "lt", "maj",
    "messrs", "mlle", "mme", "mr", "mrs", "ms", "mssrs", "mt", "no", "nos", "pp", "pres", "prof",
    "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt", "vol", "vs",
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

/// Connectives, and the participle `asked`, that open a sentence before
/// a comma, where a full stop after a name could be a typo inside it.
const SENTENCE_CONNECTIVES: &[&str] = &[
    "nevertheless",
    "nonetheless",
    "moreover",
    "furthermore",
    "rather",
    "instead",
    "still",
    "first",
    "second",
    "third",
    "finally",
    "earlier",
    "later",
    "overall",
    "today",
    "tonight",
    "besides",
    "indeed",
    "otherwise",
    "thus",
    "therefore",
    "separately",
    "elsewhere",
    "again",
    "yet",
    "asked",
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
/// (word, length in bytes of its first part, plus [`IF_A_CLAUSE_WORD_FOLLOWS`]
/// for a word that is a contraction only before some words).
const FUSED_CONTRACTIONS: &[(&str, u8)] = &[
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
    // `its a shame`, `its not`: web text's `it's`; `its` before a noun is
    // the possessive.
    ("its", 2 | IF_A_CLAUSE_WORD_FOLLOWS),
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

/// The longest word a [`WordTable`] holds, in bytes.
const MAX_WORD: usize = 16;

/// A set of short ASCII words, each with a small value, in an open-addressed
/// table built at compile time. Words are lower-cased and packed into one
/// integer each; 0 marks an empty slot (no word packs to 0).
struct WordTable<const SLOTS: usize> {
    keys: [u128; SLOTS],
    values: [u8; SLOTS],
    /// The length of the longest word held: longer words are turned away
    /// before they are packed.
    longest: usize,
    /// The first letters of the words held, as bits (see [`first_bit`]):
    /// most words are turned away by one test.
    first_letters: u32,
}

/// The bit of a word's first byte (either case) in
/// [`WordTable::first_letters`]: one per letter, one for all else.
const fn first_bit(first: u8) -> u32 {
    let letter = (first | 0x20).wrapping_sub(b'a');
    1 << if letter < 26 { letter } else { 26 }
}

/// Slots for a table of `len` words: at most half full.
const fn slots_for(len: usize) -> usize {
    (2 * len).next_power_of_two()
}

/// Packs a word's lower-cased bytes; `None` for long or non-ASCII words
/// (no entry is either).
const fn pack_lower(word: &[u8]) -> Option<u128> {
    if word.len() > MAX_WORD {
        return None;
    }
    let mut packed = [0u8; MAX_WORD];
    let mut i = 0;
    while i < word.len() {
        if !word[i].is_ascii() {
            return None;
        }
        packed[i] = word[i].to_ascii_lowercase();
        i += 1;
    }
    Some(u128::from_le_bytes(packed))
}

impl<const SLOTS: usize> WordTable<SLOTS> {
    /// A table holding each of `words` with the value 1.
    const fn from_words(words: &[&str]) -> Self {
        let mut table = WordTable::empty(words.len());
        let mut i = 0;
        while i < words.len() {
            table.insert(words[i], 1);
            i += 1;
        }
        table
    }

    /// A table holding each word of `pairs` with its value.
    const fn from_pairs(pairs: &[(&str, u8)]) -> Self {
        let mut table = WordTable::empty(pairs.len());
        let mut i = 0;
        while i < pairs.len() {
            table.insert(pairs[i].0, pairs[i].1);
            i += 1;
        }
        table
    }

    const fn empty(len: usize) -> Self {
        assert!(SLOTS.is_power_of_two() && SLOTS >= 2 * len);
        WordTable {
            keys: [0; SLOTS],
            values: [0; SLOTS],
            longest: 0,
            first_letters: 0,
        }
    }

    const fn insert(&mut self, word: &str, value: u8) {
        let Some(key) = pack_lower(word.as_bytes()) else {
            panic!("a word table entry must be short ASCII");
        };
        assert!(key != 0, "a word table entry must not be empty");
        let mut slot = Self::home(key);
        while self.keys[slot] != 0 {
            assert!(self.keys[slot] != key, "duplicate word table entry");
            slot = (slot + 1) % SLOTS;
        }
        self.keys[slot] = key;
        self.values[slot] = value;
        if word.len() > self.longest {
            self.longest = word.len();
        }
        self.first_letters |= first_bit(word.as_bytes()[0]);
    }

    /// The first slot to probe for a key (Fibonacci hashing).
    const fn home(key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
    }

    /// The value of `word` (any case), if the table holds it.
    #[inline]
    fn get(&self, word: &[u8]) -> Option<u8> {
        let first = *word.first()?;
        if word.len() > self.longest || self.first_letters & first_bit(first) == 0 {
            return None;
        }
        let key = pack_lower(word).filter(|&key| key != 0)?;
        let mut slot = Self::home(key);
        loop {
            let found = self.keys[slot];
            if found == key {
                return Some(self.values[slot]);
            }
            if found == 0 {
                return None;
            }
            slot = (slot + 1) % SLOTS;
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.get(word.as_bytes()).is_some()
    }
}

/// Declares a `static` [`WordTable`] holding the words of a list.
macro_rules! word_table {
    ($name:ident, $words:expr) => {
        static $name: WordTable<{ slots_for($words.len()) }> = WordTable::from_words($words);
    };
}

word_table!(ABBREVIATION_TABLE, ABBREVIATIONS);
word_table!(LOWERCASE_ABBREVIATION_TABLE, LOWERCASE_ABBREVIATIONS);
word_table!(NUMBER_ABBREVIATION_TABLE, NUMBER_ABBREVIATIONS);
word_table!(TITLE_ABBREVIATION_TABLE, TITLE_ABBREVIATIONS);
word_table!(HYPHEN_PREFIX_TABLE, HYPHEN_PREFIXES);
word_table!(SENTENCE_STARTER_TABLE, SENTENCE_STARTERS);
word_table!(SENTENCE_CONNECTIVE_TABLE, SENTENCE_CONNECTIVES);
word_table!(DOMAIN_TABLE, DOMAINS);
word_table!(FILE_EXTENSION_TABLE, FILE_EXTENSIONS);
word_table!(NUMBER_UNIT_TABLE, NUMBER_UNITS);
word_table!(COMPOUND_HEAD_TABLE, COMPOUND_HEADS);
word_table!(NUMBER_WORD_TABLE, NUMBER_WORDS);

static FUSED_TABLE: WordTable<{ slots_for(FUSED_CONTRACTIONS.len()) }> =
    WordTable::from_pairs(FUSED_CONTRACTIONS);

/// True when `word` (without its full stop) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    let lower_case = word.bytes().all(|b| b.is_ascii_lowercase());
    if lower_case {
        LOWERCASE_ABBREVIATION_TABLE.contains(word)
    } else {
        ABBREVIATION_TABLE.contains(word)
    }
}

/// True for abbreviations that keep their full stop only before a number.
pub fn is_number_abbreviation(word: &str) -> bool {
    NUMBER_ABBREVIATION_TABLE.contains(word)
}

/// True when `word` (without its full stop) is a title-like abbreviation
/// that is followed by a name or number, never by a sentence end.
pub fn is_title_abbreviation(word: &str) -> bool {
    TITLE_ABBREVIATION_TABLE.contains(word)
}

/// True when `word` stays joined to what follows its hyphen.
pub fn is_hyphen_prefix(word: &str) -> bool {
    HYPHEN_PREFIX_TABLE.contains(word)
}

/// True for words that commonly open a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTER_TABLE.contains(word)
}

/// True for a connective that opens a sentence before a comma
/// (`Nevertheless,`), in any case.
pub fn is_sentence_connective(word: &str) -> bool {
    SENTENCE_CONNECTIVE_TABLE.contains(word)
}

/// True for a top-level domain.
pub fn is_domain(word: &str) -> bool {
    DOMAIN_TABLE.contains(word)
}

/// True for a common file extension (any case).
pub fn is_file_extension(word: &str) -> bool {
    FILE_EXTENSION_TABLE.contains(word)
}

/// True for a unit written straight after a number (any case).
pub fn is_number_unit(word: &[u8]) -> bool {
    NUMBER_UNIT_TABLE.get(word).is_some()
}

/// True for a word that heads English hyphenated compounds.
pub fn is_compound_head(word: &str) -> bool {
    COMPOUND_HEAD_TABLE.contains(word)
}

/// True for a number word that joins others by a hyphen.
pub fn is_number_word(word: &str) -> bool {
    NUMBER_WORD_TABLE.contains(word)
}

/// Where a fused contraction splits (`gonna` → 3, `cannot` → 3), any case.
#[inline]
pub fn fused_contraction_split(word: &[u8]) -> Option<FusedSplit> {
    let bytes = word;
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    let row = usize::from((first | 0x20).wrapping_sub(b'a'));
    if !(FUSED_MIN..=FUSED_MAX).contains(&bytes.len())
        || row >= FUSED_FILTER.len()
        || FUSED_FILTER[row] & fused_filter_bit(bytes.len(), last) == 0
    {
        return None;
    }
    FUSED_TABLE.get(word).map(FusedSplit::from_entry)
}

/// Where a fused contraction splits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FusedSplit {
    /// Always at this byte: `gon` `na`.
    Always(usize),
    /// At this byte if the next word is a [`opens_a_clause_after_its`]
    /// word (`its a` → `it` `s` `a`), else not at all.
    IfAClauseWordFollows(usize),
}

impl FusedSplit {
    /// The split a [`FUSED_CONTRACTIONS`] value stands for.
    fn from_entry(value: u8) -> Self {
        let at = usize::from(value & !IF_A_CLAUSE_WORD_FOLLOWS);
        if value & IF_A_CLAUSE_WORD_FOLLOWS != 0 {
            FusedSplit::IfAClauseWordFollows(at)
        } else {
            FusedSplit::Always(at)
        }
    }
}

/// The flag of a [`FUSED_CONTRACTIONS`] entry split only before a clause
/// word.
const IF_A_CLAUSE_WORD_FOLLOWS: u8 = 0x80;

/// Words that follow `it's` but never the possessive `its` (which a noun
/// or adjective follows), from UD English EWT's training split: articles,
/// `not`, adverbs, prepositions, possessive determiners. Not `like` nor
/// `all`, which news writes after the possessive (`seen its like`, `its
/// all weather lifeboat`).
const CLAUSE_WORDS_AFTER_ITS: &[&str] = &[
    "a",
    "actually",
    "also",
    "always",
    "an",
    "been",
    "between",
    "definitely",
    "for",
    "from",
    "going",
    "gonna",
    "in",
    "just",
    "my",
    "never",
    "not",
    "nothing",
    "now",
    "our",
    "probably",
    "really",
    "simply",
    "so",
    "still",
    "the",
    "their",
    "too",
    "your",
];

word_table!(CLAUSE_WORD_AFTER_ITS_TABLE, CLAUSE_WORDS_AFTER_ITS);

/// True when `word` (any case) after `its` makes it `it's`.
pub fn opens_a_clause_after_its(word: &[u8]) -> bool {
    CLAUSE_WORD_AFTER_ITS_TABLE.get(word).is_some()
}

/// The shortest and longest fused contraction, in bytes.
const FUSED_MIN: usize = 2;
const FUSED_MAX: usize = 8;

/// The bit of a word's length and last letter (either case) in a row of
/// [`FUSED_FILTER`].
const fn fused_filter_bit(len: usize, last: u8) -> u64 {
    1 << ((len - FUSED_MIN) * 8 + (last & 7) as usize)
}

/// Per first letter, the lengths and last letters of the fused contractions
/// that start with it: a two-load filter that turns nearly every ordinary
/// word away before the table lookup.
static FUSED_FILTER: [u64; 26] = {
    let mut rows = [0u64; 26];
    let mut i = 0;
    while i < FUSED_CONTRACTIONS.len() {
        let word = FUSED_CONTRACTIONS[i].0.as_bytes();
        assert!(word.len() >= FUSED_MIN && word.len() <= FUSED_MAX);
        assert!(word[0].is_ascii_lowercase());
        rows[(word[0] - b'a') as usize] |= fused_filter_bit(word.len(), word[word.len() - 1]);
        i += 1;
    }
    rows
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_entry_is_found_in_any_case() {
        type Lookup = fn(&str) -> bool;
        let lists: [(&[&str], Lookup); 11] = [
            (ABBREVIATIONS, |w| ABBREVIATION_TABLE.contains(w)),
            (LOWERCASE_ABBREVIATIONS, |w| {
                LOWERCASE_ABBREVIATION_TABLE.contains(w)
            }),
            (NUMBER_ABBREVIATIONS, is_number_abbreviation),
            (TITLE_ABBREVIATIONS, is_title_abbreviation),
            (HYPHEN_PREFIXES, is_hyphen_prefix),
            (SENTENCE_STARTERS, is_sentence_starter),
            (SENTENCE_CONNECTIVES, is_sentence_connective),
            (DOMAINS, is_domain),
            (FILE_EXTENSIONS, is_file_extension),
            (NUMBER_UNITS, |w| is_number_unit(w.as_bytes())),
            (COMPOUND_HEADS, is_compound_head),
        ];
        for (list, lookup) in lists {
            for word in list {
                assert!(lookup(word), "{word}");
                assert!(lookup(&word.to_uppercase()), "{word}");
            }
        }
        for word in NUMBER_WORDS {
            assert!(is_number_word(word) && is_number_word(&word.to_uppercase()));
        }
    }

    #[test]
    fn words_outside_the_lists_are_not_found() {
        for word in [
            "",
            "putin",
            "mrs.",
            "mrss",
            "m",
            "abbreviationsxxxx",
            "über",
            "the",
        ] {
            assert!(!ABBREVIATION_TABLE.contains(word), "{word}");
        }
        assert!(!is_number_unit(b"kmh") && !is_domain("comm") && !is_number_word("ten"));
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(is_abbreviation("Sept"));
        assert!(is_title_abbreviation("MR"));
        assert!(!is_abbreviation("Putin"));
        assert_eq!(
            fused_contraction_split(b"Gonna"),
            Some(FusedSplit::Always(3))
        );
    }

    #[test]
    fn every_fused_contraction_is_found_and_nothing_else() {
        for &(word, value) in FUSED_CONTRACTIONS {
            let split = FusedSplit::from_entry(value);
            assert_eq!(
                fused_contraction_split(word.as_bytes()),
                Some(split),
                "{word}"
            );
            assert_eq!(
                fused_contraction_split(word.to_uppercase().as_bytes()),
                Some(split)
            );
        }
        assert_eq!(
            fused_contraction_split(b"its"),
            Some(FusedSplit::IfAClauseWordFollows(2))
        );
        for word in ["gonn", "gonnas", "that", "cannon", "is", "mate", "a"] {
            assert_eq!(fused_contraction_split(word.as_bytes()), None, "{word}");
        }
    }
}
