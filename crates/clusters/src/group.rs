//! Grouping named mentions: same name, alias table, seats of government
//! in context, surnames and acronyms joined to the fuller name. A surname
//! that news uses alone for one well-known person (`Trump`, by the
//! full-name table) joins that person's full name where the article
//! writes it, and no other full name it is mostly written before, nor a
//! relative's the article names in passing after a noun of kinship.

use newsnlp_core::english::{with_short_country_name, WordList};
use newsnlp_core::{EntityKind, FastMap, Span};

use crate::aliases::{alias_key, AliasHit, AliasTable};
use crate::full_names::FullNames;
use crate::link::Gender;
use crate::names::{
    acronym_letters, could_be_acronym, initials, is_acronym_of, is_short_form, NameForm,
};

/// A named mention, ready for grouping.
#[derive(Clone, Debug)]
pub struct Named {
    /// Its span in the text.
    pub span: Span,
    /// The tagger's type.
    pub kind: EntityKind,
    /// It read as a name.
    pub form: NameForm,
    /// True when the mention stands where a place is a location, not an
    /// actor (after `in`, `to`, `from` ...): a seat then stays the city.
    pub locative: bool,
    /// True when the mention follows a noun of kinship (`his father,
    /// Pierre Trudeau`): it names a relative of someone the article is
    /// about.
    pub after_kinship_noun: bool,
    /// The gender the noun of kinship before the mention marks (`her
    /// husband Nelson`), if any.
    pub kinship_gender: Option<Gender>,
    /// The gender the mention's honorific marks (`Mrs Ettedgui`), if any.
    pub honorific: Option<Gender>,
    /// The gender of the mention's first name (`Joseph Ettedgui`), if
    /// known.
    pub first_name_gender: Option<Gender>,
}

impl Named {
    /// The gender the words around the mention mark: its honorific's,
    /// else its noun of kinship's.
    pub fn marked_gender(&self) -> Option<Gender> {
        self.honorific.or(self.kinship_gender)
    }

    /// The gender the mention marks: [`Self::marked_gender`], else its
    /// first name's.
    pub fn gender(&self) -> Option<Gender> {
        self.marked_gender().or(self.first_name_gender)
    }
}

/// A cluster of named mentions before descriptions and pronouns join.
#[derive(Clone, Debug)]
pub struct NameGroup {
    /// The canonical name.
    pub name: String,
    /// The most frequent type of its mentions (or the alias table's).
    pub kind: EntityKind,
    /// Indexes into the named mentions, in text order.
    pub members: Vec<usize>,
}

/// Mentions that share one written name (or one alias-table entry).
struct Spelling {
    canonical: Option<(String, EntityKind)>,
    form: NameForm,
    members: Vec<usize>,
    /// The genders its mentions mark (`Mr Hoe` and `Mrs Hoe` both).
    genders: Vec<Gender>,
}

/// Groups the named mentions `named` (in text order) into clusters, in
/// order of first mention, with `full_names` saying whom a surname alone
/// usually names.
pub fn group_names(
    named: &[Named],
    aliases: &AliasTable,
    full_names: &FullNames,
) -> Vec<NameGroup> {
    let spellings = spellings(named, aliases);
    let longer_forms = LongerForms::new(&spellings, named);
    let mut parent: Vec<usize> = (0..spellings.len()).collect();
    let mut by_length: Vec<usize> = (0..spellings.len()).collect();
    by_length.sort_by_key(|&s| spellings[s].form.words.len());
    for &s in &by_length {
        if spellings[s].canonical.is_some() {
            continue;
        }
        if let Some(long) = longer_forms.of(&spellings, s, named, full_names) {
            parent[s] = long;
        }
    }
    let root = |mut s: usize| {
        while parent[s] != s {
            s = parent[s];
        }
        s
    };
    let mut groups: Vec<NameGroup> = Vec::new();
    let mut group_of_root: FastMap<usize, usize> = FastMap::default();
    for (s, spelling) in spellings.iter().enumerate() {
        let r = root(s);
        let g = *group_of_root.entry(r).or_insert_with(|| {
            groups.push(NameGroup {
                name: String::new(),
                kind: EntityKind::Misc,
                members: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].members.extend(&spelling.members);
    }
    // A group is named by its longest spelling, unless a shorter one that
    // is written at least as often is the one its short forms mostly
    // shorten (`Murray` shortens `Andy Murray`, not the `Andy Murray Live`
    // the tagger read in an event's name, which `Andy Murray` starts).
    let mut shortened = vec![0; spellings.len()];
    for (s, spelling) in spellings.iter().enumerate() {
        shortened[s] += spelling.members.len();
        if parent[s] != s {
            shortened[parent[s]] += spelling.members.len();
        }
    }
    // By root: the spelling that names its group.
    let mut name_of_root: Vec<usize> = (0..spellings.len()).collect();
    for s in 0..spellings.len() {
        let r = root(s);
        let best = &mut name_of_root[r];
        let written_as_often = spellings[s].members.len() >= spellings[r].members.len();
        if written_as_often && shortened[s] > shortened[*best] {
            *best = s;
        }
    }
    for (&r, &g) in &group_of_root {
        let group = &mut groups[g];
        group.members.sort_unstable();
        let r = name_of_root[r];
        let (name, kind) = match &spellings[r].canonical {
            Some((name, kind)) => (name.clone(), *kind),
            None => {
                let kind = majority_kind(group.members.iter().map(|&m| named[m].kind));
                (shown_name(&spellings[r].form.display, kind), kind)
            }
        };
        group.name = name;
        group.kind = kind;
    }
    groups.sort_by_key(|g| g.members.first().copied());
    groups
}

/// The name a group not in the alias table is shown by: as written, with
/// the country or union a body's name opens with written short (`U.S.
/// Central Command`, `United States Central Command` → `US Central
/// Command`), so that a body has one name across articles. A person's
/// name stays as written.
fn shown_name(display: &str, kind: EntityKind) -> String {
    if kind == EntityKind::Person {
        display.to_string()
    } else {
        with_short_country_name(display).into_owned()
    }
}

/// One spelling per distinct name key, in order of first mention.
fn spellings(named: &[Named], aliases: &AliasTable) -> Vec<Spelling> {
    let mut spellings: Vec<Spelling> = Vec::new();
    let mut index: FastMap<String, usize> = FastMap::default();
    for (m, mention) in named.iter().enumerate() {
        let canonical = match aliases.lookup(&mention.form.display) {
            Some(AliasHit::Name(name, kind)) => Some((name.to_string(), kind)),
            Some(AliasHit::Seat(name, kind)) if !mention.locative => Some((name.to_string(), kind)),
            _ => None,
        };
        let key = match &canonical {
            Some((name, _)) => format!("={name}"),
            None => alias_key(&mention.form.display),
        };
        let s = *index.entry(key).or_insert_with(|| {
            spellings.push(Spelling {
                canonical,
                form: mention.form.clone(),
                members: Vec::new(),
                genders: Vec::new(),
            });
            spellings.len() - 1
        });
        let spelling = &mut spellings[s];
        spelling.members.push(m);
        if let Some(gender) = mention.gender().filter(|g| !spelling.genders.contains(g)) {
            spelling.genders.push(gender);
        }
    }
    spellings
}

impl Spelling {
    /// The name it is shown by: its canonical name, else as written.
    fn display(&self) -> &str {
        match &self.canonical {
            Some((name, _)) => name,
            None => &self.form.display,
        }
    }
}

/// The last words of newspapers' names, which news uses alone for the
/// paper it named in full (`the Washington Post ... the Post`).
const NEWSPAPER_HEADS: &WordList = &WordList::new(&[
    "post",
    "times",
    "journal",
    "telegraph",
    "guardian",
    "herald",
    "tribune",
    "chronicle",
    "globe",
    "standard",
    "star",
    "examiner",
    "inquirer",
    "gazette",
]);

/// Where the fuller forms of a spelling can be: persons' spellings by
/// their first and by their last word (a surname or a first name alone
/// is one of them), newspapers' by their last word, other spellings by
/// the initials of the name they are shown by (an acronym spells them).
/// Looking there, not through every spelling, keeps grouping linear in a
/// long document's names.
struct LongerForms<'a> {
    by_first_word: FastMap<&'a str, Vec<usize>>,
    by_last_word: FastMap<&'a str, Vec<usize>>,
    by_initials: FastMap<String, Vec<usize>>,
    newspapers_by_last_word: FastMap<&'a str, Vec<usize>>,
}

impl<'a> LongerForms<'a> {
    fn new(spellings: &'a [Spelling], named: &[Named]) -> Self {
        let mut forms = LongerForms {
            by_first_word: FastMap::default(),
            by_last_word: FastMap::default(),
            by_initials: FastMap::default(),
            newspapers_by_last_word: FastMap::default(),
        };
        for (l, long) in spellings.iter().enumerate() {
            let words = &long.form.words;
            if named[long.members[0]].kind == EntityKind::Person {
                if let (Some(first), Some(last)) = (words.first(), words.last()) {
                    forms.by_first_word.entry(first).or_default().push(l);
                    forms.by_last_word.entry(last).or_default().push(l);
                }
            } else {
                let key: String = initials(long.display()).collect();
                forms.by_initials.entry(key).or_default().push(l);
                if let Some(last) = words.last().filter(|w| NEWSPAPER_HEADS.contains(w)) {
                    forms
                        .newspapers_by_last_word
                        .entry(last)
                        .or_default()
                        .push(l);
                }
            }
        }
        forms
    }

    /// The spelling that spelling `s` shortens: a person's fuller name it
    /// starts or ends (`Pompeo`, `Kim`) of no other gender than it marks
    /// (`Mrs Ettedgui` is not `Joseph Ettedgui`), the name its acronym
    /// spells, or the newspaper whose last word it is (`Post`); the most
    /// mentioned such spelling, the earliest on a tie.
    /// A surname news uses alone for one person (`full_names`) joins
    /// that person's full name first, and no other full name that most
    /// of its mentions come before, since news writes a name out before
    /// it shortens it (`President Trump ... his daughter Ivanka Trump`).
    fn of(
        &self,
        spellings: &[Spelling],
        s: usize,
        named: &[Named],
        full_names: &FullNames,
    ) -> Option<usize> {
        let short = &spellings[s];
        let kind = named[short.members[0]].kind;
        let words = &short.form.words;
        let person_forms = (kind == EntityKind::Person)
            .then(|| {
                listed(&self.by_first_word, words.first())
                    .iter()
                    .chain(listed(&self.by_last_word, words.last()))
                    .filter(|&&l| {
                        is_short_form(words, &spellings[l].form.words)
                            && genders_agree(&short.genders, &spellings[l].genders)
                    })
            })
            .into_iter()
            .flatten();
        let acronym = &short.form.display;
        let spelled = (kind != EntityKind::Person && could_be_acronym(acronym))
            .then(|| {
                let letters: String = acronym_letters(acronym).collect();
                self.by_initials
                    .get(&letters)
                    .into_iter()
                    .flatten()
                    .filter(|&&l| is_acronym_of(acronym, spellings[l].display()))
            })
            .into_iter()
            .flatten();
        // `the Post` for `the Washington Post`.
        let newspaper = (kind == EntityKind::Organization && words.len() == 1)
            .then(|| {
                listed(&self.newspapers_by_last_word, words.last())
                    .iter()
                    .filter(|&&l| is_short_form(words, &spellings[l].form.words))
            })
            .into_iter()
            .flatten();
        let candidates: Vec<usize> = person_forms
            .chain(spelled)
            .chain(newspaper)
            .copied()
            .filter(|&l| l != s)
            .collect();
        let usual = (kind == EntityKind::Person)
            .then(|| usual_full_name(words, full_names))
            .flatten();
        if let Some(usual) = usual {
            let written_out = candidates
                .iter()
                .find(|&&l| spellings[l].display().eq_ignore_ascii_case(usual));
            if let Some(&l) = written_out {
                return Some(l);
            }
        }
        candidates
            .into_iter()
            .filter(|&l| {
                let long = &spellings[l];
                usual.is_none()
                    || !(mostly_before(short, long)
                        || relative_named_in_passing(short, long, named))
            })
            .max_by_key(|&l| (spellings[l].members.len(), std::cmp::Reverse(l)))
    }
}

/// How many times more often than a relative named in passing a surname
/// must stand alone to be someone else's.
const PASSING_RELATIVE_RATIO: usize = 3;

/// True when `long` names a relative in passing (`his father, Pierre
/// Trudeau`: each of its mentions follows a noun of kinship) and the
/// surname `short` stands alone far more often: the article is about
/// someone else of that name.
fn relative_named_in_passing(short: &Spelling, long: &Spelling, named: &[Named]) -> bool {
    long.members.iter().all(|&m| named[m].after_kinship_noun)
        && short.members.len() >= PASSING_RELATIVE_RATIO * long.members.len()
}

/// The full name of the person news means by the single name `words`
/// alone, where that name is the full name's last word (`trump`: Donald
/// Trump).
fn usual_full_name<'t>(words: &[String], full_names: &'t FullNames) -> Option<&'t str> {
    let [surname] = words else {
        return None;
    };
    let full = full_names.full_name(surname)?;
    let last = full.rsplit(' ').next()?;
    last.eq_ignore_ascii_case(surname).then_some(full)
}

/// True when most mentions of `short` come before the first of `long`.
fn mostly_before(short: &Spelling, long: &Spelling) -> bool {
    let first_long = long.members[0];
    let before = short.members.iter().filter(|&&m| m < first_long).count();
    2 * before > short.members.len()
}

/// True unless each of two spellings marks one gender, and not the
/// same: a spelling whose mentions mark both (`Mr Hoe`, `Mrs Hoe`) names
/// two people and may join either.
fn genders_agree(a: &[Gender], b: &[Gender]) -> bool {
    !matches!((a, b), ([a], [b]) if a != b)
}

/// The spellings `map` lists under `word`, if any.
fn listed<'m>(map: &'m FastMap<&str, Vec<usize>>, word: Option<&String>) -> &'m [usize] {
    word.and_then(|w| map.get(w.as_str()))
        .map_or(&[], Vec::as_slice)
}

fn majority_kind(kinds: impl Iterator<Item = EntityKind>) -> EntityKind {
    let mut counts = [0usize; 4];
    for kind in kinds {
        counts[kind as usize] += 1;
    }
    let best = (0..4)
        .max_by_key(|&k| (counts[k], std::cmp::Reverse(k)))
        .unwrap_or(0);
    EntityKind::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(display: &str, kind: EntityKind, at: usize) -> Named {
        Named {
            span: Span::new(at, at + display.len()),
            kind,
            form: NameForm {
                display: display.to_string(),
                words: display.split(' ').map(str::to_lowercase).collect(),
            },
            locative: false,
            after_kinship_noun: false,
            kinship_gender: None,
            honorific: None,
            first_name_gender: None,
        }
    }

    /// The group names of `mentions` (in text order), by mention.
    fn names_by_mention(mentions: &[(&str, EntityKind)]) -> Vec<String> {
        let named: Vec<Named> = mentions
            .iter()
            .enumerate()
            .map(|(i, &(name, kind))| named(name, kind, 100 * i))
            .collect();
        group_names_by_mention(&named)
    }

    /// The group names of the mentions `named`, by mention.
    fn group_names_by_mention(named: &[Named]) -> Vec<String> {
        group_names_by_mention_with(named, &FullNames::default())
    }

    /// The group names of the mentions `named`, by mention, with the
    /// full-name table `full_names`.
    fn group_names_by_mention_with(named: &[Named], full_names: &FullNames) -> Vec<String> {
        let groups = group_names(named, &AliasTable::default(), full_names);
        let mut by_mention = vec![String::new(); named.len()];
        for group in groups {
            for m in group.members {
                by_mention[m] = group.name.clone();
            }
        }
        by_mention
    }

    /// `Andy Murray ... the launch of “Andy Murray Live 2017” ... Murray
    /// said`: the tagger's `Andy Murray Live` named the group, since
    /// `Andy Murray` starts it.
    #[test]
    fn a_group_is_named_by_the_spelling_its_short_forms_shorten() {
        use EntityKind::Person;
        let names = names_by_mention(&[
            ("Andy Murray", Person),
            ("Murray", Person),
            ("Andy Murray Live", Person),
            ("Murray", Person),
        ]);
        assert!(names.iter().all(|n| n == "Andy Murray"), "{names:?}");
        // A fuller name written more often than the shorter one keeps the
        // group's name (`Sayeed Ali Murad`, though `Ali` joins `Sayeed
        // Ali`).
        let names = names_by_mention(&[
            ("Sayeed Ali Murad", Person),
            ("Ali", Person),
            ("Sayeed Ali", Person),
            ("Ali", Person),
            ("Sayeed Ali Murad", Person),
        ]);
        assert!(names.iter().all(|n| n == "Sayeed Ali Murad"), "{names:?}");
    }

    #[test]
    fn short_forms_and_acronyms_join_the_fuller_name_among_many_others() {
        use EntityKind::{Location, Organization, Person};
        let mut mentions = vec![
            ("Kim Jong Un", Person),
            ("Kim Yo Jong", Person),
            ("Kim Jong Un", Person),
            ("Korean Central News Agency", Organization),
            ("Mike Pompeo", Person),
        ];
        // Many unrelated names, as in a long document.
        let others: Vec<String> = (0..300).map(|i| format!("Place{i} Town")).collect();
        mentions.extend(others.iter().map(|o| (o.as_str(), Location)));
        mentions.extend([
            ("Kim", Person),
            ("Pompeo", Person),
            ("KCNA", Organization),
            ("Jong", Person),
            ("KNA", Organization),
        ]);
        let names = names_by_mention(&mentions);
        let n = names.len();
        // The most mentioned fuller name: Kim Jong Un (twice), not Kim Yo Jong.
        assert_eq!(names[n - 5], "Kim Jong Un");
        assert_eq!(names[n - 4], "Mike Pompeo");
        assert_eq!(names[n - 3], "Korean Central News Agency");
        // A name's last word: Kim Yo Jong ends with it, Kim Jong Un does not.
        assert_eq!(names[n - 2], "Kim Yo Jong");
        // An acronym no name spells stays itself.
        assert_eq!(names[n - 1], "KNA");
        assert_eq!(names[5], "Place0 Town");
    }

    /// `Joseph Ettedgui ... Isabel Ettedgui ... Mrs Ettedgui`: the woman's
    /// surname is hers, not the most mentioned Ettedgui's (it had joined
    /// Joseph's cluster, and `she` after it was his).
    #[test]
    fn a_surname_joins_no_fuller_name_of_the_other_gender() {
        use EntityKind::Person;
        let gendered = |display: &str, at: usize, gender: Option<Gender>| Named {
            honorific: gender,
            ..named(display, Person, at)
        };
        let named = [
            gendered("Joseph Ettedgui", 0, Some(Gender::Male)),
            gendered("Joseph Ettedgui", 100, Some(Gender::Male)),
            gendered("Isabel Ettedgui", 200, Some(Gender::Female)),
            gendered("Ettedgui", 300, Some(Gender::Female)),
            gendered("Ettedgui", 400, Some(Gender::Female)),
            gendered("Pompeo", 500, None),
            gendered("Mike Pompeo", 600, Some(Gender::Male)),
        ];
        let names = group_names_by_mention(&named);
        assert_eq!(names[3], "Isabel Ettedgui");
        assert_eq!(names[5], "Mike Pompeo");
    }

    /// The group names of `mentions` (persons, in text order), by
    /// mention, with the full-name table saying `Trump` alone is Donald
    /// Trump and `Warren` alone Elizabeth Warren.
    fn person_names_with_usual_full_names(mentions: &[&str]) -> Vec<String> {
        let full_names =
            FullNames::from_tsv("trump\tDonald Trump\t50\t52\nwarren\tElizabeth Warren\t9\t10\n")
                .unwrap();
        group_names_by_mention_with(&persons(mentions), &full_names)
    }

    /// Person mentions of the names `mentions`, in text order.
    fn persons(mentions: &[&str]) -> Vec<Named> {
        mentions
            .iter()
            .enumerate()
            .map(|(i, name)| named(name, EntityKind::Person, 100 * i))
            .collect()
    }

    /// `President Trump ... Trump ... his daughter Ivanka Trump ...
    /// Trump`: every `Trump` had joined Ivanka Trump, the only full name
    /// of that surname the article wrote, and his quotes were hers.
    #[test]
    fn a_surname_written_mostly_before_a_relatives_full_name_is_not_hers() {
        let names =
            person_names_with_usual_full_names(&["Trump", "Trump", "Ivanka Trump", "Trump"]);
        assert_eq!(names, ["Trump", "Trump", "Ivanka Trump", "Trump"]);
        // A surname the table knows nothing of joins as before.
        let named = persons(&["Smith", "Smith", "Ivanka Smith", "Smith"]);
        assert!(group_names_by_mention(&named)
            .iter()
            .all(|name| name == "Ivanka Smith"));
    }

    /// `Ivanka Trump ... Ivanka Trump ... President Donald Trump. Trump
    /// backed`: the surname joined the most mentioned full name, hers.
    #[test]
    fn a_surname_joins_the_full_name_news_means_by_it_where_the_article_writes_it() {
        let names = person_names_with_usual_full_names(&[
            "Ivanka Trump",
            "Ivanka Trump",
            "Donald Trump",
            "Trump",
        ]);
        assert_eq!(names[3], "Donald Trump");
    }

    /// `Ken Warren, an adventurer ... Warren ...`: a person the article
    /// introduces in full keeps the surname that usually names another.
    #[test]
    fn a_surname_written_after_a_full_name_joins_it_whoever_news_usually_means() {
        let names = person_names_with_usual_full_names(&["Ken Warren", "Warren", "Warren"]);
        assert_eq!(names, ["Ken Warren", "Ken Warren", "Ken Warren"]);
    }

    /// `At 43, Trudeau took the office his father, Pierre Trudeau, held
    /// ... Trudeau said`: the surname joined the father, named once in
    /// passing, and the prime minister's words were his father's.
    #[test]
    fn a_surname_far_more_frequent_than_a_relative_named_in_passing_is_not_theirs() {
        let full_names = FullNames::from_tsv(
            "trudeau\tJustin Trudeau\t16\t20\nconway\tKellyanne Conway\t35\t42\n",
        )
        .unwrap();
        let kin = |display: &str, at: usize| Named {
            after_kinship_noun: true,
            kinship_gender: None,
            ..named(display, EntityKind::Person, at)
        };
        let mut mentions = vec![named("Trudeau", EntityKind::Person, 0)];
        mentions.push(kin("Pierre Trudeau", 100));
        mentions.extend((2..5).map(|i| named("Trudeau", EntityKind::Person, 100 * i)));
        let names = group_names_by_mention_with(&mentions, &full_names);
        assert_eq!(names[1], "Pierre Trudeau");
        assert!(names[2..].iter().all(|n| n == "Trudeau"), "{names:?}");
        // A relative the article goes on to name by surname keeps it
        // (`Kellyanne Conway's husband, George Conway ... Conway would`).
        let mentions = [
            kin("George Conway", 0),
            named("Conway", EntityKind::Person, 100),
            named("Conway", EntityKind::Person, 200),
        ];
        let names = group_names_by_mention_with(&mentions, &full_names);
        assert_eq!(names, ["George Conway", "George Conway", "George Conway"]);
    }
}
