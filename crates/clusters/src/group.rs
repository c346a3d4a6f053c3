//! Grouping named mentions: same name, alias table, seats of government
//! in context, surnames and acronyms joined to the fuller name.

use newsnlp_core::{EntityKind, FastMap, Span};

use crate::aliases::{alias_key, AliasHit, AliasTable};
use crate::names::{could_be_acronym, is_acronym_of, is_short_form, NameForm};

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
}

/// Groups the named mentions `named` (in text order) into clusters, in
/// order of first mention.
pub fn group_names(named: &[Named], aliases: &AliasTable) -> Vec<NameGroup> {
    let spellings = spellings(named, aliases);
    let mut parent: Vec<usize> = (0..spellings.len()).collect();
    let mut by_length: Vec<usize> = (0..spellings.len()).collect();
    by_length.sort_by_key(|&s| spellings[s].form.words.len());
    for &s in &by_length {
        if spellings[s].canonical.is_some() {
            continue;
        }
        if let Some(long) = longer_form(&spellings, s, named) {
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
    for (&r, &g) in &group_of_root {
        let group = &mut groups[g];
        group.members.sort_unstable();
        let (name, kind) = match &spellings[r].canonical {
            Some((name, kind)) => (name.clone(), *kind),
            None => (
                spellings[r].form.display.clone(),
                majority_kind(group.members.iter().map(|&m| named[m].kind)),
            ),
        };
        group.name = name;
        group.kind = kind;
    }
    groups.sort_by_key(|g| g.members.first().copied());
    groups
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
            });
            spellings.len() - 1
        });
        spellings[s].members.push(m);
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

/// The spelling that spelling `s` shortens: a person's fuller name it
/// starts or ends (`Pompeo`, `Kim`), or the name its acronym spells; the
/// most mentioned such spelling, the earliest on a tie.
fn longer_form(spellings: &[Spelling], s: usize, named: &[Named]) -> Option<usize> {
    let short = &spellings[s];
    let kind = named[short.members[0]].kind;
    let may_be_acronym = could_be_acronym(&short.form.display);
    let candidates = spellings.iter().enumerate().filter(|&(l, long)| {
        if l == s {
            return false;
        }
        let long_kind = named[long.members[0]].kind;
        let person = kind == EntityKind::Person && long_kind == EntityKind::Person;
        (person && is_short_form(&short.form.words, &long.form.words))
            || (may_be_acronym
                && kind != EntityKind::Person
                && long_kind != EntityKind::Person
                && is_acronym_of(&short.form.display, long.display()))
    });
    candidates
        .max_by_key(|&(l, long)| (long.members.len(), std::cmp::Reverse(l)))
        .map(|(l, _)| l)
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
