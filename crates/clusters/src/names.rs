//! Name forms: the words of an entity mention as a name, without stray
//! full stops, titles or a leading article, and the tests that tie a short
//! form to a longer one (`Pompeo` ⊂ `Mike Pompeo`, `KCNA` = initials of
//! `Korean Central News Agency`).

use newsnlp_core::english::{WordList, ORGANISATION_HEADS};
use newsnlp_core::{is_quote_char, EntityKind, Token};

/// Words that open a person's mention as a title, never as part of the
/// name (`President Vladimir Putin`, `Secretary of State Mike Pompeo`).
const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "of",
    "state",
    "defense",
    "defence",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "gen",
    "general",
    "lt",
    "col",
    "colonel",
    "sgt",
    "cpl",
    "maj",
    "capt",
    "captain",
    "adm",
    "admiral",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "judge",
    "justice",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sir",
    "lord",
    "lady",
    "leader",
    "chairman",
    "chairwoman",
    "ceo",
    "director",
    "ambassador",
    "premier",
    "sheikh",
    "ayatollah",
    "rev",
    "reverend",
    "fr",
    "father",
    "bishop",
    "cardinal",
    "speaker",
    "chief",
    "deputy",
    "national",
    "security",
    "adviser",
    "advisor",
    "taoiseach",
    "tanaiste",
    "tánaiste",
    "det",
    "detective",
    "insp",
    "inspector",
    "supt",
    "superintendent",
    "sergeant",
    "cllr",
    "councillor",
    "dame",
    "sheriff",
    "mp",
    "mep",
    "td",
    "executive",
    "counsel",
    "head",
    "rt",
    "revd",
    "hon",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commissioner",
    "attorney",
    "congressman",
    "congresswoman",
    "envoy",
    "pc",
    "constable",
    "rabbi",
    "imam",
    "archbishop",
    "commander",
    "coach",
];

/// Words that name a minister's portfolio (`Minister for Finance-Michael
/// Noonan`): before a hyphen and a first name, a sign that the hyphen is
/// a lost space, not a double first name's.
const PORTFOLIOS: &[&str] = &[
    "finance",
    "affairs",
    "health",
    "justice",
    "interior",
    "education",
    "transport",
    "trade",
    "jobs",
    "energy",
    "environment",
    "agriculture",
    "communications",
    "housing",
    "enterprise",
    "employment",
    "culture",
];

/// Small words left out of an organisation's initials.
const INITIALS_SKIP: &[&str] = &["of", "the", "and", "for", "&", "de", "du", "la"];

/// An entity mention read as a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameForm {
    /// The name as it reads, words joined by single spaces where the text
    /// had space (`Kwon Jong. Gun` → `Kwon Jong Gun`).
    pub display: String,
    /// Its words, lower-cased, for matching.
    pub words: Vec<String>,
}

/// Reads the tokens `tokens` (an entity of type `kind`) as a name.
pub fn name_form(text: &str, tokens: &[Token], kind: EntityKind) -> NameForm {
    let word = |t: &Token| &text[t.span.range()];
    // Stray full stops inside a name (`Kwon Jong. Gun`); initials keep
    // theirs. A person's nickname in quote marks (`Marcia "Cia" Price`)
    // is no part of the name.
    let is_mark = |i: usize| word(&tokens[i]).chars().all(is_quote_char);
    let mut in_nickname = false;
    let kept: Vec<usize> = (0..tokens.len())
        .filter(|&i| {
            if kind == EntityKind::Person && is_mark(i) {
                in_nickname = !in_nickname;
                return false;
            }
            let stray_stop =
                word(&tokens[i]) == "." && i > 0 && word(&tokens[i - 1]).chars().count() > 1;
            // `[Donald] Trump`: the writer's brackets are no part of it.
            let bracket = matches!(word(&tokens[i]), "[" | "]");
            !(in_nickname || stray_stop || bracket)
        })
        .collect();
    // `Islamic State of Iraq and the Levant (ISIL` cut by the recognizer:
    // a parenthesis it never closes ends the name.
    let kept = match kept.iter().position(|&i| word(&tokens[i]) == "(") {
        Some(open) if open > 0 && !kept[open..].iter().any(|&i| word(&tokens[i]) == ")") => {
            kept[..open].to_vec()
        }
        _ => kept,
    };
    // `#Merylsayshi Meryl Streep`, `https://t.co/… Paul Ryan`: a hashtag,
    // handle or link a flattened tweet left before the name.
    let mut first = kept
        .iter()
        .take_while(|&&i| is_tweet_debris(word(&tokens[i])))
        .count()
        .min(kept.len().saturating_sub(1));
    if kept.len() > first + 1 && word(&tokens[kept[first]]).eq_ignore_ascii_case("the") {
        first += 1;
    }
    if kind == EntityKind::Person {
        // `While Aman did not ...`, `Does Trump ...`: a word that opens the
        // sentence, taken into the name, would name the whole cluster.
        // `then-King Abdullah`, `But-Dave Chappelle`: the hyphen a lost
        // space left goes with the opener.
        let leads = |w: &str| is_title(w) || SENTENCE_OPENERS.contains(w) || w == "-";
        while first + 1 < kept.len()
            && leads(word(&tokens[kept[first]]))
            && !names_royal(
                word(&tokens[kept[first]]),
                kept.len() - first - 1,
                word(&tokens[kept[kept.len() - 1]]),
            )
        {
            first += 1;
        }
    }
    let mut display = String::new();
    let mut words = Vec::new();
    for (n, &i) in kept[first..].iter().enumerate() {
        let glued = n > 0 && i > 0 && tokens[i - 1].span.end == tokens[i].span.start;
        if !display.is_empty() && !glued {
            display.push(' ');
        }
        display.push_str(word(&tokens[i]));
        if glued {
            if let Some(last) = words.last_mut() {
                let last: &mut String = last;
                last.push_str(&word(&tokens[i]).to_lowercase());
                continue;
            }
        }
        words.push(word(&tokens[i]).to_lowercase());
    }
    let form = NameForm { display, words };
    before_glued_verb(&form).unwrap_or(form)
}

/// True when `word` is a hashtag, a handle or a link, which a name never
/// starts with.
fn is_tweet_debris(word: &str) -> bool {
    word.len() > 1 && (word.starts_with(['#', '@']) || word.contains("://"))
}

/// Verbs that scraped news glues to the name before them with a hyphen,
/// where a lost space was (`Joe Biden-spoke`, `Zabihullah Mujahid-told Al
/// Jazeera`), beyond those [`is_glued_verb`] knows by their ending.
const GLUED_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "spoke", "speaks", "paid", "wrote", "writes", "adds", "asks",
    "asked", "added",
];

/// Participles that make a compound adjective with the name before the
/// hyphen (`UK-based`, `Kurdish-backed`, `state-owned`): part of the name.
const COMPOUND_PARTICIPLES: &[&str] = &[
    "based",
    "owned",
    "backed",
    "funded",
    "linked",
    "controlled",
    "sponsored",
    "affiliated",
    "allied",
    "supported",
    "related",
    "aligned",
    "registered",
    "listed",
    "headquartered",
    "focused",
];

/// True when `part`, after a hyphen in a name, is a verb or adverb the
/// hyphen glued on (`-complained`, `-rightly`, `-told`), not the second
/// syllable of a name (`Kim Jong-un`, `Ban Ki-moon`) nor a participle of
/// a compound (`UK-based`).
fn is_glued_verb(part: &str) -> bool {
    part.starts_with(|c: char| c.is_lowercase())
        && !COMPOUND_PARTICIPLES.contains(&part)
        && (GLUED_VERBS.contains(&part)
            || part.chars().count() >= 5 && (part.ends_with("ed") || part.ends_with("ly")))
}

/// The name before a verb that a lost space's hyphen glued to it, and
/// all that follows (`Donald Trump-complained` → `Donald Trump`), if any.
fn before_glued_verb(form: &NameForm) -> Option<NameForm> {
    let shown = shown_words(form)?;
    let (k, head) = shown.iter().enumerate().find_map(|(k, word)| {
        let (head, part) = word.split_once('-')?;
        (is_glued_verb(part) && !head.is_empty()).then_some((k, head))
    })?;
    let display = shown[..k]
        .iter()
        .copied()
        .chain(std::iter::once(head))
        .collect::<Vec<_>>()
        .join(" ");
    let words = form.words[..k]
        .iter()
        .cloned()
        .chain(std::iter::once(head.to_lowercase()))
        .collect();
    Some(NameForm { display, words })
}

/// The person a mention names after a title inside it (`House Minority
/// Leader Nancy Pelosi`, `Master Sgt. Mike Maroney`, `Lee County Sheriff
/// Mike Scott`) or after an organisation's name (`Peter McVerry Trust Pat
/// Doyle`), or after one the entity recognizer took into an organisation
/// (`Chancellor Philip Hammond`, `State Rex Tillerson` out of `Secretary
/// of State Rex Tillerson`, `Jobs Mary Mitchell O'Connor` out of
/// `Minister for Jobs ...`, `UN Vitaly Churkin`): a word that
/// [`introduces_person`], then a first name `is_first_name` knows and one
/// or two more capitalised words. The name is those words alone, as a
/// canonical name is, so that the person's quotes add up across articles;
/// a royal title stays with its name (`Queen Elizabeth II`).
pub fn person_after_title(
    form: &NameForm,
    is_first_name: impl Fn(&str) -> bool,
) -> Option<NameForm> {
    let shown = shown_words(form)?;
    let n = shown.len();
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let k = (1..n).find(|&k| {
        introduces_person(shown[k - 1])
            && (2..=3).contains(&(n - k))
            && is_first_name(&form.words[k])
            && shown[k..].iter().all(capitalised)
    })?;
    if names_royal(shown[k - 1], n - k, shown[n - 1]) {
        return Some(name_from(shown[k - 1], form, &shown, k));
    }
    Some(name_from(shown[k], form, &shown, k + 1))
}

/// The person a mention names after a hyphen that a lost space left, in
/// scraped news that wrote a dash as a hyphen (`Metropolitan
/// Police-Neil Basu`, `German-Foreign Minister-Sigmar Gabriel`,
/// `succeed-Francois Hollande`, `MSNBC's-Rachel Maddow`): a word whose
/// last hyphenated part is a first name `is_first_name` knows, then one or
/// two more words, where the part before the hyphen cannot begin a double
/// first name: words stand before it in the mention, or it is in lower
/// case, a possessive, a title or a minister's portfolio
/// (`Finance-Michael Noonan`). A double first name at the mention's start
/// keeps its first part (`Jean-Marie Le Pen`, `Hans-Peter Kammerer`).
pub fn person_after_lost_space(
    form: &NameForm,
    is_first_name: impl Fn(&str) -> bool,
) -> Option<NameForm> {
    let shown = shown_words(form)?;
    let n = shown.len();
    let (k, first) = (0..n)
        .filter(|&k| (1..=2).contains(&(n - k - 1)))
        .find_map(|k| {
            let (before, first) = shown[k].rsplit_once('-')?;
            let before = before.rsplit('-').next().unwrap_or(before);
            let lost_space = k > 0
                || before.starts_with(|c: char| c.is_lowercase())
                || before.ends_with("'s")
                || before.ends_with("’s")
                || is_title(before)
                || is_in(PORTFOLIOS, before);
            let named = lost_space
                && first.starts_with(|c: char| c.is_uppercase())
                && is_first_name(&first.to_lowercase());
            named.then_some((k, first))
        })?;
    Some(name_from(first, form, &shown, k + 1))
}

/// The person a mention names after an honorific that a lost space's
/// hyphen glued to the name (`Mr-Coveney`, `Mrs-May`), which the entity
/// model may read as an organisation: the name without it.
pub fn person_after_glued_honorific(form: &NameForm) -> Option<NameForm> {
    let first = form.display.split(' ').next()?;
    let (honorific, name) = first.split_once('-')?;
    let named = crate::link::honorific_gender(honorific).is_some()
        && name.starts_with(|c: char| c.is_uppercase())
        && !name.contains('-');
    named.then(|| shown_words(form).map(|shown| name_from(name, form, &shown, 1)))?
}

/// The words of `form` as shown, one for each of its lower-case words;
/// none where the two do not pair up.
fn shown_words(form: &NameForm) -> Option<Vec<&str>> {
    let shown: Vec<&str> = form.display.split(' ').collect();
    (shown.len() == form.words.len()).then_some(shown)
}

/// The name of `first` (as shown), then the words of `form` from the
/// `rest`-th on (`shown` as [`shown_words`] gives them).
fn name_from(first: &str, form: &NameForm, shown: &[&str], rest: usize) -> NameForm {
    let display = std::iter::once(first)
        .chain(shown[rest..].iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    let words = std::iter::once(first.to_lowercase())
        .chain(form.words[rest..].iter().cloned())
        .collect();
    NameForm { display, words }
}

/// Words that open a sentence and are never a person's first name, which
/// the entity recognizer sometimes takes into the name after them.
const SENTENCE_OPENERS: &WordList = &WordList::new(&[
    "while",
    "when",
    "if",
    "as",
    "after",
    "before",
    "although",
    "though",
    "because",
    "since",
    "unlike",
    "despite",
    "does",
    "did",
    "do",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "but",
    "and",
    "yet",
    "then",
    "meanwhile",
    "also",
    "why",
    "how",
    "what",
    "where",
    "whether",
    "concerning",
]);

/// True when `title` is a royal title before one name and, at most, a
/// regnal number (`King Salman`, `Pope Francis`, `Queen Elizabeth II`):
/// such a person is known by title and name together, and the name alone
/// would join a fuller name it shares (`King Salman` is not `Mohammed bin
/// Salman`). `rest` words follow the title, the last of them `last`.
fn names_royal(title: &str, rest: usize, last: &str) -> bool {
    crate::link::royal_title_gender(title).is_some()
        && (rest == 1 || rest == 2 && is_regnal_number(last))
}

/// True when `word` is a regnal number in Roman numerals (`II`, `XVI`).
fn is_regnal_number(word: &str) -> bool {
    !word.is_empty() && word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn is_title(word: &str) -> bool {
    is_in(TITLES, word)
}

/// True when `word`, right before a person's name inside a mention,
/// says who the person is: a title (not `of`), an organisation's last
/// word or acronym, or a minister's portfolio.
fn introduces_person(word: &str) -> bool {
    let bare = word.trim_end_matches('.').to_lowercase();
    let listed = |list: &[&str]| list.contains(&bare.as_str());
    bare != "of" && (listed(TITLES) || ORGANISATION_HEADS.contains(&bare) || listed(PORTFOLIOS))
        || could_be_acronym(word)
}

/// True when `word`, without a full stop and in lower case, is in `list`.
fn is_in(list: &[&str], word: &str) -> bool {
    let bare = word.trim_end_matches('.').to_lowercase();
    list.contains(&bare.as_str())
}

/// True when `short` is the first or last words of `long` and shorter
/// (`Pompeo` of `Mike Pompeo`, `Kim` of `Kim Jong-un`).
pub fn is_short_form(short: &[String], long: &[String]) -> bool {
    !short.is_empty()
        && short.len() < long.len()
        && (long.starts_with(short) || long.ends_with(short))
}

/// True when `acronym` (as written) spells the initials of `long`'s
/// capitalised words (`KCNA` of `Korean Central News Agency`).
pub fn is_acronym_of(acronym: &str, long: &str) -> bool {
    could_be_acronym(acronym) && spells_initials(acronym, long)
}

/// True when `word` has the form of an acronym: 2 to 6 capitals, full
/// stops aside (`KCNA`, `U.N.`). Cheap, so callers comparing one word
/// with many names ask it once.
pub fn could_be_acronym(word: &str) -> bool {
    let mut letters = word.chars().filter(|&c| c != '.');
    let count = letters.clone().count();
    (2..=6).contains(&count) && letters.all(char::is_uppercase)
}

/// True when the letters of `acronym` (full stops aside) are the initials
/// of `long`'s words, short function words skipped.
fn spells_initials(acronym: &str, long: &str) -> bool {
    acronym_letters(acronym).count() > 1 && acronym_letters(acronym).eq(initials(long))
}

/// The letters of `acronym`, full stops aside (`U.N.` → `UN`).
pub fn acronym_letters(acronym: &str) -> impl Iterator<Item = char> + '_ {
    acronym.chars().filter(|&c| c != '.')
}

/// The first letters of `long`'s words, short function words skipped
/// (`Korean Central News Agency` → `KCNA`, `Bank of England` → `BE`).
pub fn initials(long: &str) -> impl Iterator<Item = char> + '_ {
    long.split_whitespace()
        .filter(|w| {
            !INITIALS_SKIP
                .iter()
                .any(|skip| w.eq_ignore_ascii_case(skip))
        })
        .filter_map(|w| w.chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsnlp_core::{QuoteMark, ShapeClass, Span, TokenFlags, TokenKind};

    /// Tokens at the whitespace-separated words of `text`, with full stops
    /// after a word split off.
    fn tokens(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut push = |start: usize, end: usize| {
            out.push(Token {
                span: Span::new(start, end),
                kind: TokenKind::Word,
                shape: ShapeClass::Title,
                flags: TokenFlags {
                    sentence_initial: false,
                    quote: QuoteMark::None,
                },
            })
        };
        let mut at = 0;
        for word in text.split(' ') {
            if word.len() > 2 && word.ends_with('.') && !word[..word.len() - 1].contains('.') {
                push(at, at + word.len() - 1);
                push(at + word.len() - 1, at + word.len());
            } else {
                push(at, at + word.len());
            }
            at += word.len() + 1;
        }
        out
    }

    fn form(text: &str, kind: EntityKind) -> NameForm {
        name_form(text, &tokens(text), kind)
    }

    #[test]
    fn a_quoted_nickname_is_no_part_of_a_persons_name() {
        let f = form("Marcia \" Cia \" Price", EntityKind::Person);
        assert_eq!(f.display, "Marcia Price");
        assert_eq!(f.words, ["marcia", "price"]);
    }

    #[test]
    fn a_sentence_opener_taken_into_a_persons_name_is_dropped() {
        // `While Aman did not ...` named Aman's whole cluster `While Aman`.
        assert_eq!(form("While Aman", EntityKind::Person).display, "Aman");
        assert_eq!(
            form("But - Dave Chappelle", EntityKind::Person).display,
            "Dave Chappelle"
        );
        // A name that is nothing else keeps its word; other kinds keep
        // theirs.
        assert_eq!(form("Does", EntityKind::Person).display, "Does");
        assert_eq!(
            form("Unlike Mary", EntityKind::Organization).display,
            "Unlike Mary"
        );
    }

    #[test]
    fn a_verb_glued_to_a_name_by_a_lost_space_is_cut_off() {
        let display = |text: &str, kind| form(text, kind).display;
        assert_eq!(display("Joe Biden-spoke", EntityKind::Person), "Joe Biden");
        assert_eq!(
            display("Zabihullah Mujahid-told Al Jazeera", EntityKind::Person),
            "Zabihullah Mujahid"
        );
        assert_eq!(
            display("US Central Command-told", EntityKind::Organization),
            "US Central Command"
        );
        assert_eq!(
            display("Nisar Majid-rightly", EntityKind::Person),
            "Nisar Majid"
        );
        // A compound's participle and the second syllable of a Korean or
        // Chinese given name stay.
        assert_eq!(
            display("UK-based Syrian Observatory", EntityKind::Organization),
            "UK-based Syrian Observatory"
        );
        assert_eq!(display("Kim Jong-un", EntityKind::Person), "Kim Jong-un");
        assert_eq!(display("Ban Ki-moon", EntityKind::Person), "Ban Ki-moon");
        assert_eq!(display("Lee Hee-beom", EntityKind::Person), "Lee Hee-beom");
    }

    #[test]
    fn brackets_tweet_debris_and_an_unclosed_parenthesis_are_no_part_of_a_name() {
        // Canonical names read `Donald] Trump`, `#Merylsayshi Streep` and
        // `Levant (ISIL` in scraped news.
        let display = |text: &str, kind| form(text, kind).display;
        assert_eq!(
            display("Donald ] Trump", EntityKind::Person),
            "Donald Trump"
        );
        assert_eq!(
            display("#Merylsayshi Meryl Streep", EntityKind::Person),
            "Meryl Streep"
        );
        assert_eq!(
            display("https://t.co/58KiuHmITF Paul Ryan", EntityKind::Person),
            "Paul Ryan"
        );
        assert_eq!(display("Levant ( ISIL", EntityKind::Organization), "Levant");
        // A closed parenthesis and a name that is nothing but a hashtag
        // stay.
        assert_eq!(
            display("Levant ( ISIL )", EntityKind::Organization),
            "Levant ( ISIL )"
        );
        assert_eq!(display("#NJSP", EntityKind::Organization), "#NJSP");
    }

    #[test]
    fn stray_full_stop_in_a_name_is_dropped() {
        let f = form("Kwon Jong. Gun", EntityKind::Person);
        assert_eq!(f.display, "Kwon Jong Gun");
        assert_eq!(f.words, ["kwon", "jong", "gun"]);
    }

    #[test]
    fn a_person_named_after_a_title_inside_a_mention_is_that_person() {
        let first_names = [
            "nancy", "philip", "rex", "mike", "peter", "pat", "vitaly", "matthew",
        ];
        let known = |w: &str| first_names.contains(&w);
        let person =
            |text: &str, kind| person_after_title(&form(text, kind), known).map(|f| f.display);
        use EntityKind::{Organization, Person};
        for (mention, kind, name) in [
            // Pelosi had several canonical names in the news corpus.
            ("House Minority Leader Nancy Pelosi", Person, "Nancy Pelosi"),
            // The entity recognizer's organisations that end in a person.
            ("Chancellor Philip Hammond", Organization, "Philip Hammond"),
            ("State Rex Tillerson", Organization, "Rex Tillerson"),
            ("Lee County Sheriff Mike Scott", Person, "Mike Scott"),
            // After an organisation's name or acronym.
            ("UN Vitaly Churkin", Organization, "Vitaly Churkin"),
            (
                "United Nations Matthew Rycroft",
                Organization,
                "Matthew Rycroft",
            ),
            ("Peter McVerry Trust Pat Doyle", Organization, "Pat Doyle"),
        ] {
            assert_eq!(person(mention, kind).as_deref(), Some(name), "{mention}");
        }
        // No title before the first name, an unknown first name, `of`
        // (`The Tale of Peter Rabbit`), or too long a rest.
        assert_eq!(
            person("People's Liberation Army Navy", EntityKind::Organization),
            None
        );
        assert_eq!(person("Leader Kwame Nkrumah", EntityKind::Person), None);
        assert_eq!(person("Tale of Peter Rabbit", EntityKind::Misc), None);
        assert_eq!(
            person("Chancellor Mike Jones Smith Brown", EntityKind::Person),
            None
        );
    }

    #[test]
    fn a_person_after_an_honorific_a_lost_space_glued_is_that_person() {
        let person =
            |text: &str, kind| person_after_glued_honorific(&form(text, kind)).map(|f| f.display);
        assert_eq!(
            person("Mr-Coveney", EntityKind::Organization).as_deref(),
            Some("Coveney")
        );
        assert_eq!(
            person("Mrs-May", EntityKind::Person).as_deref(),
            Some("May")
        );
        assert_eq!(
            person("Ms-Jane Smith", EntityKind::Person).as_deref(),
            Some("Jane Smith")
        );
        // No honorific before the hyphen: a double name, or another word.
        assert_eq!(person("Jean-Marie Le Pen", EntityKind::Person), None);
        assert_eq!(person("Coca-Cola", EntityKind::Organization), None);
        assert_eq!(person("Mr-", EntityKind::Person), None);
    }

    #[test]
    fn a_person_after_a_hyphen_a_lost_space_left_is_that_person() {
        let first_names = [
            "neil", "sigmar", "francois", "rachel", "marie", "peter", "michael",
        ];
        let known = |w: &str| first_names.contains(&w);
        let person = |text: &str| {
            person_after_lost_space(&form(text, EntityKind::Person), known).map(|f| f.display)
        };
        assert_eq!(
            person("Metropolitan Police-Neil Basu").as_deref(),
            Some("Neil Basu")
        );
        assert_eq!(
            person("German-Foreign Minister-Sigmar Gabriel").as_deref(),
            Some("Sigmar Gabriel")
        );
        assert_eq!(
            person("succeed-Francois Hollande").as_deref(),
            Some("Francois Hollande")
        );
        assert_eq!(
            person("MSNBC's-Rachel Maddow").as_deref(),
            Some("Rachel Maddow")
        );
        // A double first name opening the mention stays whole.
        assert_eq!(person("Jean-Marie Le Pen"), None);
        assert_eq!(person("Hans-Peter Kammerer"), None);
        // A portfolio before the hyphen is a minister's.
        assert_eq!(
            person("Finance-Michael Noonan").as_deref(),
            Some("Michael Noonan")
        );
    }

    #[test]
    fn titles_are_stripped_from_people_only() {
        // `Taoiseach Enda Kenny` named his cluster in Irish news.
        assert_eq!(
            form("Taoiseach Enda Kenny", EntityKind::Person).display,
            "Enda Kenny"
        );
        assert_eq!(
            form("Det Supt John Smith", EntityKind::Person).display,
            "John Smith"
        );
        assert_eq!(
            form("Secretary of State Mike Pompeo", EntityKind::Person).display,
            "Mike Pompeo"
        );
        assert_eq!(form("President", EntityKind::Person).display, "President");
        assert_eq!(
            form("Department of State", EntityKind::Organization).display,
            "Department of State"
        );
        assert_eq!(
            form("the United States", EntityKind::Location).display,
            "United States"
        );
    }

    /// `King Salman` read as `Salman` joined `Mohammed bin Salman`, his
    /// son, and `Pope Francis` was named `Francis`.
    #[test]
    fn a_royal_title_before_one_name_stays_in_the_name() {
        let display = |text: &str| form(text, EntityKind::Person).display;
        assert_eq!(display("King Salman"), "King Salman");
        assert_eq!(display("Pope Francis"), "Pope Francis");
        assert_eq!(display("Queen Elizabeth II"), "Queen Elizabeth II");
        assert_eq!(display("Prince Mohammed bin Salman"), "Mohammed bin Salman");
        assert_eq!(display("Prince Harry Windsor"), "Harry Windsor");
        let known = |w: &str| w == "elizabeth";
        let organisation = form("Queen Elizabeth II", EntityKind::Organization);
        assert_eq!(
            person_after_title(&organisation, known).map(|f| f.display),
            Some("Queen Elizabeth II".to_string())
        );
    }

    #[test]
    fn surnames_and_acronyms_match_their_long_forms() {
        let words = |s: &str| form(s, EntityKind::Person).words;
        assert!(is_short_form(&words("Pompeo"), &words("Mike Pompeo")));
        assert!(is_short_form(&words("Kim"), &words("Kim Jong-un")));
        assert!(!is_short_form(&words("Jong"), &words("Kwon Jong Gun")));
        assert!(is_acronym_of("KCNA", "Korean Central News Agency"));
        assert!(is_acronym_of("U.N.", "United Nations"));
        assert!(!is_acronym_of("Kim", "Korean Independent Media"));
    }
}
