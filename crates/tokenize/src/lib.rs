//! # newsnlp-tokenize
//!
//! The first stage of every newsnlp pipeline: tokens, sentences, paragraphs
//! and boilerplate for English news, every span a byte range of the original
//! text. Tokens follow Universal Dependencies English word segmentation, so
//! the stage is measured on UD English EWT and GUM ([`ud`]).
#![deny(missing_docs)]

mod boilerplate;
mod chars;
mod lexicon;
mod paragraphs;
mod sentences;
mod tokens;
pub mod ud;

use newsnlp_core::{Document, Layer, LayerName, Span, Stage, StageError, StageOptions, Token};
use serde::Deserialize;

pub use boilerplate::boilerplate;
pub use paragraphs::paragraphs;
pub use sentences::split_sentences;
pub use tokens::tokenize;

/// A text cut into paragraphs, tokens and sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segments {
    /// Paragraph spans, in order.
    pub paragraphs: Vec<Span>,
    /// Tokens, in order, each sentence's first marked `sentence_initial`.
    pub tokens: Vec<Token>,
    /// Sentence spans, in order, each within a paragraph.
    pub sentences: Vec<Span>,
}

/// Paragraphs, tokens and sentences of `text` in one go: the same as
/// [`paragraphs`], [`tokenize`] and [`split_sentences`] called in turn,
/// but the tokenizer hands the splitter the tokens that may end a
/// sentence, so none is looked for twice.
pub fn segment(text: &str) -> Segments {
    let paragraphs = paragraphs(text);
    let (mut tokens, sentence_ends) = tokens::tokenize_marking_sentence_ends(text);
    let sentences = sentences::split_sentences_at(text, &mut tokens, &paragraphs, &sentence_ends);
    Segments {
        paragraphs,
        tokens,
        sentences,
    }
}

/// True for characters that separate tokens and belong to none: Unicode
/// white space, zero-width spaces, byte-order marks and control characters.
pub fn is_separator(c: char) -> bool {
    chars::classify(c) == chars::CharClass::Space
}

/// The stage's registered name.
pub const STAGE_NAME: &str = "tokenize";

/// Options of the `tokenize` stage in a pipeline file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TokenizeOptions {
    /// Mark boilerplate paragraphs (comment forms, share prompts, bylines).
    pub boilerplate: bool,
}

impl Default for TokenizeOptions {
    fn default() -> Self {
        TokenizeOptions { boilerplate: true }
    }
}

/// Paragraphs, tokens, sentences and boilerplate in one pass.
#[derive(Clone, Debug, Default)]
pub struct TokenizeStage {
    options: TokenizeOptions,
}

const PROVIDES: &[LayerName] = &[
    LayerName::Paragraphs,
    LayerName::Sentences,
    LayerName::Tokens,
    LayerName::Boilerplate,
];

impl TokenizeStage {
    /// A stage with the given options.
    pub fn new(options: TokenizeOptions) -> Self {
        TokenizeStage { options }
    }

    /// Builds the stage from pipeline-file options.
    pub fn from_options(options: &StageOptions) -> Result<Box<dyn Stage>, StageError> {
        Ok(Box::new(TokenizeStage::new(options.parse()?)))
    }
}

impl Stage for TokenizeStage {
    fn name(&self) -> &str {
        STAGE_NAME
    }

    fn requires(&self) -> &[LayerName] {
        &[]
    }

    fn provides(&self) -> &[LayerName] {
        PROVIDES
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let text = doc.text.as_str();
        let Segments {
            paragraphs,
            tokens,
            sentences,
        } = segment(text);
        let boilerplate = if self.options.boilerplate {
            boilerplate(text, &paragraphs, &sentences)
        } else {
            Vec::new()
        };
        let layers = &mut doc.layers;
        layers.tokens = Some(Layer::new(STAGE_NAME, tokens));
        layers.sentences = Some(Layer::new(STAGE_NAME, sentences));
        layers.boilerplate = Some(Layer::new(STAGE_NAME, boilerplate));
        layers.paragraphs = Some(Layer::new(STAGE_NAME, paragraphs));
        Ok(())
    }
}
