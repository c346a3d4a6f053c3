//! # newsnlp-stage-keywords
//!
//! An example of a stage written outside the newsnlp workspace's core
//! crates: a keyword / gazetteer tagger. It depends on `newsnlp-core` only,
//! reads the `tokens` layer and writes a labelled-span layer of its own
//! (`keywords` by default):
//!
//! ```toml
//! [[stage]]
//! name = "tokenize"
//!
//! [[stage]]
//! name = "keywords"
//! options = { layer = "policy", terms = { "sanctions" = "SANCTIONS", "denuclearization" = "NUCLEAR" } }
//! ```
//!
//! Terms match case-insensitively (ASCII letters) and only on token
//! boundaries, so `Korea` does not match inside `Koreans`. The longest term
//! wins where terms overlap.
#![deny(missing_docs)]

use std::collections::BTreeMap;

use newsnlp_core::{
    Document, LabelledSpan, Layer, LayerName, Registry, Span, Stage, StageError, StageOptions,
};
use serde::Deserialize;

/// The name this stage registers under.
pub const STAGE_NAME: &str = "keywords";

/// Options of the `keywords` stage.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct KeywordOptions {
    /// Name of the layer to write.
    pub layer: String,
    /// Term → label.
    pub terms: BTreeMap<String, String>,
    /// Match case exactly instead of ignoring ASCII case.
    pub case_sensitive: bool,
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions {
            layer: "keywords".to_string(),
            terms: BTreeMap::new(),
            case_sensitive: false,
        }
    }
}

/// Tags occurrences of known terms.
#[derive(Debug)]
pub struct KeywordStage {
    /// Terms sorted longest first, so the longest match wins.
    terms: Vec<(String, String)>,
    case_sensitive: bool,
    requires: [LayerName; 1],
    provides: [LayerName; 1],
    layer: String,
}

impl KeywordStage {
    /// Builds the stage; fails when no term is given.
    pub fn new(options: KeywordOptions) -> Result<Self, StageError> {
        if options.terms.is_empty() || options.terms.keys().any(|t| t.trim().is_empty()) {
            return Err(StageError::Options {
                stage: STAGE_NAME.to_string(),
                message: "`terms` must map at least one non-empty term to a label".to_string(),
            });
        }
        let mut terms: Vec<(String, String)> = options.terms.into_iter().collect();
        terms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        Ok(KeywordStage {
            terms,
            case_sensitive: options.case_sensitive,
            requires: [LayerName::Tokens],
            provides: [LayerName::Custom(options.layer.clone())],
            layer: options.layer,
        })
    }

    fn matches(&self, candidate: &str, term: &str) -> bool {
        if self.case_sensitive {
            candidate == term
        } else {
            candidate.eq_ignore_ascii_case(term)
        }
    }
}

impl Stage for KeywordStage {
    fn name(&self) -> &str {
        STAGE_NAME
    }

    fn requires(&self) -> &[LayerName] {
        &self.requires
    }

    fn provides(&self) -> &[LayerName] {
        &self.provides
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let text = doc.text.as_str();
        let tokens = doc.layers.token_items();
        let ends: Vec<u32> = tokens.iter().map(|t| t.span.end).collect();
        let mut found = Vec::new();
        let mut next_free = 0u32;
        for token in tokens {
            let start = token.span.start;
            if start < next_free || doc.layers.is_boilerplate(token.span) {
                continue;
            }
            let rest = &text[start as usize..];
            let hit = self.terms.iter().find(|(term, _)| {
                let end = start + term.len() as u32;
                rest.get(..term.len())
                    .is_some_and(|c| self.matches(c, term))
                    && ends.binary_search(&end).is_ok()
            });
            if let Some((term, label)) = hit {
                let span = Span::new(start as usize, start as usize + term.len());
                next_free = span.end;
                found.push(LabelledSpan {
                    span,
                    label: label.clone(),
                    score: 1.0,
                });
            }
        }
        doc.layers
            .custom
            .insert(self.layer.clone(), Layer::new(STAGE_NAME, found));
        Ok(())
    }
}

/// Adds the stage to a registry under [`STAGE_NAME`].
pub fn register(registry: &mut Registry) {
    registry.register(STAGE_NAME, |options: &StageOptions| {
        Ok(Box::new(KeywordStage::new(options.parse()?)?) as Box<dyn Stage>)
    });
}
