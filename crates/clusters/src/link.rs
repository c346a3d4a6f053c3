//! Linking mentions that are not names to the clusters of names:
//! descriptions of people (`the North Korean leader`, `the Russian
//! president`) and of institutions (`the ministry`, `the court`), and
//! pronouns (`he`, `his`, `they`).

use newsnlp_core::english::{
    pronoun_gender, role_gender, WordList, WordSet, POSSESSIVE_CLITICS, ROLE_NOUNS,
};
pub use newsnlp_core::english::{Gender, FEMALE_PRONOUNS, MALE_PRONOUNS};
use newsnlp_core::{EntityKind, FastMap, QuoteMark, Token, TokenKind};

/// The gender an honorific marks (`Mr.`, `Mrs.`, `Ms`, `Miss`, `Sir`,
/// `Lady`), if `word` is one.
pub fn honorific_gender(word: &str) -> Option<Gender> {
    let bare = word.strip_suffix('.').unwrap_or(word);
    if ["mr", "sir", "lord"]
        .iter()
        .any(|h| bare.eq_ignore_ascii_case(h))
    {
        Some(Gender::Male)
    } else if ["mrs", "ms", "miss", "lady", "dame"]
        .iter()
        .any(|h| bare.eq_ignore_ascii_case(h))
    {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a royal title marks (`King`, `Queen`, `Pope`), if `word`
/// is one; capitalised, as a title is (`speed queen Vonn` is a
/// description).
pub fn royal_title_gender(word: &str) -> Option<Gender> {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        .then(|| royal_title(word))
        .flatten()
}

/// The gender of the royal title `word`, in any case (`king`, `Queen`).
pub fn royal_title(word: &str) -> Option<Gender> {
    let is = |list: &[&str]| list.iter().any(|t| word.eq_ignore_ascii_case(t));
    if is(&["king", "prince", "pope", "emperor", "sultan", "emir"]) {
        Some(Gender::Male)
    } else if is(&["queen", "princess", "empress"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender an honorific or a royal title marks at the mention
/// `[a, b)`: inside the name (`Mrs. Clinton`, `Queen Elizabeth`) or right
/// before it (`Mr Corbyn`). A royal title alone is a name (`King said`).
pub fn mention_honorific(text: &str, tokens: &[Token], (a, b): (usize, usize)) -> Option<Gender> {
    let word = |i: usize| &text[tokens[i].span.range()];
    let title_gender = |w: &str| honorific_gender(w).or_else(|| royal_title_gender(w));
    let inside = if b > a + 1 {
        title_gender(word(a))
    } else {
        honorific_gender(word(a))
    };
    inside.or_else(|| a.checked_sub(1).and_then(|i| title_gender(word(i))))
}

/// Determiners other than `the`: a role after one is no description of
/// someone named (`the government asked a federal judge`: not `the ...
/// judge`).
const OTHER_DETERMINERS: &WordList = &WordList::new(&[
    "a", "an", "this", "that", "these", "those", "another", "any", "each", "every", "some", "no",
]);

/// Words that end the noun phrase a role noun heads, looking back from
/// it: verbs of being and having and clause openers (`The question is
/// whether President Trump knows` describes no one).
const PHRASE_BREAKERS: &WordList = &WordList::new(&[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "whether",
    "if", "who", "which", "said", "says",
]);

/// Role nouns of those who speak for someone else: the salient person
/// of the sentences before is often the one they speak for (`Mrs May had
/// always said ... the spokesman said`), so such a description stands
/// for the last person the same role titled (`Kremlin spokesman Dmitry
/// Peskov said ... the presidential spokesman said`), or for no one.
const SPOKESPEOPLE: &WordList = &WordList::new(&["spokesman", "spokeswoman", "spokesperson"]);

/// Roles of people an article introduces by name, and then calls by the
/// role alone (`U.S. District Judge James Robart ... the judge said`,
/// `his attorney Vitaly Serdyuk ... the attorney said`): like
/// [`SPOKESPEOPLE`], such a description stands for the person the same
/// role introduced, never for the salient person (the defendant, the
/// client, the team). Irish news calls its prime minister by the title
/// alone (`the Taoiseach said`), when another person is salient (`Mr
/// Martin said ... The Taoiseach said`).
const INTRODUCED_ROLES: &WordList = &WordList::new(&[
    "actor",
    "actress",
    "analyst",
    "attorney",
    "coach",
    "economist",
    "judge",
    "lawyer",
    "manager",
    "mayor",
    "professor",
    "prosecutor",
    "researcher",
    "sheriff",
    "tanaiste",
    "taoiseach",
    "tánaiste",
]);

/// Nouns that head the names of institutions (`the Russian Defence
/// Ministry`, `the House Intelligence Committee`, `the World Bank`), and
/// stand for the institution an article named with them: `the ministry
/// said`. Not words that also name what no institution is (`the state`,
/// `the house`, `the union`).
const INSTITUTION_NOUNS: &WordList = &WordList::new(&[
    "academy",
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "court",
    "department",
    "federation",
    "foundation",
    "fund",
    "group",
    "hospital",
    "institute",
    "league",
    "ministry",
    "movement",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "tribunal",
    "university",
]);

/// Nouns of the kind of organisation an apposition or title gives a name
/// (`Uber, the ride-hailing company`), which no name holds as a word.
const KIND_NOUNS: &WordList = &WordList::new(&[
    "company",
    "firm",
    "carmaker",
    "retailer",
    "lender",
    "insurer",
    "airline",
    "broadcaster",
    "newspaper",
]);

/// What only a company has, right after its name or its `'s` (`Apple's
/// shares`, `Twitter CEO`, `Tesco's profits`): the name is a company's,
/// and `the company` may stand for it.
const CORPORATE_POSSESSIONS: &WordList = &WordList::new(&[
    "shares",
    "stock",
    "ceo",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "earnings",
    "sales",
    "shareholders",
    "subsidiary",
    "products",
    "customers",
    "stores",
]);

/// Last words of a company's name (`Toshiba Corp`, `Apple Inc.`).
const CORPORATE_SUFFIXES: &WordList = &WordList::new(&[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "holdings",
    "ag",
    "gmbh",
    "nv",
    "limited",
    "incorporated",
]);

/// Words of an apposition searched for its kind noun (`, the
/// Cupertino-based tech giant and phone company`).
const APPOSED_KIND_REACH: usize = 5;

/// Lower-case words between `the` and an institution noun, at most (`the
/// defence ministry`, `the central bank`).
const INSTITUTION_MODIFIERS: usize = 2;

/// How many sentences back an institution's description looks for the
/// name it stands for.
const INSTITUTION_SENTENCES: usize = 12;

/// Lower-case words between a possessive and the role it determines, at
/// most (`China's top diplomat`).
const POSSESSED_MODIFIERS: usize = 2;

/// Pronouns of one gender linked to a person, none of the other, that
/// mark the person's gender where no honorific or first name does.
const PRONOUNS_TO_AGREE: u32 = 2;

/// Words that open a clause after a role, whose people the role does not
/// title (besides `he` and `she`).
const CLAUSE_OPENERS: &WordList = &WordList::new(&[
    "who", "which", "that", "they", "it", "we", "i", "and", "but", "said", "says",
]);

/// Tokens after a pronoun within which a person named in its clause is
/// someone else (`She told Boyce`, `He warned that Mr Rutte`); further
/// on, journalists name the pronoun's person again (`he has pushed back
/// on reports that Trump's campaign ...`).
const CLAUSE_MATE_REACH: usize = 5;

/// Relative words, which open a clause whose subject is not the one its
/// sentence is about (`the case that Lavrov raised`), as
/// [`OPENING_SUBORDINATORS`] do (`after Trump said`).
const RELATIVE_WORDS: &WordList = &WordList::new(&["that", "who", "which", "whom", "where"]);

/// Letters a place's adjective shares with its name, at least (`Iran`,
/// `Iranian`).
const ADJECTIVE_STEM: usize = 4;

/// True when the words `a` and `b` (in lower case) name one place: they
/// share their first [`ADJECTIVE_STEM`] letters, or all of the shorter
/// (`belarus` and `belarusian`, `china` and `chinese`, `u.s.`).
fn shares_place_stem(a: &str, b: &str) -> bool {
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    shared >= ADJECTIVE_STEM.min(a.chars().count()).min(b.chars().count())
}

/// Tokens after a role noun searched for the person it introduces.
const ROLE_NAME_REACH: usize = 8;

/// `it`, which stands for an organisation or a place.
const IT: &WordList = &WordList::new(&["it"]);

/// `they`, which stands for an organisation (a place's people are `they`).
const THEY: &WordList = &WordList::new(&["they"]);

/// How many sentences before its own a `they` or `it` looks back for the
/// organisation or place it stands for.
const GROUP_SENTENCES: usize = 1;

/// Words before a role noun searched for the `a` or `an` that opens the
/// phrase introducing someone unnamed (`a senior White House adviser`).
const UNNAMED_PHRASE_WORDS: usize = 6;

/// How many sentences back a pronoun or description looks for its person.
const SALIENCE_SENTENCES: usize = 6;

/// Most words before a person's name that may title them with a place:
/// capitalised words (and `of`, `to`) with a role noun among them (`US
/// Secretary of State Rex Tillerson`, `Russian Ambassador to Egypt Sergei
/// Kirpichenko`).
const TITLE_PLACE_REACH: usize = 6;

/// Seats of government the entity model tags as places, which stand for
/// a government, not a country's name or adjective (`the Kremlin leader`
/// for `Russian President Vladimir Putin`).
const SEAT_WORDS: &[&str] = &[
    "kremlin",
    "pentagon",
    "elysee",
    "élysée",
    "downing",
    "whitehall",
    "capitol",
    "white",
    "house",
];

/// Party words the entity model tags like nationalities (`The Republican
/// president`): no place.
const PARTY_WORDS: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democratic",
    "democrats",
    "gop",
    "labour",
    "conservative",
    "liberal",
    "socialist",
];

/// Verbs of saying whose subject, after a comma, attributes the words
/// before it (`..., he said.`).
const POSTPOSED_SPEECH_VERBS: &WordList = &WordList::new(&[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "explained",
    "noted",
    "insisted",
    "argued",
    "warned",
    "stressed",
    "claimed",
    "continued",
    "recalled",
    "asked",
    "replied",
    "declared",
    "announced",
    "concluded",
]);

/// Capitalised words of a title before the person who opens a sentence,
/// at most (`Attorney General Jeff Sessions`).
const SUBJECT_TITLE_WORDS: usize = 3;

/// Subordinators that open a clause before the main one (`When asked
/// ..., he said`).
const OPENING_SUBORDINATORS: &WordList = &WordList::new(&[
    "when", "if", "as", "after", "before", "while", "although", "though", "because", "since",
    "once", "unless", "until", "asked",
]);

/// Tokens from a pronoun that attributes the words before it to the end
/// of its sentence, at most (`he said in a statement on Monday.`).
const POSTPOSED_ATTRIBUTION_TOKENS: usize = 10;

/// Participles of speaking that open a phrase before the subject
/// (`Speaking on RTÉ's Today with Sean O'Rourke, he said`).
const SPEAKING_PARTICIPLES: &WordList = &WordList::new(&[
    "speaking",
    "talking",
    "writing",
    "commenting",
    "responding",
    "replying",
    "referring",
    "addressing",
    "appearing",
    "answering",
]);

/// How many tokens a phrase before the subject may run, its comma
/// included.
const FRONTED_PHRASE_TOKENS: usize = 30;

/// The document as token indexes, for linking.
pub struct LinkView<'a> {
    /// The document's tokens.
    pub tokens: &'a [Token],
    /// For each token: its text.
    pub words: Vec<&'a str>,
    /// Token ranges of the sentences.
    pub sentences: Vec<(usize, usize)>,
    /// For each token: its sentence.
    pub sentence_of: Vec<usize>,
    /// For each token: the cluster of the named mention covering it.
    pub cluster_at: Vec<Option<u32>>,
    /// For each token: the kind of its cluster, when it has one.
    pub kind_at: Vec<Option<EntityKind>>,
    /// For each token: whether it lies between quote marks.
    pub quoted: Vec<bool>,
    /// For each cluster: the gender its mentions' honorifics mark, if
    /// they mark one and agree.
    pub gender_of: Vec<Option<Gender>>,
}

/// The personal pronouns that are a clause's subject: a person the
/// pronoun stands for is mentioned there as a name would be.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she"];

/// A mention linked to a cluster: token range and cluster.
pub type Link = (usize, usize, u32);

/// What linking found in a document.
pub struct Links {
    /// The descriptions and pronouns linked, in text order.
    pub mentions: Vec<Link>,
    /// For each cluster: its gender, where the article marks it (see
    /// [`newsnlp_core::EntityCluster::gender`]).
    pub genders: Vec<Option<Gender>>,
}

/// The links made so far, in text order, and what later links look up
/// in them and in the words before them, so that a long document's
/// links are made in linear time.
#[derive(Default)]
struct Linked {
    links: Vec<Link>,
    /// The cluster of the first description (a link of two or more
    /// tokens) that starts at each token, and where it ends.
    description_at: FastMap<usize, (u32, usize)>,
    /// Where each role noun stood (all of them, linked or not), by its
    /// lower case, in text order.
    role_nouns: FastMap<String, Vec<usize>>,
    /// Where an institution noun last stood in the name of an
    /// organisation outside quotes, by its lower case.
    institution_names: FastMap<String, usize>,
    /// How many `he` and how many `she` were linked to each cluster.
    pronoun_counts: FastMap<u32, (u32, u32)>,
    /// For each person cluster: the places of each title with any before
    /// its full names so far (`Russian President Vladimir Putin`).
    title_places: FastMap<u32, Vec<Vec<String>>>,
}

impl Linked {
    /// Records a link to a person; a description of several tokens is
    /// one later links may take the person from.
    fn push(&mut self, (a, b, c): Link) {
        if b > a + 1 {
            self.description_at.entry(a).or_insert((c, b));
        }
        self.links.push((a, b, c));
    }

    /// The gender the pronouns linked to `cluster` agree on: at least
    /// [`PRONOUNS_TO_AGREE`] of one gender, none of the other.
    fn pronoun_gender(&self, cluster: u32) -> Option<Gender> {
        match self.pronoun_counts.get(&cluster).copied()? {
            (male, 0) if male >= PRONOUNS_TO_AGREE => Some(Gender::Male),
            (0, female) if female >= PRONOUNS_TO_AGREE => Some(Gender::Female),
            _ => None,
        }
    }

    /// Where the role noun `lower` stood before token `before`.
    fn role_noun_before(&self, lower: &str, before: usize) -> &[usize] {
        let at = self.role_nouns.get(lower).map_or(&[][..], Vec::as_slice);
        &at[..at.partition_point(|&p| p < before)]
    }
}

impl LinkView<'_> {
    /// The text of token `i`; empty past the last token.
    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn lower_is(&self, i: usize, list: &(impl WordSet + ?Sized)) -> bool {
        list.has(self.word(i))
    }

    /// True when the word at `i` starts with an ASCII lower-case letter.
    fn starts_in_lower_case(&self, i: usize) -> bool {
        self.word(i).starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// The first token of the name, of cluster `cluster`, that covers
    /// token `i`.
    fn name_start(&self, i: usize, cluster: Option<u32>) -> usize {
        (0..i)
            .rev()
            .take_while(|&j| self.cluster_at[j] == cluster)
            .last()
            .unwrap_or(i)
    }

    /// Links every description and pronoun it can, in text order; and
    /// tells each cluster's gender where the article marks it.
    pub fn links(&self) -> Links {
        let mut linked = Linked::default();
        for i in 0..self.tokens.len() {
            let link = self.link_at(i, &linked);
            // `general` too, which ends roles (`Attorney General Jeff
            // Sessions`, then `the attorney general`).
            if self.lower_is(i, ROLE_NOUNS)
                || self.lower_is(i, INTRODUCED_ROLES)
                || self.lower_is(i, &["general"])
            {
                let lower = self.word(i).to_ascii_lowercase();
                linked.role_nouns.entry(lower).or_default().push(i);
            }
            if self.kind_at[i] == Some(EntityKind::Organization)
                && !self.quoted[i]
                && self.lower_is(i, INSTITUTION_NOUNS)
            {
                let lower = self.word(i).to_ascii_lowercase();
                linked.institution_names.insert(lower, i);
            }
            if let Some(noun) = self.kind_described(i) {
                linked
                    .institution_names
                    .insert(noun.to_ascii_lowercase(), i);
            }
            if let Some(c) = self.full_name_start(i) {
                let places = self.places_titling(i);
                if !places.is_empty() {
                    linked.title_places.entry(c).or_default().push(places);
                }
            }
            if let Some(link) = link {
                if let Some(gender) = pronoun_gender(self.word(i)) {
                    let (male, female) = linked.pronoun_counts.entry(link.2).or_default();
                    match gender {
                        Gender::Male => *male += 1,
                        Gender::Female => *female += 1,
                    }
                    if self.lower_is(i, SUBJECT_PRONOUNS) {
                        linked.description_at.entry(i).or_insert((link.2, i + 1));
                    }
                }
                linked.push(link);
            } else if let Some(link) = self.institution_description(i, &linked) {
                linked.links.push(link);
            }
        }
        let genders = (0..self.gender_of.len() as u32)
            .map(|c| self.known_gender(c, &linked))
            .collect();
        Links {
            mentions: linked.links,
            genders,
        }
    }

    /// The link of the pronoun or description that token `i` is or ends,
    /// if it is one and the links made before it tell whom it stands for.
    fn link_at(&self, i: usize, linked: &Linked) -> Option<Link> {
        if self.cluster_at[i].is_some() || self.quoted[i] {
            return None;
        }
        if let Some(gender) = pronoun_gender(self.word(i)) {
            self.speaker_of_words_before(i, linked, gender)
                .or_else(|| self.salient_person(i, linked, false, Some(gender), true))
                .map(|c| (i, i + 1, c))
        } else if self.lower_is(i, IT) {
            self.last_group(
                self.group_search_end(i),
                &[EntityKind::Organization, EntityKind::Location],
            )
            .map(|c| (i, i + 1, c))
        } else if self.lower_is(i, THEY) {
            self.last_group(self.group_search_end(i), &[EntityKind::Organization])
                .map(|c| (i, i + 1, c))
        } else if self.lower_is(i, ROLE_NOUNS) || self.introduced_role_in_lower_case(i) {
            self.description(i, linked)
        } else if let Some(det) = self.age_description(i) {
            self.salient_person(det, linked, true, None, false)
                .map(|c| (det, i + 1, c))
        } else {
            None
        }
    }

    /// `the [modifiers] ROLE` ending at `head`, linked to its person: the
    /// person it titles (`the Russian President Vladimir Putin`); the
    /// person named right after the same words earlier (`Russian President
    /// Vladimir Putin` for `the Russian president`); the person an
    /// apposition names (`the director general of ..., Kwon Jong Gun`);
    /// the person an earlier description with the same last words stood
    /// for (`the Korean leader` after `the North Korean leader`); else the
    /// salient person of earlier sentences. The modifiers are words: no
    /// description reaches over punctuation (`for the position,”
    /// President Trump said`).
    fn description(&self, head: usize, linked: &Linked) -> Option<Link> {
        let (start, end) = self.sentences[self.sentence_of[head]];
        // `the attorney general's rejection`, `the secretary general said`:
        // `general` ends the role unless a phrase goes on after it (`the
        // director general of ...`); such a role is linked only to the
        // person its apposition names or the same words titled earlier.
        let ends_in_general = head + 2 < end
            && self.lower_is(head + 1, &["general"])
            && !self.lower_is(head + 2, &["of"]);
        let head = head + usize::from(ends_in_general);
        let Some(det) = (start..head)
            .rev()
            .take(5)
            .take_while(|&j| {
                self.kind_at[j] != Some(EntityKind::Person)
                    && self.tokens[j].is_word()
                    && !self.lower_is(j, OTHER_DETERMINERS)
                    && !self.lower_is(j, PHRASE_BREAKERS)
            })
            .find(|&j| self.lower_is(j, &["the"]))
        else {
            return self.possessive_description(head, linked);
        };
        if let Some(person) = self
            .titled_after(head)
            .or_else(|| self.named_before(det, head))
        {
            return Some((det, head + 1, person));
        }
        // `the director general of ..., Kwon Jong Gun`: a role that goes
        // on is the person its apposition names, or no one known. After a
        // comma the apposition may be missing (`According to the
        // diplomat, before Russia moved in, ...`, `The president,
        // meanwhile, faces ...`).
        let goes_on = self.lower_is(head + 1, &["of", "general"]);
        if goes_on || head + 1 < end && self.word(head + 1) == "," {
            match self.apposition(head, end) {
                Some(person) => return Some((det, head + 1, person)),
                None if goes_on => return None,
                None => {}
            }
        }
        let words: Vec<String> = (det + 1..=head)
            .map(|j| self.word(j).to_lowercase())
            .collect();
        // Where the same role noun stood before: where the same words
        // may have ended earlier.
        let earlier = linked.role_noun_before(&self.word(head).to_ascii_lowercase(), det);
        let cluster = self
            .titled_person(&words, det, earlier)
            .or_else(|| self.same_description(&words, det, &linked.links))
            .or_else(|| {
                if self.introduced_unnamed(&words, det, earlier) {
                    None
                } else if self.lower_is(head, SPOKESPEOPLE) {
                    earlier
                        .iter()
                        .rev()
                        .find_map(|&role| self.person_soon_after(role))
                } else if self.lower_is(head, INTRODUCED_ROLES) {
                    earlier
                        .iter()
                        .rev()
                        .find_map(|&role| self.person_right_after(role))
                } else if ends_in_general {
                    // `the attorney general`: only the person the same
                    // words titled, not whoever the text is about.
                    None
                } else {
                    let gender = role_gender(self.word(head));
                    let speaks = self.description_speaks(det, head);
                    self.salient_person(det, linked, true, gender, speaks)
                        .filter(|&c| !self.titled_from_another_place(c, det + 1..head, linked))
                }
            })?;
        Some((det, head + 1, cluster))
    }

    /// True when the description's modifiers `modifiers` name a place
    /// (`the U.S. president`) and the article titled the person `c`'s full
    /// name, before them, only with other places (`Russian President
    /// Vladimir Putin`): the description is someone else's, though that
    /// person is salient.
    fn titled_from_another_place(
        &self,
        c: u32,
        modifiers: std::ops::Range<usize>,
        linked: &Linked,
    ) -> bool {
        let Some(titles) = linked.title_places.get(&c) else {
            return false;
        };
        let described = self.places_in(modifiers);
        !described.is_empty()
            && titles.iter().all(|places| {
                places
                    .iter()
                    .all(|p| !described.iter().any(|d| shares_place_stem(p, d)))
            })
    }

    /// The cluster whose full name starts at token `s`: a mention of two
    /// tokens or more that starts there (`the third US President Merkel`
    /// titles no one).
    fn full_name_start(&self, s: usize) -> Option<u32> {
        let c = self.cluster_at[s]?;
        (s > 0 && self.cluster_at[s - 1] != Some(c) && self.cluster_at.get(s + 1) == Some(&Some(c)))
            .then_some(c)
    }

    /// The places, in lower case, of the title right before the name
    /// starting at `s`: capitalised words (and `of`, `to`) holding a role
    /// noun (`Russian President`, `US Secretary of State`); none without
    /// a role noun.
    fn places_titling(&self, s: usize) -> Vec<String> {
        let title = (s.saturating_sub(TITLE_PLACE_REACH)..s)
            .rev()
            .take_while(|&j| {
                self.tokens[j].is_word()
                    && (!self.starts_in_lower_case(j) || self.lower_is(j, &["of", "to"]))
            })
            .last()
            .unwrap_or(s);
        if (title..s).any(|j| self.lower_is(j, ROLE_NOUNS)) {
            self.places_in(title..s)
        } else {
            Vec::new()
        }
    }

    /// The words in `range`, in lower case, that the entity model tags as
    /// places or nationalities, but for party words and seats of
    /// government.
    fn places_in(&self, range: std::ops::Range<usize>) -> Vec<String> {
        range
            .filter(|&j| {
                matches!(
                    self.kind_at[j],
                    Some(EntityKind::Location | EntityKind::Misc)
                ) && !self.lower_is(j, PARTY_WORDS)
                    && !self.lower_is(j, SEAT_WORDS)
            })
            .map(|j| self.word(j).to_lowercase())
            .collect()
    }

    /// `China's foreign minister`, `Putin's spokesman` ending at `head`: a
    /// role after the possessive of a name, linked to the person it
    /// titles (`China's foreign minister Wang Yi`), the person an
    /// apposition names, or the person the same words titled earlier,
    /// right after the owner's name or, for a place, its adjective
    /// (`Putin spokesman Dmitry Peskov`, `Chinese Foreign Minister Wang
    /// Yi`). Never the salient person, who is most often the owner
    /// (`Masood's mother`).
    fn possessive_description(&self, head: usize, linked: &Linked) -> Option<Link> {
        let (start, end) = self.sentences[self.sentence_of[head]];
        let clitic = (start..head)
            .rev()
            .take(POSSESSED_MODIFIERS + 1)
            .find(|&j| !(self.tokens[j].is_word() && self.starts_in_lower_case(j)))
            .filter(|&j| j > start && self.lower_is(j, POSSESSIVE_CLITICS))?;
        let owner = self.cluster_at[clitic - 1]?;
        let owner_start = self.name_start(clitic - 1, Some(owner));
        let person = self.titled_after(head).or_else(|| {
            if head + 1 < end && self.word(head + 1) == "," {
                return self.apposition(head, end);
            }
            let words: Vec<String> = (clitic + 1..=head)
                .map(|j| self.word(j).to_lowercase())
                .collect();
            // `Putin's spokesman Dmitry Peskov`, `Putin spokesman Dmitry
            // Peskov`: the same words right after the owner's name, or
            // after the adjective of a place's name (`Chinese Foreign
            // Minister Wang Yi` for `China's foreign minister`).
            let place = (self.kind_at[clitic - 1] == Some(EntityKind::Location))
                .then(|| self.word(clitic - 1).to_lowercase());
            let owned_by_owner = |role: usize| {
                let Some(first) = (role + 1).checked_sub(words.len()) else {
                    return false;
                };
                let owner_before = |j: usize| {
                    self.cluster_at[j] == Some(owner)
                        || place
                            .as_deref()
                            .is_some_and(|place| self.names_adjective_of(j, place))
                };
                let same_words = (first..=role)
                    .zip(&words)
                    .all(|(j, w)| self.word(j).eq_ignore_ascii_case(w));
                same_words
                    && first >= 1
                    && (owner_before(first - 1)
                        || first >= 2
                            && self.lower_is(first - 1, POSSESSIVE_CLITICS)
                            && owner_before(first - 2))
            };
            let earlier =
                linked.role_noun_before(&self.word(head).to_ascii_lowercase(), owner_start);
            earlier
                .iter()
                .rev()
                .filter(|&&role| owned_by_owner(role))
                .find_map(|&role| self.person_titled_after(role))
        })?;
        (person != owner).then_some((owner_start, head + 1, person))
    }

    /// The person the role noun at `role` titles: named within
    /// [`ROLE_NAME_REACH`] tokens after it, past the rest of the title
    /// (`Ambassador to Syria, Alexander Kinshchak`, `envoy to international
    /// representations in Geneva Alexei Borodavkin`); not a person a
    /// clause after the role names (`the Japanese top diplomat, he has
    /// met with Lavrov`, `the minister who met Lavrov`).
    fn person_titled_after(&self, role: usize) -> Option<u32> {
        let sentence_end = self.sentences[self.sentence_of[role]].1;
        let person = (role + 1..sentence_end.min(role + 1 + ROLE_NAME_REACH))
            .take_while(|&j| {
                pronoun_gender(self.word(j)).is_none()
                    && !self.lower_is(j, CLAUSE_OPENERS)
                    && !self.lower_is(j, ROLE_NOUNS)
            })
            .find(|&j| self.kind_at[j] == Some(EntityKind::Person))?;
        self.cluster_at[person]
    }

    /// True when token `j` is the adjective of the place whose name ends
    /// with `place` (in lower case): a capitalised word no person's name
    /// holds that shares its first [`ADJECTIVE_STEM`] letters (`Chinese`
    /// and `china`, `Turkish` and `turkey`, `Scottish` and `scotland`).
    fn names_adjective_of(&self, j: usize, place: &str) -> bool {
        let word = self.word(j);
        word.starts_with(|c: char| c.is_uppercase())
            && self.kind_at[j] != Some(EntityKind::Person)
            && word.chars().count() > ADJECTIVE_STEM
            && place.chars().count() >= ADJECTIVE_STEM
            && shares_place_stem(&word.to_lowercase(), place)
    }

    /// The determiner of `the 62-year-old` when token `end` is its `old`:
    /// an age standing for the person the article is about (`“Q,” the
    /// 62-year-old said`, `the 62-year-old, who ...`). Not an age before
    /// a noun or a name (`the 23-year-old Moreno`, `the 45-year-old
    /// mother`): only one before punctuation or a verb (a word in lower
    /// case ending in `s` or `d`: `said`, `says`, `was`, `told`). An
    /// indefinite one (`a 45-year-old man`) introduces someone new.
    fn age_description(&self, end: usize) -> Option<usize> {
        // Asked at every token: the cheap test first.
        if !self.lower_is(end, &["old"]) {
            return None;
        }
        let next = end + 1;
        let stands_alone = self.tokens.get(next).is_none_or(|t| !t.is_word())
            || self.starts_in_lower_case(next) && self.word(next).ends_with(['s', 'd']);
        if !stands_alone {
            return None;
        }
        let det = end.checked_sub(5)?;
        let glued =
            (det + 2..=end).all(|j| self.tokens[j].span.start == self.tokens[j - 1].span.end);
        let age = self.tokens[det + 1].kind == TokenKind::Number
            && self.word(det + 2) == "-"
            && self.lower_is(det + 3, &["year", "years"])
            && self.word(det + 4) == "-";
        (age && glued && self.lower_is(det, &["the"])).then_some(det)
    }

    /// The kind noun an apposition or a title gives the organisation
    /// whose name ends at `i` (`Uber, the ride-hailing company,`; `the
    /// Chinese firm Huawei`), so that `the company` later stands for it;
    /// `company` for a company's suffix (`Toshiba Corp`) or what only a
    /// company has (`Apple's shares`, `shares of Tesco`).
    fn kind_described(&self, i: usize) -> Option<&str> {
        let cluster = self.cluster_at[i];
        if self.kind_at[i] != Some(EntityKind::Organization)
            || self.quoted[i]
            || cluster.is_none()
            || self.cluster_at.get(i + 1) == Some(&cluster)
        {
            return None;
        }
        let first = self.name_start(i, cluster);
        let titled = first
            .checked_sub(1)
            .filter(|&j| self.lower_is(j, KIND_NOUNS) && self.starts_in_lower_case(j));
        let apposed = || {
            (self.word(i + 1) == "," && self.lower_is(i + 2, &["a", "an", "the"]))
                .then(|| {
                    (i + 3..i + 3 + APPOSED_KIND_REACH)
                        .take_while(|&j| {
                            self.tokens.get(j).is_some_and(|t| t.is_word())
                                && self.word(j).starts_with(|c: char| c.is_lowercase())
                        })
                        .find(|&j| self.lower_is(j, KIND_NOUNS))
                })
                .flatten()
        };
        // `Toshiba Corp`, `Tencent Holdings Ltd.`: a company by its name.
        let incorporated = || {
            let last = if self.word(i) == "." && i > first {
                i - 1
            } else {
                i
            };
            (last > first && self.lower_is(last, CORPORATE_SUFFIXES)).then_some("company")
        };
        // `Apple's shares`, `Twitter CEO Jack Dorsey`, `shares of Tesco`:
        // what only a company has.
        let traded = || {
            let after = if self.lower_is(i + 1, POSSESSIVE_CLITICS) {
                i + 2
            } else {
                i + 1
            };
            let owned = (after..after + 2).any(|j| {
                self.lower_is(j, CORPORATE_POSSESSIONS) && self.starts_in_lower_case_or_acronym(j)
            });
            let shares_of = first >= 2
                && self.lower_is(first - 1, &["of", "in"])
                && self.lower_is(first - 2, &["shares", "stock"]);
            (owned || shares_of).then_some("company")
        };
        titled
            .or_else(apposed)
            .map(|j| self.word(j))
            .or_else(incorporated)
            .or_else(traded)
    }

    /// True when the word at `i` is in lower case, or an acronym in
    /// capitals (`CEO`).
    fn starts_in_lower_case_or_acronym(&self, i: usize) -> bool {
        let word = self.word(i);
        word.starts_with(|c: char| c.is_lowercase())
            || word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase())
    }

    /// `the [modifiers] NOUN` ending at `head`, an institution noun in
    /// lower case outside quotes, linked to the organisation named with
    /// that noun most recently within [`INSTITUTION_SENTENCES`]
    /// sentences, when each modifier is a word of that name too (`the
    /// defence ministry` for `the Russian Defence Ministry`, not for `the
    /// Foreign Ministry`).
    fn institution_description(&self, head: usize, linked: &Linked) -> Option<Link> {
        if self.cluster_at[head].is_some()
            || self.quoted[head]
            || !(self.lower_is(head, INSTITUTION_NOUNS) || self.lower_is(head, KIND_NOUNS))
            || !self.starts_in_lower_case(head)
        {
            return None;
        }
        let sentence_start = self.sentences[self.sentence_of[head]].0;
        let det = (sentence_start..head)
            .rev()
            .take(INSTITUTION_MODIFIERS + 1)
            .take_while(|&j| {
                self.tokens[j].is_word()
                    && (self.lower_is(j, &["the"])
                        || self.word(j).starts_with(|c: char| c.is_lowercase()))
            })
            .find(|&j| self.lower_is(j, &["the"]))?;
        let named = *linked
            .institution_names
            .get(&self.word(head).to_ascii_lowercase())?;
        let reach = self.sentence_of[head].saturating_sub(INSTITUTION_SENTENCES);
        let cluster = self.cluster_at[named].filter(|_| self.sentence_of[named] >= reach)?;
        let name_start = self.name_start(named, Some(cluster));
        let name_words =
            || (name_start..self.tokens.len()).take_while(|&j| self.cluster_at[j] == Some(cluster));
        let modifiers_named = (det + 1..head)
            .all(|m| name_words().any(|j| self.word(j).eq_ignore_ascii_case(self.word(m))));
        modifiers_named.then_some((det, head + 1, cluster))
    }

    /// True when an indefinite noun phrase before `before`, that no name
    /// follows, ended with the last of `words` and held the others
    /// (`a senior administration official told ABC ...`, then `the
    /// senior administration official said`; `a senior White House
    /// adviser said ...`, then `the senior adviser confirmed`): the
    /// description goes back to someone the article leaves unnamed, not
    /// to the salient person. `earlier` holds where the last of `words`
    /// stood before `before`.
    fn introduced_unnamed(&self, words: &[String], before: usize, earlier: &[usize]) -> bool {
        let Some((_, modifiers)) = words.split_last() else {
            return false;
        };
        earlier
            .iter()
            .filter(|&&head| head < before && self.titled_after(head).is_none())
            .any(|&head| {
                let phrase = (head.saturating_sub(UNNAMED_PHRASE_WORDS)..head)
                    .rev()
                    .take_while(|&j| self.tokens[j].is_word())
                    .find(|&j| self.lower_is(j, &["a", "an"]));
                phrase.is_some_and(|article| {
                    modifiers
                        .iter()
                        .all(|m| (article + 1..head).any(|j| self.word(j).eq_ignore_ascii_case(m)))
                })
            })
    }

    /// The person whose name follows the role noun `head` as its title.
    fn titled_after(&self, head: usize) -> Option<u32> {
        (self.kind_at.get(head + 1) == Some(&Some(EntityKind::Person)))
            .then(|| self.cluster_at[head + 1])
            .flatten()
    }

    /// The person named within a few words after the role noun at `role`,
    /// in its sentence (`Spokesman, Dmitry Peskov,`, `spokesman
    /// Major-General Igor Konashenkov`, `spokeswoman for the Security
    /// Council Yelena Gitlyanskaya`); not one another role noun titles
    /// (`the spokesman for European Commission chief Jean-Claude
    /// Juncker`), nor the one the role serves, named right after `for`
    /// or `to` (`a spokesman for May`, `an aide to President Trump`).
    fn person_soon_after(&self, role: usize) -> Option<u32> {
        let sentence_end = self.sentences[self.sentence_of[role]].1;
        let first = (role + 1..sentence_end.min(role + 1 + ROLE_NAME_REACH))
            .find(|&j| self.kind_at[j] == Some(EntityKind::Person))?;
        let titled_by_another = first > role + 1 && self.lower_is(first - 1, ROLE_NOUNS);
        let served = first > role + 1
            && self.lower_is(role + 1, &["for", "to"])
            && (role + 2..first).all(|j| self.lower_is(j, ROLE_NOUNS));
        (!titled_by_another && !served)
            .then(|| self.cluster_at[first])
            .flatten()
    }

    /// True when token `i` is one of [`INTRODUCED_ROLES`] in lower case:
    /// a description, not a title within a name (`the Los Angeles
    /// District Attorney's office`).
    fn introduced_role_in_lower_case(&self, i: usize) -> bool {
        self.lower_is(i, INTRODUCED_ROLES) && self.starts_in_lower_case(i)
    }

    /// The person the role noun at `role` introduces: named right after
    /// it, or after a comma (`Judge James Robart`, `his lawyer, Harland
    /// Braun`); not one a few words on, who is more often the one the
    /// role serves (`the attorney for Alexei Navalny`).
    fn person_right_after(&self, role: usize) -> Option<u32> {
        let first = if self.word(role + 1) == "," {
            role + 2
        } else {
            role + 1
        };
        (self.kind_at.get(first) == Some(&Some(EntityKind::Person)))
            .then(|| self.cluster_at[first])
            .flatten()
    }

    /// True when the description from `det` to `head` is a speaker: the
    /// subject of a verb of saying (`the diplomat said`, `the Russian
    /// diplomat also noted`) or the one `according to` names. Such a
    /// description most often stands for the person who spoke before.
    fn description_speaks(&self, det: usize, head: usize) -> bool {
        let verb = if self.lower_is(head + 1, &["also"]) || self.word(head + 1).ends_with("ly") {
            head + 2
        } else {
            head + 1
        };
        self.lower_is(verb, POSTPOSED_SPEECH_VERBS)
            || det >= 2 && self.lower_is(det - 2, &["according"]) && self.lower_is(det - 1, &["to"])
    }

    /// `Sen. John McCain, the Senate Armed Services Committee chairman,
    /// called`: the person named right before a description set off by
    /// commas (its determiner at `det`, its head at `head`), whose
    /// apposition it is. Not before a description the comma does not
    /// close (`After meeting Putin, the president said`).
    fn named_before(&self, det: usize, head: usize) -> Option<u32> {
        let named = det >= 2
            && self.word(det - 1) == ","
            && self.word(head + 1) == ","
            && self.kind_at[det - 2] == Some(EntityKind::Person);
        named.then(|| self.cluster_at[det - 2]).flatten()
    }

    /// The person named after a comma later in the sentence.
    fn apposition(&self, head: usize, end: usize) -> Option<u32> {
        (head + 1..end).take(30).find_map(|j| {
            (self.word(j) == "," && j + 1 < end && self.kind_at[j + 1] == Some(EntityKind::Person))
                .then(|| self.cluster_at[j + 1])
                .flatten()
        })
    }

    /// A person named right after `words` before `before`; `earlier`
    /// holds where the last of `words` stood before `before`.
    fn titled_person(&self, words: &[String], before: usize, earlier: &[usize]) -> Option<u32> {
        let mut starts_at = earlier
            .iter()
            .map(|&last| last + 1)
            .filter(|&s| s >= words.len() && s < before);
        starts_at.find_map(|s| {
            let starts = self.kind_at[s] == Some(EntityKind::Person)
                && (s == 0 || self.cluster_at[s - 1] != self.cluster_at[s]);
            let titled = starts
                && (s - words.len()..s)
                    .zip(words)
                    .all(|(j, w)| self.word(j).eq_ignore_ascii_case(w));
            titled.then(|| self.cluster_at[s]).flatten()
        })
    }

    /// The cluster of an earlier description ending with the same words.
    fn same_description(&self, words: &[String], before: usize, links: &[Link]) -> Option<u32> {
        links.iter().rev().find_map(|&(a, b, c)| {
            (b <= before && b - a > words.len())
                .then(|| {
                    (b - words.len()..b)
                        .zip(words)
                        .all(|(j, w)| self.word(j).eq_ignore_ascii_case(w))
                        .then_some(c)
                })
                .flatten()
        })
    }

    /// The first person mentioned outside quotes before `at` in its
    /// sentence (unless `skip_sentence`: a description seldom means its
    /// own sentence's subject), else in the nearest earlier sentence that
    /// mentions one; with `speakers_first`, a person who speaks there
    /// before any other (`Moscow calls ... absurd the demand for Assad's
    /// resignation, Russia's envoy Alexei Borodavkin said. “Q,” he
    /// said.`); of the gender of the pronoun that asks, if any, when the
    /// article marks the person's; for a pronoun, never a person named
    /// soon after it in its clause, to whom it does or tells something.
    fn salient_person(
        &self,
        at: usize,
        linked: &Linked,
        skip_sentence: bool,
        gender: Option<Gender>,
        speakers_first: bool,
    ) -> Option<u32> {
        let sentence = self.sentence_of[at];
        // `She told Boyce`, `He warned that Mr Rutte`: a pronoun is no
        // one named soon after it in its clause, before any comma or
        // quote.
        let clause_end = self.sentences[sentence].1;
        let pronoun = pronoun_gender(self.word(at)).is_some();
        let named_in_clause = |c: u32| {
            pronoun
                && (at + 1..clause_end)
                    .take(CLAUSE_MATE_REACH)
                    .take_while(|&k| self.word(k) != "," && !self.quoted[k])
                    .any(|k| self.cluster_at[k] == Some(c))
        };
        let agrees = |c: &u32| self.agrees(*c, gender, linked) && !named_in_clause(*c);
        let first = if skip_sentence {
            sentence.checked_sub(1)?
        } else {
            sentence
        };
        // Past the sentences of a quote that ends right before (or in)
        // the pronoun's sentence, the one that introduced the quote:
        // `Abu Hadawa has not returned ... “Q1. Q2. Q3. Q4. Q5. Q6,” he
        // says.` Only that one: further back, the speaker is more often
        // someone the entity model did not read as a person.
        let quote_run = (0..first)
            .rev()
            .take_while(|&si| self.wholly_quoted(si))
            .count();
        let introducer = (0..first).rev().nth(quote_run).filter(|_| quote_run > 0);
        (0..=first)
            .rev()
            .take(SALIENCE_SENTENCES)
            .chain(introducer)
            .find_map(|si| {
                let (start, end) = self.sentences[si];
                let limit = if si == sentence { at } else { end };
                let from = self.past_fronted_phrase(start, limit);
                let speaker = || {
                    (from..limit)
                        .find_map(|j| self.speaking_person_at(j, limit, linked).filter(agrees))
                };
                speakers_first.then(speaker).flatten().or_else(|| {
                    (from..limit).find_map(|j| self.person_at(j, linked).filter(agrees))
                })
            })
    }

    /// The person mentioned at token `j` (outside quotes) whose mention a
    /// verb of saying follows before `limit`: the speaker a sentence is
    /// about (`..., Russian Deputy Foreign Minister Sergey Ryabkov said`),
    /// more than a person the words said name first (`Russian pilot
    /// Konstantin Yaroshenko`); not a person a subordinate clause holds
    /// (`..., after Trump said his administration was considering it`).
    fn speaking_person_at(&self, j: usize, limit: usize, linked: &Linked) -> Option<u32> {
        let person = self.person_at(j, linked)?;
        let past = match linked.description_at.get(&j) {
            Some(&(_, end)) => end,
            None => (j + 1..limit).find(|&k| self.person_at(k, linked) != Some(person))?,
        };
        let subordinate = || {
            (0..j)
                .rev()
                .take_while(|&k| self.word(k) != "," && self.sentence_of[k] == self.sentence_of[j])
                .any(|k| {
                    self.lower_is(k, OPENING_SUBORDINATORS) || self.lower_is(k, RELATIVE_WORDS)
                })
        };
        (self.lower_is(past, POSTPOSED_SPEECH_VERBS) && !subordinate()).then_some(person)
    }

    /// True when the pronoun at `i` is the subject of a verb of saying
    /// after a comma that ends its sentence soon after (`..., he told
    /// reporters.`, `..., it said in a statement.`): it attributes the
    /// words before it. Not after a clause a subordinator opens (`When
    /// asked about Trump, he said give him time`): what it says follows.
    fn attributes_words_before(&self, i: usize) -> bool {
        let (start, end) = self.sentences[self.sentence_of[i]];
        i > start + 1
            && self.word(i - 1) == ","
            && self.lower_is(i + 1, POSTPOSED_SPEECH_VERBS)
            && end - i <= POSTPOSED_ATTRIBUTION_TOKENS
            && !self.lower_is(start, OPENING_SUBORDINATORS)
    }

    /// The person a `he` or `she` at `i` that attributes the words before
    /// it ([`Self::attributes_words_before`]) stands for: the person those
    /// words open with, its subject (`Attorney General Jeff Sessions
    /// recused himself ..., he said`), else one named before them (`He will
    /// dine with Rex Tillerson ..., he told reporters`: not Tillerson).
    /// None when the pronoun attributes nothing.
    fn speaker_of_words_before(&self, i: usize, linked: &Linked, gender: Gender) -> Option<u32> {
        if !self.attributes_words_before(i) {
            return None;
        }
        let start = self.sentences[self.sentence_of[i]].0;
        let titled = (start..i)
            .take(SUBJECT_TITLE_WORDS + 1)
            .take_while(|&j| self.word(j).chars().next().is_some_and(char::is_uppercase))
            .find_map(|j| self.person_at(j, linked));
        titled
            .filter(|&c| self.agrees(c, Some(gender), linked))
            .or_else(|| self.salient_person(i, linked, true, Some(gender), true))
    }

    /// True when a pronoun of `gender` may stand for `cluster`: `Ms. Lynch
    /// ... He said`: a person of the other gender is no one the pronoun
    /// stands for. Where no honorific or first name marks the person's
    /// gender, the pronouns linked to them do when they agree (`Ri
    /// Tong-il ... He told ... he said`: no later `she` is his).
    fn agrees(&self, cluster: u32, gender: Option<Gender>, linked: &Linked) -> bool {
        let known = self.known_gender(cluster, linked);
        gender.is_none() || known.is_none() || known == gender
    }

    /// The gender of `cluster` as far as the article marks it: by the
    /// honorifics or first names of its mentions, else by the pronouns
    /// linked to it so far when they agree.
    fn known_gender(&self, cluster: u32, linked: &Linked) -> Option<Gender> {
        self.gender_of
            .get(cluster as usize)
            .copied()
            .flatten()
            .or_else(|| linked.pronoun_gender(cluster))
    }

    /// Where an `it` or `they` at `i` looks back from for its group: the
    /// start of its sentence when it attributes the words before it, else
    /// `i`.
    fn group_search_end(&self, i: usize) -> usize {
        if self.attributes_words_before(i) {
            self.sentences[self.sentence_of[i]].0
        } else {
            i
        }
    }

    /// Where the subject part of the sentence starting at `start` begins,
    /// looking no further than `limit`: past the comma that closes a
    /// phrase opening it with a participle of speaking or `In response
    /// to`, whose people are not its subject (`Speaking on RTÉ's Today
    /// with Sean O'Rourke, PJ Haverty said`, `In response to Michelle
    /// O'Neill's stance ..., he said`); else `start`.
    fn past_fronted_phrase(&self, start: usize, limit: usize) -> usize {
        let fronted = self.lower_is(start, SPEAKING_PARTICIPLES)
            || self.lower_is(start, &["in"]) && self.lower_is(start + 1, &["response"]);
        if !fronted {
            return start;
        }
        (start + 1..limit.min(start + FRONTED_PHRASE_TOKENS))
            .find(|&j| self.word(j) == ",")
            .map_or(start, |comma| comma + 1)
    }

    /// True when every word of sentence `si` lies between quote marks.
    fn wholly_quoted(&self, si: usize) -> bool {
        let (start, end) = self.sentences[si];
        (start..end).all(|j| self.quoted[j] || !self.tokens[j].is_word())
    }

    /// The person cluster mentioned at token `j` outside quotes: a name or
    /// an already linked description.
    fn person_at(&self, j: usize, linked: &Linked) -> Option<u32> {
        if self.quoted[j] {
            return None;
        }
        if self.kind_at[j] == Some(EntityKind::Person) {
            return self.cluster_at[j];
        }
        linked.description_at.get(&j).map(|&(c, _)| c)
    }

    /// The nearest earlier name of one of `kinds` outside quotes, in the
    /// sentence of `at` or the [`GROUP_SENTENCES`] before it.
    fn last_group(&self, at: usize, kinds: &[EntityKind]) -> Option<u32> {
        let first_sentence = self.sentence_of[at].saturating_sub(GROUP_SENTENCES);
        let from = self.sentences[first_sentence].0;
        (from..at).rev().find_map(|j| match self.kind_at[j] {
            Some(kind) if kinds.contains(&kind) && !self.quoted[j] => self.cluster_at[j],
            _ => None,
        })
    }
}

/// For each token: whether it lies between quote marks, by the marks'
/// roles (an ambiguous mark toggles; an opening mark while a quote is open
/// closes it, as a wrongly turned mark does far more often than a quote
/// nests); a paragraph break closes a quote.
pub fn quoted_tokens(tokens: &[Token], paragraph_of: &[usize]) -> Vec<bool> {
    let mut quoted = Vec::with_capacity(tokens.len());
    let mut open = false;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && paragraph_of[i] != paragraph_of[i - 1] {
            open = false;
        }
        let inside = match t.flags.quote {
            QuoteMark::Opening => {
                open = !open;
                true
            }
            QuoteMark::Closing => std::mem::replace(&mut open, false),
            QuoteMark::Ambiguous => {
                open = !open;
                true
            }
            QuoteMark::None => open,
        };
        quoted.push(inside);
    }
    quoted
}
