//! Precision, recall and F1, shared by every stage's evaluation.

use serde::Serialize;

/// Match counts of predicted against gold items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Prf {
    /// Predicted and gold.
    pub true_pos: usize,
    /// Predicted, not gold.
    pub false_pos: usize,
    /// Gold, not predicted.
    pub false_neg: usize,
}

impl Prf {
    /// Counts from the number of matches among `predicted` and `gold` items.
    pub fn from_matches(matched: usize, predicted: usize, gold: usize) -> Self {
        Prf {
            true_pos: matched,
            false_pos: predicted.saturating_sub(matched),
            false_neg: gold.saturating_sub(matched),
        }
    }

    /// Adds another sample's counts.
    pub fn add(&mut self, other: Prf) {
        self.true_pos += other.true_pos;
        self.false_pos += other.false_pos;
        self.false_neg += other.false_neg;
    }

    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        percent(self.true_pos, self.true_pos + self.false_pos)
    }

    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        percent(self.true_pos, self.true_pos + self.false_neg)
    }

    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        percent(
            2 * self.true_pos,
            2 * self.true_pos + self.false_pos + self.false_neg,
        )
    }
}

fn percent(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        100.0 * num as f64 / den as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_is_the_harmonic_mean_of_precision_and_recall() {
        let p = Prf::from_matches(3, 4, 6);
        assert_eq!((p.precision(), p.recall()), (75.0, 50.0));
        assert!((p.f1() - 60.0).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 0.0);
    }
}
