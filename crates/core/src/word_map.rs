//! A map keyed by words, for the tables the stages ask about every token
//! (the entity stage's word cache, the quote stage's cue lexicon). A word
//! of up to [`PACKED_BYTES`] bytes, nearly every word of news, is keyed by
//! its bytes packed into one integer, which the table holds and compares
//! in place; a longer word is keyed by itself, which the table compares
//! through a pointer and a call to `memcmp`.

use crate::FastMap;

/// The most bytes of a word [`packed`] into a key: one byte of the 16
/// holds the length.
const PACKED_BYTES: usize = 15;

/// `word`'s bytes, little-endian and zero-padded, with its length in the
/// last byte, as one integer; none for a word of more than
/// [`PACKED_BYTES`] bytes. Read by overlapping loads rather than a call
/// to `memcpy`: the bytes past the first load come from the second,
/// shifted down past the bytes the two share.
#[inline]
fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let load8 = |at: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(eight)
    };
    let load4 = |at: usize| {
        u64::from(u32::from_le_bytes([
            bytes[at],
            bytes[at + 1],
            bytes[at + 2],
            bytes[at + 3],
        ]))
    };
    let (low, high) = match n {
        0..=3 => (
            bytes
                .iter()
                .enumerate()
                .fold(0u64, |key, (i, &b)| key | u64::from(b) << (8 * i)),
            0,
        ),
        4..=7 => (load4(0) | (load4(n - 4) >> (8 * (8 - n))) << 32, 0),
        8 => (load8(0), 0),
        9..=PACKED_BYTES => (load8(0), load8(n - 8) >> (8 * (16 - n))),
        _ => return None,
    };
    Some(u128::from(low) | u128::from(high) << 64 | (n as u128) << 120)
}

/// A map from words to `V`: short words by their [`packed`] bytes, longer
/// ones by themselves.
#[derive(Clone, Debug, PartialEq)]
pub struct WordMap<V> {
    packed: FastMap<u128, V>,
    long: FastMap<String, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            packed: FastMap::default(),
            long: FastMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`, if any.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        match packed(word) {
            Some(key) => self.packed.get(&key),
            None => self.long.get(word),
        }
    }

    /// True when the map holds `word`.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Sets the value of `word`.
    pub fn insert(&mut self, word: &str, value: V) {
        match packed(word) {
            Some(key) => self.packed.insert(key, value),
            None => self.long.insert(word.to_string(), value),
        };
    }

    /// The value of `word`, the default one first if it had none.
    pub fn get_or_default(&mut self, word: &str) -> &mut V
    where
        V: Default,
    {
        match packed(word) {
            Some(key) => self.packed.entry(key).or_default(),
            None => self.long.entry(word.to_string()).or_default(),
        }
    }

    /// Keeps the words whose values `keep` (which may change them)
    /// returns true for.
    pub fn retain(&mut self, mut keep: impl FnMut(&mut V) -> bool) {
        self.packed.retain(|_, value| keep(value));
        self.long.retain(|_, value| keep(value));
    }

    /// Removes every word.
    pub fn clear(&mut self) {
        self.packed.clear();
        self.long.clear();
    }

    /// How many words the map holds.
    pub fn len(&self) -> usize {
        self.packed.len() + self.long.len()
    }

    /// True when the map holds no word.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every value, in no set order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.packed.values().chain(self.long.values())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_are_their_bytes_zero_padded_with_their_length() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        for n in 0..=PACKED_BYTES {
            let word = &text[..n];
            let mut expected = [0u8; 16];
            expected[..n].copy_from_slice(word.as_bytes());
            expected[PACKED_BYTES] = n as u8;
            assert_eq!(
                packed(word),
                Some(u128::from_le_bytes(expected)),
                "{word:?}"
            );
        }
        assert_eq!(packed("abcdefghijklmnop"), None);
        // Words that overlapping loads alone would not tell apart.
        assert_ne!(packed("aaaaaaaaa"), packed("aaaaaaaaaa"));
        assert_ne!(packed("ab"), packed("ab\0"));
    }

    #[test]
    fn short_and_long_words_keep_their_own_values() {
        let mut map = WordMap::default();
        map.insert("putin", 0);
        map.insert("counterintelligence", 1);
        *map.get_or_default("émigré") += 2;
        assert_eq!(map.get("putin"), Some(&0));
        assert_eq!(map.get("counterintelligence"), Some(&1));
        assert_eq!(map.get("émigré"), Some(&2));
        assert_eq!(map.get("putins"), None);
        assert!(map.contains("counterintelligence") && !map.contains("putins"));
        assert_eq!(map.len(), 3);
        map.retain(|value| *value > 0);
        assert_eq!(map.get("putin"), None);
        assert_eq!(map.len(), 2);
        map.clear();
        assert!(map.is_empty());
    }
}
