//! # newsnlp
//!
//! Reads news articles by the million and says who is in them, who said
//! what, and how each speaker stands toward the people, countries and
//! organisations they talk about.
//!
//! This facade re-exports the workspace crates and assembles the built-in
//! stages into a [`Registry`]:
//!
//! ```
//! use newsnlp::{core::Document, registry, DEFAULT_PIPELINE};
//! use newsnlp::core::PipelineSpec;
//!
//! let spec = PipelineSpec::parse(DEFAULT_PIPELINE, "default").unwrap();
//! let pipeline = registry().build(&spec).unwrap();
//! let mut doc = Document::new("a1", "Kim Jong-un met Vladimir Putin. They talked.").unwrap();
//! pipeline.process(&mut doc).unwrap();
//! assert_eq!(doc.layers.sentence_items().len(), 2);
//! ```
#![deny(missing_docs)]

pub use newsnlp_clusters as clusters;
pub use newsnlp_core as core;
pub use newsnlp_io as io;
pub use newsnlp_ner as ner;
pub use newsnlp_quotes as quotes;
pub use newsnlp_stance as stance;
pub use newsnlp_tokenize as tokenize;

pub use newsnlp_core::Registry;

/// The default pipeline (`pipelines/default.toml`): every stage that exists.
pub const DEFAULT_PIPELINE: &str = include_str!("../pipelines/default.toml");

/// A registry holding every built-in stage.
pub fn registry() -> Registry {
    let mut registry = Registry::new();
    registry.register(
        newsnlp_tokenize::STAGE_NAME,
        newsnlp_tokenize::TokenizeStage::from_options,
    );
    registry.register(newsnlp_ner::STAGE_NAME, newsnlp_ner::NerStage::from_options);
    registry.register(
        newsnlp_clusters::STAGE_NAME,
        newsnlp_clusters::ClusterStage::from_options,
    );
    registry.register(
        newsnlp_quotes::STAGE_NAME,
        newsnlp_quotes::QuoteStage::from_options,
    );
    registry.register(
        newsnlp_stance::STAGE_NAME,
        newsnlp_stance::StanceStage::from_options,
    );
    registry
}
