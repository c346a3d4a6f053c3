//! Feature extraction. Each feature is a template id plus strings, hashed
//! to a 32-bit key; the model maps keys to weight rows. Changing a template
//! changes [`FEATURE_SET`], which the model file records, so a model never
//! runs with features it was not trained on.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use newsnlp_core::{word_shape, EntityKind};

use crate::clusters::{ClusterIds, WordClusters};

/// Names the feature templates; bump when a template changes.
pub const FEATURE_SET: &str = "ner-features-v5: word lower prefix1-4 suffix1-4 shape short-shape context+-2 shape+-1 bigrams initial flags caps-sentence doc-cap doc-lower doc-label gazetteer clusters3 context-clusters";

/// The hash of [`FEATURE_SET`] stored in model files.
pub fn feature_set_hash() -> u64 {
    fnv(FEATURE_SET.as_bytes(), FNV_OFFSET)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// FNV-1a, a fast hasher for the short strings of the lookup tables
/// (feature extraction does several lookups per token).
#[derive(Clone, Copy)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(FNV_OFFSET)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(bytes, self.0);
    }
}

/// A hash map keyed by short strings.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FnvHasher>>;
/// A hash set of short strings.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FnvHasher>>;

/// Features of every token of a sentence, flattened.
#[derive(Clone, Debug, Default)]
pub struct FeatureBuf {
    keys: Vec<u32>,
    offsets: Vec<usize>,
}

impl FeatureBuf {
    /// The feature keys of token `i`.
    pub fn token(&self, i: usize) -> &[u32] {
        &self.keys[self.offsets[i]..self.offsets[i + 1]]
    }

    /// The feature keys of every token, one after the other.
    pub fn keys(&self) -> &[u32] {
        &self.keys
    }

    /// Where token `i`'s keys lie in [`FeatureBuf::keys`].
    pub fn key_range(&self, i: usize) -> std::ops::Range<usize> {
        self.offsets[i]..self.offsets[i + 1]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// True when there is no token.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn clear(&mut self) {
        self.keys.clear();
        self.offsets.clear();
        self.offsets.push(0);
    }

    fn add(&mut self, template: u8, parts: &[&str]) {
        let mut h = fnv(&[template], FNV_OFFSET);
        for part in parts {
            h = fnv(part.as_bytes(), h);
            h = fnv(&[0xff], h);
        }
        self.keys.push((h ^ (h >> 32)) as u32);
    }

    /// A feature made of a template, small numbers and one string.
    fn add_numbered(&mut self, template: u8, numbers: &[u16], part: &str) {
        let mut h = fnv(&[template], FNV_OFFSET);
        for n in numbers {
            h = fnv(&n.to_le_bytes(), h);
        }
        h = fnv(part.as_bytes(), h);
        self.keys.push((h ^ (h >> 32)) as u32);
    }

    fn end_token(&mut self) {
        self.offsets.push(self.keys.len());
    }
}

/// What the tagger knows about the whole document while tagging one of its
/// sentences: how words are written elsewhere in it, and what it already
/// called them.
#[derive(Clone, Debug, Default)]
pub struct DocContext {
    capitalized_inside: FastSet<String>,
    lowercase_seen: FastSet<String>,
    last_label: FastMap<String, EntityKind>,
}

impl DocContext {
    /// Scans every sentence of a document.
    pub fn new<S: AsRef<str>>(sentences: &[Vec<S>]) -> Self {
        let mut ctx = DocContext::default();
        let mut lower = String::new();
        for tokens in sentences {
            for (i, token) in tokens.iter().enumerate() {
                let t = token.as_ref();
                let first = t.chars().next();
                if first.is_some_and(char::is_uppercase) && i > 0 && !is_all_caps(t) {
                    lower.clear();
                    push_lowercase(t, &mut lower);
                    if !ctx.capitalized_inside.contains(lower.as_str()) {
                        ctx.capitalized_inside.insert(lower.clone());
                    }
                } else if first.is_some_and(char::is_lowercase) && !ctx.lowercase_seen.contains(t) {
                    ctx.lowercase_seen.insert(t.to_string());
                }
            }
        }
        ctx
    }

    /// Remembers the entities just predicted for a sentence.
    pub fn record<S: AsRef<str>>(&mut self, tokens: &[S], entities: &[(usize, usize, EntityKind)]) {
        for &(start, end, kind) in entities {
            for t in &tokens[start..end] {
                match self.last_label.get_mut(t.as_ref()) {
                    Some(label) => *label = kind,
                    None => {
                        self.last_label.insert(t.as_ref().to_string(), kind);
                    }
                }
            }
        }
    }
}

fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// A gazetteer: lower-cased names (token sequences joined by spaces) with
/// the kinds they were seen as (a bit per kind).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gazetteer {
    names: FastMap<String, u8>,
    /// First words of the names: a match can only start at one of these.
    first_words: FastSet<String>,
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Self {
        Gazetteer::default()
    }

    /// Adds kinds (bits) to a lower-cased name.
    pub fn insert(&mut self, name: String, kinds: u8) {
        let first = name.split(' ').next().unwrap_or("").to_string();
        self.first_words.insert(first);
        *self.names.entry(name).or_insert(0) |= kinds;
    }

    /// The kinds of a name.
    pub fn get(&self, name: &str) -> Option<u8> {
        self.names.get(name).copied()
    }

    /// True when some name starts with this word.
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.first_words.contains(word)
    }

    /// Every name with its kinds, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, u8)> {
        self.names.iter().map(|(k, &v)| (k, v))
    }

    /// True when there is no name.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl FromIterator<(String, u8)> for Gazetteer {
    fn from_iter<I: IntoIterator<Item = (String, u8)>>(iter: I) -> Self {
        let mut g = Gazetteer::new();
        for (name, kinds) in iter {
            g.insert(name, kinds);
        }
        g
    }
}

/// Longest name in the gazetteer, in tokens.
pub const GAZETTEER_MAX_TOKENS: usize = 4;

fn short_shape(word: &str) -> &'static str {
    let (mut upper, mut lower, mut digit) = (0, 0, 0);
    for c in word.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        }
    }
    match (upper, lower, digit) {
        (0, 0, 0) => "punct",
        (0, 0, _) => "digits",
        (_, _, d) if d > 0 => "alnum",
        (0, _, _) => "lower",
        (_, 0, _) => "upper",
        (1, _, _) if word.chars().next().is_some_and(char::is_uppercase) => "title",
        _ => "mixed",
    }
}

/// Appends the lower case of `word` to `out`.
fn push_lowercase(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Strings of a sentence's tokens (lower case, shapes) in one buffer.
#[derive(Clone, Debug, Default)]
struct TokenStrings {
    text: String,
    ends: Vec<usize>,
}

impl TokenStrings {
    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// Ends the string of the next token, after the caller appended it
    /// to `text`.
    fn end_token(&mut self) {
        self.ends.push(self.text.len());
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    /// Token `i`'s string; `<s>` before the sentence, `</s>` after it.
    fn at(&self, i: isize) -> &str {
        match usize::try_from(i) {
            Err(_) => "<s>",
            Ok(i) if i < self.ends.len() => self.get(i),
            Ok(_) => "</s>",
        }
    }
}

/// Buffers that feature extraction reuses from sentence to sentence.
#[derive(Clone, Debug, Default)]
pub struct FeatureScratch {
    lower: TokenStrings,
    shapes: TokenStrings,
    shape: String,
    title: String,
    clusters: Vec<Option<ClusterIds>>,
    gazetteer: Vec<GazetteerMatch>,
}

/// What features draw on beyond the sentence itself.
#[derive(Clone, Copy)]
pub struct Resources<'a> {
    /// Names and their kinds.
    pub gazetteer: &'a Gazetteer,
    /// Word clusters from unlabeled news.
    pub clusters: &'a WordClusters,
}

/// Clusters of a word as written, else of its title-case form (for
/// all-caps headlines), else of its lower-case form.
fn cluster_of(
    clusters: &WordClusters,
    word: &str,
    lower: &str,
    title: &mut String,
) -> Option<ClusterIds> {
    if let Some(ids) = clusters.get(word) {
        return Some(*ids);
    }
    title.clear();
    let mut chars = lower.chars();
    if let Some(first) = chars.next() {
        title.extend(first.to_uppercase());
        title.push_str(chars.as_str());
    }
    clusters
        .get(title.as_str())
        .or_else(|| clusters.get(lower))
        .copied()
}

/// Extracts the features of each token of a sentence into `out`.
pub fn sentence_features<S: AsRef<str>>(
    tokens: &[S],
    ctx: &DocContext,
    resources: Resources<'_>,
    scratch: &mut FeatureScratch,
    out: &mut FeatureBuf,
) {
    out.clear();
    let FeatureScratch {
        lower,
        shapes,
        shape,
        title,
        clusters,
        gazetteer,
    } = scratch;
    lower.clear();
    shapes.clear();
    clusters.clear();
    for token in tokens {
        let word = token.as_ref();
        push_lowercase(word, &mut lower.text);
        lower.end_token();
        word_shape(word, shape);
        shapes.text.push_str(shape);
        shapes.end_token();
    }
    let n = tokens.len();
    let caps_sentence = tokens.iter().filter(|w| is_all_caps(w.as_ref())).count() * 2 > n && n > 2;
    gazetteer_matches(lower, resources.gazetteer, gazetteer);
    clusters.extend(
        tokens
            .iter()
            .enumerate()
            .map(|(i, w)| cluster_of(resources.clusters, w.as_ref(), lower.get(i), title)),
    );
    // Cluster id of a neighbour; u16::MAX for none, MAX - 1 past an edge.
    let cluster_at = |i: isize| -> u16 {
        match usize::try_from(i).ok().and_then(|i| clusters.get(i)) {
            Some(Some(ids)) => ids[1],
            Some(None) => u16::MAX,
            None => u16::MAX - 1,
        }
    };
    for (i, token) in tokens.iter().enumerate() {
        let word = token.as_ref();
        let ii = i as isize;
        let l = lower.get(i);
        let shape = shapes.get(i);
        let short = short_shape(word);
        out.add(0, &[]);
        out.add(1, &[l]);
        if word != l {
            out.add(2, &[word]);
        }
        let prefix_ends = l
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain(std::iter::once(l.len()));
        for (k, end) in prefix_ends.take(4).enumerate() {
            out.add_numbered(3, &[k as u16 + 1], &l[..end]);
        }
        for (k, (start, _)) in l.char_indices().rev().take(4).enumerate() {
            out.add_numbered(4, &[k as u16 + 1], &l[start..]);
        }
        out.add(5, &[shape]);
        out.add(6, &[short]);
        for (template, offset) in [(7u8, -1isize), (8, 1), (9, -2), (10, 2)] {
            out.add(template, &[lower.at(ii + offset)]);
        }
        out.add(11, &[shapes.at(ii - 1)]);
        out.add(12, &[shapes.at(ii + 1)]);
        out.add(13, &[lower.at(ii - 1), l]);
        out.add(14, &[l, lower.at(ii + 1)]);
        out.add(15, &[shapes.at(ii - 1), shape, shapes.at(ii + 1)]);
        if i == 0 {
            out.add(16, &[short]);
        }
        if word.contains('-') {
            out.add(17, &["hyphen", short]);
        }
        if word.contains('.') {
            out.add(17, &["period", short]);
        }
        if caps_sentence {
            out.add(18, &[short]);
        }
        if short == "title" || short == "upper" {
            if ctx.capitalized_inside.contains(l) {
                out.add(19, &[short, if i == 0 { "initial" } else { "inside" }]);
            }
            if ctx.lowercase_seen.contains(l) {
                out.add(20, &[short, if i == 0 { "initial" } else { "inside" }]);
            }
        }
        if let Some(kind) = ctx.last_label.get(word) {
            out.add(21, &[kind.label()]);
        }
        for m in gazetteer.iter().filter(|m| m.token == i) {
            out.add_numbered(22, &[m.kinds as u16], m.position);
        }
        if let Some(ids) = clusters[i] {
            for (level, id) in ids.iter().enumerate() {
                out.add_numbered(23, &[level as u16, *id], "");
            }
            out.add_numbered(25, &[ids[1]], short);
        }
        out.add_numbered(24, &[cluster_at(ii - 1)], "prev");
        out.add_numbered(24, &[cluster_at(ii + 1)], "next");
        out.end_token();
    }
}

/// A token inside a gazetteer name.
#[derive(Clone, Copy, Debug)]
struct GazetteerMatch {
    token: usize,
    /// Position in the name: B, I, L or U.
    position: &'static str,
    /// Bit set of the name's kinds.
    kinds: u8,
}

/// Every token inside a gazetteer name, into `out`.
fn gazetteer_matches(lower: &TokenStrings, gazetteer: &Gazetteer, out: &mut Vec<GazetteerMatch>) {
    out.clear();
    if gazetteer.is_empty() {
        return;
    }
    let n = lower.ends.len();
    let mut key = String::new();
    for start in 0..n {
        if !gazetteer.starts_with_word(lower.get(start)) {
            continue;
        }
        key.clear();
        for end in start + 1..=(start + GAZETTEER_MAX_TOKENS).min(n) {
            if end > start + 1 {
                key.push(' ');
            }
            key.push_str(lower.get(end - 1));
            if let Some(kinds) = gazetteer.get(key.as_str()) {
                out.extend((start..end).map(|token| GazetteerMatch {
                    token,
                    position: match (token == start, token + 1 == end) {
                        (true, true) => "U",
                        (true, false) => "B",
                        (false, true) => "L",
                        (false, false) => "I",
                    },
                    kinds,
                }));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_compress_runs() {
        let mut s = String::new();
        word_shape("Jong-un", &mut s);
        assert_eq!(s, "Xxxx-xx");
        word_shape("1996-08-22", &mut s);
        assert_eq!(s, "dddd-dd-dd");
        assert_eq!(short_shape("KCNA"), "upper");
        assert_eq!(short_shape("Putin"), "title");
    }

    #[test]
    fn document_context_sees_capitalised_words_inside_sentences() {
        let doc = vec![
            vec!["Sign", "of", "the", "times"],
            vec!["The", "Sign", "said"],
        ];
        let ctx = DocContext::new(&doc);
        assert!(ctx.capitalized_inside.contains("sign"));
        assert!(!ctx.capitalized_inside.contains("the"));
    }

    #[test]
    fn every_token_gets_features() {
        let mut buf = FeatureBuf::default();
        let tokens = ["Kim", "Jong-un", "met", "Putin", "."];
        let resources = Resources {
            gazetteer: &Gazetteer::new(),
            clusters: &WordClusters::default(),
        };
        let mut scratch = FeatureScratch::default();
        sentence_features(
            &tokens,
            &DocContext::default(),
            resources,
            &mut scratch,
            &mut buf,
        );
        assert_eq!(buf.len(), 5);
        assert!(buf.token(1).len() > 15);
    }
}
