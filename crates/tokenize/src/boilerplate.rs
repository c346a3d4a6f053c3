//! Page furniture that is not the article: comment forms, share and
//! subscribe prompts, cookie notices, bylines, copyright lines.

use std::sync::OnceLock;

use newsnlp_core::Span;
use regex::RegexSet;

/// Paragraphs longer than this are article text, whatever they contain.
const MAX_BOILERPLATE_LEN: usize = 240;

fn patterns() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        RegexSet::new([
            r"(?i)^(leave a (reply|comment)|post a comment|add a comment|comments are closed|\d+ comments?)\W*$",
            r"(?i)your e-?mail address will not be published",
            r"(?i)required fields are marked",
            r"(?i)^(share|tweet|email|print)( this( article| story)?)?( on (facebook|twitter|x|linkedin|whatsapp))?\W*$",
            r"(?i)^(share on|follow us on|like us on|subscribe to|sign up (for|to)|click here to|read more\b|related( articles| stories| coverage)?\b|advertisement\b|sponsored\b)",
            r"(?i)(this (web)?site uses cookies|we use cookies|accept (all )?cookies|cookie (policy|settings))",
            r"(?i)(all rights reserved|^copyright\b|^©|^\(c\) \d{4})",
            r"^(?i:by) \p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+){0,3}( ?[,|•|-] .{0,60})?$",
            r"(?i)^(photo|image|picture|video)( credit)?: ",
            // A writer's sign-off: `Follow Pam Key on Twitter @pamkeyNEN`.
            r"^\W*(?i:follow) \p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,3} (?i:on (twitter|facebook|instagram|x))\b",
        ])
        .expect("boilerplate patterns are valid regular expressions")
    })
}

/// The paragraphs that are boilerplate.
pub fn boilerplate(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let set = patterns();
    paragraphs
        .iter()
        .copied()
        .filter(|p| p.len() <= MAX_BOILERPLATE_LEN && set.is_match(&text[p.range()]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs;

    fn found(text: &str) -> Vec<&str> {
        boilerplate(text, &paragraphs(text))
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn comment_forms_and_prompts_are_boilerplate() {
        let text = "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\nShare on Facebook\nBy Jane Doe | Reuters\nWe use cookies to improve your experience.\n\"Follow Pam Key on Twitter @pamkeyNEN.\"";
        assert_eq!(found(text).len(), 6);
    }

    #[test]
    fn article_sentences_mentioning_the_words_are_not() {
        let text = "Leave a reply to the president, he said.\nThe company said it would share its data.\nBy then the talks had failed.\nFollow the money on Twitter, she said.";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }
}
