//! Names harvested from unlabeled news (self-training). CoNLL-2003 is
//! Reuters news of 1996: its gazetteer knows Yeltsin but not Putin. A first
//! model tags a modern unlabeled corpus; every name it finds often, and
//! almost always as the same kind, joins a second gazetteer that the final
//! model's features read next to the gazetteer of labelled training names.

use newsnlp_core::{EntityKind, FastMap};
use rayon::prelude::*;

use crate::features::{Gazetteer, GAZETTEER_MAX_TOKENS};
use crate::model::Model;

/// Settings of [`harvest`].
#[derive(Clone, Debug)]
pub struct HarvestOptions {
    /// A name must be tagged at least this many times.
    pub min_count: usize,
    /// Share of its taggings its most frequent kind must have.
    pub min_share: f64,
}

impl Default for HarvestOptions {
    fn default() -> Self {
        HarvestOptions {
            min_count: 3,
            min_share: 0.8,
        }
    }
}

/// Kind counts of one lower-cased name, in [`EntityKind::ALL`] order.
type KindCounts = [usize; 4];

/// Tags `docs` (documents of tokenized sentences) with `model` and keeps
/// the names (at most [`GAZETTEER_MAX_TOKENS`] tokens, lower-cased) seen
/// often enough as mostly one kind; each gets that kind's bit.
pub fn harvest<S: AsRef<str> + Sync>(
    model: &Model,
    docs: &[Vec<Vec<S>>],
    options: &HarvestOptions,
) -> Gazetteer {
    let counts = docs
        .par_iter()
        .fold(FastMap::<String, KindCounts>::default, |mut counts, doc| {
            count_names(model, doc, &mut counts);
            counts
        })
        .reduce(FastMap::default, merge_counts);
    counts
        .into_iter()
        .filter_map(|(name, kinds)| Some((name, dominant_kind(&kinds, options)?)))
        .collect()
}

fn count_names<S: AsRef<str>>(
    model: &Model,
    doc: &[Vec<S>],
    counts: &mut FastMap<String, KindCounts>,
) {
    for (tokens, entities) in doc.iter().zip(model.tag_document(doc)) {
        for (start, end, kind, _) in entities {
            if end - start > GAZETTEER_MAX_TOKENS {
                continue;
            }
            let name = tokens[start..end]
                .iter()
                .map(|t| t.as_ref().to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            counts.entry(name).or_default()[kind.index()] += 1;
        }
    }
}

fn merge_counts(
    mut into: FastMap<String, KindCounts>,
    from: FastMap<String, KindCounts>,
) -> FastMap<String, KindCounts> {
    for (name, kinds) in from {
        let slot = into.entry(name).or_default();
        slot.iter_mut().zip(kinds).for_each(|(a, b)| *a += b);
    }
    into
}

/// The bit of the kind that has `min_share` of at least `min_count`
/// taggings, if one does.
fn dominant_kind(kinds: &KindCounts, options: &HarvestOptions) -> Option<u8> {
    let total: usize = kinds.iter().sum();
    let (best, &count) = EntityKind::ALL.iter().zip(kinds).max_by_key(|(_, &c)| c)?;
    let enough = total >= options.min_count && count as f64 >= options.min_share * total as f64;
    enough.then(|| Gazetteer::kind_bit(*best))
}

/// The names as TSV: lower-cased name, then its kind label.
pub fn to_tsv(names: &Gazetteer) -> String {
    let mut rows: Vec<(&String, u8)> = names.iter().collect();
    rows.sort();
    let mut out = String::new();
    for (name, kinds) in rows {
        for kind in EntityKind::ALL {
            if kinds & Gazetteer::kind_bit(kind) != 0 {
                out.push_str(&format!("{name}\t{}\n", kind.label()));
            }
        }
    }
    out
}

/// Reads [`to_tsv`]'s format; the error names the bad line.
pub fn from_tsv(tsv: &str) -> Result<Gazetteer, String> {
    let mut names = Gazetteer::new();
    for (n, line) in tsv.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
        let bad = |why: &str| format!("news names line {}: {why}", n + 1);
        let (name, label) = line
            .split_once('\t')
            .ok_or_else(|| bad("expected name TAB kind"))?;
        let kind = EntityKind::from_label(label).ok_or_else(|| bad("unknown kind"))?;
        names.insert(name.to_string(), Gazetteer::kind_bit(kind));
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_needs_enough_taggings_mostly_of_one_kind() {
        let options = HarvestOptions::default();
        assert_eq!(dominant_kind(&[5, 1, 0, 0], &options), Some(1));
        assert_eq!(dominant_kind(&[0, 0, 2, 0], &options), None);
        assert_eq!(dominant_kind(&[3, 3, 0, 0], &options), None);
    }

    #[test]
    fn names_survive_their_tsv() {
        let names: Gazetteer = [
            ("vladimir putin".to_string(), 1u8),
            ("kremlin".to_string(), 4),
        ]
        .into_iter()
        .collect();
        assert_eq!(from_tsv(&to_tsv(&names)), Ok(names));
        assert!(from_tsv("putin\tXYZ\n").unwrap_err().contains("line 1"));
    }
}
