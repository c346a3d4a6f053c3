//! A surname alone, where the article named its person in full; and a
//! surname the model cut from a first name. The model
//! reads each sentence on its own, and some surnames are words it learned
//! as something else: `May` is a month in CoNLL-2003, so of the Dai
//! articles that name Theresa May, `May said` went untagged 21 times in
//! 25, and `Theresa May has` lost its `May`. Within one article a
//! capitalised word that is the surname of a person named in full is
//! that person, unless it reads as a date (`in May`, `May 5`) or opens a
//! longer name (`Trump Tower`), or the document writes it in lower case
//! too (a common word the model ran into a name). A transcript's label
//! before its colon is such a surname too, in capitals or not (`TRUMP:`,
//! `Spicer:`).

use newsnlp_core::english::{WordList, POSSESSIVE_CLITICS, ROLE_NOUNS, WEEKDAYS};
use newsnlp_core::{is_quote_char, EntityKind, FastMap};

use crate::features::Gazetteer;
use crate::honorifics::retype_surely_named_persons;
use crate::model::Tagged;
use crate::SENTENCE_OPENING_FUNCTION_WORDS;

/// Month names, which are surnames too (`May`, `March`).
pub(crate) const MONTHS: &WordList = &WordList::new(&[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]);

/// Words that make the month after them a date (`in May`, `last May's
/// election`, `between March and`, `a May summit`).
const DATE_LEADS: &WordList = &WordList::new(&[
    "a", "after", "an", "before", "between", "by", "during", "early", "end", "every", "from", "in",
    "last", "late", "mid", "next", "of", "on", "since", "this", "through", "till", "until",
]);

/// The surnames of the people the document names in full (the last word
/// of each person entity of two words or more, when capitalised), each
/// with the best score of the entities that named it, and room to note
/// whether the document writes it in lower case, which makes it none
/// ([`written_in_lower_case`]: `This` of a name the model ran into `This
/// season`), asked only of a surname found alone, since that is rare. A
/// role noun (`Managing Director`), a weekday (`Blue Monday`), or a function word that
/// opens sentences (`Gov.UK However`) is none either.
fn full_names_surnames<'w>(
    found: &[Vec<Tagged>],
    sentences: &[Vec<&'w str>],
) -> FastMap<&'w str, (f32, Option<bool>)> {
    let mut surnames: FastMap<&str, (f32, Option<bool>)> = FastMap::default();
    for (entities, words) in found.iter().zip(sentences) {
        for &(start, end, kind, score) in entities {
            let surname = words[end - 1];
            let capitalised = surname.chars().next().is_some_and(char::is_uppercase)
                && surname.chars().skip(1).any(char::is_lowercase);
            if kind == EntityKind::Person
                && end - start >= 2
                && capitalised
                && !ROLE_NOUNS.contains(surname)
                && !WEEKDAYS.contains(surname)
                && !SENTENCE_OPENING_FUNCTION_WORDS.contains(surname)
            {
                let (best, _) = surnames.entry(surname).or_insert((score, None));
                *best = best.max(score);
            }
        }
    }
    surnames
}

/// True when the document (`sentences`) writes `surname` in lower case
/// somewhere: a common word, no surname. Not for a month's name, however
/// often it is written as a month or the modal (`may`):
/// [`stands_as_surname`] reads each of its uses.
fn written_in_lower_case(sentences: &[Vec<&str>], surname: &str) -> bool {
    !MONTHS.contains(surname)
        && sentences.iter().flatten().any(|word| {
            word.len() == surname.len()
                && word.starts_with(char::is_lowercase)
                && word.eq_ignore_ascii_case(surname)
        })
}

/// True when word `i` of `words`, a surname, stands alone as a name: the
/// word after it opens no longer name and is no number. Where the capital
/// says nothing, opening the sentence (`Today, he ...`), and for a
/// month's name (`May`), it must come before a lowercase word or a
/// possessive; a month's name must also follow no word that makes it a
/// date (`in May`).
fn stands_as_surname(words: &[&str], i: usize) -> bool {
    let next = words.get(i + 1).copied().unwrap_or("");
    let next_first = next.chars().next();
    if next_first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    // `TRUMP: "I guess ..."`, `Spicer: We ...`: the label of a turn.
    if next == ":" && !MONTHS.contains(words[i]) {
        return true;
    }
    let before_verb_or_possessive =
        next_first.is_some_and(char::is_lowercase) || POSSESSIVE_CLITICS.contains(next);
    let opens_sentence = words[..i].iter().all(|w| w.chars().all(is_quote_char));
    if MONTHS.contains(words[i]) {
        let after_date_lead = i > 0 && DATE_LEADS.contains(words[i - 1]);
        before_verb_or_possessive && !after_date_lead
    } else {
        before_verb_or_possessive || !opens_sentence
    }
}

/// The surname a transcript writes in capitals as the label of a turn,
/// before its colon (`TRUMP:` for `Trump`), as the document writes it in
/// running text; none for any other word.
fn turn_label_as_surname(words: &[&str], i: usize) -> Option<String> {
    let word = words[i];
    let in_capitals = || word.chars().count() > 1 && word.chars().all(|c| c.is_uppercase());
    (words.get(i + 1) == Some(&":") && in_capitals()).then(|| {
        let mut chars = word.chars();
        chars
            .next()
            .into_iter()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// Completes the people's names of a document the model tagged (`found`,
/// for each sentence of `sentences`, its entities in order): first the
/// mentions of a name the document surely gives a person elsewhere
/// ([`retype_surely_named_persons`]), then the surnames it cut off first
/// names ([`mend_cut_names`]), then the surnames that stand alone
/// ([`tag_lone_surnames`]). The stage and `newsnlp eval ner` both run it.
pub(crate) fn complete_person_names(
    found: &mut [Vec<Tagged>],
    sentences: &[Vec<&str>],
    gazetteer: &Gazetteer,
) {
    retype_surely_named_persons(found, sentences);
    mend_cut_names(found, sentences, gazetteer);
    tag_lone_surnames(found, sentences);
}

/// Tags as a person each word outside the entities of `found` (for each
/// sentence of `sentences`, its entities in order) that is the surname of
/// a person the document names in full and stands alone as a name
/// ([`stands_as_surname`]).
fn tag_lone_surnames(found: &mut [Vec<Tagged>], sentences: &[Vec<&str>]) {
    let mut surnames = full_names_surnames(found, sentences);
    if surnames.is_empty() {
        return;
    }
    for (entities, words) in found.iter_mut().zip(sentences) {
        let mut next_entity = 0;
        for (i, word) in words.iter().enumerate() {
            while next_entity < entities.len() && entities[next_entity].1 <= i {
                next_entity += 1;
            }
            let inside = entities
                .get(next_entity)
                .is_some_and(|&(start, _, _, _)| start <= i);
            // Surnames are capitalised: most words need no lookup.
            if inside || !word.starts_with(char::is_uppercase) {
                continue;
            }
            let as_label = turn_label_as_surname(words, i);
            let Some((score, common_word)) = surnames.get_mut(as_label.as_deref().unwrap_or(word))
            else {
                continue;
            };
            if !stands_as_surname(words, i)
                || *common_word.get_or_insert_with(|| written_in_lower_case(sentences, word))
            {
                continue;
            }
            let score = *score;
            // `Theresa` cut from `Theresa May` takes its surname back.
            match next_entity.checked_sub(1).map(|e| &mut entities[e]) {
                Some(name) if name.1 == i && name.2 == EntityKind::Person => name.1 = i + 1,
                _ => {
                    entities.insert(next_entity, (i, i + 1, EntityKind::Person, score));
                    next_entity += 1;
                }
            }
        }
    }
}

/// Gives back to a one-word person entity the surname the model cut from
/// it, when the two words make a person's name `gazetteer` knows
/// (`Theresa` of `Theresa May told`, where no other sentence names her in
/// full: 17 times in the Dai articles).
fn mend_cut_names(found: &mut [Vec<Tagged>], sentences: &[Vec<&str>], gazetteer: &Gazetteer) {
    let mut name = String::new();
    for (entities, words) in found.iter_mut().zip(sentences) {
        for e in 0..entities.len() {
            let (start, end, kind, _) = entities[e];
            let next_is_free = entities.get(e + 1).is_none_or(|n| n.0 > end);
            let Some(&surname) = words.get(end).filter(|_| next_is_free) else {
                continue;
            };
            if kind != EntityKind::Person
                || end - start != 1
                || !surname.starts_with(char::is_uppercase)
            {
                continue;
            }
            name.clear();
            name.push_str(&words[start].to_lowercase());
            name.push(' ');
            name.push_str(&surname.to_lowercase());
            if gazetteer.is_person_name(&name) {
                entities[e].1 = end + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each sentence's words, split at spaces.
    fn split_words<'s>(sentences: &[&'s str]) -> Vec<Vec<&'s str>> {
        sentences.iter().map(|s| s.split(' ').collect()).collect()
    }

    fn tagged(found: &[Vec<Tagged>], sentences: &[Vec<&str>]) -> Vec<Vec<String>> {
        found
            .iter()
            .zip(sentences)
            .map(|(entities, words)| {
                entities
                    .iter()
                    .map(|&(s, e, _, _)| words[s..e].join(" "))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_month_surname_alone_is_the_person_unless_it_reads_as_a_date() {
        let sentences = split_words(&[
            "Theresa May met Merkel .",
            "May said Theresa May has won .",
            "In May the talks began , and last May 's vote was close before a May summit .",
            "If May refused , May 's allies would object on May 5 .",
        ]);
        let mut found = vec![
            vec![
                (0, 2, EntityKind::Person, 0.9),
                (3, 4, EntityKind::Person, 0.9),
            ],
            vec![(2, 3, EntityKind::Person, 0.9)],
            vec![],
            vec![],
        ];
        tag_lone_surnames(&mut found, &sentences);
        assert_eq!(
            tagged(&found, &sentences),
            [
                vec!["Theresa May", "Merkel"],
                vec!["May", "Theresa May"],
                vec![],
                vec!["May", "May"],
            ]
        );
    }

    /// `TRUMP: "I guess ..."` in a transcript went untagged: the label
    /// opens its sentence before no lower-case word, and is written in
    /// capitals.
    #[test]
    fn a_turn_label_before_its_colon_is_the_person_whose_surname_it_is() {
        let sentences = split_words(&[
            "Donald Trump spoke .",
            "TRUMP : \" I guess . \"",
            "Trump : \" We won . \"",
            "FACT : Trump was wrong .",
        ]);
        let mut found = vec![
            vec![(0, 2, EntityKind::Person, 0.9)],
            vec![],
            vec![],
            vec![],
        ];
        tag_lone_surnames(&mut found, &sentences);
        assert_eq!(
            tagged(&found, &sentences),
            [
                vec!["Donald Trump"],
                vec!["TRUMP"],
                vec!["Trump"],
                vec!["Trump"]
            ]
        );
    }

    #[test]
    fn a_surname_opening_a_longer_name_or_already_tagged_is_left() {
        let sentences = split_words(&["Donald Trump spoke .", "Trump Tower and Trump were busy ."]);
        let mut found = vec![
            vec![(0, 2, EntityKind::Person, 0.9)],
            vec![(3, 4, EntityKind::Person, 0.8)],
        ];
        tag_lone_surnames(&mut found, &sentences);
        assert_eq!(
            tagged(&found, &sentences),
            [vec!["Donald Trump"], vec!["Trump"]]
        );
    }

    #[test]
    fn a_common_word_a_role_or_a_weekday_ending_a_name_is_no_surname_nor_a_bare_opener() {
        let sentences = split_words(&[
            "Tome This season , Managing Director Jane Roe spoke on Blue Monday to Tax Notes Today .",
            "This means that Director Roe and Monday were busy this week .",
            "Today , he said .",
        ]);
        let mut found = vec![
            vec![
                (0, 2, EntityKind::Person, 0.9),
                (4, 6, EntityKind::Person, 0.9),
                (10, 12, EntityKind::Person, 0.9),
                (13, 16, EntityKind::Person, 0.9),
            ],
            vec![],
            vec![],
        ];
        tag_lone_surnames(&mut found, &sentences);
        assert_eq!(
            tagged(&found, &sentences)[1..],
            [Vec::<String>::new(), Vec::new()],
            "{found:?}"
        );
    }

    #[test]
    fn a_first_name_cut_from_a_known_full_name_gets_its_surname_back() {
        let sentences = split_words(&["Theresa May has promised a vote to Anna Karenina ."]);
        let gazetteer: Gazetteer = [(
            "theresa may".to_string(),
            Gazetteer::kind_bit(EntityKind::Person),
        )]
        .into_iter()
        .collect();
        let mut found = vec![vec![
            (0, 1, EntityKind::Person, 0.9),
            (7, 8, EntityKind::Person, 0.9),
        ]];
        mend_cut_names(&mut found, &sentences, &gazetteer);
        assert_eq!(tagged(&found, &sentences), [vec!["Theresa May", "Anna"]]);
    }
}
