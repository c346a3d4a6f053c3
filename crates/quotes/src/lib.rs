//! # newsnlp-quotes
//!
//! Who said what: direct, partial and indirect quotes, each with its cue
//! and its speaker; a speaker mention (a name, or a pronoun or description
//! the `clusters` stage linked) is resolved to its entity cluster and that
//! cluster's canonical name.
//! Quote marks are paired with repair (a wrongly turned mark closes an open
//! quote; an unclosed one ends with its paragraph, with a diagnostic);
//! scare quotes with no speech cue are left out. Cues come from a lexicon
//! learned from PolNeAR ([`lexicon`]); [`eval`] scores against PolNeAR.
#![deny(missing_docs)]

pub mod brat;
pub mod eval;
mod extract;
pub mod lexicon;

use std::sync::Arc;

use newsnlp_core::{
    load_resource, resource_text, Document, Layer, LayerName, Shipped, Stage, StageError,
    StageOptions,
};
use serde::Deserialize;

use lexicon::CueLexicon;

pub use extract::extract;

/// The stage's registered name.
pub const STAGE_NAME: &str = "quotes";

/// The cue lexicon learned by `newsnlp train quotes` from PolNeAR train.
const SHIPPED_CUES: &str = include_str!("../model/cues.tsv");

/// The shipped cue lexicon, parsed once per process.
pub fn shipped_lexicon() -> Result<Arc<CueLexicon>, String> {
    static LEXICON: Shipped<CueLexicon> = Shipped::new();
    LEXICON.get(|| CueLexicon::from_tsv(SHIPPED_CUES))
}

/// Options of the `quotes` stage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuoteOptions {
    /// A cue lexicon file to use instead of the shipped one.
    pub cues: Option<std::path::PathBuf>,
}

/// Finds quotes and attributes them.
#[derive(Clone, Debug)]
pub struct QuoteStage {
    lexicon: Arc<CueLexicon>,
}

const REQUIRES: &[LayerName] = &[
    LayerName::Tokens,
    LayerName::Sentences,
    LayerName::Paragraphs,
    LayerName::Entities,
    LayerName::Clusters,
];
const PROVIDES: &[LayerName] = &[LayerName::Quotes];

impl QuoteStage {
    /// A stage using `lexicon`.
    pub fn new(lexicon: Arc<CueLexicon>) -> Self {
        QuoteStage { lexicon }
    }

    /// Builds the stage from pipeline-file options.
    pub fn from_options(options: &StageOptions) -> Result<Box<dyn Stage>, StageError> {
        let options: QuoteOptions = options.parse()?;
        let lexicon = load_resource(
            STAGE_NAME,
            "cue lexicon",
            options.cues.as_deref(),
            |bytes| resource_text(bytes).and_then(CueLexicon::from_tsv),
            shipped_lexicon,
        )?;
        Ok(Box::new(QuoteStage::new(lexicon)))
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &str {
        STAGE_NAME
    }

    fn requires(&self) -> &[LayerName] {
        REQUIRES
    }

    fn provides(&self) -> &[LayerName] {
        PROVIDES
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let (quotes, diagnostics) = extract(doc, &self.lexicon, STAGE_NAME);
        doc.layers.quotes = Some(Layer::new(STAGE_NAME, quotes));
        doc.layers.diagnostics.extend(diagnostics);
        Ok(())
    }
}
