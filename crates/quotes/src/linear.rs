//! What the quote stage's learned models share: features named by a
//! template and the slots that fill it, hashed for scoring; the rows they
//! are learned in; an L2-regularised logistic regression to learn their
//! weights, by full-batch AdaGrad, which makes a model a function of its
//! training data alone (the averaged perceptrons it replaced moved PolNeAR
//! dev content F1 by up to 0.34 with the shuffle seed); and the weight
//! table with its TSV form (heaviest first), which the model files wrap in
//! the shared envelope.

use std::collections::HashMap;

use newsnlp_core::{fnv1a, KeyTable, ModelFormat, FNV_OFFSET};

/// One value a feature template is filled with: its text (for the
/// model's names) and the hash of that text (for scoring).
#[derive(Clone, Copy)]
pub(crate) struct Slot<'s> {
    pub(crate) text: &'s str,
    pub(crate) hash: u64,
}

impl<'s> Slot<'s> {
    /// The slot holding `text` (at compile time where `text` is a
    /// constant).
    pub(crate) const fn of(text: &'s str) -> Self {
        Slot {
            text,
            hash: slot_hash(text),
        }
    }

    /// The slot holding `true` or `false`.
    pub(crate) fn flag(value: bool) -> Slot<'static> {
        if value {
            slot!("true")
        } else {
            slot!("false")
        }
    }
}

/// A feature template: its name (for the model's names) and the hash of
/// the name (for scoring), worked out at compile time by [`template!`].
#[derive(Clone, Copy)]
pub(crate) struct Template {
    pub(crate) name: &'static str,
    pub(crate) hash: u64,
}

impl Template {
    /// The template named `name`.
    pub(crate) const fn new(name: &'static str) -> Self {
        Template {
            name,
            hash: slot_hash(name),
        }
    }
}

/// The [`Template`] named by a string literal, hashed at compile time
/// (the features are scored for every place a content may end).
macro_rules! template {
    ($name:literal) => {{
        const TEMPLATE: $crate::linear::Template = $crate::linear::Template::new($name);
        TEMPLATE
    }};
}
pub(crate) use template;

/// The [`Slot`] holding a constant string, hashed at compile time.
macro_rules! slot {
    ($text:expr) => {{
        const SLOT: $crate::linear::Slot<'static> = $crate::linear::Slot::of($text);
        SLOT
    }};
}
pub(crate) use slot;

/// The hash of a slot's (or a template's) text.
pub(crate) const fn slot_hash(text: &str) -> u64 {
    fnv1a(text.as_bytes(), FNV_OFFSET)
}

/// The key of a feature in the weight table: its template's hash mixed
/// with its slots' hashes, so that a sentence's words are hashed once.
pub(crate) fn feature_key(template: u64, slots: impl Iterator<Item = u64>) -> u64 {
    slots.fold(template, |key, slot| {
        (key ^ slot)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29)
    })
}

/// The name of a feature in the model file: its template and its slots,
/// tab-separated (no token holds a tab).
pub(crate) fn feature_name(template: Template, slots: &[Slot]) -> String {
    let mut name = template.name.to_string();
    for slot in slots {
        name.push('\t');
        name.push_str(slot.text);
    }
    name
}

/// A distance in tokens, in buckets that grow with it.
pub(crate) fn distance_bucket(d: usize) -> Slot<'static> {
    match d {
        0..=1 => slot!("1"),
        2 => slot!("2"),
        3 => slot!("3"),
        4..=5 => slot!("4-5"),
        6..=8 => slot!("6-8"),
        9..=12 => slot!("9-12"),
        13..=20 => slot!("13-20"),
        _ => slot!("21+"),
    }
}

/// The rows of the features seen in training, by key, with their names.
#[derive(Clone, Default)]
pub(crate) struct FeatureRows {
    index: HashMap<u64, usize>,
    names: Vec<String>,
}

impl FeatureRows {
    /// The row of the feature `template` filled with `slots`, added on
    /// first sight.
    pub(crate) fn row(&mut self, template: Template, slots: &[Slot]) -> usize {
        let key = feature_key(template.hash, slots.iter().map(|s| s.hash));
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.names.len();
        self.index.insert(key, i);
        self.names.push(feature_name(template, slots));
        i
    }

    /// The number of rows.
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    /// The features' names with `weights` (one per row), those smaller
    /// than `min_kept` dropped.
    pub(crate) fn named(self, weights: &[f32], min_kept: f32) -> Vec<(String, f32)> {
        self.names
            .into_iter()
            .zip(weights)
            .filter(|(_, w)| w.abs() >= min_kept)
            .map(|(name, &w)| (name, w))
            .collect()
    }

    /// The weight table learned from `examples` (the rows of their active
    /// features, and their labels) by [`logistic_weights`], weights
    /// smaller than `min_kept` left out.
    pub(crate) fn learn(
        self,
        examples: &[(Vec<usize>, bool)],
        l2: f32,
        passes: usize,
        min_kept: f32,
    ) -> WeightTable {
        let weights = logistic_weights(examples, self.len(), l2, passes);
        WeightTable::from_named(self.named(&weights, min_kept))
    }
}

/// Weights of an L2-regularised logistic regression over `examples`
/// (the rows of their active features, and their labels) with `features`
/// rows, by full-batch AdaGrad: `passes` steps over all examples at once,
/// so the weights depend on the examples alone, not on an order.
pub(crate) fn logistic_weights(
    examples: &[(Vec<usize>, bool)],
    features: usize,
    l2: f32,
    passes: usize,
) -> Vec<f32> {
    const STEP: f32 = 0.5;
    let mut weights = vec![0.0f32; features];
    let mut squared = vec![0.0f32; features];
    let mut gradient = vec![0.0f32; features];
    let per_example = 1.0 / examples.len().max(1) as f32;
    for _ in 0..passes {
        for (g, w) in gradient.iter_mut().zip(&weights) {
            *g = l2 * w;
        }
        for (active, positive) in examples {
            let score: f32 = active.iter().map(|&i| weights[i]).sum();
            let probability = 1.0 / (1.0 + (-score).exp());
            let error = (probability - f32::from(u8::from(*positive))) * per_example;
            for &i in active {
                gradient[i] += error;
            }
        }
        for ((w, g), s) in weights.iter_mut().zip(&gradient).zip(&mut squared) {
            *s += g * g;
            if *s > 0.0 {
                *w -= STEP * g / s.sqrt();
            }
        }
    }
    weights
}

/// Learned weights: as TSV (a feature's name, its weight; heaviest first
/// as learned), and by [`feature_key`] of the name (as scored). Loading a
/// model parses each line once and keeps its text whole, allocating no
/// string per feature.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct WeightTable {
    tsv: String,
    by_key: KeyTable<u64, f32>,
}

/// Features whose lookups [`WeightTable::sum`] starts together: more
/// than any model emits for one decision.
const PREFETCHED_FEATURES: usize = 64;

/// The key of a feature by its name (template and slots, tab-separated).
fn name_key(name: &str) -> u64 {
    let mut parts = name.split('\t');
    let template = parts.next().unwrap_or_default();
    feature_key(slot_hash(template), parts.map(slot_hash))
}

impl WeightTable {
    /// The table of these named weights.
    pub(crate) fn from_named(mut named: Vec<(String, f32)>) -> Self {
        named.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        let by_key =
            KeyTable::from_pairs(named.iter().map(|(name, weight)| (name_key(name), *weight)));
        let tsv = named
            .iter()
            .map(|(name, weight)| format!("{name}\t{weight}\n"))
            .collect();
        WeightTable { tsv, by_key }
    }

    /// The sum of the weights of the features `features` emits, added in
    /// the order emitted. Every feature's key is worked out, and its slot
    /// asked of memory, before the first weight is read, so that the
    /// lookups wait on memory together rather than one after another.
    pub(crate) fn sum(&self, features: impl FnOnce(&mut dyn FnMut(Template, &[Slot]))) -> f32 {
        let mut keys = [0u64; PREFETCHED_FEATURES];
        let mut prefetched = 0;
        let mut rest = 0.0;
        features(&mut |template, slots| {
            let key = feature_key(template.hash, slots.iter().map(|s| s.hash));
            if prefetched < PREFETCHED_FEATURES {
                self.by_key.prefetch(key);
                keys[prefetched] = key;
                prefetched += 1;
            } else {
                rest += self.by_key.get(key).unwrap_or(0.0);
            }
        });
        let first = keys[..prefetched]
            .iter()
            .fold(0.0, |sum, &key| sum + self.by_key.get(key).unwrap_or(0.0));
        first + rest
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
        let mut named = Vec::new();
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
            named.push((name_key(feature), weight));
        }
        Ok(WeightTable {
            tsv: tsv.to_string(),
            by_key: KeyTable::from_pairs(named.into_iter()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Examples: `said` (with a bias) is a report, `table` is none.
    fn said_and_table(rows: &mut FeatureRows) -> Vec<(Vec<usize>, bool)> {
        let said = rows.row(template!("w="), &[Slot::of("said")]);
        let table = rows.row(template!("w="), &[Slot::of("table")]);
        let bias = rows.row(template!("bias"), &[]);
        (0..20)
            .map(|i| {
                (
                    vec![if i % 2 == 0 { said } else { table }, bias],
                    i % 2 == 0,
                )
            })
            .collect()
    }

    #[test]
    fn a_feature_seen_only_with_positive_labels_gets_a_positive_weight() {
        let mut rows = FeatureRows::default();
        let examples = said_and_table(&mut rows);
        let weights = logistic_weights(&examples, rows.len(), 1e-4, 100);
        let table = WeightTable::from_named(rows.named(&weights, 0.0));
        assert!(table.sum(|emit| emit(template!("w="), &[Slot::of("said")])) > 0.0);
        assert!(table.sum(|emit| emit(template!("w="), &[Slot::of("table")])) < 0.0);
        assert_eq!(
            table.sum(|emit| emit(template!("w="), &[Slot::of("unseen")])),
            0.0
        );
        assert_eq!(WeightTable::from_tsv(&table.to_tsv(), "test"), Ok(table));
    }

    #[test]
    fn learned_weights_do_not_depend_on_the_order_of_the_examples() {
        let mut rows = FeatureRows::default();
        let examples = said_and_table(&mut rows);
        let reversed: Vec<_> = examples.iter().rev().cloned().collect();
        let forward = logistic_weights(&examples, rows.len(), 1e-4, 50);
        let backward = logistic_weights(&reversed, rows.len(), 1e-4, 50);
        for (f, b) in forward.iter().zip(&backward) {
            assert!((f - b).abs() < 1e-5, "{forward:?} against {backward:?}");
        }
    }

    #[test]
    fn a_stronger_penalty_learns_smaller_weights() {
        let mut rows = FeatureRows::default();
        let examples = said_and_table(&mut rows);
        let size = |l2| {
            logistic_weights(&examples, rows.len(), l2, 200)
                .iter()
                .map(|w| w.abs())
                .sum::<f32>()
        };
        assert!(size(0.1) < size(1e-4));
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
