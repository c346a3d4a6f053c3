//! # newsnlp-clusters
//!
//! In-document entity clustering: which mentions of an article name the
//! same person, organisation or place, under a canonical name that is the
//! same in every article, so that a corpus can be summed up by speaker and
//! target.
//!
//! - Names are grouped by their written form without titles, stray full
//!   stops or a leading article ([`names`]); a surname joins the fuller
//!   name it ends or starts (`Pompeo`, `Kim`), an acronym the name it
//!   spells (`KCNA`).
//! - A shipped alias table ([`aliases`], `data/aliases.tsv`) gives one
//!   name to spellings and aliases (`US`, `U.S.`, `America` → `United
//!   States`; `DPRK` → `North Korea`) and maps a seat of government to its
//!   country when it acts (`Washington said`, `against Pyongyang`), not
//!   after `in`, `to`, `from`.
//! - Descriptions (`the North Korean leader`, `the Russian president`;
//!   `the ministry` after `the Russian Defence Ministry`) and pronouns
//!   outside quotes are linked to the cluster the article makes clear, and
//!   become mentions of it; `he` and `she` only to a person of
//!   their gender where it is known, from an honorific (`Mrs. May`) or a
//!   first name ([`first_names`], `data/first-names.tsv`, learned from
//!   unlabeled news).
//! - A person an article calls by one name alone (`Tillerson`) takes the
//!   full name other articles write out (`Rex Tillerson`), where news
//!   agrees on one ([`full_names`], `data/full-names.tsv`, learned from
//!   unlabeled news), so that every article names them alike. Such a
//!   surname joins that full name where the article writes it, and not
//!   the full name of a relative the article introduces after it
//!   (`President Trump ... his daughter Ivanka Trump`) or names once in
//!   passing (`his father, Pierre Trudeau`).
#![deny(missing_docs)]

pub mod aliases;
pub mod first_names;
pub mod full_names;
mod group;
mod link;
pub mod names;

use std::sync::Arc;

use newsnlp_core::english::{is_kinship_noun, kinship_gender};
use newsnlp_core::{
    load_table, tokens_within, Document, EntityCluster, EntityKind, Layer, LayerName, Shipped,
    Span, Stage, StageError, StageOptions, Token, TokenSpans,
};
use serde::Deserialize;

use aliases::AliasTable;
use first_names::FirstNames;
use full_names::FullNames;
use group::{group_names, Named};
pub use link::Gender;
use link::{quoted_tokens, LinkView};

/// The stage's registered name.
pub const STAGE_NAME: &str = "clusters";

/// The alias table shipped in the binary.
pub const SHIPPED_ALIASES: &str = include_str!("../data/aliases.tsv");

/// Words after which a seat of government is the city, not the government
/// (`in Washington`, `the Hanoi summit`).
const CITY_CONTEXT: &[&str] = &[
    "the", "a", "an", "in", "at", "from", "to", "into", "near", "outside", "around", "across",
    "via", "toward", "towards", "visit", "visited", "visiting", "visits", "arrived", "reached",
    "leave", "left", "of", "through", "downtown",
];

/// The first-name table shipped in the binary, written by `newsnlp train
/// first-names`.
pub const SHIPPED_FIRST_NAMES: &str = include_str!("../data/first-names.tsv");

/// The shipped first-name table, parsed once per process.
pub fn shipped_first_names() -> Result<Arc<FirstNames>, String> {
    static TABLE: Shipped<FirstNames> = Shipped::new();
    TABLE.get(|| FirstNames::from_tsv(SHIPPED_FIRST_NAMES))
}

/// The full-name table shipped in the binary, written by `newsnlp train
/// full-names`.
pub const SHIPPED_FULL_NAMES: &str = include_str!("../data/full-names.tsv");

/// The shipped full-name table, parsed once per process.
pub fn shipped_full_names() -> Result<Arc<FullNames>, String> {
    static TABLE: Shipped<FullNames> = Shipped::new();
    TABLE.get(|| FullNames::from_tsv(SHIPPED_FULL_NAMES))
}

/// The shipped alias table, parsed once per process.
pub fn shipped_aliases() -> Result<Arc<AliasTable>, String> {
    static TABLE: Shipped<AliasTable> = Shipped::new();
    TABLE.get(|| AliasTable::from_tsv(SHIPPED_ALIASES))
}

/// Options of the `clusters` stage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClusterOptions {
    /// An alias table to use instead of the shipped one (same format).
    pub aliases: Option<std::path::PathBuf>,
    /// A first-name table to use instead of the shipped one (same format).
    pub first_names: Option<std::path::PathBuf>,
    /// A full-name table to use instead of the shipped one (same format).
    pub full_names: Option<std::path::PathBuf>,
}

/// Groups entity mentions into clusters with canonical names.
#[derive(Clone, Debug)]
pub struct ClusterStage {
    aliases: Arc<AliasTable>,
    first_names: Arc<FirstNames>,
    full_names: Arc<FullNames>,
}

const REQUIRES: &[LayerName] = &[
    LayerName::Tokens,
    LayerName::Sentences,
    LayerName::Paragraphs,
    LayerName::Entities,
];
const PROVIDES: &[LayerName] = &[LayerName::Clusters];

impl ClusterStage {
    /// A stage using `aliases`, `first_names` and `full_names`.
    pub fn new(
        aliases: Arc<AliasTable>,
        first_names: Arc<FirstNames>,
        full_names: Arc<FullNames>,
    ) -> Self {
        ClusterStage {
            aliases,
            first_names,
            full_names,
        }
    }

    /// Builds the stage from pipeline-file options.
    pub fn from_options(options: &StageOptions) -> Result<Box<dyn Stage>, StageError> {
        let options: ClusterOptions = options.parse()?;
        let aliases = load_table(
            STAGE_NAME,
            "alias table",
            options.aliases.as_deref(),
            AliasTable::from_tsv,
            shipped_aliases,
        )?;
        let first_names = load_table(
            STAGE_NAME,
            "first-name table",
            options.first_names.as_deref(),
            FirstNames::from_tsv,
            shipped_first_names,
        )?;
        let full_names = load_table(
            STAGE_NAME,
            "full-name table",
            options.full_names.as_deref(),
            FullNames::from_tsv,
            shipped_full_names,
        )?;
        Ok(Box::new(ClusterStage::new(
            aliases,
            first_names,
            full_names,
        )))
    }
}

impl Stage for ClusterStage {
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
        let clusters = cluster(doc, &self.aliases, &self.first_names, &self.full_names);
        doc.layers.clusters = Some(Layer::new(STAGE_NAME, clusters));
        Ok(())
    }
}

/// Clusters the entity mentions of `doc` (which needs tokens, sentences,
/// paragraphs and entities), in order of first mention.
pub fn cluster(
    doc: &Document,
    aliases: &AliasTable,
    first_names: &FirstNames,
    full_names: &FullNames,
) -> Vec<EntityCluster> {
    let text = doc.text.as_str();
    let tokens = doc.layers.token_items();
    let ranges: Vec<(usize, usize)> = doc
        .layers
        .entity_items()
        .iter()
        .map(|e| tokens_within(tokens, e.span))
        .collect();
    let named: Vec<Named> = doc
        .layers
        .entity_items()
        .iter()
        .zip(&ranges)
        .filter(|(_, &(a, b))| a < b)
        .map(|(e, &(a, b))| {
            let form = names::name_form(text, &tokens[a..b], e.kind);
            let is_first_name = |w: &str| first_names.gender(w).is_some();
            let person = matches!(e.kind, EntityKind::Person | EntityKind::Organization)
                .then(|| {
                    names::person_after_title(&form, is_first_name)
                        .or_else(|| names::person_after_lost_space(&form, is_first_name))
                        .or_else(|| names::person_after_glued_honorific(&form))
                })
                .flatten();
            let (kind, form) = match person {
                Some(person) => (EntityKind::Person, person),
                None => (e.kind, form),
            };
            let first_name_gender = (kind == EntityKind::Person)
                .then(|| first_names::first_name(&form.words))
                .flatten()
                .and_then(|first| first_names.gender(first));
            let kinship = kinship_noun_before(text, tokens, a);
            Named {
                span: e.span,
                kind,
                honorific: link::mention_honorific(text, tokens, (a, b)),
                first_name_gender,
                form,
                locative: a > 0 && {
                    let before = &text[tokens[a - 1].span.range()];
                    CITY_CONTEXT.iter().any(|w| before.eq_ignore_ascii_case(w))
                },
                after_kinship_noun: kinship.is_some(),
                kinship_gender: kinship.and_then(kinship_gender),
            }
        })
        .collect();
    let token_ranges: Vec<(usize, usize)> = ranges.into_iter().filter(|&(a, b)| a < b).collect();
    let mut groups = group_names(&named, aliases, full_names);
    // `Tillerson` alone: the full name news agrees on; a first name alone
    // only for a full name it starts (`Bernie`, not `Joe` for the TV show
    // `Morning Joe`). A name the model read as a person at least once is
    // that person, though most of its mentions were read otherwise
    // (`Trump` as an organisation, next to `Trump Tower`).
    for group in groups.iter_mut() {
        let read_as_person = group.kind == EntityKind::Person
            || group
                .members
                .iter()
                .any(|&m| named[m].kind == EntityKind::Person);
        if !read_as_person || group.name.contains(' ') {
            continue;
        }
        let known_first_name = first_names.gender(&group.name).is_some();
        let full = full_names.full_name(&group.name).filter(|full| {
            !known_first_name || full.split(' ').next() == Some(group.name.as_str())
        });
        if let Some(full) = full {
            group.name = full.to_string();
            group.kind = EntityKind::Person;
        }
    }
    let mut cluster_at = vec![None; tokens.len()];
    let mut kind_at = vec![None; tokens.len()];
    let mut mentions: Vec<Vec<Span>> = vec![Vec::new(); groups.len()];
    for (g, group) in groups.iter().enumerate() {
        for &m in &group.members {
            let (a, b) = token_ranges[m];
            cluster_at[a..b]
                .iter_mut()
                .for_each(|c| *c = Some(g as u32));
            kind_at[a..b].iter_mut().for_each(|k| *k = Some(group.kind));
            mentions[g].push(named[m].span);
        }
    }
    let TokenSpans {
        ranges: sentences,
        of_token: sentence_of,
    } = TokenSpans::new(tokens, doc.layers.sentence_items());
    let paragraph_of = TokenSpans::new(tokens, doc.layers.paragraph_items()).of_token;
    // A person's gender: what the honorifics of their mentions, or the
    // nouns of kinship before them (`her husband Nelson`), mark, else
    // what their first names do.
    let gender_of = groups
        .iter()
        .map(|group| {
            let honorifics = group
                .members
                .iter()
                .filter_map(|&m| named[m].marked_gender());
            let forms = || {
                group
                    .members
                    .iter()
                    .map(|&m| named[m].form.words.as_slice())
            };
            // A name given in full by the full-name table counts too.
            let full_name: Vec<String> = group.name.split(' ').map(str::to_lowercase).collect();
            let first_names = forms()
                .chain(std::iter::once(full_name.as_slice()))
                .filter_map(|words| {
                    first_names::first_name(words)
                        .filter(|first| !first_names::family_name_first(first, forms()))
                        .and_then(|first| first_names.gender(first))
                });
            let is_person = group.kind == EntityKind::Person;
            agreed_gender(honorifics)
                .or_else(|| is_person.then(|| agreed_gender(first_names)).flatten())
        })
        .collect();
    let view = LinkView {
        tokens,
        words: tokens.iter().map(|t| &text[t.span.range()]).collect(),
        quoted: quoted_tokens(tokens, &paragraph_of),
        sentences,
        sentence_of,
        cluster_at,
        kind_at,
        gender_of,
    };
    let links = view.links();
    for &(a, b, c) in &links.mentions {
        mentions[c as usize].push(Span {
            start: tokens[a].span.start,
            end: tokens[b - 1].span.end,
        });
    }
    groups
        .into_iter()
        .zip(mentions)
        .zip(links.genders)
        .map(|((group, mut mentions), gender)| {
            mentions.sort_unstable();
            EntityCluster {
                name: group.name,
                kind: group.kind,
                mentions,
                gender: gender.filter(|_| group.kind == EntityKind::Person),
            }
        })
        .collect()
}

/// The one gender all of `marks` agree on; none when there is none or
/// they disagree.
fn agreed_gender(marks: impl IntoIterator<Item = link::Gender>) -> Option<link::Gender> {
    let mut agreed = None;
    for mark in marks {
        match agreed {
            None => agreed = Some(mark),
            Some(gender) if gender != mark => return None,
            Some(_) => {}
        }
    }
    agreed
}

/// The noun of kinship in lower case right before `a`, past a comma
/// (`his father, Pierre Trudeau`), if any.
fn kinship_noun_before<'t>(text: &'t str, tokens: &[Token], a: usize) -> Option<&'t str> {
    let word = |i: usize| &text[tokens[i].span.range()];
    let before = match a.checked_sub(1) {
        Some(i) if word(i) == "," => i.checked_sub(1),
        other => other,
    };
    before.map(word).filter(|w| is_kinship_noun(w))
}
