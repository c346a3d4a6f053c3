//! Stances: how a speaker stands toward a target, from one piece of
//! evidence, and their sum per (speaker, target) pair.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// Negative, neutral or positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Polarity {
    /// Against the target.
    Negative,
    /// Neither.
    Neutral,
    /// For the target.
    Positive,
}

/// Scores closer to zero than this count as neutral when a polarity is
/// read off a score alone (aggregated edges).
pub const NEUTRAL_BAND: f32 = 0.1;

impl Polarity {
    /// All polarities, in class order.
    pub const ALL: [Polarity; 3] = [Polarity::Negative, Polarity::Neutral, Polarity::Positive];

    /// `negative`, `neutral` or `positive`.
    pub fn label(self) -> &'static str {
        match self {
            Polarity::Negative => "negative",
            Polarity::Neutral => "neutral",
            Polarity::Positive => "positive",
        }
    }

    /// The polarity of a score in `[-1, 1]`, with [`NEUTRAL_BAND`].
    pub fn of_score(score: f32) -> Polarity {
        if score > NEUTRAL_BAND {
            Polarity::Positive
        } else if score < -NEUTRAL_BAND {
            Polarity::Negative
        } else {
            Polarity::Neutral
        }
    }
}

/// One speaker's stance toward one target, from one piece of evidence: a
/// quote that mentions the target, or an act of the speaker aimed at it
/// (`accused Russia`, `his charge against Mike Pompeo`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// The speaker's entity cluster.
    pub speaker: u32,
    /// The target's entity cluster.
    pub target: u32,
    /// The target's mention that was scored.
    pub target_mention: Span,
    /// The evidence: the quote's content, or the sentence of the act.
    pub evidence: Span,
    /// The quote the stance comes from (its index in the quote layer).
    pub quote: Option<u32>,
    /// The word of the act (`accused`, `charge`), for stances from acts.
    pub act: Option<Span>,
    /// The predicted class.
    pub polarity: Polarity,
    /// Positive minus negative probability, in `[-1, 1]`.
    pub score: f32,
}

/// All stances of one speaker toward one target in a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StanceEdge {
    /// The speaker's entity cluster.
    pub speaker: u32,
    /// The target's entity cluster.
    pub target: u32,
    /// How many stances were summed.
    pub count: u32,
    /// Their mean score.
    pub mean_score: f32,
    /// The polarity of the mean score.
    pub polarity: Polarity,
    /// The index (in the stance layer) of the stance with the largest
    /// absolute score.
    pub strongest: u32,
}

/// Sums stances by (speaker, target), in order of the pair's first stance.
pub fn stance_edges(stances: &[Stance]) -> Vec<StanceEdge> {
    let mut edges: Vec<StanceEdge> = Vec::new();
    let mut sums: Vec<f32> = Vec::new();
    for (i, stance) in stances.iter().enumerate() {
        let found = edges
            .iter()
            .position(|e| e.speaker == stance.speaker && e.target == stance.target);
        let at = found.unwrap_or_else(|| {
            edges.push(StanceEdge {
                speaker: stance.speaker,
                target: stance.target,
                count: 0,
                mean_score: 0.0,
                polarity: Polarity::Neutral,
                strongest: i as u32,
            });
            sums.push(0.0);
            edges.len() - 1
        });
        let edge = &mut edges[at];
        edge.count += 1;
        sums[at] += stance.score;
        if stance.score.abs() > stances[edge.strongest as usize].score.abs() {
            edge.strongest = i as u32;
        }
    }
    for (edge, sum) in edges.iter_mut().zip(sums) {
        edge.mean_score = sum / edge.count as f32;
        edge.polarity = Polarity::of_score(edge.mean_score);
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stance(speaker: u32, target: u32, score: f32) -> Stance {
        Stance {
            speaker,
            target,
            target_mention: Span::new(0, 1),
            evidence: Span::new(0, 1),
            quote: None,
            act: None,
            polarity: Polarity::of_score(score),
            score,
        }
    }

    #[test]
    fn edges_sum_by_pair_and_keep_the_strongest_evidence() {
        let stances = [
            stance(0, 1, -0.2),
            stance(2, 1, 0.5),
            stance(0, 1, -0.8),
            stance(0, 1, 0.4),
        ];
        let edges = stance_edges(&stances);
        assert_eq!(edges.len(), 2);
        assert_eq!((edges[0].speaker, edges[0].target), (0, 1));
        assert_eq!(edges[0].count, 3);
        assert!((edges[0].mean_score + 0.2).abs() < 1e-6);
        assert_eq!(edges[0].polarity, Polarity::Negative);
        assert_eq!(edges[0].strongest, 2);
        assert_eq!(edges[1].polarity, Polarity::Positive);
    }

    #[test]
    fn scores_near_zero_are_neutral() {
        assert_eq!(Polarity::of_score(0.05), Polarity::Neutral);
        assert_eq!(Polarity::of_score(-0.5), Polarity::Negative);
    }
}
