//! Prior polarity of English words: how positive or negative a word is
//! out of context, from the VADER sentiment lexicon (Hutto and Gilbert
//! 2014, MIT License), shipped in `data/prior-polarity.tsv`. NewsMTSC is
//! too small to learn the polarity of every evaluative word from its own
//! sentences; the prior lets the model generalise to words it saw rarely
//! or never ("liar", "dishonest", "bogged").

use std::sync::OnceLock;

use newsnlp_core::FastMap;

/// The shipped table: comment lines starting with `#`, then `word TAB
/// valence` lines, valence in [-4, 4].
const TABLE: &str = include_str!("../data/prior-polarity.tsv");

/// CRC-32 of [`TABLE`]: the features depend on it, so a change to the
/// table must change [`crate::features::FEATURE_SET_HASH`] too (a test
/// checks that this value is the table's).
pub const TABLE_CRC32: u32 = 0x73b2_f0a0;

/// The lexicon, parsed once.
fn lexicon() -> &'static FastMap<&'static str, f32> {
    static LEXICON: OnceLock<FastMap<&'static str, f32>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (word, valence) = line.split_once('\t')?;
                Some((word, valence.trim().parse().ok()?))
            })
            .collect()
    })
}

/// The prior valence of a lower-cased word, if it has one.
pub fn valence(word: &str) -> Option<f32> {
    lexicon().get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluative_words_have_their_sign() {
        assert!(valence("liar").is_some_and(|v| v < 0.0));
        assert!(valence("dishonest").is_some_and(|v| v < 0.0));
        assert!(valence("praise").is_some_and(|v| v > 0.0));
        assert_eq!(valence("table"), None);
    }

    #[test]
    fn every_table_line_parses() {
        let entries = TABLE.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(lexicon().len(), entries);
        assert!(entries > 7000);
    }

    #[test]
    fn the_table_is_the_one_the_feature_set_hash_was_bumped_for() {
        assert_eq!(
            crc32fast::hash(TABLE.as_bytes()),
            TABLE_CRC32,
            "prior-polarity.tsv changed: bump FEATURE_SET_HASH, set TABLE_CRC32 and retrain"
        );
    }
}
