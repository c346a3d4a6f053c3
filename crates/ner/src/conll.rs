//! CoNLL-2003 files: documents of sentences of (token, tag), IOB1 or IOB2
//! tags decoded to entity spans, and conlleval-style scoring.

use newsnlp_core::{EntityKind, Prf};
use serde::Serialize;

/// A sentence: its tokens and their gold entity spans (token ranges).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sentence {
    /// Token texts.
    pub tokens: Vec<String>,
    /// Gold entities as (first token, one past last token, kind).
    pub entities: Vec<(usize, usize, EntityKind)>,
}

/// A document: the sentences between two `-DOCSTART-` lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConllDocument {
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
}

/// A malformed line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("CoNLL line {line}: {message}")]
pub struct ConllError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Reads a CoNLL-2003 file (token first, NER tag last on each line).
pub fn read_conll(input: &str) -> Result<Vec<ConllDocument>, ConllError> {
    let mut docs = vec![ConllDocument::default()];
    let mut tokens = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    let flush =
        |docs: &mut Vec<ConllDocument>, tokens: &mut Vec<String>, tags: &mut Vec<String>| {
            if !tokens.is_empty() {
                let entities = decode_iob(tags);
                let doc = docs.last_mut().expect("there is always a current document");
                doc.sentences.push(Sentence {
                    tokens: std::mem::take(tokens),
                    entities,
                });
                tags.clear();
            }
        };
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut docs, &mut tokens, &mut tags);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut docs, &mut tokens, &mut tags);
            if !docs.last().is_some_and(|d| d.sentences.is_empty()) {
                docs.push(ConllDocument::default());
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let token = cols.next();
        let tag = cols.last();
        match (token, tag) {
            (Some(token), Some(tag)) => {
                tokens.push(token.to_string());
                tags.push(tag.to_string());
            }
            _ => {
                return Err(ConllError {
                    line: n + 1,
                    message: "expected a token and a tag".to_string(),
                })
            }
        }
    }
    flush(&mut docs, &mut tokens, &mut tags);
    docs.retain(|d| !d.sentences.is_empty());
    Ok(docs)
}

/// Decodes IOB1 or IOB2 tags (conlleval semantics): an entity starts at
/// `B-X`, or at `I-X` after `O` or another type.
pub fn decode_iob<S: AsRef<str>>(tags: &[S]) -> Vec<(usize, usize, EntityKind)> {
    let mut entities = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let tag = tag.as_ref();
        let parsed = tag
            .split_once('-')
            .and_then(|(prefix, label)| Some((prefix, EntityKind::from_label(label)?)));
        match parsed {
            Some((prefix, kind)) => {
                let continues = prefix == "I" && open.is_some_and(|(_, k)| k == kind);
                if !continues {
                    if let Some((start, k)) = open.take() {
                        entities.push((start, i, k));
                    }
                    open = Some((i, kind));
                }
            }
            None => {
                if let Some((start, k)) = open.take() {
                    entities.push((start, i, k));
                }
            }
        }
    }
    if let Some((start, k)) = open {
        entities.push((start, tags.len(), k));
    }
    entities
}

/// Exact-span scores, overall and per type.
#[derive(Clone, Debug, Default, Serialize)]
pub struct NerScores {
    /// Counts over all types.
    pub overall: Prf,
    /// Counts per type, in `EntityKind::ALL` order.
    pub per_type: Vec<(String, Prf)>,
}

impl NerScores {
    /// Scores predicted against gold entities of the same sentences.
    pub fn add(
        &mut self,
        predicted: &[(usize, usize, EntityKind)],
        gold: &[(usize, usize, EntityKind)],
    ) {
        if self.per_type.is_empty() {
            self.per_type = EntityKind::ALL
                .iter()
                .map(|k| (k.label().to_string(), Prf::default()))
                .collect();
        }
        for p in predicted {
            let hit = gold.contains(p);
            let counts = if hit {
                Prf::from_matches(1, 1, 1)
            } else {
                Prf::from_matches(0, 1, 0)
            };
            self.overall.add(counts);
            self.per_type[p.2.index()].1.add(counts);
        }
        for g in gold.iter().filter(|g| !predicted.contains(g)) {
            let missed = Prf::from_matches(0, 0, 1);
            self.overall.add(missed);
            self.per_type[g.2.index()].1.add(missed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_and_iob2_decode_the_same_entities() {
        let iob1 = ["I-ORG", "O", "I-MISC", "I-PER", "I-PER", "B-PER", "O"];
        let iob2 = ["B-ORG", "O", "B-MISC", "B-PER", "I-PER", "B-PER", "O"];
        let expected = vec![
            (0, 1, EntityKind::Organization),
            (2, 3, EntityKind::Misc),
            (3, 5, EntityKind::Person),
            (5, 6, EntityKind::Person),
        ];
        assert_eq!(decode_iob(&iob1), expected);
        assert_eq!(decode_iob(&iob2), expected);
    }

    #[test]
    fn documents_and_sentences_are_read() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n";
        let docs = read_conll(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(
            docs[1].sentences[0].entities,
            vec![(0, 1, EntityKind::Location)]
        );
    }

    #[test]
    fn scores_count_exact_spans_only() {
        let mut s = NerScores::default();
        s.add(
            &[(0, 2, EntityKind::Person), (3, 4, EntityKind::Location)],
            &[(0, 2, EntityKind::Person), (3, 5, EntityKind::Location)],
        );
        assert_eq!(s.overall, Prf::from_matches(1, 2, 2));
        assert_eq!(s.overall.f1(), 50.0);
    }
}
