//! Known names: the type of names that news writes every day but that
//! CoNLL-2003 (Reuters, 1996) never saw, so that the model guesses them
//! from their shape and context alone, often wrongly (`Twitter` as a
//! place, `Al Jazeera` as a person, `Brexit` as a place). A name the
//! model tags whose words are in the table takes the table's type; the
//! table finds no new names and moves no boundaries. The shipped table
//! (`data/known-names.tsv`) holds news media, internet companies, armed
//! and political groups, laws and programmes, and the world's countries;
//! a pipeline may name its own (`options = { known_names = "..." }`).

use newsnlp_core::{EntityKind, FastMap};

use crate::model::Tagged;

/// Names and the type each always has, looked up by [`name_key`].
#[derive(Clone, Debug, Default)]
pub struct KnownNames {
    /// Each name's key, and the key of its damaged spelling
    /// ([`damaged_key`]), with the name's type.
    kinds: FastMap<String, EntityKind>,
    /// How many names the table lists.
    names: usize,
}

/// The lookup key of a name's words: joined without spaces, typographic
/// apostrophes made straight, so that text (`People’s Daily`) and CoNLL
/// tokens (`People 's Daily`) give the same key. Case is kept: `AP` is a
/// news agency, `Ap` is not.
fn name_key<S: AsRef<str>>(words: &[S]) -> String {
    let mut key = String::new();
    write_name_key(words, &mut key);
    key
}

/// Writes the [`name_key`] of `words` into `key`, replacing what it held.
fn write_name_key<S: AsRef<str>>(words: &[S], key: &mut String) {
    key.clear();
    key.extend(
        words
            .iter()
            .flat_map(|w| w.as_ref().chars())
            .filter(|c| !c.is_whitespace())
            .map(|c| if matches!(c, '’' | '‘') { '\'' } else { c }),
    );
}

/// The key as scraped text writes it when a decoder lost each byte of
/// its letters beyond ASCII to a replacement character (`Sinn Féin` as
/// `Sinn F��in`); none for a key all in ASCII.
fn damaged_key(key: &str) -> Option<String> {
    (!key.is_ascii()).then(|| {
        key.chars()
            .flat_map(|c| {
                let bytes = if c.is_ascii() { 0 } else { c.len_utf8() };
                std::iter::repeat_n(char::REPLACEMENT_CHARACTER, bytes)
                    .chain(c.is_ascii().then_some(c))
            })
            .collect()
    })
}

impl KnownNames {
    /// Parses the tab-separated table: a name, then its type (`PER`,
    /// `ORG`, `LOC` or `MISC`); `#` starts a comment line. A name listed
    /// twice is an error, so that no line silently overrides another.
    pub fn from_tsv(tsv: &str) -> Result<KnownNames, String> {
        let mut kinds = FastMap::default();
        let mut names = 0;
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, label) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected a name, a tab and a type", n + 1))?;
            let kind = EntityKind::from_label(label.trim())
                .ok_or_else(|| format!("line {}: unknown entity type `{label}`", n + 1))?;
            let key = name_key(&name.split_whitespace().collect::<Vec<_>>());
            if key.is_empty() {
                return Err(format!("line {}: empty name", n + 1));
            }
            let damaged = damaged_key(&key);
            if kinds.insert(key, kind).is_some() {
                return Err(format!("line {}: `{name}` is listed twice", n + 1));
            }
            if let Some(damaged) = damaged {
                kinds.entry(damaged).or_insert(kind);
            }
            names += 1;
        }
        Ok(KnownNames { kinds, names })
    }

    /// The number of names in the table.
    pub fn len(&self) -> usize {
        self.names
    }

    /// True when the table holds no name.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The type the table gives the name made of `words`, if it lists it.
    pub fn kind_of<S: AsRef<str>>(&self, words: &[S]) -> Option<EntityKind> {
        if self.kinds.is_empty() {
            return None;
        }
        self.kinds.get(&name_key(words)).copied()
    }

    /// Gives each entity tagged in a sentence of `words` the type the
    /// table lists for its words, if any (one key buffer for them all).
    pub fn retype<S: AsRef<str>>(&self, words: &[S], tagged: &mut [Tagged]) {
        if self.kinds.is_empty() {
            return;
        }
        let mut key = String::new();
        for (start, end, kind, _) in tagged.iter_mut() {
            write_name_key(&words[*start..*end], &mut key);
            if let Some(&known) = self.kinds.get(key.as_str()) {
                *kind = known;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> KnownNames {
        KnownNames::from_tsv("# comment\nAl Jazeera\tORG\nPeople's Daily\tORG\nBrexit\tMISC\n")
            .unwrap()
    }

    #[test]
    fn a_listed_name_gets_its_type_whatever_the_spacing_and_apostrophes() {
        let known = table();
        assert_eq!(known.len(), 3);
        assert_eq!(
            known.kind_of(&["Al", "Jazeera"]),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            known.kind_of(&["People", "’s", "Daily"]),
            Some(EntityKind::Organization)
        );
        assert_eq!(known.kind_of(&["Brexit"]), Some(EntityKind::Misc));
        assert_eq!(known.kind_of(&["brexit"]), None);
        assert_eq!(known.kind_of(&["Jazeera"]), None);
    }

    /// news-dai2017 writes `Sinn Féin` as `Sinn F��in`, one replacement
    /// character for each byte of `é`: the model read it as a person.
    #[test]
    fn a_listed_name_is_known_in_the_spelling_a_damaged_encoding_gives_it() {
        let known = KnownNames::from_tsv("Sinn Féin\tORG\nRTÉ\tORG\n").unwrap();
        assert_eq!(known.len(), 2);
        assert_eq!(
            known.kind_of(&["Sinn", "F\u{FFFD}\u{FFFD}in"]),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            known.kind_of(&["RT\u{FFFD}\u{FFFD}"]),
            Some(EntityKind::Organization)
        );
        assert_eq!(known.kind_of(&["Sinn", "F\u{FFFD}in"]), None);
    }

    #[test]
    fn retype_changes_only_the_type_of_listed_entities() {
        let words = ["Al", "Jazeera", "reported", "on", "Brexit", "and", "Kim"];
        let mut tagged = vec![
            (0, 2, EntityKind::Person, 0.9),
            (4, 5, EntityKind::Location, 0.8),
            (6, 7, EntityKind::Person, 0.7),
        ];
        table().retype(&words, &mut tagged);
        assert_eq!(
            tagged,
            vec![
                (0, 2, EntityKind::Organization, 0.9),
                (4, 5, EntityKind::Misc, 0.8),
                (6, 7, EntityKind::Person, 0.7),
            ]
        );
    }

    #[test]
    fn bad_lines_are_refused_with_their_line_number() {
        let err = |tsv: &str| KnownNames::from_tsv(tsv).unwrap_err();
        assert_eq!(
            err("Al Jazeera ORG\n"),
            "line 1: expected a name, a tab and a type"
        );
        assert_eq!(
            err("# c\nTwitter\tCOMPANY\n"),
            "line 2: unknown entity type `COMPANY`"
        );
        assert_eq!(
            err("Twitter\tORG\nTwitter\tLOC\n"),
            "line 2: `Twitter` is listed twice"
        );
        assert_eq!(err(" \tORG\n"), "line 1: empty name");
    }
}
