//! Honorifics before a name: `Mr Corbyn`, `Mrs. May`, `Dr Fauci`, `Sgt
//! McCabe`; a relative's name after a noun of kinship: `his daughter
//! Ivanka`, `Trump's wife, Melania`; and a name after a role in lower
//! case: `North Korean leader Kim Jong Un`.
//!
//! CoNLL-2003 holds seven `Mr` in its training split, so the model
//! learned next to nothing of them, and read the British `Mr Corbyn` (no
//! full stop) as an organisation in 124 of 144 mentions over the first
//! 1,000 articles of the Dai corpus. News style makes the reading certain,
//! so the decoder is told it: the word after an honorific is part of a
//! person's name, and the honorific is either outside any name (CoNLL's
//! convention) or that name's first word (as the model reads the `Mr.`
//! of American papers); which of the two, the model decides.
//!
//! The same holds after a noun of kinship that a possessive owns (`his
//! daughter Ivanka`: an organisation 10 times in the Dai corpus, the
//! model misled by the `Ivanka Trump` clothing line): the capitalised
//! word after it, or after its comma, opens a person's name.
//!
//! So does a title of the form `X of Y` (`Chief of Staff Reince
//! Priebus`, `Secretary of State Rex Tillerson`, which the model read as a
//! place and an organisation): the word after it opens a person's name,
//! unless it is a rank or an honorific.
//!
//! And after a role written in lower case (`leader`, `spokesman`,
//! `president`): `North Korean leader Kim Jong Un` was an organisation or
//! a miscellaneous name 27 times in the Dai corpus (the model reads `Un`
//! as the `UN`, and the document's later mentions follow the first), and
//! of the capitalised words that follow such a role there and that the
//! model read as a name of another kind, all but a handful open a
//! person's (`Fianna Fáil leader Micheál Martin`, `IOM spokesman Flavio
//! Di Giacomo`). So the word after such a role is no name of any other
//! kind: it opens a person's, or it is outside any name (a rank, `leader
//! General Charles de Gaulle`), which the model decides. Not after
//! `head`, `chief`, `executive`, `official` or `premier`, which are words
//! of other kinds too (`official Chinese media`, `the premier Republican
//! firm`), nor before a weekday, a month or a word in capitals (`the
//! leader IS`), nor before an organisation's name (`executive director
//! Igarape Institute`).

use newsnlp_core::english::{
    is_kinship_noun, is_name_honorific, is_one_of, WordList, ORGANISATION_HEADS,
    POSSESSIVE_CLITICS, POSSESSIVE_DETERMINERS, PREPOSITIONS, ROLE_NOUNS, WEEKDAYS,
};
use newsnlp_core::EntityKind;

use crate::model::Tagged;
use crate::surnames::MONTHS;
use crate::tags::{parse, tag, Part, NUM_TAGS, OUTSIDE};

/// `Miss` stands before a woman's name (`Miss Clark said`, read as an
/// organisation in 22 of the Dai corpus's 26) and before a beauty
/// pageant's place (`Miss Universe`, `Miss Hungary`): it is an honorific
/// where the model reads no place after it, and the word after is none of
/// these.
const PAGEANT_WORDS: &WordList = &WordList::new(&[
    "universe",
    "world",
    "international",
    "earth",
    "teen",
    "saigon",
]);

/// The score that rules a tag out: low enough that no path takes it,
/// finite so that the marginals stay numbers.
const RULED_OUT: f32 = -1.0e4;

/// True when `word` (with or without its full stop) is an honorific
/// before `next`, whose emission scores are `next_scores`.
fn is_honorific(word: &str, next: &str, next_scores: &[f32; NUM_TAGS]) -> bool {
    is_name_honorific(word)
        || word.eq_ignore_ascii_case("miss")
            && !PAGEANT_WORDS.contains(next)
            && !reads_as_place(next_scores)
}

/// True when the model's best reading of a token is part of a place.
fn reads_as_place(scores: &[f32; NUM_TAGS]) -> bool {
    parse(best_tag(scores)).is_some_and(|(kind, _)| kind == EntityKind::Location)
}

/// The tag of the highest of a token's `scores`.
fn best_tag(scores: &[f32; NUM_TAGS]) -> usize {
    (0..NUM_TAGS)
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
        .unwrap_or(OUTSIDE)
}

/// True when `word` can open a name after an honorific: capitalised, a
/// word, and no role (`Mr. President` names no one).
fn opens_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !ROLE_NOUNS.contains(word)
}

/// Rules out, in a sentence's emission scores, every reading but those
/// an honorific allows: the honorific outside any name or opening a
/// person's, the word after it in a person's name.
pub(crate) fn constrain<S: AsRef<str>>(tokens: &[S], emissions: &mut [[f32; NUM_TAGS]]) {
    let person = |part| tag(EntityKind::Person, part);
    let honorific_tags = [OUTSIDE, person(Part::Begin)];
    let name_tags = [Part::Begin, Part::Inside, Part::Last, Part::Unit].map(person);
    for i in 0..tokens
        .len()
        .saturating_sub(1)
        .min(emissions.len().saturating_sub(1))
    {
        let next = tokens[i + 1].as_ref();
        if !opens_name(next) || !is_honorific(tokens[i].as_ref(), next, &emissions[i + 1]) {
            continue;
        }
        keep_only(&mut emissions[i], &honorific_tags);
        keep_only(&mut emissions[i + 1], &name_tags);
    }
    let opening_tags = [Part::Begin, Part::Unit].map(person);
    for name in relatives_named(tokens).chain(after_titles_of(tokens)) {
        if let Some(scores) = emissions.get_mut(name) {
            keep_only(scores, &opening_tags);
        }
    }
    let after_role_tags = [OUTSIDE, person(Part::Begin), person(Part::Unit)];
    for word in after_roles(tokens) {
        if let Some(scores) = emissions.get_mut(word) {
            keep_only(scores, &after_role_tags);
        }
    }
}

/// Gives every mention of a name the person's type where the document
/// surely names a person by it once: tagged a person right after an
/// honorific, a possessed noun of kinship, a title of the form `X of Y`
/// or a role in lower case ([`constrain`]'s contexts), or set off, of any type, by an apposition
/// that such a noun heads ([`described_as_person`]). The model reads each mention apart, and
/// the document's later ones follow its first: `Kim Jong Nam` was an
/// organisation 33 times in the Dai corpus, in articles that also wrote
/// `North Korean leader Kim Jong Un`'s `half-brother, Kim Jong Nam`.
/// `found` holds each sentence's entities (of `sentences`' words).
pub(crate) fn retype_surely_named_persons(found: &mut [Vec<Tagged>], sentences: &[Vec<&str>]) {
    let mut named: Vec<&[&str]> = Vec::new();
    for (entities, words) in found.iter().zip(sentences) {
        for &(start, end, _, _) in entities {
            if described_as_person(words, end) && !after_preposition(words, start) {
                named.push(&words[start..end]);
            }
        }
        if entities.iter().all(|e| e.2 != EntityKind::Person) {
            continue;
        }
        let sure = surely_named(words);
        for &(start, end, kind, _) in entities {
            let start = if is_name_honorific(words[start]) {
                start + 1
            } else {
                start
            };
            if kind == EntityKind::Person && start < end && sure.contains(&start) {
                named.push(&words[start..end]);
                // `candidate Marine Le Pen`: `Le Pen` alone is her too; a
                // surname of one word may be a place's (`Washington`).
                if end - start > 2 {
                    named.push(&words[start + 1..end]);
                }
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for (entities, words) in found.iter_mut().zip(sentences) {
        for (start, end, kind, _) in entities.iter_mut() {
            if *kind != EntityKind::Person && named.contains(&&words[*start..*end]) {
                *kind = EntityKind::Person;
            }
        }
    }
}

/// Words of an apposition before its head noun, at most.
const APPOSITION_WORDS: usize = 5;

/// True when the name ending before `end` is set off by an apposition
/// that a noun of kinship or a role heads (`Kim Jong Nam, the estranged
/// half-brother of`, `Park Geun-hye, the country's first female
/// president,`), or by a role with no determiner, in its first two words
/// and followed by what it is a role in (`Li Dongsheng, chairman of
/// TCL`, `Lu Kang, foreign ministry spokesman for`), or by an age (`Li
/// Xianyu, 68, discovered`): the name is a person's.
fn described_as_person(words: &[&str], end: usize) -> bool {
    if words.get(end) != Some(&",") {
        return false;
    }
    if words.get(end + 2) == Some(&",") && words.get(end + 1).is_some_and(|w| is_age(w)) {
        return true;
    }
    let determined = words
        .get(end + 1)
        .is_some_and(|w| is_one_of(w, &["the", "a", "an"]) || POSSESSIVE_DETERMINERS.contains(w));
    let (first, reach) = if determined {
        (end + 2, APPOSITION_WORDS)
    } else {
        (end + 1, BARE_ROLE_WORDS)
    };
    let head = words
        .iter()
        .enumerate()
        .skip(first)
        .take(reach)
        .take_while(|(_, w)| w.starts_with(char::is_lowercase) || POSSESSIVE_CLITICS.contains(w))
        .find(|(_, w)| {
            is_kinship_noun(w) || ROLE_NOUNS.contains(w) && !ROLES_OF_OTHER_KINDS.contains(w)
        });
    head.is_some_and(|(i, _)| {
        let next = words.get(i + 1);
        if determined {
            next.is_none_or(|next| matches!(*next, "of" | "to" | "," | "." | "for"))
        } else {
            next.is_some_and(|next| matches!(*next, "of" | "to" | "for" | "at"))
        }
    })
}

/// Words of an apposition with no determiner up to its role noun, at
/// most (`, deputy director of`).
const BARE_ROLE_WORDS: usize = 2;

/// Oldest age in years that an apposition of a number gives a person.
const OLDEST_AGE: u32 = 120;

/// True when `word` is a number of years a person may be (`68`).
fn is_age(word: &str) -> bool {
    word.len() <= 3
        && word.bytes().all(|b| b.is_ascii_digit())
        && word
            .parse::<u32>()
            .is_ok_and(|age| (1..=OLDEST_AGE).contains(&age))
}

/// True when a preposition stands before the name starting at `start`,
/// or before its `the` (`In Washington, the former president dove`, `at
/// the Conservative Political Action Conference, the leader of`): the
/// apposition after it may open the main clause, or describe another.
fn after_preposition(words: &[&str], start: usize) -> bool {
    let before = match start.checked_sub(1) {
        Some(i) if words[i].eq_ignore_ascii_case("the") => i.checked_sub(1),
        other => other,
    };
    before.is_some_and(|i| PREPOSITIONS.contains(words[i]))
}

/// The words of a sentence that surely open a person's name: after an
/// honorific, a possessed noun of kinship or a role in lower case.
fn surely_named(words: &[&str]) -> Vec<usize> {
    let after_honorifics =
        (1..words.len()).filter(|&i| is_name_honorific(words[i - 1]) && opens_name(words[i]));
    after_honorifics
        .chain(relatives_named(words))
        .chain(after_titles_of(words))
        .chain(after_roles(words))
        .collect()
}

/// The tokens that open a relative's name: a capitalised word right
/// after a noun of kinship in lower case that a possessive owns (`his
/// daughter Ivanka`, `Trump 's wife , Melania`), past one comma.
fn relatives_named<S: AsRef<str>>(tokens: &[S]) -> impl Iterator<Item = usize> + '_ {
    let word = move |i: usize| tokens.get(i).map_or("", |t| t.as_ref());
    (1..tokens.len()).filter_map(move |i| {
        let owned = POSSESSIVE_DETERMINERS.contains(word(i - 1))
            || POSSESSIVE_CLITICS.contains(word(i - 1));
        if !(owned && is_kinship_noun(word(i))) {
            return None;
        }
        let name = if word(i + 1) == "," { i + 2 } else { i + 1 };
        opens_name(word(name)).then_some(name)
    })
}

/// Role nouns that are words of other kinds too: `head` a verb
/// (`head North`), `official`, `executive` and `premier` adjectives
/// (`official Chinese media`), `chief` both.
const ROLES_OF_OTHER_KINDS: &WordList =
    &WordList::new(&["head", "chief", "executive", "official", "premier"]);

/// The capitalised words right after a role in lower case (`leader Kim
/// Jong Un`, `spokesman Flavio Di Giacomo`) that no weekday, month or
/// word in capitals is: each opens a person's name or is outside any
/// name (a rank the name follows, `spokesman Major General Igor
/// Konashenkov`, or a sentence that a lost full stop ran on, `world
/// leader If you want`).
fn after_roles<S: AsRef<str>>(tokens: &[S]) -> impl Iterator<Item = usize> + '_ {
    let word = move |i: usize| tokens.get(i).map_or("", |t| t.as_ref());
    (1..tokens.len()).filter(move |&name| {
        let role = word(name - 1);
        let next = word(name);
        next.starts_with(char::is_uppercase)
            && role.starts_with(|c: char| c.is_ascii_lowercase())
            && ROLE_NOUNS.contains(role)
            && !ROLES_OF_OTHER_KINDS.contains(role)
            && opens_name(next)
            && next.chars().any(char::is_lowercase)
            && !is_date_word(next)
            && !names_organisation(tokens, name)
    })
}

/// Titles of the form `X of Y` that stand right before a person's name,
/// as `(X, Y)` in lower case.
const TITLES_OF: &[(&str, &str)] = &[
    ("chief", "staff"),
    ("secretary", "state"),
    ("secretary", "defense"),
    ("secretary", "defence"),
    ("secretary", "energy"),
    ("secretary", "education"),
    ("secretary", "commerce"),
    ("secretary", "labor"),
    ("secretary", "transportation"),
    ("secretary", "agriculture"),
];

/// The words that open a name right after a title of [`TITLES_OF`]
/// (`White House Chief of Staff Reince Priebus`, `Secretary of State Rex
/// Tillerson`, which the model read as the place `Staff Reince` in 10 of
/// the Dai corpus's 18, and as the organisation `State Rex Tillerson` in
/// 53 of 61), but for a rank or an honorific the name follows (`Chief of
/// Staff General David Goldfein`): a person's first name.
fn after_titles_of<S: AsRef<str>>(tokens: &[S]) -> impl Iterator<Item = usize> + '_ {
    let word = move |i: usize| tokens.get(i).map_or("", |t| t.as_ref());
    (3..tokens.len()).filter(move |&name| {
        let next = word(name);
        let (title, of) = (word(name - 3), word(name - 1));
        word(name - 2) == "of"
            && TITLES_OF
                .iter()
                .any(|(x, y)| title.eq_ignore_ascii_case(x) && of.eq_ignore_ascii_case(y))
            && opens_name(next)
            && !is_name_honorific(next)
            && !RANKS.contains(next)
    })
}

/// Military ranks written out before a name.
const RANKS: &WordList = &WordList::new(&["general", "admiral", "gen", "adm", "colonel"]);

/// Capitalised words read after a role for the head of an organisation's
/// name, at most.
const NAME_WORDS: usize = 5;

/// The capitalised words from `first` on, at most [`NAME_WORDS`], up to
/// a weekday or a month (`spokesman John Smith Monday`).
fn capitalised_run<S: AsRef<str>>(tokens: &[S], first: usize) -> impl Iterator<Item = &str> {
    tokens[first..]
        .iter()
        .map(AsRef::as_ref)
        .take(NAME_WORDS)
        .take_while(|w| w.starts_with(char::is_uppercase) && !is_date_word(w))
}

/// True when `word` is a weekday or a month.
fn is_date_word(word: &str) -> bool {
    WEEKDAYS.contains(word) || MONTHS.contains(word)
}

/// True when the capitalised words from `first` on end an organisation's
/// name (`executive director Igarape Institute`).
fn names_organisation<S: AsRef<str>>(tokens: &[S], first: usize) -> bool {
    capitalised_run(tokens, first).any(|w| ORGANISATION_HEADS.contains(w))
}

/// Sets every score but those of `allowed` tags to [`RULED_OUT`].
fn keep_only(scores: &mut [f32; NUM_TAGS], allowed: &[usize]) {
    for (t, score) in scores.iter_mut().enumerate() {
        if !allowed.contains(&t) {
            *score = RULED_OUT;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mr_without_a_full_stop_opens_a_person_not_an_organisation() {
        let org = tag(EntityKind::Organization, Part::Begin);
        let mut emissions = vec![[0.0; NUM_TAGS]; 3];
        emissions[0][org] = 5.0;
        emissions[0][OUTSIDE] = 1.0;
        emissions[1][tag(EntityKind::Organization, Part::Last)] = 5.0;
        emissions[1][tag(EntityKind::Person, Part::Unit)] = 1.0;
        constrain(&["Mr", "Corbyn", "said"], &mut emissions);
        assert_eq!(best_tag(&emissions[0]), OUTSIDE);
        assert_eq!(best_tag(&emissions[1]), tag(EntityKind::Person, Part::Unit));
        assert_eq!(emissions[2], [0.0; NUM_TAGS]);
    }

    #[test]
    fn miss_before_a_surname_opens_a_person_but_not_before_a_pageant_place() {
        let org = tag(EntityKind::Organization, Part::Unit);
        let loc = tag(EntityKind::Location, Part::Unit);
        let person = tag(EntityKind::Person, Part::Unit);
        for (next, reading, expected) in [
            ("Clark", org, person),
            ("Universe", org, org),
            ("Hungary", loc, loc),
        ] {
            let mut emissions = vec![[0.0; NUM_TAGS]; 2];
            emissions[1][reading] = 5.0;
            emissions[1][person] = 1.0;
            constrain(&["Miss", next], &mut emissions);
            assert_eq!(best_tag(&emissions[1]), expected, "{next}");
        }
    }

    #[test]
    fn an_abbreviated_rank_opens_a_person_like_an_honorific() {
        let org = tag(EntityKind::Organization, Part::Unit);
        let person = tag(EntityKind::Person, Part::Unit);
        for rank in ["Sgt", "Fr", "Prof.", "Supt"] {
            let mut emissions = vec![[0.0; NUM_TAGS]; 2];
            emissions[1][org] = 5.0;
            emissions[1][person] = 1.0;
            constrain(&[rank, "McCabe"], &mut emissions);
            assert_eq!(best_tag(&emissions[1]), person, "{rank}");
        }
    }

    #[test]
    fn an_honorific_may_open_the_persons_name_it_stands_before() {
        let mut emissions = vec![[0.0; NUM_TAGS]; 2];
        emissions[0][tag(EntityKind::Person, Part::Begin)] = 3.0;
        emissions[1][tag(EntityKind::Person, Part::Last)] = 3.0;
        constrain(&["Mr.", "Obama"], &mut emissions);
        assert_eq!(
            best_tag(&emissions[0]),
            tag(EntityKind::Person, Part::Begin)
        );
        assert_eq!(best_tag(&emissions[1]), tag(EntityKind::Person, Part::Last));
    }

    #[test]
    fn an_honorific_before_a_role_or_a_lower_case_word_is_left_to_the_model() {
        for tokens in [["Mr.", "President", "said"], ["Dr", "and", "nurse"]] {
            let mut emissions = vec![[1.0; NUM_TAGS]; 3];
            constrain(&tokens, &mut emissions);
            assert!(emissions.iter().all(|row| row == &[1.0; NUM_TAGS]));
        }
    }

    #[test]
    fn a_name_after_a_possessed_noun_of_kinship_opens_a_person() {
        let org = tag(EntityKind::Organization, Part::Unit);
        let person = tag(EntityKind::Person, Part::Unit);
        for tokens in [
            &["his", "daughter", "Ivanka", "will"][..],
            &["Trump", "'s", "wife", ",", "Melania", ","][..],
        ] {
            let name = tokens.len() - 2;
            let mut emissions = vec![[0.0; NUM_TAGS]; tokens.len()];
            emissions[name][org] = 5.0;
            emissions[name][person] = 1.0;
            constrain(tokens, &mut emissions);
            assert_eq!(best_tag(&emissions[name]), person, "{tokens:?}");
        }
    }

    #[test]
    fn a_noun_of_kinship_no_possessive_owns_is_left_to_the_model() {
        // `Father Angel`, `the daughter Ivanka`: no possessive before.
        for tokens in [["the", "Father", "Angel"], ["the", "daughter", "Ivanka"]] {
            let mut emissions = vec![[1.0; NUM_TAGS]; 3];
            constrain(&tokens, &mut emissions);
            assert!(emissions.iter().all(|row| row == &[1.0; NUM_TAGS]));
        }
    }

    #[test]
    fn a_name_after_a_role_in_lower_case_is_no_organisation() {
        // `North Korean leader Kim Jong Un`: the model read `Un` as the UN.
        let org = tag(EntityKind::Organization, Part::Begin);
        let person = tag(EntityKind::Person, Part::Begin);
        let tokens = ["leader", "Kim", "Jong", "Un", "said"];
        let mut emissions = vec![[0.0; NUM_TAGS]; tokens.len()];
        emissions[1][org] = 5.0;
        emissions[1][person] = 1.0;
        constrain(&tokens, &mut emissions);
        assert_eq!(best_tag(&emissions[1]), person);
    }

    #[test]
    fn a_name_after_a_title_of_x_of_y_is_a_person_s() {
        // Dai: `White House Chief of Staff Reince Priebus` gave the place
        // `Staff Reince`, and the quote after it went to the White House;
        // `Secretary of State Rex Tillerson` the organisation `State Rex
        // Tillerson`.
        let person = tag(EntityKind::Person, Part::Begin);
        for (tokens, other) in [
            (
                ["Chief", "of", "Staff", "Reince", "Priebus"],
                EntityKind::Location,
            ),
            (
                ["Secretary", "of", "State", "Rex", "Tillerson"],
                EntityKind::Organization,
            ),
        ] {
            let mut emissions = vec![[0.0; NUM_TAGS]; tokens.len()];
            emissions[3][tag(other, Part::Last)] = 5.0;
            emissions[3][person] = 1.0;
            constrain(&tokens, &mut emissions);
            assert_eq!(best_tag(&emissions[3]), person, "{tokens:?}");
        }
        // A rank stays the model's to read.
        let tokens = ["Chief", "of", "Staff", "General", "David", "Goldfein"];
        let mut emissions = vec![[1.0; NUM_TAGS]; tokens.len()];
        constrain(&tokens, &mut emissions);
        assert_eq!(emissions[3], [1.0; NUM_TAGS]);
    }

    #[test]
    fn a_rank_after_a_role_may_stay_outside_the_name() {
        // `spokesman Major General Igor Konashenkov`: CoNLL leaves ranks out.
        let tokens = ["spokesman", "Major", "General", "Igor", "Konashenkov"];
        let mut emissions = vec![[0.0; NUM_TAGS]; tokens.len()];
        emissions[1][OUTSIDE] = 3.0;
        emissions[1][tag(EntityKind::Organization, Part::Begin)] = 5.0;
        constrain(&tokens, &mut emissions);
        assert_eq!(best_tag(&emissions[1]), OUTSIDE);
    }

    #[test]
    fn a_role_of_another_kind_or_a_date_or_an_organisation_after_a_role_is_left_to_the_model() {
        for tokens in [
            &["official", "Chinese", "media"][..],
            &["spokesman", "Monday", "said"][..],
            &["the", "leader", "IS", "said"][..],
            &["director", "Igarape", "Institute", "said"][..],
            &["the", "Leader", "Kim", "said"][..],
        ] {
            let mut emissions = vec![[1.0; NUM_TAGS]; tokens.len()];
            constrain(tokens, &mut emissions);
            assert!(
                emissions.iter().all(|row| row == &[1.0; NUM_TAGS]),
                "{tokens:?}"
            );
        }
    }

    #[test]
    fn a_name_the_document_surely_gives_a_person_is_one_everywhere() {
        let sentences = vec![
            vec!["leader", "Kim", "Jong", "Un", "'s", "half-brother"],
            vec!["Kim", "Jong", "Un", "hired", "a", "hit", "squad"],
            vec!["the", "UN", "said"],
        ];
        let mut found = vec![
            vec![(1, 4, EntityKind::Person, 0.9)],
            vec![(0, 3, EntityKind::Organization, 0.99)],
            vec![(1, 2, EntityKind::Organization, 0.99)],
        ];
        retype_surely_named_persons(&mut found, &sentences);
        assert_eq!(found[1][0].2, EntityKind::Person);
        assert_eq!(found[2][0].2, EntityKind::Organization);
    }

    #[test]
    fn a_name_no_context_makes_a_person_keeps_its_types() {
        // `Trump Tower` a place here, an organisation there: no honorific,
        // kinship or role makes either a person.
        let sentences = vec![vec!["at", "Trump", "Tower"], vec!["Trump", "Tower", "said"]];
        let mut found = vec![
            vec![(1, 3, EntityKind::Location, 0.9)],
            vec![(0, 2, EntityKind::Organization, 0.9)],
        ];
        let before = found.clone();
        retype_surely_named_persons(&mut found, &sentences);
        assert_eq!(found, before);
    }

    /// `Kim Jong Nam, the estranged half-brother of ...`: an organisation
    /// 13 times in one Dai article, whose appositions said who he was.
    #[test]
    fn a_name_an_apposition_of_kinship_or_role_describes_is_a_person_everywhere() {
        let sentences = vec![
            vec![
                "Kim",
                "Jong",
                "Nam",
                ",",
                "the",
                "estranged",
                "half-brother",
                "of",
                "him",
            ],
            vec!["the", "body", "of", "Kim", "Jong", "Nam"],
        ];
        let mut found = vec![
            vec![(0, 3, EntityKind::Organization, 0.9)],
            vec![(3, 6, EntityKind::Organization, 0.9)],
        ];
        retype_surely_named_persons(&mut found, &sentences);
        assert_eq!(found[0][0].2, EntityKind::Person);
        assert_eq!(found[1][0].2, EntityKind::Person);
    }

    #[test]
    fn a_place_a_preposition_governs_before_an_apposition_stays_a_place() {
        // `In Washington, the former president of Mexico spoke`: the main
        // clause's subject.
        let sentences = vec![vec![
            "In",
            "Washington",
            ",",
            "the",
            "former",
            "president",
            "of",
            "Mexico",
            "spoke",
        ]];
        let mut found = vec![vec![(1, 2, EntityKind::Location, 0.9)]];
        retype_surely_named_persons(&mut found, &sentences);
        assert_eq!(found[0][0].2, EntityKind::Location);
    }

    /// `Li Dongsheng, chairman of TCL`: an organisation to the model, so
    /// `Li says` (a person) went to a cluster of its own and `he` to no
    /// one; likewise `Fu Cheng, chairman of Exsun ...`, and Nancy Pelosi,
    /// `leader of` the House Democrats.
    #[test]
    fn a_name_a_bare_role_of_something_describes_is_a_person_everywhere() {
        let sentences = vec![
            vec!["says", "Li", "Dongsheng", ",", "chairman", "of", "TCL"],
            vec!["Li", "Dongsheng", "founded", "it"],
            vec!["Acme", ",", "chairman", "Bob", "said"],
        ];
        let mut found = vec![
            vec![
                (1, 3, EntityKind::Organization, 0.9),
                (6, 7, EntityKind::Organization, 0.9),
            ],
            vec![(0, 2, EntityKind::Organization, 0.9)],
            vec![
                (0, 1, EntityKind::Organization, 0.9),
                (3, 4, EntityKind::Person, 0.9),
            ],
        ];
        retype_surely_named_persons(&mut found, &sentences);
        assert_eq!(found[0][0].2, EntityKind::Person);
        assert_eq!(found[1][0].2, EntityKind::Person);
        // A role that names no one's role in something (`chairman Bob`)
        // says nothing of the name before it.
        assert_eq!(found[2][0].2, EntityKind::Organization);
    }

    /// `Kim Uk Il, 37, is a staff member of`: an organisation to the
    /// model in a Dai article; so were 26 other names an age set off,
    /// against 375 persons. A number that is no age is no apposition.
    #[test]
    fn a_name_an_age_sets_off_is_a_person_everywhere() {
        let sentences = vec![
            vec![
                "Kim", "Uk", "Il", ",", "37", ",", "is", "a", "staff", "member",
            ],
            vec!["Kim", "Uk", "Il", "left"],
            vec!["Acme", ",", "2016", ",", "was", "sold"],
        ];
        let mut found = vec![
            vec![(0, 3, EntityKind::Organization, 0.9)],
            vec![(0, 3, EntityKind::Organization, 0.9)],
            vec![(0, 1, EntityKind::Organization, 0.9)],
        ];
        retype_surely_named_persons(&mut found, &sentences);
        assert_eq!(found[0][0].2, EntityKind::Person);
        assert_eq!(found[1][0].2, EntityKind::Person);
        assert_eq!(found[2][0].2, EntityKind::Organization);
    }
}
