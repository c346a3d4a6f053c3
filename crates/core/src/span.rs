//! Byte-offset spans and their conversion to char and UTF-16 offsets.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's original text.
///
/// Offsets are `u32` to keep token vectors compact; [`crate::Document::new`]
/// refuses texts longer than `u32::MAX` bytes, so every span fits.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, `start <= end`).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `usize` range for slicing.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The covered text, or `None` when the span does not lie on char
    /// boundaries inside `text` (for example a span read from a foreign file).
    pub fn text<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.range())
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of one text to Unicode code point (char) offsets and
/// UTF-16 code unit offsets, as Python and JavaScript count them.
///
/// It stores one entry per non-ASCII character, so it costs nothing for ASCII
/// text; each conversion is a binary search.
#[derive(Clone, Debug, Default)]
pub struct OffsetIndex {
    /// For each non-ASCII char: its byte and char offsets, and how many bytes
    /// beyond one-per-char / one-per-UTF-16-unit precede its end (cumulative).
    multibyte: Vec<MultibyteChar>,
}

#[derive(Clone, Copy, Debug)]
struct MultibyteChar {
    byte: u32,
    char_start: u32,
    extra_bytes_vs_chars: u32,
    extra_bytes_vs_utf16: u32,
}

impl OffsetIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        if !text.is_ascii() {
            let (mut extra_chars, mut extra_utf16) = (0u32, 0u32);
            for (byte, ch) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
                let len = ch.len_utf8() as u32;
                let char_start = byte as u32 - extra_chars;
                extra_chars += len - 1;
                extra_utf16 += len - ch.len_utf16() as u32;
                multibyte.push(MultibyteChar {
                    byte: byte as u32,
                    char_start,
                    extra_bytes_vs_chars: extra_chars,
                    extra_bytes_vs_utf16: extra_utf16,
                });
            }
        }
        OffsetIndex { multibyte }
    }

    /// The char (code point) offset of a byte offset that lies on a char
    /// boundary.
    pub fn char_offset(&self, byte: u32) -> u32 {
        byte - self.preceding(byte).map_or(0, |m| m.extra_bytes_vs_chars)
    }

    /// The UTF-16 code unit offset of a byte offset on a char boundary.
    pub fn utf16_offset(&self, byte: u32) -> u32 {
        byte - self.preceding(byte).map_or(0, |m| m.extra_bytes_vs_utf16)
    }

    /// The byte offset of a char offset (the inverse of [`Self::char_offset`]).
    pub fn byte_offset_of_char(&self, char_offset: u32) -> u32 {
        let idx = self
            .multibyte
            .partition_point(|m| m.char_start < char_offset);
        char_offset
            + idx
                .checked_sub(1)
                .map_or(0, |i| self.multibyte[i].extra_bytes_vs_chars)
    }

    /// Converts a span to char offsets.
    pub fn char_span(&self, span: Span) -> (u32, u32) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }

    fn preceding(&self, byte: u32) -> Option<&MultibyteChar> {
        let idx = self.multibyte.partition_point(|m| m.byte < byte);
        idx.checked_sub(1).map(|i| &self.multibyte[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_all_boundaries(text: &str) {
        let index = OffsetIndex::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(
                index.char_offset(byte as u32),
                chars as u32,
                "{text:?} at {byte}"
            );
            let utf16: usize = text[..byte].encode_utf16().count();
            assert_eq!(index.utf16_offset(byte as u32), utf16 as u32);
            assert_eq!(index.byte_offset_of_char(chars as u32), byte as u32);
        }
        let total_chars = text.chars().count() as u32;
        assert_eq!(index.char_offset(text.len() as u32), total_chars);
        assert_eq!(index.byte_offset_of_char(total_chars), text.len() as u32);
    }

    #[test]
    fn ascii_offsets_are_identity() {
        check_all_boundaries("plain ascii text");
    }

    #[test]
    fn mixed_width_offsets_match_python_and_javascript_counts() {
        check_all_boundaries("“Kim” said: café – 😀 ok ’s 한국");
        check_all_boundaries("😀😀a");
        check_all_boundaries("é");
    }

    #[test]
    fn span_text_refuses_spans_off_char_boundaries() {
        let text = "é";
        assert_eq!(Span::new(0, 1).text(text), None);
        assert_eq!(Span::new(0, 2).text(text), Some("é"));
    }
}
