//! The stance model: multinomial logistic regression over hashed target
//! features, three classes (negative, neutral, positive); its file format.

use newsnlp_core::{ModelFileError, ModelFormat, Polarity};
use serde::{Deserialize, Serialize};

use crate::features::{FeatureSet, Featurizer, TargetContext, WordBuf, BUCKETS, FEATURE_SET_HASH};

/// Number of classes.
pub const CLASSES: usize = 3;

/// First bytes of every stance model file.
pub const MAGIC: &[u8; 16] = b"NEWSNLP-STANCE\r\n";
/// Model format version.
pub const VERSION: u32 = 1;

const FORMAT: ModelFormat = ModelFormat {
    kind: "stance",
    magic: MAGIC,
    version: VERSION,
    feature_set: FEATURE_SET_HASH,
};

/// Why a stance model cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StanceModelError {
    /// The file's header, length or checksum is wrong.
    #[error(transparent)]
    File(#[from] ModelFileError),
    /// The payload does not decode or its tables disagree.
    #[error("corrupt stance model file: {0}")]
    Corrupt(String),
}

/// A trained stance model.
#[derive(Clone, Debug)]
pub struct StanceModel {
    pub(crate) featurizer: Featurizer,
    /// `BUCKETS × CLASSES` weights, bucket-major.
    pub(crate) weights: Vec<f32>,
}

#[derive(Serialize, Deserialize)]
struct StoredModel {
    feature_set: FeatureSet,
    clusters: Vec<(String, [u16; 3])>,
    scale: f32,
    buckets: Vec<u32>,
    weights: Vec<i16>,
}

/// A prediction: class probabilities, the class, and the score
/// `p(positive) − p(negative)` in `[-1, 1]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prediction {
    /// Probability of negative, neutral, positive.
    pub probabilities: [f32; CLASSES],
    /// The most probable class.
    pub polarity: Polarity,
    /// Positive minus negative probability.
    pub score: f32,
}

impl StanceModel {
    /// An untrained model (all weights zero) reading `featurizer`'s
    /// features.
    pub fn empty(featurizer: Featurizer) -> Self {
        StanceModel {
            featurizer,
            weights: vec![0.0; BUCKETS * CLASSES],
        }
    }

    /// What turns targets into this model's features.
    pub fn featurizer(&self) -> &Featurizer {
        &self.featurizer
    }

    /// Class scores (logits) of a feature list.
    pub(crate) fn logits(&self, features: &[u32]) -> [f32; CLASSES] {
        let mut z = [0f32; CLASSES];
        for &f in features {
            let row = &self.weights[f as usize * CLASSES..f as usize * CLASSES + CLASSES];
            for c in 0..CLASSES {
                z[c] += row[c];
            }
        }
        z
    }

    /// The prediction for a feature list.
    pub fn predict_features(&self, features: &[u32]) -> Prediction {
        let p = softmax(self.logits(features));
        let best = (0..CLASSES)
            .max_by(|&a, &b| p[a].total_cmp(&p[b]))
            .unwrap_or(1);
        Prediction {
            probabilities: p,
            polarity: Polarity::ALL[best],
            score: p[2] - p[0],
        }
    }

    /// The prediction for a target in context; `buf` and `features` are
    /// scratch space reused between calls.
    pub fn predict(
        &self,
        ctx: &TargetContext,
        buf: &mut WordBuf,
        features: &mut Vec<u32>,
    ) -> Prediction {
        self.featurizer.features(ctx, buf, features);
        self.predict_features(features)
    }

    /// Serializes the model: non-zero buckets, weights as i16 with one
    /// scale, in the shared model-file envelope.
    pub fn to_bytes(&self) -> Result<Vec<u8>, StanceModelError> {
        let max = self
            .weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-9);
        let scale = max / i16::MAX as f32;
        let mut clusters: Vec<(String, [u16; 3])> = self
            .featurizer
            .clusters
            .iter()
            .map(|(w, &ids)| (w.clone(), ids))
            .collect();
        clusters.sort_unstable();
        let mut stored = StoredModel {
            feature_set: self.featurizer.set,
            clusters,
            scale,
            buckets: Vec::new(),
            weights: Vec::new(),
        };
        for (b, row) in self.weights.chunks_exact(CLASSES).enumerate() {
            let q: Vec<i16> = row.iter().map(|w| (w / scale).round() as i16).collect();
            if q.iter().any(|&x| x != 0) {
                stored.buckets.push(b as u32);
                stored.weights.extend(q);
            }
        }
        let payload =
            bincode::serialize(&stored).map_err(|e| StanceModelError::Corrupt(e.to_string()))?;
        Ok(FORMAT.seal(&payload))
    }

    /// Loads a model, checking magic, version, feature set and checksum.
    pub fn from_bytes(bytes: &[u8]) -> Result<StanceModel, StanceModelError> {
        let payload = FORMAT.open(bytes)?;
        let stored: StoredModel =
            bincode::deserialize(payload).map_err(|e| StanceModelError::Corrupt(e.to_string()))?;
        if stored.weights.len() != stored.buckets.len() * CLASSES {
            return Err(StanceModelError::Corrupt("inconsistent table sizes".into()));
        }
        let mut model = StanceModel::empty(Featurizer::new(stored.feature_set, stored.clusters));
        for (&b, row) in stored
            .buckets
            .iter()
            .zip(stored.weights.chunks_exact(CLASSES))
        {
            let b = b as usize;
            if b >= BUCKETS {
                return Err(StanceModelError::Corrupt(format!(
                    "bucket {b} out of range"
                )));
            }
            for (c, &w) in row.iter().enumerate() {
                model.weights[b * CLASSES + c] = w as f32 * stored.scale;
            }
        }
        Ok(model)
    }
}

/// Normalised exponentials.
pub(crate) fn softmax(z: [f32; CLASSES]) -> [f32; CLASSES] {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e = z.map(|x| (x - max).exp());
    let sum: f32 = e.iter().sum();
    e.map(|x| x / sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_models_load_with_the_same_predictions() {
        let mut model = StanceModel::empty(Featurizer::new(FeatureSet::Full, []));
        model.weights[7 * CLASSES] = 1.5;
        model.weights[9 * CLASSES + 2] = -0.25;
        let back = StanceModel::from_bytes(&model.to_bytes().unwrap()).unwrap();
        let a = model.predict_features(&[7, 9]);
        let b = back.predict_features(&[7, 9]);
        assert_eq!(a.polarity, b.polarity);
        assert!((a.score - b.score).abs() < 1e-3);
    }

    #[test]
    fn a_damaged_model_is_refused() {
        let bytes = StanceModel::empty(Featurizer::new(FeatureSet::Lexicon, []))
            .to_bytes()
            .unwrap();
        assert!(matches!(
            StanceModel::from_bytes(&bytes[..bytes.len() - 1]),
            Err(StanceModelError::File(ModelFileError::Truncated { .. }))
        ));
        assert!(matches!(
            StanceModel::from_bytes(b"NEWSNLP-NER\0v\0\r\n"),
            Err(StanceModelError::File(ModelFileError::NotAModel { .. }))
        ));
    }

    #[test]
    fn the_score_is_positive_minus_negative_probability() {
        let mut model = StanceModel::empty(Featurizer::new(FeatureSet::Full, []));
        model.weights[3 * CLASSES + 2] = 3.0;
        let p = model.predict_features(&[3]);
        assert_eq!(p.polarity, Polarity::Positive);
        assert!((p.score - (p.probabilities[2] - p.probabilities[0])).abs() < 1e-6);
    }
}
