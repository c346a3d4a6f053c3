//! # newsnlp-ner
//!
//! Finds people, organisations, places and other names (CoNLL-2003 types
//! PER, ORG, LOC, MISC) in news text with a model the project trains itself:
//! averaged structured perceptrons over BILOU tags (several, trained on
//! different shuffles, averaged into one model), exact Viterbi decoding,
//! word, affix, shape, context, document-level and gazetteer features
//! ([`features`]), and a second gazetteer of names harvested from
//! unlabeled news ([`news_names`]). At decoding, an honorific (`Mr`,
//! `Mrs.`, `Ms`, `Dr`) before a capitalised word makes that word part of a
//! person's name, which CoNLL-2003 (seven `Mr` in its training split)
//! cannot teach; so does a noun of kinship a possessive owns (`his
//! daughter Ivanka`) before the name it introduces. A table of known names ([`known_names`]) then gives
//! names that news writes daily and CoNLL-2003 never saw (`Twitter`,
//! `Al Jazeera`, `Brexit`) their type. The trained model and the table
//! ship inside the crate.
#![deny(missing_docs)]

pub mod clusters;
pub mod conll;
pub mod features;
mod honorifics;
pub mod known_names;
pub mod model;
pub mod news_names;
mod surnames;
pub mod tags;
pub mod train;
mod word_cache;

use std::path::PathBuf;
use std::sync::Arc;

use newsnlp_core::english::{WordList, ROLE_NOUNS};
use newsnlp_core::{
    is_quote_char, load_resource, load_table, Document, Entity, EntityKind, Layer, LayerName,
    Shipped, Span, Stage, StageError, StageOptions, Token, TokenKind,
};
use serde::Deserialize;

use known_names::KnownNames;
use model::{Model, ModelError};

/// The stage's registered name.
pub const STAGE_NAME: &str = "ner";

/// The model trained by `cargo xtask train ner` and shipped in the crate.
const SHIPPED_MODEL: &[u8] = include_bytes!("../model/ner-conll2003.bin");

/// The known-name table shipped in the crate.
pub const SHIPPED_KNOWN_NAMES: &str = include_str!("../data/known-names.tsv");

/// The shipped known-name table, parsed once per process.
pub fn shipped_known_names() -> Result<Arc<KnownNames>, String> {
    static TABLE: Shipped<KnownNames> = Shipped::new();
    TABLE.get(|| KnownNames::from_tsv(SHIPPED_KNOWN_NAMES))
}

/// The shipped model, decoded once per process and shared.
pub fn shipped_model() -> Result<Arc<Model>, ModelError> {
    static MODEL: Shipped<Model> = Shipped::new();
    MODEL
        .get(|| Model::from_bytes(SHIPPED_MODEL))
        .map_err(ModelError::Corrupt)
}

/// Options of the `ner` stage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NerOptions {
    /// A model file to use instead of the shipped one.
    pub model: Option<PathBuf>,
    /// A known-name table to use instead of the shipped one (same
    /// format; an empty file leaves every type to the model).
    pub known_names: Option<PathBuf>,
}

/// Tags PER, ORG, LOC and MISC entities in each sentence of a document.
#[derive(Clone, Debug)]
pub struct NerStage {
    model: Arc<Model>,
    known_names: Arc<KnownNames>,
}

const REQUIRES: &[LayerName] = &[LayerName::Tokens, LayerName::Sentences];
const PROVIDES: &[LayerName] = &[LayerName::Entities];

impl NerStage {
    /// A stage using `model`, with the types of `known_names`.
    pub fn new(model: Arc<Model>, known_names: Arc<KnownNames>) -> Self {
        NerStage { model, known_names }
    }

    /// Builds the stage from pipeline-file options.
    pub fn from_options(options: &StageOptions) -> Result<Box<dyn Stage>, StageError> {
        let options: NerOptions = options.parse()?;
        let model = load_resource(
            STAGE_NAME,
            "model",
            options.model.as_deref(),
            Model::from_bytes,
            || shipped_model().map_err(|e| e.to_string()),
        )?;
        let known_names = load_table(
            STAGE_NAME,
            "known-name table",
            options.known_names.as_deref(),
            KnownNames::from_tsv,
            shipped_known_names,
        )?;
        Ok(Box::new(NerStage::new(model, known_names)))
    }
}

impl Stage for NerStage {
    fn name(&self) -> &str {
        STAGE_NAME
    }

    fn requires(&self) -> &[LayerName] {
        REQUIRES
    }

    fn provides(&self) -> &[LayerName] {
        PROVIDES
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let tokens = doc.layers.token_items();
        let (word_tokens, sentences) = taggable_sentences(doc);
        let tagged = self.model.tag_document(&sentences);
        let mut found: Vec<Vec<model::Tagged>> = tagged
            .into_iter()
            .zip(&sentences)
            .map(|(found, words)| {
                let merged = take_in_quoted_nicknames(
                    take_in_name_possessives(merge_stray_stops(found, words), words),
                    words,
                );
                let merged = split_at_lone_quote_marks(merged, words);
                let mut merged = without_sentence_opening_function_words(merged, words);
                without_lone_titles(&mut merged, words);
                self.known_names.retype(words, &mut merged);
                merged
            })
            .collect();
        without_pronouns_read_as_names(&mut found, &sentences);
        surnames::complete_person_names(&mut found, &sentences, self.model.gazetteer());
        let mut entities = Vec::new();
        for ((ranges, found), words) in word_tokens.iter().zip(found).zip(&sentences) {
            entities.extend(
                found
                    .into_iter()
                    .filter(|&(s, e, _, _)| !is_party_label(&words[s..e]))
                    .map(|(s, e, kind, score)| entity(tokens, &ranges[s..e], kind, score)),
            );
        }
        doc.layers.entities = Some(Layer::new(STAGE_NAME, entities));
        Ok(())
    }
}

/// The token range (first, past the last) of each word of a sentence.
pub type WordTokens = Vec<(usize, usize)>;

/// The sentences of a tokenized document that the stage tags
/// (boilerplate skipped), as words: for each sentence, the token range
/// (first, past the last) of each word, and the words' text. A word is
/// a token, or tokens joined by hyphens with no space between
/// (`Salas-Wright`, `Jean-Claude`, `Coca-Cola`): the tokenizer splits
/// such compounds, as UD English does, but CoNLL-2003, which the model
/// learned from, keeps them whole, so the model reads them whole.
pub fn taggable_sentences(doc: &Document) -> (Vec<WordTokens>, Vec<Vec<&str>>) {
    let text = doc.text.as_str();
    let tokens = doc.layers.token_items();
    let sentences = doc.layers.sentence_items();
    // Boilerplate tokens are left out: a sentence of page furniture
    // wholly, and one inside a sentence (a share bar in flattened text) is
    // cut out of it, the parts either side tagged apart.
    let boilerplate = doc.layers.within_boilerplate(tokens, |t| t.span);
    let mut ranges = Vec::new();
    let mut t = 0;
    for sentence in sentences {
        while t < tokens.len() && tokens[t].span.start < sentence.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= sentence.end {
            t += 1;
        }
        let parts = boilerplate[first..t]
            .split(|&furniture| furniture)
            .scan(first, |start, part| {
                let range = (*start, *start + part.len());
                *start += part.len() + 1;
                Some(range)
            })
            .filter(|&(a, b)| a < b);
        ranges.extend(parts.map(|part| hyphen_joined_words(text, tokens, part)));
    }
    let sentences = ranges
        .iter()
        .map(|words| {
            words
                .iter()
                .map(|&(a, b)| {
                    &text[tokens[a].span.start as usize..tokens[b - 1].span.end as usize]
                })
                .collect()
        })
        .collect();
    (ranges, sentences)
}

/// Hyphens that join the parts of a compound.
const JOINING_HYPHENS: &[&str] = &["-", "\u{2010}", "\u{2011}"];

/// The words of the tokens `[first, past)` of `text`, each as a token
/// range: a run of words and numbers joined by hyphens with no space on
/// either side (`Salas-Wright`, `Rolls-Royce-owned`) is one word; any
/// other token is a word of its own.
fn hyphen_joined_words(text: &str, tokens: &[Token], (first, past): (usize, usize)) -> WordTokens {
    let part = |i: usize| matches!(tokens[i].kind, TokenKind::Word | TokenKind::Number);
    let glued_hyphen = |hyphen: usize| {
        let [before, mark, after] = [hyphen - 1, hyphen, hyphen + 1].map(|i| tokens[i].span);
        before.end == mark.start
            && mark.end == after.start
            && JOINING_HYPHENS.contains(&&text[mark.range()])
    };
    let joins = |hyphen: usize| {
        // Most tokens have a space on one side: that test comes first.
        glued_hyphen(hyphen)
            && part(hyphen - 1)
            && part(hyphen + 1)
            && !lost_space(text, tokens, hyphen, |h| {
                h > first && h + 1 < past && glued_hyphen(h) && part(h - 1) && part(h + 1)
            })
    };
    let mut words = Vec::with_capacity(past - first);
    let mut start = first;
    while start < past {
        let mut end = start + 1;
        while end + 1 < past && joins(end) {
            end += 2;
        }
        words.push((start, end));
        start = end;
    }
    words
}

/// True when the hyphen at token `hyphen` stands for a space that
/// scraping lost (`correspondent-Bernd Thomas Riegert`, `Jesse
/// Klaver-is a rising star`, `near the-Kremlin`): a lower-case function
/// word on one side, a capitalised word on the other, and no hyphen
/// (`glued_hyphen`, between words: not one after a quote mark, as in
/// `"Q,"-says-Smith`) joining the function word on to a third word, as
/// in the place names `Stoke-on-Trent` and `Stratford-upon-Avon`.
fn lost_space(
    text: &str,
    tokens: &[Token],
    hyphen: usize,
    glued_hyphen: impl Fn(usize) -> bool,
) -> bool {
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
    let function_word = |i: usize| LOST_SPACE_FUNCTION_WORDS.contains(&word(i));
    function_word(hyphen - 1)
        && capitalised(hyphen + 1)
        && !(hyphen >= 2 && glued_hyphen(hyphen - 2))
        || function_word(hyphen + 1) && capitalised(hyphen - 1) && !glued_hyphen(hyphen + 2)
}

/// Function words that no hyphenated English word joins to a capitalised
/// one (lower case, as written).
const LOST_SPACE_FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "on", "in", "to", "and", "or", "but", "at", "that", "with", "by",
    "from", "as", "for", "is", "are", "was", "were", "has", "have", "had", "said", "says", "will",
    "would", "who", "which", "its", "his", "her", "their", "this", "after", "against", "than",
    "also", "told", "did", "does", "can", "could", "should", "must", "when", "because",
];

/// American states as party labels write them, full stops left out: AP
/// abbreviations, and the one-word names some outlets write in full
/// (`D-California`); postal codes are matched apart.
const LABEL_STATES: &[&str] = &[
    "Ala",
    "Alabama",
    "Alaska",
    "Ariz",
    "Arizona",
    "Ark",
    "Arkansas",
    "Calif",
    "California",
    "Colo",
    "Colorado",
    "Conn",
    "Connecticut",
    "Del",
    "Delaware",
    "Fla",
    "Florida",
    "Ga",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Ill",
    "Illinois",
    "Ind",
    "Indiana",
    "Iowa",
    "Kan",
    "Kans",
    "Kansas",
    "Ky",
    "Kentucky",
    "La",
    "Louisiana",
    "Maine",
    "Md",
    "Maryland",
    "Mass",
    "Massachusetts",
    "Mich",
    "Michigan",
    "Minn",
    "Minnesota",
    "Miss",
    "Mississippi",
    "Mo",
    "Missouri",
    "Mont",
    "Montana",
    "Neb",
    "Nebraska",
    "Nev",
    "Nevada",
    "Ohio",
    "Okla",
    "Oklahoma",
    "Ore",
    "Oregon",
    "Pa",
    "Pennsylvania",
    "Tenn",
    "Tennessee",
    "Tex",
    "Texas",
    "Utah",
    "Vt",
    "Vermont",
    "Va",
    "Virginia",
    "Wash",
    "Washington",
    "WVa",
    "Wis",
    "Wisconsin",
    "Wyo",
    "Wyoming",
];

/// True for an American party-and-state label (`R-Wis.`, `D-N.Y.`,
/// `I-Vt.`, `R-IN`): it names no entity, though the model, which never
/// saw one in CoNLL-2003, may tag it.
fn is_party_label(words: &[&str]) -> bool {
    let [word] = words else {
        return false;
    };
    let Some(state) = ["R-", "D-", "I-"].iter().find_map(|p| word.strip_prefix(p)) else {
        return false;
    };
    let state: String = state.chars().filter(|&c| c != '.').collect();
    let postal_code = state.len() == 2 && state.chars().all(|c| c.is_ascii_uppercase());
    postal_code || LABEL_STATES.contains(&state.as_str())
}

/// The entity of the words `words` (their token ranges, in order).
fn entity(tokens: &[Token], words: &[(usize, usize)], kind: EntityKind, score: f32) -> Entity {
    let (first, _) = words[0];
    let (_, past) = words[words.len() - 1];
    Entity {
        span: Span {
            start: tokens[first].span.start,
            end: tokens[past - 1].span.end,
        },
        kind,
        score,
    }
}

/// Takes `X’s` into the name that follows it when `the` comes before it
/// (`the People’s Democratic Republic of Korea`, `the President’s Council
/// of Economic Advisers`): after `the`, a capitalised word with a
/// possessive cannot be a possessor of its own, so it belongs to the
/// name. The word must be outside any name (`the Kremlin’s Security
/// Council` keeps the Kremlin apart).
fn take_in_name_possessives(mut found: Vec<model::Tagged>, words: &[&str]) -> Vec<model::Tagged> {
    for i in 0..found.len() {
        let start = found[i].0;
        let Some(owner) = start.checked_sub(2) else {
            continue;
        };
        let name_possessive = owner >= 1
            && words[owner - 1].eq_ignore_ascii_case("the")
            && words[owner].chars().next().is_some_and(char::is_uppercase)
            && matches!(words[start - 1], "’s" | "'s")
            && found[..i].last().is_none_or(|prev| prev.1 <= owner);
        if name_possessive {
            found[i].0 = owner;
        }
    }
    found
}

/// Words that open sentences, capitalised there, but never a name:
/// conjunctions, prepositions and sentence adverbs (`Like Trump, she
/// ...`, `However Downing Street said`, `Both Lan and ...`, `Ahead of the
/// conference, CPAC ...`, `Well, according to the Daily Beast`).
const SENTENCE_OPENING_FUNCTION_WORDS: &WordList = &WordList::new(&[
    "after",
    "again",
    "ahead",
    "along",
    "although",
    "and",
    "as",
    "because",
    "before",
    "beyond",
    "both",
    "but",
    "clearly",
    "despite",
    "even",
    "however",
    "if",
    "like",
    "meanwhile",
    "moreover",
    "one",
    "or",
    "perhaps",
    "shortly",
    "since",
    "sometimes",
    "still",
    "though",
    "unlike",
    "well",
    "when",
    "whereas",
    "while",
    "with",
    "yes",
]);

/// Drops a sentence's first word from the entity it opens when it is one
/// of [`SENTENCE_OPENING_FUNCTION_WORDS`] (the capital the sentence gave
/// it misled the model), and the entity with it when it was its only
/// word. An opening quote mark before it counts as no word.
fn without_sentence_opening_function_words(
    mut found: Vec<model::Tagged>,
    words: &[&str],
) -> Vec<model::Tagged> {
    let first = usize::from(words.first().is_some_and(|w| w.chars().all(is_quote_char)));
    let Some(opening) = found.first_mut().filter(|e| e.0 == first) else {
        return found;
    };
    if !SENTENCE_OPENING_FUNCTION_WORDS.contains(words[first]) {
        return found;
    }
    opening.0 += 1;
    if opening.0 == opening.1 {
        found.remove(0);
    }
    found
}

/// Drops the entities of one word that is a role noun (`Taoiseach`,
/// which the model read as an organisation, a person, a work and a place;
/// `Head`): a title alone names no one, and the cluster stage links it,
/// as a description, to the person it titles.
fn without_lone_titles(found: &mut Vec<model::Tagged>, words: &[&str]) {
    found.retain(|&(a, b, _, _)| !(b == a + 1 && ROLE_NOUNS.contains(words[a])));
}

/// Subject pronouns as they open sentences, capitalised.
const CAPITALISED_SUBJECT_PRONOUNS: &[&str] = &["He", "She"];

/// Drops the names of one word that are a subject pronoun (`He has also
/// blocked`, read as a person), unless a longer name in the document
/// opens with that word: then it is a surname (`He Jiahong ... He says`,
/// in Chinese order).
fn without_pronouns_read_as_names(found: &mut [Vec<model::Tagged>], sentences: &[Vec<&str>]) {
    let opens_longer_name = |pronoun: &&str| {
        found.iter().zip(sentences).any(|(names, words)| {
            names
                .iter()
                .any(|&(a, b, _, _)| b > a + 1 && words[a] == *pronoun)
        })
    };
    let read_as_names: Vec<&str> = CAPITALISED_SUBJECT_PRONOUNS
        .iter()
        .copied()
        .filter(|pronoun| !opens_longer_name(pronoun))
        .collect();
    for (names, words) in found.iter_mut().zip(sentences) {
        names.retain(|&(a, b, _, _)| !(b == a + 1 && read_as_names.contains(&words[a])));
    }
}

/// True when word `i` of a sentence's `words` starts with a capital
/// (false past the last word).
fn is_capitalised_word(words: &[&str], i: usize) -> bool {
    words
        .get(i)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Most words of a nickname in quote marks inside a name.
const NICKNAME_WORDS: usize = 3;

/// Takes a nickname in quote marks into the person's name around it
/// (`Del. Marcia "Cia" Price`, `Dwayne "The Rock" Johnson`): a capitalised
/// first name, one to [`NICKNAME_WORDS`] capitalised words in quote
/// marks, a capitalised surname, with a person's name on one side at
/// least, the first mark opening a quote, and no capitalised word after
/// the name (a headline in title case). The model, which never saw one in
/// CoNLL-2003, cut the name in two and tagged the nickname on its own
/// (`Cia` an organisation, linked to the CIA).
fn take_in_quoted_nicknames(found: Vec<model::Tagged>, words: &[&str]) -> Vec<model::Tagged> {
    let capitalised = |i: usize| is_capitalised_word(words, i);
    let is_mark = |i: usize| is_quote_mark_word(words, i);
    let mut out = found;
    for open in 1..words.len() {
        if !is_mark(open) || !capitalised(open - 1) {
            continue;
        }
        let Some(close) = (open + 2..(open + 2 + NICKNAME_WORDS).min(words.len()))
            .find(|&i| is_mark(i))
            .filter(|&close| (open + 1..close).all(capitalised) && capitalised(close + 1))
        else {
            continue;
        };
        let before = out
            .iter()
            .find(|e| e.1 == open && e.2 == EntityKind::Person)
            .copied();
        let after = out
            .iter()
            .find(|e| e.0 == close + 1 && e.2 == EntityKind::Person)
            .copied();
        if before.is_none() && after.is_none() {
            continue;
        }
        let start = before.map_or(open - 1, |e| e.0);
        let end = after.map_or(close + 2, |e| e.1);
        // `"Nocturnal Animals" Editing "Arrival"`: a mark that closes a
        // title; `Trump ‘The Dealmaker’ Could Return`: a headline in title
        // case.
        let closes_a_quote = (0..open).filter(|&i| is_mark(i)).count() % 2 == 1;
        if closes_a_quote || capitalised(end) {
            continue;
        }
        let score = [before, after]
            .iter()
            .flatten()
            .map(|e| e.3)
            .fold(1.0f32, f32::min);
        out.retain(|e| e.1 <= start || e.0 >= end);
        let at = out.partition_point(|e| e.0 < start);
        out.insert(at, (start, end, EntityKind::Person, score));
    }
    out
}

/// True when word `i` is a quote mark.
fn is_quote_mark_word(words: &[&str], i: usize) -> bool {
    words
        .get(i)
        .is_some_and(|w| !w.is_empty() && w.chars().all(is_quote_char))
}

/// Cuts an entity at the quote marks inside it when they do not pair up
/// (`Retired General Reveals ‘Demoralizing’ Experience`, tagged `Reveals
/// ‘Demoralizing` a person): a name holds a quote mark only around a
/// nickname (`Dwayne "The Rock" Johnson`), and a mark opening or closing
/// a quote that runs past the name belongs to the quote. An apostrophe
/// after a plural is its possessive (`Irish Postmasters' Union`), no
/// mark. Each part with a word in it keeps the entity's type and score.
fn split_at_lone_quote_marks(found: Vec<model::Tagged>, words: &[&str]) -> Vec<model::Tagged> {
    let possessive =
        |i: usize| matches!(words[i], "'" | "’") && i > 0 && words[i - 1].ends_with(['s', 'S']);
    let is_mark = |i: usize| is_quote_mark_word(words, i) && !possessive(i);
    let mut out = Vec::with_capacity(found.len());
    for (start, end, kind, score) in found {
        let marks = (start..end).filter(|&i| is_mark(i)).count();
        if marks % 2 == 0 {
            out.push((start, end, kind, score));
            continue;
        }
        let mut part_start = start;
        for i in start..=end {
            if i == end || is_mark(i) {
                if part_start < i {
                    out.push((part_start, i, kind, score));
                }
                part_start = i + 1;
            }
        }
    }
    out
}

/// Mends person names broken by a stray full stop inside one sentence
/// (`Kwon Jong. Gun, last week`): the sentence splitter kept the sentence
/// whole, so the stop is a typo. Two person names around the stop are
/// joined, and a person name followed by the stop and a capitalised word
/// that ends the clause (before a comma) takes that word in.
fn merge_stray_stops(found: Vec<model::Tagged>, words: &[&str]) -> Vec<model::Tagged> {
    let capitalised = |i: usize| is_capitalised_word(words, i);
    let mut out: Vec<model::Tagged> = Vec::with_capacity(found.len());
    for entity in found {
        if let Some(prev) = out.last_mut() {
            let joined = prev.2 == EntityKind::Person
                && entity.2 == EntityKind::Person
                && entity.0 == prev.1 + 1
                && words.get(prev.1) == Some(&".");
            if joined {
                prev.1 = entity.1;
                prev.3 = prev.3.min(entity.3);
                continue;
            }
        }
        out.push(entity);
    }
    for i in 0..out.len() {
        let (_, end, kind, _) = out[i];
        let next_free = out.get(i + 1).is_none_or(|n| n.0 > end + 1);
        if kind == EntityKind::Person
            && next_free
            && words.get(end) == Some(&".")
            && capitalised(end + 1)
            && words.get(end + 2) == Some(&",")
        {
            out[i].1 = end + 2;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(found: &[model::Tagged], words: &[&str]) -> Vec<String> {
        found.iter().map(|e| words[e.0..e.1].join(" ")).collect()
    }

    #[test]
    fn party_and_state_labels_are_no_names() {
        for label in [
            "R-Wis.",
            "D-N.Y.",
            "I-Vt.",
            "R-Utah",
            "R-IN",
            "D-W.Va.",
            "D-California",
        ] {
            assert!(is_party_label(&[label]), "{label}");
        }
        for name in ["Rolls-Royce", "D-Day", "Jean-Claude", "R", "R-"] {
            assert!(!is_party_label(&[name]), "{name}");
        }
        assert!(!is_party_label(&["R-Wis.", "Smith"]));
    }

    #[test]
    fn a_capitalised_possessive_after_the_joins_the_name_after_it() {
        let words = [
            "between",
            "the",
            "People",
            "’s",
            "Democratic",
            "Republic",
            "of",
            "Korea",
        ];
        let found = vec![(4, 8, EntityKind::Location, 0.9)];
        let mended = take_in_name_possessives(found, &words);
        assert_eq!(
            names(&mended, &words),
            ["People ’s Democratic Republic of Korea"]
        );
    }

    #[test]
    fn a_possessor_that_is_a_name_or_lacks_the_stays_apart() {
        let words = ["the", "Kremlin", "’s", "Security", "Council"];
        let found = vec![
            (1, 2, EntityKind::Location, 0.9),
            (3, 5, EntityKind::Organization, 0.9),
        ];
        let mended = take_in_name_possessives(found, &words);
        assert_eq!(names(&mended, &words), ["Kremlin", "Security Council"]);
        let words = ["Sunday", "’s", "Super", "Bowl"];
        let found = vec![(2, 4, EntityKind::Misc, 0.9)];
        let mended = take_in_name_possessives(found, &words);
        assert_eq!(names(&mended, &words), ["Super Bowl"]);
    }

    #[test]
    fn a_function_word_opening_the_sentence_leaves_the_entity_it_was_read_into() {
        let words = ["Like", "Trump", ",", "she", "said", "."];
        let found = vec![(0, 2, EntityKind::Person, 0.9)];
        let mended = without_sentence_opening_function_words(found, &words);
        assert_eq!(names(&mended, &words), ["Trump"]);
        let words = ["“", "However", ",", "Downing", "Street", "said"];
        let found = vec![
            (1, 2, EntityKind::Organization, 0.5),
            (3, 5, EntityKind::Location, 0.9),
        ];
        let mended = without_sentence_opening_function_words(found, &words);
        assert_eq!(names(&mended, &words), ["Downing Street"]);
        // Inside the sentence, a capitalised function word is part of a
        // title; a name opening the sentence stays whole.
        let words = ["He", "saw", "Like", "Crazy", "there", "."];
        let found = vec![(2, 4, EntityKind::Misc, 0.9)];
        let kept = without_sentence_opening_function_words(found.clone(), &words);
        assert_eq!(kept, found);
        let words = ["Boris", "Johnson", "said", "so", "."];
        let found = vec![(0, 2, EntityKind::Person, 0.9)];
        let kept = without_sentence_opening_function_words(found.clone(), &words);
        assert_eq!(kept, found);
    }

    /// Dai: sentence adverbs opening a sentence were read as names of
    /// one word (`Ahead of the conference, CPAC ...`, `Well, according to
    /// the Daily Beast`), and quotes were said by `Ahead`.
    #[test]
    fn a_sentence_adverb_opening_the_sentence_is_no_name_of_one_word() {
        for words in [
            ["Ahead", "of", "the", "talks", "."],
            ["Well", ",", "that", "was", "it"],
        ] {
            let found = vec![(0, 1, EntityKind::Person, 0.9)];
            let mended = without_sentence_opening_function_words(found, &words);
            assert!(mended.is_empty(), "{words:?}: {mended:?}");
        }
    }

    /// Dai: `He has also blocked ...` was read as a person named `He`, who
    /// then said quotes; in an article about He Jiahong, `He says` is his.
    #[test]
    fn a_pronoun_read_as_a_name_of_one_word_is_none_unless_a_longer_name_opens_with_it() {
        let blocked = vec!["He", "has", "also", "blocked", "it"];
        let lone_he = vec![(0, 1, EntityKind::Person, 0.9)];
        let mut found = vec![lone_he.clone()];
        without_pronouns_read_as_names(&mut found, std::slice::from_ref(&blocked));
        assert_eq!(found, [vec![]]);
        let named = vec!["He", "Jiahong", "is", "a", "novelist"];
        let sentences = [named, blocked];
        let mut found = vec![vec![(0, 2, EntityKind::Person, 0.9)], lone_he];
        let kept = found.clone();
        without_pronouns_read_as_names(&mut found, &sentences);
        assert_eq!(found, kept);
    }

    #[test]
    fn an_entity_across_a_lone_quote_mark_is_cut_there() {
        let words = [
            "Retired",
            "General",
            "Reveals",
            "‘",
            "Demoralizing",
            "’",
            "Experience",
        ];
        let found = vec![(2, 5, EntityKind::Person, 0.7)];
        let cut = split_at_lone_quote_marks(found, &words);
        assert_eq!(names(&cut, &words), ["Reveals", "Demoralizing"]);
        let words = ["Irish", "Postmasters", "'", "Union", "said"];
        let found = vec![(0, 4, EntityKind::Organization, 0.9)];
        assert_eq!(split_at_lone_quote_marks(found.clone(), &words), found);
        // A nickname's marks pair up inside the name.
        let words = ["Dwayne", "\"", "The", "Rock", "\"", "Johnson", "spoke"];
        let found = vec![(0, 6, EntityKind::Person, 0.9)];
        assert_eq!(split_at_lone_quote_marks(found.clone(), &words), found);
    }

    #[test]
    fn a_quoted_nickname_joins_the_name_around_it() {
        // The model tagged `Del. Marcia` a person and `Cia` an
        // organisation, which the clusters linked to the CIA.
        let words = ["Del.", "Marcia", "\"", "Cia", "\"", "Price", "shouted", "."];
        let found = vec![
            (0, 2, EntityKind::Person, 0.9),
            (3, 4, EntityKind::Organization, 0.6),
        ];
        let mended = take_in_quoted_nicknames(found, &words);
        assert_eq!(names(&mended, &words), ["Del. Marcia \" Cia \" Price"]);
        assert_eq!(mended[0].2, EntityKind::Person);
        // A headline in title case, and a mark that closes a title, keep
        // their entities.
        let words = ["Trump", "‘", "The", "Dealmaker", "’", "Could", "Return"];
        let found = vec![(0, 1, EntityKind::Person, 0.9)];
        let kept = take_in_quoted_nicknames(found.clone(), &words);
        assert_eq!(kept, found);
        let words = [
            "\"",
            "Nocturnal",
            "Animals",
            "\"",
            "Editing",
            "\"",
            "Arrival",
            "\"",
        ];
        let found = vec![(2, 3, EntityKind::Person, 0.5)];
        let kept = take_in_quoted_nicknames(found.clone(), &words);
        assert_eq!(kept, found);
    }
}
