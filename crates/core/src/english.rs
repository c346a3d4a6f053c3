//! Closed English word lists that more than one stage reads.

/// Nouns that end a description of a person (`the North Korean leader`,
/// `a Homeland Security Department official`, `the MP`, `its CEO`).
pub const ROLE_NOUNS: &WordList = &WordList::new(&[
    "adviser",
    "advisor",
    "ambassador",
    "candidate",
    "ceo",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "commander",
    "congressman",
    "congresswoman",
    "diplomat",
    "director",
    "envoy",
    "executive",
    "governor",
    "head",
    "leader",
    "mep",
    "minister",
    "mp",
    "nominee",
    "official",
    "premier",
    "president",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strongman",
    "taoiseach",
    "tánaiste",
    "tanaiste",
]);

/// The last words of organisations' names and of the nouns that stand
/// for one (`Peter McVerry Trust`, `Cork University Maternity Hospital`,
/// `the government`): a person named right after one inside a mention is
/// a person of that organisation, and `it` may stand for the body one
/// heads.
pub const ORGANISATION_HEADS: &WordList = &WordList::new(&[
    "trust",
    "department",
    "university",
    "academy",
    "council",
    "institute",
    "foundation",
    "party",
    "agency",
    "bank",
    "commission",
    "committee",
    "hospital",
    "police",
    "service",
    "office",
    "group",
    "society",
    "association",
    "union",
    "ministry",
    "court",
    "company",
    "corporation",
    "nations",
    "government",
    "administration",
    "bureau",
    "embassy",
]);

/// Honorifics, and abbreviated ranks and titles, that only ever stand
/// before a person's name (`Sir` is part of the name in CoNLL; `Gen` and
/// `Col` open other things too: `Gen Z`, `Col de la Croix`). The model
/// read `Sgt McCabe` as an organisation in 35 of the Dai corpus's 59
/// `Sgt` + capitalised word, and `Fr O'Sullivan` as a place.
pub const NAME_HONORIFICS: &WordList = &WordList::new(&[
    "mr", "mrs", "ms", "dr", "sgt", "lt", "capt", "cpl", "maj", "adm", "supt", "insp", "det", "fr",
    "rev", "prof", "cllr",
]);

/// The possessive clitic, as the tokenizer splits it off its owner
/// (`Russia` `'s`); the cluster and quote stages both read it.
pub const POSSESSIVE_CLITICS: &WordList = &WordList::new(&["'s", "’s"]);

/// Prepositions: a mention right after one is no subject (`the results
/// of the poll show`, `after talks with Putin, Kim said`), and a name
/// right after one is no person an apposition describes (`In Washington,
/// the former president dove`).
pub const PREPOSITIONS: &WordList = &WordList::new(&[
    "of",
    "in",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "on",
    "about",
    "against",
    "into",
    "over",
    "under",
    "after",
    "before",
    "than",
    "between",
    "among",
    "toward",
    "towards",
    "during",
    "amid",
    "despite",
    "following",
    "within",
    "throughout",
    "off",
]);

/// Nouns of kinship for a man: a name right after one (`his father,
/// Pierre Trudeau`) names a man, a relative of someone the article is
/// about. The cluster and entity stages both read them.
pub const MALE_KINSHIP_NOUNS: &WordList = &WordList::new(&[
    "father",
    "son",
    "husband",
    "brother",
    "widower",
    "grandson",
    "grandfather",
    "uncle",
    "nephew",
    "half-brother",
    "stepbrother",
    "stepfather",
    "stepson",
]);

/// Nouns of kinship for a woman (`Kushner's wife, Ivanka Trump`).
pub const FEMALE_KINSHIP_NOUNS: &WordList = &WordList::new(&[
    "mother",
    "daughter",
    "wife",
    "sister",
    "widow",
    "granddaughter",
    "grandmother",
    "aunt",
    "niece",
    "half-sister",
    "stepsister",
    "stepmother",
    "stepdaughter",
]);

/// True when `word` is a noun of kinship in lower case: of
/// [`MALE_KINSHIP_NOUNS`], [`FEMALE_KINSHIP_NOUNS`], or `cousin` (not
/// the title of `Father Angel`).
pub fn is_kinship_noun(word: &str) -> bool {
    word.starts_with(|c: char| c.is_lowercase())
        && (kinship_gender(word).is_some() || word == "cousin")
}

/// The gender a noun of kinship marks (`wife`: female), if any.
pub fn kinship_gender(word: &str) -> Option<Gender> {
    if MALE_KINSHIP_NOUNS.contains(word) {
        Some(Gender::Male)
    } else if FEMALE_KINSHIP_NOUNS.contains(word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Determiners that say whose a noun is (`his daughter`).
pub const POSSESSIVE_DETERMINERS: &WordList =
    &WordList::new(&["his", "her", "their", "its", "my", "our", "your"]);

/// True when `word`, with or without its full stop, is one of
/// [`NAME_HONORIFICS`].
pub fn is_name_honorific(word: &str) -> bool {
    NAME_HONORIFICS.contains(word.strip_suffix('.').unwrap_or(word))
}

/// A person's gender, where the article marks it: by an honorific, a
/// pronoun, a first name or a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// `Mr.`, `he`, `spokesman`.
    Male,
    /// `Mrs.`, `Ms.`, `Miss`, `she`, `spokeswoman`.
    Female,
}

impl Gender {
    /// The label of the output schema: `male` or `female`.
    pub fn label(self) -> &'static str {
        match self {
            Gender::Male => "male",
            Gender::Female => "female",
        }
    }

    /// The other gender.
    pub fn other(self) -> Self {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
        }
    }
}

/// The days of the week, in lower case.
pub const WEEKDAYS: &WordList = &WordList::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]);

/// Pronouns that stand for a man.
pub const MALE_PRONOUNS: &WordList = &WordList::new(&["he", "him", "his"]);

/// Pronouns that stand for a woman.
pub const FEMALE_PRONOUNS: &WordList = &WordList::new(&["she", "her", "hers"]);

/// The gender the pronoun `word` marks, if it is one of [`MALE_PRONOUNS`]
/// or [`FEMALE_PRONOUNS`].
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    if MALE_PRONOUNS.has(word) {
        Some(Gender::Male)
    } else if FEMALE_PRONOUNS.has(word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a role noun marks by its ending (`spokesman`,
/// `chairwoman`), if any.
pub fn role_gender(noun: &str) -> Option<Gender> {
    let lower = noun.to_ascii_lowercase();
    if lower.ends_with("woman") {
        Some(Gender::Female)
    } else if lower.ends_with("man") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The ways news writes the countries and unions that head the names of
/// many bodies, with the short form a name is shown by (`U.S. Central
/// Command`, `United States Central Command` → `US Central Command`).
const SHORT_COUNTRY_NAMES: &[(&str, &str)] = &[
    ("U.S.A.", "US"),
    ("U.S.", "US"),
    ("U.S", "US"),
    ("United States", "US"),
    ("U.K.", "UK"),
    ("United Kingdom", "UK"),
    ("U.N.", "UN"),
    ("United Nations", "UN"),
    ("E.U.", "EU"),
    ("European Union", "EU"),
];

/// `name` with the country or union it opens written in its short form,
/// when more words follow it (`U.S. Central Command`, `United Nations
/// Security Council`), so that a body is shown by one name across
/// articles; `name` itself otherwise (`United States`, `U.S.`, `United
/// States of America`).
pub fn with_short_country_name(name: &str) -> std::borrow::Cow<'_, str> {
    SHORT_COUNTRY_NAMES
        .iter()
        .find_map(|&(long, short)| {
            let rest = name.strip_prefix(long)?.strip_prefix(' ')?;
            (!rest.is_empty() && !rest.starts_with("of ")).then(|| format!("{short} {rest}").into())
        })
        .unwrap_or(std::borrow::Cow::Borrowed(name))
}

/// True when `word` is one of `list`, ignoring ASCII case.
#[inline]
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// A closed set of words, matched ignoring ASCII case: a plain list
/// (`&["that", "which"]`, read word by word) or a [`WordList`].
pub trait WordSet {
    /// True when `word` is one of the set, ignoring ASCII case.
    fn has(&self, word: &str) -> bool;
}

impl WordSet for [&str] {
    #[inline]
    fn has(&self, word: &str) -> bool {
        is_one_of(word, self)
    }
}

impl<const N: usize> WordSet for [&str; N] {
    #[inline]
    fn has(&self, word: &str) -> bool {
        is_one_of(word, self)
    }
}

impl WordSet for WordList {
    fn has(&self, word: &str) -> bool {
        self.contains(word)
    }
}

/// Word lengths the summary of a [`WordList`] tells apart; words this
/// long or longer are looked up in the list itself.
const SUMMARISED_LENGTHS: usize = 32;

/// A closed word list read for every token: [`is_one_of`] with, made at
/// compile time, the first and last bytes of its words of each length, so
/// that most other words are turned away without reading the list.
pub struct WordList {
    words: &'static [&'static str],
    /// For each word length: bit `byte_bit(b)` for each first byte `b` of
    /// a word of that length.
    first_bytes_by_length: [u64; SUMMARISED_LENGTHS],
    /// For each word length: bit `byte_bit(b)` for each last byte `b` of
    /// a word of that length.
    last_bytes_by_length: [u64; SUMMARISED_LENGTHS],
    /// True when some word is empty or too long to summarise.
    has_unsummarised: bool,
}

/// The bit that stands for byte `b`, the same for both cases of an ASCII
/// letter (other bytes may share bits: the list decides).
const fn byte_bit(b: u8) -> u64 {
    1 << ((b | 0x20) & 63)
}

impl WordList {
    /// The list of `words`, summarised.
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut first_bytes_by_length = [0u64; SUMMARISED_LENGTHS];
        let mut last_bytes_by_length = [0u64; SUMMARISED_LENGTHS];
        let mut has_unsummarised = false;
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            if word.is_empty() || word.len() >= SUMMARISED_LENGTHS {
                has_unsummarised = true;
            } else {
                first_bytes_by_length[word.len()] |= byte_bit(word[0]);
                last_bytes_by_length[word.len()] |= byte_bit(word[word.len() - 1]);
            }
            i += 1;
        }
        WordList {
            words,
            first_bytes_by_length,
            last_bytes_by_length,
            has_unsummarised,
        }
    }

    /// True when `word` is one of the list, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let may_be_listed = match (bytes.first(), bytes.last()) {
            (Some(&first), Some(&last)) if bytes.len() < SUMMARISED_LENGTHS => {
                self.first_bytes_by_length[bytes.len()] & byte_bit(first) != 0
                    && self.last_bytes_by_length[bytes.len()] & byte_bit(last) != 0
            }
            _ => self.has_unsummarised,
        };
        may_be_listed && is_one_of(word, self.words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_before_more_words_is_written_short() {
        assert_eq!(
            with_short_country_name("U.S. Central Command"),
            "US Central Command"
        );
        assert_eq!(
            with_short_country_name("United States Central Command"),
            "US Central Command"
        );
        assert_eq!(
            with_short_country_name("United Nations Security Council"),
            "UN Security Council"
        );
        assert_eq!(with_short_country_name("U.S. officials"), "US officials");
        assert_eq!(with_short_country_name("United States"), "United States");
        assert_eq!(
            with_short_country_name("United States of America"),
            "United States of America"
        );
        assert_eq!(with_short_country_name("U.S."), "U.S.");
        assert_eq!(
            with_short_country_name("U.S.-led forces"),
            "U.S.-led forces"
        );
        assert_eq!(with_short_country_name("Unitedly"), "Unitedly");
    }

    #[test]
    fn is_one_of_ignores_ascii_case_and_nothing_else() {
        assert!(is_one_of("President", ROLE_NOUNS.words));
        assert!(is_one_of("SPOKESWOMAN", ROLE_NOUNS.words));
        assert!(!is_one_of("presidents", ROLE_NOUNS.words));
        assert!(!is_one_of("", ROLE_NOUNS.words));
        assert!(is_one_of("", &["", "a"]));
        // `@` and `` ` `` differ only in the case bit, but are no letters.
        assert!(!is_one_of("@a", &["`a"]));
        assert!(is_one_of("Über", &["Über"]));
        assert!(!is_one_of("über", &["Über"]));
    }

    #[test]
    fn a_word_list_finds_what_is_one_of_finds() {
        static LIST: WordList =
            WordList::new(&["he", "Über", "`a", "", "a-very-long-word-past-the-summary"]);
        let words = [
            "he",
            "HE",
            "He",
            "hE",
            "she",
            "h",
            "Über",
            "über",
            "ÜBER",
            "`a",
            "@a",
            "`A",
            "",
            "a-very-long-word-past-the-summary",
            "A-VERY-LONG-WORD-PAST-THE-SUMMARY",
            "a-very-long-word-past-the-summarY!",
            "president",
            "President",
        ];
        for word in words {
            assert_eq!(LIST.contains(word), is_one_of(word, LIST.words), "{word:?}");
            assert_eq!(
                ROLE_NOUNS.contains(word),
                is_one_of(word, ROLE_NOUNS.words),
                "{word:?}"
            );
        }
        assert!(ROLE_NOUNS.contains("SPOKESWOMAN"));
        static SHORT_ONLY: WordList = WordList::new(&["he"]);
        assert!(!SHORT_ONLY.contains(""));
        assert!(!SHORT_ONLY.contains("a-very-long-word-past-the-summary"));
    }

    #[test]
    fn every_word_set_answers_alike() {
        const LISTED: &[&str] = &["he", "she"];
        const SUMMARISED: &WordList = &WordList::new(&["he", "she"]);
        for word in ["He", "she", "her", ""] {
            let expected = is_one_of(word, LISTED);
            assert_eq!(LISTED.has(word), expected, "{word:?}");
            assert_eq!(["he", "she"].has(word), expected, "{word:?}");
            assert_eq!(SUMMARISED.has(word), expected, "{word:?}");
        }
    }
}
