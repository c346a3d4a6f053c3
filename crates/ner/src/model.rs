//! The model: quantized weight rows for hashed features, tag transitions,
//! the gazetteer; Viterbi decoding; the model file format.
//!
//! The file is a [`ModelFormat`] envelope (magic `NEWSNLP-NER\0v\0\r\n`,
//! version, feature-set hash, checksum) around a bincode payload. Weights
//! are stored as i16 with one scale factor, and kept so in memory: a
//! token's emission scores are integer sums, scaled once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

use newsnlp_core::{prefetch, EntityKind, FastMap, KeyTable, ModelFileError, ModelFormat};
use serde::{Deserialize, Serialize};

use crate::clusters::{ClusterIds, WordClusters};
use crate::features::{
    feature_set_hash, gazetteer_matches, is_caps_sentence, own_context_keys, token_context_keys,
    DocContext, FeatureBuf, Gazetteer, Neighbour, Resources, SentenceContext,
};
use crate::tags::{self, NUM_TAGS};
use crate::word_cache::{with_word_cache, RowSum, WordCache};

/// First bytes of every model file.
pub const MAGIC: &[u8; 16] = b"NEWSNLP-NER\0v\0\r\n";
/// Model format version.
pub const VERSION: u32 = 1;

/// The NER model file format of this build.
fn format() -> ModelFormat {
    ModelFormat {
        kind: "NER",
        magic: MAGIC,
        version: VERSION,
        feature_set: feature_set_hash(),
    }
}

/// Why a model file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file's header, length or checksum is wrong.
    #[error(transparent)]
    File(#[from] ModelFileError),
    /// The payload does not decode or its tables disagree.
    #[error("corrupt NER model file: {0}")]
    Corrupt(String),
    /// Reading or writing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// A multiplicative hasher for the already-hashed u32 feature keys.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(KEY_MULTIPLIER);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(KEY_MULTIPLIER);
    }
}

const KEY_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// Feature key → weight row, while training.
pub type RowMap = HashMap<u32, u32, BuildHasherDefault<KeyHasher>>;

/// Scores of each tag for each token.
pub type Emissions = Vec<[f32; NUM_TAGS]>;

/// The table from each of `keys` to its row (its position).
fn rows_by_key(keys: &[u32]) -> KeyTable<u32, u32> {
    KeyTable::from_pairs(keys.iter().enumerate().map(|(row, &key)| (key, row as u32)))
}

/// Rows whose quantized weights all stay below this (0.8% of the largest
/// weight) are dropped: the perceptrons of an ensemble leave many rows
/// that only one of them touched. Dropping them more than halves the key
/// index (faster lookups); dev F1 did not fall (93.18 at half this
/// threshold, 93.22 at it).
const PRUNE_BELOW: i16 = 256;

/// A trained tagger.
#[derive(Clone, Debug, Default)]
pub struct Model {
    /// Tells models apart for the per-thread word caches.
    id: u64,
    /// Feature key → weight row.
    index: KeyTable<u32, u32>,
    /// `NUM_TAGS` quantized weights per row.
    weights: Vec<i16>,
    /// What one unit of a quantized weight is worth.
    scale: f32,
    transitions: Transitions,
    gazetteer: Gazetteer,
    clusters: WordClusters,
}

#[derive(Serialize, Deserialize)]
struct StoredModel {
    keys: Vec<u32>,
    weights: Vec<i16>,
    scale: f32,
    transitions: Vec<f32>,
    gazetteer: Vec<(String, u8)>,
    clusters: Vec<(String, ClusterIds)>,
}

/// A new model identity (0 is the empty default model's).
fn next_model_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// One tagged entity: token range, kind, confidence.
pub type Tagged = (usize, usize, EntityKind, f32);

/// Float weights by row, as the perceptron holds them while it trains.
#[derive(Clone, Copy)]
pub(crate) struct TrainingWeights<'a> {
    pub rows: &'a RowMap,
    pub weights: &'a [f32],
}

impl TrainingWeights<'_> {
    /// Emission scores of a sentence's features, into `out`.
    fn emissions(&self, features: &FeatureBuf, out: &mut Emissions) {
        out.clear();
        out.extend((0..features.len()).map(|i| {
            let mut scores = [0f32; NUM_TAGS];
            for key in features.token(i) {
                if let Some(&row) = self.rows.get(key) {
                    let row = row as usize * NUM_TAGS;
                    for (s, w) in scores.iter_mut().zip(&self.weights[row..row + NUM_TAGS]) {
                        *s += w;
                    }
                }
            }
            scores
        }));
    }
}

/// Perceptron scores are sums of many unit updates; dividing them by this
/// before normalising makes the tag marginals spread between sure and
/// doubtful decisions instead of being all 0 or 1.
const SCORE_SCALE: f32 = 8.0;

/// Tag transition scores, ready for decoding.
#[derive(Clone, Debug)]
pub(crate) struct Transitions {
    /// `NUM_TAGS × NUM_TAGS` scores, previous tag major, as learned.
    raw: Vec<f32>,
    /// The scores with disallowed BILOU transitions at minus infinity, so
    /// decoding loops need no test.
    masked: [[f32; NUM_TAGS]; NUM_TAGS],
    /// `exp((score - max) / SCORE_SCALE)`, 0 where disallowed: the factors
    /// of forward-backward.
    factors: [[f32; NUM_TAGS]; NUM_TAGS],
    /// `factors` transposed (next tag major), so that the backward pass,
    /// like the forward one, sums over all tags at once.
    factors_by_next: [[f32; NUM_TAGS]; NUM_TAGS],
}

impl Default for Transitions {
    fn default() -> Self {
        Transitions::new(vec![0.0; NUM_TAGS * NUM_TAGS])
    }
}

impl Transitions {
    /// Prepares `raw` (`NUM_TAGS × NUM_TAGS`, previous tag major).
    pub fn new(raw: Vec<f32>) -> Self {
        let max = raw.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut masked = [[f32::NEG_INFINITY; NUM_TAGS]; NUM_TAGS];
        let mut factors = [[0f32; NUM_TAGS]; NUM_TAGS];
        let mut factors_by_next = [[0f32; NUM_TAGS]; NUM_TAGS];
        for p in 0..NUM_TAGS {
            for t in (0..NUM_TAGS).filter(|&t| tags::allowed(p, t)) {
                let score = raw[p * NUM_TAGS + t];
                masked[p][t] = score;
                factors[p][t] = ((score - max) / SCORE_SCALE).exp();
                factors_by_next[t][p] = factors[p][t];
            }
        }
        Transitions {
            raw,
            masked,
            factors,
            factors_by_next,
        }
    }
}

/// Buffers reused from sentence to sentence while tagging.
#[derive(Default)]
struct TaggingBuffers {
    /// Each token's word in the word cache.
    ids: Vec<u32>,
    /// The row sums of all the contexts gathered for each repeated word
    /// of the document (by word hash).
    gathered_sums: FastMap<u64, RowSum>,
    gazetteer: Vec<crate::features::GazetteerMatch>,
    keys: Vec<u32>,
    /// Where each token's keys end in `keys`.
    key_ends: Vec<usize>,
    /// The weight row of each of `keys`.
    rows: Vec<Option<usize>>,
}

/// Buffers reused from sentence to sentence while decoding.
#[derive(Default)]
pub(crate) struct Decoder {
    emissions: Emissions,
    score: Vec<[f32; NUM_TAGS]>,
    back: Vec<[u8; NUM_TAGS]>,
    alpha: Vec<[f32; NUM_TAGS]>,
    beta: Vec<[f32; NUM_TAGS]>,
    emit: Vec<[f32; NUM_TAGS]>,
}

/// Runs `decode` compiled for AVX2 where the CPU has it (checked once, at
/// run time), else as built: the decoders' loops over all tag pairs then
/// run eight lanes wide instead of four. The arithmetic is the same, so
/// are the results.
#[inline(always)]
fn with_wide_vectors<R>(decode: impl FnOnce() -> R) -> R {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        #[target_feature(enable = "avx2")]
        fn run_avx2<R>(decode: impl FnOnce() -> R) -> R {
            decode()
        }
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { run_avx2(decode) };
    }
    decode()
}

/// `e^x` for `x ≤ 0`, within 3e-7 of it relatively (float precision),
/// in plain arithmetic that vectorizes, unlike a call to the C library's
/// `expf`: `2^n · e^r` with `n` the nearest integer to `x / ln 2`, and
/// `e^r` (`|r| ≤ ln 2 / 2`) by its Taylor series to the sixth power.
/// Below -87 (where `e^x` is under the smallest normal float) it gives
/// `e^-87`.
#[inline(always)]
fn exp_of_nonpositive(x: f32) -> f32 {
    // Adding 1.5 · 2^23 rounds to the nearest integer, which the low
    // bits of the sum then hold.
    const ROUNDING: f32 = 12_582_912.0;
    // ln 2 in two parts, the first with few enough bits that `n · LN2_HIGH`
    // is exact, so that `r` keeps its precision.
    const LN2_HIGH: f32 = 0.693_145_75;
    const LN2_LOW: f32 = 1.428_606_8e-6;
    let x = x.max(-87.0);
    let rounded = x * std::f32::consts::LOG2_E + ROUNDING;
    let n = rounded - ROUNDING;
    let r = (x - n * LN2_HIGH) - n * LN2_LOW;
    let series = 1.0
        + r * (1.0
            + r * (0.5 + r * (1.0 / 6.0 + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r / 720.0)))));
    let n_bits = rounded.to_bits().wrapping_sub(ROUNDING.to_bits());
    let two_to_n = f32::from_bits(n_bits.wrapping_add(127) << 23);
    series * two_to_n
}

/// The largest of `scores`, eight lanes at a time (the order in which
/// the maximum is taken does not change it).
#[inline(always)]
fn max_of(scores: &[f32; NUM_TAGS]) -> f32 {
    let mut lanes = [f32::NEG_INFINITY; 8];
    for chunk in scores.chunks(8) {
        for (lane, &x) in lanes.iter_mut().zip(chunk) {
            *lane = lane.max(x);
        }
    }
    lanes.into_iter().fold(f32::NEG_INFINITY, f32::max)
}

fn normalize(v: &mut [f32; NUM_TAGS]) {
    let sum: f32 = v.iter().sum();
    if sum > 0.0 {
        v.iter_mut().for_each(|x| *x /= sum);
    }
}

impl Decoder {
    /// Scores a sentence's features and finds its best valid tag sequence;
    /// the emission scores stay in the decoder for [`Decoder::path_marginals`].
    pub fn best_path(
        &mut self,
        weights: &TrainingWeights<'_>,
        transitions: &Transitions,
        features: &FeatureBuf,
    ) -> Vec<usize> {
        weights.emissions(features, &mut self.emissions);
        self.viterbi(transitions)
    }

    /// The best valid tag sequence for the emission scores in
    /// `self.emissions`.
    fn viterbi(&mut self, transitions: &Transitions) -> Vec<usize> {
        with_wide_vectors(
            #[inline(always)]
            || self.viterbi_inlined(transitions),
        )
    }

    /// [`Decoder::viterbi`], inlined where it is called, so that its loops
    /// are compiled for the vector width of the caller.
    #[inline(always)]
    fn viterbi_inlined(&mut self, transitions: &Transitions) -> Vec<usize> {
        let trans = &transitions.masked;
        let emissions = &self.emissions;
        let n = emissions.len();
        if n == 0 {
            return Vec::new();
        }
        let score = &mut self.score;
        score.clear();
        score.resize(n, [f32::NEG_INFINITY; NUM_TAGS]);
        self.back.clear();
        self.back.resize(n, [0u8; NUM_TAGS]);
        for t in (0..NUM_TAGS).filter(|&t| tags::allowed_first(t)) {
            score[0][t] = emissions[0][t];
        }
        for i in 1..n {
            // For every tag at once (the inner loops vectorize): the best
            // previous tag, the first one on ties.
            // (`from` is 32-bit wide, as the scores are, so that the
            // compare and the two selects share one lane mask.)
            let mut best = [f32::NEG_INFINITY; NUM_TAGS];
            let mut from = [0u32; NUM_TAGS];
            for (p, &prev) in score[i - 1].iter().enumerate() {
                for t in 0..NUM_TAGS {
                    let s = prev + trans[p][t];
                    let better = s > best[t];
                    best[t] = if better { s } else { best[t] };
                    from[t] = if better { p as u32 } else { from[t] };
                }
            }
            for t in 0..NUM_TAGS {
                score[i][t] = best[t] + emissions[i][t];
            }
            self.back[i] = from.map(|p| p as u8);
        }
        let mut last = (0..NUM_TAGS)
            .filter(|&t| tags::allowed_last(t))
            .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]))
            .unwrap_or(tags::OUTSIDE);
        let mut path = vec![0; n];
        for i in (0..n).rev() {
            path[i] = last;
            last = self.back[i][last] as usize;
        }
        path
    }

    /// Marginal probability of the tag on `path` (found by
    /// [`Decoder::best_path`] for the same sentence) of each token in
    /// `tokens`, in order, by scaled forward-backward over the valid tag
    /// sequences, scores divided by [`SCORE_SCALE`]. The forward pass
    /// stops at the end of `tokens`, the backward pass at its start: the
    /// marginals there are those of the whole sentence's passes.
    pub fn path_marginals(
        &mut self,
        transitions: &Transitions,
        path: &[usize],
        tokens: Range<usize>,
    ) -> Vec<f32> {
        with_wide_vectors(
            #[inline(always)]
            || self.path_marginals_inlined(transitions, path, tokens),
        )
    }

    /// [`Decoder::path_marginals`], inlined where it is called, so that
    /// its loops are compiled for the vector width of the caller.
    #[inline(always)]
    fn path_marginals_inlined(
        &mut self,
        transitions: &Transitions,
        path: &[usize],
        tokens: Range<usize>,
    ) -> Vec<f32> {
        let n = self.emissions.len();
        if tokens.is_empty() || tokens.end > n {
            return Vec::new();
        }
        let trans = &transitions.factors;
        // Per-token emission factors, each token's maximum factored out (it
        // cancels in the per-token normalisation).
        // (Loops over the arrays rather than `extend` and `map`, which are
        // not inlined here and so do not vectorize.)
        self.emit.clear();
        self.emit.resize(n, [0f32; NUM_TAGS]);
        for (factors, scores) in self.emit.iter_mut().zip(&self.emissions) {
            let max = max_of(scores);
            for (factor, &x) in factors.iter_mut().zip(scores) {
                *factor = exp_of_nonpositive((x - max) / SCORE_SCALE);
            }
        }
        let (alpha, beta, emit) = (&mut self.alpha, &mut self.beta, &self.emit);
        alpha.clear();
        alpha.resize(n, [0f32; NUM_TAGS]);
        for t in (0..NUM_TAGS).filter(|&t| tags::allowed_first(t)) {
            alpha[0][t] = emit[0][t];
        }
        normalize(&mut alpha[0]);
        for i in 1..tokens.end {
            let mut incoming = [0f32; NUM_TAGS];
            for (p, &a) in alpha[i - 1].iter().enumerate() {
                for (sum, f) in incoming.iter_mut().zip(&trans[p]) {
                    *sum += a * f;
                }
            }
            for (t, x) in incoming.iter_mut().enumerate() {
                *x *= emit[i][t];
            }
            normalize(&mut incoming);
            alpha[i] = incoming;
        }
        beta.clear();
        beta.resize(n, [0f32; NUM_TAGS]);
        for (t, b) in beta[n - 1].iter_mut().enumerate() {
            *b = if tags::allowed_last(t) { 1.0 } else { 0.0 };
        }
        for i in (tokens.start..n - 1).rev() {
            // Every previous tag's sum at once, over the next tags in
            // order (the same sums as one previous tag at a time).
            let mut outgoing = [0f32; NUM_TAGS];
            for (t, by_previous) in transitions.factors_by_next.iter().enumerate() {
                let x = emit[i + 1][t] * beta[i + 1][t];
                for (sum, f) in outgoing.iter_mut().zip(by_previous) {
                    *sum += f * x;
                }
            }
            normalize(&mut outgoing);
            beta[i] = outgoing;
        }
        tokens
            .map(|i| {
                let tag = path[i];
                let total: f32 = alpha[i].iter().zip(&beta[i]).map(|(a, b)| a * b).sum();
                if total > 0.0 {
                    alpha[i][tag] * beta[i][tag] / total
                } else {
                    0.0
                }
            })
            .collect()
    }
}

impl Model {
    /// A model from trained float weights, quantized to i16 with one
    /// scale; rows that quantize to all zeros are dropped.
    pub(crate) fn quantize(
        rows: &RowMap,
        weights: &[f32],
        transitions: Vec<f32>,
        gazetteer: Gazetteer,
        clusters: WordClusters,
    ) -> Model {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / i16::MAX as f32;
        let mut by_key: Vec<(u32, u32)> = rows.iter().map(|(&k, &r)| (k, r)).collect();
        by_key.sort_unstable();
        let mut keys = Vec::with_capacity(by_key.len());
        let mut quantized = Vec::with_capacity(by_key.len() * NUM_TAGS);
        for (key, row) in by_key {
            let row = row as usize * NUM_TAGS;
            let q = weights[row..row + NUM_TAGS]
                .iter()
                .map(|x| (x / scale).round() as i16);
            let start = quantized.len();
            quantized.extend(q);
            if quantized[start..].iter().all(|&x| x.abs() < PRUNE_BELOW) {
                quantized.truncate(start);
            } else {
                keys.push(key);
            }
        }
        Model {
            id: next_model_id(),
            index: rows_by_key(&keys),
            weights: quantized,
            scale,
            transitions: Transitions::new(transitions),
            gazetteer,
            clusters,
        }
    }

    /// The gazetteer and clusters its features use.
    pub fn resources(&self) -> Resources<'_> {
        Resources {
            gazetteer: &self.gazetteer,
            clusters: &self.clusters,
        }
    }

    /// Number of feature weight rows.
    pub fn num_rows(&self) -> usize {
        self.weights.len() / NUM_TAGS
    }

    /// Identifies this model (and its clones) among the models of the
    /// process.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The gazetteer its features use.
    pub(crate) fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The word clusters its features use.
    pub(crate) fn clusters(&self) -> &WordClusters {
        &self.clusters
    }

    /// The sum of the weight rows of `keys` (unknown keys add nothing).
    pub(crate) fn row_sum(&self, keys: impl IntoIterator<Item = u32>) -> RowSum {
        let mut sums = [0i32; NUM_TAGS];
        self.add_rows(keys, &mut sums);
        sums
    }

    fn add_rows(&self, keys: impl IntoIterator<Item = u32>, sums: &mut RowSum) {
        for row in keys.into_iter().filter_map(|key| self.row_of(key)) {
            self.add_row(row, sums);
        }
    }

    /// The weight row of feature `key`.
    fn row_of(&self, key: u32) -> Option<usize> {
        self.index.get(key).map(|row| row as usize)
    }

    /// Adds the weights of `row` to `sums`.
    fn add_row(&self, row: usize, sums: &mut RowSum) {
        let row = &self.weights[row * NUM_TAGS..(row + 1) * NUM_TAGS];
        sums.iter_mut()
            .zip(row)
            .for_each(|(s, &w)| *s += i32::from(w));
    }

    /// The rows of `keys` (`None` for an unknown key), into `rows`: the
    /// index slots of all of them asked of memory first, then each row's
    /// weights as it is found, so that a sentence's lookups wait on
    /// memory together rather than one after another (tokenize + ner
    /// 13% faster over the news corpus).
    fn rows_of(&self, keys: &[u32], rows: &mut Vec<Option<usize>>) {
        keys.iter().for_each(|&key| self.index.prefetch(key));
        rows.clear();
        rows.extend(keys.iter().map(|&key| {
            let row = self.row_of(key);
            if let Some(row) = row {
                prefetch(&self.weights[row * NUM_TAGS]);
                prefetch(&self.weights[(row + 1) * NUM_TAGS - 1]);
            }
            row
        }));
    }

    /// Adds the weights of the rows [`Self::rows_of`] found.
    fn add_found_rows(&self, rows: &[Option<usize>], sums: &mut RowSum) {
        for &row in rows.iter().flatten() {
            self.add_row(row, sums);
        }
    }

    /// Tags every sentence of a document, in order, using and updating
    /// the document context.
    pub fn tag_document<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<Tagged>> {
        let mut ctx = DocContext::new(sentences);
        let mut decoder = Decoder::default();
        let mut buffers = TaggingBuffers::default();
        with_word_cache(self, |cache| {
            sentences
                .iter()
                .map(|tokens| {
                    self.sentence_emissions(tokens, &ctx, cache, &mut buffers, &mut decoder);
                    crate::honorifics::constrain(tokens, &mut decoder.emissions);
                    let path = decoder.viterbi(&self.transitions);
                    let entities = tags::decode(&path);
                    ctx.record(tokens, &entities);
                    // Entities come in order: the marginals asked for run
                    // from the first one's start to the last one's end.
                    let tokens = match (entities.first(), entities.last()) {
                        (Some(first), Some(last)) => first.0..last.1,
                        _ => 0..0,
                    };
                    let from = tokens.start;
                    let marginals = decoder.path_marginals(&self.transitions, &path, tokens);
                    entities
                        .into_iter()
                        .map(|(s, e, k)| {
                            let confidence =
                                marginals[s - from..e - from].iter().sum::<f32>() / (e - s) as f32;
                            (s, e, k, confidence)
                        })
                        .collect()
                })
                .collect()
        })
    }

    /// The emission scores of a sentence into `decoder`: each token's
    /// cached word sums plus the rows of its context features.
    fn sentence_emissions<S: AsRef<str>>(
        &self,
        tokens: &[S],
        ctx: &DocContext,
        cache: &mut WordCache,
        buffers: &mut TaggingBuffers,
        decoder: &mut Decoder,
    ) {
        let TaggingBuffers {
            ids,
            gathered_sums,
            gazetteer,
            keys,
            key_ends,
            rows,
        } = buffers;
        cache.lookup(self, tokens, ids);
        let n = tokens.len();
        let facts = |i: usize| &cache.word(ids[i]).facts;
        let name_start = |i: usize| cache.word(ids[i]).name_start;
        gazetteer_matches(
            n,
            |i| &facts(i).lower,
            name_start,
            &self.gazetteer,
            gazetteer,
        );
        let sentence = SentenceContext {
            doc: ctx,
            caps_sentence: is_caps_sentence(tokens),
            gazetteer,
        };
        let around = |i: usize| {
            (
                Neighbour::Prev.index(i, n).map(facts),
                facts(i),
                Neighbour::Next.index(i, n).map(facts),
            )
        };
        keys.clear();
        key_ends.clear();
        for i in 0..n {
            token_context_keys(i, around(i), &sentence, keys);
            key_ends.push(keys.len());
        }
        self.rows_of(keys, rows);
        decoder.emissions.clear();
        for i in 0..tokens.len() {
            let mut sums = cache.word(ids[i]).own;
            for (place, edge) in Neighbour::ALL.iter().zip(&cache.edges) {
                let given = match place.index(i, n) {
                    Some(j) => &cache.word(ids[j]).as_neighbour[*place as usize],
                    None => edge,
                };
                sums.iter_mut().zip(given).for_each(|(s, g)| *s += g);
            }
            let from = if i == 0 { 0 } else { key_ends[i - 1] };
            self.add_found_rows(&rows[from..key_ends[i]], &mut sums);
            let around = around(i);
            if let Some(gathered) = ctx.repeated_word_contexts(facts(i).hash) {
                // What every occurrence gathered, less what only this one
                // saw: the same sum as adding the other occurrences' keys.
                let all = gathered_sums
                    .entry(facts(i).hash)
                    .or_insert_with(|| self.row_sum(gathered.all()));
                sums.iter_mut().zip(all.iter()).for_each(|(s, a)| *s += a);
                let own = own_context_keys(around.0, around.2);
                let mut only_here = [0i32; NUM_TAGS];
                self.add_rows(gathered.seen_only_at(own), &mut only_here);
                sums.iter_mut().zip(only_here).for_each(|(s, o)| *s -= o);
            }
            decoder.emissions.push(sums.map(|s| s as f32 * self.scale));
        }
    }

    /// Serializes the model with its header and checksum.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ModelError> {
        let mut keys: Vec<(u32, usize)> = self
            .index
            .iter()
            .map(|(key, row)| (key, row as usize))
            .collect();
        keys.sort_unstable();
        let mut stored = StoredModel {
            keys: keys.iter().map(|&(k, _)| k).collect(),
            weights: Vec::with_capacity(self.weights.len()),
            scale: self.scale,
            transitions: self.transitions.raw.clone(),
            gazetteer: self.gazetteer.iter().map(|(k, v)| (k.clone(), v)).collect(),
            clusters: self.clusters.iter().map(|(k, &v)| (k.clone(), v)).collect(),
        };
        stored.gazetteer.sort();
        stored.clusters.sort();
        for (_, row) in keys {
            stored
                .weights
                .extend_from_slice(&self.weights[row * NUM_TAGS..(row + 1) * NUM_TAGS]);
        }
        let payload =
            bincode::serialize(&stored).map_err(|e| ModelError::Corrupt(e.to_string()))?;
        Ok(format().seal(&payload))
    }

    /// Loads a model, checking magic, version, feature set and checksum.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let payload = format().open(bytes)?;
        let stored: StoredModel =
            bincode::deserialize(payload).map_err(|e| ModelError::Corrupt(e.to_string()))?;
        if stored.weights.len() != stored.keys.len() * NUM_TAGS
            || stored.transitions.len() != NUM_TAGS * NUM_TAGS
        {
            return Err(ModelError::Corrupt("inconsistent table sizes".into()));
        }
        if !stored.scale.is_finite() {
            return Err(ModelError::Corrupt("weight scale is not a number".into()));
        }
        Ok(Model {
            id: next_model_id(),
            index: rows_by_key(&stored.keys),
            weights: stored.weights,
            scale: stored.scale,
            transitions: Transitions::new(stored.transitions),
            gazetteer: stored.gazetteer.into_iter().collect(),
            clusters: stored.clusters.into_iter().collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word cache must not change a score: every token's emissions
    /// equal the sum of the rows of all its features.
    #[test]
    fn cached_word_sums_give_the_scores_of_summing_every_feature() {
        use crate::features::{sentence_features, FeatureScratch};
        let model = crate::shipped_model().unwrap();
        let sentences = vec![
            vec!["SIGN", "OF", "THE", "HARDENING", "IN", "PYONGYANG"],
            vec![
                "Kim",
                "Jong-un",
                "met",
                "President",
                "Vladimir",
                "Putin",
                ".",
            ],
            vec![
                "He",
                "told",
                "the",
                "U.S.",
                "that",
                "Kim",
                "met",
                "Putin",
                "in",
                "Vladivostok",
            ],
            vec!["x"],
        ];
        let mut ctx = DocContext::new(&sentences);
        ctx.record(&sentences[1], &[(0, 2, EntityKind::Person)]);
        let (mut buffers, mut decoder) = (TaggingBuffers::default(), Decoder::default());
        let (mut scratch, mut features) = (FeatureScratch::default(), FeatureBuf::default());
        for tokens in &sentences {
            with_word_cache(&model, |cache| {
                model.sentence_emissions(tokens, &ctx, cache, &mut buffers, &mut decoder)
            });
            sentence_features(tokens, &ctx, model.resources(), &mut scratch, &mut features);
            for (i, cached) in decoder.emissions.iter().enumerate() {
                let all = model
                    .row_sum(features.token(i).iter().copied())
                    .map(|s| s as f32 * model.scale);
                assert_eq!(*cached, all, "token {i} of {tokens:?}");
            }
        }
    }

    /// The decoders compiled for wider vectors (where the CPU has them)
    /// must give what the portable build gives, to the bit.
    #[test]
    fn wide_vector_decoding_equals_the_portable_decoding() {
        let model = crate::shipped_model().unwrap();
        let sentences = vec![vec![
            "Russian",
            "President",
            "Vladimir",
            "Putin",
            "met",
            "Kim",
            "Jong-un",
            "in",
            "Vladivostok",
            ",",
            "the",
            "Kremlin",
            "said",
            "on",
            "Friday",
            ".",
        ]];
        let mut decoder = scored_sentence(&model, &sentences);
        let transitions = &model.transitions;
        let path = decoder.viterbi(transitions);
        assert_eq!(path, decoder.viterbi_inlined(transitions));
        assert!(!tags::decode(&path).is_empty(), "no entity in {path:?}");
        let marginals = decoder.path_marginals(transitions, &path, 0..path.len());
        let portable = decoder.path_marginals_inlined(transitions, &path, 0..path.len());
        assert_eq!(bits(&marginals), bits(&portable));
    }

    /// A decoder holding the emission scores of the only sentence of
    /// `sentences`.
    fn scored_sentence(model: &Model, sentences: &[Vec<&str>]) -> Decoder {
        let ctx = DocContext::new(sentences);
        let (mut buffers, mut decoder) = (TaggingBuffers::default(), Decoder::default());
        with_word_cache(model, |cache| {
            model.sentence_emissions(&sentences[0], &ctx, cache, &mut buffers, &mut decoder)
        });
        decoder
    }

    /// The bits of each float, to compare them exactly.
    fn bits(floats: &[f32]) -> Vec<u32> {
        floats.iter().map(|x| x.to_bits()).collect()
    }

    /// The passes stop at the ends of the tokens asked for; what they
    /// give there must be what passes over the whole sentence give.
    #[test]
    fn marginals_of_some_tokens_equal_those_of_the_whole_sentence() {
        let model = crate::shipped_model().unwrap();
        let sentences = vec![
            "The Kremlin said Vladimir Putin met Kim Jong-un in Vladivostok on Friday ."
                .split(' ')
                .collect::<Vec<_>>(),
        ];
        let mut decoder = scored_sentence(&model, &sentences);
        let transitions = &model.transitions;
        let path = decoder.viterbi(transitions);
        let n = path.len();
        let whole = decoder.path_marginals(transitions, &path, 0..n);
        for tokens in [3..6, 1..2, 8..n, 0..4] {
            let some = decoder.path_marginals(transitions, &path, tokens.clone());
            assert_eq!(bits(&some), bits(&whole[tokens.clone()]), "{tokens:?}");
        }
        assert!(decoder.path_marginals(transitions, &path, 2..2).is_empty());
    }

    #[test]
    fn exp_of_nonpositive_is_exp_to_float_precision() {
        let mut x = 0.0f32;
        while x > -87.0 {
            let (ours, libm) = (exp_of_nonpositive(x), x.exp());
            assert!(
                (ours - libm).abs() <= 3e-7 * libm,
                "e^{x}: {ours} against {libm}"
            );
            x -= 0.013;
        }
        assert_eq!(exp_of_nonpositive(0.0), 1.0);
        assert!(exp_of_nonpositive(-1000.0) > 0.0);
    }
}
