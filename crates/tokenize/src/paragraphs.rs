//! Paragraphs from blank lines and single newlines.

use newsnlp_core::Span;

/// Splits `text` into paragraphs, each trimmed of surrounding whitespace.
///
/// A blank line always ends a paragraph. A single newline ends one too
/// (scraped news often has one line per paragraph and headlines without a
/// full stop), unless the line looks hard-wrapped: it ends without closing
/// punctuation and the next line starts in lower case.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut prev_line_ends_open = false;
    let mut line_start = 0;
    // Line ends found by a vectorised search: scraped text often has no
    // newline for kilobytes.
    let line_ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|newline| newline + 1)
        .chain(std::iter::once(text.len()));
    for line_end in line_ends {
        if line_end == line_start {
            // The empty rest after a final newline.
            continue;
        }
        let line = &text[line_start..line_end];
        let trimmed_start = line_start + (line.len() - line.trim_start().len());
        let trimmed_end = line_start + line.trim_end().len();
        if trimmed_start >= trimmed_end {
            out.extend(current.take());
        } else {
            let first = text[trimmed_start..].chars().next();
            let continues = prev_line_ends_open && first.is_some_and(char::is_lowercase);
            match current.as_mut() {
                Some(span) if continues => span.end = trimmed_end as u32,
                _ => {
                    out.extend(current.take());
                    current = Some(Span::new(trimmed_start, trimmed_end));
                }
            }
            let last = text[..trimmed_end].chars().next_back();
            prev_line_ends_open =
                last.is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-' || c == ';');
        }
        line_start = line_end;
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn blank_lines_and_single_newlines_separate_paragraphs() {
        assert_eq!(
            texts("Headline here\n\nFirst para.\nSecond para.\r\n\r\n  Third  \n"),
            ["Headline here", "First para.", "Second para.", "Third"]
        );
    }

    #[test]
    fn hard_wrapped_lines_stay_in_one_paragraph() {
        assert_eq!(
            texts("The talks ended\nwithout a deal.\nNext one."),
            ["The talks ended\nwithout a deal.", "Next one."]
        );
    }

    #[test]
    fn text_without_newlines_is_one_paragraph() {
        assert_eq!(texts("One. Two."), ["One. Two."]);
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
