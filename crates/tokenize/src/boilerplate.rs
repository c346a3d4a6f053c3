//! Page furniture that is not the article: comment forms, share and
//! subscribe prompts, cookie notices, bylines, copyright lines.

use std::sync::OnceLock;

use newsnlp_core::Span;
use regex::{Regex, RegexSet};

/// Paragraphs longer than this are article text, whatever they contain.
const MAX_BOILERPLATE_LEN: usize = 240;

/// A paragraph's end from a sign-off on is boilerplate up to this length.
/// In news-dai2017, 164 of the 165 sign-offs end their article within 443
/// bytes (the Huffington Post's, with its newsletter prompts, run to 350);
/// the one that does not is a `Follow him on Twitter` before 16 kB of
/// article text.
const MAX_SIGNED_OFF_TAIL_LEN: usize = 500;

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
            SIGN_OFF,
        ])
        .expect("boilerplate patterns are valid regular expressions")
    })
}

/// A writer's or a site's sign-off: `Follow Pam Key on Twitter
/// @pamkeyNEN`, `You can follow BBC Trending on Twitter`, `Follow us on
/// Facebook`, `Do you have information you want to share with the
/// Huffington Post? Here's how.` (after the link of an embedded tweet
/// too: `pic.twitter.com/jwuqzTHDt6 - - Do you have ...`), a newsletter
/// prompt (`Subscribe, choose the community that you most identify
/// with ...`: read as a report whose speaker was `you most`).
const SIGN_OFF: &str = r"^\W*(pic\.twitter\.com/\S*\W*)?((?i:you can )?(?i:follow) (\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,3}|us) (?i:on (twitter|facebook|instagram|x))\b|(?i:do you have (information|a tip|a story)\b.{0,40} share with) |Subscribe, )";

/// Page furniture that a flattened page left inside the article's text: a
/// share bar, four or more names of sites to share on in a row and the
/// page's link (`Send Facebook Twitter Google+ Whatsapp Tumblr linkedin
/// stumble Digg reddit Newsvine Permalink http://dw.com/p/2Ymqj`, 156
/// times in news-dai2017), or the notice left where a video player stood
/// (`Media playback is not supported on this device`, 21 times there,
/// read as a speaker of the quote after it).
const INLINE_FURNITURE: &str = r"\b(?:(?:Send|Share|E-?mail|Print|Facebook|Twitter|Google\+|Whatsapp|WhatsApp|Tumblr|[Ll]inked[Ii]n|stumble|StumbleUpon|Digg|[Rr]eddit|Newsvine|Pinterest) ){4,}(?:Permalink https?://\S+)?|\bMedia playback is (?:not supported|unsupported) on (?:this|your) device\b";

fn inline_furniture() -> &'static Regex {
    static INLINE_FURNITURE_RE: OnceLock<Regex> = OnceLock::new();
    INLINE_FURNITURE_RE.get_or_init(|| {
        Regex::new(INLINE_FURNITURE).expect("the inline furniture pattern is valid")
    })
}

fn sign_off() -> &'static Regex {
    static SIGN_OFF_RE: OnceLock<Regex> = OnceLock::new();
    SIGN_OFF_RE.get_or_init(|| Regex::new(SIGN_OFF).expect("the sign-off pattern is valid"))
}

/// The boilerplate of a text: whole paragraphs of page furniture, the
/// furniture inside a paragraph of article text (share bars, video
/// notices), and the sign-off that
/// ends one (`... contributed to this report. Follow Kathleen Ronayne on
/// Twitter at ...`, as corpora that flatten a page into one paragraph
/// have it), from its sentence on. Spans are in text order.
pub fn boilerplate(text: &str, paragraphs: &[Span], sentences: &[Span]) -> Vec<Span> {
    let set = patterns();
    let mut out = Vec::new();
    for &paragraph in paragraphs {
        if paragraph.len() <= MAX_BOILERPLATE_LEN && set.is_match(&text[paragraph.range()]) {
            out.push(paragraph);
            continue;
        }
        let tail = signed_off_tail(text, paragraph, sentences);
        let body_end = tail.map_or(paragraph.end, |t| t.start);
        out.extend(inline_furniture_within(
            text,
            Span {
                start: paragraph.start,
                end: body_end,
            },
        ));
        out.extend(tail);
    }
    out
}

/// The furniture within `body`, a stretch of article text.
fn inline_furniture_within(text: &str, body: Span) -> impl Iterator<Item = Span> + '_ {
    inline_furniture()
        .find_iter(&text[body.range()])
        .map(move |m| {
            Span::new(
                body.start as usize + m.start(),
                body.start as usize + m.end(),
            )
        })
}

/// The end of `paragraph` from the first of its sentences that signs off
/// (with the stray marks before it, split off as sentences of their own:
/// `"?Follow ...`), when that end is short enough to be no article text.
fn signed_off_tail(text: &str, paragraph: Span, sentences: &[Span]) -> Option<Span> {
    let first = sentences.partition_point(|s| s.start < paragraph.start);
    let past = first + sentences[first..].partition_point(|s| s.end <= paragraph.end);
    let within = &sentences[first..past];
    let signing = within
        .iter()
        .position(|s| sign_off().is_match(&text[s.range()]))?;
    let wordless = |s: &Span| !text[s.range()].chars().any(char::is_alphanumeric);
    let from = within[..signing]
        .iter()
        .rev()
        .take_while(|s| wordless(s))
        .last()
        .unwrap_or(&within[signing]);
    let tail = Span {
        start: from.start,
        end: paragraph.end,
    };
    (tail.len() <= MAX_SIGNED_OFF_TAIL_LEN).then_some(tail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs;

    fn found(text: &str) -> Vec<&str> {
        let segments = crate::segment(text);
        boilerplate(text, &paragraphs(text), &segments.sentences)
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
    fn a_sign_off_ending_a_flattened_article_is_boilerplate_from_its_sentence() {
        let text = "Ross said he has experience at that agency. \"?Follow Stephen Ohlemacher on Twitter at: http://twitter.com/stephenatap";
        assert_eq!(
            found(text),
            ["\"?Follow Stephen Ohlemacher on Twitter at: http://twitter.com/stephenatap"]
        );
        let text = "The album follows later this year. You can follow BBC Trending on Twitter @BBCtrending.";
        assert_eq!(
            found(text),
            ["You can follow BBC Trending on Twitter @BBCtrending."]
        );
        let prompts = "Do you have information you want to share with the Huffington Post? Here's how. Share this slide: How will Donald Trump's first 100 days impact YOU? Subscribe, choose the community that you most identify with or want to learn more about and we'll send you the news that matters most once a week throughout Trump's first 100 days in office. Learn more";
        let text = format!("This article has been updated with comment from Lapan. {prompts}");
        assert_eq!(found(&text), [prompts]);
    }

    /// The Huffington Post's prompts after an embedded tweet's link, or
    /// with no sign-off before them, were article text: `Subscribe,
    /// choose the community that you most identify with` was a report of
    /// `you most` in 16 Dai articles.
    #[test]
    fn a_newsletter_prompt_after_a_tweet_link_or_alone_is_boilerplate() {
        let prompts = "Do you have information you want to share with the Huffington Post? Here's how. Share this slide: How will Donald Trump's first 100 days impact YOU? Subscribe, choose the community that you most identify with or want to learn more about and we'll send you the news that matters most once a week. Learn more";
        let text =
            format!("These idiots don't realize the floor is hot lava. pic.twitter.com/jwuqzTHDt6 - - {prompts}");
        assert_eq!(
            found(&text),
            [format!("pic.twitter.com/jwuqzTHDt6 - - {prompts}")]
        );
        let subscribe = "Subscribe, choose the community that you most identify with or want to learn more about and we'll send you the news that matters most once a week. Learn more";
        let text = format!("Keep your eyes peeled for more details in the future. How will Donald Trump's first 100 days impact YOU? {subscribe}");
        assert_eq!(found(&text), [subscribe]);
    }

    /// The share bar of flattened DW pages named a speaker `Send Facebook
    /// Twitter Google+ Whatsapp Tumblr`.
    #[test]
    fn a_share_bar_inside_article_text_is_boilerplate() {
        let text = "Isn't Schulz a real alternative to Merkel? Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink http://dw.com/p/2Ymqj In light of the arrest, Merkel went on to criticize Turkey.";
        assert_eq!(
            found(text),
            ["Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink http://dw.com/p/2Ymqj"]
        );
    }

    /// `Media playback is not supported on this device`, left where a
    /// BBC video stood, was read as the speaker of the quote after it.
    #[test]
    fn a_video_notice_inside_article_text_is_boilerplate() {
        let text = "\"It is what they want to achieve.\" Media playback is not supported on this device \"The use of steroids has been associated with problems,\" said Dr Lazuras.";
        assert_eq!(
            found(text),
            ["Media playback is not supported on this device"]
        );
    }

    #[test]
    fn article_sentences_mentioning_the_words_are_not() {
        let text = "Leave a reply to the president, he said.\nThe company said it would share its data.\nBy then the talks had failed.\nFollow the money on Twitter, she said.";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }
}
