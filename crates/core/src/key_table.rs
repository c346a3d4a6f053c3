//! A read-only hash table from hashed integer keys (the feature keys of
//! the learned models) to small values (a weight, a weight row), built
//! once when a model loads and then read for every token.
//!
//! Open addressing with linear probing over `(key, value)` pairs, at most
//! half full, so that a lookup, hit or miss, mostly reads one cache line;
//! and [`KeyTable::prefetch`], so that a caller with many keys asks memory
//! for all their slots before it reads the first, and the lookups wait on
//! memory together rather than one after another.

/// A key of a [`KeyTable`]: an integer that is already a hash.
pub trait TableKey: Copy + Eq {
    /// The key that marks an empty slot (a table holds its value apart).
    const EMPTY: Self;
    /// The key as 64 bits, for the multiplicative hash of the slot.
    fn bits(self) -> u64;
}

impl TableKey for u32 {
    const EMPTY: u32 = u32::MAX;
    fn bits(self) -> u64 {
        u64::from(self)
    }
}

impl TableKey for u64 {
    const EMPTY: u64 = u64::MAX;
    fn bits(self) -> u64 {
        self
    }
}

/// Spreads a key's bits over the slot index (2^64 divided by the golden
/// ratio: odd, its bits evenly mixed).
const SLOT_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// A hash table from [`TableKey`]s to values, read-only once built.
#[derive(Clone, Debug)]
pub struct KeyTable<K, V> {
    /// `(key, value)`; a key of [`TableKey::EMPTY`] marks an empty slot.
    slots: Vec<(K, V)>,
    /// 64 minus the log2 of the slot count.
    shift: u32,
    /// The value of the key [`TableKey::EMPTY`], which no slot can hold.
    empty_key_value: Option<V>,
    /// How many keys the table holds.
    len: usize,
}

impl<K: TableKey, V: Copy + Default> Default for KeyTable<K, V> {
    fn default() -> Self {
        KeyTable::with_capacity(0)
    }
}

impl<K: TableKey, V: Copy + Default> KeyTable<K, V> {
    /// An empty table with room for `keys` keys.
    fn with_capacity(keys: usize) -> Self {
        let slot_count = (keys * 2).next_power_of_two().max(2);
        KeyTable {
            slots: vec![(K::EMPTY, V::default()); slot_count],
            shift: 64 - slot_count.trailing_zeros(),
            empty_key_value: None,
            len: 0,
        }
    }

    /// The table of `pairs`; of pairs with the same key, the last stands.
    pub fn from_pairs(pairs: impl ExactSizeIterator<Item = (K, V)>) -> Self {
        let mut table = KeyTable::with_capacity(pairs.len());
        for (key, value) in pairs {
            table.insert(key, value);
        }
        table
    }

    /// Sets the value of `key` (the table has room: [`Self::from_pairs`]
    /// sized it).
    fn insert(&mut self, key: K, value: V) {
        if key == K::EMPTY {
            self.len += usize::from(self.empty_key_value.is_none());
            self.empty_key_value = Some(value);
            return;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.home(key);
        loop {
            let (k, v) = &mut self.slots[slot];
            if *k == key {
                *v = value;
                return;
            }
            if *k == K::EMPTY {
                *k = key;
                *v = value;
                self.len += 1;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The slot where the search for `key` starts.
    #[inline(always)]
    fn home(&self, key: K) -> usize {
        (key.bits().wrapping_mul(SLOT_MULTIPLIER) >> self.shift) as usize
    }

    /// The value of `key`.
    #[inline]
    pub fn get(&self, key: K) -> Option<V> {
        if key == K::EMPTY {
            return self.empty_key_value;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.home(key);
        loop {
            let (k, v) = self.slots[slot];
            if k == key {
                return Some(v);
            }
            if k == K::EMPTY {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Asks memory for the slot where a lookup of `key` starts, without
    /// waiting for it.
    #[inline(always)]
    pub fn prefetch(&self, key: K) {
        prefetch(&self.slots[self.home(key)]);
    }

    /// Every `(key, value)`, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (K, V)> + '_ {
        self.slots
            .iter()
            .copied()
            .filter(|&(k, _)| k != K::EMPTY)
            .chain(self.empty_key_value.map(|v| (K::EMPTY, v)))
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Two tables are equal when they hold the same keys with equal values,
/// however their slots are laid out.
impl<K: TableKey, V: Copy + Default + PartialEq> PartialEq for KeyTable<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

/// Asks the CPU to bring the cache line holding `value` in, without
/// waiting for it.
#[inline(always)]
pub fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: `_mm_prefetch` needs SSE, which every x86-64 CPU has; a
        // prefetch reads nothing the program sees, only warms the cache,
        // and the pointer comes from a live reference.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((value as *const T).cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let keys: Vec<u32> = (0..1000u32)
            .map(|i| i.wrapping_mul(2_654_435_761))
            .collect();
        let table = KeyTable::from_pairs(keys.iter().enumerate().map(|(row, &k)| (k, row)));
        for (row, &key) in keys.iter().enumerate() {
            assert_eq!(table.get(key), Some(row));
        }
        assert_eq!(table.get(7), None);
        assert_eq!(table.len(), keys.len());
        assert_eq!(table.iter().count(), keys.len());
    }

    #[test]
    fn the_empty_marker_is_a_key_like_any_other() {
        let table = KeyTable::from_pairs([(u64::MAX, 2.5f32), (3, 1.0)].into_iter());
        assert_eq!(table.get(u64::MAX), Some(2.5));
        assert_eq!(table.get(3), Some(1.0));
        assert_eq!(table.get(4), None);
        assert_eq!(table.len(), 2);
        let mut pairs: Vec<_> = table.iter().collect();
        pairs.sort_by_key(|&(k, _)| k);
        assert_eq!(pairs, [(3, 1.0), (u64::MAX, 2.5)]);
    }

    #[test]
    fn the_last_value_of_a_repeated_key_stands() {
        let table = KeyTable::from_pairs([(5u32, 1u32), (5, 2), (6, 3)].into_iter());
        assert_eq!(table.get(5), Some(2));
        assert_eq!(table.len(), 2);
    }

    #[test]
    fn tables_of_the_same_pairs_are_equal_in_any_order() {
        let pairs = [(1u64, 0.5f32), (2, 1.5), (u64::MAX, 3.0)];
        let forward = KeyTable::from_pairs(pairs.into_iter());
        let backward = KeyTable::from_pairs(pairs.into_iter().rev());
        assert_eq!(forward, backward);
        let other = KeyTable::from_pairs([(1u64, 0.5f32), (2, 1.0), (u64::MAX, 3.0)].into_iter());
        assert_ne!(forward, other);
    }

    #[test]
    fn an_empty_table_finds_nothing() {
        let table: KeyTable<u32, u32> = KeyTable::default();
        assert!(table.is_empty());
        assert_eq!(table.get(0), None);
        assert_eq!(table.get(u32::MAX), None);
    }
}
