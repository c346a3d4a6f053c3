//! The model: weight rows for hashed features, tag transitions, the
//! gazetteer; Viterbi decoding; the model file format.
//!
//! The file is a [`ModelFormat`] envelope (magic `NEWSNLP-NER\0v\0\r\n`,
//! version, feature-set hash, checksum) around a bincode payload. Weights
//! are stored as i16 with one scale factor.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use newsnlp_core::{EntityKind, ModelFileError, ModelFormat};
use serde::{Deserialize, Serialize};

use crate::clusters::{ClusterIds, WordClusters};
use crate::features::{
    feature_set_hash, sentence_features, DocContext, FeatureBuf, Gazetteer, Resources,
};
use crate::tags::{self, NUM_TAGS};

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
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Feature key → weight row.
pub type RowMap = HashMap<u32, u32, BuildHasherDefault<KeyHasher>>;

/// Scores of each tag for each token.
pub type Emissions = Vec<[f32; NUM_TAGS]>;

/// A trained tagger.
#[derive(Clone, Debug, Default)]
pub struct Model {
    pub(crate) rows: RowMap,
    pub(crate) weights: Vec<f32>,
    pub(crate) transitions: Vec<f32>,
    pub(crate) gazetteer: Gazetteer,
    pub(crate) clusters: WordClusters,
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

/// One tagged entity: token range, kind, confidence.
pub type Tagged = (usize, usize, EntityKind, f32);

/// Borrowed weights: what decoding needs, from a trained model or from
/// the perceptron while it trains.
#[derive(Clone, Copy)]
pub(crate) struct Weights<'a> {
    pub rows: &'a RowMap,
    pub weights: &'a [f32],
    pub transitions: &'a [f32],
}

impl Weights<'_> {
    /// Transition scores with disallowed BILOU transitions at minus
    /// infinity, so decoding loops need no test.
    fn masked_transitions(&self) -> [[f32; NUM_TAGS]; NUM_TAGS] {
        let mut trans = [[f32::NEG_INFINITY; NUM_TAGS]; NUM_TAGS];
        for (p, row) in trans.iter_mut().enumerate() {
            for (t, cell) in row.iter_mut().enumerate() {
                if tags::allowed(p, t) {
                    *cell = self.transitions[p * NUM_TAGS + t];
                }
            }
        }
        trans
    }

    /// Emission scores of a sentence's features.
    pub fn emissions(&self, features: &FeatureBuf) -> Emissions {
        (0..features.len())
            .map(|i| {
                let mut scores = [0f32; NUM_TAGS];
                for key in features.token(i) {
                    if let Some(&row) = self.rows.get(key) {
                        let w =
                            &self.weights[row as usize * NUM_TAGS..(row as usize + 1) * NUM_TAGS];
                        for (s, w) in scores.iter_mut().zip(w) {
                            *s += w;
                        }
                    }
                }
                scores
            })
            .collect()
    }

    /// The best valid tag sequence.
    pub fn viterbi(&self, emissions: &Emissions) -> Vec<usize> {
        let n = emissions.len();
        if n == 0 {
            return Vec::new();
        }
        let trans = self.masked_transitions();
        let mut score = vec![[f32::NEG_INFINITY; NUM_TAGS]; n];
        let mut back = vec![[0u8; NUM_TAGS]; n];
        for t in (0..NUM_TAGS).filter(|&t| tags::allowed_first(t)) {
            score[0][t] = emissions[0][t];
        }
        for i in 1..n {
            let prev = score[i - 1];
            for t in 0..NUM_TAGS {
                let mut best = (f32::NEG_INFINITY, 0usize);
                for (p, &s) in prev.iter().enumerate() {
                    let s = s + trans[p][t];
                    if s > best.0 {
                        best = (s, p);
                    }
                }
                score[i][t] = best.0 + emissions[i][t];
                back[i][t] = best.1 as u8;
            }
        }
        let mut last = (0..NUM_TAGS)
            .filter(|&t| tags::allowed_last(t))
            .max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b]))
            .unwrap_or(tags::OUTSIDE);
        let mut path = vec![0; n];
        for i in (0..n).rev() {
            path[i] = last;
            last = back[i][last] as usize;
        }
        path
    }
}

impl Model {
    /// The gazetteer and clusters its features use.
    pub fn resources(&self) -> Resources<'_> {
        Resources {
            gazetteer: &self.gazetteer,
            clusters: &self.clusters,
        }
    }

    pub(crate) fn weights(&self) -> Weights<'_> {
        Weights {
            rows: &self.rows,
            weights: &self.weights,
            transitions: &self.transitions,
        }
    }

    /// Tags every sentence of a document, in order, using and updating
    /// the document context.
    pub fn tag_document<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<Tagged>> {
        let mut ctx = DocContext::new(sentences);
        let mut features = FeatureBuf::default();
        sentences
            .iter()
            .map(|tokens| {
                sentence_features(tokens, &ctx, self.resources(), &mut features);
                let weights = self.weights();
                let emissions = weights.emissions(&features);
                let path = weights.viterbi(&emissions);
                let entities = tags::decode(&path);
                ctx.record(tokens, &entities);
                let marginals = if entities.is_empty() {
                    Vec::new()
                } else {
                    weights.path_marginals(&emissions, &path)
                };
                entities
                    .into_iter()
                    .map(|(s, e, k)| {
                        (
                            s,
                            e,
                            k,
                            marginals[s..e].iter().sum::<f32>() / (e - s) as f32,
                        )
                    })
                    .collect()
            })
            .collect()
    }

    /// Serializes the model with its header and checksum.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ModelError> {
        let max = self
            .weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-9);
        let scale = max / i16::MAX as f32;
        let mut keys: Vec<(u32, u32)> = self.rows.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        let mut stored = StoredModel {
            keys: Vec::with_capacity(keys.len()),
            weights: Vec::with_capacity(keys.len() * NUM_TAGS),
            scale,
            transitions: self.transitions.clone(),
            gazetteer: self.gazetteer.iter().map(|(k, v)| (k.clone(), v)).collect(),
            clusters: self.clusters.iter().map(|(k, &v)| (k.clone(), v)).collect(),
        };
        stored.gazetteer.sort();
        stored.clusters.sort();
        for (key, row) in keys {
            let w = &self.weights[row as usize * NUM_TAGS..(row as usize + 1) * NUM_TAGS];
            let q: Vec<i16> = w.iter().map(|x| (x / scale).round() as i16).collect();
            if q.iter().any(|&x| x != 0) {
                stored.keys.push(key);
                stored.weights.extend(q);
            }
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
        let rows = stored
            .keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u32))
            .collect();
        Ok(Model {
            rows,
            weights: stored
                .weights
                .iter()
                .map(|&w| w as f32 * stored.scale)
                .collect(),
            transitions: stored.transitions,
            gazetteer: stored.gazetteer.into_iter().collect(),
            clusters: stored.clusters.into_iter().collect(),
        })
    }
}

/// Perceptron scores are sums of many unit updates; dividing them by this
/// before normalising makes the tag marginals spread between sure and
/// doubtful decisions instead of being all 0 or 1.
const SCORE_SCALE: f32 = 8.0;

impl Weights<'_> {
    /// Marginal probability of each token's tag on `path`, by scaled
    /// forward-backward over the valid tag sequences, scores divided by
    /// [`SCORE_SCALE`].
    fn path_marginals(&self, emissions: &Emissions, path: &[usize]) -> Vec<f32> {
        let n = emissions.len();
        let max_t = self
            .transitions
            .iter()
            .copied()
            .fold(f32::NEG_INFINITY, f32::max);
        let mut trans = [[0f32; NUM_TAGS]; NUM_TAGS];
        for (p, row) in trans.iter_mut().enumerate() {
            for (t, cell) in row.iter_mut().enumerate() {
                if tags::allowed(p, t) {
                    *cell = ((self.transitions[p * NUM_TAGS + t] - max_t) / SCORE_SCALE).exp();
                }
            }
        }
        // Per-token emission factors, each token's maximum factored out (it
        // cancels in the per-token normalisation).
        let emit: Vec<[f32; NUM_TAGS]> = emissions
            .iter()
            .map(|e| {
                let max = e.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                e.map(|x| ((x - max) / SCORE_SCALE).exp())
            })
            .collect();
        let normalize = |v: &mut [f32; NUM_TAGS]| {
            let sum: f32 = v.iter().sum();
            if sum > 0.0 {
                v.iter_mut().for_each(|x| *x /= sum);
            }
        };
        let mut alpha = vec![[0f32; NUM_TAGS]; n];
        for t in (0..NUM_TAGS).filter(|&t| tags::allowed_first(t)) {
            alpha[0][t] = emit[0][t];
        }
        normalize(&mut alpha[0]);
        for i in 1..n {
            for t in 0..NUM_TAGS {
                let incoming: f32 = (0..NUM_TAGS).map(|p| alpha[i - 1][p] * trans[p][t]).sum();
                alpha[i][t] = incoming * emit[i][t];
            }
            normalize(&mut alpha[i]);
        }
        let mut beta = vec![[0f32; NUM_TAGS]; n];
        for (t, b) in beta[n - 1].iter_mut().enumerate() {
            *b = if tags::allowed_last(t) { 1.0 } else { 0.0 };
        }
        for i in (0..n - 1).rev() {
            for p in 0..NUM_TAGS {
                beta[i][p] = (0..NUM_TAGS)
                    .map(|t| trans[p][t] * emit[i + 1][t] * beta[i + 1][t])
                    .sum();
            }
            normalize(&mut beta[i]);
        }
        path.iter()
            .enumerate()
            .map(|(i, &tag)| {
                let total: f32 = (0..NUM_TAGS).map(|t| alpha[i][t] * beta[i][t]).sum();
                if total > 0.0 {
                    alpha[i][tag] * beta[i][tag] / total
                } else {
                    0.0
                }
            })
            .collect()
    }
}
