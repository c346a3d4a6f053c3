//! Page furniture that is not the article: comment forms, share and
//! subscribe prompts, cookie notices, bylines, copyright lines.

use std::cell::OnceCell;
use std::sync::OnceLock;

use newsnlp_core::english::is_one_of;
use newsnlp_core::{FastSet, Span};
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

/// A photo's credit that a flattened page left inside the article's text
/// (`Lyu Jia / For China Daily`, `Photos by Zhao Xu / China Daily; Lin
/// Xiaoli, Fan Qianyi / For China Daily`, `Provided to China Daily`: 92
/// times in news-dai2017, 85 of them in China Daily's articles, where the
/// photographer was taken for the `He` of the sentence after it). Its own
/// pattern, with ASCII word boundaries, so that it runs on the fast
/// engine: the names before the slash offer no literal to look for first.
const PHOTO_CREDIT: &str = r"(?:(?-u:\b)Photos? by )?(?:(?-u:\b)\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}(?:, | and )?)+ / (?:[Ff]or |[Pp]rovided to )?(?:China Daily|Xinhua|China News Service|AFP|Reuters|Getty Images|EPA)(?-u:\b)|(?-u:\b)Provided to China Daily(?-u:\b)";

fn photo_credit() -> &'static Regex {
    static PHOTO_CREDIT_RE: OnceLock<Regex> = OnceLock::new();
    PHOTO_CREDIT_RE
        .get_or_init(|| Regex::new(PHOTO_CREDIT).expect("the photo credit pattern is valid"))
}

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
    // The article's words in lower case, gathered once, and only for a
    // linked title that no other sign ends.
    let common = OnceCell::new();
    let mut out = Vec::new();
    for &paragraph in paragraphs {
        if paragraph.len() <= MAX_BOILERPLATE_LEN && set.is_match(&text[paragraph.range()]) {
            out.push(paragraph);
            continue;
        }
        let tail = signed_off_tail(text, paragraph, sentences);
        let body_end = tail.map_or(paragraph.end, |t| t.start);
        let body = Span {
            start: paragraph.start,
            end: body_end,
        };
        let mut inline: Vec<Span> = inline_furniture_within(text, body)
            .chain(link_titles_within(text, body, &common))
            .collect();
        inline.sort_by_key(|s| s.start);
        out.extend(inline);
        out.extend(tail);
    }
    out
}

/// The furniture and photo credits within `body`, a stretch of article
/// text.
fn inline_furniture_within(text: &str, body: Span) -> impl Iterator<Item = Span> + '_ {
    let within = &text[body.range()];
    [inline_furniture(), photo_credit()]
        .into_iter()
        .flat_map(move |pattern| {
            pattern.find_iter(within).map(move |m| {
                Span::new(
                    body.start as usize + m.start(),
                    body.start as usize + m.end(),
                )
            })
        })
}

/// A link to another article that a flattened page left inline: `READ
/// MORE:` and the linked article's title, which runs into the next
/// sentence with no full stop (`READ MORE: Syria's civil war explained
/// But after analysing satellite images, ...`, 401 times in
/// news-dai2017).
fn link_title_lead() -> &'static Regex {
    static LEAD: OnceLock<Regex> = OnceLock::new();
    LEAD.get_or_init(|| Regex::new(r"(?i)\bread more:").expect("the link lead pattern is valid"))
}

/// A word of a linked title: a run of characters other than spaces.
fn title_word() -> &'static Regex {
    static WORD: OnceLock<Regex> = OnceLock::new();
    WORD.get_or_init(|| Regex::new(r"\S+").expect("the word pattern is valid"))
}

/// Words of a linked title, at most: where no end is found within them,
/// the title is left as text. The longest of the 239 that news-dai2017
/// has within 16 has 11; past 12, the ends found were in article text.
const MAX_TITLE_WORDS: usize = 12;

/// Words after which a capitalised word goes on with a title (`return
/// from Pakistan`, `says Amnesty`).
const TITLE_LINKS: &[&str] = &[
    "of", "in", "from", "to", "for", "with", "on", "at", "by", "and", "or", "the", "a", "an",
    "over", "after", "against", "says", "said", "vs", "-", "–", "—", ":",
];

/// Capitalised words that open the sentence after a title (`... in CAR
/// The governor of Jowzjan`). Not the lexicon's sentence starters, which
/// the tokenizer reads after an abbreviation: those hold `I` and `What`,
/// which titles hold too (`'Hope is all I have'`, `Dying of hunger: What
/// is a famine?`), and lack `According`, `Last`, `Since`.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "Last",
    "While",
    "Before",
    "After",
    "As",
    "There",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "That",
    "But",
    "On",
    "At",
    "For",
    "When",
    "Since",
    "Until",
    "According",
    "Many",
    "Some",
    "Most",
];

/// The `READ MORE:` links within `body`, each with the title it names,
/// up to where the next sentence starts: a capitalised word after a
/// closing quote mark or a question (`... 'kills 28' While falling`), a
/// sentence opener (`... in CAR The governor`), a double quote mark
/// opening after a word in lower case (`... immigration ban "This is`),
/// or a common word ([`common_word_opens_sentence`]).
/// A capitalised word after one in lower case may be a name inside the
/// title (`Palestinians urge FIFA to level the playing field`), so it
/// ends nothing. Where no start is found within [`MAX_TITLE_WORDS`],
/// none is marked.
fn link_titles_within<'t>(
    text: &'t str,
    body: Span,
    common: &'t OnceCell<FastSet<&'t str>>,
) -> impl Iterator<Item = Span> + 't {
    let base = body.start as usize;
    let body_text = &text[body.range()];
    link_title_lead()
        .find_iter(body_text)
        .filter_map(move |lead| {
            let words: Vec<(usize, &str)> = title_word()
                .find_iter(&body_text[lead.end()..])
                .take(MAX_TITLE_WORDS + 1)
                .map(|w| (w.start(), w.as_str()))
                .collect();
            let end = (2..words.len())
                .take_while(|&j| !ends_sentence(words[j - 1].1))
                .find(|&j| {
                    let next = words.get(j + 1).map_or("", |w| w.1);
                    opens_sentence_after_title(words[j - 1].1, words[j].1)
                        || common_word_opens_sentence(words[j - 1].1, words[j].1, next, || {
                            common.get_or_init(|| lower_case_words(text))
                        })
                })?;
            Some(Span::new(
                base + lead.start(),
                base + lead.end() + words[end].0,
            ))
        })
}

/// True when `word` ends a sentence: a title has none, so the end found
/// past one would be in article text (`... in military budget Security
/// has been a major vote winner. An Economist/YouGov poll`). Not an
/// abbreviation of a few letters (`U.S.`, `Dr.`).
fn ends_sentence(word: &str) -> bool {
    word.ends_with('.') && word.chars().filter(|c| c.is_alphabetic()).count() > 3
}

/// True when `word`, right after `previous` in a linked title, opens
/// the sentence after it (see [`link_titles_within`]).
fn opens_sentence_after_title(previous: &str, word: &str) -> bool {
    let links = is_one_of(previous, TITLE_LINKS);
    let previous_in_lower_case = previous
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    let after_quote = previous.ends_with(['\'', '’', '"', '”']);
    if word.starts_with(['"', '“']) {
        return previous_in_lower_case && !after_quote;
    }
    if !word.chars().next().is_some_and(char::is_uppercase) || links {
        return false;
    }
    after_quote || previous.ends_with(['?', '!']) || SENTENCE_OPENERS.contains(&word)
}

/// The words `text` writes in lower case.
fn lower_case_words(text: &str) -> FastSet<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect()
}

/// True when `word`, capitalised after `previous` in lower case in a
/// linked title, is a word the article writes in lower case (`common`,
/// asked last)
/// and opens no name of several words (the `next` one in lower case): the
/// first word of the sentence after a title written in sentence case
/// (`Afghans expelled by Pakistan in dire need of aid Gunmen in northern
/// Afghanistan`; 22 of the 23 news-dai2017 titles it ends so end right, and
/// the other, `Why we still need Black History Month`, opens such a name).
fn common_word_opens_sentence<'t>(
    previous: &str,
    word: &str,
    next: &str,
    common: impl FnOnce() -> &'t FastSet<&'t str>,
) -> bool {
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    previous.starts_with(char::is_lowercase)
        && !is_one_of(previous, TITLE_LINKS)
        && word.starts_with(char::is_uppercase)
        && !next.starts_with(char::is_uppercase)
        && common().contains(word.to_lowercase().as_str())
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

    /// China Daily's photo credits run into the text after the caption:
    /// `Lyu Jia / For China Daily He suggested ...` made the
    /// photographer the `He`, and the names joined the article's
    /// people.
    #[test]
    fn a_photo_credit_inside_article_text_is_boilerplate() {
        let text = "Trains are readied in Chengdu, Sichuan province. Lyu Jia / For China Daily He suggested more investment. Photos by Zhao Xu / China Daily; Lin Xiaoli, Fan Qianyi / For China Daily The survey by CNN/ORC and the Israel / Palestine page stand.";
        assert_eq!(
            found(text),
            [
                "Lyu Jia / For China Daily",
                "Photos by Zhao Xu / China Daily",
                "Lin Xiaoli, Fan Qianyi / For China Daily"
            ]
        );
    }

    #[test]
    fn article_sentences_mentioning_the_words_are_not() {
        let text = "Leave a reply to the president, he said.\nThe company said it would share its data.\nBy then the talks had failed.\nFollow the money on Twitter, she said.";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    /// Flattened Al Jazeera pages run a linked article's title into the
    /// next sentence: `READ MORE: Syria's civil war explained But after
    /// ...` made `Syria` a speaker (`explained`), and titles opened 24
    /// contents over the Dai corpus.
    #[test]
    fn a_read_more_link_title_inside_article_text_is_boilerplate() {
        let text = "They faced rising attacks. READ MORE: Al-Shabab attack at Mogadishu hotel 'kills 28' While falling short, the process is more democratic. READ MORE: What is Russia's endgame in Libya? As the Libyan army advanced, talks stalled.";
        assert_eq!(
            found(text),
            [
                "READ MORE: Al-Shabab attack at Mogadishu hotel 'kills 28' ",
                "READ MORE: What is Russia's endgame in Libya? "
            ]
        );
    }

    /// A name after a word in lower case may be inside the title
    /// (`Palestinians urge FIFA to level the playing field`), and the
    /// end found past a full stop is in article text: such titles are
    /// left as text.
    #[test]
    fn a_link_title_with_no_sure_end_is_left_as_text() {
        let text = "It was over. READ MORE: Palestinians urge FIFA to level the playing field Still, he said it was not. READ MORE: Trump 'seeks $54bn increase' in military budget Security has been a major vote winner. An Economist poll found that.";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    /// `READ MORE: Afghans expelled by Pakistan in dire need of aid Gunmen
    /// in northern Afghanistan ...`: a title in sentence case ran into the
    /// next sentence at a common word, which no rule took for its end.
    #[test]
    fn a_link_title_ends_at_a_capitalised_word_the_article_writes_in_lower_case() {
        let text = "Aid is short. READ MORE: Afghans expelled by Pakistan in dire need of aid Gunmen in northern Afghanistan killed six aid workers. The gunmen fled.";
        assert_eq!(
            found(text),
            ["READ MORE: Afghans expelled by Pakistan in dire need of aid "]
        );
    }

    #[test]
    fn a_common_word_opening_a_name_of_several_words_ends_no_title() {
        let text = "It matters. READ MORE: Why we still need Black History Month in the US Peter Salovey said so. The black community agrees.";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }
}
