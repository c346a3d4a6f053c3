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
        for tokens in sentences {
            for (i, token) in tokens.iter().enumerate() {
                let t = token.as_ref();
                let first = t.chars().next();
                if first.is_some_and(char::is_uppercase) && i > 0 && !is_all_caps(t) {
                    ctx.capitalized_inside.insert(t.to_lowercase());
                } else if first.is_some_and(char::is_lowercase) {
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
                self.last_label.insert(t.as_ref().to_string(), kind);
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
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    let digit = word.chars().filter(|c| c.is_numeric()).count();
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
fn cluster_of(clusters: &WordClusters, word: &str, lower: &str) -> Option<ClusterIds> {
    if let Some(ids) = clusters.get(word) {
        return Some(*ids);
    }
    let mut chars = lower.chars();
    let title: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    clusters
        .get(&title)
        .or_else(|| clusters.get(lower))
        .copied()
}

/// Extracts the features of each token of a sentence into `out`.
pub fn sentence_features<S: AsRef<str>>(
    tokens: &[S],
    ctx: &DocContext,
    resources: Resources<'_>,
    out: &mut FeatureBuf,
) {
    let gazetteer = resources.gazetteer;
    out.clear();
    let words: Vec<&str> = tokens.iter().map(AsRef::as_ref).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let shapes: Vec<String> = words
        .iter()
        .map(|w| {
            let mut s = String::new();
            word_shape(w, &mut s);
            s
        })
        .collect();
    let caps_sentence =
        words.iter().filter(|w| is_all_caps(w)).count() * 2 > words.len() && words.len() > 2;
    let gaz = gazetteer_tags(&lower, gazetteer);
    let clusters: Vec<Option<ClusterIds>> = words
        .iter()
        .zip(&lower)
        .map(|(w, l)| cluster_of(resources.clusters, w, l))
        .collect();
    // Cluster id of a neighbour; u16::MAX for none, MAX - 1 past an edge.
    let cluster_at = |i: isize| -> u16 {
        match usize::try_from(i).ok().and_then(|i| clusters.get(i)) {
            Some(Some(ids)) => ids[1],
            Some(None) => u16::MAX,
            None => u16::MAX - 1,
        }
    };
    fn at(v: &[String], i: isize) -> &str {
        if i < 0 {
            "<s>"
        } else {
            v.get(i as usize).map_or("</s>", String::as_str)
        }
    }
    for (i, word) in words.iter().enumerate() {
        let ii = i as isize;
        let l = lower[i].as_str();
        let short = short_shape(word);
        out.add(0, &[]);
        out.add(1, &[l]);
        if *word != l {
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
        out.add(5, &[&shapes[i]]);
        out.add(6, &[short]);
        for (template, offset) in [(7u8, -1isize), (8, 1), (9, -2), (10, 2)] {
            out.add(template, &[at(&lower, ii + offset)]);
        }
        out.add(11, &[at(&shapes, ii - 1)]);
        out.add(12, &[at(&shapes, ii + 1)]);
        out.add(13, &[at(&lower, ii - 1), l]);
        out.add(14, &[l, at(&lower, ii + 1)]);
        out.add(15, &[at(&shapes, ii - 1), &shapes[i], at(&shapes, ii + 1)]);
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
        if let Some(kind) = ctx.last_label.get(*word) {
            out.add(21, &[kind.label()]);
        }
        for (position, kinds) in &gaz[i] {
            out.add_numbered(22, &[*kinds as u16], position);
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

/// For each token, the gazetteer matches covering it: (position in the
/// match: B/I/L/U, bit set of kinds).
fn gazetteer_tags(lower: &[String], gazetteer: &Gazetteer) -> Vec<Vec<(&'static str, u8)>> {
    let mut tags = vec![Vec::new(); lower.len()];
    if gazetteer.is_empty() {
        return tags;
    }
    let mut key = String::new();
    for start in 0..lower.len() {
        if !gazetteer.starts_with_word(&lower[start]) {
            continue;
        }
        key.clear();
        for end in start + 1..=(start + GAZETTEER_MAX_TOKENS).min(lower.len()) {
            if end > start + 1 {
                key.push(' ');
            }
            key.push_str(&lower[end - 1]);
            if let Some(kinds) = gazetteer.get(key.as_str()) {
                for (i, slot) in tags.iter_mut().enumerate().take(end).skip(start) {
                    let position = match (i == start, i + 1 == end) {
                        (true, true) => "U",
                        (true, false) => "B",
                        (false, true) => "L",
                        (false, false) => "I",
                    };
                    slot.push((position, kinds));
                }
            }
        }
    }
    tags
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
        sentence_features(&tokens, &DocContext::default(), resources, &mut buf);
        assert_eq!(buf.len(), 5);
        assert!(buf.token(1).len() > 15);
    }
}
