//! The alias table: canonical names of entities that news writes in many
//! ways (`US`, `U.S.`, `America` → `United States`), and seats of
//! government that stand for their country when it acts (`Washington
//! said`).

use newsnlp_core::{EntityKind, FastMap};

/// What a name is in the alias table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasHit<'a> {
    /// The canonical name or one of its aliases.
    Name(&'a str, EntityKind),
    /// A seat of government of the named entity.
    Seat(&'a str, EntityKind),
}

/// Canonical names, their aliases and seats, looked up by [`alias_key`].
#[derive(Clone, Debug, Default)]
pub struct AliasTable {
    entries: Vec<(String, EntityKind)>,
    names: FastMap<String, usize>,
    seats: FastMap<String, usize>,
}

/// The lookup key of a name: lower case, full stops dropped, typographic
/// apostrophes made straight, spaces single (`U.S.` → `us`,
/// `People’s Republic` → `people's republic`).
pub fn alias_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            match c {
                '.' => {}
                '’' | '‘' => key.push('\''),
                c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
                c => key.extend(c.to_lowercase()),
            }
        }
    }
    key
}

impl AliasTable {
    /// Parses the tab-separated table: canonical name, type, aliases
    /// (`|`-separated), seats (`|`-separated); `#` starts a comment line.
    pub fn from_tsv(tsv: &str) -> Result<AliasTable, String> {
        let mut table = AliasTable::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(name), Some(label)) = (cols.first(), cols.get(1)) else {
                return Err(format!("line {}: expected name and type", n + 1));
            };
            let kind = EntityKind::from_label(label)
                .ok_or_else(|| format!("line {}: unknown entity type `{label}`", n + 1))?;
            let id = table.entries.len();
            table.entries.push((name.to_string(), kind));
            let listed = |col: usize| {
                cols.get(col)
                    .into_iter()
                    .flat_map(|c| c.split('|'))
                    .filter(|a| !a.trim().is_empty())
                    .map(alias_key)
            };
            for alias in std::iter::once(alias_key(name)).chain(listed(2)) {
                table.names.insert(alias, id);
            }
            for seat in listed(3) {
                table.seats.insert(seat, id);
            }
        }
        Ok(table)
    }

    /// What `name` is in the table, if anything.
    pub fn lookup(&self, name: &str) -> Option<AliasHit<'_>> {
        let key = alias_key(name);
        let entry = |id: usize| {
            let (name, kind) = &self.entries[id];
            (name.as_str(), *kind)
        };
        if let Some(&id) = self.names.get(&key) {
            let (name, kind) = entry(id);
            return Some(AliasHit::Name(name, kind));
        }
        self.seats.get(&key).map(|&id| {
            let (name, kind) = entry(id);
            AliasHit::Seat(name, kind)
        })
    }

    /// The canonical name of `name` when it is a name or alias in the
    /// table (not a seat).
    pub fn canonical(&self, name: &str) -> Option<&str> {
        match self.lookup(name)? {
            AliasHit::Name(name, _) => Some(name),
            AliasHit::Seat(..) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> AliasTable {
        AliasTable::from_tsv("# comment\nUnited States\tLOC\tUS|U.S.|America\tWashington\n")
            .unwrap()
    }

    #[test]
    fn spellings_of_one_name_share_a_key() {
        assert_eq!(alias_key("U.S."), "us");
        assert_eq!(alias_key("People’s  Republic"), "people's republic");
    }

    #[test]
    fn aliases_and_seats_are_told_apart() {
        let table = table();
        assert_eq!(table.canonical("u.s."), Some("United States"));
        assert_eq!(table.canonical("United States"), Some("United States"));
        assert_eq!(
            table.lookup("Washington"),
            Some(AliasHit::Seat("United States", EntityKind::Location))
        );
        assert_eq!(table.canonical("Washington"), None);
        assert_eq!(table.lookup("Canada"), None);
    }

    #[test]
    fn a_bad_type_names_its_line() {
        let err = AliasTable::from_tsv("X\tPLACE\t\n").unwrap_err();
        assert!(err.contains("line 1") && err.contains("PLACE"), "{err}");
    }

    #[test]
    fn the_shipped_table_parses() {
        let table = AliasTable::from_tsv(crate::SHIPPED_ALIASES).unwrap();
        assert_eq!(table.canonical("DPRK"), Some("North Korea"));
        assert_eq!(
            table.canonical("People’s Democratic Republic of Korea"),
            Some("North Korea")
        );
        // News media and groups that articles name in several ways, so
        // that a corpus sums their quotes under one name.
        assert_eq!(table.canonical("Al Jazeera News"), Some("Al Jazeera"));
        assert_eq!(table.canonical("ITAR-TASS"), Some("TASS"));
        assert_eq!(table.canonical("AFP"), Some("Agence France-Presse"));
        assert_eq!(table.canonical("al-Qaida"), Some("al-Qaeda"));
    }
}
