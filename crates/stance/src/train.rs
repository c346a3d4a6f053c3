//! Training: multinomial logistic regression by AdaGrad over shuffled
//! examples, L2-regularised, with the best epoch on dev kept; and the
//! scores (macro-F1, accuracy) it is judged by.

use newsnlp_core::{Polarity, Prf, Token};
use rayon::prelude::*;
use serde::Serialize;

use crate::features::{target_in_quotes, Featurizer, TargetContext, WordBuf, BUCKETS};
use crate::model::{softmax, StanceModel, CLASSES};
use crate::newsmtsc::NewsMtsc;

/// Examples as feature lists with their gold classes.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// Hashed features of each example.
    pub features: Vec<Vec<u32>>,
    /// Gold polarity of each example.
    pub labels: Vec<Polarity>,
}

/// Turns NewsMTSC examples into features, tokenizing each sentence with
/// `tokenize` (the pipeline's tokenizer, so that training sees what the
/// stage sees). A sentence the tokenizer refuses is an error naming it.
pub fn prepare<E: std::fmt::Display>(
    data: &NewsMtsc,
    tokenize: impl Fn(&str) -> Result<Vec<Token>, E> + Sync,
    featurizer: &Featurizer,
) -> Result<Prepared, String> {
    let tokens: Vec<Vec<Token>> = data
        .sentences
        .par_iter()
        .enumerate()
        .map(|(i, s)| tokenize(s).map_err(|e| format!("sentence {}: {e}", i + 1)))
        .collect::<Result<_, _>>()?;
    let features = data
        .examples
        .par_iter()
        .map_init(WordBuf::default, |buf, example| {
            let tokens = &tokens[example.sentence];
            let a = tokens.partition_point(|t| t.span.end <= example.target.start);
            let b = tokens.partition_point(|t| t.span.start < example.target.end);
            let ctx = TargetContext {
                text: &data.sentences[example.sentence],
                tokens,
                target: (a, b.max(a)),
                quoted: target_in_quotes(tokens, a),
            };
            let mut out = Vec::new();
            featurizer.features(&ctx, buf, &mut out);
            out
        })
        .collect();
    Ok(Prepared {
        features,
        labels: data.examples.iter().map(|e| e.polarity).collect(),
    })
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the example order.
    pub seed: u64,
    /// AdaGrad step size.
    pub learning_rate: f32,
    /// L2 penalty per update.
    pub l2: f32,
    /// Weight each class's loss by the inverse of its frequency, which
    /// favours macro-F1 over accuracy.
    pub balance_classes: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 16,
            seed: 1,
            learning_rate: 0.01,
            l2: 1e-4,
            balance_classes: true,
        }
    }
}

/// Accuracy, per-class and macro-averaged F1.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct StanceScores {
    /// Correct predictions in percent.
    pub accuracy: f64,
    /// Mean of the three classes' F1, in percent.
    pub f1_macro: f64,
    /// Counts per class: negative, neutral, positive.
    pub per_class: [Prf; CLASSES],
    /// `confusion[gold][predicted]`.
    pub confusion: [[usize; CLASSES]; CLASSES],
}

/// Scores predictions against gold labels.
pub fn score(gold: &[Polarity], predicted: &[Polarity]) -> StanceScores {
    let mut confusion = [[0usize; CLASSES]; CLASSES];
    for (&g, &p) in gold.iter().zip(predicted) {
        confusion[g as usize][p as usize] += 1;
    }
    let per_class: [Prf; CLASSES] = std::array::from_fn(|c| {
        let tp = confusion[c][c];
        let predicted: usize = (0..CLASSES).map(|g| confusion[g][c]).sum();
        let gold: usize = confusion[c].iter().sum();
        Prf::from_matches(tp, predicted, gold)
    });
    let correct: usize = (0..CLASSES).map(|c| confusion[c][c]).sum();
    StanceScores {
        accuracy: if gold.is_empty() {
            0.0
        } else {
            100.0 * correct as f64 / gold.len() as f64
        },
        f1_macro: per_class.iter().map(Prf::f1).sum::<f64>() / CLASSES as f64,
        per_class,
        confusion,
    }
}

/// Scores `model` on prepared examples.
pub fn evaluate(model: &StanceModel, data: &Prepared) -> StanceScores {
    let predicted: Vec<Polarity> = data
        .features
        .iter()
        .map(|f| model.predict_features(f).polarity)
        .collect();
    score(&data.labels, &predicted)
}

/// A small xorshift generator: reproducible shuffles without a dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Trains on `train` (prepared by `featurizer`). The model after each
/// epoch is the mean of the weights at the end of every epoch so far
/// (averaging steadies a learner whose last steps overfit); with `dev`,
/// the epoch with the best dev macro-F1 is kept. `report(epoch,
/// dev_scores)` is called after every epoch.
pub fn train(
    train: &Prepared,
    dev: Option<&Prepared>,
    featurizer: &Featurizer,
    options: &TrainOptions,
    mut report: impl FnMut(usize, Option<&StanceScores>),
) -> (StanceModel, usize) {
    let mut learner = StanceModel::empty(featurizer.clone());
    let mut averaged = StanceModel::empty(featurizer.clone());
    let mut sum = vec![0f32; BUCKETS * CLASSES];
    let mut squares = vec![1e-6f32; BUCKETS * CLASSES];
    let class_weight = class_weights(&train.labels, options.balance_classes);
    let mut order: Vec<usize> = (0..train.features.len()).collect();
    let mut rng = XorShift(options.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut best: Option<(f64, usize, StanceModel)> = None;
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let gold = train.labels[i] as usize;
            step(
                &mut learner.weights,
                &mut squares,
                &train.features[i],
                gold,
                class_weight[gold],
                options,
            );
        }
        for ((s, a), w) in sum
            .iter_mut()
            .zip(&mut averaged.weights)
            .zip(&learner.weights)
        {
            *s += w;
            *a = *s / epoch as f32;
        }
        let scores = dev.map(|d| evaluate(&averaged, d));
        report(epoch, scores.as_ref());
        let better = match (&scores, &best) {
            (Some(s), Some((f1, _, _))) => s.f1_macro > *f1,
            _ => true,
        };
        if better {
            let f1 = scores.map_or(0.0, |s| s.f1_macro);
            best = Some((f1, epoch, averaged.clone()));
        }
    }
    match best {
        Some((_, epoch, model)) => (model, epoch),
        None => (averaged, 0),
    }
}

/// One AdaGrad step of weighted log loss on one example.
fn step(
    weights: &mut [f32],
    squares: &mut [f32],
    features: &[u32],
    gold: usize,
    weight: f32,
    options: &TrainOptions,
) {
    let mut z = [0f32; CLASSES];
    for &f in features {
        for (c, zc) in z.iter_mut().enumerate() {
            *zc += weights[f as usize * CLASSES + c];
        }
    }
    let p = softmax(z);
    for &f in features {
        for (c, &pc) in p.iter().enumerate() {
            let at = f as usize * CLASSES + c;
            let target = if c == gold { 1.0 } else { 0.0 };
            let g = weight * (pc - target) + options.l2 * weights[at];
            squares[at] += g * g;
            weights[at] -= options.learning_rate * g / squares[at].sqrt();
        }
    }
}

/// Per-class loss weights: inverse frequency normalised to mean 1, or all
/// 1.
fn class_weights(labels: &[Polarity], balance: bool) -> [f32; CLASSES] {
    if !balance || labels.is_empty() {
        return [1.0; CLASSES];
    }
    let mut counts = [0usize; CLASSES];
    for &l in labels {
        counts[l as usize] += 1;
    }
    let n = labels.len() as f32;
    counts.map(|c| {
        if c == 0 {
            1.0
        } else {
            n / (CLASSES as f32 * c as f32)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macro_f1_averages_the_classes() {
        use Polarity::*;
        let gold = [Negative, Negative, Neutral, Positive];
        let predicted = [Negative, Neutral, Neutral, Positive];
        let s = score(&gold, &predicted);
        assert_eq!(s.accuracy, 75.0);
        let expected = (100.0 * 2.0 / 3.0 + 100.0 * 2.0 / 3.0 + 100.0) / 3.0;
        assert!((s.f1_macro - expected).abs() < 1e-9, "{}", s.f1_macro);
        assert_eq!(s.confusion[0][1], 1);
    }

    #[test]
    fn training_separates_classes_by_their_features() {
        use Polarity::*;
        let data = Prepared {
            features: vec![
                vec![1, 10],
                vec![2, 10],
                vec![3, 10],
                vec![1, 11],
                vec![2, 11],
                vec![3, 11],
            ],
            labels: vec![Negative, Neutral, Positive, Negative, Neutral, Positive],
        };
        let featurizer = Featurizer::new(crate::features::FeatureSet::Full, []);
        let (model, epoch) = train(
            &data,
            Some(&data),
            &featurizer,
            &TrainOptions::default(),
            |_, _| {},
        );
        assert!(epoch >= 1);
        assert_eq!(evaluate(&model, &data).accuracy, 100.0);
    }
}
