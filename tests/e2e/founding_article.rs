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
