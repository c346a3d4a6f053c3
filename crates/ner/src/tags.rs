//! BILOU tags: `O`, and `B`, `I`, `L`, `U` for each entity kind. BILOU
//! (rather than BIO) lets the model learn how names end and single-token
//! names apart, which helps on news names; invalid sequences (`B-PER O`)
//! are excluded exactly by the decoder.

use newsnlp_core::EntityKind;

/// Number of tags.
pub const NUM_TAGS: usize = 1 + 4 * EntityKind::ALL.len();

/// The `O` tag.
pub const OUTSIDE: usize = 0;

/// Position of a token in its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// First of several.
    Begin,
    /// Inside, neither first nor last.
    Inside,
    /// Last of several.
    Last,
    /// The only token.
    Unit,
}

/// The tag index for a part of an entity of `kind`.
pub fn tag(kind: EntityKind, part: Part) -> usize {
    1 + 4 * kind.index()
        + match part {
            Part::Begin => 0,
            Part::Inside => 1,
            Part::Last => 2,
            Part::Unit => 3,
        }
}

/// The kind and part of a tag, `None` for `O`.
pub fn parse(tag: usize) -> Option<(EntityKind, Part)> {
    if tag == OUTSIDE || tag >= NUM_TAGS {
        return None;
    }
    let kind = EntityKind::ALL[(tag - 1) / 4];
    let part = match (tag - 1) % 4 {
        0 => Part::Begin,
        1 => Part::Inside,
        2 => Part::Last,
        _ => Part::Unit,
    };
    Some((kind, part))
}

/// True when `next` may follow `prev` (a table lookup).
pub fn allowed(prev: usize, next: usize) -> bool {
    static TABLE: std::sync::OnceLock<[[bool; NUM_TAGS]; NUM_TAGS]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [[false; NUM_TAGS]; NUM_TAGS];
        for (p, row) in table.iter_mut().enumerate() {
            for (n, cell) in row.iter_mut().enumerate() {
                *cell = follows(p, n);
            }
        }
        table
    })[prev][next]
}

fn follows(prev: usize, next: usize) -> bool {
    let open = |t: usize| parse(t).filter(|(_, p)| matches!(p, Part::Begin | Part::Inside));
    match (open(prev), parse(next)) {
        (Some((k, _)), Some((k2, Part::Inside | Part::Last))) => k == k2,
        (Some(_), _) => false,
        (None, Some((_, Part::Inside | Part::Last))) => false,
        (None, _) => true,
    }
}

/// True when a sentence may start with `tag`.
pub fn allowed_first(tag: usize) -> bool {
    !matches!(parse(tag), Some((_, Part::Inside | Part::Last)))
}

/// True when a sentence may end with `tag`.
pub fn allowed_last(tag: usize) -> bool {
    !matches!(parse(tag), Some((_, Part::Begin | Part::Inside)))
}

/// BILOU tags of a sentence of `len` tokens with these entities.
pub fn encode(len: usize, entities: &[(usize, usize, EntityKind)]) -> Vec<usize> {
    let mut tags = vec![OUTSIDE; len];
    for &(start, end, kind) in entities {
        if end == start + 1 {
            tags[start] = tag(kind, Part::Unit);
            continue;
        }
        for (i, t) in tags.iter_mut().enumerate().take(end).skip(start) {
            let part = if i == start {
                Part::Begin
            } else if i + 1 == end {
                Part::Last
            } else {
                Part::Inside
            };
            *t = tag(kind, part);
        }
    }
    tags
}

/// Entities of a valid tag sequence.
pub fn decode(tags: &[usize]) -> Vec<(usize, usize, EntityKind)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &t) in tags.iter().enumerate() {
        match parse(t) {
            Some((kind, Part::Unit)) => out.push((i, i + 1, kind)),
            Some((_, Part::Begin)) => start = Some(i),
            Some((kind, Part::Last)) => {
                if let Some(s) = start.take() {
                    out.push((s, i + 1, kind));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        let entities = vec![(0, 1, EntityKind::Person), (2, 5, EntityKind::Organization)];
        let tags = encode(6, &entities);
        assert_eq!(decode(&tags), entities);
        assert!(tags.windows(2).all(|w| allowed(w[0], w[1])));
    }

    #[test]
    fn open_entities_must_continue_with_their_own_kind() {
        let b_per = tag(EntityKind::Person, Part::Begin);
        assert!(!allowed(b_per, OUTSIDE));
        assert!(!allowed(b_per, tag(EntityKind::Location, Part::Last)));
        assert!(allowed(b_per, tag(EntityKind::Person, Part::Last)));
        assert!(!allowed_first(tag(EntityKind::Misc, Part::Inside)));
        assert!(!allowed_last(b_per));
    }
}
