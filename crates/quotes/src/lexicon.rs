//! The cue lexicon: how often each word is (part of) an attribution cue in
//! PolNeAR, against how often it occurs at all; and the same for the last
//! word of source spans (`officials`, `sources`, `campaign`), which names
//! speakers that are no named entity; and the cue counts of words
//! outside direct quotes, where reports are read. Learned by `newsnlp
//! train quotes`, shipped as `model/cues.tsv`.

use std::borrow::Cow;
use std::collections::HashMap;

use newsnlp_core::{is_quote_char, Token, TokenKind, WordMap};

use crate::brat::{hull, BratDocument};
use crate::time_words::names_a_time;

/// A word is a cue when at least this share of its occurrences are cues…
const MIN_CUE_SHARE: f32 = 0.25;
/// …and it was a cue at least this many times.
const MIN_CUE_COUNT: u32 = 4;
/// A word is a weak cue, offered to the report scorer rather than taken
/// by the rules, when at least this share of its occurrences are cues…
const MIN_WEAK_CUE_SHARE: f32 = 0.15;
/// …and it was a cue at least this many times.
const MIN_WEAK_CUE_COUNT: u32 = 2;
/// A common noun names speakers when at least this share of its
/// occurrences head a source (and it did at least [`MIN_CUE_COUNT`]
/// times). Low, because the extractor only asks next to a cue: `judge`
/// heads a source in 18% of its PolNeAR occurrences, `mayor` in 13%.
/// Measured on PolNeAR dev: 0.25 → 0.05 raised content F1 by 1.2.
const MIN_SOURCE_SHARE: f32 = 0.05;
/// Pronouns and relatives often inside sources but never their head noun
/// (`the United States, who accused`): the extractor treats pronouns on
/// its own.
const NOT_SOURCE_HEADS: &[&str] = &[
    "who", "which", "that", "whom", "whose", "what", "they", "i", "we", "he", "she", "it", "you",
];

/// The TSV role of the counts of words right before `that`.
const CUE_BEFORE_THAT: &str = "cue-before-that";

/// The TSV role of the cue counts of words outside direct quotes.
const CUE_OUTSIDE_QUOTES: &str = "cue-outside-quotes";

/// Below this many occurrences a word's own counts are too thin, and the
/// counts of its stem (all its inflections together) decide.
const MIN_OWN_EVIDENCE: u32 = 20;

/// Word → (times it was part of a cue, times it occurred), and word →
/// (times it ended a source span, times it occurred); with the decisions
/// they imply, made once, since the extractor asks about every token.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CueLexicon {
    counts: HashMap<String, (u32, u32)>,
    sources: HashMap<String, (u32, u32)>,
    /// The cue counts of words right before `that`, where a verb reports a
    /// clause far more often than the word does on the whole (`reports`
    /// is a cue in 24% of its occurrences, `reports that` in most).
    before_that: HashMap<String, (u32, u32)>,
    /// The cue counts of words outside direct quotes, which the
    /// extractor never reads for reports and PolNeAR does not annotate
    /// inside: `think` is a cue in 33% of its uses outside them, in 9% of
    /// all (most are `I think` in quotes).
    outside_quotes: HashMap<String, (u32, u32)>,
    /// What each word of the tables is, all in one entry, since the
    /// extractor asks about every token.
    roles: WordMap<WordRoles>,
    /// The stems whose summed counts make a cue, for words never counted.
    cue_stems: WordMap<()>,
}

/// What the lexicon decided about one word (in lower case).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct WordRoles {
    /// Counted as part of a cue, so that its counts (or its stem's, when
    /// its own are thin) decide `cue`; else its stem alone does.
    counted: bool,
    /// A cue, by the counts.
    cue: bool,
    /// A weak cue (by its own counts or its stem's, or a cue by its
    /// counts outside direct quotes) and no cue.
    weak_cue: bool,
    /// A cue right before `that`.
    cue_before_that: bool,
    /// A word that heads sources.
    source_head: bool,
}

/// True when counts (role, total) make a cue.
fn cue_counts(&(cue, total): &(u32, u32)) -> bool {
    cue >= MIN_CUE_COUNT && cue as f32 >= MIN_CUE_SHARE * total.max(1) as f32
}

/// True when a word's own counts, however thin, make it a cue beyond
/// doubt: a cue in many of its occurrences (`commented`, a cue 5 times in
/// 7, whose stem the noun `comments` makes rare; `ruled`, 8 in 17, whose
/// stem the noun `rule` does).
fn clear_cue_counts(&(cue, total): &(u32, u32)) -> bool {
    cue >= MIN_CUE_COUNT && cue as f32 >= CLEAR_CUE_SHARE * total.max(1) as f32
}

/// The share of its occurrences a word is a cue in that makes it one on
/// thin evidence of its own. 0.5 and 0.4 gave PolNeAR dev content F1
/// 72.51 and 72.49, direct 92.40 and 92.50, source 77.12 and 77.20;
/// cross-validated content 66.93 and 66.96, source 71.34 and 71.36.
const CLEAR_CUE_SHARE: f32 = 0.4;

/// True when counts (role, total) make a weak cue.
fn weak_cue_counts(&(cue, total): &(u32, u32)) -> bool {
    cue >= MIN_WEAK_CUE_COUNT && cue as f32 >= MIN_WEAK_CUE_SHARE * total.max(1) as f32
}

/// True when a word's counts outside direct quotes make a cue, on enough
/// uses of its own to go by.
fn cue_outside_quotes(counts: &(u32, u32)) -> bool {
    counts.1 >= MIN_OWN_EVIDENCE && cue_counts(counts)
}

/// True when `word`, a slice of `text`, starts inside one of `spans`
/// (byte ranges of `text`).
fn starts_within(text: &str, spans: &[(usize, usize)], word: &str) -> bool {
    let at = word.as_ptr() as usize - text.as_ptr() as usize;
    spans.iter().any(|&(s, e)| s <= at && at < e)
}

/// The keys (words or stems) of a count table whose counts make a cue.
fn cue_keys(table: &HashMap<String, (u32, u32)>) -> WordMap<()> {
    let mut keys = WordMap::default();
    for (key, _) in table.iter().filter(|(_, counts)| cue_counts(counts)) {
        keys.insert(key, ());
    }
    keys
}

/// True when counts (role, total) make a source head.
fn source_counts(&(source, total): &(u32, u32)) -> bool {
    source >= MIN_CUE_COUNT && source as f32 >= MIN_SOURCE_SHARE * total.max(1) as f32
}

/// `word` in lower case, borrowed when it already is.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// British endings and their American spelling, longest first.
const BRITISH_ENDINGS: &[(&str, &str)] = &[
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("isers", "izers"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("iser", "izer"),
    ("ise", "ize"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("yse", "yze"),
];

/// The length of the longest of [`BRITISH_ENDINGS`].
const LONGEST_BRITISH_ENDING: usize = "isations".len();

/// `word` (in lower case) in American spelling, when it ends as British
/// English writes it (`emphasised` → `emphasized`, `organisers` →
/// `organizers`, `analysed` → `analyzed`): the lexicon is learned from
/// American news. Words that only look British (`promised`) map to forms
/// no table holds, and so to nothing.
fn american_spelling(word: &str) -> Option<String> {
    // Every ending holds `is` or `ys` within the last eight bytes: most
    // words fail that test before the endings are compared.
    let tail = &word.as_bytes()[word.len().saturating_sub(LONGEST_BRITISH_ENDING)..];
    if !tail
        .windows(2)
        .any(|pair| pair[1] == b's' && matches!(pair[0], b'i' | b'y'))
    {
        return None;
    }
    BRITISH_ENDINGS.iter().find_map(|&(british, american)| {
        word.strip_suffix(british)
            .filter(|stem| stem.len() >= 2)
            .map(|stem| format!("{stem}{american}"))
    })
}

/// A crude English stem: `denounces`, `denounced`, `denouncing` →
/// `denounc`.
pub(crate) fn stem(word: &str) -> &str {
    for suffix in ["ing", "es", "ed", "s", "e", "d"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    word
}

fn stem_counts(counts: &HashMap<String, (u32, u32)>) -> HashMap<String, (u32, u32)> {
    let mut stems: HashMap<String, (u32, u32)> = HashMap::new();
    for (w, &(c, t)) in counts {
        let e = stems.entry(stem(w).to_string()).or_default();
        e.0 += c;
        e.1 += t;
    }
    stems
}

/// The words of a text as the tokenizer splits them, so that the counts
/// of a word in cue spans and in running text are of the same unit:
/// letters and inner apostrophes, with the clitics of [`split_clitic`]
/// apart (`Trump’s` is `Trump` and `’s`, as a cue span `’s claim` has it).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .flat_map(split_clitic)
}

/// True when `lower`, a word in lower case, is a plural that names
/// people by its ending, as speakers too rare in PolNeAR for the lexicon
/// to count are named (`environmentalists worry`, `economists say`,
/// `historians note`): `-ists` (not the verbs in `-sists` and `-xists`,
/// nor `checklists`: only `-alists` and `-elists` of the `-lists`) and
/// `-ians`, of at least [`MIN_PEOPLE_NOUN_LEN`] letters (not `lists`,
/// `twists`, `enlists`).
fn names_people_by_ending(lower: &str) -> bool {
    let person_ists = lower.ends_with("ists")
        && !lower.ends_with("sists")
        && !lower.ends_with("xists")
        && (!lower.ends_with("lists") || lower.ends_with("alists") || lower.ends_with("elists"));
    lower.len() >= MIN_PEOPLE_NOUN_LEN && (person_ists || lower.ends_with("ians"))
}

/// Letters of a plural that [`names_people_by_ending`] reads, at least.
const MIN_PEOPLE_NOUN_LEN: usize = 8;

/// The last word of a source span, unless it ends a name of several
/// words ([`ends_name`]).
fn source_head(span: &str) -> Option<&str> {
    let mut previous = None;
    let mut head = None;
    for word in words(span) {
        previous = head;
        head = Some(word);
    }
    head.filter(|&head| !ends_name(previous, head))
}

/// True when `word` is capitalised after a capitalised word: the end of
/// a name of several words (`USA Today`, `Fox News`, `Bernie Sanders`),
/// which the entity stage reads. The lexicon leaves such words out of a
/// source head's counts, so that `today` and `news` name no speakers
/// (`Infortrend today announced` had `today` speak), while a word alone
/// still counts (`Officials said`, `Sanders said`).
fn ends_name(previous: Option<&str>, word: &str) -> bool {
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    capitalised(word) && previous.is_some_and(capitalised)
}

/// Clitics the tokenizer splits off a word.
const CLITICS: &[&str] = &[
    "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't", "n’t",
];

/// `word` as its head and clitic (`Trump’s` → `Trump`, `’s`), or alone.
fn split_clitic(word: &str) -> impl Iterator<Item = &str> {
    let clitic = CLITICS.iter().find_map(|clitic| {
        let at = word.len().checked_sub(clitic.len()).filter(|&at| at > 0)?;
        let tail = word.get(at..)?;
        tail.eq_ignore_ascii_case(clitic).then_some(at)
    });
    match clitic {
        Some(at) => [Some(&word[..at]), Some(&word[at..])],
        None => [Some(word), None],
    }
    .into_iter()
    .flatten()
}

/// What the lexicon makes of each token of a text, from
/// [`CueLexicon::token_roles`].
pub struct TokenRoles {
    /// Whether each token is a cue word there.
    pub cues: Vec<bool>,
    /// Whether each is a weak cue word instead; empty unless asked for.
    pub weak_cues: Vec<bool>,
    /// Whether each is a common noun that names speakers.
    pub source_heads: Vec<bool>,
}

impl CueLexicon {
    /// Counts cue words and source heads in annotated articles.
    pub fn learn(docs: &[BratDocument]) -> Self {
        let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
        let mut sources: HashMap<String, (u32, u32)> = HashMap::new();
        let mut before_that: HashMap<String, (u32, u32)> = HashMap::new();
        let mut outside_quotes: HashMap<String, (u32, u32)> = HashMap::new();
        for doc in docs {
            let chars: Vec<(usize, char)> = doc.text.char_indices().collect();
            let byte = |c: usize| chars.get(c).map_or(doc.text.len(), |x| x.0);
            let cue_spans: Vec<(usize, usize)> = doc
                .attributions
                .iter()
                .filter_map(|a| a.cue.as_ref())
                .flatten()
                .map(|&(s, e)| (byte(s), byte(e)))
                .collect();
            let in_cue = |w: &str| starts_within(&doc.text, &cue_spans, w);
            let quoted_spans: Vec<(usize, usize)> = doc
                .attributions
                .iter()
                .map(|a| hull(&a.content))
                .filter(|&(s, _)| chars.get(s).is_some_and(|&(_, c)| is_quote_char(c)))
                .map(|(s, e)| (byte(s), byte(e)))
                .collect();
            let in_quote = |w: &str| starts_within(&doc.text, &quoted_spans, w);
            let mut running = words(&doc.text).peekable();
            let mut previous = None;
            while let Some(w) = running.next() {
                let lower = w.to_lowercase();
                if !in_quote(w) {
                    outside_quotes.entry(lower.clone()).or_default().1 += 1;
                }
                counts.entry(lower.clone()).or_default().1 += 1;
                if !ends_name(previous, w) {
                    sources.entry(lower.clone()).or_default().1 += 1;
                }
                previous = Some(w);
                if running
                    .peek()
                    .is_some_and(|n| n.eq_ignore_ascii_case("that"))
                {
                    let e = before_that.entry(lower).or_default();
                    e.1 += 1;
                    e.0 += u32::from(in_cue(w));
                }
            }
            for source in doc.attributions.iter().filter_map(|a| a.source.as_ref()) {
                let (s, e) = hull(source);
                if let Some(head) = doc.text.get(byte(s)..byte(e)).and_then(source_head) {
                    sources.entry(head.to_lowercase()).or_default().0 += 1;
                }
            }
            for &(s, e) in &cue_spans {
                let Some(span) = doc.text.get(s..e) else {
                    continue;
                };
                for w in words(span) {
                    counts.entry(w.to_lowercase()).or_default().0 += 1;
                    if !in_quote(w) {
                        outside_quotes.entry(w.to_lowercase()).or_default().0 += 1;
                    }
                }
            }
        }
        counts.retain(|_, (cue, _)| *cue > 0);
        sources.retain(|_, (source, _)| *source > 0);
        before_that.retain(|_, (cue, _)| *cue > 0);
        outside_quotes.retain(|_, (cue, _)| *cue > 0);
        CueLexicon::from_counts(counts, sources, before_that, outside_quotes)
    }

    /// The lexicon of these counts, its decisions made.
    fn from_counts(
        counts: HashMap<String, (u32, u32)>,
        sources: HashMap<String, (u32, u32)>,
        before_that: HashMap<String, (u32, u32)>,
        outside_quotes: HashMap<String, (u32, u32)>,
    ) -> Self {
        let stems = stem_counts(&counts);
        let decisive = |word: &str, own: &(u32, u32)| -> (u32, u32) {
            if own.1 >= MIN_OWN_EVIDENCE || clear_cue_counts(own) {
                *own
            } else {
                *stems.get(stem(word)).unwrap_or(own)
            }
        };
        let mut roles: WordMap<WordRoles> = WordMap::default();
        for (word, own) in &counts {
            let decided = decisive(word, own);
            let cue = cue_counts(&decided);
            roles.insert(
                word,
                WordRoles {
                    counted: true,
                    cue,
                    weak_cue: !cue
                        && (weak_cue_counts(&decided)
                            || outside_quotes.get(word).is_some_and(cue_outside_quotes)),
                    ..WordRoles::default()
                },
            );
        }
        for (word, counts) in &sources {
            if word.chars().next().is_some_and(char::is_lowercase)
                && !NOT_SOURCE_HEADS.contains(&word.as_str())
                && source_counts(counts)
            {
                roles.get_or_default(word).source_head = true;
            }
        }
        // `said Friday that`: the time a cue span holds after its verb is
        // no cue of its own before `that` (`his remarks in Seoul on Friday
        // that`).
        for (word, counts) in &before_that {
            if cue_counts(counts) && !names_a_time(word) {
                roles.get_or_default(word).cue_before_that = true;
            }
        }
        CueLexicon {
            counts,
            sources,
            before_that,
            outside_quotes,
            roles,
            cue_stems: cue_keys(&stems),
        }
    }

    /// What the lexicon decided about `lower` (a word in lower case).
    /// A word the tables lack is looked up in American spelling, as
    /// PolNeAR writes it (`emphasised`, `organisers`).
    fn roles(&self, lower: &str) -> WordRoles {
        self.roles
            .get(lower)
            .or_else(|| american_spelling(lower).and_then(|us| self.roles.get(&us)))
            .copied()
            .unwrap_or_default()
    }

    /// Whether `lower`, a word with these `roles`, is a cue: by its counts
    /// when it was counted, else by its stem's.
    fn is_cue_with(&self, lower: &str, roles: WordRoles) -> bool {
        if roles.counted {
            roles.cue
        } else {
            self.cue_stems.contains(stem(lower))
        }
    }

    /// True when `word` (lower case, as a common noun) usually names a
    /// speaker when it ends a noun phrase (`officials`, `sources`).
    pub fn is_source_head(&self, word: &str) -> bool {
        self.roles(word).source_head
    }

    /// True when `word` (any case) is a cue right before `that` often
    /// enough to count: a word that reports clauses (`saying`,
    /// `claiming`), not only objects (`backing`, `offering`).
    pub fn reports_that_clause(&self, word: &str) -> bool {
        self.roles(&lowercase(word)).cue_before_that
    }

    /// True when `word` (any case) usually reports speech or thought,
    /// judged by its own counts or, when those are thin, its stem's.
    pub fn is_cue(&self, word: &str) -> bool {
        self.is_lower_cue(&lowercase(word))
    }

    /// [`Self::is_cue`] of a word already in lower case.
    fn is_lower_cue(&self, lower: &str) -> bool {
        self.is_cue_with(lower, self.roles(lower))
    }

    /// How often `word` (any case) was part of a cue, and how often it
    /// occurred, in the corpus the lexicon was learned from.
    pub fn cue_counts(&self, word: &str) -> (u32, u32) {
        let lower = lowercase(word);
        self.counts
            .get(lower.as_ref())
            .or_else(|| american_spelling(&lower).and_then(|us| self.counts.get(&us)))
            .copied()
            .unwrap_or_default()
    }

    /// For each of `tokens` (of `text`): whether it is a cue word there: a
    /// cue on its own ([`Self::is_cue`]), or one right before `that`
    /// (`reports that`).
    pub fn token_cue_flags(&self, text: &str, tokens: &[Token]) -> Vec<bool> {
        self.token_roles(text, tokens, false, |_| false).cues
    }

    /// What the lexicon makes of each of `tokens` (of `text`), each word
    /// put in lower case and looked up once: whether it is a cue word
    /// there (as [`Self::token_cue_flags`]); when `weak`, whether it is a
    /// weak one instead, a word counted as a cue too seldom for the rules
    /// to trust it (`wants`, `shows`, `refuses`), which the report scorer
    /// may take; and whether it is a common noun that names speakers
    /// ([`Self::is_source_head`]) as written, or in lower case where
    /// `opens_sentence` says the token opens its sentence (`Officials
    /// said`).
    pub fn token_roles(
        &self,
        text: &str,
        tokens: &[Token],
        weak: bool,
        opens_sentence: impl Fn(usize) -> bool,
    ) -> TokenRoles {
        let word = |t: &Token| &text[t.span.range()];
        let mut out = TokenRoles {
            cues: Vec::with_capacity(tokens.len()),
            weak_cues: Vec::with_capacity(if weak { tokens.len() } else { 0 }),
            source_heads: Vec::with_capacity(tokens.len()),
        };
        for (i, t) in tokens.iter().enumerate() {
            let (cue, weak_cue, source_head) = if t.kind == TokenKind::Word {
                let written = word(t);
                let lower = lowercase(written);
                let roles = self.roles(&lower);
                let before_that = tokens
                    .get(i + 1)
                    .is_some_and(|n| word(n).eq_ignore_ascii_case("that"));
                let cue = self.is_cue_with(&lower, roles) || before_that && roles.cue_before_that;
                let as_written = matches!(lower, Cow::Borrowed(_)) || *lower == *written;
                let source_head = roles.source_head || names_people_by_ending(&lower);
                (
                    cue,
                    weak && !cue && roles.weak_cue,
                    source_head && (as_written || opens_sentence(i)),
                )
            } else {
                (false, false, false)
            };
            out.cues.push(cue);
            if weak {
                out.weak_cues.push(weak_cue);
            }
            out.source_heads.push(source_head);
        }
        out
    }

    /// TSV: role (`cue`, `source`, `cue-before-that` or
    /// `cue-outside-quotes`), word, role count, total count; most frequent
    /// first.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for (role, table) in [
            ("cue", &self.counts),
            ("source", &self.sources),
            (CUE_BEFORE_THAT, &self.before_that),
            (CUE_OUTSIDE_QUOTES, &self.outside_quotes),
        ] {
            let mut rows: Vec<_> = table.iter().collect();
            rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
            for (w, (c, t)) in rows {
                out.push_str(&format!("{role}\t{w}\t{c}\t{t}\n"));
            }
        }
        out
    }

    /// Reads [`Self::to_tsv`] output; a malformed line is named.
    pub fn from_tsv(tsv: &str) -> Result<Self, String> {
        let mut counts = HashMap::new();
        let mut sources = HashMap::new();
        let mut before_that = HashMap::new();
        let mut outside_quotes = HashMap::new();
        for (n, line) in tsv.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let parse = |i: usize| cols.get(i).and_then(|c| c.parse::<u32>().ok());
            let table = match cols.first() {
                Some(&"cue") => &mut counts,
                Some(&"source") => &mut sources,
                Some(&CUE_BEFORE_THAT) => &mut before_that,
                Some(&CUE_OUTSIDE_QUOTES) => &mut outside_quotes,
                _ => {
                    return Err(format!(
                    "cue lexicon line {}: the role must be `cue`, `source`, `{CUE_BEFORE_THAT}` or `{CUE_OUTSIDE_QUOTES}`",
                    n + 1
                ))
                }
            };
            match (cols.get(1), parse(2), parse(3)) {
                (Some(w), Some(c), Some(t)) => {
                    table.insert(w.to_string(), (c, t));
                }
                _ => {
                    return Err(format!(
                        "cue lexicon line {}: expected role, word, count, total",
                        n + 1
                    ))
                }
            }
        }
        Ok(CueLexicon::from_counts(
            counts,
            sources,
            before_that,
            outside_quotes,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brat::Attribution;

    #[test]
    fn british_spellings_are_read_as_the_american_words_learned() {
        let lexicon = CueLexicon::from_tsv(
            "cue\temphasized\t10\t12\ncue\tanalyzed\t8\t10\nsource\torganizers\t6\t18\n",
        )
        .unwrap();
        assert!(lexicon.is_cue("emphasised"));
        assert!(lexicon.is_cue("Analysed"));
        assert_eq!(lexicon.cue_counts("emphasised"), (10, 12));
        assert!(lexicon.is_source_head("organisers"));
        assert!(!lexicon.is_cue("promised"), "no `promized` was learned");
    }

    #[test]
    fn every_british_ending_passes_the_quick_test() {
        for &(british, american) in BRITISH_ENDINGS {
            let word = format!("real{british}");
            assert_eq!(
                american_spelling(&word),
                Some(format!("real{american}")),
                "{word}"
            );
        }
        assert_eq!(american_spelling("realize"), None);
    }

    #[test]
    fn words_mostly_seen_as_cues_become_cues() {
        let text =
            "Smith said it. Jones said so. Lee said no. Kim said yes. The said thing.".to_string();
        let cue_at = |s: usize| Attribution {
            source: None,
            cue: Some(vec![(s, s + 4)]),
            content: vec![(0, 1)],
        };
        let starts: Vec<usize> = text.match_indices("said").map(|(i, _)| i).take(4).collect();
        let doc = BratDocument {
            name: "x".into(),
            attributions: starts.iter().map(|&s| cue_at(s)).collect(),
            text,
        };
        let lexicon = CueLexicon::learn(&[doc]);
        assert!(lexicon.is_cue("Said"));
        assert!(!lexicon.is_cue("the"));
        assert!(
            !lexicon.is_source_head("smith"),
            "no source spans in this corpus"
        );
        assert_eq!(CueLexicon::from_tsv(&lexicon.to_tsv()).unwrap(), lexicon);
    }

    #[test]
    fn plurals_in_ists_and_ians_name_people_and_verbs_in_sists_do_not() {
        for word in [
            "environmentalists",
            "journalists",
            "economists",
            "historians",
        ] {
            assert!(names_people_by_ending(word), "{word}");
        }
        for word in [
            "insists",
            "persists",
            "exists",
            "lists",
            "checklists",
            "twists",
        ] {
            assert!(!names_people_by_ending(word), "{word}");
        }
    }

    /// `USA Today reported`: the last word of a name of several words is
    /// not counted, so `today` names no speaker (`Infortrend today
    /// announced` had `today` speak).
    #[test]
    fn the_last_word_of_a_name_is_no_source_head() {
        let mut text = String::new();
        let mut attributions = Vec::new();
        for _ in 0..5 {
            for (source, cue) in [("USA Today", "reported"), ("the officials", "said")] {
                let at = text.len();
                text.push_str(&format!("{source} {cue} it rained. "));
                attributions.push(Attribution {
                    source: Some(vec![(at, at + source.len())]),
                    cue: Some(vec![(
                        at + source.len() + 1,
                        at + source.len() + 1 + cue.len(),
                    )]),
                    content: vec![(at + source.len() + cue.len() + 2, text.len() - 2)],
                });
            }
        }
        text.push_str("It rained today, as the news said. Today it rained.");
        let doc = BratDocument {
            name: "x".into(),
            attributions,
            text,
        };
        let lexicon = CueLexicon::learn(&[doc]);
        assert!(!lexicon.is_source_head("today"));
        assert!(lexicon.is_source_head("officials"));
    }

    #[test]
    fn a_word_rarely_a_cue_is_one_before_that_when_it_mostly_is_there() {
        let mut text = String::new();
        for name in ["Smith", "Jones", "Lee", "Kim"] {
            text.push_str(&format!("{name} reports that it rained. "));
        }
        for _ in 0..20 {
            text.push_str("The reports were late. ");
        }
        let starts: Vec<usize> = text.match_indices("reports that").map(|(i, _)| i).collect();
        let doc = BratDocument {
            name: "x".into(),
            attributions: starts
                .iter()
                .map(|&s| Attribution {
                    source: None,
                    cue: Some(vec![(s, s + 7)]),
                    content: vec![(0, 1)],
                })
                .collect(),
            text,
        };
        let lexicon = CueLexicon::learn(&[doc]);
        assert!(!lexicon.is_cue("reports"));
        let text = "Reports that it rained. The reports were late.";
        let flags = lexicon.token_cue_flags(text, &words_as_tokens(text));
        assert_eq!(
            flags,
            [true, false, false, false, false, false, false, false]
        );
        assert_eq!(CueLexicon::from_tsv(&lexicon.to_tsv()).unwrap(), lexicon);
    }

    /// `think` is a cue in a third of its uses outside direct quotes on
    /// PolNeAR train, but in a tenth of all: most are `I think` inside
    /// quotes, which no report is read from.
    #[test]
    fn a_word_often_a_cue_outside_quotes_is_a_weak_cue_however_often_quoted() {
        let mut text = String::new();
        let mut attributions = Vec::new();
        for name in ["Smith", "Jones", "Lee", "Kim", "Ng", "Park"] {
            let at = text.len() + name.len() + 1;
            text.push_str(&format!("{name} thinks it rained. "));
            attributions.push(Attribution {
                source: None,
                cue: Some(vec![(at, at + 6)]),
                content: vec![(at + 7, at + 16)],
            });
        }
        for _ in 0..14 {
            text.push_str("Ng thinks so. ");
        }
        for _ in 0..60 {
            let at = text.len();
            text.push_str("\"I thinks so,\" he said. ");
            attributions.push(Attribution {
                source: None,
                cue: None,
                content: vec![(at, at + 14)],
            });
        }
        let doc = BratDocument {
            name: "x".into(),
            attributions,
            text,
        };
        let lexicon = CueLexicon::learn(&[doc]);
        assert!(!lexicon.is_cue("thinks"), "6 uses in 80 are cues");
        let text = "Smith thinks so.";
        let tokens = words_as_tokens(text);
        let weak = lexicon
            .token_roles(text, &tokens, true, |_| false)
            .weak_cues;
        assert_eq!(weak, [false, true, false], "6 in 20 outside quotes");
        assert_eq!(CueLexicon::from_tsv(&lexicon.to_tsv()).unwrap(), lexicon);
    }

    #[test]
    fn a_word_mostly_a_cue_is_one_on_thin_evidence_whatever_its_stem() {
        // `commented` is a cue 4 times in 5; the noun `comments`, of the
        // same stem, 2 times in 40.
        let mut text = String::new();
        for name in ["Smith", "Jones", "Lee", "Kim", "Ng"] {
            text.push_str(&format!("{name} commented it. "));
        }
        for _ in 0..40 {
            text.push_str("The comments were late. ");
        }
        let cue_spans = |word: &'static str, n: usize| {
            text.match_indices(word)
                .take(n)
                .map(|(i, _)| (i, i + word.len()))
                .collect::<Vec<_>>()
        };
        let spans: Vec<(usize, usize)> = cue_spans("commented", 4)
            .into_iter()
            .chain(cue_spans("comments", 2))
            .collect();
        let doc = BratDocument {
            name: "x".into(),
            attributions: spans
                .into_iter()
                .map(|span| Attribution {
                    source: None,
                    cue: Some(vec![span]),
                    content: vec![(0, 1)],
                })
                .collect(),
            text,
        };
        let lexicon = CueLexicon::learn(&[doc]);
        assert!(lexicon.is_cue("commented"));
        assert!(!lexicon.is_cue("comments"));
    }

    /// The words of `text` (split at spaces, a final `.` left out) as
    /// word tokens.
    fn words_as_tokens(text: &str) -> Vec<Token> {
        text.split(' ')
            .scan(0, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                let w = w.trim_end_matches('.');
                Some(Token {
                    span: newsnlp_core::Span::new(start, start + w.len()),
                    kind: TokenKind::Word,
                    shape: newsnlp_core::ShapeClass::Lower,
                    flags: newsnlp_core::TokenFlags {
                        sentence_initial: false,
                        quote: newsnlp_core::QuoteMark::None,
                    },
                })
            })
            .collect()
    }

    /// `’s` was counted as a cue in spans such as `’s claim` but never in
    /// running text, where `Trump’s` stayed one word, so every possessive
    /// became a cue.
    #[test]
    fn a_possessive_is_counted_as_the_tokenizer_splits_it() {
        let words: Vec<&str> = words("Trump’s claim isn't new; he'd said it").collect();
        assert_eq!(
            words,
            ["Trump", "’s", "claim", "is", "n't", "new", "he", "'d", "said", "it"]
        );
        assert_eq!(split_clitic("’s").collect::<Vec<_>>(), ["’s"]);
    }
}
