//! The full names of people whom news calls by one name alone. An article
//! that writes only `Trump` or `President Tillerson`-style titles with a
//! surname gives its cluster the canonical name `Trump`, where another
//! article's is `Donald Trump`: a corpus summed up by speaker would count
//! one person twice. Over unlabeled news, each full name an article
//! writes out (`Rex Tillerson`) votes for its surname (`tillerson`), and
//! for its first word where the article also uses that word alone
//! (`Xi Jinping ... Xi said`: a family name written first); a name whose
//! votes agree on one full name takes it as its canonical name.

use newsnlp_core::{tokens_within, Document, EntityKind, FastMap};

use crate::first_names::called_alone;
use crate::names::name_form;

/// A single name is given a full name when at least this many articles
/// wrote that full name out…
const MIN_ARTICLES: u32 = 3;

/// …and that many make at least this share of the articles that wrote
/// any full name the single name is part of (`Johnson` stays `Johnson`).
const MIN_SHARE: f32 = 0.8;

/// Single name (lower case) → the full name it stands for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FullNames {
    by_name: FastMap<String, String>,
}

impl FullNames {
    /// The full name a person called `name` alone (any case) bears, if
    /// the table knows one.
    pub fn full_name(&self, name: &str) -> Option<&str> {
        self.by_name.get(&name.to_lowercase()).map(String::as_str)
    }

    /// How many names the table knows.
    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    /// True when the table knows no name.
    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    /// Reads the table: `#` comment lines, then one name a line, tab
    /// separated: single name, full name, and any further columns (the
    /// votes). A malformed line is named.
    pub fn from_tsv(tsv: &str) -> Result<Self, String> {
        let mut by_name = FastMap::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut columns = line.split('\t');
            match (columns.next(), columns.next()) {
                (Some(name), Some(full)) if !name.is_empty() && full.contains(' ') => {
                    by_name.insert(name.to_lowercase(), full.to_string());
                }
                _ => {
                    return Err(format!(
                        "full-name table line {}: expected a single name and a full name of two words or more",
                        n + 1
                    ))
                }
            }
        }
        Ok(FullNames { by_name })
    }
}

/// For each single name, the articles that wrote out each full name it is
/// part of.
#[derive(Clone, Debug, Default)]
pub struct FullNameEvidence {
    /// Single name → full name → articles.
    articles: FastMap<String, FastMap<String, u32>>,
}

impl FullNameEvidence {
    /// Counts the votes of `doc`, annotated through the cluster stage:
    /// each person cluster whose name the article writes out in full
    /// votes once for its surname, and for its first word where the
    /// article uses that word alone.
    pub fn add(&mut self, doc: &Document) {
        let text = doc.text.as_str();
        let tokens = doc.layers.token_items();
        let entities = doc.layers.entity_items();
        for cluster in doc.layers.cluster_items() {
            if cluster.kind != EntityKind::Person {
                continue;
            }
            let forms: Vec<Vec<String>> = entities
                .iter()
                .filter(|e| cluster.mentions.binary_search(&e.span).is_ok())
                .map(|e| tokens_within(tokens, e.span))
                .filter(|&(a, b)| a < b)
                .map(|(a, b)| name_form(text, &tokens[a..b], EntityKind::Person).words)
                .collect();
            let full: Vec<String> = cluster.name.split(' ').map(str::to_lowercase).collect();
            let written_out = forms.contains(&full);
            let (Some(first), Some(last)) = (full.first(), full.last()) else {
                continue;
            };
            if full.len() < 2 || !written_out {
                continue;
            }
            let mut vote = |single: &str| {
                if single.chars().count() > 1 && single.chars().all(char::is_alphabetic) {
                    *self
                        .articles
                        .entry(single.to_string())
                        .or_default()
                        .entry(cluster.name.clone())
                        .or_default() += 1;
                }
            };
            vote(last);
            if called_alone(first, forms.iter().map(Vec::as_slice)) {
                vote(first);
            }
        }
    }

    /// Each single name whose votes agree, with its full name, that full
    /// name's articles and all the articles that voted for the name.
    fn agreed(&self) -> impl Iterator<Item = (&String, &String, u32, u32)> {
        self.articles.iter().filter_map(|(single, fulls)| {
            let total: u32 = fulls.values().sum();
            let (full, &top) = fulls
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))?;
            (top >= MIN_ARTICLES && top as f32 >= MIN_SHARE * total as f32)
                .then_some((single, full, top, total))
        })
    }

    /// The table of the names whose votes agree.
    pub fn table(&self) -> FullNames {
        let by_name = self
            .agreed()
            .map(|(single, full, _, _)| (single.clone(), full.clone()))
            .collect();
        FullNames { by_name }
    }

    /// The table as TSV, names in order, with the votes behind each.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<_> = self.agreed().collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut tsv = String::from(
            "# Full names of people that news calls by one name alone, written by\n\
             # `newsnlp train full-names` from unlabeled news.\n\
             # Columns (tab-separated): single name, full name, articles that wrote\n\
             # that full name out, articles that wrote out any full name of the single name.\n",
        );
        for (single, full, top, total) in rows {
            tsv.push_str(&format!("{single}\t{full}\t{top}\t{total}\n"));
        }
        tsv
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(votes: &[(&str, &str, u32)]) -> FullNameEvidence {
        let mut evidence = FullNameEvidence::default();
        for &(single, full, articles) in votes {
            evidence
                .articles
                .entry(single.into())
                .or_default()
                .insert(full.into(), articles);
        }
        evidence
    }

    #[test]
    fn a_name_takes_the_full_name_its_votes_agree_on_and_not_a_split_or_thin_one() {
        let table = evidence(&[
            ("tillerson", "Rex Tillerson", 9),
            ("johnson", "Boris Johnson", 5),
            ("johnson", "Gary Johnson", 4),
            ("wilders", "Geert Wilders", 2),
        ])
        .table();
        assert_eq!(table.full_name("Tillerson"), Some("Rex Tillerson"));
        assert_eq!(table.full_name("Johnson"), None);
        assert_eq!(table.full_name("Wilders"), None);
    }

    #[test]
    fn the_table_reads_back_what_it_writes_and_names_a_bad_line() {
        let evidence = evidence(&[("xi", "Xi Jinping", 12), ("tillerson", "Rex Tillerson", 4)]);
        let table = FullNames::from_tsv(&evidence.to_tsv()).unwrap();
        assert_eq!(table, evidence.table());
        assert_eq!(table.len(), 2);
        let err = FullNames::from_tsv("xi\tXi Jinping\ntrump\tTrump\n").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
    }
}
