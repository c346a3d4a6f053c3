//! Word clusters learned from unlabeled news, so that a name never seen in
//! the labelled data still looks like the names it behaves like.
//!
//! Each frequent word gets a vector of positive pointwise mutual
//! information with its left and right neighbours (restricted to the most
//! frequent context words), randomly projected to a few dense dimensions and
//! normalised; spherical k-means groups the words into fine clusters, and
//! k-means over those centroids gives coarser levels, so each word carries
//! cluster ids at three granularities (like prefixes of Brown-cluster
//! paths).

use std::collections::HashMap;

use rayon::prelude::*;

/// Number of clusters at each level, finest first.
pub const LEVELS: [usize; 3] = [1000, 250, 60];

/// Cluster ids of one word, finest first.
pub type ClusterIds = [u16; 3];

/// Word → cluster ids.
pub type WordClusters = newsnlp_core::FastMap<String, ClusterIds>;

/// Settings of [`learn`].
#[derive(Clone, Debug)]
pub struct ClusterOptions {
    /// Words seen fewer times get no cluster.
    pub min_count: usize,
    /// Context words: the most frequent ones.
    pub contexts: usize,
    /// Dimensions after random projection.
    pub dims: usize,
    /// k-means iterations per level.
    pub iterations: usize,
    /// Seed of initialisation and projection.
    pub seed: u64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 5,
            contexts: 2000,
            dims: 192,
            iterations: 12,
            seed: 7,
        }
    }
}

fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// Learns clusters from tokenized documents.
pub fn learn<S: AsRef<str> + Sync>(docs: &[Vec<S>], options: &ClusterOptions) -> WordClusters {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for doc in docs {
        for t in doc {
            *counts.entry(t.as_ref()).or_insert(0) += 1;
        }
    }
    let mut by_freq: Vec<(&str, usize)> = counts.iter().map(|(&w, &c)| (w, c)).collect();
    by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let words: Vec<&str> = by_freq
        .iter()
        .filter(|(_, c)| *c >= options.min_count)
        .map(|(w, _)| *w)
        .collect();
    let word_index: HashMap<&str, usize> = words.iter().enumerate().map(|(i, &w)| (w, i)).collect();
    let context_index: HashMap<&str, usize> = by_freq
        .iter()
        .take(options.contexts)
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    // Co-occurrence counts: (word, side * contexts + context) -> count.
    let mut cooc: Vec<HashMap<u32, f32>> = vec![HashMap::new(); words.len()];
    for doc in docs {
        for (i, t) in doc.iter().enumerate() {
            let Some(&w) = word_index.get(t.as_ref()) else {
                continue;
            };
            let neighbours = [
                (i.checked_sub(1), 0usize),
                (Some(i + 1).filter(|&j| j < doc.len()), 1),
            ];
            for (j, side) in neighbours {
                if let Some(&c) = j.and_then(|j| context_index.get(doc[j].as_ref())) {
                    *cooc[w]
                        .entry((side * options.contexts + c) as u32)
                        .or_insert(0.0) += 1.0;
                }
            }
        }
    }
    let vectors = ppmi_projection(&cooc, options);
    let fine = spherical_kmeans(&vectors, LEVELS[0].min(words.len().max(1)), options);
    let centroids = centroids_of(&vectors, &fine.assignment, fine.k, options.dims);
    let mid = spherical_kmeans(&centroids, LEVELS[1].min(fine.k), options);
    let mid_centroids = centroids_of(&centroids, &mid.assignment, mid.k, options.dims);
    let coarse = spherical_kmeans(&mid_centroids, LEVELS[2].min(mid.k), options);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let f = fine.assignment[i];
            let m = mid.assignment[f];
            (
                w.to_string(),
                [f as u16, m as u16, coarse.assignment[m] as u16],
            )
        })
        .collect()
}

fn ppmi_projection(cooc: &[HashMap<u32, f32>], options: &ClusterOptions) -> Vec<Vec<f32>> {
    let mut context_totals: HashMap<u32, f32> = HashMap::new();
    let mut total = 0f32;
    for row in cooc {
        for (&c, &n) in row {
            *context_totals.entry(c).or_insert(0.0) += n;
            total += n;
        }
    }
    let dims = options.dims;
    let seed = options.seed;
    cooc.par_iter()
        .map(|row| {
            let word_total: f32 = row.values().sum();
            let mut v = vec![0f32; dims];
            for (&c, &n) in row {
                let pmi = (n * total / (word_total * context_totals[&c])).ln();
                if pmi <= 0.0 {
                    continue;
                }
                for (d, x) in v.iter_mut().enumerate() {
                    let sign = if mix(seed ^ ((c as u64) << 20) ^ d as u64) & 1 == 0 {
                        1.0
                    } else {
                        -1.0
                    };
                    *x += sign * pmi;
                }
            }
            normalize(&mut v);
            v
        })
        .collect()
}

fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

struct Clustering {
    k: usize,
    assignment: Vec<usize>,
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn spherical_kmeans(vectors: &[Vec<f32>], k: usize, options: &ClusterOptions) -> Clustering {
    let n = vectors.len();
    let k = k.max(1).min(n.max(1));
    // Spread the initial centroids over the frequency-ordered words.
    let mut cents: Vec<Vec<f32>> = (0..k)
        .map(|i| {
            vectors
                .get(
                    (i * n / k + (mix(options.seed ^ i as u64) as usize % (n / k).max(1)))
                        .min(n.saturating_sub(1)),
                )
                .cloned()
                .unwrap_or_else(|| vec![0.0; options.dims])
        })
        .collect();
    let mut assignment = vec![0usize; n];
    for _ in 0..options.iterations {
        assignment = vectors
            .par_iter()
            .map(|v| {
                (0..k)
                    .max_by(|&a, &b| dot(v, &cents[a]).total_cmp(&dot(v, &cents[b])))
                    .unwrap_or(0)
            })
            .collect();
        cents = centroids_of(vectors, &assignment, k, options.dims);
    }
    Clustering { k, assignment }
}

fn centroids_of(
    vectors: &[Vec<f32>],
    assignment: &[usize],
    k: usize,
    dims: usize,
) -> Vec<Vec<f32>> {
    let mut sums = vec![vec![0f32; dims]; k];
    for (v, &a) in vectors.iter().zip(assignment) {
        sums[a].iter_mut().zip(v).for_each(|(s, x)| *s += x);
    }
    sums.iter_mut().for_each(|s| normalize(s));
    sums
}

/// Writes clusters as TSV: word, then the ids finest first.
pub fn to_tsv(clusters: &WordClusters) -> String {
    let mut rows: Vec<_> = clusters.iter().collect();
    rows.sort();
    rows.iter()
        .map(|(w, c)| format!("{w}\t{}\t{}\t{}\n", c[0], c[1], c[2]))
        .collect()
}

/// Reads clusters written by [`to_tsv`]; a malformed line is named.
pub fn from_tsv(tsv: &str) -> Result<WordClusters, String> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(n, line)| {
            let mut cols = line.split('\t');
            let word = cols.next().unwrap_or_default().to_string();
            let mut ids = [0u16; 3];
            for id in &mut ids {
                *id = cols.next().and_then(|c| c.parse().ok()).ok_or_else(|| {
                    format!("cluster file line {}: expected a word and three ids", n + 1)
                })?;
            }
            Ok((word, ids))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_clusters() {
        let mut docs = Vec::new();
        for i in 0..200 {
            let city = ["Paris", "Berlin", "Madrid"][i % 3];
            let day = ["Monday", "Tuesday", "Friday"][i % 3];
            docs.push(vec!["talks", "in", city, "on", day, "ended", "."]);
        }
        let options = ClusterOptions {
            min_count: 2,
            contexts: 50,
            dims: 32,
            iterations: 5,
            seed: 3,
        };
        let clusters = learn(&docs, &options);
        assert_eq!(clusters["Paris"][2], clusters["Berlin"][2]);
        assert_eq!(clusters["Monday"][2], clusters["Friday"][2]);
        let tsv = to_tsv(&clusters);
        assert_eq!(from_tsv(&tsv).unwrap(), clusters);
    }
}
