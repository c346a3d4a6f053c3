//! Entity clustering over entity layers set by hand, so that a test can
//! give the clusters a reading the entity model makes only in long
//! articles.

use newsnlp::clusters::{cluster, shipped_aliases, shipped_first_names, shipped_full_names};
use newsnlp::core::{Document, Entity, EntityKind, Layer, PipelineSpec, Span};

/// `text` through the tokenizer, with an entity of each `(word, kind)` at
/// the word's occurrences in order.
fn with_entities(text: &str, entities: &[(&str, EntityKind)]) -> Document {
    let spec = PipelineSpec::parse("[[stage]]\nname = \"tokenize\"\n", "tokenize").unwrap();
    let pipeline = newsnlp::registry().build(&spec).unwrap();
    let mut doc = Document::new("t", text).unwrap();
    pipeline.process(&mut doc).unwrap();
    let mut from = 0;
    let items = entities
        .iter()
        .map(|&(word, kind)| {
            let start = from + text[from..].find(word).unwrap();
            from = start + word.len();
            Entity {
                span: Span {
                    start: start as u32,
                    end: from as u32,
                },
                kind,
                score: 0.9,
            }
        })
        .collect();
    doc.layers.entities = Some(Layer::new("test", items));
    doc
}

/// In an article about Trump and Trump Tower the entity model read most
/// `Trump` mentions as an organisation: the cluster was the organisation
/// `Trump`, so no full name, and `the president` went to Obama.
#[test]
fn a_surname_read_once_as_a_person_is_that_person_whatever_most_readings_say() {
    let text = "Trump said Obama had tapped Trump Tower. Trump denied it. Trump wrote more.";
    let doc = with_entities(
        text,
        &[
            ("Trump", EntityKind::Person),
            ("Obama", EntityKind::Person),
            ("Trump Tower", EntityKind::Organization),
            ("Trump", EntityKind::Organization),
            ("Trump", EntityKind::Organization),
        ],
    );
    let clusters = cluster(
        &doc,
        &shipped_aliases().unwrap(),
        &shipped_first_names().unwrap(),
        &shipped_full_names().unwrap(),
    );
    let trump = clusters
        .iter()
        .find(|c| c.mentions.len() == 3)
        .unwrap_or_else(|| panic!("{clusters:#?}"));
    assert_eq!(trump.name, "Donald Trump", "{clusters:#?}");
    assert_eq!(trump.kind, EntityKind::Person);
    // A name never read as a person stays what it was read as.
    let doc = with_entities(text, &[("Trump", EntityKind::Organization)]);
    let clusters = cluster(
        &doc,
        &shipped_aliases().unwrap(),
        &shipped_first_names().unwrap(),
        &shipped_full_names().unwrap(),
    );
    assert_eq!(clusters[0].name, "Trump", "{clusters:#?}");
    assert_eq!(clusters[0].kind, EntityKind::Organization);
}
