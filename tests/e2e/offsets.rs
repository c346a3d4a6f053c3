//! Offsets always point into the original text, in bytes and in chars.

use crate::support::{fixture, newsnlp, records};

#[test]
fn char_offsets_slice_the_text_as_python_would() {
    let input = std::fs::read(fixture("news-small.jsonl")).unwrap();
    let out = newsnlp(&["annotate", "--stream"], &input);
    for rec in records(&out.stdout) {
        let text = rec["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        for layer in ["tokens", "sentences", "paragraphs"] {
            for item in rec[layer].as_array().unwrap() {
                let (bs, be) = (
                    item["span"][0].as_u64().unwrap() as usize,
                    item["span"][1].as_u64().unwrap() as usize,
                );
                let (cs, ce) = (
                    item["chars"][0].as_u64().unwrap() as usize,
                    item["chars"][1].as_u64().unwrap() as usize,
                );
                let by_chars: String = chars[cs..ce].iter().collect();
                assert_eq!(by_chars, &text[bs..be], "{layer} in {}", rec["id"]);
            }
        }
    }
}

#[test]
fn layers_from_the_facade_point_into_the_original_text() {
    use newsnlp::core::{Document, PipelineSpec};
    let spec = PipelineSpec::parse(newsnlp::DEFAULT_PIPELINE, "default").unwrap();
    let pipeline = newsnlp::registry().build(&spec).unwrap();
    let text = "\u{FEFF}Zero\u{200B}width and\u{00A0}no-break spaces — “quoted” ’90s.";
    let mut doc = Document::new("z", text).unwrap();
    pipeline.process(&mut doc).unwrap();
    let tokens: Vec<&str> = doc
        .layers
        .token_items()
        .iter()
        .map(|t| t.span.text(text).unwrap())
        .collect();
    assert_eq!(
        tokens,
        [
            "Zero", "width", "and", "no", "-", "break", "spaces", "—", "“", "quoted", "”", "’",
            "90s", "."
        ]
    );
}

/// Runs the default pipeline over each of `texts`; the test fails, naming
/// the text, when a stage fails on one (a panic becomes such a failure).
fn assert_default_pipeline_annotates(texts: &[&str]) {
    use newsnlp::core::{Document, PipelineSpec};
    let spec = PipelineSpec::parse(newsnlp::DEFAULT_PIPELINE, "default").unwrap();
    let pipeline = newsnlp::registry().build(&spec).unwrap();
    for &text in texts {
        let mut doc = Document::new("t", text).unwrap();
        pipeline
            .process(&mut doc)
            .unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}

/// Regression: a reporting verb as the last word of an article made the
/// quote stage look past the last token (a panic, turned into an error
/// record) on a real news article.
#[test]
fn a_cue_at_the_very_end_of_an_article_does_not_break_the_quote_stage() {
    assert_default_pipeline_annotates(&[
        "RELATED: \"Wire tapping\" and 11 other words Trump has tweeted",
        "The talks failed, according to",
        "Merkel said",
        "\"We will see,\" said",
        "said, Merkel said, that it works.",
        "Said Merkel, said.",
        "“I would,” said",
        "Lenox, Clarke said,",
        "“”, she said of “",
        "Both “",
    ]);
}

/// Regression: an article ending in a description (`the Russian
/// president`) made the cluster stage look past the last token, and
/// `according to ,` gave the quote stage an empty source to slice; both
/// panicked (found by feeding random news fragments through the debug
/// build).
#[test]
fn a_description_at_the_end_or_an_empty_according_to_does_not_break_a_stage() {
    assert_default_pipeline_annotates(&[
        "the Russian president",
        "Kim Jong-un met the Russian president",
        ") ’ Mr. at a later press gaggle according to , before asking who \"Q\"",
        "The talks failed, according to , officials said.",
    ]);
}
