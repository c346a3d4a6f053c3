//! Properties that hold for any input: no panic, tokens in order, on char
//! boundaries, never overlapping, covering every non-separator character;
//! sentences and paragraphs made of whole tokens; [`segment`] the same as
//! the three calls it stands for.

use newsnlp_tokenize::{is_separator, paragraphs, segment, split_sentences, tokenize};
use proptest::prelude::*;

fn check(text: &str) {
    let paras = paragraphs(text);
    let mut tokens = tokenize(text);
    let sentences = split_sentences(text, &mut tokens, &paras);
    let mut covered = vec![false; text.len()];
    let mut prev_end = 0u32;
    for t in &tokens {
        assert!(t.span.start < t.span.end, "empty token in {text:?}");
        assert!(t.span.start >= prev_end, "overlap or disorder in {text:?}");
        assert!(
            text.is_char_boundary(t.span.start as usize)
                && text.is_char_boundary(t.span.end as usize)
        );
        covered[t.span.range()].iter_mut().for_each(|c| *c = true);
        prev_end = t.span.end;
    }
    for (i, c) in text.char_indices() {
        assert_eq!(
            covered[i],
            !is_separator(c),
            "char {c:?} at {i} of {text:?}"
        );
    }
    let starts: Vec<u32> = tokens.iter().map(|t| t.span.start).collect();
    let ends: Vec<u32> = tokens.iter().map(|t| t.span.end).collect();
    for s in sentences.iter().chain(&paras) {
        assert!(s.start < s.end);
        assert!(text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
    }
    for s in &sentences {
        assert!(starts.binary_search(&s.start).is_ok() && ends.binary_search(&s.end).is_ok());
    }
    assert!(sentences.windows(2).all(|w| w[0].end <= w[1].start));
    let together = segment(text);
    assert_eq!(together.paragraphs, paras, "{text:?}");
    assert_eq!(together.tokens, tokens, "{text:?}");
    assert_eq!(together.sentences, sentences, "{text:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_unicode_is_tokenized_safely(text in "\\PC*") {
        check(&text);
    }

    #[test]
    fn news_like_text_is_tokenized_safely(text in "([A-Za-z0-9]{1,8}|[ \\n.,;:!?'\"“”‘’«»()\\-—…$%@#/&_]|U\\.S\\.|Mr\\.|don't|\u{200B}|\u{00A0}|😀|é){0,60}") {
        check(&text);
    }
}

#[test]
fn control_characters_and_nul_bytes_are_separators() {
    check("a\0b\u{7}c\u{FEFF}d");
    assert_eq!(tokenize("a\0b").len(), 2);
}
