//! Scoring quotes against PolNeAR attributions: contents (exact, and
//! overlapping by at least half of the longer span), cues and sources
//! (overlap), each for all attributions and separately for direct quotes
//! (content in quote marks) and indirect ones; speaker accuracy over the
//! matched contents.
//!
//! PolNeAR annotates one attribution per reported clause, and seldom one
//! inside another's clause. A quote the extractor finds within the clause
//! of an indirect quote ([`Quote::within`]: the quoted words of the clause,
//! `X called Y “a liar”`, or a report the clause reports, `X said Y told
//! him, “Q”`) is scored as part of that clause, not on its own. (Of the
//! quotes the extractor puts inside another report's clause with a cue of
//! their own, PolNeAR train annotates about one in six.)

use newsnlp_core::{is_quote_char, OffsetIndex, Prf, Quote};
use serde::Serialize;

use crate::brat::{hull, Attribution};

/// All the scores.
#[derive(Clone, Debug, Default, Serialize)]
pub struct QuoteScores {
    /// Contents, exact spans.
    pub content_exact: Prf,
    /// Contents, overlap ≥ 50% of the longer span.
    pub content: Prf,
    /// Direct-quote contents (overlap).
    pub direct_content: Prf,
    /// Indirect contents (overlap).
    pub indirect_content: Prf,
    /// Cues (any overlap).
    pub cue: Prf,
    /// Sources (any overlap).
    pub source: Prf,
    /// Matched contents whose gold has a source.
    pub speakers_scored: usize,
    /// Of those, how many have our speaker overlapping the gold source.
    pub speakers_correct: usize,
}

impl QuoteScores {
    /// Speaker accuracy in percent.
    pub fn speaker_accuracy(&self) -> f64 {
        if self.speakers_scored == 0 {
            0.0
        } else {
            100.0 * self.speakers_correct as f64 / self.speakers_scored as f64
        }
    }
}

/// A span in characters.
pub(crate) type CharSpan = (usize, usize);

/// The characters two spans share.
pub(crate) fn overlap(a: CharSpan, b: CharSpan) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// True when two spans overlap by at least half the longer one: a match.
pub(crate) fn half_overlap(a: CharSpan, b: CharSpan) -> bool {
    let longer = (a.1 - a.0).max(b.1 - b.0).max(1);
    2 * overlap(a, b) >= longer
}

/// Greedy one-to-one matching; returns (predicted index, gold index) pairs.
pub(crate) fn matches(
    predicted: &[CharSpan],
    gold: &[CharSpan],
    ok: impl Fn(CharSpan, CharSpan) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; gold.len()];
    let mut out = Vec::new();
    for (p, &ps) in predicted.iter().enumerate() {
        let best = (0..gold.len())
            .filter(|&g| !used[g] && ok(ps, gold[g]))
            .max_by_key(|&g| overlap(ps, gold[g]));
        if let Some(g) = best {
            used[g] = true;
            out.push((p, g));
        }
    }
    out
}

/// True when a content is a direct quote: it starts with a quote mark of
/// any kind (`''` and wrongly turned marks included). Gold and predicted
/// contents are classed by this one test, so a transcript turn, whose
/// content starts after the speaker's colon, is indirect on both sides.
fn is_direct(text_chars: &[char], content: CharSpan) -> bool {
    text_chars.get(content.0).is_some_and(|&c| is_quote_char(c))
}

/// The quotes as attributions: a quote within another's clause is part
/// of it.
fn attributions(quotes: &[Quote]) -> Vec<Quote> {
    quotes
        .iter()
        .filter(|q| q.within.is_none())
        .cloned()
        .collect()
}

impl QuoteScores {
    /// Adds one article.
    pub fn add(&mut self, text: &str, gold: &[Attribution], predicted: &[Quote]) {
        let predicted: Vec<Quote> = attributions(predicted);
        let predicted = &predicted[..];
        let offsets = OffsetIndex::new(text);
        let chars: Vec<char> = text.chars().collect();
        let to_chars = |s: newsnlp_core::Span| {
            let (a, b) = offsets.char_span(s);
            (a as usize, b as usize)
        };
        let pred_content: Vec<CharSpan> = predicted.iter().map(|q| to_chars(q.content)).collect();
        let gold_content: Vec<CharSpan> = gold.iter().map(|a| hull(&a.content)).collect();

        let exact = matches(&pred_content, &gold_content, |a, b| a == b).len();
        self.content_exact.add(Prf::from_matches(
            exact,
            pred_content.len(),
            gold_content.len(),
        ));
        let matched = matches(&pred_content, &gold_content, half_overlap);
        self.content.add(Prf::from_matches(
            matched.len(),
            pred_content.len(),
            gold_content.len(),
        ));

        for direct in [true, false] {
            let p_idx: Vec<usize> = (0..predicted.len())
                .filter(|&i| is_direct(&chars, pred_content[i]) == direct)
                .collect();
            let g_idx: Vec<usize> = (0..gold.len())
                .filter(|&i| is_direct(&chars, gold_content[i]) == direct)
                .collect();
            let p: Vec<CharSpan> = p_idx.iter().map(|&i| pred_content[i]).collect();
            let g: Vec<CharSpan> = g_idx.iter().map(|&i| gold_content[i]).collect();
            let tp = matches(&p, &g, half_overlap).len();
            let slot = if direct {
                &mut self.direct_content
            } else {
                &mut self.indirect_content
            };
            slot.add(Prf::from_matches(tp, p.len(), g.len()));
        }

        let pred_cues: Vec<CharSpan> = predicted
            .iter()
            .filter_map(|q| q.cue.map(to_chars))
            .collect();
        let gold_cues: Vec<CharSpan> = gold
            .iter()
            .filter_map(|a| a.cue.as_deref().map(hull))
            .collect();
        let tp = matches(&pred_cues, &gold_cues, |a, b| overlap(a, b) > 0).len();
        self.cue
            .add(Prf::from_matches(tp, pred_cues.len(), gold_cues.len()));

        let pred_sources: Vec<CharSpan> = predicted
            .iter()
            .filter_map(|q| q.speaker.map(to_chars))
            .collect();
        let gold_sources: Vec<CharSpan> = gold
            .iter()
            .filter_map(|a| a.source.as_deref().map(hull))
            .collect();
        let tp = matches(&pred_sources, &gold_sources, |a, b| overlap(a, b) > 0).len();
        self.source.add(Prf::from_matches(
            tp,
            pred_sources.len(),
            gold_sources.len(),
        ));

        for (p, g) in matched {
            if let Some(source) = gold[g].source.as_deref().map(hull) {
                self.speakers_scored += 1;
                if predicted[p]
                    .speaker
                    .map(to_chars)
                    .is_some_and(|s| overlap(s, source) > 0)
                {
                    self.speakers_correct += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsnlp_core::{QuoteKind, Span};

    fn quote(content: (usize, usize), kind: QuoteKind, cue: Option<(usize, usize)>) -> Quote {
        Quote {
            content: Span::new(content.0, content.1),
            fragments: Vec::new(),
            kind,
            cue: cue.map(|(a, b)| Span::new(a, b)),
            speaker: None,
            speaker_name: None,
            speaker_cluster: None,
            unattributed: None,
            within: None,
        }
    }

    #[test]
    fn a_quote_is_scored_in_the_class_of_its_content_on_both_sides() {
        let text = "\"WALLACE: Let us start with the news.\"";
        let turn = (10, 37);
        let gold = [Attribution {
            source: Some(vec![(1, 8)]),
            cue: Some(vec![(8, 9)]),
            content: vec![turn],
        }];
        let mut scores = QuoteScores::default();
        scores.add(text, &gold, &[quote(turn, QuoteKind::Direct, Some((8, 9)))]);
        assert_eq!(scores.direct_content.false_pos, 0);
        assert_eq!(scores.indirect_content.true_pos, 1);
    }

    #[test]
    fn a_quote_within_another_report_is_scored_as_part_of_it() {
        let text = "Ann said Bob called it \"a big lie\" today.";
        let clause = (9, 40);
        let gold = [Attribution {
            source: Some(vec![(0, 3)]),
            cue: Some(vec![(4, 8)]),
            content: vec![clause],
        }];
        let mut nested = quote((23, 34), QuoteKind::Partial, Some((13, 19)));
        nested.within = Some(0);
        let quotes = [quote(clause, QuoteKind::Indirect, Some((4, 8))), nested];
        let mut scores = QuoteScores::default();
        scores.add(text, &gold, &quotes);
        assert_eq!(scores.content.false_pos, 0);
        assert_eq!(scores.content.true_pos, 1);
        assert_eq!(scores.direct_content.false_pos, 0);
    }
}
