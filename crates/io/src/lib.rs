//! # newsnlp-io
//!
//! Getting articles in and annotations out, without losing a record:
//!
//! - [`read`]: JSONL, plain-text files and directories, stdin; every bad
//!   record becomes a [`RecordError`] naming the input, line and id.
//! - [`jsonl`]: the versioned JSONL annotation schema (byte and char offsets).
//! - [`docbin`]: a compact binary corpus format with magic header, version and
//!   per-record checksums.
//! - [`graph`]: the corpus graph of speaker → target stances by canonical
//!   names (CSV, JSON, GraphML, GEXF).
//! - [`output`]: atomic output files (temp file, then rename) that an
//!   interrupted run can resume.
//! - [`runner`]: reader → bounded queue of batches → parallel pipeline →
//!   ordered writer, memory flat whatever the corpus size.
#![deny(missing_docs)]

pub mod docbin;
pub mod graph;
pub mod jsonl;
pub mod output;
pub mod read;
pub mod runner;

use serde::{Deserialize, Serialize};

/// A record that could not be annotated: what, where, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{input}:{line}: {}{reason}", id.as_deref().map(|i| format!("record `{i}`: ")).unwrap_or_default())]
pub struct RecordError {
    /// The input it came from (file path, `-` for stdin, `sample`).
    pub input: String,
    /// 1-based line in a JSONL input; 0 for whole-file inputs.
    pub line: u64,
    /// The record's id, when it could be read.
    pub id: Option<String>,
    /// The stage that failed, when the failure came from a stage.
    pub stage: Option<String>,
    /// What was wrong.
    pub reason: String,
}

/// One output record: an annotated document or the error that replaced it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Record {
    /// An annotated document.
    Doc(Box<newsnlp_core::Document>),
    /// A record that failed.
    Error(RecordError),
}

impl Record {
    /// The record's id, if known.
    pub fn id(&self) -> Option<&str> {
        match self {
            Record::Doc(d) => Some(&d.id),
            Record::Error(e) => e.id.as_deref(),
        }
    }
}

/// Counts words as every tool in the project does: tokens that are not
/// punctuation nor symbols, or whitespace-separated words when the document
/// has no token layer.
pub fn word_count(doc: &newsnlp_core::Document) -> usize {
    match &doc.layers.tokens {
        Some(tokens) => tokens.items.iter().filter(|t| t.is_word()).count(),
        None => doc.text.split_whitespace().count(),
    }
}
