//! Fast hashes for the short strings and integer keys of the stages'
//! lookup tables (a word's lexicon entry, a feature's weight row), where
//! std's DoS-resistant SipHash costs more than the lookup. Most tables
//! hold shipped or trained data; those keyed by an article's words (the
//! entity stage's word cache and document context) could be slowed, never
//! misled, by a corpus crafted to collide, which news is not.
//!
//! FNV-1a, a byte at a time, is the hash the learned models' feature
//! keys are made of, so it stays as it is. The in-memory tables
//! ([`FastMap`], [`FastSet`]) are never stored, and hash eight bytes at
//! a time ([`TableHasher`]).

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

/// The multiplier of [`TableHasher`]: odd, its bits evenly mixed (2^64
/// divided by the golden ratio).
const TABLE_MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// The [`Hasher`] of the in-memory tables: each eight bytes of input are
/// mixed into the state by a rotation, an exclusive or and a multiply;
/// [`Hasher::finish`] folds the well-mixed high half onto the low bits,
/// which pick the table slot. The hashes are never stored, so they may
/// change from one version to the next.
#[derive(Clone, Copy, Default)]
pub struct TableHasher(u64);

impl TableHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(TABLE_MULTIPLIER);
    }
}

/// The last one to seven bytes of a key as one word, every byte in it,
/// read without a call to `memcpy`: two overlapping four-byte reads, or
/// the first, middle and last byte.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let first = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let last = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        u64::from(first) | u64::from(last) << 32
    } else if n > 0 {
        u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
    } else {
        0
    }
}

impl Hasher for TableHasher {
    #[inline]
    fn finish(&self) -> u64 {
        (self.0 ^ (self.0 >> 32)).wrapping_mul(TABLE_MULTIPLIER)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for chunk in &mut words {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            // The length tells `ab` from `ab\0`.
            self.mix(tail_word(rest) ^ (rest.len() as u64) << 56);
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.mix(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.mix(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.mix(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

/// A hash map of the in-memory tables ([`TableHasher`]).
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<TableHasher>>;
/// A hash set of the in-memory tables ([`TableHasher`]).
pub type FastSet<K> = HashSet<K, BuildHasherDefault<TableHasher>>;

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
    fn table_hashes_tell_apart_words_that_share_a_start() {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let build = BuildHasherDefault::<TableHasher>::default();
        let words = [
            "president",
            "press",
            "pres",
            "presidents",
            "ab",
            "ab\0",
            "a",
            "",
        ];
        let hashes: Vec<u64> = words.iter().map(|w| build.hash_one(w)).collect();
        for (i, a) in hashes.iter().enumerate() {
            for b in &hashes[i + 1..] {
                assert_ne!(a, b);
                // The slot bits (low) and the tag bits (high) both differ.
                assert_ne!(a & 0xffff, b & 0xffff);
                assert_ne!(a >> 57, b >> 57);
            }
        }
        let mut set = FastSet::default();
        set.extend(words);
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("presiden"));
    }
}
