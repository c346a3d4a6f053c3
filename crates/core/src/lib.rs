//! # newsnlp-core
//!
//! The small crate every newsnlp stage depends on. It owns:
//!
//! - the document model: [`Document`] (id, original text, metadata) and its
//!   annotation [`Layers`], whose spans are **byte offsets into the original
//!   text**, never into a normalised copy ([`Span`], [`OffsetIndex`] for char
//!   and UTF-16 offsets);
//! - the [`Stage`] trait that every stage implements, declaring the layers it
//!   requires and the layers it provides;
//! - [`Pipeline`], which checks those declarations when it is built and runs
//!   stages over batches of documents in parallel;
//! - [`Registry`] and [`PipelineSpec`], so pipelines can be described in TOML
//!   and third-party stages plug in by name.
//!
//! A stage crate depends on this crate alone (plus its own dependencies).
#![deny(missing_docs)]

mod document;
pub mod english;
mod fast_hash;
mod key_table;
mod layer;
mod model_file;
mod pipeline;
mod registry;
mod resource;
mod score;
mod span;
mod stage;
mod stance;
mod word_map;

pub use document::{Document, DocumentError, Metadata};
pub use fast_hash::{fnv1a, FastMap, FastSet, TableHasher, FNV_OFFSET};
pub use key_table::{prefetch, KeyTable, TableKey};
pub use layer::{
    is_quote_char, tokens_within, word_shape, Diagnostic, Entity, EntityCluster, EntityKind,
    LabelledSpan, Layer, LayerName, Layers, Quote, QuoteKind, QuoteMark, ShapeClass, Token,
    TokenFlags, TokenKind, TokenSpans,
};
pub use model_file::{ModelFileError, ModelFormat};
pub use pipeline::{Pipeline, PipelineError, RecordFailure};
pub use registry::{PipelineSpec, Registry, StageFactory, StageOptions, StageSpec};
pub use resource::{load_resource, load_table, Shipped};
pub use score::Prf;
pub use span::{OffsetIndex, Span};
pub use stage::{Stage, StageError};
pub use stance::{stance_edges, Polarity, Stance, StanceEdge, NEUTRAL_BAND};
pub use word_map::WordMap;
