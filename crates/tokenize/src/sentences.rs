//! News-aware sentence splitting over tokens.

use newsnlp_core::{QuoteMark, Span, Token, TokenKind};

use crate::lexicon;
use crate::tokens::make_token;

/// Splits each paragraph into sentences and marks each sentence's first
/// token `sentence_initial`. Sentences never cross paragraph boundaries.
///
/// As in UD English, an abbreviation that ends a sentence gives up its
/// full stop (`etc.` → `etc` `.`), so `tokens` may grow.
pub fn split_sentences(text: &str, tokens: &mut Vec<Token>, paragraphs: &[Span]) -> Vec<Span> {
    let candidates: Vec<usize> = (0..tokens.len())
        .filter(|&i| may_end_sentence(text, &tokens[i]))
        .collect();
    split_sentences_at(text, tokens, paragraphs, &candidates)
}

/// [`split_sentences`], given the indices of the tokens that
/// [`may_end_sentence`], in order.
pub(crate) fn split_sentences_at(
    text: &str,
    tokens: &mut Vec<Token>,
    paragraphs: &[Span],
    candidates: &[usize],
) -> Vec<Span> {
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(tokens.len() / 20 + 1);
    let mut t = 0;
    let mut remaining = candidates;
    for para in paragraphs {
        // Binary searches: scraped articles are often one long paragraph.
        let first = t + tokens[t..].partition_point(|tok| tok.span.end <= para.start);
        t = first + tokens[first..].partition_point(|tok| tok.span.start < para.end);
        let (within, after) = remaining.split_at(remaining.partition_point(|&i| i < t));
        remaining = after;
        split_paragraph(text, &tokens[first..t], first, within, &mut ranges);
    }
    split_final_abbreviations(text, tokens, &mut ranges);
    ranges
        .iter()
        .map(|&(first, last)| {
            tokens[first].flags.sentence_initial = true;
            Span {
                start: tokens[first].span.start,
                end: tokens[last].span.end,
            }
        })
        .collect()
}

/// Appends the (first, last) token ranges of the paragraph's sentences,
/// offset by `base`; `candidates` are the indices (offset by `base` too,
/// and perhaps some before the paragraph) of its tokens that
/// [`may_end_sentence`].
fn split_paragraph(
    text: &str,
    tokens: &[Token],
    base: usize,
    candidates: &[usize],
    ranges: &mut Vec<(usize, usize)>,
) {
    let mut start = 0;
    let mut end = tokens.len();
    // Rules drawn with dashes or equals signs (`--`, `=====`) that open or
    // close a paragraph stand alone: signature separators, section breaks.
    if tokens.len() > 1 && is_rule(text, &tokens[0]) {
        ranges.push((base, base));
        start = 1;
    }
    let closing_rule = end > start + 1 && is_rule(text, &tokens[end - 1]);
    if closing_rule {
        end -= 1;
    }
    split_between(text, &tokens[..end], start, base, candidates, ranges);
    if closing_rule {
        ranges.push((base + end, base + end));
    }
}

fn is_rule(text: &str, token: &Token) -> bool {
    let s = &text[token.span.range()];
    s.len() >= 2
        && s.bytes()
            .all(|b| matches!(b, b'-' | b'=' | b'_' | b'*' | b'~' | b'#'))
}

fn split_between(
    text: &str,
    tokens: &[Token],
    mut start: usize,
    base: usize,
    candidates: &[usize],
    ranges: &mut Vec<(usize, usize)>,
) {
    for i in candidates.iter().filter_map(|&c| c.checked_sub(base)) {
        if i >= tokens.len() {
            // A closing rule, which stands alone.
            break;
        }
        if i < start {
            // Inside the closing marks of the sentence just ended.
            continue;
        }
        if let Some(end) = boundary_after(text, tokens, start, i) {
            ranges.push((base + start, base + end));
            start = end + 1;
        }
    }
    if start < tokens.len() {
        ranges.push((base + start, base + tokens.len() - 1));
    }
}

/// Splits the full stop off abbreviations that end a sentence, shifting the
/// sentence ranges to match.
fn split_final_abbreviations(text: &str, tokens: &mut Vec<Token>, ranges: &mut [(usize, usize)]) {
    let is_final_abbreviation = |t: &Token| {
        let word = &text[t.span.range()];
        t.kind != TokenKind::Punct
            && word.len() > 2
            && word.ends_with('.')
            && word[..word.len() - 1].chars().any(char::is_alphabetic)
    };
    let splits: Vec<usize> = ranges
        .iter()
        .map(|&(_, last)| last)
        .filter(|&last| is_final_abbreviation(&tokens[last]))
        .collect();
    if splits.is_empty() {
        return;
    }
    // In place, from the back: the tokens after each split move up by the
    // splits still before them (no second vector; the tokenizer's spare
    // capacity usually holds the growth).
    let old_len = tokens.len();
    let filler = tokens[old_len - 1];
    tokens.resize(old_len + splits.len(), filler);
    let mut unmoved_end = old_len;
    for (shift, &split) in splits.iter().enumerate().rev() {
        // Tokens after `split` move up by `shift + 1`.
        tokens.copy_within(split + 1..unmoved_end, split + shift + 2);
        let token = tokens[split];
        let (start, end) = (token.span.start as usize, token.span.end as usize);
        tokens[split + shift] = make_token(text, start, end - 1, Some(token.kind));
        tokens[split + shift + 1] = make_token(text, end - 1, end, None);
        unmoved_end = split;
    }
    for range in ranges.iter_mut() {
        let before = |idx: usize| splits.partition_point(|&s| s < idx);
        let through = |idx: usize| splits.partition_point(|&s| s <= idx);
        *range = (range.0 + before(range.0), range.1 + through(range.1));
    }
}

/// A cheap test that every token [`terminal_kind`] accepts passes: a mark
/// that opens with `.`, `!`, `?` or a byte that may start `…`, `。`, `！`,
/// `？`; or a word ending in a full stop.
#[inline]
pub(crate) fn may_end_sentence(text: &str, token: &Token) -> bool {
    let bytes = text.as_bytes();
    let (start, end) = (token.span.start as usize, token.span.end as usize);
    if token.kind == TokenKind::Punct {
        matches!(
            bytes.get(start),
            Some(b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF)
        )
    } else {
        end.checked_sub(1).and_then(|last| bytes.get(last)) == Some(&b'.')
    }
}

/// If a sentence ends at token `i` (plus the closing quotes and brackets
/// after it), the index of its last token.
fn boundary_after(text: &str, tokens: &[Token], sentence_start: usize, i: usize) -> Option<usize> {
    let token = &tokens[i];
    let word = &text[token.span.range()];
    let terminal = terminal_kind(word, token)?;
    if i == sentence_start {
        // `...Now comes the fun part`: a mark opening a sentence ends none.
        return None;
    }
    if i == sentence_start + 1 && word == "." && tokens[sentence_start].kind == TokenKind::Number {
        // A list number (`5. American Preparedness`) starts its sentence.
        return None;
    }
    let mut last = i;
    while last + 1 < tokens.len() && is_closer(text, &tokens[last + 1]) {
        last += 1;
    }
    if matches!(terminal, Terminal::Strong)
        && tokens
            .get(last + 1)
            .is_some_and(|dash| is_lost_break(text, &tokens[last], dash))
    {
        last += 1;
    }
    let Some(next) = tokens.get(last + 1) else {
        return Some(last);
    };
    let next_text = &text[next.span.range()];
    if next.kind == TokenKind::Punct && terminal_kind(next_text, next).is_some() {
        // `voice mail (?).`: the sentence ends at the later mark.
        return None;
    }
    if next.span.start == tokens[last].span.end
        && matches!(next_text, "'" | "’")
        && next.flags.quote == QuoteMark::None
    {
        // `RT?'s Morning Ireland`: a mark that stands for a lost letter,
        // glued to the apostrophe of a clitic, ends no sentence.
        return None;
    }
    let starts_upper = starts_sentence_like(text, tokens, last + 1);
    let ends = match terminal {
        Terminal::Strong => {
            !is_continuation_punct(next_text) && !goes_on_after_quoted_mark(text, tokens, i, last)
                || is_spaced_break(text, &tokens[last], next, starts_upper)
        }
        Terminal::Ellipsis => starts_upper,
        Terminal::Abbreviation { title, final_prone } => {
            !title && starts_upper && (final_prone || lexicon::is_sentence_starter(next_text))
        }
        Terminal::Initial => false,
    };
    (ends && !is_stray_stop_in_name(text, tokens, i, last + 1)).then_some(last)
}

enum Terminal {
    /// `.`, `!`, `?` and their runs.
    Strong,
    /// `...` or `…`: a sentence ends only if the next one starts like one.
    Ellipsis,
    /// A token with a full stop of its own: `U.S.`, `Inc.`, `Mr.`. Title
    /// abbreviations never end a sentence; `etc.` usually does.
    Abbreviation { title: bool, final_prone: bool },
    /// An initial (`J.`): never a sentence end.
    Initial,
}

fn terminal_kind(word: &str, token: &Token) -> Option<Terminal> {
    if token.kind == TokenKind::Punct {
        return match word {
            _ if word.contains('…') || word.starts_with("..") => Some(Terminal::Ellipsis),
            _ if word.bytes().all(|b| matches!(b, b'.' | b'!' | b'?')) => Some(Terminal::Strong),
            "。" | "！" | "？" => Some(Terminal::Strong),
            _ => None,
        };
    }
    let stem = word.strip_suffix('.')?;
    if stem.is_empty() {
        return None;
    }
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Some(Terminal::Initial);
        }
    }
    Some(Terminal::Abbreviation {
        title: lexicon::is_title_abbreviation(stem),
        final_prone: matches!(stem, "etc" | "ect"),
    })
}

/// Closing quotes and brackets, emoji, and characters lost after a
/// closing quote (`."?But`), that belong to the sentence before them.
fn is_closer(text: &str, token: &Token) -> bool {
    if token.kind == TokenKind::Emoji || token.is_lost_character(text) {
        return true;
    }
    match token.flags.quote {
        QuoteMark::Closing | QuoteMark::Ambiguous => true,
        QuoteMark::Opening => false,
        QuoteMark::None => matches!(&text[token.span.range()], ")" | "]" | "}"),
    }
}

/// True when `dash`, glued to the end of a sentence, stands for a
/// paragraph break that scraping lost (`the Bee reported.-Tens of
/// thousands`, `over.- Three weeks ago`, `stayed.-"Turkmen`): a hyphen
/// followed by a space, a capital letter or a quote mark, not by a digit
/// (`5.-6`).
fn is_lost_break(text: &str, end: &Token, dash: &Token) -> bool {
    let after = text[dash.span.end as usize..].chars().next();
    dash.span.start == end.span.end
        && &text[dash.span.range()] == "-"
        && after.is_none_or(|c| c.is_whitespace() || c.is_uppercase() || c == '"')
}

/// True when `dash`, set off by spaces after a sentence end, stands for a
/// paragraph break or a list bullet that scraping flattened (`the navy
/// said.   - Migrant workers hold up`, `he said. - He said`): the next
/// sentence starts like one.
fn is_spaced_break(text: &str, end: &Token, dash: &Token, next_starts_upper: bool) -> bool {
    next_starts_upper
        && dash.span.start > end.span.end
        && &text[dash.span.range()] == "-"
        && text[dash.span.end as usize..]
            .chars()
            .next()
            .is_some_and(char::is_whitespace)
}

/// True when the sentence goes on after the `!` or `?` at `mark`, closed
/// by a quote mark glued to it, its closers ending at `last`: the next
/// word, after a space, is in lower case (`She declared “What a night!”
/// and said ...`, `“Why?” he asked`). A word glued to the quote is none:
/// there the marks stand for characters lost in scraping (`a "war on
/// coal"?"?actually dealt`).
fn goes_on_after_quoted_mark(text: &str, tokens: &[Token], mark: usize, last: usize) -> bool {
    let glued_quote = tokens.get(mark + 1).is_some_and(|t| {
        t.span.start == tokens[mark].span.end
            && matches!(t.flags.quote, QuoteMark::Closing | QuoteMark::Ambiguous)
    });
    let lower_case_after_space = tokens.get(last + 1).is_some_and(|next| {
        next.span.start > tokens[last].span.end
            && text[next.span.range()]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    });
    &text[tokens[mark].span.range()] != "." && glued_quote && lower_case_after_space
}

fn is_continuation_punct(next: &str) -> bool {
    matches!(next, "," | ";" | ":" | ")" | "]" | "}" | "-" | "%")
}

/// True when the token at `i` (after any opening quotes or brackets) begins
/// with an upper-case letter or a digit.
fn starts_sentence_like(text: &str, tokens: &[Token], mut i: usize) -> bool {
    while let Some(t) = tokens.get(i) {
        let s = &text[t.span.range()];
        if t.flags.quote == QuoteMark::Opening || matches!(s, "(" | "[" | "-" | "—" | "–") {
            i += 1;
            continue;
        }
        return s
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    }
    false
}

/// A full stop inside a name, as in `Kwon Jong. Gun, last week`: two
/// capitalised words, the stop, then a capitalised word directly followed
/// by a comma that is no common sentence opener, and no word of the name
/// again (`comedian Pardis Parker. Parker, Sri Lankan-born`, the surname
/// opening the next sentence), nor a word the document writes elsewhere
/// (`under President Donald Trump. Enelamah, an experienced banker`: the
/// article is about Enelamah, named again and again; a name's part that
/// a typo cut off stands once).
fn is_stray_stop_in_name(text: &str, tokens: &[Token], stop: usize, next: usize) -> bool {
    let tok = |i: usize| tokens.get(i).map(|t| &text[t.span.range()]);
    let is_capitalised = |s: Option<&str>| {
        s.is_some_and(|s| {
            s.chars().next().is_some_and(char::is_uppercase)
                && s.chars().skip(1).all(|c| !c.is_uppercase())
        })
    };
    // The rare tests first: most sentence ends fail the comma test.
    stop >= 2
        && tok(stop) == Some(".")
        && tok(next + 1) == Some(",")
        && is_capitalised(tok(next))
        && is_capitalised(tok(stop - 1))
        && is_capitalised(tok(stop - 2))
        && !tok(next).is_some_and(|w| lexicon::is_sentence_starter(w) || opens_with_a_connective(w))
        && tok(next) != tok(stop - 1)
        && tok(next) != tok(stop - 2)
        && !written_elsewhere(text, tokens, next)
}

/// True when `word`, capitalised before a comma, is a connective that
/// opens a sentence (`Nevertheless,`, `Rather,`, `Second,`), a
/// participle that does (`Asked,`), or a long adverb in `-ly`
/// (`Interestingly,`, `Traditionally,`): no part of a name (`Angela
/// Merkel. Nevertheless,` had been one person).
fn opens_with_a_connective(word: &str) -> bool {
    lexicon::is_sentence_connective(word) || word.len() >= 8 && word.ends_with("ly")
}

/// True when another token of the document has the text of token `i`.
fn written_elsewhere(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = &text[tokens[i].span.range()];
    tokens
        .iter()
        .enumerate()
        .any(|(j, t)| j != i && &text[t.span.range()] == word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{paragraphs, tokenize};

    fn sentences(text: &str) -> Vec<&str> {
        let mut tokens = tokenize(text);
        let paras = paragraphs(text);
        split_sentences(text, &mut tokens, &paras)
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn a_question_mark_that_opens_a_word_is_a_lost_character_and_ends_no_sentence() {
        // `worth more than ?3.3m`, `Bus ?ireann`: a currency sign or a
        // first letter the encoding lost had split the sentence.
        assert_eq!(
            sentences(
                "She was worth more than ?3.3m then. Bus ?ireann said it would cut jobs. Why? No."
            ),
            [
                "She was worth more than ?3.3m then.",
                "Bus ?ireann said it would cut jobs.",
                "Why?",
                "No."
            ]
        );
    }

    /// `Morrison v. National Australia Bank`: the `v.` of a case's name
    /// ended the sentence, cutting a report's content at `Morrison v`.
    #[test]
    fn the_v_of_a_case_name_ends_no_sentence() {
        assert_eq!(
            sentences("He argued Morrison v. National Australia Bank in 2010. He won."),
            [
                "He argued Morrison v. National Australia Bank in 2010.",
                "He won."
            ]
        );
    }

    #[test]
    fn a_surname_repeated_after_a_full_stop_opens_a_sentence() {
        assert_eq!(
            sentences("He met the senator Rick Santorum. Santorum, who backed Trump, spoke."),
            [
                "He met the senator Rick Santorum.",
                "Santorum, who backed Trump, spoke."
            ]
        );
    }

    #[test]
    fn full_stop_before_closing_quote_ends_after_the_quote() {
        assert_eq!(
            sentences("“It has adopted bad faith.” Kim Jong-un told Putin."),
            ["“It has adopted bad faith.”", "Kim Jong-un told Putin."]
        );
    }

    /// `She declared “What a Super Tuesday!” and said that ...`: the
    /// quoted exclamation ended the sentence, and the report after it had
    /// no subject.
    #[test]
    fn a_quoted_exclamation_or_question_before_a_lower_case_word_ends_no_sentence() {
        assert_eq!(
            sentences("She declared “What a night!” and said she would win. “Why?” he asked."),
            [
                "She declared “What a night!” and said she would win.",
                "“Why?” he asked."
            ]
        );
        // A word glued to the quote still opens a sentence: there the
        // marks stand for lost characters (`a "war on coal"?"?actually
        // dealt`), and the split keeps a report's content short.
        assert_eq!(
            sentences("They waged a “war on coal?”actually. It ended."),
            ["They waged a “war on coal?”", "actually.", "It ended."]
        );
    }

    #[test]
    fn a_lost_character_after_a_quote_ends_no_sentence() {
        assert_eq!(
            sentences(
                r#""It's purely a personal issue,"?Harward told AP. "It is over."?But not yet."#
            ),
            [
                r#""It's purely a personal issue,"?Harward told AP."#,
                r#""It is over."?"#,
                "But not yet."
            ]
        );
    }

    #[test]
    fn a_mark_for_a_lost_letter_before_a_clitic_ends_no_sentence() {
        assert_eq!(
            sentences("Speaking on RT?'s Morning Ireland, he said it was over. Why? 'Tis late."),
            [
                "Speaking on RT?'s Morning Ireland, he said it was over.",
                "Why?",
                "'Tis late."
            ]
        );
    }

    #[test]
    fn a_spaced_dash_after_a_sentence_end_opens_the_next() {
        assert_eq!(
            sentences("He was pleased. - He said no more. It rose 5. -6 percent. The navy said.   - Workers stand."),
            [
                "He was pleased.",
                "- He said no more.",
                "It rose 5. -6 percent.",
                "The navy said.",
                "- Workers stand."
            ]
        );
    }

    #[test]
    fn a_dash_glued_to_a_sentence_end_is_a_lost_break() {
        assert_eq!(
            sentences(
                r#"the Bee reported.-Tens marched. It ended.- Three left.-"We stay." It was 5.-6 degrees."#
            ),
            [
                "the Bee reported.-",
                "Tens marched.",
                "It ended.-",
                "Three left.-",
                r#""We stay.""#,
                "It was 5.-6 degrees."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Gen. J. R. Allen in the U.S. on Friday. He left."),
            [
                "Mr. Smith met Gen. J. R. Allen in the U.S. on Friday.",
                "He left."
            ]
        );
        assert_eq!(
            sentences("They moved to the U.S. The talks failed."),
            ["They moved to the U.S.", "The talks failed."]
        );
        assert_eq!(
            sentences("The letter was signed by Govs. John Kasich and Rick Snyder."),
            ["The letter was signed by Govs. John Kasich and Rick Snyder."]
        );
    }

    #[test]
    fn a_name_opening_the_next_sentence_and_written_again_ends_the_name_before() {
        assert_eq!(
            sentences(
                "It faces protectionism under President Donald Trump. Enelamah, an experienced \
                 banker, entered government in 2015. Enelamah was in London."
            ),
            [
                "It faces protectionism under President Donald Trump.",
                "Enelamah, an experienced banker, entered government in 2015.",
                "Enelamah was in London."
            ]
        );
    }

    #[test]
    fn a_connective_after_a_name_and_a_stop_opens_the_next_sentence() {
        for (first, second) in [
            (
                "Trump met German Chancellor Angela Merkel.",
                "Nevertheless, Germany owes nothing.",
            ),
            (
                "The deal was backed by Chairwoman Cher Wang.",
                "Second, there are lucrative investments.",
            ),
            (
                "The data come from App Annie.",
                "Interestingly, developers are growing.",
            ),
        ] {
            let text = format!("{first} {second}");
            assert_eq!(sentences(&text), [first, second]);
        }
    }

    #[test]
    fn stray_full_stop_inside_a_name_does_not_split() {
        assert_eq!(
            sentences("said the director general, Kwon Jong. Gun, last week. Then he left."),
            [
                "said the director general, Kwon Jong. Gun, last week.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn headlines_without_full_stop_are_sentences_of_their_own() {
        assert_eq!(
            sentences("Kim no longer wants to negotiate\nSign of the hardening. It was clear!"),
            [
                "Kim no longer wants to negotiate",
                "Sign of the hardening.",
                "It was clear!"
            ]
        );
    }

    #[test]
    fn an_abbreviation_ending_a_sentence_gives_up_its_full_stop() {
        let text = "They sell pens, paper etc. The shop opens at 9 a.m.";
        let mut tokens = tokenize(text);
        let sents = split_sentences(text, &mut tokens, &paragraphs(text));
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.span.range()]).collect();
        assert_eq!(words[5..8], ["etc", ".", "The"]);
        assert_eq!(words[words.len() - 2..], ["a.m", "."]);
        assert_eq!(sents.len(), 2);
        assert!(tokens[7].flags.sentence_initial);
    }

    #[test]
    fn sentence_initial_flags_mark_first_tokens() {
        let text = "One. Two";
        let mut tokens = tokenize(text);
        split_sentences(text, &mut tokens, &paragraphs(text));
        let initial: Vec<bool> = tokens.iter().map(|t| t.flags.sentence_initial).collect();
        assert_eq!(initial, [true, false, true]);
    }
}
