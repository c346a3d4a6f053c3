//! What the quote stage's learned models share: features named by a
//! template and the slots that fill it, hashed for scoring; a binary
//! averaged perceptron to learn their weights; and the weight table with
//! its TSV form (heaviest first), which the model files wrap in the
//! shared envelope.

use std::collections::HashMap;

use newsnlp_core::{fnv1a, ModelFormat, PremixedMap, FNV_OFFSET};

/// One value a feature template is filled with: its text (for the
/// model's names) and the hash of that text (for scoring).
#[derive(Clone, Copy)]
pub(crate) struct Slot<'s> {
    pub(crate) text: &'s str,
    pub(crate) hash: u64,
}

impl<'s> Slot<'s> {
    /// The slot holding `text`.
    pub(crate) fn of(text: &'s str) -> Self {
        Slot {
            text,
            hash: slot_hash(text),
        }
    }

    /// The slot holding `true` or `false`.
    pub(crate) fn flag(value: bool) -> Slot<'static> {
        Slot::of(if value { "true" } else { "false" })
    }
}

/// The hash of a slot's (or a template's) text.
pub(crate) fn slot_hash(text: &str) -> u64 {
    fnv1a(text.as_bytes(), FNV_OFFSET)
}

/// The key of a feature in the weight table: its template's hash mixed
/// with its slots' hashes, so that a sentence's words are hashed once.
pub(crate) fn feature_key(template: &str, slots: impl Iterator<Item = u64>) -> u64 {
    slots.fold(slot_hash(template), |key, slot| {
        (key ^ slot)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29)
    })
}

/// The name of a feature in the model file: its template and its slots,
/// tab-separated (no token holds a tab).
pub(crate) fn feature_name(template: &str, slots: &[Slot]) -> String {
    let mut name = template.to_string();
    for slot in slots {
        name.push('\t');
        name.push_str(slot.text);
    }
    name
}

/// Shuffles `items` in place (Fisher–Yates, xorshift from `seed`), the
/// same way every run.
pub(crate) fn shuffle(items: &mut [usize], seed: &mut u64) {
    for i in (1..items.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        let j = (*seed % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// A distance in tokens, in buckets that grow with it.
pub(crate) fn distance_bucket(d: usize) -> &'static str {
    match d {
        0..=1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=8 => "6-8",
        9..=12 => "9-12",
        13..=20 => "13-20",
        _ => "21+",
    }
}

/// The seed of the first training run's shuffles.
const SHUFFLE_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// Trains `runs` perceptrons, each a copy of `start` that `train` makes
/// its passes over the examples with (shuffling them with the seed it is
/// given, a different one each run), and averages their averaged weights
/// feature by feature: one run's weights move with the order it saw the
/// examples in, and the average of several steadies them. Weights smaller
/// than `min_kept` are dropped.
pub(crate) fn averaged_runs(
    start: &Perceptron,
    runs: usize,
    min_kept: f32,
    mut train: impl FnMut(&mut Perceptron, &mut u64),
) -> Vec<(String, f32)> {
    let mut sums: HashMap<String, f32> = HashMap::new();
    for run in 0..runs {
        let mut perceptron = start.clone();
        let mut seed = SHUFFLE_SEED.rotate_left(8 * run as u32);
        train(&mut perceptron, &mut seed);
        for (feature, weight) in perceptron.averaged(0.0) {
            *sums.entry(feature).or_default() += weight;
        }
    }
    sums.into_iter()
        .map(|(feature, sum)| (feature, sum / runs.max(1) as f32))
        .filter(|(_, weight)| weight.abs() >= min_kept)
        .collect()
}

/// A binary averaged perceptron over named features.
#[derive(Clone, Default)]
pub(crate) struct Perceptron {
    index: HashMap<u64, usize>,
    names: Vec<String>,
    weights: Vec<f32>,
    /// Running sums for the average, updated lazily.
    totals: Vec<f32>,
    /// The step each weight last changed at.
    stamps: Vec<u32>,
    step: u32,
}

impl Perceptron {
    /// The row of the feature with `key`, added on first sight with the
    /// name `name` gives.
    pub(crate) fn index(&mut self, key: u64, name: impl FnOnce() -> String) -> usize {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.weights.len();
        self.index.insert(key, i);
        self.names.push(name());
        self.weights.push(0.0);
        self.totals.push(0.0);
        self.stamps.push(0);
        i
    }

    /// The row of the feature `template` filled with `slots`.
    pub(crate) fn feature(&mut self, template: &str, slots: &[Slot]) -> usize {
        let key = feature_key(template, slots.iter().map(|s| s.hash));
        self.index(key, || feature_name(template, slots))
    }

    /// One example: features `active`, label `positive`.
    pub(crate) fn update(&mut self, active: &[usize], positive: bool) {
        self.step += 1;
        let score: f32 = active.iter().map(|&i| self.weights[i]).sum();
        if (score > 0.0) == positive {
            return;
        }
        let delta = if positive { 1.0 } else { -1.0 };
        for &i in active {
            self.totals[i] += (self.step - self.stamps[i]) as f32 * self.weights[i];
            self.stamps[i] = self.step;
            self.weights[i] += delta;
        }
    }

    /// The averaged weights, those smaller than `min_kept` dropped.
    pub(crate) fn averaged(self, min_kept: f32) -> Vec<(String, f32)> {
        let step = self.step.max(1);
        self.names
            .into_iter()
            .enumerate()
            .filter_map(|(i, feature)| {
                let total = self.totals[i] + (step - self.stamps[i]) as f32 * self.weights[i];
                let average = total / step as f32;
                (average.abs() >= min_kept).then_some((feature, average))
            })
            .collect()
    }
}

/// Learned weights: as TSV (a feature's name, its weight; heaviest first
/// as learned), and by [`feature_key`] of the name (as scored). Loading a
/// model parses each line once and keeps its text whole, allocating no
/// string per feature.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct WeightTable {
    tsv: String,
    by_key: PremixedMap<f32>,
}

/// The key of a feature by its name (template and slots, tab-separated).
fn name_key(name: &str) -> u64 {
    let mut parts = name.split('\t');
    let template = parts.next().unwrap_or_default();
    feature_key(template, parts.map(slot_hash))
}

impl WeightTable {
    /// The table of these named weights.
    pub(crate) fn from_named(mut named: Vec<(String, f32)>) -> Self {
        named.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        let by_key = named
            .iter()
            .map(|(name, weight)| (name_key(name), *weight))
            .collect();
        let tsv = named
            .iter()
            .map(|(name, weight)| format!("{name}\t{weight}\n"))
            .collect();
        WeightTable { tsv, by_key }
    }

    /// The weight of the feature `template` filled with `slots`; zero for
    /// one never learned.
    pub(crate) fn weight(&self, template: &str, slots: &[Slot]) -> f32 {
        let key = feature_key(template, slots.iter().map(|s| s.hash));
        self.by_key.get(&key).copied().unwrap_or(0.0)
    }

    /// True when no weight was learned.
    pub(crate) fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// TSV: a feature's template and slots, its weight; heaviest first
    /// (as learned; a table read from TSV gives back what it read).
    pub(crate) fn to_tsv(&self) -> String {
        self.tsv.clone()
    }

    /// The model file of `format`: [`Self::to_tsv`] in the model envelope.
    pub(crate) fn to_model_file(&self, format: &ModelFormat) -> Vec<u8> {
        format.seal(self.tsv.as_bytes())
    }

    /// Reads [`Self::to_model_file`] output; a foreign, corrupt or
    /// malformed file is refused with the reason.
    pub(crate) fn from_model_file(bytes: &[u8], format: &ModelFormat) -> Result<Self, String> {
        let payload = format.open(bytes).map_err(|e| e.to_string())?;
        let tsv = std::str::from_utf8(payload)
            .map_err(|e| format!("{} model is not UTF-8 text: {e}", format.kind))?;
        Self::from_tsv(tsv, format.kind)
    }

    /// Reads [`Self::to_tsv`] output; a malformed line is named, with
    /// `kind` (the model's name) in the message.
    pub(crate) fn from_tsv(tsv: &str, kind: &str) -> Result<Self, String> {
        let mut by_key = PremixedMap::default();
        for (n, line) in tsv.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            let parsed = line
                .rsplit_once('\t')
                .and_then(|(f, w)| Some((f, w.parse::<f32>().ok()?)));
            let Some((feature, weight)) = parsed else {
                return Err(format!(
                    "{kind} model line {}: expected a feature, a tab and a weight",
                    n + 1
                ));
            };
            by_key.insert(name_key(feature), weight);
        }
        Ok(WeightTable {
            tsv: tsv.to_string(),
            by_key,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feature_seen_only_with_positive_labels_gets_a_positive_weight() {
        let mut perceptron = Perceptron::default();
        for i in 0..20 {
            let good = perceptron.feature("w=", &[Slot::of("said")]);
            let bad = perceptron.feature("w=", &[Slot::of("table")]);
            let bias = perceptron.feature("bias", &[]);
            perceptron.update(&[if i % 2 == 0 { good } else { bad }, bias], i % 2 == 0);
        }
        let table = WeightTable::from_named(perceptron.averaged(0.0));
        assert!(table.weight("w=", &[Slot::of("said")]) > 0.0);
        assert!(table.weight("w=", &[Slot::of("table")]) < 0.0);
        assert_eq!(table.weight("w=", &[Slot::of("unseen")]), 0.0);
        assert_eq!(WeightTable::from_tsv(&table.to_tsv(), "test"), Ok(table));
    }

    #[test]
    fn each_run_gets_its_own_seed_and_the_runs_weights_are_averaged() {
        let mut start = Perceptron::default();
        let said = start.feature("w=", &[Slot::of("said")]);
        let mut seeds = Vec::new();
        let named = averaged_runs(&start, 2, 0.0, |perceptron, seed| {
            seeds.push(*seed);
            // The first run learns `said` (averaged weight 0.5 over its
            // two steps), the second nothing.
            let positive = seeds.len() == 1;
            perceptron.update(&[said], positive);
            perceptron.update(&[said], positive);
        });
        assert_eq!(named, [("w=\tsaid".to_string(), 0.25)]);
        assert_ne!(seeds[0], seeds[1]);
    }

    #[test]
    fn a_malformed_weight_line_is_named() {
        let err = WeightTable::from_tsv("w=\tsaid\t1.5\nbroken\n", "test").unwrap_err();
        assert_eq!(
            err,
            "test model line 2: expected a feature, a tab and a weight"
        );
    }
}
