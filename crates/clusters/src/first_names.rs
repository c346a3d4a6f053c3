//! First names and the gender news writing gives the people who bear
//! them, learned from unlabeled news.
//!
//! An honorific marks a person's gender (`Mrs. May`), but most people in
//! the news are named without one (`Svetlana Petrenko told TASS. “...,”
//! she said`); without a gender, `she` could be linked to the man named
//! first in the sentence before. Over many articles the people called
//! `Svetlana` are `Ms. Petrenko`, followed by `she`, `her`, and the people
//! called `Alexander` by `he`, `his`. [`FirstNameEvidence`] counts those
//! votes over annotated documents (`newsnlp train first-names`) and keeps
//! the names whose votes agree; the stage reads the shipped table,
//! `data/first-names.tsv`. A person called by the first word of their name
//! alone (`Wang Lu ... Wang says`) has a family name written first, which
//! neither votes nor decides.

use newsnlp_core::english::WordList;
use newsnlp_core::{tokens_within, Document, EntityKind, FastMap, Span, TokenSpans};

use crate::link::{mention_honorific, quoted_tokens, Gender, FEMALE_PRONOUNS, MALE_PRONOUNS};
use crate::names::name_form;

/// A first name's gender is kept when it won at least this many votes…
const MIN_VOTES: u32 = 3;
/// …and at least this share of them. The votes are pronouns after a
/// full name, and a husband's `he` often follows his wife's name:
/// `melania` won 15 of 20 votes, `michelle` 28 of 36; at 0.8 both were
/// left without a gender and took the `he` of the sentences after.
const MIN_SHARE: f32 = 0.75;

/// First name (lower case) → the gender its bearers are given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FirstNames {
    genders: FastMap<String, Gender>,
}

impl FirstNames {
    /// The gender of the people called `first` (any case), if the table
    /// knows it.
    pub fn gender(&self, first: &str) -> Option<Gender> {
        if first.chars().any(char::is_uppercase) {
            self.genders.get(&first.to_lowercase()).copied()
        } else {
            self.genders.get(first).copied()
        }
    }

    /// How many first names the table holds.
    pub fn len(&self) -> usize {
        self.genders.len()
    }

    /// True when the table holds no name.
    pub fn is_empty(&self) -> bool {
        self.genders.is_empty()
    }

    /// Reads the table: `#` comment lines, then a name, `male` or
    /// `female`, and optional vote counts per line, tab-separated. A
    /// malformed line is named.
    pub fn from_tsv(tsv: &str) -> Result<Self, String> {
        let mut genders = FastMap::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut columns = line.split('\t');
            let (Some(name), Some(gender)) = (columns.next(), columns.next()) else {
                return Err(format!(
                    "first-name table line {}: expected a name and a gender",
                    n + 1
                ));
            };
            let gender = match gender {
                "male" => Gender::Male,
                "female" => Gender::Female,
                other => {
                    return Err(format!(
                        "first-name table line {}: gender {other:?} is neither `male` nor `female`",
                        n + 1
                    ))
                }
            };
            genders.insert(name.to_lowercase(), gender);
        }
        Ok(FirstNames { genders })
    }
}

/// A first word is a family name written first, and no first name, when
/// at least this share of the people it opens the name of are called by
/// it alone, and never by their last word alone, somewhere in their
/// article (`Zhang Jianfeng ... Zhang said`, `Kim Jong-un ... Kim`)…
/// Their pronouns gave `zhang`, `xi` and `kim` a male gender, so that
/// `Zhang Mengmeng ... she says` found no one. Over the Dai corpus and
/// PolNeAR train: `xi` 47% of 85 people, `zhang` 38%, `wang` 37%, `kim`
/// 19% of 140; of the first names, `megan` 33% of 9 (a story that calls
/// a girl `Megan`), `theresa` 20% of 111 (measured before the `ner` stage
/// gave `Theresa` back the `May` its model cut off), the others 17% or
/// less.
const MIN_FAMILY_FIRST_SHARE: f32 = 0.15;
/// …and at least this many of them are.
const MIN_FAMILY_FIRST_PEOPLE: u32 = 4;

/// Votes for each first name's gender, counted over documents.
#[derive(Clone, Debug, Default)]
pub struct FirstNameEvidence {
    /// First name → (male votes, female votes).
    votes: FastMap<String, (u32, u32)>,
    /// First word of full names → (people called by it alone, people).
    family_first: FastMap<String, (u32, u32)>,
}

impl FirstNameEvidence {
    /// Counts the votes of `doc`, annotated through the cluster stage.
    /// Each person cluster whose canonical name is a full name (`Svetlana
    /// Petrenko`) votes for its first name's gender at each of its named
    /// mentions: with the gender an honorific there marks (`Ms.
    /// Petrenko`), else, after the full name, with the gender of the
    /// pronouns outside quotes up to the end of the next sentence or the
    /// next person named, when they all agree.
    pub fn add(&mut self, doc: &Document) {
        let text = doc.text.as_str();
        let tokens = doc.layers.token_items();
        let sentences = TokenSpans::new(tokens, doc.layers.sentence_items());
        let paragraph_of = TokenSpans::new(tokens, doc.layers.paragraph_items()).of_token;
        let quoted = quoted_tokens(tokens, &paragraph_of);
        let word = |i: usize| &text[tokens[i].span.range()];
        let people: Vec<Span> = doc
            .layers
            .entity_items()
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.span)
            .collect();
        let people_starts: Vec<usize> =
            people.iter().map(|&s| tokens_within(tokens, s).0).collect();
        for cluster in doc.layers.cluster_items() {
            let name: Vec<String> = cluster.name.split(' ').map(str::to_lowercase).collect();
            let Some(first) = first_name(&name).filter(|_| cluster.kind == EntityKind::Person)
            else {
                continue;
            };
            let named: Vec<((usize, usize), Vec<String>)> = cluster
                .mentions
                .iter()
                .filter(|m| people.binary_search(m).is_ok())
                .map(|&m| tokens_within(tokens, m))
                .filter(|&(a, b)| a < b)
                .map(|(a, b)| {
                    let words = name_form(text, &tokens[a..b], EntityKind::Person).words;
                    if cut_from_rest_of_name(&words, &name, (b..tokens.len()).map(word)) {
                        ((a, b), name.clone())
                    } else {
                        ((a, b), words)
                    }
                })
                .collect();
            let written_first =
                family_name_first(first, named.iter().map(|(_, words)| words.as_slice()));
            let people = self.family_first.entry(first.to_string()).or_default();
            people.0 += u32::from(written_first);
            people.1 += 1;
            if written_first {
                continue;
            }
            for ((a, b), full_name) in named {
                let honorific = mention_honorific(text, tokens, (a, b));
                // Pronouns follow a full name (`Svetlana Petrenko`); a
                // surname alone may be another bearer's (`Trump` in the
                // cluster of `Ivanka Trump`).
                let names_first = first_name(&full_name) == Some(first);
                let vote = honorific.or_else(|| {
                    if !names_first {
                        return None;
                    }
                    let next_sentence =
                        (sentences.of_token[b - 1] + 1).min(sentences.ranges.len() - 1);
                    let next_person = people_starts[people_starts.partition_point(|&s| s < b)..]
                        .first()
                        .copied()
                        .unwrap_or(tokens.len());
                    let end = sentences.ranges[next_sentence].1.min(next_person).max(b);
                    let count = |list: &WordList| {
                        (b..end)
                            .filter(|&i| !quoted[i] && list.contains(word(i)))
                            .count()
                    };
                    match (count(MALE_PRONOUNS), count(FEMALE_PRONOUNS)) {
                        (0, 0) => None,
                        (_, 0) => Some(Gender::Male),
                        (0, _) => Some(Gender::Female),
                        _ => None,
                    }
                });
                if let Some(vote) = vote {
                    let votes = self.votes.entry(first.to_string()).or_default();
                    match vote {
                        Gender::Male => votes.0 += 1,
                        Gender::Female => votes.1 += 1,
                    }
                }
            }
        }
    }

    /// Each name whose votes agree, with its gender and votes: at least
    /// [`MIN_VOTES`], and [`MIN_SHARE`] of them for one gender; and no
    /// family name written first ([`MIN_FAMILY_FIRST_SHARE`]).
    fn agreed(&self) -> impl Iterator<Item = (&String, Gender, (u32, u32))> {
        self.votes
            .iter()
            .filter(|(name, _)| !self.is_family_name_first(name))
            .filter_map(|(name, &votes)| Some((name, agreed_gender(votes)?, votes)))
    }

    /// True when `first` opens the names of people called by it alone
    /// often enough to be their family name.
    fn is_family_name_first(&self, first: &str) -> bool {
        self.family_first
            .get(first)
            .is_some_and(|&(alone, people)| {
                alone >= MIN_FAMILY_FIRST_PEOPLE
                    && alone as f32 >= MIN_FAMILY_FIRST_SHARE * people.max(1) as f32
            })
    }

    /// The table of the names whose votes agree.
    pub fn genders(&self) -> FirstNames {
        let genders = self
            .agreed()
            .map(|(name, gender, _)| (name.clone(), gender))
            .collect();
        FirstNames { genders }
    }

    /// The table as TSV, names in order, with the votes behind each.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<(&String, Gender, (u32, u32))> = self.agreed().collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut tsv = String::from(
            "# First names and the gender of the pronouns after them in unlabeled news,\n\
             # written by `newsnlp train first-names`.\n\
             # Columns (tab-separated): first name, gender, male votes, female votes.\n",
        );
        for (name, gender, (male, female)) in rows {
            let gender = match gender {
                Gender::Male => "male",
                Gender::Female => "female",
            };
            tsv.push_str(&format!("{name}\t{gender}\t{male}\t{female}\n"));
        }
        tsv
    }
}

/// The gender `(male, female)` votes agree on, if they do.
fn agreed_gender((male, female): (u32, u32)) -> Option<Gender> {
    let total = male + female;
    if total < MIN_VOTES {
        return None;
    }
    let share = |votes: u32| votes as f32 / total as f32;
    if share(male) >= MIN_SHARE {
        Some(Gender::Male)
    } else if share(female) >= MIN_SHARE {
        Some(Gender::Female)
    } else {
        None
    }
}

/// True when a person's mentions call them by the first word of their
/// full name alone, and never by its last word alone (`Wang Lu ... Wang
/// says`, `Kim Jong-un ... Kim`): that word is a family name written
/// first, and says nothing of the gender. `Hillary Clinton ... Hillary
/// ... Clinton` is called by her first name too.
pub(crate) fn family_name_first<'w>(
    first: &str,
    mentions: impl IntoIterator<Item = &'w [String]> + Clone,
) -> bool {
    let last_alone = mentions.clone().into_iter().any(|words| match words {
        [_, .., last] => called_alone(last, mentions.clone()),
        _ => false,
    });
    called_alone(first, mentions) && !last_alone
}

/// True when one of a person's `mentions` is `word` alone (`Wang`,
/// `Bernie`).
pub(crate) fn called_alone<'w>(
    word: &str,
    mentions: impl IntoIterator<Item = &'w [String]>,
) -> bool {
    mentions
        .into_iter()
        .any(|words| matches!(words, [only] if only == word))
}

/// True when the one-word mention `words` is the first word of `name`
/// (lower case) and the words `following` it spell the rest: the entity
/// model cut the surname off (`Theresa` of `Theresa May`, the month taken
/// for no name), and the mention is the full name.
fn cut_from_rest_of_name<'w>(
    words: &[String],
    name: &[String],
    mut following: impl Iterator<Item = &'w str>,
) -> bool {
    matches!(words, [only] if name.first() == Some(only))
        && name.len() > 1
        && name[1..].iter().all(|rest| {
            following
                .next()
                .is_some_and(|word| word.eq_ignore_ascii_case(rest))
        })
}

/// The first name of a person's name words (lower case, titles removed,
/// but for a royal one, which is passed over: `queen elizabeth ii`): the
/// first of two or more, when it is a word of letters and no initial.
pub(crate) fn first_name(words: &[String]) -> Option<&str> {
    let words = match words {
        [title, rest @ ..] if crate::link::royal_title(title).is_some() => rest,
        _ => words,
    };
    match words {
        [first, _, ..] if first.chars().count() > 1 && first.chars().all(char::is_alphabetic) => {
            Some(first)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With royal titles kept in names, the table learned `king`, `pope`
    /// and `prince` as first names.
    #[test]
    fn a_royal_title_is_no_first_name() {
        let words = |name: &str| -> Vec<String> { name.split(' ').map(String::from).collect() };
        assert_eq!(first_name(&words("queen elizabeth ii")), Some("elizabeth"));
        assert_eq!(first_name(&words("king salman")), None);
        assert_eq!(first_name(&words("nikki haley")), Some("nikki"));
    }

    #[test]
    fn agreeing_votes_give_a_gender_and_split_or_few_votes_none() {
        assert_eq!(agreed_gender((4, 1)), Some(Gender::Male));
        assert_eq!(agreed_gender((0, 3)), Some(Gender::Female));
        assert_eq!(agreed_gender((3, 2)), None);
        assert_eq!(agreed_gender((2, 0)), None);
    }

    #[test]
    fn a_first_word_used_alone_is_a_family_name() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let (full, alone, surname) = (words("wang lu"), words("wang"), words("lu"));
        assert!(family_name_first(
            "wang",
            [full.as_slice(), alone.as_slice()]
        ));
        assert!(!family_name_first(
            "wang",
            [full.as_slice(), surname.as_slice()]
        ));
        // Called by both names alone: the first is a first name.
        assert!(!family_name_first(
            "wang",
            [full.as_slice(), alone.as_slice(), surname.as_slice()]
        ));
    }

    #[test]
    fn a_first_name_is_a_word_before_a_surname_not_an_initial() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(first_name(&words("svetlana petrenko")), Some("svetlana"));
        assert_eq!(first_name(&words("j. smith")), None);
        assert_eq!(first_name(&words("petrenko")), None);
    }

    #[test]
    fn the_table_reads_back_what_it_writes_and_names_a_bad_line() {
        let mut evidence = FirstNameEvidence::default();
        evidence.votes.insert("svetlana".into(), (0, 5));
        evidence.votes.insert("alexander".into(), (6, 1));
        evidence.votes.insert("jordan".into(), (3, 3));
        let table = FirstNames::from_tsv(&evidence.to_tsv()).unwrap();
        assert_eq!(table, evidence.genders());
        assert_eq!(table.gender("Svetlana"), Some(Gender::Female));
        assert_eq!(table.gender("alexander"), Some(Gender::Male));
        assert_eq!(table.gender("Jordan"), None);
        let err = FirstNames::from_tsv("anna\tfemale\nbob\tmale\nkim\tboth\n").unwrap_err();
        assert!(err.contains("line 3"), "{err}");
    }

    /// The entity model read `Theresa May has` as `Theresa`: that
    /// `Theresa` alone made `theresa` look like a family name written
    /// first, and the table lost her gender.
    #[test]
    fn a_first_name_cut_from_the_rest_of_the_name_is_the_name() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let name = words("theresa may");
        let cut = |mention: &str, after: &[&str]| {
            cut_from_rest_of_name(&words(mention), &name, after.iter().copied())
        };
        assert!(cut("theresa", &["May", "has"]));
        assert!(!cut("theresa", &["has"]));
        assert!(!cut("theresa", &[]));
        assert!(!cut("may", &["said"]));
        assert!(!cut("theresa may", &["has"]));
    }
}
