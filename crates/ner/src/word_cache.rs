//! Emission scores by word, cached per thread. Most of a token's features
//! depend on one word only: its own word, case, affix, shape and cluster
//! features, and what it gives its neighbours (their context words,
//! shapes and clusters). Their weight rows are summed once per distinct
//! word and model; tagging a token then adds five cached sums and looks up
//! only the features that depend on more (word pairs, sentence position,
//! the document context, the gazetteer). The sums are integers (quantized
//! weights), so the scores are exactly those of summing every feature.

use std::cell::RefCell;

use newsnlp_core::FastMap;

use crate::features::{neighbour_keys, word_keys, NameStart, Neighbour, WordFacts};
use crate::model::Model;
use crate::tags::NUM_TAGS;

/// Tag scores in quantized weight units.
pub(crate) type RowSum = [i32; NUM_TAGS];

/// Words cached per thread before the cache starts over.
const CAPACITY: usize = 1 << 15;

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
    index: FastMap<String, u32>,
    words: Vec<CachedWord>,
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
            index: FastMap::default(),
            words: Vec::new(),
            edges,
            keys,
            title: String::new(),
        }
    }

    /// The entry of every token's word, into `ids`, adding the words not
    /// cached yet.
    pub fn lookup<S: AsRef<str>>(&mut self, model: &Model, tokens: &[S], ids: &mut Vec<u32>) {
        if self.words.len() + tokens.len() > CAPACITY {
            self.index.clear();
            self.words.clear();
        }
        ids.clear();
        for token in tokens {
            let word = token.as_ref();
            let id = match self.index.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    let entry = self.describe(model, word);
                    self.words.push(entry);
                    self.index.insert(word.to_string(), id);
                    id
                }
            };
            ids.push(id);
        }
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
