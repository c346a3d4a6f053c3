//! Character classes, with a table for ASCII so the hot loop rarely decodes.

use newsnlp_core::is_quote_char;

/// What role a character plays for the tokenizer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharClass {
    /// Separates tokens and belongs to none (spaces, newlines, zero-width
    /// spaces, byte-order marks).
    Space,
    /// Letters, digits and combining marks: the stuff of words.
    Alnum,
    /// Emoji and their joiners.
    Emoji,
    /// Everything else: punctuation and symbols.
    Punct,
}

const fn ascii_table() -> [CharClass; 128] {
    let mut table = [CharClass::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            CharClass::Alnum
        } else if c == b' ' || (c >= 9 && c <= 13) {
            CharClass::Space
        } else if c < 32 || c == 127 {
            // Other control characters: treated as spaces so that stray NULs
            // never glue words together nor become tokens.
            CharClass::Space
        } else {
            CharClass::Punct
        };
        b += 1;
    }
    table
}

static ASCII: [CharClass; 128] = ascii_table();

/// Classifies one character.
#[inline]
pub fn classify(c: char) -> CharClass {
    if c.is_ascii() {
        return ASCII[c as usize];
    }
    classify_non_ascii(c)
}

fn classify_non_ascii(c: char) -> CharClass {
    let cp = c as u32;
    if c.is_whitespace() || is_zero_width_space(c) || c.is_control() {
        CharClass::Space
    } else if is_emoji(cp) || is_emoji_joiner(cp) {
        CharClass::Emoji
    } else if c.is_alphanumeric() || is_combining_mark(cp) {
        CharClass::Alnum
    } else {
        CharClass::Punct
    }
}

/// Zero-width characters that separate or decorate but are not text.
fn is_zero_width_space(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Combining marks and the soft hyphen: they continue the word they are in.
fn is_combining_mark(cp: u32) -> bool {
    matches!(cp, 0x00AD | 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20DF | 0xFE20..=0xFE2F)
}

fn is_emoji(cp: u32) -> bool {
    matches!(cp, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF)
}

/// Characters that continue an emoji sequence: zero-width joiner, variation
/// selectors, keycap, tags.
pub fn is_emoji_joiner(cp: u32) -> bool {
    matches!(cp, 0x200D | 0xFE0E | 0xFE0F | 0x20E3 | 0xE0020..=0xE007F)
}

/// Quotation marks that open by their form.
pub fn is_opening_quote_form(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '«' | '„' | '‚' | '‹' | '「' | '『' | '‟' | '‛'
    )
}

/// Quotation marks that close by their form.
pub fn is_closing_quote_form(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›' | '」' | '』')
}

/// Apostrophes (straight, typographic, modifier letter, backtick).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘')
}

/// True when the `?` at byte `pos` stands for a character that a damaged
/// encoding lost, not for a question mark: scraped text where `” `, `’ `
/// and ` — ` came out as `"?` (`issue,"?Harward told`, `DeVos"?highly
/// contentious`, `determine "?at least`). Such a `?` follows a straight
/// double quote and is glued to a letter or digit after it, or to a
/// second double quote opening a word (`."?"I think`); a question mark
/// after a closing quote is followed by a space or ends the text. So
/// does a `?` that opens a word after a space, where the encoding lost a
/// currency sign or a first letter (`worth more than ?3.3m`, `Bus
/// ?ireann`): a question mark is glued to the word before it.
pub fn is_lost_character(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let glued_to_word = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    if bytes.get(pos) != Some(&b'?') {
        return false;
    }
    match pos.checked_sub(1).map(|before| bytes[before]) {
        Some(b'"') => {
            glued_to_word(pos + 1) || bytes.get(pos + 1) == Some(&b'"') && glued_to_word(pos + 2)
        }
        None => glued_to_word(pos + 1),
        Some(before) => before.is_ascii_whitespace() && glued_to_word(pos + 1),
    }
}

/// True when a straight double quote between `word` and `clitic`, glued
/// to both, is an apostrophe that a damaged encoding turned into a quote
/// mark: `didn"t`, `would"ve`, and the `O` of an Irish surname
/// (`O"Sullivan`; the same encoding may also lose the letter after it,
/// `O"ullivan`).
pub fn is_damaged_apostrophe(word: &str, clitic: &str) -> bool {
    word.len() > 1 && word.ends_with(['n', 'N']) && clitic.eq_ignore_ascii_case("t")
        || word.chars().all(char::is_alphabetic) && clitic.eq_ignore_ascii_case("ve")
        || word == "O" && clitic.len() > 1 && clitic.chars().all(char::is_alphabetic)
}

/// Punctuation proper, as opposed to symbols such as `$`, `%` or `©`.
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '!' | '"'
                | '\''
                | '('
                | ')'
                | ','
                | '-'
                | '.'
                | '/'
                | ':'
                | ';'
                | '?'
                | '['
                | ']'
                | '{'
                | '}'
                | '`'
                | '*'
                | '_'
                | '\\'
        );
    }
    is_quote_char(c)
        || matches!(
            c,
            '–' | '—'
                | '‐'
                | '‑'
                | '‒'
                | '―'
                | '…'
                | '•'
                | '·'
                | '¿'
                | '¡'
                | '§'
                | '¶'
                | '′'
                | '″'
                | '〈'
                | '〉'
                | '【'
                | '】'
                | '、'
                | '。'
                | '，'
                | '：'
                | '；'
                | '！'
                | '？'
                | '（'
                | '）'
        )
}

/// Characters that repeat into one token (`...`, `--`, `!!!`, `?!`, `.?`).
pub fn joins_run(first: char, next: char) -> bool {
    match first {
        // Rules and arrows drawn with characters: `----==`, `|---+-->`.
        '-' | '*' | '=' | '_' | '~' | '+' | '<' | '>' | '|' => {
            matches!(next, '-' | '*' | '=' | '_' | '~' | '+' | '<' | '>' | '|')
        }
        '#' | '^' | '/' | '\\' | '$' => next == first,
        '!' | '?' | '.' | '…' => matches!(next, '!' | '?' | '.' | '…'),
        '\'' | '‘' | '’' | '`' => matches!(next, '\'' | '‘' | '’' | '`'),
        '—' | '–' => next == '—' || next == '–',
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_width_and_control_characters_separate_tokens() {
        for c in [
            '\u{200B}', '\u{FEFF}', '\0', '\u{0007}', '\u{00A0}', '\u{3000}',
        ] {
            assert_eq!(classify(c), CharClass::Space, "{:?}", c);
        }
    }

    #[test]
    fn letters_of_any_script_are_word_characters() {
        for c in ['a', 'Z', '7', 'é', '한', 'ж', '\u{0301}'] {
            assert_eq!(classify(c), CharClass::Alnum, "{:?}", c);
        }
        assert_eq!(classify('😀'), CharClass::Emoji);
        assert_eq!(classify('“'), CharClass::Punct);
    }

    #[test]
    fn a_damaged_apostrophe_in_an_irish_surname_is_no_quote_mark() {
        assert!(is_damaged_apostrophe("O", "Sullivan"));
        assert!(is_damaged_apostrophe("O", "ullivan"));
        assert!(!is_damaged_apostrophe("O", "K"));
        assert!(!is_damaged_apostrophe("To", "Sullivan"));
    }
}
