//! FNV-1a: a fast hash for the short strings and integer keys of the
//! stages' lookup tables (a word's lexicon entry, a feature's weight
//! row), where std's DoS-resistant SipHash costs more than the lookup.
//! The tables hold shipped or trained data, not attacker-chosen keys.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a starting state.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Continues an FNV-1a hash from `state` over `bytes`.
pub fn fnv1a(bytes: &[u8], mut state: u64) -> u64 {
    for &b in bytes {
        state ^= b as u64;
        state = state.wrapping_mul(FNV_PRIME);
    }
    state
}

/// FNV-1a as a [`Hasher`].
#[derive(Clone, Copy)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(FNV_OFFSET)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a(bytes, self.0);
    }
}

/// A hash map with FNV-1a hashing.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FnvHasher>>;
/// A hash set with FNV-1a hashing.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FnvHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_reference_values() {
        assert_eq!(fnv1a(b"", FNV_OFFSET), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a", FNV_OFFSET), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(
            fnv1a(b"ab", fnv1a(b"", FNV_OFFSET)),
            fnv1a(b"ab", FNV_OFFSET)
        );
    }
}
