//! Features of a target in its sentence, hashed into a fixed number of
//! buckets: the sentence's words (a learned polarity lexicon), the words
//! around the target by side and distance, negation scope, the verb the
//! target is subject or object of, whether the target is quoted, the
//! target's own words (some names draw one polarity in the news), and the
//! prior polarity of evaluative words ([`crate::prior`]); with
//! word clusters learned from unlabeled news, the clusters of the words
//! too. Bigrams and clause-bounded words were tried and left out: neither
//! helped on dev.

use std::collections::HashMap;

use newsnlp_core::{QuoteMark, Token, TokenKind};

/// Number of hash buckets (weights per class).
pub const BUCKETS: usize = 1 << 18;

/// Words that reverse what follows them (up to [`NEGATION_SCOPE`] words).
const NEGATORS: &[&str] = &[
    "not", "n't", "no", "never", "without", "nor", "neither", "hardly", "barely", "lack", "lacks",
    "lacked", "cannot",
];
const NEGATION_SCOPE: usize = 3;

/// Words skipped when looking for the verb before a target (`criticized
/// the United States`, `accused him`).
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that",
];

/// Frequent words that carry no polarity of their own; left out of the
/// sentence's bag of words, where they only pick up the polarity of the
/// sentences they happened to be in (they keep their place in the
/// windows around the target).
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "and"
            | "or"
            | "that"
            | "this"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "will"
            | "would"
            | "i"
            | "we"
            | "you"
            | "he"
            | "she"
            | "it"
            | "they"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | ","
            | "."
    )
}

/// Which feature groups a model uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum FeatureSet {
    /// The sentence's words only: a learned polarity lexicon, blind to
    /// the target (the baseline).
    Lexicon,
    /// Everything: lexicon, target-relative windows, negation, roles,
    /// quotes.
    Full,
}

impl FeatureSet {
    /// Parses `lexicon` or `full`.
    pub fn parse(name: &str) -> Option<FeatureSet> {
        match name {
            "lexicon" => Some(FeatureSet::Lexicon),
            "full" => Some(FeatureSet::Full),
            _ => None,
        }
    }
}

/// A hash of the feature templates: bump when they change, so that old
/// model files are refused.
pub const FEATURE_SET_HASH: u64 = 0x5354_414e_4345_0006;

/// Word clusters learned from unlabeled news (`newsnlp train clusters`):
/// lower-cased word → cluster ids, finest first.
pub type ClusterMap = HashMap<String, [u16; 3]>;

/// Which cluster level the features use (0 finest, 2 coarsest).
const CLUSTER_LEVEL: usize = 1;

/// Turns a target in context into hashed features: a feature set and
/// the word clusters it may use.
#[derive(Clone, Debug)]
pub struct Featurizer {
    /// The feature groups.
    pub set: FeatureSet,
    /// Word clusters (empty: no cluster features).
    pub clusters: ClusterMap,
}

impl Featurizer {
    /// A featurizer over `set` and `clusters` (keys are lower-cased; of
    /// two spellings of one word, the first listed wins).
    pub fn new(set: FeatureSet, clusters: impl IntoIterator<Item = (String, [u16; 3])>) -> Self {
        let mut map = ClusterMap::new();
        for (word, ids) in clusters {
            map.entry(word.to_lowercase()).or_insert(ids);
        }
        if set == FeatureSet::Lexicon {
            map.clear();
        }
        Featurizer { set, clusters: map }
    }
}

/// A target in its sentence, as the feature extractor sees it.
#[derive(Clone, Copy, Debug)]
pub struct TargetContext<'a> {
    /// The document text.
    pub text: &'a str,
    /// The tokens of the sentence (or of the part of it that is evidence).
    pub tokens: &'a [Token],
    /// The target's token range within `tokens`.
    pub target: (usize, usize),
    /// Whether the target lies inside quote marks.
    pub quoted: bool,
}

/// True when token `at` lies between quote marks of its sentence, by the
/// marks' roles (an ambiguous mark toggles).
pub fn target_in_quotes(tokens: &[Token], at: usize) -> bool {
    tokens[..at.min(tokens.len())]
        .iter()
        .fold(false, |open, t| match t.flags.quote {
            QuoteMark::Opening => true,
            QuoteMark::Closing => false,
            QuoteMark::Ambiguous => !open,
            QuoteMark::None => open,
        })
}

/// Feature templates, one byte each, mixed into the hash.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Template {
    Bias = 1,
    Word,
    Left,
    Right,
    Negated,
    ObjectOf,
    SubjectOf,
    SubjectOf2,
    Quoted,
    TargetWord,
    ClusterWord,
    ClusterLeft,
    ClusterRight,
    ClusterNegated,
    Prior,
    PriorLeft,
    PriorRight,
    PriorNearest,
    PriorMass,
    PriorNet,
}

/// FNV-1a over a template byte and some byte strings.
fn bucket(template: Template, parts: &[&[u8]]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    eat(template as u8);
    for part in parts {
        for &b in *part {
            eat(b);
        }
        eat(0xff);
    }
    (h % BUCKETS as u64) as u32
}

/// Distance buckets for window features: 1, 2, 3–4, 5–8, 9+.
fn distance_bucket(d: usize) -> &'static [u8] {
    match d {
        0 | 1 => b"1",
        2 => b"2",
        3 | 4 => b"3",
        5..=8 => b"5",
        _ => b"9",
    }
}

/// Lower-cased token texts with digits as `0` and their cluster ids,
/// reused between calls.
#[derive(Default)]
pub struct WordBuf {
    words: Vec<String>,
    clusters: Vec<Option<[u8; 2]>>,
}

impl WordBuf {
    fn fill(&mut self, ctx: &TargetContext, clusters: &ClusterMap) {
        self.words.resize_with(ctx.tokens.len(), String::new);
        self.clusters.clear();
        for (w, t) in self.words.iter_mut().zip(ctx.tokens) {
            w.clear();
            let s = &ctx.text[t.span.range()];
            if t.kind == TokenKind::Number {
                w.push('0');
                continue;
            }
            if s.is_ascii() {
                // Copied whole and lowered in place; digits, rare in a
                // word, replaced after.
                w.push_str(s);
                w.make_ascii_lowercase();
                if w.bytes().any(|b| b.is_ascii_digit()) {
                    *w = w.replace(|c: char| c.is_ascii_digit(), "0");
                }
                continue;
            }
            for c in s.chars() {
                match c {
                    '’' => w.push('\''),
                    c if c.is_ascii_digit() => w.push('0'),
                    c => w.extend(c.to_lowercase()),
                }
            }
        }
        if !clusters.is_empty() {
            self.clusters.extend(
                self.words[..ctx.tokens.len()]
                    .iter()
                    .map(|w| clusters.get(w).map(|ids| ids[CLUSTER_LEVEL].to_le_bytes())),
            );
        }
    }
}

impl Featurizer {
    /// Pushes the bucket of every feature of `ctx` onto `out` (cleared
    /// first).
    pub fn features(&self, ctx: &TargetContext, buf: &mut WordBuf, out: &mut Vec<u32>) {
        out.clear();
        buf.fill(ctx, &self.clusters);
        word_features(ctx, self.set, buf, out);
        if self.set == FeatureSet::Full {
            prior_features(ctx, buf, out);
        }
        if !self.clusters.is_empty() {
            cluster_features(ctx, buf, out);
        }
    }
}

/// Cluster features: the sentence's clusters, and by side and distance.
fn cluster_features(ctx: &TargetContext, buf: &WordBuf, out: &mut Vec<u32>) {
    let (a, b) = ctx.target;
    let mut scope = 0;
    for (i, c) in buf.clusters.iter().enumerate() {
        if NEGATORS.contains(&buf.words[i].as_str()) {
            scope = NEGATION_SCOPE;
            continue;
        }
        let Some(c) = c else {
            continue;
        };
        if i >= a && i < b {
            continue;
        }
        out.push(bucket(Template::ClusterWord, &[c]));
        if i < a {
            out.push(bucket(Template::ClusterLeft, &[distance_bucket(a - i), c]));
        } else {
            out.push(bucket(
                Template::ClusterRight,
                &[distance_bucket(i + 1 - b), c],
            ));
        }
        if scope > 0 {
            out.push(bucket(Template::ClusterNegated, &[c]));
            scope -= 1;
        }
    }
}

/// Sign and strength of a prior valence: `+`/`-` and 1 (below 1.5), 2
/// (below 2.5) or 3.
fn prior_class(valence: f32) -> [u8; 2] {
    let sign = if valence < 0.0 { b'-' } else { b'+' };
    let strength = match valence.abs() {
        v if v < 1.5 => b'1',
        v if v < 2.5 => b'2',
        _ => b'3',
    };
    [sign, strength]
}

/// Bins of a sum of valences: 0, up to 2, 4, 8, more.
fn mass_bin(mass: f32) -> u8 {
    match mass {
        m if m <= 0.0 => b'0',
        m if m <= 2.0 => b'2',
        m if m <= 4.0 => b'4',
        m if m <= 8.0 => b'8',
        _ => b'9',
    }
}

/// Prior-polarity features ([`crate::prior`]): each evaluative word's sign
/// and strength (reversed in a negation's scope), alone and by side and
/// distance; the nearest one to the target; the sentence's positive and
/// negative mass, and their difference.
fn prior_features(ctx: &TargetContext, buf: &WordBuf, out: &mut Vec<u32>) {
    let words = &buf.words[..ctx.tokens.len()];
    let (a, b) = ctx.target;
    let (mut positive, mut negative) = (0f32, 0f32);
    let mut nearest: Option<(usize, u32)> = None;
    let mut scope = 0;
    for (i, w) in words.iter().enumerate() {
        if NEGATORS.contains(&w.as_str()) {
            scope = NEGATION_SCOPE;
            continue;
        }
        let negated = scope > 0;
        scope = scope.saturating_sub(1);
        if i >= a && i < b {
            continue;
        }
        let Some(mut valence) = crate::prior::valence(w) else {
            continue;
        };
        if negated {
            valence = -valence;
        }
        if valence < 0.0 {
            negative -= valence;
        } else {
            positive += valence;
        }
        let class = prior_class(valence);
        out.push(bucket(Template::Prior, &[&class]));
        let (distance, side) = if i < a {
            (a - i, Template::PriorLeft)
        } else {
            (i + 1 - b, Template::PriorRight)
        };
        out.push(bucket(side, &[distance_bucket(distance), &class]));
        if nearest.is_none_or(|(d, _)| distance < d) {
            let side_byte = if i < a { b"L" } else { b"R" };
            let feature = bucket(
                Template::PriorNearest,
                &[side_byte, distance_bucket(distance), &class],
            );
            nearest = Some((distance, feature));
        }
    }
    if let Some((_, feature)) = nearest {
        out.push(feature);
    }
    out.push(bucket(
        Template::PriorMass,
        &[&[mass_bin(positive), mass_bin(negative)]],
    ));
    let net = positive - negative;
    out.push(bucket(
        Template::PriorNet,
        &[&[if net < 0.0 { b'-' } else { b'+' }, mass_bin(net.abs())]],
    ));
}

/// Pushes the bucket of every word feature of `ctx` under `set` onto
/// `out`.
fn word_features(ctx: &TargetContext, set: FeatureSet, buf: &WordBuf, out: &mut Vec<u32>) {
    let words = &buf.words[..ctx.tokens.len()];
    let (a, b) = ctx.target;
    let in_target = |i: usize| i >= a && i < b;
    out.push(bucket(Template::Bias, &[]));
    for (i, w) in words.iter().enumerate() {
        if !in_target(i) && !is_function_word(w) {
            out.push(bucket(Template::Word, &[w.as_bytes()]));
        }
    }
    if set == FeatureSet::Lexicon {
        return;
    }
    for (i, w) in words.iter().enumerate().take(a) {
        out.push(bucket(
            Template::Left,
            &[distance_bucket(a - i), w.as_bytes()],
        ));
    }
    for (i, w) in words.iter().enumerate().skip(b) {
        out.push(bucket(
            Template::Right,
            &[distance_bucket(i + 1 - b), w.as_bytes()],
        ));
    }
    let mut scope = 0;
    for (i, w) in words.iter().enumerate() {
        if NEGATORS.contains(&w.as_str()) {
            scope = NEGATION_SCOPE;
            continue;
        }
        if scope > 0 && !in_target(i) {
            out.push(bucket(Template::Negated, &[w.as_bytes()]));
            scope -= 1;
        }
    }
    let before = (0..a)
        .rev()
        .find(|&i| !DETERMINERS.contains(&words[i].as_str()));
    if let Some(v) = before {
        out.push(bucket(Template::ObjectOf, &[words[v].as_bytes()]));
    }
    let after: Vec<usize> = (b..words.len())
        .filter(|&i| {
            !matches!(
                words[i].as_str(),
                "'s" | "," | "also" | "has" | "have" | "had"
            )
        })
        .take(2)
        .collect();
    if let Some(&v) = after.first() {
        out.push(bucket(Template::SubjectOf, &[words[v].as_bytes()]));
        if let Some(&v2) = after.get(1) {
            out.push(bucket(
                Template::SubjectOf2,
                &[words[v].as_bytes(), words[v2].as_bytes()],
            ));
        }
    }
    if ctx.quoted {
        out.push(bucket(Template::Quoted, &[]));
    }
    for w in &words[a..b] {
        out.push(bucket(Template::TargetWord, &[w.as_bytes()]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsnlp_core::{ShapeClass, Span, TokenFlags};

    fn tokens(text: &str) -> Vec<Token> {
        let mut at = 0;
        text.split(' ')
            .map(|w| {
                let t = Token {
                    span: Span::new(at, at + w.len()),
                    kind: TokenKind::Word,
                    shape: ShapeClass::Lower,
                    flags: TokenFlags {
                        sentence_initial: false,
                        quote: QuoteMark::None,
                    },
                };
                at += w.len() + 1;
                t
            })
            .collect()
    }

    fn features(text: &str, target: (usize, usize), set: FeatureSet) -> Vec<u32> {
        let toks = tokens(text);
        let ctx = TargetContext {
            text,
            tokens: &toks,
            target,
            quoted: false,
        };
        let mut out = Vec::new();
        Featurizer::new(set, []).features(&ctx, &mut WordBuf::default(), &mut out);
        out
    }

    #[test]
    fn the_lexicon_set_is_blind_to_the_target() {
        let text = "Kim criticized Trump";
        assert_eq!(
            features(text, (0, 1), FeatureSet::Lexicon).len(),
            features(text, (2, 3), FeatureSet::Lexicon).len()
        );
        let mut first = features(text, (0, 1), FeatureSet::Full);
        let mut last = features(text, (2, 3), FeatureSet::Full);
        first.sort_unstable();
        last.sort_unstable();
        assert_ne!(first, last, "subject and object of `criticized` differ");
    }

    #[test]
    fn negation_marks_the_words_after_a_negator() {
        let plain = features("Kim is good", (0, 1), FeatureSet::Full);
        let negated = features("Kim is not good", (0, 1), FeatureSet::Full);
        let good_negated = bucket(Template::Negated, &[b"good"]);
        assert!(negated.contains(&good_negated));
        assert!(!plain.contains(&good_negated));
    }

    #[test]
    fn every_bucket_is_in_range() {
        let all = features("a b c d e f g h i j k l", (5, 7), FeatureSet::Full);
        assert!(all.iter().all(|&b| (b as usize) < BUCKETS));
    }
}
