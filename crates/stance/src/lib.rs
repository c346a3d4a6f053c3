//! # newsnlp-stance
//!
//! How each speaker stands toward the people, countries and organisations
//! they talk about. A target-dependent polarity model ([`model`], trained
//! by [`train`] on NewsMTSC, read by [`newsmtsc`]) scores an entity
//! mention in its sentence as negative, neutral or positive. The stage
//! applies it to every entity cluster a quote's content names, from the
//! quote's speaker, and to the targets of stance acts (`accused Russia`,
//! `praised Kim`), whose sign the act gives ([`find_stances`]).
#![deny(missing_docs)]

mod extract;
pub mod features;
pub mod model;
pub mod newsmtsc;
pub mod prior;
pub mod train;

use std::path::PathBuf;
use std::sync::Arc;

use newsnlp_core::{
    load_resource, Document, Layer, LayerName, Shipped, Stage, StageError, StageOptions,
};
use serde::Deserialize;

pub use extract::find_stances;
use model::{StanceModel, StanceModelError};

/// The stage's registered name.
pub const STAGE_NAME: &str = "stance";

/// The model trained by `cargo xtask train stance` and shipped in the crate.
const SHIPPED_MODEL: &[u8] = include_bytes!("../model/stance-newsmtsc.bin");

/// The shipped model, decoded once per process and shared.
pub fn shipped_model() -> Result<Arc<StanceModel>, StanceModelError> {
    static MODEL: Shipped<StanceModel> = Shipped::new();
    MODEL
        .get(|| StanceModel::from_bytes(SHIPPED_MODEL))
        .map_err(StanceModelError::Corrupt)
}

/// Options of the `stance` stage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StanceOptions {
    /// A model file to use instead of the shipped one.
    pub model: Option<PathBuf>,
}

/// Scores speaker → target stances from quotes and acts.
#[derive(Clone, Debug)]
pub struct StanceStage {
    model: Arc<StanceModel>,
}

const REQUIRES: &[LayerName] = &[
    LayerName::Tokens,
    LayerName::Sentences,
    LayerName::Entities,
    LayerName::Clusters,
    LayerName::Quotes,
];
const PROVIDES: &[LayerName] = &[LayerName::Stances];

impl StanceStage {
    /// A stage using `model`.
    pub fn new(model: Arc<StanceModel>) -> Self {
        StanceStage { model }
    }

    /// Builds the stage from pipeline-file options.
    pub fn from_options(options: &StageOptions) -> Result<Box<dyn Stage>, StageError> {
        let options: StanceOptions = options.parse()?;
        let model = load_resource(
            STAGE_NAME,
            "stance model",
            options.model.as_deref(),
            StanceModel::from_bytes,
            || shipped_model().map_err(|e| e.to_string()),
        )?;
        Ok(Box::new(StanceStage::new(model)))
    }
}

impl Stage for StanceStage {
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
        let stances = find_stances(doc, &self.model);
        doc.layers.stances = Some(Layer::new(STAGE_NAME, stances));
        Ok(())
    }
}
