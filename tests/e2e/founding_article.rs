//! The article the project was founded on, read right by the tokenize stage.

use newsnlp::core::{Document, PipelineSpec};

const ARTICLE: &str = include_str!("../../samples/kim-putin-vladivostok.txt");

fn annotate() -> Document {
    let spec = PipelineSpec::parse(newsnlp::DEFAULT_PIPELINE, "default").unwrap();
    let pipeline = newsnlp::registry().build(&spec).unwrap();
    let mut doc = Document::new("kim", ARTICLE).unwrap();
    pipeline.process(&mut doc).unwrap();
    doc
}

#[test]
fn only_the_comment_form_lines_are_boilerplate() {
    let doc = annotate();
    let boilerplate: Vec<&str> = doc
        .layers
        .boilerplate
        .as_ref()
        .unwrap()
        .items
        .iter()
        .map(|s| s.text(ARTICLE).unwrap())
        .collect();
    assert_eq!(
        boilerplate,
        [
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *"
        ]
    );
}

#[test]
fn the_stray_full_stop_in_kwon_jong_gun_ends_no_sentence() {
    let doc = annotate();
    let sentences: Vec<&str> = doc
        .layers
        .sentence_items()
        .iter()
        .map(|s| s.text(ARTICLE).unwrap())
        .collect();
    assert!(
        sentences
            .iter()
            .any(|s| s.starts_with("“I am afraid") && s.ends_with("Kwon Jong. Gun, last week.")),
        "{sentences:#?}"
    );
}

#[test]
fn a_full_stop_inside_the_closing_quote_ends_the_sentence_after_the_quote() {
    let doc = annotate();
    let sentences: Vec<&str> = doc
        .layers
        .sentence_items()
        .iter()
        .map(|s| s.text(ARTICLE).unwrap())
        .collect();
    assert!(
        sentences.contains(&"“The United States has adopted a unilateral attitude of bad faith.”")
    );
    assert!(sentences
        .iter()
        .any(|s| s.starts_with("Kim Jong-un told Russian President Vladimir Putin")));
}

#[test]
fn headlines_are_sentences_and_hyphenated_korean_names_one_token() {
    let doc = annotate();
    let sentences: Vec<&str> = doc
        .layers
        .sentence_items()
        .iter()
        .map(|s| s.text(ARTICLE).unwrap())
        .collect();
    assert_eq!(
        sentences[0],
        "In Russia Kim Jong-un denounces the bad faith of Americans"
    );
    assert!(sentences.contains(&"Kim Jong-un no longer wants to negotiate with Mike Pompeo"));
    let tokens: Vec<&str> = doc
        .layers
        .token_items()
        .iter()
        .map(|t| t.span.text(ARTICLE).unwrap())
        .collect();
    assert!(tokens.contains(&"Jong-un") && tokens.contains(&"People") && tokens.contains(&"’s"));
    assert!(!tokens.contains(&"un"));
}

#[test]
fn all_six_people_are_found_and_no_sentence_opener_is_taken_for_a_name() {
    let doc = annotate();
    let entities = &doc.layers.entities.as_ref().unwrap().items;
    let people: Vec<String> = entities
        .iter()
        .filter(|e| e.kind == newsnlp::core::EntityKind::Person)
        .map(|e| e.span.text(ARTICLE).unwrap().to_string())
        .collect();
    for name in [
        "Kim Jong-un",
        "Vladimir Putin",
        "Donald Trump",
        "Mike Pompeo",
        "John Bolton",
        "Kwon Jong. Gun",
    ] {
        assert!(
            people.iter().any(|p| p == name),
            "{name} missing from {people:?}"
        );
    }
    let sentence_starts: Vec<u32> = doc
        .layers
        .sentence_items()
        .iter()
        .map(|s| s.start)
        .collect();
    for e in entities
        .iter()
        .filter(|e| sentence_starts.contains(&e.span.start))
    {
        let text = e.span.text(ARTICLE).unwrap();
        assert!(
            !["Sign", "Statements", "He", "The", "In", "However", "Even"]
                .iter()
                .any(|w| text.starts_with(w)),
            "sentence opener tagged as {:?}: {text}",
            e.kind
        );
    }
}
