//! FNV-1a: a fast hash for the short strings and integer keys of the
//! stages' lookup tables (a word's lexicon entry, a feature's weight
//! row), where std's DoS-resistant SipHash costs more than the lookup.
//! The tables hold shipped or trained data, not attacker-chosen keys.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a starting state.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Continues an FNV-1a hash from `state` over `bytes` (a `const fn`, so
/// that fixed names can be hashed at compile time).
pub const fn fnv1a(bytes: &[u8], mut state: u64) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        state ^= bytes[i] as u64;
        state = state.wrapping_mul(FNV_PRIME);
        i += 1;
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

/// A [`Hasher`] for keys that are already well-mixed 64-bit hashes (the
/// feature keys of the learned models): a `u64` key is its own hash, with
/// no second hashing; other input falls back to FNV-1a.
#[derive(Clone, Copy)]
pub struct PremixedHasher(u64);

impl Default for PremixedHasher {
    fn default() -> Self {
        PremixedHasher(FNV_OFFSET)
    }
}

impl Hasher for PremixedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a(bytes, self.0);
    }
    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }
}

/// A hash map from well-mixed 64-bit hashes, which are their own hash.
pub type PremixedMap<V> = HashMap<u64, V, BuildHasherDefault<PremixedHasher>>;

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

    #[test]
    fn fnv1a_runs_at_compile_time() {
        const SAID: u64 = fnv1a(b"said", FNV_OFFSET);
        assert_eq!(SAID, fnv1a("said".as_bytes(), FNV_OFFSET));
    }

    #[test]
    fn a_premixed_key_is_its_own_hash() {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let build = BuildHasherDefault::<PremixedHasher>::default();
        assert_eq!(
            build.hash_one(0x9e37_79b9_7f4a_7c15_u64),
            0x9e37_79b9_7f4a_7c15
        );
        let mut map = PremixedMap::default();
        map.insert(7u64, 1.5f32);
        assert_eq!(map.get(&7), Some(&1.5));
        assert_eq!(map.get(&8), None);
    }
}
