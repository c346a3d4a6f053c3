//! # newsnlp-quotes
//!
//! Who said what: direct, partial and indirect quotes, each with its cue
//! and its speaker; a speaker mention (a name, or a pronoun or description
//! the `clusters` stage linked) is resolved to its entity cluster and that
//! cluster's canonical name.
//! Quote marks are paired with repair (a wrongly turned mark closes an open
//! quote; an unclosed one ends with its paragraph, with a diagnostic);
//! scare quotes with no speech cue are left out. Cues come from a lexicon
//! learned from PolNeAR ([`lexicon`]), where an indirect content ends from
//! a learned model ([`content_ends`]), and which reports the rules doubt
//! stand from a learned scorer ([`reports`]); [`eval`] scores against
//! PolNeAR.
#![deny(missing_docs)]

pub mod brat;
pub mod content_ends;
pub mod eval;
mod extract;
pub mod lexicon;
mod linear;
pub mod reports;
mod time_words;

use std::sync::Arc;

use newsnlp_core::{
    load_resource, load_table, Document, Layer, LayerName, Shipped, Stage, StageError, StageOptions,
};
use serde::Deserialize;

use content_ends::ContentEnds;
use lexicon::CueLexicon;
use reports::ReportScorer;

pub use extract::{extract, Models};

/// The stage's registered name.
pub const STAGE_NAME: &str = "quotes";

/// The cue lexicon learned by `newsnlp train quotes` from PolNeAR train.
const SHIPPED_CUES: &str = include_str!("../model/cues.tsv");

/// The content-end model learned by `newsnlp train quotes --content-ends`
/// from PolNeAR train.
const SHIPPED_CONTENT_ENDS: &[u8] = include_bytes!("../model/content-ends.bin");

/// The report scorer learned by `newsnlp train quotes --report-scorer` from
/// PolNeAR train.
const SHIPPED_REPORT_SCORER: &[u8] = include_bytes!("../model/report-scorer.bin");

/// The shipped report scorer, parsed once per process.
pub fn shipped_report_scorer() -> Result<Arc<ReportScorer>, String> {
    static MODEL: Shipped<ReportScorer> = Shipped::new();
    MODEL.get(|| ReportScorer::from_model_file(SHIPPED_REPORT_SCORER))
}

/// The shipped content-end model, parsed once per process.
pub fn shipped_content_ends() -> Result<Arc<ContentEnds>, String> {
    static MODEL: Shipped<ContentEnds> = Shipped::new();
    MODEL.get(|| ContentEnds::from_model_file(SHIPPED_CONTENT_ENDS))
}

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
    /// A content-end model file to use instead of the shipped one.
    pub content_ends: Option<std::path::PathBuf>,
    /// A report-scorer model file to use instead of the shipped one.
    pub report_scorer: Option<std::path::PathBuf>,
    /// Take only the reports the rules take, with no report scorer: fewer
    /// indirect quotes, more of them right (PolNeAR dev: content F1 65.97
    /// against 67.10 with the scorer, precision 77.8% against 75.3%).
    pub rules_only: bool,
}

/// Finds quotes and attributes them.
#[derive(Clone, Debug)]
pub struct QuoteStage {
    lexicon: Arc<CueLexicon>,
    ends: Arc<ContentEnds>,
    scorer: Arc<ReportScorer>,
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
    /// A stage using `lexicon`, the content-end model `ends` and the
    /// report scorer `scorer`.
    pub fn new(
        lexicon: Arc<CueLexicon>,
        ends: Arc<ContentEnds>,
        scorer: Arc<ReportScorer>,
    ) -> Self {
        QuoteStage {
            lexicon,
            ends,
            scorer,
        }
    }

    /// Builds the stage from pipeline-file options.
    pub fn from_options(options: &StageOptions) -> Result<Box<dyn Stage>, StageError> {
        let options: QuoteOptions = options.parse()?;
        let lexicon = load_table(
            STAGE_NAME,
            "cue lexicon",
            options.cues.as_deref(),
            CueLexicon::from_tsv,
            shipped_lexicon,
        )?;
        let ends = load_resource(
            STAGE_NAME,
            "content-end model",
            options.content_ends.as_deref(),
            ContentEnds::from_model_file,
            shipped_content_ends,
        )?;
        let scorer = if options.rules_only {
            Arc::new(ReportScorer::default())
        } else {
            load_resource(
                STAGE_NAME,
                "report-scorer model",
                options.report_scorer.as_deref(),
                ReportScorer::from_model_file,
                shipped_report_scorer,
            )?
        };
        Ok(Box::new(QuoteStage::new(lexicon, ends, scorer)))
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
        let models = Models {
            lexicon: &self.lexicon,
            ends: &self.ends,
            scorer: &self.scorer,
        };
        let (quotes, diagnostics) = extract(doc, models, STAGE_NAME);
        doc.layers.quotes = Some(Layer::new(STAGE_NAME, quotes));
        doc.layers.diagnostics.extend(diagnostics);
        Ok(())
    }
}
