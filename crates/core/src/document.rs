//! The document: an article's id, its original text, metadata and layers.

use serde::{Deserialize, Serialize};

use crate::layer::Layers;

/// An article and everything the stages have said about it.
///
/// `text` is never modified after construction: every span in [`Layers`]
/// points into it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Caller-supplied identifier, unique within a corpus.
    pub id: String,
    /// The original article text, exactly as given.
    pub text: String,
    /// Title, date, url, source and any extra input fields.
    pub meta: Metadata,
    /// Annotation layers written by the stages.
    pub layers: Layers,
}

/// Article metadata. Fields the reader does not know are kept verbatim in
/// `extra` so they round-trip to the output.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// Headline, when given separately from the text.
    pub title: Option<String>,
    /// Publication date as given (not parsed).
    pub date: Option<String>,
    /// Address of the article.
    pub url: Option<String>,
    /// Publisher or feed name.
    pub source: Option<String>,
    /// Other input fields in input order: name and the field's JSON text.
    pub extra: Vec<(String, String)>,
}

/// Why a document could not be built.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    /// Spans are `u32` byte offsets, so a text cannot exceed 4 GiB.
    #[error("text of {len} bytes exceeds the {max} bytes a document can hold")]
    TooLarge {
        /// Length of the rejected text in bytes.
        len: usize,
        /// The largest length allowed.
        max: usize,
    },
}

impl Document {
    /// A document with empty metadata and no layers.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Result<Self, DocumentError> {
        let text = text.into();
        let max = u32::MAX as usize;
        if text.len() > max {
            return Err(DocumentError::TooLarge {
                len: text.len(),
                max,
            });
        }
        Ok(Document {
            id: id.into(),
            text,
            meta: Metadata::default(),
            layers: Layers::default(),
        })
    }
}
