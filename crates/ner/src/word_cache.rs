//! Emission scores by word, cached per thread. Most of a token's features
//! depend on one word only: its own word, case, affix, shape and cluster
//! features, and what it gives its neighbours (their context words,
//! shapes and clusters). Their weight rows are summed once per distinct
//! word and model; tagging a token then adds five cached sums and looks up
//! only the features that depend on more (word pairs, sentence position,
//! the document context, the gazetteer). The sums are integers (quantized
//! weights), so the scores are exactly those of summing every feature.

use std::cell::RefCell;
use std::cmp::Reverse;

use newsnlp_core::FastMap;

use crate::features::{neighbour_keys, word_keys, NameStart, Neighbour, WordFacts};
use crate::model::Model;
use crate::tags::NUM_TAGS;

/// Tag scores in quantized weight units.
pub(crate) type RowSum = [i32; NUM_TAGS];

/// Words cached per thread before the cache makes room.
const CAPACITY: usize = 1 << 15;

/// Words the cache keeps when it makes room: the most used.
const KEPT_WHEN_FULL: usize = CAPACITY / 4 * 3;

/// What a word contributes, wherever it stands.
pub(crate) struct CachedWord {
    /// Its case, shape and clusters.
    pub facts: WordFacts,
    /// What the gazetteer knows of it as the first word of a name.
    pub name_start: Option<NameStart>,
    /// The sum of its word features' rows.
    pub own: RowSum,
    /// What it gives the token it neighbours, by place (as
    /// [`Neighbour::ALL`]).
    pub as_neighbour: [RowSum; 4],
}

/// The cache of one thread, for one model.
pub(crate) struct WordCache {
    model_id: u64,
    index: WordIndex,
    words: Vec<CachedWord>,
    /// For each cached word: how often it was looked up since it was
    /// cached, halved each time the cache made room.
    uses: Vec<u32>,
    /// What the sentence's edge gives a token, by place.
    pub edges: [RowSum; 4],
    keys: Vec<u32>,
    title: String,
}

/// The cache's index: each word's entry, by the word. A word of up to
/// [`PACKED_BYTES`] bytes (nearly every word) is keyed by its bytes packed
/// in one integer, which the table holds and compares in place; a longer
/// one by itself, which the table compares through a pointer.
#[derive(Default)]
struct WordIndex {
    packed: FastMap<u128, u32>,
    long: FastMap<String, u32>,
}

/// The most bytes of a word [`packed`] into a key: one byte of the 16
/// holds the length.
const PACKED_BYTES: usize = 15;

/// `word`'s bytes, little-endian and zero-padded, with its length in the
/// last byte, as one integer; none for a word of more than
/// [`PACKED_BYTES`] bytes. Read by two overlapping loads rather than a
/// call to `memcpy`: the bytes past the first load come from the second,
/// shifted down past the bytes the two share.
fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let load = |at: usize| {
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
        8 => (load(0), 0),
        9..=PACKED_BYTES => (load(0), load(n - 8) >> (8 * (16 - n))),
        _ => return None,
    };
    Some(u128::from(low) | u128::from(high) << 64 | (n as u128) << 120)
}

impl WordIndex {
    fn get(&self, word: &str) -> Option<u32> {
        match packed(word) {
            Some(key) => self.packed.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }

    fn insert(&mut self, word: &str, id: u32) {
        match packed(word) {
            Some(key) => self.packed.insert(key, id),
            None => self.long.insert(word.to_string(), id),
        };
    }

    fn clear(&mut self) {
        self.packed.clear();
        self.long.clear();
    }

    /// Keeps the words `new_ids` gives a new entry (by old entry), under
    /// their new ones.
    fn renumber(&mut self, new_ids: &[Option<u32>]) {
        let renumber = |id: &mut u32| match new_ids[*id as usize] {
            Some(new_id) => {
                *id = new_id;
                true
            }
            None => false,
        };
        self.packed.retain(|_, id| renumber(id));
        self.long.retain(|_, id| renumber(id));
    }
}

impl WordCache {
    fn new(model: &Model) -> Self {
        let mut keys = Vec::new();
        let edges = Neighbour::ALL.map(|place| {
            keys.clear();
            neighbour_keys(place, None, &mut keys);
            model.row_sum(keys.iter().copied())
        });
        WordCache {
            model_id: model.id(),
            index: WordIndex::default(),
            words: Vec::new(),
            uses: Vec::new(),
            edges,
            keys,
            title: String::new(),
        }
    }

    /// The entry of every token's word, into `ids`, adding the words not
    /// cached yet; first making room when they might not fit.
    pub fn lookup<S: AsRef<str>>(&mut self, model: &Model, tokens: &[S], ids: &mut Vec<u32>) {
        if self.words.len() + tokens.len() > CAPACITY {
            self.keep_most_used();
        }
        if self.words.len() + tokens.len() > CAPACITY {
            self.index.clear();
            self.words.clear();
            self.uses.clear();
        }
        ids.clear();
        for token in tokens {
            let word = token.as_ref();
            let id = match self.index.get(word) {
                Some(id) => {
                    let uses = &mut self.uses[id as usize];
                    *uses = uses.saturating_add(1);
                    id
                }
                None => {
                    let id = self.words.len() as u32;
                    let entry = self.describe(model, word);
                    self.words.push(entry);
                    self.uses.push(0);
                    self.index.insert(word, id);
                    id
                }
            };
            ids.push(id);
        }
    }

    /// Makes room: keeps the [`KEPT_WHEN_FULL`] most used words, in the
    /// order they were cached, with their counts halved so that words
    /// common long ago give way in time to the words of the day.
    fn keep_most_used(&mut self) {
        if self.words.len() <= KEPT_WHEN_FULL {
            return;
        }
        let mut by_use: Vec<u32> = (0..self.words.len() as u32).collect();
        by_use.select_nth_unstable_by_key(KEPT_WHEN_FULL, |&id| Reverse(self.uses[id as usize]));
        let kept = &mut by_use[..KEPT_WHEN_FULL];
        kept.sort_unstable();
        let mut new_ids: Vec<Option<u32>> = vec![None; self.words.len()];
        for (new_id, &old_id) in kept.iter().enumerate() {
            new_ids[old_id as usize] = Some(new_id as u32);
        }
        let mut is_kept = new_ids.iter().map(Option::is_some);
        self.words.retain(|_| is_kept.next() == Some(true));
        let mut is_kept = new_ids.iter().map(Option::is_some);
        self.uses.retain_mut(|uses| {
            *uses /= 2;
            is_kept.next() == Some(true)
        });
        self.index.renumber(&new_ids);
    }

    fn describe(&mut self, model: &Model, word: &str) -> CachedWord {
        let mut facts = WordFacts::default();
        facts.fill(word, model.clusters(), &mut self.title);
        self.keys.clear();
        word_keys(word, &facts, &mut self.keys);
        let own = model.row_sum(self.keys.iter().copied());
        let as_neighbour = Neighbour::ALL.map(|place| {
            self.keys.clear();
            neighbour_keys(place, Some(&facts), &mut self.keys);
            model.row_sum(self.keys.iter().copied())
        });
        CachedWord {
            name_start: model.gazetteer().name_start(&facts.lower),
            facts,
            own,
            as_neighbour,
        }
    }

    /// A cached word.
    pub fn word(&self, id: u32) -> &CachedWord {
        &self.words[id as usize]
    }
}

thread_local! {
    static CACHE: RefCell<Option<WordCache>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's cache for `model` (a fresh one when the
/// thread last tagged with another model).
pub(crate) fn with_word_cache<R>(model: &Model, f: impl FnOnce(&mut WordCache) -> R) -> R {
    CACHE.with_borrow_mut(|cache| {
        if cache.as_ref().is_some_and(|c| c.model_id != model.id()) {
            *cache = None;
        }
        f(cache.get_or_insert_with(|| WordCache::new(model)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn making_room_keeps_the_most_used_words_under_their_own_ids() {
        let model = crate::shipped_model().unwrap();
        let mut cache = WordCache::new(&model);
        let mut ids = Vec::new();
        cache.lookup(&model, &["putin", "putin", "said"], &mut ids);
        let once_each: Vec<String> = (0..CAPACITY).map(|n| format!("w{n}")).collect();
        for sentence in once_each.chunks(100) {
            cache.lookup(&model, sentence, &mut ids);
            cache.lookup(&model, &["said"], &mut ids);
        }
        assert!(cache.words.len() < CAPACITY, "the cache never made room");
        for word in ["putin", "said"] {
            let id = cache.index.get(word).expect("kept");
            assert_eq!(cache.word(id).facts.lower, word, "id {id}");
        }
        let indexed = cache.index.packed.len() + cache.index.long.len();
        assert_eq!(indexed, cache.words.len());
        assert_eq!(cache.uses.len(), cache.words.len());
        let mut ids: Vec<u32> = cache.index.packed.values().copied().collect();
        ids.sort_unstable();
        assert!(ids.iter().enumerate().all(|(i, &id)| id as usize == i));
    }

    #[test]
    fn packed_words_are_their_bytes_zero_padded_with_their_length() {
        let text = "abcdefghijklmnopqrstuvwxyzé";
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
        assert_ne!(packed("aaaaaaaaa"), packed("aaaaaaaaaa"));
    }

    #[test]
    fn long_and_short_words_are_found_under_their_own_ids() {
        let mut index = WordIndex::default();
        index.insert("putin", 0);
        index.insert("counterintelligence", 1);
        assert_eq!(index.get("putin"), Some(0));
        assert_eq!(index.get("counterintelligence"), Some(1));
        assert_eq!(index.get("putins"), None);
        index.renumber(&[None, Some(0)]);
        assert_eq!(index.get("putin"), None);
        assert_eq!(index.get("counterintelligence"), Some(0));
    }
}
