//! Word segmentation following Universal Dependencies English conventions.
//!
//! The text is cut at whitespace into chunks; each chunk is cut into atoms
//! (runs of letters and digits, punctuation marks or runs of one mark,
//! emoji); atoms are then joined back where English writing keeps them
//! together (`U.S.`, `3.5`, `1,000`, `10:30`, `re-elected`, `Jong-un`,
//! `AT&T`) and clitics are split off as UD does (`do` `n't`, `Trump` `'s`).
//! Every token is a span of the original text: nothing is normalised.

use newsnlp_core::english::is_one_of;
use newsnlp_core::{is_quote_char, QuoteMark, ShapeClass, Span, Token, TokenFlags, TokenKind};

use crate::chars::{
    classify, is_apostrophe, is_closing_quote_form, is_damaged_apostrophe, is_emoji_joiner,
    is_lost_character, is_opening_quote_form, is_punctuation, joins_run, CharClass,
};
use crate::lexicon::{self, FusedSplit};
use crate::sentences::may_end_sentence;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AtomKind {
    Word,
    Punct,
    Emoji,
}

#[derive(Clone, Copy, Debug)]
struct Atom {
    start: usize,
    end: usize,
    kind: AtomKind,
    /// First character, which for punctuation says what the atom is.
    first: char,
}

impl Atom {
    fn is_single(&self, c: char) -> bool {
        self.kind == AtomKind::Punct && self.first == c && self.end - self.start == c.len_utf8()
    }

    fn is_single_punct(&self) -> bool {
        self.kind == AtomKind::Punct && self.end - self.start == self.first.len_utf8()
    }
}

/// Splits `text` into tokens with byte spans into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_marking_sentence_ends(text).0
}

/// Tokens, and the indices of those that [`may_end_sentence`], in order:
/// the tokenizer notes them as it makes them, so the sentence splitter
/// need not search the text again.
pub(crate) fn tokenize_marking_sentence_ends(text: &str) -> (Vec<Token>, Vec<usize>) {
    let mut tokenizer = Tokenizer {
        text,
        // News text averages about five bytes a token; room for four
        // spares most documents a reallocation.
        tokens: Vec::with_capacity(text.len() / 4 + 16),
        sentence_ends: Vec::with_capacity(text.len() / 64 + 4),
        atoms: Vec::with_capacity(32),
    };
    tokenizer.run();
    (tokenizer.tokens, tokenizer.sentence_ends)
}

struct Tokenizer<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// Indices of the tokens that [`may_end_sentence`]. Only [`Self::emit`]
    /// makes such tokens: the others are plain letters and digits.
    sentence_ends: Vec<usize>,
    /// Scratch buffer reused for every chunk.
    atoms: Vec<Atom>,
}

#[inline]
fn char_at(text: &str, pos: usize) -> (char, usize) {
    let b = text.as_bytes()[pos];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[pos..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

/// The class of the character at `pos` and its length in bytes.
#[inline]
fn class_at(text: &str, pos: usize) -> (CharClass, usize) {
    let (c, l) = char_at(text, pos);
    (classify(c), l)
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

impl<'t> Tokenizer<'t> {
    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut pos = 0;
        while pos < len {
            let first = BYTE_CLASS[bytes[pos] as usize];
            if first & SPACE != 0 {
                pos += 1;
                continue;
            }
            if first & MULTIBYTE != 0 {
                let (class, l) = class_at(text, pos);
                if class == CharClass::Space {
                    pos += l;
                    continue;
                }
            }
            let start = pos;
            if first & ALNUM == 0 {
                pos = self.chunk_end(start);
                if pos == start + 1 {
                    // A lone ASCII mark: `-`, `&`, `$`.
                    self.emit(start, pos, None);
                } else if !self.marked_word(start, pos) {
                    self.chunk(start, pos);
                }
                continue;
            }
            // The chunk opens with a run of ASCII letters and digits: most
            // chunks are such a word, or the word and one mark after it.
            let rest;
            (pos, rest) = alnum_run(bytes, pos + 1);
            let ends_at = |p: usize| p == len || BYTE_CLASS[bytes[p] as usize] & SPACE != 0;
            if ends_at(pos) {
                self.ascii_word(start, pos, first, rest);
                // The space after it is one byte (multi-byte spaces have
                // no SPACE bit): the next chunk starts at the byte after.
                pos = (pos + 1).min(len);
                continue;
            }
            // `word,` or `word.` (most often a sentence's last word); a
            // number with its unit (`5pm.`) takes the joining rules.
            let one_mark = ends_at(pos + 1)
                && match bytes[pos] {
                    b',' | b';' | b')' | b'!' | b'?' | b':' => true,
                    b'.' => number_unit_start(&bytes[start..pos]).is_none(),
                    _ => false,
                };
            if !one_mark {
                pos = self.chunk_end(pos);
                if !self.marked_word(start, pos) {
                    self.chunk(start, pos);
                }
                continue;
            }
            if bytes[pos] == b'.' && period_stays(text, start, pos, false, true) {
                self.emit(start, pos + 1, None);
            } else {
                self.ascii_word(start, pos, first, rest);
                self.emit(pos, pos + 1, None);
            }
            pos += 1;
        }
    }

    /// The end of the chunk that goes on at `pos`: the next space.
    fn chunk_end(&self, mut pos: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        // Eight bytes at a time up to the first that is a space, a control
        // character or part of a multi-byte character.
        while let Some(chunk) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) {
            let word = u64::from_le_bytes(*chunk);
            let printable = lanes_in_range(word & !HIGH, 0x21, 0x7e) & !word;
            let stop = !printable & HIGH;
            if stop != 0 {
                pos += stop.trailing_zeros() as usize / 8;
                break;
            }
            pos += 8;
        }
        while pos < bytes.len() {
            let class = BYTE_CLASS[bytes[pos] as usize];
            if class & SPACE != 0 {
                break;
            }
            if class & MULTIBYTE == 0 {
                pos += 1;
                continue;
            }
            let (class, l) = class_at(text, pos);
            if class == CharClass::Space {
                break;
            }
            pos += l;
        }
        pos
    }

    /// A word of ASCII letters and digits, given the class bits of its first
    /// byte and of the bytes after it.
    #[inline(always)]
    fn ascii_word(&mut self, start: usize, end: usize, first: u8, rest: u8) {
        // What [`word_split`] looks for, sorted by the class bits: number
        // units follow a leading digit, fused contractions are all letters.
        let word = &self.text.as_bytes()[start..end];
        let split = if first & DIGIT != 0 {
            number_unit_start(word)
        } else if rest & DIGIT == 0 {
            self.fused_split(start, end)
        } else {
            None
        };
        if let Some(split) = split {
            self.emit(start, start + split, None);
            self.emit(start + split, end, None);
        } else {
            self.tokens
                .push(alnum_traits(None, first, rest).token(start, end));
        }
    }

    /// Tokenizes the chunk `[start, end)` if it is an ASCII word, a word
    /// with its apostrophe and clitic (`Trump's`, `don't`) or words joined
    /// by hyphens (`re-elected`, `Jong-un`, `long-range`), inside opening
    /// quotes or brackets and before closing marks (`"Word`, `word,"`,
    /// `(word).`): what [`Self::chunk`] would make of it, without its atoms.
    /// False, with nothing emitted, for any other chunk.
    fn marked_word(&mut self, start: usize, end: usize) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut p = start;
        while p < end && matches!(bytes[p], b'"' | b'(' | b'[') {
            p += 1;
        }
        let Some(word) = SimpleWord::at(bytes, p, end) else {
            return false;
        };
        p = word.end;
        let mut words = [word; MAX_HYPHENATED];
        let mut count = 1;
        let mut clitic = None;
        if p + 1 < end && bytes[p] == b'\'' {
            let Some(after) = SimpleWord::at(bytes, p + 1, end) else {
                return false;
            };
            let Some(split) = clitic_split(&text[word.start..word.end], &text[p + 1..after.end])
            else {
                return false;
            };
            clitic = Some((split, after.end));
            p = after.end;
        }
        while p + 1 < end && bytes[p] == b'-' && clitic.is_none() {
            match SimpleWord::at(bytes, p + 1, end) {
                Some(next) if count < MAX_HYPHENATED => {
                    words[count] = next;
                    count += 1;
                    p = next.end;
                }
                _ => return false,
            }
        }
        let words = &words[..count];
        // Numbers joined by hyphens (`853-3989`, `2019-04-25`) look
        // further ahead than one chunk's words: left to the atom rules.
        if count > 1 && words.iter().any(|w| (w.first | w.rest) & DIGIT != 0) {
            return false;
        }
        let marks_start = p;
        let mut previous = 0u8;
        while p < end {
            let b = bytes[p];
            let runs_on = matches!(previous, b'.' | b'!' | b'?') && matches!(b, b'.' | b'!' | b'?');
            if runs_on || !matches!(b, b',' | b'.' | b'"' | b')' | b']' | b'!' | b'?') {
                return false;
            }
            previous = b;
            p += 1;
        }
        for mark in start..word.start {
            self.emit(mark, mark + 1, None);
        }
        let mut marks = marks_start;
        if let Some((split, clitic_end)) = clitic {
            self.clitic(split, word.start, word.end, word.end, clitic_end);
        } else {
            let mut k = 0;
            while k < count {
                // The compound from word `k` runs while the hyphens join.
                let mut m = k;
                while m + 1 < count
                    && hyphen_joins(
                        text,
                        words[m].text(text),
                        words[m + 1].text(text),
                        m == k,
                        &[],
                    )
                {
                    m += 1;
                }
                let (compound_start, compound_end) = (words[k].start, words[m].end);
                let last = m + 1 == count;
                if last
                    && bytes.get(marks) == Some(&b'.')
                    && marks < end
                    && period_stays(
                        text,
                        compound_start,
                        compound_end,
                        false,
                        compound_start == start && marks + 1 == end,
                    )
                {
                    self.emit(compound_start, compound_end + 1, None);
                    marks += 1;
                } else if m == k {
                    let w = &words[k];
                    self.ascii_word(w.start, w.end, w.first, w.rest);
                } else {
                    self.emit(compound_start, compound_end, None);
                }
                if !last {
                    self.emit(compound_end, compound_end + 1, None);
                }
                k = m + 1;
            }
        }
        for mark in marks..end {
            self.emit(mark, mark + 1, None);
        }
        true
    }

    /// Tokenizes one whitespace-free chunk that is not a plain ASCII word.
    fn chunk(&mut self, start: usize, end: usize) {
        match self.special_at(start, end) {
            Some((lead, special_end, kind)) => {
                self.general(start, lead);
                self.emit(lead, special_end, Some(kind));
                self.general(special_end, end);
            }
            None => self.general(start, end),
        }
    }

    /// Finds a URL, e-mail address, handle or hashtag in the chunk:
    /// (start, end, kind).
    fn special_at(&self, start: usize, end: usize) -> Option<(usize, usize, TokenKind)> {
        let text = self.text;
        let chunk = &text[start..end];
        let bytes = text.as_bytes();
        let (mut colon, mut at, mut hash, mut dot) = (false, false, false, false);
        for &b in chunk.as_bytes() {
            colon |= b == b':';
            at |= b == b'@';
            hash |= b == b'#';
            dot |= b == b'.';
        }
        if !(colon || at || hash || dot) {
            return None;
        }
        let url_start = colon
            .then(|| chunk.find("://"))
            .flatten()
            .map(|i| start + i)
            .map(|colon| {
                let scheme = text[start..colon]
                    .bytes()
                    .rev()
                    .take_while(u8::is_ascii_alphabetic)
                    .count();
                colon - scheme
            })
            .filter(|&s| s < end && bytes[s].is_ascii_alphabetic())
            .or_else(|| {
                dot.then(|| {
                    chunk
                        .as_bytes()
                        .windows(4)
                        .position(|w| w.eq_ignore_ascii_case(b"www."))
                })
                .flatten()
                .map(|i| start + i)
                .filter(|&s| s == start || !bytes[s - 1].is_ascii_alphanumeric())
            })
            .or_else(|| (colon && chunk.starts_with("mailto:")).then_some(start));
        if let Some(url) = url_start {
            let url_end = strip_trailing_punct(text, url, end);
            return (url_end > url + 4).then_some((url, url_end, TokenKind::Url));
        }
        if let Some(at) = at.then(|| chunk.find('@')).flatten().map(|i| start + i) {
            let local = text[start..at]
                .bytes()
                .rev()
                .take_while(|&b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
                })
                .count();
            let local_start = at - local;
            if local > 0 && bytes[local_start].is_ascii_alphanumeric() {
                if let Some(email_end) = email_end(text, at, end) {
                    return Some((local_start, email_end, TokenKind::Email));
                }
            } else if local == 0 {
                let name_end = scan_while(text, at + 1, end, |c| {
                    c.is_alphanumeric() || c == '_' || c == '.'
                });
                let name_end = strip_trailing_punct(text, at + 1, name_end);
                return (name_end > at + 1).then_some((at, name_end, TokenKind::Handle));
            }
        }
        if !hash {
            return None;
        }
        let lead = (start..end)
            .find(|&p| bytes[p].is_ascii_alphanumeric() || bytes[p] == b'#' || bytes[p] >= 0x80)?;
        if bytes[lead] == b'#' {
            let tag_end = scan_while(text, lead + 1, end, |c| c.is_alphanumeric() || c == '_');
            let has_letter = text[lead + 1..tag_end].chars().any(char::is_alphabetic);
            return has_letter.then_some((lead, tag_end, TokenKind::Hashtag));
        }
        None
    }

    /// Atomizes and joins `[start, end)`.
    fn general(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        self.atomize(start, end);
        let atoms = std::mem::take(&mut self.atoms);
        let mut i = 0;
        while i < atoms.len() {
            let atom = atoms[i];
            i = match atom.kind {
                AtomKind::Word => self.word(&atoms, i),
                AtomKind::Emoji => {
                    self.emit(atom.start, atom.end, Some(TokenKind::Emoji));
                    i + 1
                }
                AtomKind::Punct => {
                    self.emit(atom.start, atom.end, None);
                    i + 1
                }
            };
        }
        self.atoms = atoms;
    }

    fn atomize(&mut self, start: usize, end: usize) {
        let text = self.text;
        self.atoms.clear();
        let mut p = start;
        while p < end {
            let (c, l) = char_at(text, p);
            let atom_start = p;
            p += l;
            let kind = match classify(c) {
                CharClass::Alnum | CharClass::Space => {
                    // `M��ller`, `Sinn F��in`: a replacement character
                    // after a letter stands for letters a damaged encoding
                    // lost, and stays in the word.
                    let lost_letters = c.is_alphabetic();
                    p = scan_while(text, p, end, |c| {
                        classify(c) == CharClass::Alnum
                            || lost_letters && c == char::REPLACEMENT_CHARACTER
                    });
                    if let Some(unit_start) = number_unit_start(&text.as_bytes()[atom_start..p]) {
                        self.atoms.push(Atom {
                            start: atom_start,
                            end: atom_start + unit_start,
                            kind: AtomKind::Word,
                            first: c,
                        });
                        self.atoms.push(Atom {
                            start: atom_start + unit_start,
                            end: p,
                            kind: AtomKind::Word,
                            first: text[atom_start + unit_start..].chars().next().unwrap_or(c),
                        });
                        continue;
                    }
                    AtomKind::Word
                }
                CharClass::Emoji => {
                    p = emoji_sequence_end(text, p, end, c);
                    AtomKind::Emoji
                }
                CharClass::Punct => {
                    if let Some(len) = emoticon_len(text, atom_start, end) {
                        p = atom_start + len;
                        AtomKind::Emoji
                    } else {
                        p = scan_while(text, p, end, |next| joins_run(c, next));
                        AtomKind::Punct
                    }
                }
            };
            self.atoms.push(Atom {
                start: atom_start,
                end: p,
                kind,
                first: c,
            });
        }
    }

    /// Handles the word atom at `i` and what joins it; returns the index of
    /// the next unhandled atom.
    fn word(&mut self, atoms: &[Atom], i: usize) -> usize {
        let text = self.text;
        let start = atoms[i].start;
        let mut end = atoms[i].end;
        let mut last = i;
        let mut j = i + 1;
        let mut internal_period = false;
        while j + 1 < atoms.len()
            && atoms[j].kind == AtomKind::Punct
            && atoms[j + 1].kind == AtomKind::Word
            && joins(
                text,
                start,
                &atoms[last],
                &atoms[j],
                &atoms[j + 1],
                &atoms[j + 2..],
            )
        {
            internal_period |= atoms[j].first == '.';
            end = atoms[j + 1].end;
            last = j + 1;
            j += 2;
        }
        let keeps_next = |c: char| {
            j < atoms.len() && atoms[j].is_single(c) && (c != '-' || j + 1 == atoms.len())
        };
        if keeps_next('.')
            && period_stays(
                text,
                start,
                end,
                internal_period,
                i == 0 && j + 1 == atoms.len(),
            )
        {
            self.emit(start, atoms[j].end, None);
            return j + 1;
        }
        if j < atoms.len()
            && &text[atoms[j].start..atoms[j].end] == ".."
            && keeps_period(text, &text[start..end], internal_period, atoms[j].end)
        {
            // `Inc..`: the abbreviation's full stop, then the sentence's.
            self.emit(start, atoms[j].start + 1, None);
            self.emit(atoms[j].start + 1, atoms[j].end, None);
            return j + 1;
        }
        if keeps_next('-') && all_lower(&text[start..end]) && end - start <= 4 {
            // A word broken off in speech or a suspended prefix: `th-`, `pre-`.
            self.emit(start, atoms[j].end, None);
            return j + 1;
        }
        if j + 1 < atoms.len()
            && atoms[j].is_single_punct()
            && (is_apostrophe(atoms[j].first) || atoms[j].first == '"')
            && atoms[j + 1].kind == AtomKind::Word
        {
            let (apostrophe, after) = (&atoms[j], &atoms[j + 1]);
            let clitic = &text[after.start..after.end];
            let word = &text[start..end];
            let split = if apostrophe.first == '"' {
                is_damaged_apostrophe(word, clitic)
                    .then(|| clitic_split(word, clitic))
                    .flatten()
            } else {
                clitic_split(word, clitic)
            };
            if let Some(split) = split {
                // `O’Malley’s`, `D’Souza’s`: a word its apostrophe glues,
                // then a clitic after a second one (that apostrophe was a
                // closing quote mark, `s` a word).
                let clitic_after_glued = (split == CliticSplit::Glued
                    && j + 3 < atoms.len()
                    && atoms[j + 2].is_single_punct()
                    && is_apostrophe(atoms[j + 2].first)
                    && atoms[j + 3].kind == AtomKind::Word
                    && is_clitic(&text[atoms[j + 3].start..atoms[j + 3].end]))
                .then_some(after.end);
                if let Some(glued_end) = clitic_after_glued {
                    let (second, clitic) = (&atoms[j + 2], &atoms[j + 3]);
                    self.clitic(
                        CliticSplit::Clitic,
                        start,
                        glued_end,
                        second.start,
                        clitic.end,
                    );
                    return j + 4;
                }
                self.clitic(split, start, end, apostrophe.start, after.end);
                return j + 2;
            }
        }
        if last == i {
            self.word_without_joins(start, end);
        } else {
            self.emit(start, end, None);
        }
        j
    }

    /// Emits `word ' clitic` (the word `[start, end)`, the apostrophe at
    /// `apostrophe`, the clitic ending at `clitic_end`) as `split` says.
    fn clitic(
        &mut self,
        split: CliticSplit,
        start: usize,
        end: usize,
        apostrophe: usize,
        clitic_end: usize,
    ) {
        match split {
            CliticSplit::Negation => {
                self.emit(start, end - 1, None);
                self.emit(end - 1, clitic_end, None);
            }
            CliticSplit::Glued => self.emit(start, clitic_end, None),
            CliticSplit::Clitic => {
                self.emit(start, end, None);
                self.emit(apostrophe, clitic_end, None);
            }
        }
    }

    /// A word made of one atom: one token, or two for a fused contraction
    /// (`gonna`) or a number with its unit (`5pm`).
    fn word_without_joins(&mut self, start: usize, end: usize) {
        let split = self
            .fused_split(start, end)
            .or_else(|| number_unit_start(&self.text.as_bytes()[start..end]));
        match split {
            Some(split) => {
                self.emit(start, start + split, None);
                self.emit(start + split, end, None);
            }
            None => self.emit(start, end, None),
        }
    }

    /// Where the word `[start, end)` splits as a fused contraction (`gon`
    /// `na`; `it` `s` only before a word that opens a clause).
    #[inline(always)]
    fn fused_split(&self, start: usize, end: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        match lexicon::fused_contraction_split(&bytes[start..end])? {
            FusedSplit::Always(at) => Some(at),
            FusedSplit::IfAClauseWordFollows(at) => {
                // `its` or `Its`; `ITS` is an acronym.
                let cased = bytes.get(start + 1).is_some_and(u8::is_ascii_lowercase);
                (cased && self.clause_word_follows(end)).then_some(at)
            }
        }
    }

    /// True when a space and then a whole word that opens a clause after
    /// `its` follow `end` (`its a`, `its not`; not `its in-house`).
    #[cold]
    #[inline(never)]
    fn clause_word_follows(&self, end: usize) -> bool {
        let bytes = self.text.as_bytes();
        let next = end + 1;
        if bytes.get(end) != Some(&b' ') {
            return false;
        }
        let (next_end, _) = alnum_run(bytes, next);
        next_end > next
            && !matches!(bytes.get(next_end), Some(b'-' | b'\''))
            && lexicon::opens_a_clause_after_its(&bytes[next..next_end])
    }

    fn emit(&mut self, start: usize, end: usize, kind: Option<TokenKind>) {
        let token = make_token(self.text, start, end, kind);
        if may_end_sentence(self.text, &token) {
            self.sentence_ends.push(self.tokens.len());
        }
        self.tokens.push(token);
    }
}

/// The most words joined by hyphens that [`Tokenizer::marked_word`]
/// takes (`mother-in-law` has three).
const MAX_HYPHENATED: usize = 4;

/// A run of ASCII letters and digits that the atom rules keep whole: it
/// starts with a letter or is all digits (a number glued to its unit,
/// `5pm`, is cut by them).
#[derive(Clone, Copy)]
struct SimpleWord {
    start: usize,
    end: usize,
    /// Class bits of the first byte and of the others.
    first: u8,
    rest: u8,
}

impl SimpleWord {
    /// The simple word that starts at `start` and ends by `end`, if any.
    #[inline]
    fn at(bytes: &[u8], start: usize, end: usize) -> Option<SimpleWord> {
        let first = BYTE_CLASS[usize::from(*bytes.get(start)?)];
        if first & ALNUM == 0 || start >= end {
            return None;
        }
        let (run_end, rest) = alnum_run(bytes, start + 1);
        let simple = first & DIGIT == 0 || rest & (UPPER | LOWER) == 0;
        (simple && run_end <= end).then_some(SimpleWord {
            start,
            end: run_end,
            first,
            rest,
        })
    }

    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// How `word ' clitic` is cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CliticSplit {
    /// `do` `n't`: the `n` goes with the clitic.
    Negation,
    /// One token: `80's`, `O'Brien`, `ma'am`.
    Glued,
    /// `Trump` `'s`, `they` `'re`.
    Clitic,
}

/// How the word and the letters after its apostrophe are cut, if the
/// apostrophe belongs to them at all.
fn clitic_split(word: &str, clitic: &str) -> Option<CliticSplit> {
    if clitic.eq_ignore_ascii_case("t") && word.len() > 1 && word.ends_with(['n', 'N']) {
        return Some(CliticSplit::Negation);
    }
    if all_digits(word) && clitic.eq_ignore_ascii_case("s") {
        // 80's, 1990's
        return Some(CliticSplit::Glued);
    }
    if is_clitic(clitic) || is_damaged_are(word, clitic) {
        return Some(CliticSplit::Clitic);
    }
    let letters = |s: &str| s.chars().all(char::is_alphabetic);
    let single_letter = word.chars().nth(1).is_none() && letters(word);
    // O'Brien, ma'am, y'all, Kiteng'e, Gov't
    (single_letter || letters(word) && (clitic.len() >= 2 || letters(clitic)))
        .then_some(CliticSplit::Glued)
}

/// True for `we'r`, `they'r`, `you'r`: scraped text that lost the `e` of
/// `'re`.
fn is_damaged_are(word: &str, clitic: &str) -> bool {
    clitic.eq_ignore_ascii_case("r") && is_one_of(word, &["we", "they", "you"])
}

fn scan_while(text: &str, mut p: usize, end: usize, pred: impl Fn(char) -> bool) -> usize {
    while p < end {
        let (c, l) = char_at(text, p);
        if !pred(c) {
            break;
        }
        p += l;
    }
    p
}

fn strip_trailing_punct(text: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        let Some(c) = char_before(text, end) else {
            break;
        };
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>')
            || is_quote_char(c)
        {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// The end of an e-mail address whose `@` is at `at`, if its domain is
/// one.
fn email_end(text: &str, at: usize, end: usize) -> Option<usize> {
    let domain_end = scan_while(text, at + 1, end, |c| {
        c.is_alphanumeric() || c == '.' || c == '-'
    });
    let domain_end = strip_trailing_punct(text, at + 1, domain_end);
    let domain = &text[at + 1..domain_end];
    let tld = domain.rsplit('.').next()?;
    (domain.contains('.') && tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
        .then_some(domain_end)
}

fn emoji_sequence_end(text: &str, mut p: usize, end: usize, base: char) -> usize {
    let is_regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    if is_regional(base) && p < end {
        let (c, l) = char_at(text, p);
        if is_regional(c) {
            return p + l;
        }
    }
    while p < end {
        let (c, l) = char_at(text, p);
        let cp = c as u32;
        if (0x1F3FB..=0x1F3FF).contains(&cp) || (is_emoji_joiner(cp) && cp != 0x200D) {
            p += l;
        } else if cp == 0x200D && p + l < end {
            let (next, nl) = char_at(text, p + l);
            if classify(next) == CharClass::Emoji {
                p += l + nl;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    p
}

const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ":-D", ":-P", ":-/", ";-)", ":'(", ":)", ":(", ":D", ":P", ":p", ":/", ";)",
    ":]", ":[", ":O", ":o", "=)", "=(", "<3", "^_^", "^^",
];

fn emoticon_len(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = &text.as_bytes()[start..end];
    if !matches!(rest.first(), Some(b':' | b';' | b'=' | b'<' | b'^')) {
        return None;
    }
    EMOTICONS
        .iter()
        .filter(|e| rest.starts_with(e.as_bytes()))
        .map(|e| e.len())
        .find(|&len| rest.get(len).is_none_or(|b| !b.is_ascii_alphanumeric()))
}

/// Where a unit starts in `35mm` or `5pm`: digits directly followed by a
/// known unit.
fn number_unit_start(word: &[u8]) -> Option<usize> {
    let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
    (digits > 0 && digits < word.len() && lexicon::is_number_unit(&word[digits..]))
        .then_some(digits)
}

/// True when only spaces or tabs separate `pos` from the start of its line.
fn at_line_start(text: &str, pos: usize) -> bool {
    text[..pos]
        .bytes()
        .rev()
        .find(|&b| b != b' ' && b != b'\t')
        .is_none_or(|b| b == b'\n')
}

/// True when the text at byte `at` is a clitic (`s`, `ll`) that ends its
/// word.
fn clitic_ends_word_at(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let letters = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    is_clitic(&rest[..letters])
        && !rest[letters..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

fn is_clitic(s: &str) -> bool {
    ["s", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|c| s.eq_ignore_ascii_case(c))
}

fn is_lower_alnum(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_lowercase() || c.is_ascii_digit())
}

fn is_alnum_word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphanumeric)
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn all_alpha(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphabetic)
}

// Unicode's Alphabetic property contains Uppercase and Lowercase, so one
// pass tells both, and a word of the other case fails at its first letter.
fn all_upper(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_uppercase)
}

fn all_lower(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_lowercase)
}

fn is_title(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// Whether `left conn right` stays one token.
fn joins(
    text: &str,
    compound_start: usize,
    left: &Atom,
    conn: &Atom,
    right: &Atom,
    after: &[Atom],
) -> bool {
    if !conn.is_single_punct() {
        return false;
    }
    let l = &text[left.start..left.end];
    let r = &text[right.start..right.end];
    let compound = &text[compound_start..left.end];
    let first = compound_start == left.start;
    match conn.first {
        '.' => {
            let last = after.first().is_none_or(|a| a.kind != AtomKind::Word);
            let chain =
                after.len() >= 2 && after[0].is_single('.') && after[1].kind == AtomKind::Word;
            let dotted = compound.contains('.');
            (l.chars().count() == 1 && r.chars().count() == 1 && all_alpha(l) && all_alpha(r))
                || ((chain || dotted) && is_lower_alnum(l) && is_lower_alnum(r))
                || (l.len() <= 2
                    && r.len() <= 2
                    && (all_upper(l) && all_upper(r) || all_lower(l) && all_lower(r)))
                || (l.len() == 2 && is_title(l) && r.len() == 1 && all_upper(r))
                || (all_digits(l) && r.bytes().next().is_some_and(|b| b.is_ascii_digit()))
                || (last && (all_lower(r) || is_title(r)) && lexicon::is_domain(r))
                || (last && lexicon::is_file_extension(r) && (all_lower(r) || all_upper(r)))
        }
        ',' => all_digits(l) && all_digits(r) && r.len() == 3,
        ':' => all_digits(l) && all_digits(r) && r.len() == 2,
        '/' => {
            (all_digits(l) && all_digits(r) && l.len() + r.len() >= 3)
                || (first && l.chars().count() == 1 && all_alpha(l) && all_alpha(r) && r.len() <= 3)
        }
        '@' => is_alnum_word(l) && is_alnum_word(r),
        '-' | '‑' => hyphen_joins(text, l, r, first, after),
        '&' => all_upper(l) && all_upper(r) && l.len() <= 3 && r.len() <= 3,
        '_' => true,
        _ => false,
    }
}

fn hyphen_joins(text: &str, l: &str, r: &str, first: bool, after: &[Atom]) -> bool {
    if all_digits(l) && all_digits(r) {
        let then_digits = |n: usize| {
            after.len() >= 2
                && after[0].is_single('-')
                && text[after[1].start..after[1].end].len() == n
                && all_digits(&text[after[1].start..after[1].end])
        };
        return match (l.len(), r.len()) {
            (3, 4) => true,           // 853-3989
            (3, 3) => then_digits(4), // 713-853-3989
            (4, 2) => then_digits(2), // 2019-04-25
            (2, 2) => !first,         // ...-04-25
            _ => false,
        };
    }
    if all_digits(r) && l.bytes().any(|b| b.is_ascii_digit()) {
        // x3-9890, ld2d-7
        return true;
    }
    if lexicon::is_number_word(l) && lexicon::is_number_word(r) {
        return true;
    }
    if all_upper(l) && l.len() >= 2 && (all_upper(r) || r.chars().skip(1).any(char::is_uppercase)) {
        // SARS-CoV, SAC-D
        return true;
    }
    if !first || !all_alpha(r) {
        return false;
    }
    if lexicon::is_hyphen_prefix(l) {
        return true;
    }
    // Romanised East Asian given names: Jong-un, Yiu-chung, Wai-ching.
    let (ln, rn) = (l.chars().count(), r.chars().count());
    is_title(l)
        && (3..=4).contains(&ln)
        && all_lower(r)
        && (2..=5).contains(&rn)
        && !lexicon::is_compound_head(r)
}

/// Whether the full stop right after the word `[start, end)` belongs to it:
/// an abbreviation or initial (`Mr.`, `U.S.`, `J.`), or a number that opens
/// its line and makes up its chunk with the stop (`1.` of a list, `alone`).
fn period_stays(text: &str, start: usize, end: usize, internal_period: bool, alone: bool) -> bool {
    let word = &text[start..end];
    (alone && all_digits(word) && at_line_start(text, start))
        || keeps_period(text, word, internal_period, end + 1)
}

/// Whether a word followed by `.` keeps it (`Mr.`, `U.S.`, `J.`).
fn keeps_period(text: &str, word: &str, internal_period: bool, period_end: usize) -> bool {
    if internal_period {
        return word.chars().any(char::is_alphabetic);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return c != 'I';
        }
        // `c. 1900`, `p. 5`, `b. in`: a lower-case letter that is no word;
        // `Roe v. Wade`: the `v.` of a case's name.
        let next = text[period_end..].trim_start().chars().next();
        return c.is_alphabetic()
            && !matches!(c, 'a' | 'i')
            && next.is_some_and(|n| {
                n.is_ascii_digit() || n.is_lowercase() || c == 'v' && n.is_uppercase()
            });
    }
    if lexicon::is_number_abbreviation(word) {
        let next = text[period_end..].trim_start().chars().next();
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    lexicon::is_abbreviation(word)
}

/// What a token is besides its span. The functions that work it out return
/// this (three bytes, in a register) and [`Traits::token`] assembles the
/// token where it is pushed: a token built field by field in a callee's
/// stack slot and then copied whole stalls store forwarding.
#[derive(Clone, Copy)]
struct Traits {
    kind: TokenKind,
    shape: ShapeClass,
    quote: QuoteMark,
}

impl Traits {
    #[inline(always)]
    fn token(self, start: usize, end: usize) -> Token {
        Token {
            span: Span::new(start, end),
            kind: self.kind,
            shape: self.shape,
            flags: TokenFlags {
                sentence_initial: false,
                quote: self.quote,
            },
        }
    }
}

/// Builds a token: kind (unless given), shape class and quote-mark flag.
#[inline(always)]
pub(crate) fn make_token(text: &str, start: usize, end: usize, kind: Option<TokenKind>) -> Token {
    match text.as_bytes().get(start) {
        Some(&byte) if end == start + 1 && byte.is_ascii() => {
            ascii_byte_traits(text, start, byte, kind).token(start, end)
        }
        _ => token_traits(text, start, end, kind).token(start, end),
    }
}

fn token_traits(text: &str, start: usize, end: usize, kind: Option<TokenKind>) -> Traits {
    let s = &text[start..end];
    let (mut upper, mut lower, mut digit, mut other) = (0u32, 0u32, 0u32, 0u32);
    let mut first_upper = false;
    let mut all_punct = true;
    // One pass ORs together the classes of the bytes after the first; the
    // multi-byte bit among them sends the token to the character loop.
    if let Some((&head, tail)) = s.as_bytes().split_first() {
        let first = BYTE_CLASS[usize::from(head)];
        let rest = tail
            .iter()
            .fold(0u8, |acc, &b| acc | BYTE_CLASS[usize::from(b)]);
        if (first | rest) & MULTIBYTE == 0 {
            return ascii_traits(text, start, end, kind, first, rest);
        }
    }
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            first_upper |= i == 0;
        } else if c.is_alphabetic() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        } else {
            other += 1;
            all_punct &= is_punctuation(c);
            continue;
        }
        all_punct = false;
    }
    finish_traits(
        text,
        start,
        end,
        kind,
        Counts {
            upper,
            lower,
            digit,
            other,
            first_upper,
            all_punct,
        },
    )
}

/// The traits of ASCII text from the class bits of its first byte and of
/// the bytes after it.
fn ascii_traits(
    text: &str,
    start: usize,
    end: usize,
    kind: Option<TokenKind>,
    first: u8,
    rest: u8,
) -> Traits {
    if (first | rest) & ALNUM != 0 {
        return alnum_traits(kind, first, rest);
    }
    finish_traits(text, start, end, kind, ascii_counts(first, rest))
}

/// The traits of ASCII text with letters or digits: shape and kind (unless
/// given) depend on the class bits alone.
#[inline(always)]
fn alnum_traits(kind: Option<TokenKind>, first: u8, rest: u8) -> Traits {
    let all = first | rest;
    let shape = ASCII_WORD_SHAPES[usize::from(first & ALNUM) | usize::from(rest & ALNUM) << 3];
    let kind = kind.unwrap_or(if all & (UPPER | LOWER) != 0 {
        TokenKind::Word
    } else {
        TokenKind::Number
    });
    Traits {
        kind,
        shape,
        quote: QuoteMark::None,
    }
}

/// The [`Counts`] of ASCII text from the class bits of its first byte and
/// of the bytes after it (upper-case letters up to 2, others as presence).
const fn ascii_counts(first: u8, rest: u8) -> Counts {
    let all = first | rest;
    Counts {
        upper: (first & UPPER != 0) as u32 + 2 * (rest & UPPER != 0) as u32,
        lower: (all & LOWER != 0) as u32,
        digit: (all & DIGIT != 0) as u32,
        other: (all & (PUNCT | SYMBOL) != 0) as u32,
        first_upper: first & UPPER != 0,
        all_punct: all & ALNUM == 0 && all & SYMBOL == 0,
    }
}

/// The shape of an ASCII token with letters or digits, indexed by the
/// letter and digit bits of its first byte and (shifted by 3) of the rest.
static ASCII_WORD_SHAPES: [ShapeClass; 64] = {
    let mut shapes = [ShapeClass::Other; 64];
    let mut i = 0;
    while i < 64 {
        shapes[i] = shape(&ascii_counts(i as u8 & ALNUM, (i >> 3) as u8 & ALNUM));
        i += 1;
    }
    shapes
};

/// The end of the run of ASCII letters and digits at `pos`, with the class
/// bits of its bytes OR-ed together. Eight bytes at a time: a word's end
/// costs no branch per byte, so no misprediction per word.
#[inline(always)]
fn alnum_run(bytes: &[u8], mut pos: usize) -> (usize, u8) {
    let mut bits = 0u8;
    while let Some(chunk) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*chunk);
        let ascii = !word & HIGH;
        let low7 = word & !HIGH;
        // Upper case folds onto lower case with bit 5 (0x20); that bit,
        // shifted to the high bit, then tells the cases apart.
        let letter = lanes_in_range(low7 | (ONES * 0x20), b'a', b'z') & ascii;
        let digit = lanes_in_range(low7, b'0', b'9') & ascii;
        let stop = !(letter | digit) & HIGH;
        // The bytes before the first that stops the run.
        let run = stop.wrapping_sub(1) & !stop;
        let lower_bit = low7 << 2;
        bits |= (u8::from(letter & !lower_bit & run != 0) * UPPER)
            | (u8::from(letter & lower_bit & run != 0) * LOWER)
            | (u8::from(digit & run != 0) * DIGIT);
        if stop != 0 {
            return (pos + stop.trailing_zeros() as usize / 8, bits);
        }
        pos += 8;
    }
    while pos < bytes.len() && BYTE_CLASS[usize::from(bytes[pos])] & ALNUM != 0 {
        bits |= BYTE_CLASS[usize::from(bytes[pos])];
        pos += 1;
    }
    (pos, bits)
}

/// A `u64` with 1 in each of its eight bytes (lanes).
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// The high bit of each lane.
const HIGH: u64 = ONES * 0x80;

/// The high bit of each lane of `low7` (bytes under 0x80, so no sum
/// carries into the next lane) set where the lane lies in `lo..=hi`.
#[inline(always)]
const fn lanes_in_range(low7: u64, lo: u8, hi: u8) -> u64 {
    (low7 + ONES * (0x80 - lo as u64)) & !(low7 + ONES * (0x7f - hi as u64)) & HIGH
}

const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const PUNCT: u8 = 8;
const SYMBOL: u8 = 16;
/// Spaces and control characters: they end a chunk and belong to no token.
const SPACE: u8 = 32;
/// A byte of a multi-byte character: decode before classifying.
const MULTIBYTE: u8 = 64;
const ALNUM: u8 = UPPER | LOWER | DIGIT;

/// Class bits of each byte: the tokenizer's scan and [`make_token`]'s
/// fast path both read it, so neither decodes ASCII text.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 0x80 {
            MULTIBYTE
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c <= b' ' || c == 127 {
            SPACE
        } else if matches!(
            c,
            b'!' | b'"'
                | b'\''
                | b'('
                | b')'
                | b','
                | b'-'
                | b'.'
                | b'/'
                | b':'
                | b';'
                | b'?'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'`'
                | b'*'
                | b'_'
                | b'\\'
        ) {
            PUNCT
        } else {
            SYMBOL
        };
        b += 1;
    }
    table
};

/// Character counts of a token's text (upper-case letters counted up to 2,
/// others as presence).
struct Counts {
    upper: u32,
    lower: u32,
    digit: u32,
    other: u32,
    first_upper: bool,
    all_punct: bool,
}

/// A token's short shape from its character counts.
const fn shape(counts: &Counts) -> ShapeClass {
    let (upper, lower) = (counts.upper, counts.lower);
    match (upper + lower > 0, counts.digit > 0) {
        (true, true) => ShapeClass::Alnum,
        (false, true) => ShapeClass::Digits,
        (false, false) => ShapeClass::Other,
        (true, false) if upper == 0 => ShapeClass::Lower,
        (true, false) if lower == 0 => ShapeClass::Upper,
        (true, false) if counts.first_upper && upper == 1 => ShapeClass::Title,
        (true, false) => ShapeClass::Mixed,
    }
}

fn finish_traits(
    text: &str,
    start: usize,
    end: usize,
    kind: Option<TokenKind>,
    counts: Counts,
) -> Traits {
    let kind = kind.unwrap_or(counted_kind(&counts));
    let quote = if kind == TokenKind::Punct {
        quote_mark(text, start, end)
    } else {
        QuoteMark::None
    };
    Traits {
        kind,
        shape: shape(&counts),
        quote,
    }
}

/// A token's kind from its character counts.
const fn counted_kind(counts: &Counts) -> TokenKind {
    if counts.upper + counts.lower > 0 {
        TokenKind::Word
    } else if counts.digit > 0 {
        TokenKind::Number
    } else if counts.all_punct && counts.other > 0 {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

/// The kind and shape of each one-byte ASCII token (quote role aside).
static ASCII_BYTE_TRAITS: [(TokenKind, ShapeClass); 128] = {
    let mut traits = [(TokenKind::Symbol, ShapeClass::Other); 128];
    let mut b = 0;
    while b < 128 {
        let counts = ascii_counts(BYTE_CLASS[b], 0);
        traits[b] = (counted_kind(&counts), shape(&counts));
        b += 1;
    }
    traits
};

/// The traits of the one-byte ASCII token at `pos`: a table lookup, and
/// the neighbours for a quote mark's role.
#[inline]
fn ascii_byte_traits(text: &str, pos: usize, byte: u8, kind: Option<TokenKind>) -> Traits {
    let (counted, shape) = ASCII_BYTE_TRAITS[usize::from(byte & 0x7f)];
    let kind = match kind {
        Some(kind) => kind,
        // A lost character is no question mark: it ends no sentence.
        None if byte == b'?' && is_lost_character(text, pos) => TokenKind::Symbol,
        None => counted,
    };
    let quote = if kind == TokenKind::Punct && is_quote_char(char::from(byte)) {
        quote_mark(text, pos, pos + 1)
    } else {
        QuoteMark::None
    };
    Traits { kind, shape, quote }
}

/// The quote-mark role of a punctuation token, from its neighbours first
/// (a mark glued to the word after it opens) and its form second.
fn quote_mark(text: &str, start: usize, end: usize) -> QuoteMark {
    let mark = &text[start..end];
    let Some(c) = mark.chars().next() else {
        return QuoteMark::None;
    };
    if !mark.chars().all(is_quote_char) {
        return QuoteMark::None;
    }
    let attached = |n: Option<char>| {
        n.is_some_and(|n| !n.is_whitespace() && !matches!(n, '(' | '[' | '{' | '—' | '–'))
    };
    let before = char_before(text, start);
    let after_word = before.is_some_and(char::is_alphanumeric);
    let left = attached(before) && !(start > 0 && is_lost_character(text, start - 1));
    // `issue,"?Harward`: a lost character stands where a space was.
    let lost_after = is_lost_character(text, end);
    let right = !lost_after
        && text[end..]
            .chars()
            .next()
            .is_some_and(|n| !n.is_whitespace());
    if left && right && matches!(c, '\'' | '’') && clitic_ends_word_at(text, end) {
        // `RT?'s Morning Ireland`: an apostrophe whose word lost a
        // letter to a damaged encoding, not a quote mark.
        return QuoteMark::None;
    }
    if c == '"' && after_word && replaced_within_word(text, end) {
        // `O"�Neill`, `we"�ll`, `job"�crushing`: an apostrophe or dash
        // that a damaged encoding wrote as a mark and a replacement
        // character, inside a word.
        return QuoteMark::None;
    }
    match (left, right) {
        // `determine "?at least temporarily "?the fate`: a damaged dash.
        (false, false) if lost_after => QuoteMark::None,
        (false, true) => QuoteMark::Opening,
        (true, false) => QuoteMark::Closing,
        // `called it "fake".`, `(Kolasinac 50")`: glued to a word and
        // to the punctuation that ends a phrase, a mark closes.
        (true, true) if after_word && closes_phrase_at(text, end) => QuoteMark::Closing,
        // `three teachers'-union conferences`, `"not bad"-and`: glued to
        // a word and to a hyphen before the next one (often a lost
        // space), a mark closes.
        (true, true) if after_word && hyphen_before_word_at(text, end) => QuoteMark::Closing,
        _ if is_opening_quote_form(c) => QuoteMark::Opening,
        _ if is_closing_quote_form(c) => QuoteMark::Closing,
        _ => QuoteMark::Ambiguous,
    }
}

/// True when replacement characters start at byte `at` and a letter or
/// digit follows them.
fn replaced_within_word(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let after = rest.trim_start_matches(char::REPLACEMENT_CHARACTER);
    after.len() < rest.len() && after.starts_with(char::is_alphanumeric)
}

/// True when the character at byte `at` is punctuation that ends a
/// phrase or sentence (`.`, `,`, `?`, `)`, ...).
fn closes_phrase_at(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | '?' | '!' | ')' | ']'))
}

/// True when a hyphen stands at byte `at`, with a letter after it.
fn hyphen_before_word_at(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    rest.next() == Some('-') && rest.next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    /// The tokens of the chunk `[start, end)` of `text` by the fast path
    /// (`None` if it declines) and by the atom rules.
    fn both_paths(text: &str, start: usize, end: usize) -> (Option<Vec<Token>>, Vec<Token>) {
        let fresh = || Tokenizer {
            text,
            tokens: Vec::new(),
            sentence_ends: Vec::new(),
            atoms: Vec::new(),
        };
        let mut fast = fresh();
        let taken = fast.marked_word(start, end);
        let mut atoms = fresh();
        atoms.chunk(start, end);
        (taken.then_some(fast.tokens), atoms.tokens)
    }

    #[test]
    fn marked_words_take_the_fast_path_and_match_the_atom_rules() {
        for chunk in [
            "\"Word",
            "1.",
            "re-elected",
            "Jong-un,",
            "mother-in-law.",
            "(long-range\"",
            "SARS-CoV",
            "twenty-five",
            "co-op.",
            "Kim-Jong-un",
            "non-re-elected",
            "word,\"",
            "word.\"",
            "(word).",
            "Trump's",
            "don't",
            "80's",
            "O'Brien",
            "\"They're",
            "Mr.\"",
            "(1996)",
            "\"1.\"",
            "ma'am,",
            "[sic]",
            "word!\"",
        ] {
            for text in [chunk.to_string(), format!("Then {chunk} said")] {
                let start = text.find(chunk).unwrap_or(0);
                let (fast, atoms) = both_paths(&text, start, start + chunk.len());
                assert_eq!(fast.as_ref(), Some(&atoms), "{text:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fast_path_agrees_with_the_atom_rules(
            before in "(|Then |\n)",
            chunk in "[\"(\\[]{0,2}([A-Za-z0-9.]{1,6}|[A-Za-z0-9]{1,3}'[A-Za-z0-9]{1,3}|(re|co|non|Kim|Jong|twenty|SARS|[A-Za-z0-9]{1,4})(-(un|five|CoV|in|law|[A-Za-z0-9]{1,4})){1,4})[,.\")\\]!?';-]{0,3}",
            after in "(| The| said)",
        ) {
            let text = format!("{before}{chunk}{after}");
            let start = before.len();
            let (fast, atoms) = both_paths(&text, start, start + chunk.len());
            if let Some(fast) = fast {
                proptest::prop_assert_eq!(fast, atoms, "{:?}", text);
            }
        }
    }

    #[test]
    fn cased_letters_are_letters() {
        // `all_upper` and `all_lower` rely on it.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c.is_uppercase() || c.is_lowercase() {
                assert!(c.is_alphabetic(), "{c:?}");
            }
        }
    }

    #[test]
    fn other_chunks_are_left_to_the_atom_rules() {
        for chunk in [
            "853-3989",
            "2019-04-25",
            "a-b-c-d-e",
            "x--y",
            "5pm.",
            "players'",
            "rock'n'roll",
            "word...",
            "wait?!",
            "\"word;)",
            "http://x.io",
            "a@b.com",
            "#tag",
            "U.S.\"",
            "word-",
            "'quoted'",
        ] {
            let (fast, _) = both_paths(chunk, 0, chunk.len());
            assert_eq!(fast, None, "{chunk:?}");
        }
    }

    #[test]
    fn its_before_a_clause_word_is_it_s_and_before_a_noun_the_possessive() {
        assert_eq!(words("Its a shame"), ["It", "s", "a", "shame"]);
        assert_eq!(words("its not over."), ["it", "s", "not", "over", "."]);
        assert_eq!(words("its president said"), ["its", "president", "said"]);
        assert_eq!(words("its own way"), ["its", "own", "way"]);
        assert_eq!(words("seen its like"), ["seen", "its", "like"]);
        assert_eq!(
            words("its in-house team"),
            ["its", "in", "-", "house", "team"]
        );
        assert_eq!(words("ITS a system"), ["ITS", "a", "system"]);
        assert_eq!(words("(its a shame)"), ["(", "it", "s", "a", "shame", ")"]);
    }

    #[test]
    fn contractions_and_possessives_split_as_ud_does() {
        assert_eq!(words("don't"), ["do", "n't"]);
        assert_eq!(words("Trump's"), ["Trump", "'s"]);
        assert_eq!(words("Trump’s can’t"), ["Trump", "’s", "ca", "n’t"]);
        assert_eq!(
            words("I'm we've they'll"),
            ["I", "'m", "we", "'ve", "they", "'ll"]
        );
        assert_eq!(words("gonna cannot"), ["gon", "na", "can", "not"]);
        assert_eq!(words("Galois' O'Brien"), ["Galois", "'", "O'Brien"]);
    }

    #[test]
    fn letters_a_damaged_encoding_replaced_stay_in_their_word() {
        // `M��ller` was three tokens, `Sinn F��in` four: no name the
        // entity model could read. A replacement character opening a word
        // (a lost quote mark or currency sign) stays apart.
        assert_eq!(
            words("M\u{FFFD}\u{FFFD}ller told F\u{FFFD}\u{FFFD}in \u{FFFD}10 \u{FFFD}You"),
            [
                "M\u{FFFD}\u{FFFD}ller",
                "told",
                "F\u{FFFD}\u{FFFD}in",
                "\u{FFFD}",
                "10",
                "\u{FFFD}",
                "You"
            ]
        );
    }

    #[test]
    fn an_apostrophe_before_one_letter_opens_no_quote() {
        // `Kiteng'e` and `we'r` (a scrape that lost the `e` of `'re`)
        // had left their apostrophes loose, and quotes paired them.
        assert_eq!(
            words("Kiteng'e Gov't we'r They'r"),
            ["Kiteng'e", "Gov't", "we", "'r", "They", "'r"]
        );
    }

    #[test]
    fn abbreviations_initials_and_numbers_stay_whole() {
        assert_eq!(
            words("Mr. Smith of the U.S. paid $1,000.50 at 10:30 a.m. on 4/25/2019."),
            [
                "Mr.",
                "Smith",
                "of",
                "the",
                "U.S.",
                "paid",
                "$",
                "1,000.50",
                "at",
                "10:30",
                "a.m.",
                "on",
                "4/25/2019",
                "."
            ]
        );
        assert_eq!(words("John F. Kennedy"), ["John", "F.", "Kennedy"]);
        assert_eq!(words("I said no."), ["I", "said", "no", "."]);
        assert_eq!(words("No. 5"), ["No.", "5"]);
    }

    #[test]
    fn hyphens_split_except_prefixes_and_east_asian_names() {
        assert_eq!(words("Kim Jong-un"), ["Kim", "Jong-un"]);
        assert_eq!(words("re-elected"), ["re-elected"]);
        assert_eq!(words("well-known"), ["well", "-", "known"]);
        assert_eq!(words("Trump-Kim"), ["Trump", "-", "Kim"]);
        assert_eq!(words("call 713-853-3989"), ["call", "713-853-3989"]);
    }

    #[test]
    fn web_tokens_stay_whole_without_trailing_punctuation() {
        assert_eq!(
            words(
                "(see https://example.com/a?b=1). Mail me@example.org, @newsnlp #Vladivostok2019!"
            ),
            [
                "(",
                "see",
                "https://example.com/a?b=1",
                ")",
                ".",
                "Mail",
                "me@example.org",
                ",",
                "@newsnlp",
                "#Vladivostok2019",
                "!"
            ]
        );
    }

    #[test]
    fn quotes_dashes_ellipses_and_emoji_are_separate_tokens() {
        assert_eq!(
            words("“Bad faith…” — he said... 😀👍🏽 :-)"),
            [
                "“", "Bad", "faith", "…", "”", "—", "he", "said", "...", "😀", "👍🏽", ":-)"
            ]
        );
    }

    /// The quote-mark roles of the marks of `text`, in order.
    fn quote_roles(text: &str) -> Vec<QuoteMark> {
        tokenize(text)
            .iter()
            .filter(|t| t.flags.quote != QuoteMark::None)
            .map(|t| t.flags.quote)
            .collect()
    }

    #[test]
    fn quote_marks_get_their_role_from_context() {
        assert_eq!(
            quote_roles("the “bad” atmosphere, “reported"),
            [QuoteMark::Opening, QuoteMark::Closing, QuoteMark::Opening]
        );
    }

    /// `(Kolasinac 50")`, a minute mark glued to the parenthesis that
    /// closes it, was of no role, opened a quote when none was open, and
    /// the rest of a football report became a quote of the player quoted
    /// before it.
    #[test]
    fn a_straight_mark_between_a_word_and_closing_punctuation_closes() {
        assert_eq!(quote_roles(r#"(Kolasinac 50") won"#), [QuoteMark::Closing]);
        assert_eq!(
            quote_roles(r#"called it "fake"."#),
            [QuoteMark::Opening, QuoteMark::Closing]
        );
        assert_eq!(quote_roles(r#"said"Hello"#), [QuoteMark::Ambiguous]);
    }

    /// `three teachers'-union conferences` (a space lost to a hyphen):
    /// the possessive's mark was of no role, opened a quote, and the
    /// next paragraph's `Teachers'-Organisation` closed it.
    #[test]
    fn a_mark_between_a_word_and_a_hyphen_before_a_word_closes() {
        assert_eq!(
            quote_roles("three teachers'-union conferences"),
            [QuoteMark::Closing]
        );
        assert_eq!(
            quote_roles(r#"as "not bad"-and left"#),
            [QuoteMark::Opening, QuoteMark::Closing]
        );
    }

    /// `O"�Neill`, `I"�m`: news-dai2017's apostrophes (and some dashes)
    /// as a straight mark and a replacement character; the marks paired
    /// as quotes across whole articles.
    #[test]
    fn a_straight_mark_before_a_replacement_character_in_a_word_is_no_quote_mark() {
        let text = "Martin O\"\u{FFFD}Neill said I\"\u{FFFD}m sure, and \"\u{FFFD}Yes\"";
        let roles: Vec<QuoteMark> = tokenize(text)
            .iter()
            .filter(|t| &text[t.span.range()] == "\"")
            .map(|t| t.flags.quote)
            .collect();
        assert_eq!(
            roles,
            [
                QuoteMark::None,
                QuoteMark::None,
                QuoteMark::Opening,
                QuoteMark::Closing
            ]
        );
    }

    /// The `'` of `RT?'s` (RTÉ's, its last letter lost) had been read as
    /// a quote mark, and in flattened text every pronoun after it as
    /// quoted.
    #[test]
    fn an_apostrophe_after_a_lost_letter_before_a_clitic_is_no_quote_mark() {
        let marks = |text: &str| -> Vec<QuoteMark> {
            tokenize(text)
                .iter()
                .filter(|t| t.kind == TokenKind::Punct && text[t.span.range()].contains('\''))
                .map(|t| t.flags.quote)
                .collect()
        };
        assert_eq!(marks("on RT?'s Morning Ireland"), [QuoteMark::None]);
        assert_eq!(
            marks("he asked 'why?' and left"),
            [QuoteMark::Opening, QuoteMark::Closing]
        );
    }

    #[test]
    fn straight_double_quotes_for_apostrophes_make_contractions() {
        assert_eq!(
            words(r#"he wasn"t, I would"ve"#),
            ["he", "was", "n\"t", ",", "I", "would", "\"ve"]
        );
        assert_eq!(
            words(r#"the "Autstanding"s"#),
            ["the", "\"", "Autstanding", "\"", "s"]
        );
    }

    #[test]
    fn a_name_with_an_apostrophe_takes_a_clitic_after_a_second_one() {
        // The second apostrophe was a closing quote mark and `s` a word,
        // which paired with quotes further on in the article.
        assert_eq!(
            words("O’Malley’s campaign and D'Souza's film, O’Malley’ll go"),
            [
                "O’Malley",
                "’s",
                "campaign",
                "and",
                "D'Souza",
                "'s",
                "film",
                ",",
                "O’Malley",
                "’ll",
                "go"
            ]
        );
        let text = "O’Malley’s campaign";
        assert!(tokenize(text)
            .iter()
            .all(|t| t.flags.quote == QuoteMark::None));
    }

    #[test]
    fn a_lost_character_after_a_quote_mark_is_no_question_mark() {
        let text = r#"news,"?Slaughter said. DeVos"?highly. determine "?at least. Yes"? No."#;
        let tokens = tokenize(text);
        let described: Vec<(&str, TokenKind, QuoteMark)> = tokens
            .iter()
            .filter(|t| matches!(&text[t.span.range()], "\"" | "?"))
            .map(|t| (&text[t.span.range()], t.kind, t.flags.quote))
            .collect();
        use QuoteMark::{Closing, None as NoMark};
        use TokenKind::{Punct, Symbol};
        assert_eq!(
            described,
            [
                ("\"", Punct, Closing),
                ("?", Symbol, NoMark),
                ("\"", Punct, Closing),
                ("?", Symbol, NoMark),
                // A damaged dash quotes nothing.
                ("\"", Punct, NoMark),
                ("?", Symbol, NoMark),
                // A question mark after a quote, a space after it: a mark
                // between a word and closing punctuation, which closes.
                ("\"", Punct, Closing),
                ("?", Punct, NoMark),
            ]
        );
    }

    #[test]
    fn zero_width_and_no_break_spaces_separate_tokens() {
        assert_eq!(words("a\u{200B}b\u{00A0}c"), ["a", "b", "c"]);
    }

    #[test]
    fn kinds_and_shapes_are_set() {
        let text = "KCNA said 2019 Putin iPhone G20 ,";
        let tokens = tokenize(text);
        let shapes: Vec<ShapeClass> = tokens.iter().map(|t| t.shape).collect();
        assert_eq!(
            shapes,
            [
                ShapeClass::Upper,
                ShapeClass::Lower,
                ShapeClass::Digits,
                ShapeClass::Title,
                ShapeClass::Mixed,
                ShapeClass::Alnum,
                ShapeClass::Other
            ]
        );
        assert_eq!(tokens[2].kind, TokenKind::Number);
        assert_eq!(tokens[6].kind, TokenKind::Punct);
    }
}
