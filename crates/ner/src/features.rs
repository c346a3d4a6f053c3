//! Feature extraction. Each feature is a template id plus strings, hashed
//! to a 32-bit key; the model maps keys to weight rows. Changing a template
//! changes [`FEATURE_SET`], which the model file records, so a model never
//! runs with features it was not trained on.

use newsnlp_core::{fnv1a as fnv, word_shape, EntityKind, FastMap, FastSet, FNV_OFFSET};

use crate::clusters::{ClusterIds, WordClusters};

/// Names the feature templates; bump when a template changes.
pub const FEATURE_SET: &str = "ner-features-v6: word lower prefix1-4 suffix1-4 shape short-shape context+-2 shape+-1 bigrams initial flags caps-sentence doc-cap doc-lower doc-label doc-name-edges doc-contexts16-elsewhere gazetteer+news-names clusters3 context-clusters";

/// The hash of [`FEATURE_SET`] stored in model files.
pub fn feature_set_hash() -> u64 {
    fnv(FEATURE_SET.as_bytes(), FNV_OFFSET)
}

/// The key of a feature made of a template and strings.
fn key(template: u8, parts: &[&str]) -> u32 {
    finish_key(key_state(template, parts), &[])
}

/// The hash state of a key after its template and its first parts: a
/// word's share of the pair keys it starts, hashed once per word.
fn key_state(template: u8, parts: &[&str]) -> u64 {
    let h = fnv(&[template], FNV_OFFSET);
    parts
        .iter()
        .fold(h, |h, part| fnv(&[0xff], fnv(part.as_bytes(), h)))
}

/// The key whose hash state after its first parts is `state`, given
/// its remaining parts.
fn finish_key(state: u64, parts: &[&str]) -> u32 {
    let h = parts
        .iter()
        .fold(state, |h, part| fnv(&[0xff], fnv(part.as_bytes(), h)));
    (h ^ (h >> 32)) as u32
}

/// Templates of the keys a word starts for the token after it (word
/// pair, shape triple) and for itself (word pair with the next word).
const PAIR_TEMPLATES: [u8; 3] = [13, 14, 15];

/// The key of a feature made of a template, small numbers and one string.
fn numbered_key(template: u8, numbers: &[u16], part: &str) -> u32 {
    let mut h = fnv(&[template], FNV_OFFSET);
    for n in numbers {
        h = fnv(&n.to_le_bytes(), h);
    }
    h = fnv(part.as_bytes(), h);
    (h ^ (h >> 32)) as u32
}

/// Features of every token of a sentence, flattened.
#[derive(Clone, Debug, Default)]
pub struct FeatureBuf {
    keys: Vec<u32>,
    offsets: Vec<usize>,
}

impl FeatureBuf {
    /// The feature keys of token `i`.
    pub fn token(&self, i: usize) -> &[u32] {
        &self.keys[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// True when there is no token.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn clear(&mut self) {
        self.keys.clear();
        self.offsets.clear();
        self.offsets.push(0);
    }

    fn end_token(&mut self) {
        self.offsets.push(self.keys.len());
    }
}

/// What the tagger knows about the whole document while tagging one of its
/// sentences: how words are written elsewhere in it, and what it already
/// called them.
#[derive(Clone, Debug, Default)]
pub struct DocContext {
    /// Lower cases (by [`word_hash`]) of words capitalised inside a
    /// sentence.
    capitalized_inside: FastSet<u64>,
    /// Words (by [`word_hash`]) written with a lower-case first letter.
    lowercase_seen: FastSet<u64>,
    /// Words (by [`word_hash`]) with the kind last tagged on them.
    last_label: FastMap<u64, EntityKind>,
    /// Words (by [`word_hash`]) that began or ended a longer name already
    /// tagged: a bit per (kind, end) as [`name_edge_bit`] numbers them.
    name_edges: FastMap<u64, u8>,
    /// Capitalised words (by [`word_hash`]) with the words around each of
    /// their occurrences in the document.
    gathered_contexts: FastMap<u64, GatheredContexts>,
}

/// The most context keys a word gathers from the document.
const MAX_GATHERED_CONTEXTS: usize = 16;

/// The words seen around the occurrences of one word in a document, as
/// feature keys with how often each was seen; kept inline (no allocation
/// per word).
#[derive(Clone, Copy, Debug)]
pub struct GatheredContexts {
    occurrences: u16,
    len: u8,
    keys: [(u32, u16); MAX_GATHERED_CONTEXTS],
}

impl Default for GatheredContexts {
    fn default() -> Self {
        GatheredContexts {
            occurrences: 0,
            len: 0,
            keys: [(0, 0); MAX_GATHERED_CONTEXTS],
        }
    }
}

impl GatheredContexts {
    /// Counts one more sighting of the context `key` (ignored when full).
    fn add(&mut self, key: u32) {
        let len = self.len as usize;
        match self.keys[..len].iter_mut().find(|(k, _)| *k == key) {
            Some((_, count)) => *count = count.saturating_add(1),
            None if len < MAX_GATHERED_CONTEXTS => {
                self.keys[len] = (key, 1);
                self.len += 1;
            }
            None => {}
        }
    }

    /// The context keys seen at some other occurrence than the one whose
    /// own context keys are `own`.
    fn elsewhere(&self, own: [u32; 2]) -> impl Iterator<Item = u32> + '_ {
        self.keys[..self.len as usize]
            .iter()
            .filter(move |(k, count)| *count > 1 || !own.contains(k))
            .map(|&(k, _)| k)
    }

    /// Every context key gathered.
    pub fn all(&self) -> impl Iterator<Item = u32> + '_ {
        self.keys[..self.len as usize].iter().map(|&(k, _)| k)
    }

    /// The keys of `own` seen at that occurrence only: [`Self::all`]
    /// less these is what the occurrence reads.
    pub fn seen_only_at(&self, own: [u32; 2]) -> impl Iterator<Item = u32> + '_ {
        self.keys[..self.len as usize]
            .iter()
            .filter(move |(k, count)| *count == 1 && own.contains(k))
            .map(|&(k, _)| k)
    }
}

/// The key under which the document context files a word.
fn word_hash(word: &str) -> u64 {
    fnv(word.as_bytes(), FNV_OFFSET)
}

/// The sides a gathered context word stands on (before, after), with the
/// name each side's keys carry.
const CONTEXT_SIDES: [(Neighbour, &str); 2] =
    [(Neighbour::Prev, "prev"), (Neighbour::Next, "next")];

/// The feature key of a word seen on one side of another.
fn context_key(side: &str, lower: &str) -> u32 {
    key(33, &[side, lower])
}

/// The bit of a name's kind and end (first or last word) in
/// [`DocContext`]'s name edges.
fn name_edge_bit(kind: EntityKind, last: bool) -> u8 {
    1 << (2 * kind.index() + usize::from(last))
}

impl DocContext {
    /// Scans every sentence of a document.
    pub fn new<S: AsRef<str>>(sentences: &[Vec<S>]) -> Self {
        let mut ctx = DocContext::default();
        let mut lower = String::new();
        for tokens in sentences {
            for (i, token) in tokens.iter().enumerate() {
                let t = token.as_ref();
                let first = t.chars().next();
                if first.is_some_and(char::is_uppercase) && i > 0 && !is_all_caps(t) {
                    lower.clear();
                    push_lowercase(t, &mut lower);
                    ctx.capitalized_inside.insert(word_hash(&lower));
                } else if first.is_some_and(char::is_lowercase) {
                    ctx.lowercase_seen.insert(word_hash(t));
                }
                if first.is_some_and(char::is_uppercase) {
                    ctx.gather_context(tokens, i, &mut lower);
                }
            }
        }
        ctx
    }

    /// The contexts gathered for a word (by [`word_hash`]) seen more than
    /// once in the document.
    pub fn repeated_word_contexts(&self, hash: u64) -> Option<&GatheredContexts> {
        self.gathered_contexts
            .get(&hash)
            .filter(|g| g.occurrences > 1)
    }

    /// Adds the words around token `i` to what its word has gathered.
    fn gather_context<S: AsRef<str>>(&mut self, tokens: &[S], i: usize, lower: &mut String) {
        let gathered = self
            .gathered_contexts
            .entry(word_hash(tokens[i].as_ref()))
            .or_default();
        gathered.occurrences = gathered.occurrences.saturating_add(1);
        for (place, side) in CONTEXT_SIDES {
            lower.clear();
            match place.index(i, tokens.len()) {
                Some(j) => push_lowercase(tokens[j].as_ref(), lower),
                None => lower.push_str(place.edge()),
            }
            gathered.add(context_key(side, lower));
        }
    }

    /// Remembers the entities just predicted for a sentence.
    pub fn record<S: AsRef<str>>(&mut self, tokens: &[S], entities: &[(usize, usize, EntityKind)]) {
        for &(start, end, kind) in entities {
            if end - start > 1 {
                for (t, last) in [
                    (tokens[start].as_ref(), false),
                    (tokens[end - 1].as_ref(), true),
                ] {
                    *self.name_edges.entry(word_hash(t)).or_default() |= name_edge_bit(kind, last);
                }
            }
            for t in &tokens[start..end] {
                self.last_label.insert(word_hash(t.as_ref()), kind);
            }
        }
    }
}

fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// A gazetteer: lower-cased names (token sequences joined by spaces) with
/// the kinds they were seen as: a bit per kind ([`EntityKind::ALL`] order)
/// in the low four bits for names of the labelled training data, the same
/// four bits shifted by [`NEWS_NAME_SHIFT`] for names harvested from
/// unlabeled news ([`crate::news_names`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gazetteer {
    names: FastMap<String, u8>,
    /// Every name's word prefixes (`new`, `new york`, `new york times`)
    /// by [`word_hash`], for lookups that build no string, each with the
    /// kinds of the name it is, if it is one: a match is only worth
    /// extending along these, and one lookup tells both.
    prefixes: FastMap<u64, Option<u8>>,
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Self {
        Gazetteer::default()
    }

    /// The bit of `kind` in a name's kinds.
    pub fn kind_bit(kind: EntityKind) -> u8 {
        1 << kind.index()
    }

    /// Adds kinds (bits) to a lower-cased name.
    pub fn insert(&mut self, name: String, kinds: u8) {
        let word_ends = name.match_indices(' ').map(|(i, _)| i);
        for end in word_ends {
            self.prefixes.entry(word_hash(&name[..end])).or_insert(None);
        }
        let whole = self.prefixes.entry(word_hash(&name)).or_insert(None);
        *whole = Some(whole.unwrap_or(0) | kinds);
        *self.names.entry(name).or_insert(0) |= kinds;
    }

    /// This gazetteer with `news` names added in the high bits.
    pub fn with_news_names(&self, news: &Gazetteer) -> Gazetteer {
        let mut merged = self.clone();
        for (name, kinds) in news.iter() {
            merged.insert(name.clone(), kinds << NEWS_NAME_SHIFT);
        }
        merged
    }

    /// What the gazetteer knows of `word` (lower case) as the first word
    /// of a name: `None` when no name starts with it.
    pub fn name_start(&self, word: &str) -> Option<NameStart> {
        let hash = word_hash(word);
        self.prefixes
            .get(&hash)
            .map(|&kinds| NameStart { hash, kinds })
    }

    /// True when `name` (lower case) is a person's name, of the labelled
    /// names or of those harvested from news.
    pub fn is_person_name(&self, name: &str) -> bool {
        let person = Gazetteer::kind_bit(EntityKind::Person);
        self.names
            .get(name)
            .is_some_and(|&kinds| kinds & (person | person << NEWS_NAME_SHIFT) != 0)
    }

    /// Every name with its kinds, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, u8)> {
        self.names.iter().map(|(k, &v)| (k, v))
    }

    /// True when there is no name.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl FromIterator<(String, u8)> for Gazetteer {
    fn from_iter<I: IntoIterator<Item = (String, u8)>>(iter: I) -> Self {
        let mut g = Gazetteer::new();
        for (name, kinds) in iter {
            g.insert(name, kinds);
        }
        g
    }
}

/// Where the kind bits of names harvested from news start.
pub const NEWS_NAME_SHIFT: u8 = 4;

/// Longest name in the gazetteer, in tokens.
pub const GAZETTEER_MAX_TOKENS: usize = 4;

fn short_shape(word: &str) -> &'static str {
    let (mut upper, mut lower, mut digit) = (0, 0, 0);
    for c in word.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        }
    }
    match (upper, lower, digit) {
        (0, 0, 0) => "punct",
        (0, 0, _) => "digits",
        (_, _, d) if d > 0 => "alnum",
        (0, _, _) => "lower",
        (_, 0, _) => "upper",
        (1, _, _) if word.chars().next().is_some_and(char::is_uppercase) => "title",
        _ => "mixed",
    }
}

/// Appends the lower case of `word` to `out`.
fn push_lowercase(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// What the features need to know of one word, wherever it stands.
#[derive(Clone, Debug, Default)]
pub struct WordFacts {
    /// The word in lower case.
    pub lower: String,
    /// Its shape ([`word_shape`]).
    pub shape: String,
    /// Its short shape: punct, digits, alnum, lower, upper, title, mixed.
    pub short: &'static str,
    /// Its word clusters, if it has any.
    pub clusters: Option<ClusterIds>,
    /// [`word_hash`] of the word as written.
    pub hash: u64,
    /// [`word_hash`] of its lower case.
    pub lower_hash: u64,
    /// The context key it gives a capitalised word it stands before and
    /// after ([`DocContext`]'s gathered contexts).
    pub context_keys: [u32; 2],
    /// Hash states of the pair keys it starts ([`PAIR_TEMPLATES`]: its
    /// lower case, its lower case, its shape).
    pair_states: [u64; 3],
}

impl WordFacts {
    /// Describes `word`, reusing this value's buffers; `title` is scratch.
    pub fn fill(&mut self, word: &str, clusters: &WordClusters, title: &mut String) {
        self.lower.clear();
        push_lowercase(word, &mut self.lower);
        word_shape(word, &mut self.shape);
        self.short = short_shape(word);
        self.clusters = cluster_of(clusters, word, &self.lower, title);
        self.hash = word_hash(word);
        self.lower_hash = word_hash(&self.lower);
        self.context_keys = CONTEXT_SIDES.map(|(_, side)| context_key(side, &self.lower));
        let [t13, t14, t15] = PAIR_TEMPLATES;
        self.pair_states = [
            key_state(t13, &[&self.lower]),
            key_state(t14, &[&self.lower]),
            key_state(t15, &[&self.shape]),
        ];
    }

    /// The cluster id neighbour features use; [`NO_CLUSTER`] for none.
    pub fn neighbour_cluster(&self) -> u16 {
        self.clusters.map_or(NO_CLUSTER, |ids| ids[1])
    }
}

/// Cluster id of a neighbour that has no cluster.
pub const NO_CLUSTER: u16 = u16::MAX;
/// Cluster id of a neighbour past the sentence's edge.
const EDGE_CLUSTER: u16 = u16::MAX - 1;

/// A neighbour's place relative to the token its features describe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Neighbour {
    /// Two tokens before.
    Prev2,
    /// The token before.
    Prev,
    /// The token after.
    Next,
    /// Two tokens after.
    Next2,
}

impl Neighbour {
    /// Every neighbour place.
    pub const ALL: [Neighbour; 4] = [
        Neighbour::Prev2,
        Neighbour::Prev,
        Neighbour::Next,
        Neighbour::Next2,
    ];

    /// The neighbour's index for token `i` of a sentence of `n`, `None`
    /// past an edge.
    pub fn index(self, i: usize, n: usize) -> Option<usize> {
        let j = match self {
            Neighbour::Prev2 => i.checked_sub(2)?,
            Neighbour::Prev => i.checked_sub(1)?,
            Neighbour::Next => i + 1,
            Neighbour::Next2 => i + 2,
        };
        (j < n).then_some(j)
    }

    /// The text that stands for the sentence's edge on this side.
    fn edge(self) -> &'static str {
        match self {
            Neighbour::Prev2 | Neighbour::Prev => "<s>",
            Neighbour::Next | Neighbour::Next2 => "</s>",
        }
    }
}

/// Keys of the features a word gives the token it is, wherever it
/// stands: word, case, affixes, shapes, hyphen and period, clusters.
pub fn word_keys(word: &str, facts: &WordFacts, out: &mut Vec<u32>) {
    let l = facts.lower.as_str();
    let short = facts.short;
    out.push(key(0, &[]));
    out.push(key(1, &[l]));
    if word != l {
        out.push(key(2, &[word]));
    }
    let prefix_ends = l
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain(std::iter::once(l.len()));
    for (k, end) in prefix_ends.take(4).enumerate() {
        out.push(numbered_key(3, &[k as u16 + 1], &l[..end]));
    }
    for (k, (start, _)) in l.char_indices().rev().take(4).enumerate() {
        out.push(numbered_key(4, &[k as u16 + 1], &l[start..]));
    }
    out.push(key(5, &[&facts.shape]));
    out.push(key(6, &[short]));
    if word.contains('-') {
        out.push(key(17, &["hyphen", short]));
    }
    if word.contains('.') {
        out.push(key(17, &["period", short]));
    }
    if let Some(ids) = facts.clusters {
        for (level, id) in ids.iter().enumerate() {
            out.push(numbered_key(23, &[level as u16, *id], ""));
        }
        out.push(numbered_key(25, &[ids[1]], short));
    }
}

/// Keys of the features a neighbour gives a token: its lower case, its
/// shape and its cluster (the nearest neighbours only). `None` for the
/// sentence's edge.
pub fn neighbour_keys(place: Neighbour, facts: Option<&WordFacts>, out: &mut Vec<u32>) {
    let (lower, shape, cluster) = match facts {
        Some(f) => (f.lower.as_str(), f.shape.as_str(), f.neighbour_cluster()),
        None => (place.edge(), place.edge(), EDGE_CLUSTER),
    };
    match place {
        Neighbour::Prev2 => out.push(key(9, &[lower])),
        Neighbour::Next2 => out.push(key(10, &[lower])),
        Neighbour::Prev => {
            out.push(key(7, &[lower]));
            out.push(key(11, &[shape]));
            out.push(numbered_key(24, &[cluster], "prev"));
        }
        Neighbour::Next => {
            out.push(key(8, &[lower]));
            out.push(key(12, &[shape]));
            out.push(numbered_key(24, &[cluster], "next"));
        }
    }
}

/// What [`token_context_keys`] needs of a sentence beyond the token.
pub struct SentenceContext<'a> {
    /// The document context.
    pub doc: &'a DocContext,
    /// True in a sentence mostly in capitals (a headline).
    pub caps_sentence: bool,
    /// Gazetteer matches of the sentence.
    pub gazetteer: &'a [GazetteerMatch],
}

/// Keys of the features of token `i` that depend on more than the word
/// and its neighbours: word pairs and the shape triple around it, sentence
/// position, headline case, the document context and the gazetteer; not
/// the contexts gathered from the word's other occurrences
/// ([`DocContext::repeated_word_contexts`]), which tagging sums once per
/// word and document.
pub fn token_context_keys(
    i: usize,
    (prev, this, next): (Option<&WordFacts>, &WordFacts, Option<&WordFacts>),
    sentence: &SentenceContext<'_>,
    out: &mut Vec<u32>,
) {
    let ctx = sentence.doc;
    let l = this.lower.as_str();
    let short = this.short;
    let (next_lower, next_shape) = next.map_or(("</s>", "</s>"), |f| (&f.lower, &f.shape));
    let [t13, _, t15] = PAIR_TEMPLATES;
    let [after_prev_word, _, after_prev_shape] = prev.map_or_else(
        || [key_state(t13, &["<s>"]), 0, key_state(t15, &["<s>"])],
        |f| f.pair_states,
    );
    out.push(finish_key(after_prev_word, &[l]));
    out.push(finish_key(this.pair_states[1], &[next_lower]));
    out.push(finish_key(after_prev_shape, &[&this.shape, next_shape]));
    if i == 0 {
        out.push(key(16, &[short]));
    }
    if sentence.caps_sentence {
        out.push(key(18, &[short]));
    }
    if short == "title" || short == "upper" {
        let position = if i == 0 { "initial" } else { "inside" };
        if ctx.capitalized_inside.contains(&this.lower_hash) {
            out.push(key(19, &[short, position]));
        }
        if ctx.lowercase_seen.contains(&this.lower_hash) {
            out.push(key(20, &[short, position]));
        }
    }
    if let Some(kind) = ctx.last_label.get(&this.hash) {
        out.push(key(21, &[kind.label()]));
    }
    if let Some(&bits) = ctx.name_edges.get(&this.hash) {
        out.push(numbered_key(30, &[u16::from(bits)], ""));
    }
    for m in sentence.gazetteer.iter().filter(|m| m.token == i) {
        out.push(numbered_key(22, &[m.kinds as u16], m.position));
    }
}

/// The context keys a token's neighbours give it ([`DocContext`]'s
/// gathered contexts).
pub fn own_context_keys(prev: Option<&WordFacts>, next: Option<&WordFacts>) -> [u32; 2] {
    let neighbours = [prev, next];
    std::array::from_fn(|k| {
        let (place, side) = CONTEXT_SIDES[k];
        neighbours[k].map_or_else(|| context_key(side, place.edge()), |f| f.context_keys[k])
    })
}

/// True when most of a sentence's tokens are in capitals.
pub fn is_caps_sentence<S: AsRef<str>>(tokens: &[S]) -> bool {
    let n = tokens.len();
    tokens.iter().filter(|w| is_all_caps(w.as_ref())).count() * 2 > n && n > 2
}

/// Buffers that feature extraction reuses from sentence to sentence.
#[derive(Clone, Debug, Default)]
pub struct FeatureScratch {
    facts: Vec<WordFacts>,
    title: String,
    gazetteer: Vec<GazetteerMatch>,
}

/// What features draw on beyond the sentence itself.
#[derive(Clone, Copy)]
pub struct Resources<'a> {
    /// Names and their kinds.
    pub gazetteer: &'a Gazetteer,
    /// Word clusters from unlabeled news.
    pub clusters: &'a WordClusters,
}

/// Clusters of a word as written, else of its title-case form (for
/// all-caps headlines), else of its lower-case form.
fn cluster_of(
    clusters: &WordClusters,
    word: &str,
    lower: &str,
    title: &mut String,
) -> Option<ClusterIds> {
    if let Some(ids) = clusters.get(word) {
        return Some(*ids);
    }
    title.clear();
    let mut chars = lower.chars();
    if let Some(first) = chars.next() {
        title.extend(first.to_uppercase());
        title.push_str(chars.as_str());
    }
    clusters
        .get(title.as_str())
        .or_else(|| clusters.get(lower))
        .copied()
}

/// Extracts the features of each token of a sentence into `out`.
pub fn sentence_features<S: AsRef<str>>(
    tokens: &[S],
    ctx: &DocContext,
    resources: Resources<'_>,
    scratch: &mut FeatureScratch,
    out: &mut FeatureBuf,
) {
    out.clear();
    let n = tokens.len();
    let FeatureScratch {
        facts,
        title,
        gazetteer,
    } = scratch;
    if facts.len() < n {
        facts.resize_with(n, WordFacts::default);
    }
    for (f, token) in facts.iter_mut().zip(tokens) {
        f.fill(token.as_ref(), resources.clusters, title);
    }
    let facts = &facts[..n];
    let gaz = resources.gazetteer;
    let lower = |i: usize| facts[i].lower.as_str();
    let name_start = |i: usize| gaz.name_start(lower(i));
    gazetteer_matches(n, lower, name_start, gaz, gazetteer);
    let sentence = SentenceContext {
        doc: ctx,
        caps_sentence: is_caps_sentence(tokens),
        gazetteer,
    };
    let at = |j: Option<usize>| j.map(|j| &facts[j]);
    for (i, token) in tokens.iter().enumerate() {
        let word = token.as_ref();
        word_keys(word, &facts[i], &mut out.keys);
        for place in Neighbour::ALL {
            neighbour_keys(place, at(place.index(i, n)), &mut out.keys);
        }
        let around = (
            at(Neighbour::Prev.index(i, n)),
            &facts[i],
            at(Neighbour::Next.index(i, n)),
        );
        token_context_keys(i, around, &sentence, &mut out.keys);
        if let Some(gathered) = ctx.repeated_word_contexts(facts[i].hash) {
            let own = own_context_keys(around.0, around.2);
            out.keys.extend(gathered.elsewhere(own));
        }
        out.end_token();
    }
}

/// A word some gazetteer name starts with.
#[derive(Clone, Copy, Debug)]
pub struct NameStart {
    /// The hash of the word, which the hash of a longer name continues.
    hash: u64,
    /// The kinds of the one-word name it is, if it is one.
    kinds: Option<u8>,
}

/// A token inside a gazetteer name.
#[derive(Clone, Copy, Debug)]
pub struct GazetteerMatch {
    token: usize,
    /// Position in the name: B, I, L or U.
    position: &'static str,
    /// Bit set of the name's kinds.
    kinds: u8,
}

/// Every token of a sentence of `n` tokens (lower-cased by `lower`) inside
/// a gazetteer name, into `out`; `name_start` tells what the gazetteer
/// knows of each token as a name's first word ([`Gazetteer::name_start`]).
pub fn gazetteer_matches<'a>(
    n: usize,
    lower: impl Fn(usize) -> &'a str,
    name_start: impl Fn(usize) -> Option<NameStart>,
    gazetteer: &Gazetteer,
    out: &mut Vec<GazetteerMatch>,
) {
    out.clear();
    for start in 0..n {
        let Some(first) = name_start(start) else {
            continue;
        };
        // The hash of the words joined by spaces, extended word by word
        // (FNV-1a runs on, so it equals hashing the joined name).
        let mut hash = first.hash;
        let mut kinds = first.kinds;
        let last_end = (start + GAZETTEER_MAX_TOKENS).min(n);
        for end in start + 1..=last_end {
            if let Some(kinds) = kinds {
                out.extend((start..end).map(|token| GazetteerMatch {
                    token,
                    position: match (token == start, token + 1 == end) {
                        (true, true) => "U",
                        (true, false) => "B",
                        (false, true) => "L",
                        (false, false) => "I",
                    },
                    kinds,
                }));
            }
            if end == last_end {
                break;
            }
            hash = fnv(lower(end).as_bytes(), fnv(b" ", hash));
            let Some(&name) = gazetteer.prefixes.get(&hash) else {
                break;
            };
            kinds = name;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_keys_from_cached_states_equal_hashing_the_whole_key() {
        let mut facts = WordFacts::default();
        facts.fill("Putin", &WordClusters::default(), &mut String::new());
        let [lower, pair, shape] = facts.pair_states;
        assert_eq!(finish_key(lower, &["said"]), key(13, &["putin", "said"]));
        assert_eq!(finish_key(pair, &["said"]), key(14, &["putin", "said"]));
        let triple = finish_key(shape, &["xxxx", "."]);
        assert_eq!(triple, key(15, &[&facts.shape, "xxxx", "."]));
    }

    #[test]
    fn shapes_compress_runs() {
        let mut s = String::new();
        word_shape("Jong-un", &mut s);
        assert_eq!(s, "Xxxx-xx");
        word_shape("1996-08-22", &mut s);
        assert_eq!(s, "dddd-dd-dd");
        assert_eq!(short_shape("KCNA"), "upper");
        assert_eq!(short_shape("Putin"), "title");
    }

    #[test]
    fn document_context_sees_capitalised_words_inside_sentences() {
        let doc = vec![
            vec!["Sign", "of", "the", "times"],
            vec!["The", "Sign", "said"],
        ];
        let ctx = DocContext::new(&doc);
        assert!(ctx.capitalized_inside.contains(&word_hash("sign")));
        assert!(!ctx.capitalized_inside.contains(&word_hash("the")));
    }

    #[test]
    fn the_edges_of_a_tagged_longer_name_are_remembered_by_kind() {
        let mut ctx = DocContext::default();
        let tokens = ["Magna", "International", "Inc", "said"];
        ctx.record(&tokens, &[(0, 3, EntityKind::Organization)]);
        let org_first = name_edge_bit(EntityKind::Organization, false);
        assert_eq!(ctx.name_edges.get(&word_hash("Magna")), Some(&org_first));
        let org_last = name_edge_bit(EntityKind::Organization, true);
        assert_eq!(ctx.name_edges.get(&word_hash("Inc")), Some(&org_last));
        assert_eq!(ctx.name_edges.get(&word_hash("International")), None);
    }

    #[test]
    fn a_word_reads_the_contexts_of_its_other_occurrences_only() {
        let doc = vec![
            vec!["shares", "of", "Magna", "rose"],
            vec!["Magna", "said", "on", "Friday"],
        ];
        let ctx = DocContext::new(&doc);
        let resources = Resources {
            gazetteer: &Gazetteer::new(),
            clusters: &WordClusters::default(),
        };
        let keys_of = |sentence: &[&str], i: usize| {
            let (mut scratch, mut buf) = (FeatureScratch::default(), FeatureBuf::default());
            sentence_features(sentence, &ctx, resources, &mut scratch, &mut buf);
            buf.token(i).to_vec()
        };
        let first = keys_of(&doc[0], 2);
        assert!(first.contains(&context_key("next", "said")));
        assert!(!first.contains(&context_key("next", "rose")));
        let second = keys_of(&doc[1], 0);
        assert!(second.contains(&context_key("prev", "of")));
        assert!(!second.contains(&context_key("next", "said")));
    }

    #[test]
    fn every_token_gets_features() {
        let mut buf = FeatureBuf::default();
        let tokens = ["Kim", "Jong-un", "met", "Putin", "."];
        let resources = Resources {
            gazetteer: &Gazetteer::new(),
            clusters: &WordClusters::default(),
        };
        let mut scratch = FeatureScratch::default();
        sentence_features(
            &tokens,
            &DocContext::default(),
            resources,
            &mut scratch,
            &mut buf,
        );
        assert_eq!(buf.len(), 5);
        assert!(buf.token(1).len() > 15);
    }
}
