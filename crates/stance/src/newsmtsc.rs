//! Reading NewsMTSC (target-dependent sentiment in news sentences).
//!
//! One JSON object per line: `sentence_normalized` and `targets`, each
//! target with `from` / `to` (code-point offsets, `to` exclusive) and
//! `polarity` 2.0 (negative), 4.0 (neutral) or 6.0 (positive).

use std::path::Path;

use newsnlp_core::{Polarity, Span};
use serde::Deserialize;

/// One labelled target in one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetExample {
    /// The sentence's index in its file (examples of one sentence share it).
    pub sentence: usize,
    /// The target's byte span in the sentence.
    pub target: Span,
    /// The gold polarity.
    pub polarity: Polarity,
}

/// A NewsMTSC file: its sentences and the labelled targets in them.
#[derive(Clone, Debug, Default)]
pub struct NewsMtsc {
    /// The sentences, in file order.
    pub sentences: Vec<String>,
    /// The targets, in file order.
    pub examples: Vec<TargetExample>,
}

/// Why a NewsMTSC file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum NewsMtscError {
    /// The file cannot be read.
    #[error("{path}: {error}")]
    Io {
        /// The file.
        path: String,
        /// The failure. (in the message, not a separate cause, so that a
        /// report of the whole chain names it once)
        error: std::io::Error,
    },
    /// A line is not a NewsMTSC record.
    #[error("{path}:{line}: {message}")]
    Record {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

#[derive(Deserialize)]
struct Record {
    sentence_normalized: String,
    targets: Vec<Target>,
}

#[derive(Deserialize)]
struct Target {
    from: usize,
    to: usize,
    polarity: f64,
}

/// The polarity of a NewsMTSC label.
fn polarity_of(label: f64) -> Option<Polarity> {
    match label as i64 {
        2 if label == 2.0 => Some(Polarity::Negative),
        4 if label == 4.0 => Some(Polarity::Neutral),
        6 if label == 6.0 => Some(Polarity::Positive),
        _ => None,
    }
}

/// Reads a NewsMTSC JSONL file.
pub fn read_newsmtsc(path: &Path) -> Result<NewsMtsc, NewsMtscError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| NewsMtscError::Io {
        path: name.clone(),
        error,
    })?;
    parse_newsmtsc(&text, &name)
}

/// Parses NewsMTSC JSONL text; `name` names it in errors.
pub fn parse_newsmtsc(text: &str, name: &str) -> Result<NewsMtsc, NewsMtscError> {
    let mut data = NewsMtsc::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| NewsMtscError::Record {
            path: name.to_string(),
            line: n + 1,
            message,
        };
        let record: Record = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let sentence = data.sentences.len();
        let starts: Vec<usize> = record
            .sentence_normalized
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(record.sentence_normalized.len()))
            .collect();
        for target in &record.targets {
            let (Some(&start), Some(&end)) = (starts.get(target.from), starts.get(target.to))
            else {
                return Err(bad(format!(
                    "target {}..{} is outside the sentence of {} characters",
                    target.from,
                    target.to,
                    starts.len() - 1
                )));
            };
            if start >= end {
                return Err(bad(format!("empty target {}..{}", target.from, target.to)));
            }
            let polarity = polarity_of(target.polarity)
                .ok_or_else(|| bad(format!("unknown polarity {}", target.polarity)))?;
            data.examples.push(TargetExample {
                sentence,
                target: Span::new(start, end),
                polarity,
            });
        }
        data.sentences.push(record.sentence_normalized);
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_point_offsets_become_byte_spans() {
        let line = r#"{"primary_gid":"x","sentence_normalized":"“Trump” slammed Obama.","targets":[{"from":1,"to":6,"mention":"Trump","polarity":2.0},{"from":16,"to":21,"polarity":6.0}]}"#;
        let data = parse_newsmtsc(line, "t.jsonl").unwrap();
        let s = &data.sentences[0];
        assert_eq!(data.examples[0].target.text(s), Some("Trump"));
        assert_eq!(data.examples[0].polarity, Polarity::Negative);
        assert_eq!(data.examples[1].target.text(s), Some("Obama"));
        assert_eq!(data.examples[1].polarity, Polarity::Positive);
    }

    #[test]
    fn a_bad_record_names_its_line_and_fault() {
        let text = "{\"sentence_normalized\":\"ab\",\"targets\":[]}\n{\"sentence_normalized\":\"ab\",\"targets\":[{\"from\":0,\"to\":9,\"polarity\":4.0}]}";
        let err = parse_newsmtsc(text, "t.jsonl").unwrap_err().to_string();
        assert!(
            err.starts_with("t.jsonl:2:") && err.contains("outside"),
            "{err}"
        );
        let err = parse_newsmtsc(
            "{\"sentence_normalized\":\"ab\",\"targets\":[{\"from\":0,\"to\":1,\"polarity\":5.0}]}",
            "t.jsonl",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("unknown polarity 5"), "{err}");
    }
}
