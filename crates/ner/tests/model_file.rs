//! The model file: the shipped model loads, damaged or foreign files are
//! refused with a clear error, and a small training run learns.

use newsnlp_core::{EntityKind, ModelFileError};
use newsnlp_ner::conll::read_conll;
use newsnlp_ner::known_names::KnownNames;
use newsnlp_ner::model::{Model, ModelError};
use newsnlp_ner::train::{evaluate, train, TrainOptions};

fn shipped_bytes() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/model/ner-conll2003.bin"
    ))
    .unwrap()
}

#[test]
fn the_shipped_model_loads_and_fits_the_size_budget() {
    let bytes = shipped_bytes();
    assert!(bytes.len() <= 10 * 1024 * 1024, "{} bytes", bytes.len());
    newsnlp_ner::shipped_model().unwrap();
}

#[test]
fn the_shipped_model_saves_back_to_the_same_bytes() {
    let bytes = shipped_bytes();
    let model = Model::from_bytes(&bytes).unwrap();
    assert!(model.num_rows() > 1000);
    assert!(model.to_bytes().unwrap() == bytes);
}

#[test]
fn damaged_truncated_and_foreign_files_are_refused() {
    let bytes = shipped_bytes();
    assert!(matches!(
        Model::from_bytes(&bytes[..bytes.len() / 2]),
        Err(ModelError::File(ModelFileError::Truncated { .. }))
    ));
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x55;
    let err = Model::from_bytes(&flipped).unwrap_err();
    assert!(err.to_string().contains("checksum mismatch"), "{err}");
    assert!(matches!(
        Model::from_bytes(b"{\"not\": \"a model\"}"),
        Err(ModelError::File(ModelFileError::NotAModel { .. }))
    ));
    let mut other_features = bytes;
    other_features[20] ^= 1;
    assert!(matches!(
        Model::from_bytes(&other_features),
        Err(ModelError::File(ModelFileError::FeatureSet { .. }))
    ));
}

/// A training smoke test on a tiny corpus the test writes itself.
#[test]
fn a_small_training_run_learns_names_it_has_not_seen() {
    let people = [
        "Anna Berg",
        "Tom Hale",
        "Rita Moss",
        "Omar Diaz",
        "Lena Fox",
        "Ivan Petrov",
    ];
    let places = ["Oslo", "Lima", "Cairo", "Dublin", "Quito", "Hanoi"];
    let mut corpus = String::new();
    for (i, (person, place)) in people.iter().zip(places).enumerate() {
        corpus.push_str("-DOCSTART- -X- O O\n\n");
        for _ in 0..3 {
            let mut words: Vec<(String, String)> = Vec::new();
            for (j, w) in person.split(' ').enumerate() {
                words.push((
                    w.to_string(),
                    if j == 0 { "B-PER" } else { "I-PER" }.to_string(),
                ));
            }
            words.push(("said".into(), "O".into()));
            words.push(("in".into(), "O".into()));
            words.push((place.to_string(), "B-LOC".into()));
            words.push((format!("on day {i}"), "O".into()));
            for (w, t) in words {
                for part in w.split(' ') {
                    corpus.push_str(&format!("{part} X X {t}\n"));
                }
            }
            corpus.push('\n');
        }
    }
    let docs = read_conll(&corpus).unwrap();
    let (train_docs, test_docs) = docs.split_at(4);
    let options = TrainOptions {
        epochs: 5,
        ..TrainOptions::default()
    };
    let (model, reports) = train(train_docs, Some(test_docs), &options, |_| {});
    assert_eq!(reports.len(), 5);
    let scores = evaluate(&model, &KnownNames::default(), test_docs);
    assert!(scores.overall.f1() > 80.0, "{:?}", scores.overall);
    let restored = Model::from_bytes(&model.to_bytes().unwrap()).unwrap();
    let tagged = restored.tag_document(&[vec!["Lena", "Fox", "said", "in", "Quito", "."]]);
    let kinds: Vec<EntityKind> = tagged[0].iter().map(|e| e.2).collect();
    assert_eq!(kinds, [EntityKind::Person, EntityKind::Location]);
}
