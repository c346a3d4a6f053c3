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

use newsnlp_core::WordMap;

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
    /// Each cached word's entry, by the word.
    index: WordMap<u32>,
    words: Vec<CachedWord>,
    /// For each cached word: how often it was looked up since it was
    /// cached, halved each time the cache made room.
    uses: Vec<u32>,
    /// What the sentence's edge gives a token, by place.
    pub edges: [RowSum; 4],
    keys: Vec<u32>,
    title: String,
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
            index: WordMap::default(),
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
            let id = match self.index.get(word).copied() {
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
        self.index.retain(|id| match new_ids[*id as usize] {
            Some(new_id) => {
                *id = new_id;
                true
            }
            None => false,
        });
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
            let id = *cache.index.get(word).expect("kept");
            assert_eq!(cache.word(id).facts.lower, word, "id {id}");
        }
        assert_eq!(cache.index.len(), cache.words.len());
        assert_eq!(cache.uses.len(), cache.words.len());
        let mut ids: Vec<u32> = cache.index.values().copied().collect();
        ids.sort_unstable();
        assert!(ids.iter().enumerate().all(|(i, &id)| id as usize == i));
    }
}
