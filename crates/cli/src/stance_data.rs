//! NewsMTSC files as stance-model features, tokenized by the tokenize
//! stage so that training and evaluation see what the pipeline sees.

use std::path::Path;

use newsnlp_core::{Document, Stage, Token};
use newsnlp_stance::features::Featurizer;
use newsnlp_stance::train::Prepared;
use newsnlp_tokenize::{TokenizeOptions, TokenizeStage};

/// Reads a NewsMTSC file and computes its targets' features.
pub fn prepare(path: &Path, featurizer: &Featurizer) -> anyhow::Result<Prepared> {
    let data = newsnlp_stance::newsmtsc::read_newsmtsc(path)?;
    let stage = TokenizeStage::new(TokenizeOptions::default());
    let tokenize = |sentence: &str| -> anyhow::Result<Vec<Token>> {
        let mut doc = Document::new("sentence", sentence)?;
        stage.process(&mut doc)?;
        Ok(doc.layers.token_items().to_vec())
    };
    newsnlp_stance::train::prepare(&data, tokenize, featurizer)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}
