//! Universal Dependencies CoNLL-U: rebuilding raw text with gold word and
//! sentence spans, and scoring the tokenizer and sentence splitter on it.
//!
//! The raw text of each `# newdoc` is rebuilt from the surface tokens and
//! their `SpaceAfter=No` / `SpacesAfter=` marks; sentences are joined by a
//! space (nothing after `SpaceAfter=No`) and paragraphs (`# newpar`) by a
//! blank line. A multiword token such as `don't` counts as its words `do`
//! `n't`, whose spans split the surface span.

use std::time::Instant;

use newsnlp_core::{Prf, Span};
use serde::Serialize;

use crate::{segment, Segments};

/// One document rebuilt from CoNLL-U.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UdDocument {
    /// The `# newdoc id`, or `doc<N>`.
    pub id: String,
    /// The rebuilt raw text.
    pub text: String,
    /// Gold word spans (byte offsets into `text`).
    pub words: Vec<Span>,
    /// Gold sentence spans.
    pub sentences: Vec<Span>,
}

/// A malformed CoNLL-U line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("CoNLL-U line {line}: {message}")]
pub struct UdError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

#[derive(Default)]
struct Builder {
    docs: Vec<UdDocument>,
    doc: UdDocument,
    new_par: bool,
    /// Whether the previous sentence's last token had `SpaceAfter=No`.
    glued: bool,
    sentence_start: Option<usize>,
    /// Pending space after the last token of the current sentence.
    trailing: String,
    /// Words still expected inside the current multiword token.
    pending_words: Vec<String>,
    multiword: Option<(usize, usize)>,
}

impl Builder {
    fn start_doc(&mut self, id: String) {
        self.finish_doc();
        self.doc.id = id;
    }

    fn finish_doc(&mut self) {
        self.end_sentence();
        if !self.doc.text.is_empty() || !self.doc.words.is_empty() {
            let n = self.docs.len();
            let mut doc = std::mem::take(&mut self.doc);
            if doc.id.is_empty() {
                doc.id = format!("doc{n}");
            }
            self.docs.push(doc);
        }
        self.doc = UdDocument::default();
        self.glued = false;
        self.new_par = false;
    }

    fn add_token(&mut self, form: &str, misc: &str, words: Vec<String>) {
        if self.sentence_start.is_none() {
            if !self.doc.text.is_empty() {
                let sep = if self.new_par {
                    "\n\n"
                } else if self.glued {
                    ""
                } else {
                    " "
                };
                self.doc.text.push_str(sep);
            }
            self.new_par = false;
            self.sentence_start = Some(self.doc.text.len());
        } else {
            let pending = std::mem::take(&mut self.trailing);
            self.doc.text.push_str(&pending);
        }
        let start = self.doc.text.len();
        self.doc.text.push_str(form);
        let joined: String = words.concat();
        if words.len() > 1 && joined == form {
            let mut at = start;
            for w in &words {
                self.doc.words.push(Span::new(at, at + w.len()));
                at += w.len();
            }
        } else {
            self.doc.words.push(Span::new(start, start + form.len()));
        }
        self.glued = misc.split('|').any(|m| m == "SpaceAfter=No");
        self.trailing = match misc.split('|').find_map(|m| m.strip_prefix("SpacesAfter=")) {
            Some(escaped) => unescape_spaces(escaped),
            None if self.glued => String::new(),
            None => " ".to_string(),
        };
    }

    fn end_sentence(&mut self) {
        if let Some(start) = self.sentence_start.take() {
            self.doc
                .sentences
                .push(Span::new(start, self.doc.text.len()));
        }
        self.trailing.clear();
    }
}

fn unescape_spaces(escaped: &str) -> String {
    let mut out = String::new();
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('s') => out.push(' '),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Rebuilds the documents of a CoNLL-U file.
pub fn read_conllu(input: &str) -> Result<Vec<UdDocument>, UdError> {
    let mut b = Builder::default();
    for (n, line) in input.lines().enumerate() {
        let lineno = n + 1;
        if line.is_empty() {
            b.end_sentence();
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if let Some(rest) = comment.strip_prefix("newdoc") {
                let id = rest
                    .trim_start()
                    .strip_prefix("id")
                    .map(|r| r.trim_start_matches([' ', '=']));
                b.start_doc(id.unwrap_or("").trim().to_string());
                b.new_par = true;
            } else if comment.starts_with("newpar") && !comment.starts_with("newpar_block") {
                b.new_par = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(UdError {
                line: lineno,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        let (id, form, misc) = (cols[0], cols[1], cols[9]);
        if id.contains('.') {
            continue;
        }
        if let Some((from, to)) = id.split_once('-') {
            let parse = |s: &str| {
                s.parse::<usize>().map_err(|_| UdError {
                    line: lineno,
                    message: format!("bad multiword range `{id}`"),
                })
            };
            b.multiword = Some((parse(from)?, parse(to)?));
            b.pending_words.clear();
            b.pending_words.push(form.to_string());
            b.pending_words.push(misc.to_string());
            continue;
        }
        let word_id: usize = id.parse().map_err(|_| UdError {
            line: lineno,
            message: format!("bad token id `{id}`"),
        })?;
        match b.multiword {
            Some((from, to)) if (from..=to).contains(&word_id) => {
                b.pending_words.push(form.to_string());
                if word_id == to {
                    let mut parts = std::mem::take(&mut b.pending_words);
                    let words = parts.split_off(2);
                    b.add_token(&parts[0], &parts[1], words);
                    b.multiword = None;
                }
            }
            _ => b.add_token(form, misc, vec![form.to_string()]),
        }
    }
    b.finish_doc();
    Ok(b.docs)
}

/// Compares two sorted span lists.
pub fn compare_spans(predicted: &[Span], gold: &[Span]) -> Prf {
    let (mut p, mut g, mut matched) = (0, 0, 0);
    while p < predicted.len() && g < gold.len() {
        match predicted[p].cmp(&gold[g]) {
            std::cmp::Ordering::Equal => {
                matched += 1;
                p += 1;
                g += 1;
            }
            std::cmp::Ordering::Less => p += 1,
            std::cmp::Ordering::Greater => g += 1,
        }
    }
    Prf::from_matches(matched, predicted.len(), gold.len())
}

/// Scores of the tokenize stage on a treebank.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TokenEval {
    /// Documents scored.
    pub documents: usize,
    /// Gold words.
    pub words: usize,
    /// Bytes of rebuilt text.
    pub bytes: usize,
    /// Token span counts (exact offsets).
    pub tokens: Prf,
    /// Sentence span counts (exact spans).
    pub sentences: Prf,
    /// Seconds spent tokenizing and splitting (one thread).
    pub seconds: f64,
}

impl TokenEval {
    /// Gold words per second through tokens, paragraphs and sentences.
    pub fn words_per_second(&self) -> f64 {
        self.words as f64 / self.seconds.max(1e-9)
    }
}

/// A token or sentence the stage got wrong: (document, predicted, gold).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// `tokens` or `sentences`.
    pub layer: &'static str,
    /// Document id.
    pub doc: String,
    /// The predicted spans' texts in the region.
    pub predicted: Vec<String>,
    /// The gold spans' texts in the region.
    pub gold: Vec<String>,
}

/// Runs the stage's tokenizer and splitter over each document and scores
/// them; `errors` receives up to `max_errors` token mismatches.
pub fn evaluate(docs: &[UdDocument], max_errors: usize, errors: &mut Vec<Mismatch>) -> TokenEval {
    let mut eval = TokenEval {
        documents: docs.len(),
        ..TokenEval::default()
    };
    for doc in docs {
        let started = Instant::now();
        let Segments {
            tokens, sentences, ..
        } = segment(&doc.text);
        eval.seconds += started.elapsed().as_secs_f64();
        let spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
        eval.tokens.add(compare_spans(&spans, &doc.words));
        eval.sentences
            .add(compare_spans(&sentences, &doc.sentences));
        eval.words += doc.words.len();
        eval.bytes += doc.text.len();
        collect_mismatches(doc, "tokens", &spans, &doc.words, max_errors, errors);
        collect_mismatches(
            doc,
            "sentences",
            &sentences,
            &doc.sentences,
            max_errors,
            errors,
        );
    }
    eval
}

fn collect_mismatches(
    doc: &UdDocument,
    layer: &'static str,
    predicted: &[Span],
    gold: &[Span],
    max: usize,
    out: &mut Vec<Mismatch>,
) {
    let text = |spans: &[Span]| {
        spans
            .iter()
            .map(|s| doc.text[s.range()].to_string())
            .collect()
    };
    let (mut p, mut g) = (0, 0);
    while p < predicted.len() && g < gold.len() && out.len() < max {
        if predicted[p] == gold[g] {
            p += 1;
            g += 1;
            continue;
        }
        // Grow both sides until they end at the same offset.
        let (p0, g0) = (p, g);
        let (mut pe, mut ge) = (predicted[p].end, gold[g].end);
        p += 1;
        g += 1;
        while pe != ge {
            if pe < ge && p < predicted.len() {
                pe = predicted[p].end;
                p += 1;
            } else if g < gold.len() {
                ge = gold[g].end;
                g += 1;
            } else {
                break;
            }
        }
        out.push(Mismatch {
            layer,
            doc: doc.id.clone(),
            predicted: text(&predicted[p0..p]),
            gold: text(&gold[g0..g]),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# newpar id = p1\n# sent_id = 1\n# text = That's right, folks.\n1-2\tThat's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tThat\tthat\tPRON\tDT\t_\t3\tnsubj\t_\t_\n2\t's\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n3\tright\tright\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n5\tfolks\tfolk\tNOUN\tNNS\t_\t3\tvocative\t_\tSpaceAfter=No\n6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n# sent_id = 2\n# text = Yes\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n8.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n# newpar id = p2\n# sent_id = 3\n# text = Ok.\n1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn text_words_and_sentences_are_rebuilt() {
        let docs = read_conllu(SAMPLE).unwrap();
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        assert_eq!(doc.text, "That's right, folks. Yes\n\nOk.");
        let words: Vec<&str> = doc.words.iter().map(|s| &doc.text[s.range()]).collect();
        assert_eq!(
            words,
            ["That", "'s", "right", ",", "folks", ".", "Yes", "Ok", "."]
        );
        let sents: Vec<&str> = doc.sentences.iter().map(|s| &doc.text[s.range()]).collect();
        assert_eq!(sents, ["That's right, folks.", "Yes", "Ok."]);
    }

    #[test]
    fn scoring_counts_exact_spans() {
        let docs = read_conllu(SAMPLE).unwrap();
        let eval = evaluate(&docs, 0, &mut Vec::new());
        assert_eq!(eval.tokens.true_pos, 9);
        assert_eq!(eval.tokens.f1(), 100.0);
        assert_eq!(eval.sentences.true_pos, 3);
        assert_eq!(eval.sentences.f1(), 100.0);
    }

    #[test]
    fn malformed_lines_name_their_line_number() {
        let err = read_conllu("# newdoc id = x\n1\tonly\ttwo\n").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
