//! Training: an averaged structured perceptron (Collins 2002) over BILOU
//! tags with exact Viterbi decoding. Chosen over a CRF because it trains in
//! seconds per epoch on two cores with no learning-rate tuning, averaging
//! gives most of a CRF's accuracy, and decoding is the same Viterbi.

use rayon::prelude::*;

use crate::clusters::WordClusters;
use crate::conll::{ConllDocument, NerScores};
use crate::features::{
    sentence_features, DocContext, FeatureBuf, FeatureScratch, Gazetteer, Resources,
    GAZETTEER_MAX_TOKENS,
};
use crate::known_names::KnownNames;
use crate::model::{Decoder, Model, RowMap, TrainingWeights, Transitions};
use crate::tags::{self, NUM_TAGS};

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the document shuffles (same seed, same model).
    pub seed: u64,
    /// Perceptrons trained side by side on different shuffles of the
    /// documents and averaged into one model.
    pub ensemble: usize,
    /// Use a gazetteer of the training set's names.
    pub gazetteer: bool,
    /// Word clusters to use as features (empty: none).
    pub clusters: WordClusters,
    /// Names harvested from unlabeled news ([`crate::news_names`]; empty:
    /// none), read next to the gazetteer.
    pub news_names: Gazetteer,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 1,
            ensemble: 4,
            gazetteer: true,
            clusters: WordClusters::default(),
            news_names: Gazetteer::new(),
        }
    }
}

/// What happened in one epoch.
#[derive(Clone, Debug)]
pub struct EpochReport {
    /// 1-based epoch.
    pub epoch: usize,
    /// Token accuracy on the training data during the pass.
    pub train_accuracy: f64,
    /// Dev F1 of the averaged weights, when a dev set is given.
    pub dev_f1: Option<f64>,
}

/// Perceptron state: current weights and the running sums for averaging.
struct Perceptron {
    rows: RowMap,
    weights: Vec<f32>,
    sums: Vec<f32>,
    transitions: Vec<f32>,
    transition_sums: Vec<f32>,
    step: f32,
}

impl Perceptron {
    fn new() -> Self {
        Perceptron {
            rows: RowMap::default(),
            weights: Vec::new(),
            sums: Vec::new(),
            transitions: vec![0.0; NUM_TAGS * NUM_TAGS],
            transition_sums: vec![0.0; NUM_TAGS * NUM_TAGS],
            step: 1.0,
        }
    }

    fn row(&mut self, key: u32) -> usize {
        let next = self.rows.len() as u32;
        let row = *self.rows.entry(key).or_insert(next) as usize;
        if row * NUM_TAGS >= self.weights.len() {
            self.weights.resize((row + 1) * NUM_TAGS, 0.0);
            self.sums.resize((row + 1) * NUM_TAGS, 0.0);
        }
        row
    }

    fn update(&mut self, features: &FeatureBuf, gold: &[usize], predicted: &[usize]) {
        for i in 0..gold.len() {
            if gold[i] != predicted[i] {
                for &key in features.token(i) {
                    let row = self.row(key);
                    for (tag, delta) in [(gold[i], 1.0), (predicted[i], -1.0)] {
                        self.weights[row * NUM_TAGS + tag] += delta;
                        self.sums[row * NUM_TAGS + tag] += self.step * delta;
                    }
                }
            }
            if i > 0 && (gold[i - 1], gold[i]) != (predicted[i - 1], predicted[i]) {
                for (pair, delta) in [
                    ((gold[i - 1], gold[i]), 1.0),
                    ((predicted[i - 1], predicted[i]), -1.0),
                ] {
                    self.transitions[pair.0 * NUM_TAGS + pair.1] += delta;
                    self.transition_sums[pair.0 * NUM_TAGS + pair.1] += self.step * delta;
                }
            }
        }
    }

    /// The current (not averaged) weights, for decoding while training.
    fn current(&self) -> TrainingWeights<'_> {
        TrainingWeights {
            rows: &self.rows,
            weights: &self.weights,
        }
    }

    /// Adds this perceptron's averaged weights, times `share`, to `into`.
    fn add_averaged(&self, share: f32, into: &mut AveragedWeights) {
        let averaged = |w: f32, s: f32| share * (w - s / self.step);
        for (&key, &row) in &self.rows {
            let next = into.rows.len() as u32;
            let to = *into.rows.entry(key).or_insert(next) as usize * NUM_TAGS;
            if to >= into.weights.len() {
                into.weights.resize(to + NUM_TAGS, 0.0);
            }
            let from = row as usize * NUM_TAGS;
            for tag in 0..NUM_TAGS {
                into.weights[to + tag] += averaged(self.weights[from + tag], self.sums[from + tag]);
            }
        }
        for (t, (w, s)) in self
            .transitions
            .iter()
            .zip(&self.transition_sums)
            .enumerate()
        {
            into.transitions[t] += averaged(*w, *s);
        }
    }
}

/// The mean of several perceptrons' averaged weights.
struct AveragedWeights {
    rows: RowMap,
    weights: Vec<f32>,
    transitions: Vec<f32>,
}

impl AveragedWeights {
    fn of(perceptrons: &[Learner]) -> Self {
        let mut mean = AveragedWeights {
            rows: RowMap::default(),
            weights: Vec::new(),
            transitions: vec![0.0; NUM_TAGS * NUM_TAGS],
        };
        let share = 1.0 / perceptrons.len().max(1) as f32;
        for learner in perceptrons {
            learner.perceptron.add_averaged(share, &mut mean);
        }
        mean
    }

    fn into_model(self, gazetteer: &Gazetteer, clusters: &WordClusters) -> Model {
        Model::quantize(
            &self.rows,
            &self.weights,
            self.transitions,
            gazetteer.clone(),
            clusters.clone(),
        )
    }
}

/// Folds of the jackknifed training gazetteers.
const GAZETTEER_FOLDS: usize = 10;

/// Names seen in the training data, lower-cased, with their kinds; the
/// documents for which `skip` is true are left out.
fn build_gazetteer(docs: &[ConllDocument], skip: impl Fn(usize) -> bool) -> Gazetteer {
    let mut gazetteer = Gazetteer::new();
    let kept = docs
        .iter()
        .enumerate()
        .filter(|(i, _)| !skip(*i))
        .map(|(_, d)| d);
    for sentence in kept.flat_map(|d| &d.sentences) {
        for &(start, end, kind) in &sentence.entities {
            if end - start > GAZETTEER_MAX_TOKENS {
                continue;
            }
            let name = sentence.tokens[start..end].join(" ").to_lowercase();
            gazetteer.insert(name, Gazetteer::kind_bit(kind));
        }
    }
    gazetteer
}

/// A small deterministic generator for the shuffle.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// One perceptron of the ensemble with its own shuffle and buffers.
struct Learner {
    perceptron: Perceptron,
    rng: XorShift,
    order: Vec<usize>,
    features: FeatureBuf,
    decoder: Decoder,
    scratch: FeatureScratch,
}

impl Learner {
    fn new(seed: u64, documents: usize) -> Self {
        Learner {
            perceptron: Perceptron::new(),
            rng: XorShift(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
            order: (0..documents).collect(),
            features: FeatureBuf::default(),
            decoder: Decoder::default(),
            scratch: FeatureScratch::default(),
        }
    }

    /// One pass over the shuffled training documents, each seeing the
    /// gazetteer of the other folds; returns (correct, total) tokens.
    fn epoch(
        &mut self,
        train: &[ConllDocument],
        fold_gazetteers: &[Gazetteer],
        clusters: &WordClusters,
    ) -> (usize, usize) {
        for i in (1..self.order.len()).rev() {
            let j = (self.rng.next() % (i as u64 + 1)) as usize;
            self.order.swap(i, j);
        }
        let (mut correct, mut total) = (0usize, 0usize);
        for d in 0..self.order.len() {
            let doc = &train[self.order[d]];
            let resources = Resources {
                gazetteer: &fold_gazetteers[self.order[d] % GAZETTEER_FOLDS],
                clusters,
            };
            let (c, t) = self.learn_document(doc, resources);
            correct += c;
            total += t;
        }
        (correct, total)
    }

    /// Tags a document with the current weights, then updates them where
    /// the tags were wrong.
    fn learn_document(&mut self, doc: &ConllDocument, resources: Resources<'_>) -> (usize, usize) {
        let token_lists: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let mut ctx = DocContext::new(&token_lists);
        let mut updates = Vec::new();
        let (mut correct, mut total) = (0usize, 0usize);
        let p = &mut self.perceptron;
        for (sentence, tokens) in doc.sentences.iter().zip(&token_lists) {
            sentence_features(
                tokens,
                &ctx,
                resources,
                &mut self.scratch,
                &mut self.features,
            );
            let transitions = Transitions::new(p.transitions.clone());
            let predicted = self
                .decoder
                .best_path(&p.current(), &transitions, &self.features);
            let gold = tags::encode(tokens.len(), &sentence.entities);
            correct += gold.iter().zip(&predicted).filter(|(g, p)| g == p).count();
            total += gold.len();
            ctx.record(tokens, &tags::decode(&predicted));
            updates.push((self.features.clone(), gold, predicted));
        }
        for (features, gold, predicted) in &updates {
            p.update(features, gold, predicted);
            p.step += 1.0;
        }
        (correct, total)
    }
}

/// Trains on `train`, reporting each epoch; with `dev`, returns the
/// averaged model of the epoch with the best dev F1, else the last one.
pub fn train(
    train: &[ConllDocument],
    dev: Option<&[ConllDocument]>,
    options: &TrainOptions,
    mut on_epoch: impl FnMut(&EpochReport),
) -> (Model, Vec<EpochReport>) {
    // The model keeps a gazetteer of every training name. While training,
    // a document sees only the names of the other folds (jackknifing), so
    // the gazetteer feature fires as often on training names as it will
    // on unseen text, instead of on every one.
    let (gazetteer, fold_gazetteers) = if options.gazetteer {
        let folds = (0..GAZETTEER_FOLDS)
            .map(|f| build_gazetteer(train, |i| i % GAZETTEER_FOLDS == f))
            .collect();
        (build_gazetteer(train, |_| false), folds)
    } else {
        (Gazetteer::new(), vec![Gazetteer::new(); GAZETTEER_FOLDS])
    };
    let gazetteer = gazetteer.with_news_names(&options.news_names);
    let fold_gazetteers: Vec<Gazetteer> = fold_gazetteers
        .iter()
        .map(|g| g.with_news_names(&options.news_names))
        .collect();
    let mut learners: Vec<Learner> = (0..options.ensemble.max(1) as u64)
        .map(|k| Learner::new(options.seed.wrapping_add(k * 7919), train.len()))
        .collect();
    let mut reports = Vec::new();
    let mut best: Option<(f64, Model)> = None;
    let model_now = |learners: &[Learner]| {
        AveragedWeights::of(learners).into_model(&gazetteer, &options.clusters)
    };
    for epoch in 1..=options.epochs {
        let counts: Vec<(usize, usize)> = learners
            .par_iter_mut()
            .map(|l| l.epoch(train, &fold_gazetteers, &options.clusters))
            .collect();
        let (correct, total) = counts
            .iter()
            .fold((0, 0), |(c, t), (dc, dt)| (c + dc, t + dt));
        let dev_f1 = dev.map(|dev| {
            let model = model_now(&learners);
            let f1 = evaluate(&model, &KnownNames::default(), dev).overall.f1();
            if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
                best = Some((f1, model));
            }
            f1
        });
        let report = EpochReport {
            epoch,
            train_accuracy: 100.0 * correct as f64 / total.max(1) as f64,
            dev_f1,
        };
        on_epoch(&report);
        reports.push(report);
    }
    let model = match best {
        Some((_, model)) => model,
        None => model_now(&learners),
    };
    (model, reports)
}

/// Tags each document with `model`, types the names `known_names`
/// lists as it does (an empty table leaves the model's types), completes
/// people's names with their surnames as the stage does, and scores exact
/// entity spans.
pub fn evaluate(model: &Model, known_names: &KnownNames, docs: &[ConllDocument]) -> NerScores {
    let mut scores = NerScores::default();
    for doc in docs {
        let sentences: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let mut tagged = model.tag_document(&sentences);
        for (predicted, words) in tagged.iter_mut().zip(&sentences) {
            known_names.retype(words, predicted);
        }
        crate::surnames::complete_person_names(&mut tagged, &sentences, model.gazetteer());
        for (sentence, predicted) in doc.sentences.iter().zip(tagged) {
            let predicted: Vec<_> = predicted
                .into_iter()
                .map(|(s, e, k, _)| (s, e, k))
                .collect();
            scores.add(&predicted, &sentence.entities);
        }
    }
    scores
}
