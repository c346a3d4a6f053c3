//! The trait every stage implements.

use crate::document::Document;
use crate::layer::LayerName;

/// One step of a pipeline: reads some layers of a document, writes others.
///
/// # Contract
/// - `requires` names every layer `process` reads; `provides` every layer it
///   writes. The [`crate::Pipeline`] refuses to build when a required layer
///   is provided by no earlier stage, and turns a document into an error
///   record when a stage writes a layer it did not declare.
/// - Spans always point into `doc.text`, which a stage never changes.
/// - A stage holds no per-document state: the same instance processes many
///   documents at once from several threads. Models are loaded when the
///   stage is built and shared read-only.
/// - Odd but usable input gives annotations plus a [`crate::Diagnostic`];
///   an error is for a document the stage cannot process at all.
pub trait Stage: Send + Sync {
    /// The stage's registered name (`tokenize`, `ner`, ...).
    fn name(&self) -> &str;

    /// Layers this stage reads.
    fn requires(&self) -> &[LayerName];

    /// Layers this stage writes.
    fn provides(&self) -> &[LayerName];

    /// Annotates one document.
    fn process(&self, doc: &mut Document) -> Result<(), StageError>;
}

/// Why a stage could not be built or could not process a document.
#[derive(Debug, thiserror::Error)]
pub enum StageError {
    /// The stage's options in a pipeline file are wrong.
    #[error("stage `{stage}`: bad options: {message}")]
    Options {
        /// The stage name.
        stage: String,
        /// What is wrong.
        message: String,
    },
    /// The stage could not load what it needs (a model file, a lexicon).
    #[error("stage `{stage}`: cannot load {what}: {message}")]
    Load {
        /// The stage name.
        stage: String,
        /// What it tried to load.
        what: String,
        /// Why it failed.
        message: String,
    },
    /// The stage cannot process this document.
    #[error("stage `{stage}`: {message}")]
    Document {
        /// The stage name.
        stage: String,
        /// Why.
        message: String,
    },
}
