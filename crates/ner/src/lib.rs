//! # newsnlp-ner
//!
//! Finds people, organisations, places and other names (CoNLL-2003 types
//! PER, ORG, LOC, MISC) in news text with a model the project trains itself:
//! averaged structured perceptrons over BILOU tags (several, trained on
//! different shuffles, averaged into one model), exact Viterbi decoding,
//! word, affix, shape, context, document-level and gazetteer features
//! ([`features`]), and a second gazetteer of names harvested from
//! unlabeled news ([`news_names`]). The trained model ships inside the
//! crate.
#![deny(missing_docs)]

pub mod clusters;
pub mod conll;
pub mod features;
pub mod model;
pub mod news_names;
pub mod tags;
pub mod train;
mod word_cache;

use std::path::PathBuf;
use std::sync::Arc;

use newsnlp_core::{
    load_resource, Document, Entity, EntityKind, Layer, LayerName, Shipped, Span, Stage,
    StageError, StageOptions, Token,
};
use serde::Deserialize;

use model::{Model, ModelError};

/// The stage's registered name.
pub const STAGE_NAME: &str = "ner";

/// The model trained by `cargo xtask train ner` and shipped in the crate.
const SHIPPED_MODEL: &[u8] = include_bytes!("../model/ner-conll2003.bin");

/// The shipped model, decoded once per process and shared.
pub fn shipped_model() -> Result<Arc<Model>, ModelError> {
    static MODEL: Shipped<Model> = Shipped::new();
    MODEL
        .get(|| Model::from_bytes(SHIPPED_MODEL))
        .map_err(ModelError::Corrupt)
}

/// Options of the `ner` stage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NerOptions {
    /// A model file to use instead of the shipped one.
    pub model: Option<PathBuf>,
}

/// Tags PER, ORG, LOC and MISC entities in each sentence of a document.
#[derive(Clone, Debug)]
pub struct NerStage {
    model: Arc<Model>,
}

const REQUIRES: &[LayerName] = &[LayerName::Tokens, LayerName::Sentences];
const PROVIDES: &[LayerName] = &[LayerName::Entities];

impl NerStage {
    /// A stage using `model`.
    pub fn new(model: Arc<Model>) -> Self {
        NerStage { model }
    }

    /// Builds the stage from pipeline-file options.
    pub fn from_options(options: &StageOptions) -> Result<Box<dyn Stage>, StageError> {
        let options: NerOptions = options.parse()?;
        let model = load_resource(
            STAGE_NAME,
            "model",
            options.model.as_deref(),
            Model::from_bytes,
            || shipped_model().map_err(|e| e.to_string()),
        )?;
        Ok(Box::new(NerStage::new(model)))
    }
}

impl Stage for NerStage {
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
        let tokens = doc.layers.token_items();
        let (ranges, sentences) = taggable_sentences(doc);
        let tagged = self.model.tag_document(&sentences);
        let mut entities = Vec::new();
        for (((first, last), found), words) in ranges.iter().zip(tagged).zip(&sentences) {
            let sentence_tokens = &tokens[*first..*last];
            let merged = take_in_name_possessives(merge_stray_stops(found, words), words);
            entities.extend(
                merged
                    .into_iter()
                    .map(|(s, e, kind, score)| entity(sentence_tokens, s, e, kind, score)),
            );
        }
        doc.layers.entities = Some(Layer::new(STAGE_NAME, entities));
        Ok(())
    }
}

/// The sentences of a tokenized document that the stage tags
/// (boilerplate skipped): their token index ranges and their words.
pub fn taggable_sentences(doc: &Document) -> (Vec<(usize, usize)>, Vec<Vec<&str>>) {
    let text = doc.text.as_str();
    let tokens = doc.layers.token_items();
    let mut ranges = Vec::new();
    let mut t = 0;
    for sentence in doc.layers.sentence_items() {
        while t < tokens.len() && tokens[t].span.start < sentence.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= sentence.end {
            t += 1;
        }
        if first < t && !doc.layers.is_boilerplate(*sentence) {
            ranges.push((first, t));
        }
    }
    let sentences = ranges
        .iter()
        .map(|&(a, b)| {
            tokens[a..b]
                .iter()
                .map(|tok| &text[tok.span.range()])
                .collect()
        })
        .collect();
    (ranges, sentences)
}

fn entity(tokens: &[Token], start: usize, end: usize, kind: EntityKind, score: f32) -> Entity {
    Entity {
        span: Span {
            start: tokens[start].span.start,
            end: tokens[end - 1].span.end,
        },
        kind,
        score,
    }
}

/// Takes `X’s` into the name that follows it when `the` comes before it
/// (`the People’s Democratic Republic of Korea`, `the President’s Council
/// of Economic Advisers`): after `the`, a capitalised word with a
/// possessive cannot be a possessor of its own, so it belongs to the
/// name. The word must be outside any name (`the Kremlin’s Security
/// Council` keeps the Kremlin apart).
fn take_in_name_possessives(mut found: Vec<model::Tagged>, words: &[&str]) -> Vec<model::Tagged> {
    for i in 0..found.len() {
        let start = found[i].0;
        let Some(owner) = start.checked_sub(2) else {
            continue;
        };
        let name_possessive = owner >= 1
            && words[owner - 1].eq_ignore_ascii_case("the")
            && words[owner].chars().next().is_some_and(char::is_uppercase)
            && matches!(words[start - 1], "’s" | "'s")
            && found[..i].last().is_none_or(|prev| prev.1 <= owner);
        if name_possessive {
            found[i].0 = owner;
        }
    }
    found
}

/// Mends person names broken by a stray full stop inside one sentence
/// (`Kwon Jong. Gun, last week`): the sentence splitter kept the sentence
/// whole, so the stop is a typo. Two person names around the stop are
/// joined, and a person name followed by the stop and a capitalised word
/// that ends the clause (before a comma) takes that word in.
fn merge_stray_stops(found: Vec<model::Tagged>, words: &[&str]) -> Vec<model::Tagged> {
    let capitalised = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let mut out: Vec<model::Tagged> = Vec::with_capacity(found.len());
    for entity in found {
        if let Some(prev) = out.last_mut() {
            let joined = prev.2 == EntityKind::Person
                && entity.2 == EntityKind::Person
                && entity.0 == prev.1 + 1
                && words.get(prev.1) == Some(&".");
            if joined {
                prev.1 = entity.1;
                prev.3 = prev.3.min(entity.3);
                continue;
            }
        }
        out.push(entity);
    }
    for i in 0..out.len() {
        let (_, end, kind, _) = out[i];
        let next_free = out.get(i + 1).is_none_or(|n| n.0 > end + 1);
        if kind == EntityKind::Person
            && next_free
            && words.get(end) == Some(&".")
            && capitalised(end + 1)
            && words.get(end + 2) == Some(&",")
        {
            out[i].1 = end + 2;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(found: &[model::Tagged], words: &[&str]) -> Vec<String> {
        found.iter().map(|e| words[e.0..e.1].join(" ")).collect()
    }

    #[test]
    fn a_capitalised_possessive_after_the_joins_the_name_after_it() {
        let words = [
            "between",
            "the",
            "People",
            "’s",
            "Democratic",
            "Republic",
            "of",
            "Korea",
        ];
        let found = vec![(4, 8, EntityKind::Location, 0.9)];
        let mended = take_in_name_possessives(found, &words);
        assert_eq!(
            names(&mended, &words),
            ["People ’s Democratic Republic of Korea"]
        );
    }

    #[test]
    fn a_possessor_that_is_a_name_or_lacks_the_stays_apart() {
        let words = ["the", "Kremlin", "’s", "Security", "Council"];
        let found = vec![
            (1, 2, EntityKind::Location, 0.9),
            (3, 5, EntityKind::Organization, 0.9),
        ];
        let mended = take_in_name_possessives(found, &words);
        assert_eq!(names(&mended, &words), ["Kremlin", "Security Council"]);
        let words = ["Sunday", "’s", "Super", "Bowl"];
        let found = vec![(2, 4, EntityKind::Misc, 0.9)];
        let mended = take_in_name_possessives(found, &words);
        assert_eq!(names(&mended, &words), ["Super Bowl"]);
    }
}
