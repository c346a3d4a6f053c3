//! Finding quotes and their speakers in one annotated document.

use std::borrow::Cow;

use newsnlp_core::{
    tokens_within, Diagnostic, Document, EntityCluster, EntityKind, FastMap, Quote, QuoteKind,
    QuoteMark, ShapeClass, Span, Token, TokenKind, TokenSpans,
};

use newsnlp_core::english::{
    is_name_honorific, is_one_of, pronoun_gender, role_gender, with_short_country_name, Gender,
    WordList, WordSet, ORGANISATION_HEADS, POSSESSIVE_CLITICS, PREPOSITIONS, ROLE_NOUNS, WEEKDAYS,
};

use crate::content_ends::{ContentEnds, Report, SentenceWords};
use crate::lexicon::{CueLexicon, TokenRoles};
use crate::reports::ReportScorer;
use crate::time_words::{names_a_time, DAY_PARTS, RELATIVE_DAYS, TIME_SPANS};
use crate::STAGE_NAME;

/// Pronouns that can stand for a speaker.
const SPEAKER_PRONOUNS: &WordList = &WordList::new(&["he", "she", "i", "we", "they", "it"]);

/// Verbs whose object is what was said, whatever its form.
const SPEECH_VERBS: &WordList = &WordList::new(&[
    "add",
    "added",
    "adds",
    "announced",
    "argued",
    "claimed",
    "declared",
    "denied",
    "explained",
    "insisted",
    "noted",
    "said",
    "say",
    "says",
    "stated",
    "warned",
    "wrote",
    "told",
    "tells",
    "acknowledged",
    "admitted",
    "conceded",
    "suggested",
    "predicted",
    "reported",
    "reports",
]);

/// The present tense of verbs of saying that set off an attribution
/// inside the words they report (`If this argument fails, Mr. Castañeda
/// argues, there are other tools`); as objects after their cue, these
/// are left to the report scorer.
const PRESENT_SPEECH_VERBS: &[&str] = &[
    "acknowledges",
    "admits",
    "argues",
    "claims",
    "concedes",
    "contends",
    "explains",
    "insists",
    "notes",
    "warns",
    "writes",
];

/// Verbs that report the clause before them when their attribution ends
/// the sentence (`, fundraising documents show.`, `, Fox found.`, `, the
/// campaigns agree.`), and only then: elsewhere they have objects of
/// their own (`found the money`, `shows no sign`).
const SENTENCE_CLOSING_CUES: &WordList = &WordList::new(&[
    "show",
    "shows",
    "showed",
    "found",
    "finds",
    "revealed",
    "reveals",
    "confirmed",
    "confirms",
    "indicate",
    "indicates",
    "indicated",
    "believe",
    "believes",
    "think",
    "thinks",
    "agree",
    "agrees",
    "argue",
    "insist",
    "maintain",
    "maintains",
    "concluded",
    "concludes",
    "estimate",
    "estimates",
    "estimated",
    "speculated",
    "surmised",
    "complain",
    "complained",
    "implies",
    "tweeted",
    "posted",
    "observed",
    "cautioned",
    "stressed",
    "emphasized",
    "asserted",
    "boasted",
    "joked",
    "quipped",
    "scolded",
    "testified",
]);

/// Tokens that may open a full direct quote when they stand before its mark.
fn opens_statement(prev: &str) -> bool {
    matches!(prev, "," | ":" | ";" | "—" | "–" | "-" | "(")
}

/// Quote marks that pair with one another: a quote opened with a double
/// mark is closed by a double mark, one opened with a single mark by a
/// single mark. Each family is paired on its own; a quote of one family
/// nested in a quote of another is part of the outer one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkFamily {
    /// `"` `“` `”` `«` `»` `„` `‟`, and `''` and ``` `` ``` as typewriters
    /// and the NYT write them.
    Double,
    /// `'` `‘` `’` `‚` `‛`: British news quotes with them, and they
    /// double as apostrophes.
    Single,
    /// `‹` `›`: single guillemets, which are never apostrophes.
    SingleGuillemet,
    /// `「` `」`.
    Corner,
    /// `『` `』`.
    WhiteCorner,
}

impl MarkFamily {
    const ALL: [MarkFamily; 5] = [
        MarkFamily::Double,
        MarkFamily::Single,
        MarkFamily::SingleGuillemet,
        MarkFamily::Corner,
        MarkFamily::WhiteCorner,
    ];

    /// The family of the quote mark `s`, if it is one.
    fn of(s: &str) -> Option<MarkFamily> {
        match s {
            "\"" | "“" | "”" | "«" | "»" | "„" | "‟" | "''" | "``" => {
                Some(MarkFamily::Double)
            }
            "'" | "‘" | "’" | "‚" | "‛" => Some(MarkFamily::Single),
            "‹" | "›" => Some(MarkFamily::SingleGuillemet),
            "「" | "」" => Some(MarkFamily::Corner),
            "『" | "』" => Some(MarkFamily::WhiteCorner),
            _ => None,
        }
    }
}

/// The person whose name a comma sets off right before the article at
/// `article` (`Bernie Sanders, a`), by the view's `entities`, the
/// `entity_of` each token and the tokens' `words`.
fn set_off_person_before(
    entities: &[(usize, usize, EntityKind)],
    entity_of: &[u32],
    words: &[&str],
    article: usize,
) -> Option<(usize, usize)> {
    let comma = article.checked_sub(1)?;
    if !is_one_of(words.get(article)?, &["a", "an", "the"]) || words[comma] != "," {
        return None;
    }
    let e = *entity_of.get(comma.checked_sub(1)?)?;
    let &(a, b, kind) = entities.get(e as usize)?;
    (kind == EntityKind::Person && b == comma).then_some((a, b))
}

/// Words that open a compound modifier before a participle and a hyphen
/// (`self-described`, `so-called`, `well-known`, `often-cited`).
const COMPOUND_MODIFIER_ADVERBS: &[&str] = &[
    "self", "so", "well", "ill", "often", "oft", "much", "long", "widely", "highly", "little",
    "ever", "never", "best", "most", "least", "less",
];

/// The tokens of `doc` as the extractor reads them: without a hyphen right
/// after a colon (`said:-"Q"`, `said: - "Q"`), nor one that stands for a
/// space the text lost after a comma, glued to it and to a word in lower
/// case (`Nickolay Mladenov, the United Nations envoy,-said`), or after a
/// quote's closing mark, glued to it and to a word in lower case (`"Q,"-a
/// senior adviser said`, `"Q,"-says Barthel`), or after a verb of saying,
/// glued to it and to the next word (`said-the`, `says-Karageorgopoulos`),
/// so that the punctuation and the verb are read right before what
/// follows them. Borrowed when the document has none.
fn reading_tokens(doc: &Document) -> Cow<'_, [Token]> {
    let tokens = doc.layers.token_items();
    let stands_for_space = |i: usize| {
        let text = |j: usize| &doc.text[tokens[j].span.range()];
        let glued_before_lower_case =
            || is_inner_hyphen(&doc.text, tokens, i) && text(i + 1).starts_with(char::is_lowercase);
        i > 0
            && i + 1 < tokens.len()
            && text(i) == "-"
            && (text(i - 1) == ":"
                || text(i - 1) == "," && glued_before_lower_case()
                || matches!(text(i - 1), "\"" | "”") && glued_before_lower_case()
                || SPEECH_VERBS.contains(text(i - 1)) && is_inner_hyphen(&doc.text, tokens, i))
    };
    let Some(first) = (0..tokens.len()).position(stands_for_space) else {
        return Cow::Borrowed(tokens);
    };
    // The tokens before the first such hyphen are kept without a second
    // look.
    let rest = (first + 1..tokens.len())
        .filter(|&i| !stands_for_space(i))
        .map(|i| tokens[i]);
    Cow::Owned(tokens[..first].iter().copied().chain(rest).collect())
}

/// True when token `i` is a hyphen inside a word (`Russia-NATO`,
/// `self-described`), glued to the tokens on both sides.
fn is_inner_hyphen(text: &str, tokens: &[Token], i: usize) -> bool {
    let glued = |a: usize, b: usize| matches!((tokens.get(a), tokens.get(b)), (Some(x), Some(y)) if x.span.end == y.span.start);
    i > 0
        && tokens.get(i).is_some_and(|t| &text[t.span.range()] == "-")
        && glued(i - 1, i)
        && glued(i, i + 1)
}

/// Words an apostrophe elides the start of (`’em`, `’til`, `rock ’n’
/// roll`): a single mark before one opens no quote.
const ELIDED_WORDS: &[&str] = &["em", "til", "cause", "n", "tis", "twas", "bout"];

/// A view of the document that the extractor walks.
pub(crate) struct View<'a> {
    /// The cue lexicon.
    lexicon: &'a CueLexicon,
    text: &'a str,
    /// The tokens it reads: the document's, as [`reading_tokens`] gives
    /// them.
    tokens: &'a [Token],
    /// For each token: its text.
    words: Vec<&'a str>,
    /// For each token: its sentence index.
    sentence_of: Vec<usize>,
    /// Token ranges of the sentences.
    sentences: Vec<(usize, usize)>,
    /// For each token: its paragraph index (0 outside every paragraph).
    paragraph_of: Vec<usize>,
    /// Token range `(first, past)` of each paragraph.
    paragraphs: Vec<(usize, usize)>,
    /// The first token after the headline: the end of a first paragraph
    /// of one sentence, with more paragraphs after it; none without one.
    headline_end: Option<usize>,
    /// Entities as token ranges.
    entities: Vec<(usize, usize, EntityKind)>,
    boilerplate: Vec<bool>,
    /// For each token: whether it is a cue word.
    cues: Vec<bool>,
    /// For each token: whether it is a weak cue word (empty when weak cues
    /// are not looked for).
    weak_cues: Vec<bool>,
    /// For each token: whether it is a common noun that names speakers.
    source_heads: Vec<bool>,
    /// For each token: the index of the entity covering it, or
    /// [`NO_ENTITY`].
    entity_of: Vec<u32>,
    /// The document's entity clusters.
    clusters: &'a [EntityCluster],
    /// For each token: the cluster of the mention covering it, or
    /// [`NO_ENTITY`].
    cluster_at: Vec<u32>,
    /// For each token: the token range of the description or pronoun
    /// covering it that the cluster stage linked to a cluster.
    linked_at: Vec<Option<(usize, usize)>>,
    /// The model of where indirect contents end.
    ends: &'a ContentEnds,
}

const NO_ENTITY: u32 = u32::MAX;

impl<'a> View<'a> {
    /// The view of `doc`, over `tokens` (its tokens as [`reading_tokens`]
    /// gives them); with `weak_cues`, weak cue words are marked too.
    fn new(
        doc: &'a Document,
        tokens: &'a [Token],
        lexicon: &'a CueLexicon,
        ends: &'a ContentEnds,
        weak_cues: bool,
    ) -> Self {
        let words: Vec<&str> = tokens.iter().map(|t| &doc.text[t.span.range()]).collect();
        let within = |span: Span| tokens_within(tokens, span);
        let TokenSpans {
            ranges: mut sentences,
            of_token: sentence_of,
        } = TokenSpans::new(tokens, doc.layers.sentence_items());
        for (start, end) in &mut sentences {
            *end = end_before_lost_characters(&doc.text, tokens, *start, *end);
            *start = start_past_bullets(&doc.text, tokens, *start, *end);
        }
        let TokenSpans {
            ranges: paragraphs,
            of_token: paragraph_of,
        } = TokenSpans::new(tokens, doc.layers.paragraph_items());
        let headline_end = paragraph_of
            .iter()
            .position(|&p| p > 0)
            .filter(|&body| body > 0 && sentence_of[0] == sentence_of[body - 1]);
        let entities: Vec<(usize, usize, EntityKind)> = doc
            .layers
            .entity_items()
            .iter()
            .map(|e| {
                let (a, b) = within(e.span);
                (a, b, e.kind)
            })
            .collect();
        let boilerplate = doc.layers.within_boilerplate(tokens, |t| t.span);
        let mut entity_of = vec![NO_ENTITY; tokens.len()];
        for (e, &(a, b, _)) in entities.iter().enumerate() {
            entity_of[a..b.min(tokens.len())]
                .iter_mut()
                .for_each(|x| *x = e as u32);
        }
        let clusters = doc.layers.cluster_items();
        let mut cluster_at = vec![NO_ENTITY; tokens.len()];
        let mut linked_at = vec![None; tokens.len()];
        for (c, cluster) in clusters.iter().enumerate() {
            for m in &cluster.mentions {
                let (a, b) = within(*m);
                cluster_at[a..b].iter_mut().for_each(|x| *x = c as u32);
                if entity_of.get(a).is_none_or(|&e| e == NO_ENTITY) {
                    linked_at[a..b].iter_mut().for_each(|x| *x = Some((a, b)));
                }
            }
        }
        let opens_sentence = |i: usize| sentences[sentence_of[i]].0 == i;
        let TokenRoles {
            mut cues,
            weak_cues,
            source_heads,
        } = lexicon.token_roles(&doc.text, tokens, weak_cues, opens_sentence);
        // `Zero Hedge said`, `Will Smith told`: no word of a person's
        // full name is a cue (`zero` is one by its stem, from `zeroed
        // in on`).
        // Nor, in running text, is a capitalised word of any other name of
        // several words (`New Hope Group`, `the Champions League`, `Network
        // Rail said`). Headlines in title case (`Obama Says ...`) are often
        // taken for names of other kinds, so those keep their cues.
        let word = |i: usize| words.get(i).copied().unwrap_or("");
        let starts_lower = |i: usize| word(i).chars().next().is_some_and(char::is_lowercase);
        let in_running_text = |a: usize| {
            sentences
                .get(sentence_of[a])
                .is_some_and(|&(start, end)| !is_title_case((start..end).map(word)))
        };
        for &(a, b, kind) in &entities {
            if b - a < 2 {
                continue;
            }
            let running_text = kind != EntityKind::Person && in_running_text(a);
            for (i, cue) in cues.iter_mut().enumerate().take(b).skip(a) {
                // A verb glued to the name by a lost space (`Clay County
                // Sheriff's Office-announced`) is still a cue, and so is a
                // sentence's first word (`Citing Justice Department
                // officials`), whose capital its place gave it.
                if kind == EntityKind::Person
                    || running_text && !starts_lower(i) && !opens_sentence(i)
                {
                    *cue = false;
                }
            }
        }
        let capitals = |i: usize| word(i).len() > 1 && word(i).chars().all(char::is_uppercase);
        let person_set_off_before = |article: usize| {
            set_off_person_before(&entities, &entity_of, &words, article).is_some()
        };
        let starts_upper = |i: usize| word(i).chars().next().is_some_and(char::is_uppercase);
        for (i, cue) in cues.iter_mut().enumerate() {
            // `ABC Radio's Chris Watson contributed to this report.`: a
            // byline's credit reports nothing.
            if *cue && credits_reporting(word, i) {
                *cue = false;
            }
            // `HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He’s been ...`: a
            // heading in capitals reports nothing.
            if *cue && capitals(i) && (i > 0 && capitals(i - 1) || capitals(i + 1)) {
                *cue = false;
            }
            // `Photos Provided to China Daily`, `a co-founder of the new
            // group Say NO to KHTO`, `Have You Ever Wondered was based
            // on`: in running text, a capitalised word inside a sentence
            // is part of a name or title, not a verb; a participle may
            // open a sentence the splitter ran on into (`where they belong
            // Shouting “resign”, the protesters`), but not after another
            // capitalised word.
            if *cue && starts_upper(i) && !opens_sentence(i) && in_running_text(i) {
                let participle = word(i).ends_with("ing") || word(i).ends_with("ed");
                if !participle || i > 0 && starts_upper(i - 1) {
                    *cue = false;
                }
            }
            // `the so-called deal`, `its often-cited directive`, `a
            // self-proclaimed republic`: a cue word joined by a hyphen to
            // an adverb of a compound modifier is part of it. Other words
            // before a hyphen are often a space the text lost
            // (`statement-said`, `Gere once-described`). `Bernie Sanders,
            // a self-described socialist` reports what the person set off
            // before calls themselves.
            if *cue
                && i >= 2
                && is_one_of(word(i - 2), COMPOUND_MODIFIER_ADVERBS)
                && is_inner_hyphen(&doc.text, tokens, i - 1)
                && !(is_one_of(word(i - 2), &["self"]) && i >= 3 && person_set_off_before(i - 3))
            {
                *cue = false;
            }
            // `As Professor Foner put it: “Q”`: the idiom reports what
            // follows.
            if is_one_of(word(i), PUT_IT) && is_one_of(word(i + 1), &["it"]) {
                *cue = true;
            }
            // `have a say on`, `the final say`, `a decisive say`: the
            // noun, which reports nothing.
            if is_one_of(word(i), &["say"])
                && i > 0
                && names_a_say(word(i - 1), i.checked_sub(2).map_or("", word))
            {
                *cue = false;
            }
            // `Flynn was about to become`: the future, not a topic.
            if is_one_of(word(i), &["about"])
                && is_one_of(word(i + 1), &["to"])
                && i > 0
                && PASSIVE_AUXILIARIES.contains(word(i - 1))
            {
                *cue = false;
            }
        }
        View {
            lexicon,
            text: &doc.text,
            tokens,
            words,
            sentence_of,
            sentences,
            paragraph_of,
            paragraphs,
            headline_end,
            entities,
            boilerplate,
            cues,
            weak_cues,
            source_heads,
            entity_of,
            clusters,
            cluster_at,
            linked_at,
            ends,
        }
    }

    /// The text of token `i`; empty past the last token, so that looking
    /// ahead of a cue at the very end of an article is safe.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    pub(crate) fn lower_is(&self, i: usize, list: &(impl WordSet + ?Sized)) -> bool {
        list.has(self.word(i))
    }

    /// True when token `i` opens a noun phrase or a relative clause: a
    /// determiner, a possessive or a relative word.
    fn opens_noun_phrase(&self, i: usize) -> bool {
        self.lower_is(i, DETERMINERS) || self.lower_is(i, RELATIVE_OPENERS)
    }

    /// True when the word at token `i` starts with a lower-case letter.
    fn starts_in_lower_case(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// True when the word at token `i` starts with an upper-case letter.
    fn starts_in_upper_case(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when token `i` is glued to the token before it (no space
    /// between them).
    fn glued_to_previous(&self, i: usize) -> bool {
        i > 0
            && self
                .tokens
                .get(i)
                .is_some_and(|t| self.tokens[i - 1].span.end == t.span.start)
    }

    /// True when token `i` is a dash that sets words off: `--`, `—`, `–`,
    /// or `-` with no word glued to it (not `Dubai-and`, `long-running`).
    fn sets_off_words(&self, i: usize) -> bool {
        let word = self.word(i);
        is_dash(word)
            && (word != "-" || !self.glued_to_previous(i) && !self.glued_to_previous(i + 1))
    }

    /// True when the word at token `i` is capitalised and goes on a
    /// capitalised word before it in its sentence.
    fn continues_capitalised(&self, i: usize) -> bool {
        let sentence_start = self.sentences[self.sentence_of[i]].0;
        i > sentence_start && self.starts_in_upper_case(i) && self.starts_in_upper_case(i - 1)
    }

    /// True when token `i` is a hyphen inside a word (`Russia-NATO`,
    /// `high-ranking`), glued to the tokens on both sides.
    fn is_inner_hyphen(&self, i: usize) -> bool {
        is_inner_hyphen(self.text, self.tokens, i)
    }

    /// True when token `i` is a hyphen glued to the token after it, which
    /// in flattened text stands for a lost space after a word (`also-voted`,
    /// `also -praised`, `told DW-it was`).
    fn is_hyphen_glued_to_next(&self, i: usize) -> bool {
        self.word(i) == "-" && self.is_glued_to_next(i)
    }

    /// True when no space stands between token `i` and the token after it.
    fn is_glued_to_next(&self, i: usize) -> bool {
        self.tokens
            .get(i + 1)
            .is_some_and(|next| next.span.start == self.tokens[i].span.end)
    }

    /// True when token `i` belongs to a name or description in words: a
    /// word, a possessive clitic, or a hyphen inside a word
    /// (`Russia's`, `Russian-Iranian`).
    fn is_phrase_word(&self, i: usize) -> bool {
        self.tokens[i].is_word() || self.lower_is(i, POSSESSIVE_CLITICS) || self.is_inner_hyphen(i)
    }

    /// True when token `i` is the apostrophe of a possessive with no `s`
    /// after it (`Ross’ business ties`, `Galois' theory`): glued to a word
    /// ending in `s` or `z`, a word after it.
    fn is_bare_possessive(&self, i: usize) -> bool {
        self.glued_to_plural(i) && self.tokens.get(i + 1).is_some_and(|t| t.is_word())
    }

    /// True when token `i` is glued to a word before it that ends in `s`
    /// or `z`, as the apostrophe of a bare possessive is.
    fn glued_to_plural(&self, i: usize) -> bool {
        self.glued_to_previous(i) && self.word(i - 1).ends_with(['s', 'z'])
    }

    /// True when token `i` is a quote mark, of any role; false past the
    /// last token.
    pub(crate) fn is_quote_mark(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.flags.quote != newsnlp_core::QuoteMark::None)
    }

    /// The word before the closing quote mark at `close`, past the
    /// marks of quotes within that close with it (`decade,'”`: the
    /// comma); empty when there is none.
    fn word_before_closing(&self, close: usize) -> &'a str {
        (0..close)
            .rev()
            .find(|&j| !self.is_quote_mark(j))
            .map_or("", |j| self.word(j))
    }

    pub(crate) fn is_cue(&self, i: usize) -> bool {
        self.cues.get(i).copied().unwrap_or(false)
    }

    /// True when token `i` is an auxiliary or a form of `be`.
    fn is_auxiliary(&self, i: usize) -> bool {
        self.lower_is(i, AUXILIARIES) || self.lower_is(i, PASSIVE_AUXILIARIES)
    }

    /// True when token `i` marks a possessive: the clitic `'s`, or the
    /// apostrophe of a bare one (`the manufacturers' organization`).
    fn is_possessive_mark(&self, i: usize) -> bool {
        self.lower_is(i, POSSESSIVE_CLITICS) || matches!(self.word(i), "'" | "’")
    }

    /// Token `i`, or the one after it when `i` is a character the
    /// encoding lost (`“Q,”?Cuban said`: the attribution after the mark).
    fn past_lost_character(&self, i: usize) -> usize {
        let lost = self
            .tokens
            .get(i)
            .is_some_and(|t| t.is_lost_character(self.text));
        i + usize::from(lost)
    }

    /// True when token `i` is a cue word used as a verb: not after a
    /// determiner, where it is a noun (`in a statement`, `the statement
    /// said`).
    fn is_cue_verb(&self, i: usize) -> bool {
        self.is_cue(i) && !self.follows_determiner(i)
    }

    /// True when a determiner stands right before token `i`.
    fn follows_determiner(&self, i: usize) -> bool {
        i > 0 && self.lower_is(i - 1, DETERMINERS)
    }

    /// True when token `i` is an adverb that may stand in a verb group: one
    /// in `-ly` in lower case, or one of [`LINKING_ADVERBS`] (`also`,
    /// `then`).
    fn is_verb_group_adverb(&self, i: usize) -> bool {
        reads_as_lower_case_adverb(self.word(i)) || self.lower_is(i, LINKING_ADVERBS)
    }

    /// The cue lexicon the view marks cues by.
    pub(crate) fn lexicon(&self) -> &'a CueLexicon {
        self.lexicon
    }
    fn is_weak_cue(&self, i: usize) -> bool {
        self.weak_cues.get(i).copied().unwrap_or(false)
    }

    /// The token range `[a, b)` that `span` covers.
    pub(crate) fn token_range(&self, span: Span) -> (usize, usize) {
        tokens_within(self.tokens, span)
    }

    /// The closing punctuation of the sentence that ends before token
    /// `end`, or `end` when it has none.
    fn closing_punctuation(&self, end: usize) -> usize {
        if self.tokens[end - 1].kind == TokenKind::Punct {
            end - 1
        } else {
            end
        }
    }

    /// `content` without the lost characters it ends with (`punched
    /// McLaurin "squarely in the jaw,"?`).
    fn without_lost_end(&self, content: Span) -> Span {
        let (a, b) = self.token_range(content);
        self.span(
            a,
            end_before_lost_characters(self.text, self.tokens, a + 1, b),
        )
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span {
            start: self.tokens[a].span.start,
            end: self.tokens[b - 1].span.end,
        }
    }

    pub(crate) fn entity_at(&self, i: usize) -> Option<(usize, usize, EntityKind)> {
        let e = *self.entity_of.get(i)?;
        (e != NO_ENTITY).then(|| self.entities[e as usize])
    }

    /// A speaker mention starting or ending at token `i`: an entity, a
    /// description or pronoun the cluster stage linked, a pronoun, or a
    /// noun that names speakers (`officials`, `the spokesman`).
    fn mention_at(&self, i: usize) -> Option<(usize, usize)> {
        if i >= self.tokens.len() {
            return None;
        }
        if let Some((a, b, kind)) = self.entity_at(i) {
            if kind != EntityKind::Misc || self.word(b - 1).ends_with('s') {
                return Some(self.with_head_noun(a, b));
            }
        }
        if self.lower_is(i, SPEAKER_PRONOUNS) && !self.is_object_it(i) {
            return Some((i, i + 1));
        }
        if let Some((a, b)) = self.linked_at[i].filter(|&(a, b)| b > a + 1) {
            return Some((a, b));
        }
        if self.heads_speakers(i) {
            let role = self.lower_is(i, ROLE_NOUNS);
            // Walk back to the determiner: `the spokesman`, `two officials`.
            let sentence_start = self.sentences[self.sentence_of[i]].0;
            let det = (sentence_start..i)
                .rev()
                .take(5)
                .take_while(|&j| {
                    // `the US but critics say`: not across a conjunction
                    // that joins clauses only; `The senator met with
                    // leaders`: nor across a preposition that ends a noun
                    // phrase.
                    // `The killings are what critics described`: nor
                    // across a verb or `what`.
                    self.tokens[j].is_word()
                        && !self.lower_is(j, RELATIVE_OPENERS)
                        && !self.lower_is(j, CLAUSE_ONLY_CONJUNCTIONS)
                        && !self.lower_is(j, VERBS_OUTSIDE_NOUN_PHRASES)
                        && !self.ends_noun_phrase_before(j)
                })
                // Not `as many as`, nor a capitalised word inside a name
                // (`Part Two of`); a capitalised article after a
                // capitalised word opens a sentence the text ran on into
                // (`... Obamacare The Trump administration was`).
                .find(|&j| {
                    self.lower_is(j, SPEAKER_DETERMINERS)
                        && !self.lower_is(j + 1, &["as"])
                        && (self.lower_is(j, ARTICLES) || !self.continues_capitalised(j))
                })
                // `the two leaders`, `his many critics`: a number or
                // quantifier after an article or possessive.
                .map(|j| {
                    let counted = j > sentence_start
                        && self.lower_is(j, COUNTING_DETERMINERS)
                        && self.lower_is(j - 1, DETERMINERS);
                    j - usize::from(counted)
                });
            // `a senior administration official`: a noun that names
            // speakers may modify the next one, which heads the phrase.
            // Not a role before a name (`police spokesman Basir Mujahid`,
            // `committee chairman, Republican Richard Burr,`), which the
            // name's mention heads.
            // `the UN secretary general`: `general` after a role is part of
            // it.
            let mut end = i + 1;
            while end < self.tokens.len()
                && end - i < COMPOUND_SPEAKER_NOUNS
                && self.starts_in_lower_case(end)
                && (self.heads_compound_of_speakers(end) || self.lower_is(end, &["general"]))
            {
                end += 1;
            }
            let names_after = (end..self.tokens.len()).take(ROLE_NAME_GAP + 1).any(|j| {
                self.entity_at(j)
                    .is_some_and(|(a, _, kind)| a == j && kind == EntityKind::Person)
            });
            if names_after {
                end = i + 1;
            }
            // `South Sudan's president`: a possessive determines a role
            // as an article does, and the phrase opens with its owner;
            // not where the role modifies a noun after it (`Trump's
            // executive order`).
            let heads_phrase = || {
                !(end < self.tokens.len()
                    && self.tokens[end].is_word()
                    && self.starts_in_lower_case(end)
                    && reads_as_head_noun(self, end))
            };
            let det = det.or_else(|| self.possessor_start(i).filter(|_| heads_phrase()));
            // `officials said`: a speaker noun needs no determiner; a role
            // noun does (`the president`, not `president`).
            return match det {
                Some(det) => Some((det, end)),
                None if !role => Some((i, end)),
                None => None,
            };
        }
        None
    }

    /// True when the word at `i` is a preposition that ends the noun
    /// phrase before it: not the `of` of a part (`a group of
    /// researchers`), nor one within a name or title, between capitalised
    /// words (`Church in Wales`) or in `commander in chief`.
    fn ends_noun_phrase_before(&self, i: usize) -> bool {
        let capitalised = |j: usize| j < self.tokens.len() && !self.starts_in_lower_case(j);
        let in_name_or_title = || {
            i > 0 && capitalised(i - 1) && capitalised(i + 1)
                || self.lower_is(i, &["in"]) && self.lower_is(i + 1, &["chief"])
        };
        self.lower_is(i, PREPOSITIONS) && !self.lower_is(i, &["of"]) && !in_name_or_title()
    }

    /// Where the owner starts of a possessive (`'s`) that determines the
    /// noun at token `head`, past at most two modifiers in lower case
    /// (`Russia's top diplomat`): the owner's entity, else the word
    /// before the `'s`.
    fn possessor_start(&self, head: usize) -> Option<usize> {
        let sentence_start = self.sentences[self.sentence_of[head]].0;
        let clitic = (sentence_start..head)
            .rev()
            .take(POSSESSED_MODIFIERS + 1)
            .find(|&j| self.lower_is(j, POSSESSIVE_CLITICS) || !self.starts_in_lower_case(j))
            .filter(|&j| j > sentence_start && self.lower_is(j, POSSESSIVE_CLITICS))?;
        let owner = clitic - 1;
        // `That's why officials`: a contracted `is`, no possessive.
        if self.lower_is(owner, CONTRACTING_WORDS) || self.lower_is(owner, SPEAKER_PRONOUNS) {
            return None;
        }
        let start = self
            .entity_at(owner)
            .filter(|&(_, end, _)| end == clitic)
            .map_or(owner, |(start, _, _)| start);
        Some(start)
    }

    /// The noun phrase that the place `[a, b)` follows, after `in`, `at`
    /// or `from` (`the Italian consulate in Cairo claimed`, `Prosecutors
    /// based in Ingolstadt said`): the place is where the speaker is, and
    /// the phrase, whose head [`Self::speaker_head`] finds, is who. None
    /// when `[a, b)` is no place, or no noun in lower case comes before
    /// its preposition in a phrase that a determiner opens or whose noun
    /// names speakers (`officials in Dublin`), or a verb stands in the
    /// phrase (`was arrested in Arklow`, `based in Shenzhen`).
    fn noun_phrase_before_place(&self, (a, b): (usize, usize)) -> Option<(usize, usize)> {
        let (start, _, kind) = self.entity_at(a)?;
        if start != a || kind != EntityKind::Location || a < 2 {
            return None;
        }
        let noun = a - 2;
        let sentence_start = self.sentences[self.sentence_of[a]].0;
        let takes_place = self.lower_is(a - 1, &["in", "at", "from"])
            && noun >= sentence_start
            && self.tokens[noun].is_word()
            && self.starts_in_lower_case(noun)
            && !self.lower_is(noun, PREPOSITIONS)
            && !self.is_cue(noun);
        if !takes_place {
            return None;
        }
        let mut first = self.premodifiers_start(noun);
        // `the Italian consulate`: a nationality, then the determiner.
        if let Some((nationality, _, _)) = (first > sentence_start)
            .then(|| self.entity_at(first - 1))
            .flatten()
            .filter(|&(_, end, kind)| end == first && kind == EntityKind::Misc)
        {
            first = nationality;
        }
        let determined = first > sentence_start && self.lower_is(first - 1, DETERMINERS);
        if determined {
            first -= 1;
        }
        // `Prosecutors based in`, `the event held in`: a participle, not
        // the noun, comes before the place.
        let verb_like = |i: usize| {
            self.is_auxiliary(i)
                || self.lower_is(i, AUXILIARIES)
                || self.word(i).ends_with("ed")
                || self.word(i).ends_with("ing")
        };
        ((determined || self.heads_speakers(noun)) && !(first..a).any(verb_like))
            .then_some((first, b))
    }

    /// Where the compound that a hyphen joins to the word at token `word`
    /// starts (`27-year-old`, `now-retracted`, `Kremlin-backed`), with
    /// the determiner that opens its phrase (`a 27-year-old`); `word`
    /// itself when no hyphen joins it to the word before it. Only
    /// hyphens with no space on either side join, within the sentence,
    /// and words that may be part of a compound: a hyphen next to a
    /// function word stands for a lost space (`the-letter`,
    /// `although-medical research`).
    fn hyphenated_compound_start(&self, word: usize) -> usize {
        let sentence_start = self.sentences[self.sentence_of[word]].0;
        let mut first = word;
        while first >= sentence_start + 2
            && self.is_inner_hyphen(first - 1)
            && self.may_be_compound_part(first - 2)
            && self.may_be_compound_part(first)
        {
            first -= 2;
        }
        if first < word && first > sentence_start && self.lower_is(first - 1, DETERMINERS) {
            first -= 1;
        }
        first
    }

    /// True when token `i` may be a part of a hyphenated compound: a
    /// figure, or a word that is no determiner, quantifier, conjunction,
    /// relative or pronoun (a subordinator may be: `now-retracted`,
    /// `so-called`, `once-mighty`).
    fn may_be_compound_part(&self, i: usize) -> bool {
        match self.tokens[i].kind {
            TokenKind::Number => true,
            // `US-led`: an acronym, not the pronoun `us` (`A-second`
            // is the article).
            TokenKind::Word
                if self.tokens[i].shape == ShapeClass::Upper && self.word(i).len() > 1 =>
            {
                true
            }
            TokenKind::Word => {
                !self.opens_noun_phrase(i)
                    && !self.lower_is(i, QUANTIFIERS)
                    && !self.lower_is(i, CLAUSE_CONJUNCTIONS)
                    && !self.lower_is(i, SPEAKER_PRONOUNS)
                    && !self.lower_is(i, OBJECT_PRONOUNS)
                    && !self.lower_is(i, NOT_PREMODIFIERS)
            }
            _ => false,
        }
    }

    /// The first of the words before the noun at token `head` that
    /// modify it where no determiner opens its phrase (`Britain’s highest
    /// court`, `state law`, `eurozone economic data`, `55 percent`): words
    /// in lower case that are no function word, adverb or cue, figures,
    /// and a possessive with its owner, which opens the phrase; at most
    /// [`PREMODIFIER_WORDS`] of them. `head` itself when there is none.
    fn premodifiers_start(&self, head: usize) -> usize {
        let sentence_start = self.sentences[self.sentence_of[head]].0;
        let mut first = head;
        while first > sentence_start && head - first < PREMODIFIER_WORDS {
            let j = first - 1;
            if self.lower_is(j, POSSESSIVE_CLITICS) {
                if j > sentence_start && self.tokens[j - 1].is_word() {
                    first = j - 1;
                }
                break;
            }
            let modifier = match self.tokens[j].kind {
                TokenKind::Number => true,
                // `Local government officials`: a capital that only the
                // start of the sentence gave (the article read for the
                // word in lower case last, as the dearest test).
                TokenKind::Word => {
                    (self.starts_in_lower_case(j) || opens_sentence(self, j))
                        && !self.is_cue(j)
                        && !reads_as_adverb(self.word(j))
                        && !self.lower_is(j, NOT_PREMODIFIERS)
                        && !self.is_past_verb_alone(j)
                        && !self.lower_is(j, PREPOSITIONS)
                        && !self.lower_is(j, AUXILIARIES)
                        && !self.lower_is(j, SUBORDINATORS)
                        && !self.lower_is(j, CLAUSE_CONJUNCTIONS)
                        && !self.lower_is(j, LINKING_ADVERBS)
                        && !self.lower_is(j, SPEAKER_PRONOUNS)
                        && !self.lower_is(j, OBJECT_PRONOUNS)
                        && !self.opens_noun_phrase(j)
                        && (self.starts_in_lower_case(j)
                            || self.written_in_lower_case(self.word(j)))
                }
                _ => false,
            };
            if !modifier {
                break;
            }
            first = j;
        }
        first
    }

    /// Where the phrase of the common noun at token `head`, with no
    /// determiner, starts: before the words in lower case that modify it
    /// ([`View::premodifiers_start`]) and a name ending right before them
    /// in its sentence, with the article before the name (`[US]
    /// officials`, `[North Korean] state media`, `[the Finland-based]
    /// company`); not a person's (`Trump aides` are not Trump).
    fn named_phrase_start(&self, head: usize) -> usize {
        let first = self.premodifiers_start(head);
        let sentence_start = self.sentences[self.sentence_of[head]].0;
        let name = first
            .checked_sub(1)
            .and_then(|last| self.entity_at(last))
            .filter(|&(a, b, kind)| {
                b == first && a >= sentence_start && kind != EntityKind::Person
            });
        match name {
            Some((a, _, _)) if a > sentence_start && self.lower_is(a - 1, ARTICLES) => a - 1,
            Some((a, _, _)) => a,
            None => first,
        }
    }

    /// True when token `i` is the past form of an irregular verb standing
    /// as a word of its own (`met officials`), not the end of a hyphenated
    /// one (`centre-left government`).
    fn is_past_verb_alone(&self, i: usize) -> bool {
        self.lower_is(i, IRREGULAR_PAST_VERBS)
            && !i.checked_sub(1).is_some_and(|h| self.is_inner_hyphen(h))
    }

    /// True when token `i` may head a noun phrase of speakers that the
    /// words before it modify: a noun that names speakers, or one for a
    /// medium's audience (`Twitter users`).
    fn heads_compound_of_speakers(&self, i: usize) -> bool {
        self.heads_speakers(i) || self.lower_is(i, AUDIENCE_NOUNS)
    }

    /// The mention of the entity `[a, b)`, or of the noun phrase it
    /// modifies when a noun that names speakers follows it (`A [New
    /// York] judge`, `the [Trump] campaign`): the noun's phrase speaks.
    fn with_head_noun(&self, a: usize, b: usize) -> (usize, usize) {
        // Not a cue (`The New York Post reports`, `, The Wall Street
        // Journal reports.`); `the Kremlin press secretary`: nouns of the
        // kind, one after another.
        let head = |i: usize| {
            i < self.tokens.len()
                && self.starts_in_lower_case(i)
                && self.heads_compound_of_speakers(i)
                && !self.is_cue(i)
                && !closes_sentence_as_speech_verb(self, i)
        };
        let end = (b..self.tokens.len())
            .find(|&i| !head(i))
            .unwrap_or(self.tokens.len());
        let end = self.nouns_up_to_cue(end).unwrap_or(end);
        // `Clinton campaign spokesman Brian Fallon`: a title before the
        // person who speaks.
        let names_person = self
            .entity_at(end)
            .is_some_and(|(start, _, kind)| start == end && kind == EntityKind::Person);
        if end == b || names_person {
            return (a, b);
        }
        let det = a > 0 && self.lower_is(a - 1, ARTICLES);
        (if det { a - 1 } else { a }, end)
    }

    /// `US intelligence says`, `ICC judges approved`, `the UN secretary
    /// general says`: where the lower-case nouns from token `from` end,
    /// when a cue follows them (right after, or after an auxiliary), so
    /// that they head the noun phrase that speaks; None when no such noun
    /// or no cue follows.
    fn nouns_up_to_cue(&self, from: usize) -> Option<usize> {
        let noun = |i: usize| {
            let word = self.word(i);
            self.starts_in_lower_case(i)
                && word.len() > 2
                && word.chars().all(char::is_alphabetic)
                && !word.ends_with("ing")
                && !self.is_cue(i)
                && !self.is_auxiliary(i)
                && !reads_as_adverb(word)
                && !word.ends_with("ed")
                && !self.lower_is(i, IRREGULAR_PAST_VERBS)
                && !self.lower_is(i, NO_NOUNS_BEFORE_VERB)
                && !self.lower_is(i, SPEAKER_PRONOUNS)
                && !self.lower_is(i, OBJECT_PRONOUNS)
                && !self.lower_is(i, CONDITION_OPENERS)
                && !self.lower_is(i, TIME_WORDS)
                && !self.lower_is(i, DETERMINERS)
                && !self.lower_is(i, PREPOSITIONS)
                && !self.lower_is(i, CLAUSE_CONJUNCTIONS)
        };
        let end = (from..self.tokens.len())
            .take(NOUNS_BEFORE_CUE + 1)
            .find(|&i| !noun(i))?;
        if end == from {
            return None;
        }
        // `China faces demands`, `Wang pays tribute`, `EU exit talks`: a
        // noun cue is no verb, and a plural noun takes no verb in `-s`;
        // in the present, only a verb of saying follows. `the Iran
        // nuclear deal embraced by Clinton`: a participle before `by`
        // modifies the nouns.
        let plural_before = ends_in_plural_s(self.word(end - 1));
        let verb = |i: usize| {
            self.is_cue_verb(i)
                && (self.word(i).ends_with("ed") && !self.lower_is(i + 1, &["by"])
                    || self.lower_is(i, IRREGULAR_PAST_VERBS)
                    || self.lower_is(i, SPEECH_VERBS)
                        && !(plural_before && ends_in_plural_s(self.word(i)))
                    || self.lower_is(i, PRESENT_SPEECH_VERBS) && !plural_before)
        };
        let cue_follows = verb(end) || self.is_auxiliary(end) && verb(end + 1);
        cue_follows.then_some(end)
    }

    /// The first comma among the tokens `range`.
    fn first_comma(&self, range: std::ops::Range<usize>) -> Option<usize> {
        range.into_iter().find(|&i| self.word(i) == ",")
    }

    /// The kind of the cluster whose mention covers token `i`, if any.
    fn cluster_kind_at(&self, i: usize) -> Option<EntityKind> {
        match self.cluster_at[i] {
            NO_ENTITY => None,
            c => Some(self.clusters[c as usize].kind),
        }
    }

    /// True when `[a, b)` is a person's name: a person entity spanning
    /// it whose last word is no noun that heads speakers (the entity model
    /// takes `Managing Director` for a name).
    fn names_person(&self, a: usize, b: usize) -> bool {
        self.entity_at(a)
            .is_some_and(|(start, end, kind)| (start, end) == (a, b) && kind == EntityKind::Person)
            && !self.heads_speakers(b - 1)
    }

    /// True when token `i` is a noun that heads speakers: a role noun
    /// (`president`), a word the lexicon found heading sources
    /// (`officials`, `source`), or a body's noun in lower case right
    /// before a cue or an auxiliary (`the ministry said`, `the government
    /// has`; not `government forces`).
    fn heads_speakers(&self, i: usize) -> bool {
        self.lower_is(i, ROLE_NOUNS)
            || self.source_heads.get(i).copied().unwrap_or(false)
            || self.lower_is(i, ORGANISATION_HEADS) && self.starts_in_lower_case(i) && {
                // `the ministry on Monday said`: past a time between.
                let next = self.past_time_phrase(i + 1);
                self.is_cue(next) || self.is_auxiliary(next)
            }
    }

    /// The token after the phrase of time that opens at `i` (`on
    /// Monday`, `Tuesday night`, `last week`, `yesterday`, `earlier`,
    /// `earlier this month`, `at that stage`), or `i` itself when none
    /// does.
    fn past_time_phrase(&self, i: usize) -> usize {
        let day = self.past_day(i);
        if day > i {
            return day;
        }
        if self.lower_is(i, &["at"])
            && self.lower_is(i + 1, &["the", "that", "this"])
            && self.lower_is(i + 2, MOMENT_NOUNS)
        {
            return i + 3;
        }
        // `last week`, `this month`, from `j`.
        let past_span = |j: usize| {
            if self.lower_is(j, &["last", "this"]) && self.lower_is(j + 1, TIME_SPANS) {
                j + 2
            } else {
                j
            }
        };
        if self.lower_is(i, &["earlier", "later"]) {
            // `earlier this month`.
            return past_span(i + 1);
        }
        past_span(i)
    }

    /// Where a phrase of time that ends right before `end` starts, within
    /// the clause from `start` (`The ministry [on Monday] said`, `X, the
    /// UN's rapporteur, [earlier this month] said`), or `end` when none
    /// does.
    fn time_phrase_start(&self, start: usize, end: usize) -> usize {
        // Most verbs have no time before them: the phrase's last word
        // rules them out first.
        let ends_time = end > start
            && (names_a_time(self.word(end - 1))
                || self.lower_is(end - 1, MOMENT_NOUNS)
                || self.lower_is(end - 1, &["earlier", "later"]));
        if !ends_time {
            return end;
        }
        (end.saturating_sub(TIME_PHRASE_TOKENS).max(start)..end)
            .find(|&k| self.past_time_phrase(k) == end)
            .unwrap_or(end)
    }

    /// The token after the day named at `i` (`Thursday`, `on Wednesday`,
    /// `Tuesday night`, `yesterday`, `late Thursday`, `early on
    /// Sunday`), or `i` itself when none is.
    fn past_day(&self, i: usize) -> usize {
        let on = i + usize::from(self.lower_is(i, &["late", "early"]));
        let day = on + usize::from(self.lower_is(on, &["on"]));
        if self.lower_is(day, WEEKDAYS) || self.lower_is(day, RELATIVE_DAYS) {
            day + 1 + usize::from(self.lower_is(day + 1, DAY_PARTS))
        } else {
            i
        }
    }

    /// True when token `i` is a singular noun whose plural the lexicon
    /// found heading sources (`researcher`, `expert`: in PolNeAR mostly
    /// `researchers`, `experts`).
    fn plural_heads_speakers(&self, i: usize) -> bool {
        let word = self.word(i);
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && self.lexicon.is_source_head(&format!("{word}s"))
    }

    /// True when token `i` heads speakers ([`View::heads_speakers`]) or
    /// its plural does ([`View::plural_heads_speakers`]).
    fn heads_speakers_in_either_number(&self, i: usize) -> bool {
        self.heads_speakers(i) || self.plural_heads_speakers(i)
    }

    /// True when token `i` is `it` as the object of the verb before it
    /// (`As Professor Foner put it`, `to stick it to the rich`), which
    /// speaks not: `it` after a lower-case word that opens no clause (`what
    /// it calls`) and is no adverb or auxiliary (`nor is it`).
    fn is_object_it(&self, i: usize) -> bool {
        i > 0
            && self.lower_is(i, &["it"])
            && self.tokens[i - 1].is_word()
            && self.starts_in_lower_case(i - 1)
            && !self.word(i - 1).ends_with("ly")
            && !self.lower_is(i - 1, CLAUSE_CONJUNCTIONS)
            && !self.lower_is(i - 1, RELATIVE_OPENERS)
            && !self.lower_is(i - 1, LINKING_ADVERBS)
            && !self.lower_is(i - 1, SUBORDINATORS)
            && !self.lower_is(i - 1, &["what", "how", "why"])
            && !self.is_auxiliary(i - 1)
    }

    /// An indirect quote: content and cue token ranges (end exclusive)
    /// attributed to the mention `speaker`.
    fn indirect_quote(
        &self,
        content: (usize, usize),
        cue: (usize, usize),
        speaker: (usize, usize),
    ) -> Quote {
        self.attributed_quote(QuoteKind::Indirect, content, Some(cue), speaker)
    }

    /// An indirect quote in two parts around its attribution (`CLAUSE, X
    /// said, CLAUSE`): the tokens `before` it and `after` it (ranges, end
    /// exclusive), one content from the first's start to the second's end.
    fn report_around(
        &self,
        before: (usize, usize),
        after: (usize, usize),
        cue: (usize, usize),
        speaker: (usize, usize),
    ) -> Quote {
        let mut quote = self.indirect_quote((before.0, after.1), cue, speaker);
        quote.fragments = vec![self.span(before.0, before.1), self.span(after.0, after.1)];
        quote
    }

    /// An indirect quote that no one said, for `reason`: content and cue
    /// token ranges (end exclusive).
    fn unattributed_report(
        &self,
        content: (usize, usize),
        cue: (usize, usize),
        reason: &str,
    ) -> Quote {
        let mut quote = self.quote(QuoteKind::Indirect, content, Some(cue));
        unattribute(&mut quote, reason);
        quote
    }

    /// A quote of `kind`: content and cue token ranges (end exclusive)
    /// attributed to the mention `speaker`.
    fn attributed_quote(
        &self,
        kind: QuoteKind,
        content: (usize, usize),
        cue: Option<(usize, usize)>,
        speaker: (usize, usize),
    ) -> Quote {
        // `court ruled` → `Britain’s highest court ruled`, `officials said`
        // → `US officials said`: a lone noun that names speakers speaks
        // with the words that modify it.
        let speaker = match speaker {
            (a, b) if b == a + 1 && self.entity_of[a] == NO_ENTITY && self.heads_speakers(a) => {
                (self.named_phrase_start(a), b)
            }
            speaker => self.noun_phrase_before_place(speaker).unwrap_or(speaker),
        };
        // `NHK quoted the minister`: the one quoted said it; not one the
        // content holds (`quoted Russia's ambassador as saying ...`).
        let speaker = cue
            .and_then(|(cue, _)| quoted_one(self, speaker, cue))
            .filter(|&(a, b)| b <= content.0 || a >= content.1)
            .unwrap_or(speaker);
        let mut quote = self.quote(kind, content, cue);
        if cue.is_some_and(|(cue, _)| self.impersonal_passive(speaker, cue)) {
            unattribute(
                &mut quote,
                "impersonal passive (`It is understood that`): the article names no one",
            );
        } else if cue.is_some_and(|(cue, _)| self.extraposed_judgement(speaker, cue)) {
            unattribute(
                &mut quote,
                "impersonal `it` of a judgement (`It is too early to say`): the article names no one",
            );
        } else {
            self.give_speaker(&mut quote, speaker);
        }
        quote
    }

    /// Makes the mention `[a, b)` the speaker of `quote`, with the name
    /// and cluster it resolves to.
    fn give_speaker(&self, quote: &mut Quote, (a, b): (usize, usize)) {
        let (cluster, name) = self.speaker((a, b));
        quote.speaker = Some(self.span(a, b));
        quote.speaker_name = Some(name);
        quote.speaker_cluster = cluster;
    }

    /// True when the speaker `[a, b)` is the `it` of an impersonal passive
    /// with the participle `cue` (`It is understood that`, `it was
    /// widely reported that`, `It's believed`): it stands for no one.
    fn impersonal_passive(&self, speaker: (usize, usize), cue: usize) -> bool {
        let b = speaker.1;
        self.is_lone_it(speaker)
            && cue > b
            && self.word(cue).ends_with(['d', 'n', 't'])
            && (b..cue).all(|i| self.in_verb_group_of_it(i))
            && (b..cue)
                .any(|i| self.lower_is(i, PASSIVE_AUXILIARIES) || self.lower_is(i, CONTRACTED_IS))
    }

    /// True when the mention `[a, b)` is `it` alone.
    fn is_lone_it(&self, (a, b): (usize, usize)) -> bool {
        b == a + 1 && self.lower_is(a, &["it"])
    }

    /// True when token `i` may stand in the verb group after an
    /// impersonal `it`: an auxiliary, a form of `be`, a contracted `is` or
    /// an adverb in lower case (`it is widely`, `it's`, `it would be`).
    fn in_verb_group_of_it(&self, i: usize) -> bool {
        self.is_auxiliary(i)
            || self.lower_is(i, CONTRACTED_IS)
            || reads_as_lower_case_adverb(self.word(i))
    }

    /// True when the speaker `[a, b)` is the `it` that stands before a
    /// judgement whose subject is the cue's clause after `to` (`It is too
    /// early to say`, `it would be foolish not to recognize`, `it's time
    /// to acknowledge`): it stands for no one. Not the `it` of a body
    /// ready to act (`it was ready to agree`).
    fn extraposed_judgement(&self, speaker: (usize, usize), cue: usize) -> bool {
        let b = speaker.1;
        self.is_lone_it(speaker)
            && cue > b + 2
            && self.lower_is(cue - 1, &["to"])
            && (b..cue - 1).any(|i| self.lower_is(i, EXTRAPOSED_JUDGEMENTS))
            && (b..cue - 1).all(|i| {
                self.lower_is(i, EXTRAPOSED_JUDGEMENTS)
                    || self.lower_is(i, &["not", "too"])
                    || self.in_verb_group_of_it(i)
            })
    }

    /// A quote of `kind` with its content and cue token ranges (end
    /// exclusive) and nothing else: no speaker, no reason for none yet.
    fn quote(
        &self,
        kind: QuoteKind,
        (content_start, content_end): (usize, usize),
        cue: Option<(usize, usize)>,
    ) -> Quote {
        Quote {
            content: self.span(content_start, content_end),
            fragments: Vec::new(),
            kind,
            cue: cue.map(|(start, end)| self.span(start, end)),
            speaker: None,
            speaker_name: None,
            speaker_cluster: None,
            unattributed: None,
            within: None,
        }
    }

    /// Where the content starting at token `content`, reported by `cue`,
    /// ends in the sentence `(start, last, end)` (`last` its closing
    /// punctuation, or `end`): where the end model stops it, or before a
    /// cue verb coordinated with `cue`; before `shortest` at the earliest.
    fn content_end(
        &self,
        words: &SentenceWords,
        cue: usize,
        (content, shortest): (usize, usize),
        (start, last): (usize, usize),
    ) -> usize {
        let report = Report {
            cue: cue - start,
            start: content - start,
            shortest: shortest - start,
            last: last - start,
        };
        let learned = start + self.ends.end(words, report);
        // `said [he would ...] and warned that ...`: a second cue verb
        // joined to the first ends the first one's content.
        let coordinated_cue = (shortest..learned).find(|&i| self.joins_a_cue(i));
        let end = coordinated_cue.unwrap_or(learned);
        self.aside_close(start, cue, (shortest, end)).unwrap_or(end)
    }

    /// The dash in `(shortest, end)` that closes an aside opened by a
    /// dash before `cue` in the sentence opening at `start` (`Trump - who
    /// previously said [he would ...] - said at a rally that`): a report
    /// made within an aside ends with it. None when the dashes before
    /// `cue` are even in number, so that none is left open.
    fn aside_close(
        &self,
        start: usize,
        cue: usize,
        (shortest, end): (usize, usize),
    ) -> Option<usize> {
        let close = (shortest..end).find(|&i| self.sets_off_words(i))?;
        let dashes_before = (start..cue).filter(|&i| self.sets_off_words(i)).count();
        (dashes_before % 2 == 1).then_some(close)
    }

    /// True when token `i` is `and` or `but` joining a cue verb right
    /// after it (`said ... and warned`, `called it ... but said`).
    fn joins_a_cue(&self, i: usize) -> bool {
        self.lower_is(i, &["and", "but"]) && self.is_cue(i + 1)
    }

    /// The words of the sentence `(start, end)` as the end model reads
    /// them.
    fn sentence_words(&self, (start, end): (usize, usize)) -> SentenceWords<'a> {
        SentenceWords::new(self.text, &self.tokens[start..end], &self.cues[start..end])
    }

    /// The speaker a mention stands for: its cluster and the cluster's
    /// canonical name, or no cluster and the mention as written.
    fn speaker(&self, (a, b): (usize, usize)) -> (Option<u32>, String) {
        let cluster = match self.cluster_at[self.speaker_head(a, b)] {
            NO_ENTITY if b == a + 1 => self.relative_antecedent(a),
            NO_ENTITY => None,
            c => Some(c),
        };
        match cluster {
            Some(c) => (Some(c), self.clusters[c as usize].name.clone()),
            None => (None, self.description_name(a, b)),
        }
    }

    /// The cluster a relative pronoun at `who` stands for: the name right
    /// before it and a comma (`Mr. Kamin, who`), or before the apposition
    /// that it ends (`Alexey Navalny, a prominent Russian opposition
    /// figure who has announced`).
    fn relative_antecedent(&self, who: usize) -> Option<u32> {
        if !self.lower_is(who, &["who"]) {
            return None;
        }
        let comma = (who.saturating_sub(APPOSITION_WORDS + 1)..who)
            .rev()
            .take_while(|&i| self.tokens[i].is_word() || self.word(i) == ",")
            .find(|&i| self.word(i) == ",")?;
        let c = *self.cluster_at.get(comma.checked_sub(1)?)?;
        (c != NO_ENTITY
            && matches!(
                self.clusters[c as usize].kind,
                EntityKind::Person | EntityKind::Organization
            ))
        .then_some(c)
    }

    /// The name of the speaker `[a, b)` that is no entity: its words as
    /// written, less a capital that only the start of its sentence gave
    /// it, so that a corpus summed by speaker counts `The company said`
    /// and `the company said` as one speaker; a country it opens with is
    /// written short ([`with_short_country_name`]).
    fn description_name(&self, a: usize, b: usize) -> String {
        // `U.S. officials` and `US officials` are one speaker too.
        let name = with_short_country_name(&self.text[self.span(a, b).range()]);
        if !self.capitalised_for_its_place(a, b) {
            return name.into_owned();
        }
        let mut chars = name.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_lowercase().chain(chars).collect()
        })
    }

    /// True when the first word of the mention `[a, b)` has a capital
    /// that its place gave it, not its being a name: it is written with
    /// an initial capital alone, no capitalised word follows it in the
    /// mention (`The White House` keeps its own) unless the mention ends
    /// in lower case (`The Trump administration`), and it is a determiner
    /// or a pronoun (`The report`, `A spokesman`, `His lawyer`, `They`),
    /// or it opens its sentence and the article writes it in lower case
    /// elsewhere, or it is the whole mention, a plural or collective
    /// noun (`Police said`) that heads speakers (`Critics say`, `Experts told`) which the
    /// article never capitalises inside a sentence (`Republicans` it does;
    /// the lexicon's heads hold names too: `Limbaugh`).
    fn capitalised_for_its_place(&self, a: usize, b: usize) -> bool {
        let word = self.word(a);
        let mut chars = word.chars();
        let place_word = self.lower_is(a, PLACE_CAPITALISED_WORDS);
        let initial_only = chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| !c.is_uppercase())
            && (word.len() > 1 || place_word);
        // `The Trump administration`: a description a name modifies, not
        // a name (`The White House`), when its last word is in lower case.
        let description = self.starts_in_lower_case(a + 1)
            || place_word && b > a + 1 && self.starts_in_lower_case(b - 1);
        initial_only
            && (a + 1 >= b || description)
            && (place_word
                || opens_sentence(self, a)
                    && (self.written_in_lower_case(word)
                        || a + 1 == b
                            && (word.ends_with('s') || self.lower_is(a, COLLECTIVE_NOUNS))
                            && self.heads_speakers(a)
                            && !self.capitalised_inside_sentence(word)))
    }

    /// True when some token of the article is `word` in lower case.
    fn written_in_lower_case(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.tokens
            .iter()
            .any(|t| self.text[t.span.range()] == *lower)
    }

    /// True when some token of the article that does not open its
    /// sentence is `word` (as written).
    fn capitalised_inside_sentence(&self, word: &str) -> bool {
        (0..self.tokens.len()).any(|i| self.word(i) == word && !opens_sentence(self, i))
    }

    /// The end of the last person named in `[a, last]` when an
    /// affiliation's preposition follows the name (`Vladimir Vasilyev of
    /// the United Russia`); none when the last person named ends the
    /// phrase (`Deputy Head of the NBU Yakov Smoliy`, whose title the
    /// entity stage may tag as a person).
    fn person_before_affiliation(&self, a: usize, last: usize) -> Option<usize> {
        let (_, end, _) =
            (a..=last)
                .rev()
                .filter_map(|i| self.entity_at(i))
                .find(|&(start, end, kind)| {
                    start >= a && end <= last + 1 && kind == EntityKind::Person
                })?;
        // (`Deputy Head of`: a title the entity stage took for a name.)
        (end <= last
            && self.lower_is(end, AFFILIATION_PREPOSITIONS)
            && !self.lower_is(end - 1, ROLE_NOUNS))
        .then_some(end)
    }

    /// The token whose cluster names the speaker `[a, b)`: its last, but
    /// for a place that a preposition brings after the head (`Chad's
    /// Ambassador to France`, `fire officials in Cobb County`), the word
    /// before that preposition. A place the speaker comes from speaks for
    /// it (`a statement from North Korea`); a person or an organisation
    /// stays the head wherever it stands (`Secretary of State John Kerry`,
    /// `researchers at the University of Queensland`).
    fn speaker_head(&self, a: usize, b: usize) -> usize {
        // `Residents who fled the fighting`: the head comes before the
        // relative clause.
        let mut last = (a + 1..b)
            .find(|&i| self.lower_is(i, &["who", "whom"]))
            .map_or(b - 1, |who| who - 1);
        // `Duma Deputy Speaker Vladimir Vasilyev of the United Russia`,
        // `Celine Clement-Petremann of the national financial prosecutor's
        // office`: a person named before an affiliation is the head.
        if let Some(person_end) = self.person_before_affiliation(a, last) {
            return person_end - 1;
        }
        // `a Pentagon statement`, `the Reuters news agency`: a document or
        // an outlet's noun after a name speaks for the name.
        let mut issuer = last;
        let issued = |i: usize| {
            self.lower_is(i, ISSUED_BY_NAME)
                || self.lower_is(i, &["agency"]) && self.lower_is(i - 1, &["news"])
        };
        while issuer > a && self.starts_in_lower_case(issuer) && issued(issuer) {
            issuer -= 1;
        }
        // Not after a nationality (`the new German report`).
        if issuer < last
            && self
                .cluster_kind_at(issuer)
                .is_some_and(|k| k != EntityKind::Misc)
        {
            last = issuer;
        }
        let place = match self.entity_at(last) {
            Some((start, _, EntityKind::Location)) => start,
            // `a friend of Bob Harward`, `an adviser to Prince Mohammed`,
            // `a lawyer for one of the men charged with Dokuchaev`:
            // another person, whose head is the noun before the
            // preposition (`a spokesman for Theresa May` speaks for her).
            // The entity may leave the person's titles out.
            Some((start, _, EntityKind::Person)) => {
                let titled = past_left_out_titles(self, a, start);
                let related = titled >= a + 2
                    && self.lower_is(titled - 1, &["of", "to", "for", "with", "against", "about"])
                    && self.starts_in_lower_case(titled - 2)
                    && !self.lower_is(titled - 2, SPEAKERS_ON_BEHALF);
                return if related { titled - 2 } else { last };
            }
            _ => return last,
        };
        // `a teacher from Ohio`, but `a statement from North Korea`.
        let from_place = |p: usize| {
            self.lower_is(p, &["from"]) && p > a && !self.lower_is(p - 1, SPEAKERS_ON_BEHALF)
        };
        (a + 1..place)
            .find(|&p| {
                (self.lower_is(p, PLACE_PREPOSITIONS) || from_place(p))
                    && self.entity_at(p).is_none()
            })
            .map_or(last, |p| p - 1)
    }
}

/// Nouns of those who speak for the one named after them, and of what
/// they issue (`a spokesman for Theresa May`, `the campaign of Donald
/// Trump`, `a statement from Sharif's office`): the one named is the
/// speaker.
const SPEAKERS_ON_BEHALF: &WordList = &WordList::new(&[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "spokespeople",
    "representative",
    "representatives",
    "office",
    "campaign",
    "camp",
    "team",
    "administration",
    "government",
    "secretary",
    "statement",
    "statements",
    "letter",
    "release",
    "message",
    "service",
]);

/// The contracted `is` of `It's believed`.
const CONTRACTED_IS: &WordList = &WordList::new(&["'s", "’s"]);

/// Nouns that stand for many people in the singular (`Police said`).
const COLLECTIVE_NOUNS: &[&str] = &["police", "media", "staff"];

/// Words that a speaker's mention opens with and that are capitalised
/// only where they start a sentence: determiners, possessives, pronouns
/// (not `I`) and quantifiers.
const PLACE_CAPITALISED_WORDS: &WordList = &WordList::new(&[
    "the", "a", "an", "this", "that", "these", "those", "another", "his", "her", "its", "their",
    "our", "my", "your", "he", "she", "it", "they", "we", "you", "some", "many", "most", "several",
    "both", "other", "others", "one", "two", "three", "four", "five", "no", "all", "each", "every",
    "few", "everyone", "someone", "nobody",
]);

/// Prepositions that bring a place after a speaker's head noun.
const PLACE_PREPOSITIONS: &[&str] = &["to", "in", "at", "near"];

/// Tokens between a role and the name it stands before, at most (`,
/// Republican`).
const ROLE_NAME_GAP: usize = 2;

/// Nouns that name speakers in a row, at most, heading one phrase (`a
/// senior administration official`, `campaign spokesman`).
const COMPOUND_SPEAKER_NOUNS: usize = 3;

/// A quote before attribution.
struct Found {
    first: usize,
    last: usize,
    kind: QuoteKind,
}

/// Extracts quotes; odd quote marks give diagnostics, never errors. With
/// a learned `scorer`, weaker reports than the rules take are looked for
/// too, and the scorer decides which reports stand.
pub fn extract(doc: &Document, models: Models, stage: &str) -> (Vec<Quote>, Vec<Diagnostic>) {
    let tokens = reading_tokens(doc);
    let view = View::new(
        doc,
        &tokens,
        models.lexicon,
        models.ends,
        !models.scorer.is_empty(),
    );
    let mut diagnostics = Vec::new();
    let direct = direct_quotes(&view, stage, &mut diagnostics);
    let candidates = report_candidates(&view, &direct);
    let mut indirect = drop_leads_of_reports(models.scorer.select(&view, candidates));
    for report in &mut indirect {
        report.content = view.without_lost_end(report.content);
        start_past_cue_particle(&view, report);
        start_past_going_on_infinitive(&view, report);
    }
    indirect.retain(|report| says_something(&view, report.content));
    let mut quotes = direct.quotes;
    let reports = SpansByStart::new(indirect.iter().map(|r| r.content).enumerate());
    for quote in &mut quotes {
        adopt_enclosing_report(&view, quote, &indirect, &reports);
    }
    let clauses: Vec<Quote> = quotes
        .iter()
        .filter_map(|q| clause_led_into_quote(&view, q).or_else(|| relative_naming(&view, q)))
        .collect();
    // A partial quote no one was found for is a scare quote, unless a
    // report holds it: then it is part of what the report's speaker said.
    for mut partial in direct.unattributed_partials {
        adopt_enclosing_report(&view, &mut partial, &indirect, &reports);
        if partial.unattributed.is_none() {
            quotes.push(partial);
        }
    }
    indirect.extend(clauses);
    quotes.extend(indirect);
    drop_speakers_read_as_contents(&view, &mut quotes);
    drop_speakers_who_receive_censure(&view, &mut quotes);
    drop_speakers_ending_in_a_cue_modifier(&view, &mut quotes);
    speakers_start_past_their_clause_opener(&view, &mut quotes);
    speakers_take_their_hyphenated_modifiers(&view, &mut quotes);
    particle_cues_take_their_verb(&view, &mut quotes);
    quotes.sort_by_key(|q| q.content.start);
    drop_repeated_contents(&mut quotes);
    mark_reports_within(&mut quotes);
    joined_cues_go_on_with_their_speaker(&view, &mut quotes);
    pronouns_go_on_with_the_last_speaker(&view, &mut quotes, &direct.quoted);
    (quotes, diagnostics)
}

/// `Demonstrators said they want “justice for Terrence,” but pledged to
/// remain civil`: a report whose cue is joined by `and` or `but` right
/// where another quote's content ends has that quote's speaker (not a
/// mention in its content, `they`). On PolNeAR train and dev, where the
/// two speakers differed, the gold source was the first quote's 25 times
/// and the second's 3 times. Quotes within another's content are left
/// alone; `quotes` are in order of their starts.
fn joined_cues_go_on_with_their_speaker(view: &View, quotes: &mut [Quote]) {
    for j in 0..quotes.len() {
        let report = &quotes[j];
        let (Some(cue), Some(speaker), None) = (report.cue, report.speaker, report.within) else {
            continue;
        };
        let cue = view.token_range(cue).0;
        // (`and according to X` names a source of its own.)
        if report.kind != QuoteKind::Indirect
            || cue == 0
            || !view.joins_a_cue(cue - 1)
            || view.lower_is(cue, &["according"])
        {
            continue;
        }
        // `described Clinton as a “disgrace” after she attacked ... and
        // blamed`: the subject of an open subordinate clause goes on.
        let speaker = view.token_range(speaker).0;
        if speaker > 0 && view.lower_is(speaker - 1, SUBORDINATORS) {
            continue;
        }
        // The gap back to the first quote's end holds only commas and
        // closing marks.
        let gap_start = (0..cue - 1)
            .rev()
            .find(|&k| view.word(k) != "," && !view.is_quote_mark(k))
            .map_or(0, |k| k + 1);
        let (from, to) = (
            view.tokens[gap_start.saturating_sub(1)].span.end,
            view.tokens[cue - 1].span.start,
        );
        let first = quotes[..j].iter().rposition(|q| {
            q.speaker.is_some() && q.within.is_none() && (from..=to).contains(&q.content.end)
        });
        if let Some(i) = first.filter(|&i| quotes[i].speaker != quotes[j].speaker) {
            let (before, rest) = quotes.split_at_mut(j);
            take_speaker_of(&mut rest[0], &before[i]);
        }
    }
}

/// Keeps one quote of those with the same content, which two patterns
/// can find (`Settlers are “Q”, the report said`: the report after the
/// comma, and the clause the partial quote closes): a quote rather than a
/// report, else the first. Over the Dai corpus 39 quotes were repeats.
/// `quotes` are in order of their starts.
fn drop_repeated_contents(quotes: &mut Vec<Quote>) {
    let mut kept: Vec<Quote> = Vec::with_capacity(quotes.len());
    for quote in quotes.drain(..) {
        let same_start = kept
            .iter_mut()
            .rev()
            .take_while(|k| k.content.start == quote.content.start);
        match same_start.into_iter().find(|k| k.content == quote.content) {
            Some(repeat) => {
                if repeat.kind == QuoteKind::Indirect && quote.kind != QuoteKind::Indirect {
                    *repeat = quote;
                }
            }
            None => kept.push(quote),
        }
    }
    *quotes = kept;
}

/// True when a report's `content` holds words that say something: not
/// punctuation alone (`told ABC News"?Brian Ross that ...` had the
/// content `"`), nor a lone manner (`the international community
/// responded aggressively`). Over the Dai corpus 15 reports had such
/// contents. (A lone day, `said on Monday after a meeting with ...`, is
/// kept: its report's speaker is the one the `he said` after it goes on
/// with.)
fn says_something(view: &View, content: Span) -> bool {
    let (a, b) = tokens_within(view.tokens, content);
    let mut words = (a..b).filter(|&i| view.tokens[i].is_word());
    match (words.next(), words.next()) {
        (None, _) => false,
        (Some(only), None) => !reads_as_lower_case_adverb(view.word(only)),
        _ => true,
    }
}

/// `Terney had only graduated last summer, Kidney said. “He was a very
/// young officer,” he said.`: a `he` or `she` that says a quote goes on
/// with the person who said the quote before it, when that one's speaker
/// or the end of their quote stands in the same sentence or the one
/// before (`While commenting on a statement by Andrei Denisov, Lu Kang
/// said ... “Q,” he added.`; `Mr Lane told the court ... he added: “Q1.
/// Q2. Q3.” He said ...`). The
/// cluster stage links a pronoun to the first person of the sentence
/// before, who is often the one spoken of, not the one speaking. A
/// speaker of the other gender, by the pronouns the article links to
/// them, is passed over. Quotes are taken in the order of their
/// speakers, so that a run of `he said` follows one speaker. `quoted`
/// says for each token whether it lies inside quote marks.
fn pronouns_go_on_with_the_last_speaker(view: &View, quotes: &mut [Quote], quoted: &[bool]) {
    let mut order: Vec<(usize, usize)> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.speaker.map(|s| (view.token_range(s).0, i)))
        .collect();
    order.sort_unstable();
    let mut last: Option<LastSpeaker> = None;
    for (at, i) in order {
        let sentence = view.sentence_of[at];
        let is_pronoun = quotes[i]
            .speaker
            .is_some_and(|s| view.token_range(s) == (at, at + 1));
        if let (true, Some(earlier)) = (is_pronoun, last) {
            let j = earlier.quote;
            let goes_on = match (pronoun_gender(view.word(at)), earlier.sort) {
                (Some(gender), SpeakerSort::Person) => may_be(view, &quotes[j], gender, &quotes[i]),
                (None, SpeakerSort::Body) => view.lower_is(at, &["it"]),
                (None, SpeakerSort::Group) => view.lower_is(at, &["they"]),
                _ => false,
            };
            // Right after the last speaker's mention, with no one else
            // named before the pronoun in a sentence of its own; or right
            // after their quote, with no one else named outside quote
            // marks from the sentence of that mention on.
            let speaker = (earlier.sort, quotes[j].speaker_cluster);
            let since = view.sentences[earlier.mention_sentence].0;
            let near = sentence == earlier.mention_sentence
                || sentence == earlier.mention_sentence + 1
                    && !another_person_is_subject_before(view, at, quotes[j].speaker_cluster)
                || sentence <= earlier.quote_sentence + 1
                    && !names_another_between(view, quoted, (since, at), speaker);
            if goes_on && near {
                let (cluster, name) = (quotes[j].speaker_cluster, quotes[j].speaker_name.clone());
                quotes[i].speaker_cluster = cluster;
                quotes[i].speaker_name = name;
                // A run of `it said` goes on with the one they all stand for.
                last = Some(LastSpeaker::of(view, &quotes[i], at, j, earlier.sort));
                continue;
            }
        }
        last = speaker_sort(view, &quotes[i])
            .filter(|_| !view.lower_is(at.wrapping_sub(1), SUBORDINATE_SPEAKER_OPENERS))
            .map(|sort| LastSpeaker::of(view, &quotes[i], at, i, sort));
    }
}

/// The last speaker a `he`, `she` or `it` may go on with: a named person,
/// or one described and left unnamed (`an FSA commander told Al Jazeera.
/// He said ...`); an organisation, a country, or a body the article
/// describes (`the committee said ... it added`).
#[derive(Clone, Copy)]
struct LastSpeaker {
    /// The quote whose speaker the pronouns go on with.
    quote: usize,
    /// The sentence of the last mention in the run.
    mention_sentence: usize,
    /// The sentence of the end of its quote.
    quote_sentence: usize,
    /// Who the speaker is.
    sort: SpeakerSort,
}

impl LastSpeaker {
    /// The speaker of `quote`, mentioned at token `at`, going on with the
    /// speaker of the quote numbered `with`.
    fn of(view: &View, quote: &Quote, at: usize, with: usize, sort: SpeakerSort) -> Self {
        let (_, quote_past) = view.token_range(quote.content);
        LastSpeaker {
            quote: with,
            mention_sentence: view.sentence_of[at],
            quote_sentence: view.sentence_of[quote_past.saturating_sub(1)],
            sort,
        }
    }
}

/// True when the sentence of the pronoun at `at` opens with a person
/// other than the cluster `speaker` as its subject, and the pronoun goes
/// on in that person's clause, not in an attribution after it: `Meanwhile,
/// former Prime Minister Sir John Major has criticised what he calls`,
/// `When Ma met Trump in January, he pledged`. (`Mr Bannon has a
/// "destructive" world view, he said`: the pronoun after the comma
/// attributes the clause, and is someone else.) Only words that lead a
/// sentence in, subordinators, commas and the person's title stand
/// before the name.
fn another_person_is_subject_before(view: &View, at: usize, speaker: Option<u32>) -> bool {
    let start = view.sentences[view.sentence_of[at]].0;
    let mut subordinated = false;
    let mut i = start;
    while i < at {
        let opener = view.lower_is(i, SUBORDINATE_SPEAKER_OPENERS);
        if !(opener || view.word(i) == "," || view.lower_is(i, SENTENCE_LEADS)) {
            break;
        }
        subordinated |= opener;
        i += 1;
    }
    while i < at && view.entity_at(i).is_none() && reads_as_title_word(view, i) {
        i += 1;
    }
    let Some((_, past, EntityKind::Person)) = view.entity_at(i) else {
        return false;
    };
    let other = view.cluster_at[i] != NO_ENTITY && Some(view.cluster_at[i]) != speaker;
    let attributes_after = view.word(at - 1) == "," || view.is_quote_mark(at - 1);
    other && past < at && (subordinated || !attributes_after)
}

/// True when token `i` may be part of a title before a name (`former
/// Prime Minister Sir`, `Tory former Cabinet minister Lord`).
fn reads_as_title_word(view: &View, i: usize) -> bool {
    view.tokens[i].is_word()
        && (!view.starts_in_lower_case(i)
            || view.lower_is(i, ROLE_NOUNS)
            || view.lower_is(i, &["former", "then", "ex"]))
}

/// True when a name of the speaker's `sort`, in a cluster other than
/// theirs (`cluster`), stands outside quote marks (by `quoted`, for each
/// token) in the tokens `[from, to)`: the pronoun after it may stand for
/// that one (`“Q1,” Daniel Levinson wrote.
/// Warren welcomed the “Q2” ... “Q3,” she added`; `He said he had a call
/// from Belgacem, in which he said: “Q1. Q2.” Then he hung up`).
fn names_another_between(
    view: &View,
    quoted: &[bool],
    (from, to): (usize, usize),
    (sort, cluster): (SpeakerSort, Option<u32>),
) -> bool {
    (from..to).any(|k| {
        !quoted[k]
            && view.cluster_at[k] != NO_ENTITY
            && Some(view.cluster_at[k]) != cluster
            && view.entity_at(k).is_some_and(|(_, _, kind)| match sort {
                SpeakerSort::Person => kind == EntityKind::Person,
                SpeakerSort::Body => {
                    matches!(kind, EntityKind::Organization | EntityKind::Location)
                }
                SpeakerSort::Group => false,
            })
    })
}

/// Who a speaker is, for the pronouns that may go on with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SpeakerSort {
    /// A person: `he` or `she`.
    Person,
    /// An organisation, a country or a body: `it`.
    Body,
    /// People the article describes and does not name (`officials`, `the
    /// police`, `analysts`): `they`.
    Group,
}

/// True when the speaker mention `[a, b)` describes a group of people
/// the article does not name (`Officials said`, `the police said`,
/// `Western diplomats say`): a plural noun that names speakers, in lower
/// case or capitalised only for opening its sentence, not in apposition
/// nor after a copula, with no number (`a 50 percent`).
fn is_group_of_speakers(view: &View, (a, b): (usize, usize)) -> bool {
    let head = view.word(b - 1);
    let plural = head.ends_with('s') || view.lower_is(b - 1, &["police", "people"]);
    plural
        && view.heads_speakers(b - 1)
        && (view.starts_in_lower_case(b - 1) || view.capitalised_for_its_place(a, b))
        && !apposed_or_predicated(view, a)
        && (a..b).all(|i| view.tokens[i].is_word() && view.tokens[i].kind != TokenKind::Number)
}

/// The sort of the speaker of `quote`, if a pronoun may go on with them:
/// a person the article names or describes by a role and leaves unnamed
/// (`an FSA commander`, `the spokeswoman`, `the source`); an organisation
/// or a place (`the United States said`), or a body it describes by a
/// noun that names speakers or heads organisations' names (`the
/// committee`, `the report`, `the government`). Not a description in apposition to a name
/// (`Jens Stoltenberg, NATO secretary-general, said`) nor one a copula
/// gives (`who was a senator`).
fn speaker_sort(view: &View, quote: &Quote) -> Option<SpeakerSort> {
    match (quote.speaker_cluster, quote.speaker) {
        (Some(c), mention) => match view.clusters[c as usize].kind {
            EntityKind::Person => Some(SpeakerSort::Person),
            EntityKind::Organization | EntityKind::Location => Some(SpeakerSort::Body),
            // `Republicans said ... They said`: the members of a party, a
            // people (`Palestinians`), named in the plural.
            EntityKind::Misc => mention
                .is_some_and(|m| names_members_in_the_plural(view, m))
                .then_some(SpeakerSort::Group),
        },
        (None, Some(mention)) => {
            let (a, b) = view.token_range(mention);
            if is_group_of_speakers(view, (a, b)) {
                return Some(SpeakerSort::Group);
            }
            let described =
                b > a + 1 && view.lower_is(a, ARTICLES) && !apposed_or_predicated(view, a);
            if !described {
                return None;
            }
            // `The US embassy in Wellington`: the head comes before
            // the place.
            let head = view.speaker_head(a, b);
            if view.lower_is(head, ROLE_NOUNS) || view.lower_is(head, &["source"]) {
                Some(SpeakerSort::Person)
            } else {
                // `it` goes on with one body: not `the officials`, nor
                // a share (`a 50 percent`); or with one document (`the
                // legislation noted ... it said`).
                let one_body = (view.heads_speakers(head)
                    || view.lower_is(head, ORGANISATION_HEADS)
                    || view.lower_is(head, DOCUMENT_NOUNS))
                    && !view.word(head).ends_with('s')
                    && (a..b).all(|i| view.tokens[i].kind != TokenKind::Number);
                one_body.then_some(SpeakerSort::Body)
            }
        }
        (None, None) => None,
    }
}

/// Documents that say what they hold, and that `it` goes on with when
/// one said something last (`according to the complaint. It said`, `the
/// regulation says ... it says`): few enough of their uses in PolNeAR
/// are sources that the lexicon's speaker nouns leave most out
/// (`legislation` 4 in 81, `regulation` 1 in 24, `complaint` 1 in 15).
const DOCUMENT_NOUNS: &WordList = &WordList::new(&[
    "bill",
    "complaint",
    "decree",
    "directive",
    "document",
    "email",
    "filing",
    "indictment",
    "law",
    "lawsuit",
    "legislation",
    "letter",
    "memo",
    "order",
    "regulation",
    "report",
    "resolution",
    "ruling",
    "statement",
    "study",
    "suit",
    "survey",
]);

/// True when the mention `span` of a name of another kind than a person,
/// an organisation or a place ends in a plural that [`names_members`]
/// (`Republicans`, `Palestinians`, `Senate Democrats`), in a capital and
/// no `-ss` (`Swiss`): the members of a party or a people, whom `they`
/// stands for.
fn names_members_in_the_plural(view: &View, span: Span) -> bool {
    let (_, b) = view.token_range(span);
    let Some(last) = b.checked_sub(1) else {
        return false;
    };
    let word = view.word(last);
    names_members(view, last)
        && word.len() > 3
        && !word.ends_with("ss")
        && view.starts_in_upper_case(last)
}

/// Copulas, after which a description is a predicate: the forms of `be`,
/// the words of [`PASSIVE_AUXILIARIES`].
const COPULAS: &WordList = PASSIVE_AUXILIARIES;

/// True when the description opening at token `a` is no speaker of its
/// own: in apposition to a name, after a comma right after it (`Jens
/// Stoltenberg, NATO secretary-general, said`), or a predicate after a
/// copula (`who was a senator`). After a comma that follows no name it
/// may speak (`Following the meeting, the company said`, `..., the
/// bureau said`).
fn apposed_or_predicated(view: &View, a: usize) -> bool {
    let Some(before) = a.checked_sub(1) else {
        return false;
    };
    let after_name = |comma: usize| {
        comma
            .checked_sub(1)
            .is_some_and(|n| view.entity_at(n).is_some())
    };
    view.lower_is(before, COPULAS) || view.word(before) == "," && after_name(before)
}

/// True when the pronoun of `gender` that says `quote` may stand for the
/// speaker of `earlier`: not one of the other gender (by the pronouns the
/// article links to them, or a `spokeswoman`), and not the one `quote`
/// is said to.
fn may_be(view: &View, earlier: &Quote, gender: Gender, quote: &Quote) -> bool {
    match earlier.speaker_cluster {
        Some(c) => cluster_gender(view, c) != Some(gender.other()) && !addresses(view, quote, c),
        None => earlier.speaker.is_some_and(|mention| {
            let head = view.token_range(mention).1 - 1;
            role_gender(view.word(head)) != Some(gender.other())
        }),
    }
}

/// Words before a speaker that make them one of several (`A, B and C
/// told the judge`) or put their words in a clause the sentence is not
/// about (`Aboul-Gheit issued a warning after Trump said ...`, `Pruitt,
/// who ignited a firestorm when he said ...`): the pronoun after such a
/// sentence is seldom theirs.
const SUBORDINATE_SPEAKER_OPENERS: &WordList = &WordList::new(&[
    "and", "or", "after", "when", "whenever", "while", "because", "as", "since", "before", "until",
    "if", "although", "though", "which", "who", "whom", "that", "where",
]);

/// True when the cluster `c` is named right after the cue of `quote`, as
/// the one spoken to (`She told Boyce ...`): the pronoun is someone else.
fn addresses(view: &View, quote: &Quote, c: u32) -> bool {
    quote.cue.is_some_and(|cue| {
        let after = view.token_range(cue).1;
        (after..after + ADDRESSEE_REACH).any(|j| view.cluster_at.get(j) == Some(&c))
    })
}

/// Tokens after a cue searched for the one spoken to (`told the Dáil`,
/// `told Mr Corbyn`).
const ADDRESSEE_REACH: usize = 3;

/// The gender of the cluster `c`: the one the cluster stage found the
/// article marks (`Theresa May`, by her first name: no `he said` after
/// her quote is hers), else the one of the pronouns the article links to
/// it, the more of them; none when none or as many of each.
fn cluster_gender(view: &View, c: u32) -> Option<Gender> {
    if let Some(gender) = view.clusters[c as usize].gender {
        return Some(gender);
    }
    let (mut male, mut female) = (0usize, 0usize);
    for &mention in &view.clusters[c as usize].mentions {
        let (a, b) = view.token_range(mention);
        match (b == a + 1).then(|| pronoun_gender(view.word(a))).flatten() {
            Some(Gender::Male) => male += 1,
            Some(Gender::Female) => female += 1,
            None => {}
        }
    }
    match male.cmp(&female) {
        std::cmp::Ordering::Greater => Some(Gender::Male),
        std::cmp::Ordering::Less => Some(Gender::Female),
        std::cmp::Ordering::Equal => None,
    }
}

/// Sets each quote's [`Quote::within`]: the indirect quote whose clause
/// holds its content and its cue (its own cue, or the cue of the clause,
/// `X called Y “a liar”`). Of several, the innermost. A clause the same as
/// the report's is within it when its cue is inside and the report's is
/// not (`denouncing [what it calls “Q”]`). A quote with no cue stands
/// alone.
fn mark_reports_within(quotes: &mut [Quote]) {
    let cue_inside = |q: &Quote| q.cue.is_some_and(|cue| q.content.contains(&cue));
    let holds = |outer: &Quote, inner: &Quote| {
        outer.kind == QuoteKind::Indirect
            && outer.content.contains(&inner.content)
            && (outer.content != inner.content || cue_inside(inner) && !cue_inside(outer))
            && inner
                .cue
                .is_some_and(|cue| outer.cue == Some(cue) || outer.content.contains(&cue))
    };
    // Only reports hold others.
    let reports = SpansByStart::new(
        (0..quotes.len())
            .filter(|&j| quotes[j].kind == QuoteKind::Indirect)
            .map(|j| (j, quotes[j].content)),
    );
    for i in 0..quotes.len() {
        let inner = &quotes[i];
        let within = reports
            .may_contain(inner.content)
            .filter(|&j| j != i && holds(&quotes[j], inner))
            .min_by_key(|&j| (quotes[j].content.len(), j))
            .and_then(|j| u32::try_from(j).ok());
        quotes[i].within = within;
    }
}

/// Items' spans sorted by start, to find the spans that may overlap or
/// hold a span without scanning them all: one can do so only if it starts
/// at most the longest span's length before the span ends. Keeps the
/// searches linear in a long document's quotes.
struct SpansByStart {
    /// Each span's start and its item, by start.
    starts: Vec<(u32, usize)>,
    longest: u32,
}

impl SpansByStart {
    fn new(items: impl Iterator<Item = (usize, Span)>) -> Self {
        let mut longest = 0;
        let mut starts: Vec<(u32, usize)> = items
            .map(|(item, span)| {
                longest = longest.max(span.end - span.start);
                (span.start, item)
            })
            .collect();
        starts.sort_unstable();
        SpansByStart { starts, longest }
    }

    /// The items whose spans start in `[from, to)`.
    fn starting_in(&self, from: u32, to: u32) -> impl Iterator<Item = usize> + '_ {
        let first = self.starts.partition_point(|&(start, _)| start < from);
        let past = self.starts.partition_point(|&(start, _)| start < to);
        self.starts[first..past.max(first)]
            .iter()
            .map(|&(_, item)| item)
    }

    /// The items whose spans may hold `span` (all that do, and others).
    fn may_contain(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        self.starting_in(span.end.saturating_sub(self.longest), span.start + 1)
    }

    /// The items whose spans may overlap `span` (all that do, and others).
    fn may_overlap(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        self.starting_in(span.start.saturating_sub(self.longest), span.end)
    }
}

/// Drops each report whose content opens with the cue of another report
/// it holds (`also [described [the showdown as ominous]]`, `previously
/// [denounced [the annexation]]`): the words are reported once, by the
/// inner cue, the verb the adverb leads.
fn drop_leads_of_reports(reports: Vec<Quote>) -> Vec<Quote> {
    let mut by_cue_start: FastMap<u32, Vec<usize>> = FastMap::default();
    for (r, report) in reports.iter().enumerate() {
        if let Some(cue) = report.cue {
            by_cue_start.entry(cue.start).or_default().push(r);
        }
    }
    let leads_another = |lead: &Quote| {
        by_cue_start.get(&lead.content.start).is_some_and(|led| {
            led.iter()
                .any(|&r| lead.content.contains(&reports[r].content))
        })
    };
    let keep: Vec<bool> = reports.iter().map(|r| !leads_another(r)).collect();
    reports
        .into_iter()
        .zip(keep)
        .filter_map(|(r, keep)| keep.then_some(r))
        .collect()
}

/// Drops each indirect report whose content opens where the named
/// speaker of another quote with the same cue does (`“Q,” Brian
/// Pendleton, Founder of #ResistMarch, told The Huffington Post`, `...,
/// said the European Court of Justice (ECJ).`): the cue's speaker read as
/// what it reported, said by the next mention. (A report that holds the
/// other quote is its clause, `X called the plan “Q”`, and one with the
/// same speaker opens with its subject, `Devon and Cornwall Police
/// advertised for a “drone team manager” to set up an “operational ...
/// response”`.)
fn drop_speakers_read_as_contents(view: &View, quotes: &mut Vec<Quote>) {
    let named_speakers: Vec<(Span, Span, Span)> = quotes
        .iter()
        .filter_map(|q| Some((q.cue?, q.speaker?, q.content)))
        .filter(|&(_, speaker, _)| {
            let (a, b) = view.token_range(speaker);
            (a..b).any(|i| view.entity_at(i).is_some())
        })
        .collect();
    quotes.retain(|q| {
        q.kind != QuoteKind::Indirect
            || !q.cue.is_some_and(|cue| {
                named_speakers.iter().any(|&(c, speaker, content)| {
                    c == cue
                        && speaker.start == q.content.start
                        && q.speaker != Some(speaker)
                        && !q.content.contains(&content)
                })
            })
    });
}

/// `Suu Kyi has faced sharp criticism for failing to ...`, `the United
/// Nations came under withering criticism for ...`: the subject of a
/// verb of receiving before a noun of censure is the one censured, not
/// the one who censures. Such a report keeps its content and loses its
/// speaker (on PolNeAR train and dev the subject was the source in 1 of
/// 14 such reports).
fn drop_speakers_who_receive_censure(view: &View, quotes: &mut [Quote]) {
    for quote in quotes.iter_mut() {
        let Some(cue) = quote
            .cue
            .filter(|_| quote.kind == QuoteKind::Indirect && quote.speaker.is_some())
        else {
            continue;
        };
        let (cue, _) = view.token_range(cue);
        let received = view.lower_is(cue, CENSURE_NOUNS)
            && (cue.saturating_sub(CENSURE_RECEIVED_REACH)..cue)
                .rev()
                .take_while(|&i| view.tokens[i].is_word())
                .any(|i| view.lower_is(i, CENSURE_RECEIVING_WORDS));
        if received {
            unattribute(quote, "the subject receives the censure the cue names");
        }
    }
}

/// Adjectives that make a noun of the cue word after them (`new
/// reports that`, `growing calls for`, `widespread concerns that`).
const CUE_NOUN_MODIFIERS: &[&str] = &[
    "new",
    "recent",
    "latest",
    "previous",
    "initial",
    "fresh",
    "growing",
    "mounting",
    "widespread",
    "unconfirmed",
    "conflicting",
];

/// `a string of new reports that Flynn was lobbying`, `The meeting fed
/// growing calls for Sessions to recuse himself`: a speaker found right
/// before a noun cue that ends in one of [`CUE_NOUN_MODIFIERS`] is the
/// noun's own phrase (`a string of new`), not who said it. Such a report
/// keeps its content, as the rules or the scorer found it, and loses its
/// speaker; or, when a possessive determiner opens the phrase (`his
/// recent claim that`), the speaker is the one it stands for.
fn drop_speakers_ending_in_a_cue_modifier(view: &View, quotes: &mut [Quote]) {
    for quote in quotes.iter_mut() {
        let (Some(cue), Some(speaker)) = (quote.cue, quote.speaker) else {
            continue;
        };
        let (cue, _) = view.token_range(cue);
        let (speaker_start, speaker_end) = view.token_range(speaker);
        if speaker_end != cue || cue == 0 || !view.lower_is(cue - 1, CUE_NOUN_MODIFIERS) {
            continue;
        }
        if view.lower_is(speaker_start, POSSESSIVE_DETERMINERS) {
            view.give_speaker(quote, (speaker_start, speaker_start + 1));
        } else {
            unattribute(
                quote,
                "the words before a noun cue (`new reports that`) modify it",
            );
        }
    }
}

/// `farmers pointed out that`, `He points out that`: the particle `out`,
/// a cue by its counts before `that`, was the whole cue, and the verb
/// before it was read as the last word of the speaker (`farmers
/// pointed`). The cue is the verb and its particle; a speaker that ended
/// in the verb ends before it, and one that was the verb alone, or the
/// verb with the words of its verb group (`not rule`, `Just found`), is
/// none.
fn particle_cues_take_their_verb(view: &View, quotes: &mut [Quote]) {
    for quote in quotes.iter_mut() {
        let Some(cue) = quote.cue else {
            continue;
        };
        let (particle, cue_end) = view.token_range(cue);
        if cue_end != particle + 1
            || particle == 0
            || !view.lower_is(particle, &["out"])
            || !view.tokens[particle - 1].is_word()
            || !view.starts_in_lower_case(particle - 1)
        {
            continue;
        }
        let verb = particle - 1;
        quote.cue = Some(view.span(verb, cue_end));
        let Some(speaker) = quote.speaker else {
            continue;
        };
        let (a, b) = view.token_range(speaker);
        if b != particle {
            continue;
        }
        let in_verb_group = |i: usize| {
            view.lower_is(i, &["not", "never", "just"])
                || view.is_auxiliary(i)
                || reads_as_lower_case_adverb(view.word(i))
        };
        if a == verb || in_verb_group(verb - 1) {
            unattribute(quote, "the verb before the particle `out` is no speaker");
        } else {
            view.give_speaker(quote, (a, verb));
        }
    }
}

/// Words that open a clause, not the noun phrase after them, and that a
/// speaker read back from its cue may take in (`However Downing Street
/// has indicated`, `as many see`, `including some officials`). Not
/// `that`, as often the determiner of the speaker's noun (`That report
/// showed`) as the conjunction before it, nor `which`, which PolNeAR
/// marks as the source itself (`, which endorsed Mr. Sanders`).
const CLAUSE_OPENERS_BEFORE_SUBJECT: &WordList = &WordList::new(&["however", "as", "including"]);

/// `However Downing Street has indicated that`, `as some have
/// suggested`, `as many see the move as`: a speaker that no cluster
/// holds, read back from its cue past the word that opens its clause,
/// starts after that word, where it may be a name the cluster stage
/// knows. When what follows is an adverb (`as only ... said`), the
/// report has no speaker.
fn speakers_start_past_their_clause_opener(view: &View, quotes: &mut [Quote]) {
    for quote in quotes.iter_mut() {
        let (Some(speaker), None) = (quote.speaker, quote.speaker_cluster) else {
            continue;
        };
        let (a, b) = view.token_range(speaker);
        // (`as well as three counts` opens no clause.)
        if b < a + 2
            || !view.lower_is(a, CLAUSE_OPENERS_BEFORE_SUBJECT)
            || view.lower_is(a + 1, &["well"])
        {
            continue;
        }
        if reads_as_lower_case_adverb(view.word(a + 1)) {
            unattribute(quote, "a clause opener and an adverb are no speaker");
        } else {
            view.give_speaker(quote, (a + 1, b));
        }
    }
}

/// `a 27-year-old woman said`, `the now-retracted report said`: a
/// speaker described in lower case whose first word a hyphen joins to
/// the words before it takes in those words, and the determiner that
/// opens them, so that it is not named `old woman` or `retracted
/// report`. Pronouns are left alone (`said-they`, a lost space).
fn speakers_take_their_hyphenated_modifiers(view: &View, quotes: &mut [Quote]) {
    for quote in quotes.iter_mut() {
        let Some(speaker) = quote.speaker else {
            continue;
        };
        let (a, b) = view.token_range(speaker);
        if !view.starts_in_lower_case(a) || view.lower_is(a, SPEAKER_PRONOUNS) {
            continue;
        }
        let first = view.hyphenated_compound_start(a);
        if first == a {
            continue;
        }
        let added = view.span(first, a);
        let overlaps = |span: Span| span.start < added.end && added.start < span.end;
        if !overlaps(quote.content) && !quote.cue.is_some_and(overlaps) {
            view.give_speaker(quote, (first, b));
        }
    }
}

/// Nouns of censure that a subject may say or receive (`criticism`).
const CENSURE_NOUNS: &[&str] = &[
    "accusations",
    "allegations",
    "backlash",
    "concerns",
    "condemnation",
    "criticism",
    "criticisms",
    "scrutiny",
];

/// Words before a noun of censure that make their subject its target
/// (`faced`, `drew`, `came under`, `amid`).
const CENSURE_RECEIVING_WORDS: &[&str] = &[
    "amid",
    "despite",
    "draw",
    "drawing",
    "drawn",
    "draws",
    "drew",
    "face",
    "faced",
    "faces",
    "facing",
    "receive",
    "received",
    "receives",
    "receiving",
    "under",
];

/// How many words (adjectives: `sharp`, `withering`, `growing`) may
/// stand between a verb of receiving and the noun of censure.
const CENSURE_RECEIVED_REACH: usize = 3;

/// The learned parts of the extractor.
#[derive(Clone, Copy)]
pub struct Models<'m> {
    /// The cue words.
    pub lexicon: &'m CueLexicon,
    /// Where indirect contents end.
    pub ends: &'m ContentEnds,
    /// Which reports stand.
    pub scorer: &'m ReportScorer,
}

/// Calls `read` with the view of `doc`, its direct and partial quotes,
/// and every report candidate in it, weak ones too, as [`extract`] finds
/// them for a non-empty scorer: what the scorer learns from.
pub(crate) fn with_report_candidates<R>(
    doc: &Document,
    lexicon: &CueLexicon,
    ends: &ContentEnds,
    read: impl FnOnce(&View, &[Quote], &[Candidate]) -> R,
) -> R {
    let tokens = reading_tokens(doc);
    let view = View::new(doc, &tokens, lexicon, ends, true);
    let direct = direct_quotes(&view, STAGE_NAME, &mut Vec::new());
    let candidates = report_candidates(&view, &direct);
    read(&view, &direct.quotes, &candidates)
}

/// The direct and partial quotes of a document, with what the search for
/// indirect ones needs from them.
struct DirectQuotes {
    quotes: Vec<Quote>,
    /// Partial quotes with no attribution of their own: scare quotes,
    /// unless a report holds them (`The ministry said the attack was “a
    /// cowardly act of terror”`, where no mention names the speaker).
    unattributed_partials: Vec<Quote>,
    /// For each token: whether it lies inside quote marks.
    quoted: Vec<bool>,
    /// For each token: whether it is the cue of a partial quote after it.
    partial_cues: Vec<bool>,
    /// For each token: whether it is the cue of a whole quote before it.
    cues_after_quotes: Vec<bool>,
    /// For each token: whether it opens a whole quote with an attribution
    /// of its own, or that attribution before it: after a colon, the quote
    /// attributed after it (`...: “Q,” X wrote`); the speaker of a quote
    /// introduced by its cue (`..., Trump boasted, “Q”`). What a report
    /// before it says ends there.
    opens_attributed_quote: Vec<bool>,
    /// For each token that opens a partial quote: the token past the
    /// shortest one.
    partial_quote_past: FastMap<usize, usize>,
    /// Each part of the quotes (in the order of the quotes and their
    /// parts): its first token, the token past it, and that order; by
    /// first token.
    parts_by_open: Vec<(usize, usize, usize)>,
}

/// The direct and partial quotes of the document of `view`.
fn direct_quotes(view: &View, stage: &str, diagnostics: &mut Vec<Diagnostic>) -> DirectQuotes {
    let pairs = pair_marks(view, stage, diagnostics);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut unattributed_partials = Vec::new();
    let mut quoted = vec![false; view.tokens.len()];
    for found in pairs.iter().filter_map(|&(o, c)| classify(view, o, c)) {
        quoted[found.first..=found.last]
            .iter_mut()
            .for_each(|q| *q = true);
        let previous_speaker = quotes
            .iter()
            .rev()
            .find(|q| {
                q.speaker.is_some()
                    && (q.kind == QuoteKind::Direct || attributed_just_before(view, q, &found))
            })
            .map(|q| (q.speaker, q.speaker_name.clone(), q.speaker_cluster));
        let names_something = found.kind == QuoteKind::Partial
            && (is_title(view, &found) && !in_title_case_headline(view, found.first)
                || is_named_term(view, &found))
            || tells_a_title(view, &found)
            || title_standing_alone(view, &found);
        if names_something || names_a_work(view, &found) {
            continue; // `on “Fox and Friends.”`: a name, not words said
        }
        if let Some(turn) = transcript_turn(view, &found) {
            quotes.push(turn);
            continue;
        }
        if let Some(last) = quotes.last_mut().filter(|q| listed_after(view, q, &found)) {
            join_fragment(view, last, &found);
            continue;
        }
        let attribution = match found.kind {
            QuoteKind::Partial => attributed_after_comma(view, &found)
                .or_else(|| attribute_in_sentence(view, found.first, &quoted))
                .or_else(|| attribute_direct(view, &found, &quoted))
                .or_else(|| attribute_woven_as_direct(view, &found, &quoted)),
            _ => signed_by_dash(view, found.last)
                .or_else(|| attribute_direct(view, &found, &quoted))
                .or_else(|| signed_by_name_and_role(view, &found))
                .or_else(|| {
                    previous_speaker
                        .is_none()
                        .then(|| attribution_sentence_before(view, &found, &quoted))
                        .flatten()
                })
                .or_else(|| {
                    let goes_on = quotes.last().is_some_and(|q| goes_on_from(view, q, &found));
                    (!goes_on)
                        .then(|| reporter_of_sentence_before(view, &found, &quoted))
                        .flatten()
                }),
        };
        let mut found = found;
        if found.kind == QuoteKind::Partial
            && opens_sentence(view, found.first)
            && attribution.is_some_and(|(cue, _)| cue.is_some_and(|c| c > found.last))
        {
            // `“I would,” Melanie said`: a short quote that opens its
            // sentence and is attributed after it is said whole.
            found.kind = QuoteKind::Direct;
        }
        let quote = match attribution {
            Some((cue, speaker))
                if shares_attribution(view, quotes.last_mut(), &found, cue, speaker) =>
            {
                continue
            }
            Some((cue, speaker)) => {
                let mut quote = view.attributed_quote(
                    found.kind,
                    (found.first, found.last + 1),
                    cue.map(|c| (c, cue_end(view, c))),
                    speaker,
                );
                if let Some(cue) = cue.filter(|&c| c < found.first) {
                    take_relative_subject(view, &mut quote, cue);
                }
                quote
            }
            // `'Carson is cratering' while Trump rises`, `‘Black Lives
            // Matter’ Sends ...`: a headline quotes names and slogans; what
            // no one in it says is no quote.
            None if in_headline(view, found.first) && !after_colon(view, found.first) => continue,
            None if found.kind == QuoteKind::Partial => {
                unattributed_partials.push(unattributed_quote(
                    view,
                    &found,
                    "a partial quote with no cue or speaker near it",
                ));
                continue;
            }
            None => match previous_speaker {
                Some(_) if continues_last_quote(view, quotes.last_mut(), &found) => continue,
                Some(_) if quotes.last().is_some_and(|q| signed_by_dash_after(view, q)) => {
                    unattributed_quote(
                        view,
                        &found,
                        "no cue or speaker near the quote; the quote before it is signed by another",
                    )
                }
                Some((speaker, name, cluster)) => Quote {
                    content: view.span(found.first, found.last + 1),
                    fragments: Vec::new(),
                    kind: found.kind,
                    cue: None,
                    speaker: cluster
                        .zip(speaker)
                        .and_then(|(c, s)| latest_mention(view, c, s, found.first, &quoted))
                        .or(speaker),
                    speaker_name: name,
                    speaker_cluster: cluster,
                    unattributed: None,
                    within: None,
                },
                None => unattributed_quote(view, &found, "no cue or speaker near the quote"),
            },
        };
        quotes.push(quote);
    }
    for block in block_quotes(view, &quoted) {
        let (first, past) = tokens_within(view.tokens, block.content);
        quoted[first..past].iter_mut().for_each(|q| *q = true);
        quotes.push(block);
    }
    // A cue that attributes a partial quote reports the clause around it;
    // one that follows the whole quote it attributes, or the first part
    // of an interrupted one (`“Q,” X said on CNN`, `“Q,” X told
    // reporters`, `“Q1,” X said in an interview. “Q2”`) reports that
    // quote, not the words after it. (Doing the same after partial quotes
    // lost more than it gained on PolNeAR dev.)
    let mut partial_cues = vec![false; view.tokens.len()];
    let mut cues_after_quotes = vec![false; view.tokens.len()];
    let mut opens_attributed_quote = vec![false; view.tokens.len()];
    for q in &quotes {
        let Some(cue) = q.cue else {
            continue;
        };
        let flags = match q.kind {
            QuoteKind::Partial if cue.end <= q.content.start => &mut partial_cues,
            // An interrupted quote's attribution follows its first part.
            QuoteKind::Direct if attributed_after(q) => {
                let (open, _) = tokens_within(view.tokens, q.content);
                if after_colon(view, open) {
                    opens_attributed_quote[open] = true;
                }
                &mut cues_after_quotes
            }
            QuoteKind::Direct => {
                if let Some(speaker) = q.speaker.filter(|s| s.end <= cue.start) {
                    let (first, _) = tokens_within(view.tokens, speaker);
                    let (open, _) = tokens_within(view.tokens, q.content);
                    let after_break = first > 0 && CLAUSE_BREAKS.contains(&view.word(first - 1));
                    if after_break && view.sentence_of[first] == view.sentence_of[open] {
                        opens_attributed_quote[first] = true;
                    }
                }
                if let Some(lead) = further_verb_of_subject(view, cue) {
                    opens_attributed_quote[lead] = true;
                }
                continue;
            }
            _ => continue,
        };
        let (at, _) = tokens_within(view.tokens, cue);
        if let Some(flag) = flags.get_mut(at) {
            *flag = true;
        }
    }
    let mut partial_quote_past: FastMap<usize, usize> = FastMap::default();
    for q in quotes.iter().filter(|q| q.kind == QuoteKind::Partial) {
        let (first, past) = tokens_within(view.tokens, q.content);
        let shortest = partial_quote_past.entry(first).or_insert(past);
        *shortest = (*shortest).min(past);
    }
    let mut parts_by_open: Vec<(usize, usize, usize)> = quotes
        .iter()
        .flat_map(Quote::parts)
        .enumerate()
        .map(|(order, &part)| {
            let (open, past) = tokens_within(view.tokens, part);
            (open, past, order)
        })
        .collect();
    parts_by_open.sort_unstable();
    DirectQuotes {
        quotes,
        unattributed_partials,
        quoted,
        partial_cues,
        cues_after_quotes,
        opens_attributed_quote,
        partial_quote_past,
        parts_by_open,
    }
}

/// The quote `found` attributed to no one, for `reason`.
fn unattributed_quote(view: &View, found: &Found, reason: &str) -> Quote {
    Quote {
        content: view.span(found.first, found.last + 1),
        fragments: Vec::new(),
        kind: found.kind,
        cue: None,
        speaker: None,
        speaker_name: None,
        speaker_cluster: None,
        unattributed: Some(reason.to_string()),
        within: None,
    }
}

/// The attribution right after a partial quote that ends in a comma
/// (`In 2009, when Obama offered the states money, “states were
/// hemorrhaging money,” DeSantis said.`): the words before the quote are
/// the writer's lead-in to them, and a cue among them is no attribution.
fn attributed_after_comma(view: &View, found: &Found) -> Option<Attribution> {
    closes_on_comma(view, found.last)
        .then(|| after_quote(view, found))
        .flatten()
}

/// True when the quote mark at `closing` closes its quote on a comma
/// (`“... money,”`).
fn closes_on_comma(view: &View, closing: usize) -> bool {
    closing > 0 && view.word(closing - 1) == ","
}

/// Capitalised words a determiner and a noun may hold between them (`a
/// White House statement`, `the CNN interview`), at most.
const NAME_MODIFIER_WORDS: usize = 2;

/// Endings of nouns that name what was said (`statement`, `declaration`,
/// `interview`), never of a verb.
const SAYING_NOUN_ENDINGS: &[&str] = &["ment", "tion", "sion", "view"];

/// True when the word at `cue`, in the sentence from `start`, follows a
/// determiner, right after it (`his estimate`) or, when it ends as a noun
/// of saying does, past a name modifying it (`a White House statement`;
/// not `The Times reported`, `the US say`): a noun.
fn determined_noun(view: &View, start: usize, cue: usize) -> bool {
    let word = view.word(cue);
    let modifiers = if SAYING_NOUN_ENDINGS.iter().any(|e| word.ends_with(e)) {
        NAME_MODIFIER_WORDS
    } else {
        0
    };
    // Not past a possessive: `the IMF's estimate` is the IMF's.
    (start..cue)
        .rev()
        .take(modifiers + 1)
        .find(|&i| view.lower_is(i, DETERMINERS) || !view.starts_in_upper_case(i))
        .is_some_and(|i| view.lower_is(i, DETERMINERS))
}

/// True when token `i` is a subject pronoun with a word after it in its
/// sentence (ending at `sentence_end`): the subject of a clause (`he
/// would`), not an inverted speaker (`said he.`).
fn opens_clause_as_subject(view: &View, i: usize, sentence_end: usize) -> bool {
    view.lower_is(i, SPEAKER_PRONOUNS) && i + 1 < sentence_end && view.tokens[i + 1].is_word()
}

/// True when token `i` opens a mention that a cue follows at once, not
/// set off by a comma after it (`Lewandowski said he`, not the aside `he
/// said,`), outside quote marks: the subject of a report of its own.
fn opens_report_of_its_own(view: &View, i: usize, quoted: &[bool]) -> bool {
    mention_opened_at(view, i).is_some_and(|b| {
        let cue = appositive_cue(view, b).unwrap_or(b);
        !quoted[i] && view.is_cue(cue) && !quoted[cue] && view.word(cue + 1) != ","
    })
}

/// Where the mention that token `i` opens ends: the name that a name
/// there and role words lead to (`Republican presidential nominee Donald
/// Trump`), one starting there, or one a possessive and role words lead
/// to (`its owner Evgeny Lebedev`, `his spokesman`).
fn mention_opened_at(view: &View, i: usize) -> Option<usize> {
    let name_after = view
        .entity_at(i)
        .filter(|&(a, _, _)| a == i)
        .and_then(|(_, b, _)| name_after_role(view, b));
    if name_after.is_some() {
        return name_after;
    }
    if let Some((a, b)) = view.mention_at(i) {
        return (a == i).then_some(b);
    }
    // `the state news agency`, `a spokesman`: a noun that heads speakers
    // makes a mention back to its determiner.
    if view.lower_is(i, &["the", "a", "an"]) {
        let described = (i + 1..i + 1 + NOUN_PHRASE_WORDS)
            .take_while(|&j| view.tokens.get(j).is_some_and(|t| t.is_word()))
            .find_map(|j| view.mention_at(j).filter(|&(a, _)| a == i));
        if let Some((_, b)) = described {
            return Some(b);
        }
    }
    if !view.lower_is(i, POSSESSIVE_DETERMINERS) {
        return None;
    }
    (i + 1..i + 1 + POSSESSED_ROLE_WORDS)
        .take_while(|&j| view.tokens.get(j).is_some_and(|t| t.is_word()))
        .find_map(|j| {
            let (a, b) = view.mention_at(j)?;
            (a >= i && (i + 1..a).all(|k| in_lower_case_role(view, k))).then_some(b)
        })
}

/// Where the name ends that the role words from token `from` lead to
/// (`[presidential nominee] Donald Trump`): words of a role in lower case
/// that end as a role does, then a name.
fn name_after_role(view: &View, from: usize) -> Option<usize> {
    (from + 1..=from + POSSESSED_ROLE_WORDS)
        .take_while(|&j| j < view.tokens.len() && in_lower_case_role(view, j - 1))
        .filter(|&j| ends_a_role(view, j - 1))
        .find_map(|j| view.entity_at(j).filter(|&(a, _, _)| a == j))
        .map(|(_, b, _)| b)
}

/// Possessive determiners that open a speaker's noun phrase (`its owner`,
/// `his lawyer`).
const POSSESSIVE_DETERMINERS: &[&str] = &["its", "his", "her", "their"];

/// Words between a possessive determiner and the mention it leads to, at
/// most (`its chief executive Sundar Pichai`).
const POSSESSED_ROLE_WORDS: usize = 4;

/// The cue right after the apposition that follows a name ending at
/// token `past` (`Christopher P. Salas-Wright, an assistant professor at
/// Boston University's School of Social Work, told Politifact`; `Alexander
/// Zhukov, the president of the Russian Olympic Committee (ROC), said`:
/// its words may hold a parenthesis; `Victor Gao, director of the China
/// National Association of International Studies, says`: a bare role; `a
/// Britain-based war monitor`: a hyphen inside a word is one of its
/// words).
fn appositive_cue(view: &View, past: usize) -> Option<usize> {
    if view.word(past) != "," || !opens_apposition(view, past + 1) {
        return None;
    }
    let limit = (past + 1 + APPOSITION_WORDS).min(view.tokens.len());
    let mut j = past + 1;
    let comma = loop {
        if j >= limit {
            return None;
        }
        if view.word(j) == "(" {
            j = parenthesis_close(view, j)? + 1;
        } else if !view.tokens[j].is_word() && !view.is_inner_hyphen(j) {
            break j;
        } else {
            j += 1;
        }
    };
    (view.word(comma) == "," && view.is_cue(comma + 1)).then_some(comma + 1)
}

/// Words in lower case before the noun of a bare role, at most (`former
/// deputy director of`).
const BARE_ROLE_MODIFIERS: usize = 2;

/// True when an apposition may open at token `i`: a noun phrase, or a
/// role with no determiner, its noun in lower case (`director of`,
/// `former chief executive of`, `spokesman for`).
fn opens_apposition(view: &View, i: usize) -> bool {
    view.opens_noun_phrase(i)
        || (i..view.tokens.len())
            .take(BARE_ROLE_MODIFIERS + 1)
            .take_while(|&j| in_lower_case_role(view, j))
            .any(|j| view.heads_speakers(j))
}

/// The `)` that closes the parenthesis opened at `open`, within
/// [`PARENTHESIS_TOKENS`].
fn parenthesis_close(view: &View, open: usize) -> Option<usize> {
    (open + 1..view.tokens.len())
        .take(PARENTHESIS_TOKENS)
        .find(|&j| view.word(j) == ")")
}

/// The name whose apposition ends right before `cue`: the inverse of
/// [`appositive_cue`].
fn named_before_apposition(view: &View, cue: usize) -> Option<(usize, usize)> {
    let floor = cue.saturating_sub(APPOSITION_WORDS + 2);
    let mut j = cue.checked_sub(2)?;
    let comma = loop {
        if j < floor {
            return None;
        }
        if view.word(j) == ")" {
            let before = before_parenthesis(view, floor, j);
            if before == j {
                return None;
            }
            j = before;
        } else if !view.tokens[j].is_word() && !view.is_inner_hyphen(j) {
            break j;
        } else {
            j = j.checked_sub(1)?;
        }
    };
    let (a, b, _) = view.entity_at(comma.checked_sub(1)?)?;
    (b == comma && appositive_cue(view, b) == Some(cue)).then_some((a, b))
}

/// Words of an apposition between a name and its cue, at most.
const APPOSITION_WORDS: usize = 14;

/// Where the cue `cue` of a quote after it goes on from its subject's
/// earlier verb, the first word of its lead: `and` or `while` before it
/// (`noted that ..., and added: “Q”`, `while adding on climate change,
/// “Q”`), or the cue itself, a participle after a comma (`..., saying
/// “Q”`). What the earlier verb reports ends there.
fn further_verb_of_subject(view: &View, cue: Span) -> Option<usize> {
    let (at, _) = tokens_within(view.tokens, cue);
    if at == 0 {
        return None;
    }
    if view.lower_is(at - 1, &["and", "while"]) {
        Some(at - 1)
    } else if view.word(at - 1) == "," && view.word(at).ends_with("ing") {
        Some(at)
    } else {
        None
    }
}

/// True when `quote`'s cue follows its first part (`“Q,” X said`,
/// `“Q1,” X said. “Q2”`).
fn attributed_after(quote: &Quote) -> bool {
    quote.cue.is_some_and(|c| c.start >= quote.parts()[0].end)
}

/// True when `partial` is attributed by a cue after it, in the sentence
/// before `found` or its own (`... are “not meeting the demand,” says
/// Paul Rieckhoff. “Q”`): a quote standing alone there goes on from its
/// speaker.
fn attributed_just_before(view: &View, partial: &Quote, found: &Found) -> bool {
    let (_, past) = tokens_within(view.tokens, partial.content);
    partial.cue.is_some_and(|c| c.start >= partial.content.end)
        && past > 0
        && view.sentence_of[past - 1] + 1 >= view.sentence_of[found.first]
}

/// The last mention of cluster `cluster` after the speaker mention
/// `since` and before token `before`, outside quote marks: a quote that
/// goes on from an earlier speaker is said by the entity's latest mention
/// (`Ryan Ellis said ... Ellis added ... “Q”` → `Ellis`, as PolNeAR marks
/// it). Not an owner's (`Howard continued his scathing remarks. “Q”`:
/// `Howard`, not `his`; `the senator's aides`).
fn latest_mention(
    view: &View,
    cluster: u32,
    since: Span,
    before: usize,
    quoted: &[bool],
) -> Option<Span> {
    let (_, from) = tokens_within(view.tokens, since);
    let owner = |j: usize| {
        view.lower_is(j, &["his", "its", "their"]) || view.lower_is(j + 1, POSSESSIVE_CLITICS)
    };
    let last = (from..before)
        .rev()
        .find(|&j| view.cluster_at[j] == cluster && !quoted[j] && !owner(j))?;
    let first = (from..last)
        .rev()
        .take_while(|&j| view.cluster_at[j] == cluster && !quoted[j])
        .last()
        .unwrap_or(last);
    Some(view.span(first, last + 1))
}

/// Gives a quote that lies inside the clause of an indirect quote
/// (`X said that if ..., “Q”`, `she recalled thinking, “Q”`) that report's
/// cue and speaker: the quoted words are part of what the report says. A
/// quote keeps its own attribution when its cue lies inside the clause
/// before it (`X said that Y told him, “Q”`: Y's words, reported by X),
/// not when it lies after it (`X said that “Q” against what the campaign
/// sees as ...`), nor when its speaker is the report's and its cue the
/// likelier cue of the two (`Ditto said she expects the campaign “to
/// continue ...”` takes `said`; `Trump attacked Clinton, saying “Q”`
/// keeps `saying`), nor when the report has no speaker and the quote an
/// attribution after it.
/// `reports` finds the reports in `indirect` by their content; of several
/// that qualify, the first in `indirect` gives the attribution.
fn adopt_enclosing_report(
    view: &View,
    quote: &mut Quote,
    indirect: &[Quote],
    reports: &SpansByStart,
) {
    if quote.kind == QuoteKind::Indirect {
        return;
    }
    // `It is aimed at testing “Q,” the ministry noted`: a report that
    // names no speaker takes no quote from the attribution after it.
    let attributed_after =
        quote.speaker.is_some() && quote.cue.is_some_and(|c| c.start >= quote.content.end);
    let encloses = |r: &Quote| {
        let own_cue_within = quote
            .cue
            .filter(|c| r.content.contains(c) && c.end <= quote.content.start);
        let yields_own_cue = |own: Span| {
            quote.speaker_cluster.is_some()
                && quote.speaker_cluster == r.speaker_cluster
                && r.cue.is_some_and(|cue| more_often_a_cue(view, cue, own))
        };
        let gives_speaker = r.speaker.is_some() || !attributed_after;
        // `Ms Sturgeon said: “Q1. Q2”. Mrs May told staff`: a cue before
        // a whole quote in its sentence outranks a report's after it.
        let led_in = quote.kind == QuoteKind::Direct
            && quote.cue.is_some_and(|c| {
                c.end <= quote.content.start
                    && view.sentence_of[tokens_within(view.tokens, c).0]
                        == view.sentence_of[tokens_within(view.tokens, quote.content).0]
            })
            && r.cue.is_some_and(|c| c.start >= quote.content.end);
        r.content.contains(&quote.content)
            && r.content != quote.content
            && gives_speaker
            && !led_in
            && own_cue_within.is_none_or(yields_own_cue)
    };
    let report = reports
        .may_contain(quote.content)
        .filter(|&r| encloses(&indirect[r]))
        .min()
        .map(|r| &indirect[r]);
    if let Some(report) = report {
        quote.cue = report.cue;
        take_speaker_of(quote, report);
        quote.unattributed = None;
    }
}

/// True when the word of cue `a` is a cue in a larger share of its uses
/// in the lexicon's corpus than the word of cue `b`.
fn more_often_a_cue(view: &View, a: Span, b: Span) -> bool {
    let share = |cue: Span| view.lexicon().cue_counts(&view.text[cue.range()]);
    let ((cues_a, uses_a), (cues_b, uses_b)) = (share(a), share(b));
    u64::from(cues_a) * u64::from(uses_b) > u64::from(cues_b) * u64::from(uses_a)
}

/// Longest lead-in of the writer's that a quote completes (`Both political
/// parties “saw Burma as ...,” said X`, `However laudable the goal, using
/// the capital gains tax ''is a misguided approach,'' X said`).
const LEAD_IN_SUBJECT_TOKENS: usize = 25;

/// The writer's clause a quote completes, as an indirect quote with the
/// quote's cue and speaker: a lead-in of the writer's words, with no
/// colon, semicolon or other quote and no cue (unless the quote closes on
/// a comma and is attributed after it), opens the sentence and the quote
/// goes on from it in lower case
/// (`Clinton “is the only candidate
/// ...,” said Lloyd Newton`, `The country “has made dramatic changes,”
/// McConnell said`). PolNeAR takes the subject into the content; the
/// quote stays a quote of its own, nested in the clause. An interrupted
/// quote's clause keeps its parts, the subject in the first. The quote's
/// own attribution may stand between, set off by commas (`It was, the
/// president said, ''a stone where ...''`): the lead-in is then the
/// clause's first part.
fn clause_led_into_quote(view: &View, quote: &Quote) -> Option<Quote> {
    if quote.kind == QuoteKind::Indirect {
        return None;
    }
    let cue = quote.cue?;
    let (open, past) = tokens_within(view.tokens, quote.content);
    let start = view.sentences[view.sentence_of[open]].0;
    let continues = view.starts_in_lower_case(open + 1);
    // `In 2009, when Obama offered the states money, “states were
    // hemorrhaging money,” DeSantis said.`: a quote attributed after the
    // comma that closes it completes the whole sentence before it, cue
    // words and all.
    let attributed_after_comma = attributed_after(quote)
        && closes_on_comma(view, tokens_within(view.tokens, quote.parts()[0]).1 - 1);
    // `So when Patriot signaled ..., Mr. Barrett said, "we were floored."`:
    // the lead-in ends at the comma before the attribution between it and
    // the quote.
    let (attribution_start, attribution_end) = [Some(cue), quote.speaker]
        .into_iter()
        .flatten()
        .map(|s| tokens_within(view.tokens, s))
        .fold((open, start), |(a, b), (c, d)| (a.min(c), b.max(d)));
    let attribution = (attribution_start > start + 1
        && attribution_end + 1 == open
        && view.word(attribution_start - 1) == ","
        && view.word(open - 1) == ",")
        .then_some(attribution_start);
    let lead_in = start..attribution.map_or(open, |a| a - 1);
    let plain_lead_in = !lead_in.is_empty()
        && lead_in.len() <= LEAD_IN_SUBJECT_TOKENS
        && lead_in.clone().all(|i| {
            !matches!(view.word(i), ":" | ";")
                && !view.is_quote_mark(i)
                && (attributed_after_comma || !view.is_cue(i))
        });
    if !(continues && plain_lead_in && !opens_with_report(view, lead_in.clone())) {
        return None;
    }
    // `Cruz exhorted Republicans to “vote your conscience”`: a lead-in
    // that holds the quote's own cue is its attribution, and the clause
    // is what the cue reports, not the sentence from its subject.
    let (cue_start, _) = tokens_within(view.tokens, cue);
    let start = if lead_in.contains(&cue_start) {
        content_start(view, cue_start, open)?
    } else {
        start
    };
    Some({
        let mut clause = quote.clone();
        clause.kind = QuoteKind::Indirect;
        clause.content = view.span(start, past);
        if attribution.is_some() {
            clause.fragments = std::iter::once(view.span(lead_in.start, lead_in.end))
                .chain(quote.parts().iter().copied())
                .collect();
        } else if let Some(first) = clause.fragments.first_mut() {
            // `Both parties “Q1,” said X. “Q2”`: the subject opens the first part.
            first.start = clause.content.start;
        }
        clause
    })
}

/// True when the lead-in `lead_in` opens with a report of its own: a
/// subject of a few words, a verb of saying and words it reports
/// (`DuVernay said she felt ... because “Q,” she said`). That report
/// holds the quote, which is the lead-in's speaker's; the quote's
/// attribution reports no clause. (`When Sanders said ...`, a
/// subordinate clause, and `Nothing the president said “Q”`, a verb
/// right before the quote, open no report.)
fn opens_with_report(view: &View, lead_in: std::ops::Range<usize>) -> bool {
    !opens_with_subordinator(view, lead_in.start)
        && lead_in
            .clone()
            .take(LEAD_IN_REPORT_SUBJECT_TOKENS + 1)
            .skip(1)
            .find(|&i| view.is_cue(i) && view.lower_is(i, SPEECH_VERBS))
            .is_some_and(|cue| cue + 1 < lead_in.end && view.tokens[cue + 1].is_word())
}

/// Most tokens of the subject of a report opening a lead-in.
const LEAD_IN_REPORT_SUBJECT_TOKENS: usize = 4;

/// Most words between `what` or `which` and the cue of a naming
/// (`what the Post's editorial board called`).
const NAMER_WORDS: usize = 6;

/// The relative clause that names something with a quote (`what aide
/// Kevin Phillips called “Q”`, `which Mr. Trump called ''a disgrace''`),
/// as an indirect quote with the quote's cue and speaker: PolNeAR reports
/// the clause, not the quoted words alone, after a pronoun too (`what it
/// calls “Q”`: 5 clauses on PolNeAR train against 3 quotes alone).
fn relative_naming(view: &View, quote: &Quote) -> Option<Quote> {
    if quote.kind == QuoteKind::Indirect {
        return None;
    }
    let (cue, _) = tokens_within(view.tokens, quote.cue?);
    let (open, past) = tokens_within(view.tokens, quote.content);
    let naming = view.lower_is(cue, &["call", "calls", "called", "dubbed", "termed"]);
    if !naming || cue + 1 != open {
        return None;
    }
    // The namer may hold an apposition set off by commas (`which Apple's
    // chief executive, Tim Cook, called`).
    let relative = (0..cue)
        .rev()
        .take_while(|&i| view.tokens[i].is_word() || view.word(i) == ",")
        .filter(|&i| view.tokens[i].is_word())
        .take(NAMER_WORDS + 1)
        .find(|&i| view.lower_is(i, &["what", "which"]))
        .filter(|&i| i + 1 < cue)?;
    let mut clause = quote.clone();
    clause.kind = QuoteKind::Indirect;
    clause.content = view.span(relative, past);
    clause.fragments = Vec::new();
    Some(clause)
}

/// True when token `i` opens its paragraph.
fn opens_paragraph(view: &View, i: usize) -> bool {
    i == 0 || view.paragraph_of[i - 1] != view.paragraph_of[i]
}

/// True when token `i` opens its sentence.
fn opens_sentence(view: &View, i: usize) -> bool {
    view.sentences[view.sentence_of[i]].0 == i
}

/// Tokens between the parts of one interrupted quote, at most (`“Q1,”
/// said the senator from Ohio, Jane Doe, on Monday. “Q2”`).
const INTERRUPTION_TOKENS: usize = 40;

/// Joins a direct quote with no attribution of its own to the last quote
/// when that one is direct and attributed, or partial and attributed
/// after it (`the gain is “ten times the losses,” he said. “Q2”`), and
/// in the same paragraph, close before it and at most one sentence away
/// (its attribution's), or opening the next paragraph right after it:
/// `“Q1,” X said. “Q2”` is one quote of X's in two parts; a sentence of
/// narration between them makes two quotes.
fn continues_last_quote(view: &View, last: Option<&mut Quote>, found: &Found) -> bool {
    match last {
        Some(last) if goes_on_from(view, last, found) => {
            join_fragment(view, last, found);
            true
        }
        _ => false,
    }
}

/// True when `found` goes on from `last` as [`continues_last_quote`]
/// joins them.
fn goes_on_from(view: &View, last: &Quote, found: &Found) -> bool {
    let goes_on =
        last.kind == QuoteKind::Direct || last.kind == QuoteKind::Partial && attributed_after(last);
    found.kind == QuoteKind::Direct
        && goes_on
        && last.speaker.is_some()
        && (follows_closely(view, last, found) && !reports_between(view, last, found)
            || opens_next_paragraph(view, last, found))
        && !reported_later_in_sentence(view, found)
        && !reported_after_uncued(view, last, found)
        && !signed_by_dash_after(view, last)
}

/// True when `quote` is signed by a dash and a name after it (`“Q1” ―
/// Christina N Luis Olidem`): the signature closes it, and a quote after
/// it is the next reader's (`“Q2” ― Christina Lastra`), not its next part.
/// A hyphen signs a quote too (`"Q,"-Farhadi said`, a lost space), but
/// one is no signature that closes a list of signed quotes.
fn signed_by_dash_after(view: &View, quote: &Quote) -> bool {
    quote.cue.is_some_and(|cue| {
        cue.start >= quote.content.end && is_one_of(view.text[cue.range()].trim(), SIGNATURE_DASHES)
    })
}

/// True when `last` has no cue of its own (its speaker carried over from
/// the quote before), closes on a word, not on punctuation, and a cue
/// stands between it and `found`: `“Q1” to drive up the stock price, she
/// said, referencing ... . “Q2”`. The words between are the writer's,
/// reported there, and `found` is a quote of its own, not the next part
/// of `last`. (After `“Q1,” X said.` PolNeAR joins `“Q2”` to `“Q1”`,
/// even where the attribution was missed.)
fn reported_after_uncued(view: &View, last: &Quote, found: &Found) -> bool {
    let (_, last_end) = tokens_within(view.tokens, last.content);
    last.cue.is_none()
        && last_end >= 2
        && view.tokens[last_end - 2].is_word()
        && (last_end..found.first).any(|i| view.is_cue(i) && !view.is_quote_mark(i))
}

/// True when a cue stands after the quote `found`, in its sentence,
/// past words of the writer's (`“Q,” X said. “Q2” to drive up ..., she
/// said`): the quote has an attribution of its own.
fn reported_later_in_sentence(view: &View, found: &Found) -> bool {
    let end = view.sentences[view.sentence_of[found.first]].1;
    let after = found.last + 1;
    after < end
        && view.tokens[after].is_word()
        && (after..end).any(|i| view.is_cue(i) && !view.is_quote_mark(i))
}

/// True when `found` opens the paragraph right after the one `last`
/// ends, nothing standing between them but `last`'s own attribution after
/// it: `“Q1,” X said. “Q2.”¶“Q3.”` and `“Q2,” X told MSNBC.¶“Q3.”` go
/// on with X's words, and so does a quote running over paragraphs, each
/// opened with a mark and only the last closed. PolNeAR annotates each
/// as one quote in parts.
fn opens_next_paragraph(view: &View, last: &Quote, found: &Found) -> bool {
    let (_, last_end) = tokens_within(view.tokens, last.content);
    if last_end == 0
        || !opens_paragraph(view, found.first)
        || view.paragraph_of[found.first] != view.paragraph_of[last_end - 1] + 1
    {
        return false;
    }
    let own_cue = last
        .cue
        .map(|c| tokens_within(view.tokens, c).0)
        .filter(|&c| c >= last_end);
    let attribution_sentence = own_cue.map(|c| view.sentence_of[c]);
    (last_end..found.first).all(|i| {
        view.paragraph_of[i] == view.paragraph_of[last_end - 1]
            && (!view.tokens[i].is_word()
                || Some(view.sentence_of[i]) == attribution_sentence
                    && (!view.is_cue(i) || Some(i) == own_cue))
    })
}

/// True when a cue other than `last`'s stands between `last` and `found`
/// in the sentence `found` opens in (`“Q1,” Sanders said, suggesting a
/// few questions, including, “Q2”`): `found` goes on from a report of
/// its own, not from `last`. (After `“Q1,” he said, referring to the
/// country's name. “Q2”`, a new sentence, the quote goes on; so does a
/// quote that finishes the sentence of `last` in lower case: `“Q1,”
/// Tester said, referring to the excuse, “you give ammunition ...”`.)
fn reports_between(view: &View, last: &Quote, found: &Found) -> bool {
    let (_, last_end) = tokens_within(view.tokens, last.content);
    let sentence = view.sentence_of[found.first];
    // (Not when a `that` between them opens a clause that holds `found`:
    // `“Q1!” she wrote, arguing that if ..., “q2”`; nor when `found` is
    // woven into the writer's words, no comma or colon before it: `“Q1,”
    // she wrote, recalling the meeting ..., where Reagan went with a
    // willingness “q2”`.)
    let finishes_sentence_of_last = view.sentence_of[last_end - 1] == sentence
        && view.starts_in_lower_case(found.first + 1)
        && found.first > 0
        && matches!(view.word(found.first - 1), "," | ":")
        && !(last_end..found.first).any(|i| view.lower_is(i, &["that"]));
    let own_cue = last.cue.map(|c| tokens_within(view.tokens, c).0);
    !finishes_sentence_of_last
        && (last_end..found.first)
            .any(|i| view.is_cue(i) && Some(i) != own_cue && view.sentence_of[i] == sentence)
}

/// Joins a quote to the last quote when both have the one attribution
/// standing between them: `“Q1,” X said, “q2”` is one quote of X's in two
/// parts (PolNeAR annotates it so), whichever of the two the cue was
/// found for.
fn shares_attribution(
    view: &View,
    last: Option<&mut Quote>,
    found: &Found,
    cue: Option<usize>,
    speaker: (usize, usize),
) -> bool {
    let (Some(last), Some(cue)) = (last, cue) else {
        return false;
    };
    let same = last.kind == QuoteKind::Direct
        && found.kind != QuoteKind::Indirect
        && last.cue == Some(view.span(cue, cue + 1))
        // `“Q1,” the ad’s narrator says, “Q2”`: the speaker read from
        // either side may be cut differently.
        && last.speaker.is_some_and(|s| {
            let other = view.span(speaker.0, speaker.1);
            s.start < other.end && other.start < s.end
        })
        && last.content.end <= view.tokens[cue].span.start
        && follows_closely(view, last, found)
        // `“Q1,” X said, adding that ... “Q2”`: words the next cue reports.
        && !(cue + 1..found.first).any(|i| view.is_cue(i));
    if same {
        join_fragment(view, last, found);
    }
    same
}

/// True when `found` starts in the paragraph where `last` ends, a short
/// interruption later and at most one sentence on from `last` or from
/// its attribution after it (`“Q1?” X said. “Q2”`: the splitter ends a
/// sentence after `?”`, and `X said.` is one of its own).
fn follows_closely(view: &View, last: &Quote, found: &Found) -> bool {
    let (_, last_end) = tokens_within(view.tokens, last.content);
    let attribution_end = [last.cue, last.speaker]
        .into_iter()
        .flatten()
        .map(|s| tokens_within(view.tokens, s).1)
        .filter(|&e| e <= found.first)
        .fold(last_end, usize::max);
    last_end <= found.first
        && found.first - last_end <= INTERRUPTION_TOKENS
        && last_end > 0
        && view.paragraph_of[last_end - 1] == view.paragraph_of[found.first]
        && view.sentence_of[found.first] <= view.sentence_of[attribution_end - 1] + 1
}

/// True when the partial quote `found` is the next item of a list of
/// quoted phrases that `last` opens (`went on about “how the system is
/// rigged,” and “wounded American families” and “our own struggling
/// citizens,”`): only `and`, `or` or a comma stand between them. The
/// phrases are one quote, said by one speaker.
fn listed_after(view: &View, last: &Quote, found: &Found) -> bool {
    let (_, past) = tokens_within(view.tokens, last.content);
    found.kind == QuoteKind::Partial
        && last.kind != QuoteKind::Indirect
        && past < found.first
        && found.first - past <= 2
        && (past..found.first).all(|i| matches!(view.word(i), "and" | "or" | ","))
}

/// Adds `found` to `last` as its next fragment.
fn join_fragment(view: &View, last: &mut Quote, found: &Found) {
    if last.fragments.is_empty() {
        last.fragments.push(last.content);
    }
    let part = view.span(found.first, found.last + 1);
    last.fragments.push(part);
    last.content.end = part.end;
}

/// Pairs quote marks paragraph by paragraph, each [`MarkFamily`] on its
/// own, by their role in context (a mark glued to the word after it
/// opens, one glued to the word before it closes), with repair: an
/// opening-looking mark while a quote is open nests only when enough
/// closing marks follow in the paragraph, else it closes the open quote
/// (`...States, “reported`, a wrongly turned mark). A quote still open at
/// the end of its paragraph ends there (when the next paragraph opens with
/// a mark, that is the news convention for a quote running on; otherwise
/// it gets a diagnostic). Single marks that read as apostrophes (`’90s`,
/// `the players’ union`, `6' tall`) are left out, a single mark left
/// open at its paragraph's end opens nothing, and single marks quote only
/// in an article that pairs more of them than double marks. Only
/// outermost pairs are returned, in text order.
fn pair_marks(view: &View, stage: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<(usize, usize)> {
    let all_marks: Vec<(usize, MarkFamily)> = (0..view.tokens.len())
        .filter(|&i| view.is_quote_mark(i) && !view.boilerplate[i])
        .filter_map(|i| MarkFamily::of(view.word(i)).map(|family| (i, family)))
        .collect();
    let [double, single, single_guillemet, corner, white_corner] = MarkFamily::ALL.map(|family| {
        let marks: Vec<usize> = all_marks
            .iter()
            .filter(|&&(_, f)| f == family)
            .map(|&(i, _)| i)
            .collect();
        let marks = match family {
            MarkFamily::Single => quote_marks_among_apostrophes(view, &marks),
            MarkFamily::Double => quote_marks_among_damaged_apostrophes(view, &marks),
            _ => marks,
        };
        let mut family_diagnostics = Vec::new();
        let pairs = pair_family(view, &marks, family, stage, &mut family_diagnostics);
        (pairs, family_diagnostics)
    });
    // Single marks quote only where they are the article's own marks
    // (British style), or in the headline: American style sets headline
    // quotes in single marks, as it does titles and quotes within quotes.
    let outside = |pairs: &[(usize, usize)], others: &[(usize, usize)]| {
        pairs
            .iter()
            .filter(|&&(a, b)| !others.iter().any(|&(c, d)| c < a && b < d))
            .count()
    };
    let singles_quote = outside(&single.0, &double.0) > outside(&double.0, &single.0);
    let mut pairs = Vec::new();
    let single = if singles_quote {
        single
    } else {
        let (single_pairs, _) = single;
        let headline = single_pairs
            .into_iter()
            .filter(|&(a, _)| in_headline(view, a))
            .collect();
        (headline, Vec::new())
    };
    for (family_pairs, mut family_diagnostics) in
        [double, single, single_guillemet, corner, white_corner]
    {
        pairs.extend(family_pairs);
        diagnostics.append(&mut family_diagnostics);
    }
    outermost(pairs)
}

/// The pairs not inside (or across) an earlier one, in text order:
/// `‘He said “no” to me,’` is one quote.
fn outermost(mut pairs: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    pairs.sort_unstable_by_key(|&(open, close)| (open, std::cmp::Reverse(close)));
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(pairs.len());
    for pair in pairs {
        if kept.last().is_none_or(|&(_, close)| pair.0 > close) {
            kept.push(pair);
        }
    }
    kept
}

/// The single marks among `marks` that may be quote marks, not
/// apostrophes: not an opening mark before an elided word or a decade
/// (`’em`, `’90s`), not a closing mark after a number (`6'`), and not a
/// closing mark glued to a plural (`the players’ union`) when another
/// closing mark follows in its paragraph before the next opening one.
fn quote_marks_among_apostrophes(view: &View, marks: &[usize]) -> Vec<usize> {
    let role = |i: usize| view.tokens[i].flags.quote;
    let elides = |i: usize| {
        let next = view.word(i + 1);
        view.is_glued_to_next(i)
            && (is_one_of(next, ELIDED_WORDS)
                || next.starts_with(|c: char| c.is_ascii_digit()) && next.ends_with('s'))
    };
    marks
        .iter()
        .enumerate()
        .filter(|&(k, &m)| match role(m) {
            QuoteMark::Opening => !elides(m),
            // `6'`, `rock ’n’ roll`.
            QuoteMark::Closing
                if m > 0
                    && (view.tokens[m - 1].kind == TokenKind::Number
                        || view.glued_to_previous(m)
                            && is_one_of(view.word(m - 1), ELIDED_WORDS)) =>
            {
                false
            }
            QuoteMark::Closing if view.is_bare_possessive(m) => !closer_follows(view, marks, k),
            _ => true,
        })
        .map(|(_, &m)| m)
        .collect()
}

/// The double marks among `marks` that may be quote marks: not an
/// apostrophe a damaged encoding turned into one, glued to a plural with
/// a lost character after it (`Cyprus"?population`), when another
/// closing mark follows in its paragraph before the next opening one.
fn quote_marks_among_damaged_apostrophes(view: &View, marks: &[usize]) -> Vec<usize> {
    marks
        .iter()
        .enumerate()
        .filter(|&(k, &m)| {
            let damaged_possessive = view.tokens[m].flags.quote == QuoteMark::Closing
                && view.glued_to_plural(m)
                && view
                    .tokens
                    .get(m + 1)
                    .is_some_and(|t| t.is_lost_character(view.text))
                && view.starts_in_lower_case(m + 2);
            !(damaged_possessive && closer_follows(view, marks, k))
        })
        .map(|(_, &m)| m)
        .collect()
}

/// True when a closing mark of `marks` follows the `k`th in its paragraph
/// before the next opening one: the `k`th closes nothing that one could
/// not.
fn closer_follows(view: &View, marks: &[usize], k: usize) -> bool {
    let m = marks[k];
    marks[k + 1..]
        .iter()
        .take_while(|&&n| view.paragraph_of[n] == view.paragraph_of[m])
        .take_while(|&&n| view.tokens[n].flags.quote != QuoteMark::Opening)
        .next()
        .is_some()
}

/// Pairs the marks of one family (see [`pair_marks`]). Single marks
/// (`family` [`MarkFamily::Single`]) are often apostrophes: one that
/// closes no quote is not diagnosed, and one left open at its paragraph's
/// end opens nothing.
fn pair_family(
    view: &View,
    marks: &[usize],
    family: MarkFamily,
    stage: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(usize, usize)> {
    let apostrophes = family == MarkFamily::Single;
    let mut pairs = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let diagnose = |diagnostics: &mut Vec<Diagnostic>, code: &str, message: String, at: usize| {
        diagnostics.push(Diagnostic {
            stage: stage.to_string(),
            code: code.into(),
            message,
            span: Some(view.tokens[at].span),
        });
    };
    let stray_opening = |diagnostics: &mut Vec<Diagnostic>, at: usize| {
        diagnose(
            diagnostics,
            "stray-opening-quote",
            format!("`{}` opens no quote", view.word(at)),
            at,
        );
    };
    // Pairs closed right inside the quote at the bottom of the stack:
    // part of it, unless it turns out stray.
    let mut inside_bottom: Vec<(usize, usize)> = Vec::new();
    for (k, &m) in marks.iter().enumerate() {
        if let Some(&bottom) = stack.first() {
            if view.paragraph_of[bottom] != view.paragraph_of[m] {
                let runs_on = view.tokens[m].flags.quote != QuoteMark::Closing;
                if runs_on && view.word(m) == view.word(bottom) {
                    pairs.push((bottom, paragraph_end(view, bottom)));
                } else if runs_on || apostrophes {
                    // `"Kevin was snoring.` / `“Here he is, babe,” she
                    // said`: a quote goes on into the next paragraph with
                    // the mark it opened with; a mark of another style
                    // there leaves this one stray, and the quotes inside
                    // it stand on their own.
                    stray_opening(diagnostics, bottom);
                    pairs.append(&mut inside_bottom);
                } else {
                    diagnose(diagnostics, "unclosed-quote", UNCLOSED.into(), bottom);
                    pairs.push((bottom, paragraph_end(view, bottom)));
                }
                stack.clear();
                inside_bottom.clear();
            }
        }
        let role = view.tokens[m].flags.quote;
        if role == QuoteMark::Opening && reopens_after_sentence(view, &stack, m, family) {
            // `she said: "It reduces trauma. "I want to see ...` in an
            // article whose paragraph breaks were lost: the mark that
            // opened each paragraph of the quote now follows a full
            // stop, and the quote runs on past it.
            continue;
        }
        let opens = match role {
            QuoteMark::Opening if !stack.is_empty() => {
                let closers_after = marks[k + 1..]
                    .iter()
                    .take_while(|&&n| view.paragraph_of[n] == view.paragraph_of[m])
                    .filter(|&&n| view.tokens[n].flags.quote != QuoteMark::Opening)
                    .count();
                // `"Trump walked onto the stage, chanting “U-S-A!”`: a
                // curly mark inside a typewriter quote opens a quote in it,
                // not a wrongly turned closing mark.
                let nests = closers_after > stack.len()
                    || stack
                        .first()
                        .is_some_and(|&bottom| view.word(bottom) == "\"" && view.word(m) != "\"");
                if !nests {
                    diagnose(
                        diagnostics,
                        "mismatched-quote-mark",
                        format!("`{}` closes a quote", view.word(m)),
                        m,
                    );
                }
                nests
            }
            QuoteMark::Opening => true,
            // `” … he delivered a mix of ...,” Barabak wrote`: a closing
            // mark that opens its paragraph, with a mark after it there,
            // is turned the wrong way.
            QuoteMark::Closing
                if stack.is_empty()
                    && !apostrophes
                    && opens_paragraph(view, m)
                    && marks
                        .get(k + 1)
                        .is_some_and(|&n| view.paragraph_of[n] == view.paragraph_of[m]) =>
            {
                diagnose(
                    diagnostics,
                    "mismatched-quote-mark",
                    format!("`{}` opens a quote", view.word(m)),
                    m,
                );
                true
            }
            QuoteMark::Closing if stack.is_empty() => {
                if !apostrophes {
                    diagnose(
                        diagnostics,
                        "stray-closing-quote",
                        format!("`{}` closes no open quote", view.word(m)),
                        m,
                    );
                }
                continue;
            }
            _ => stack.is_empty(),
        };
        if opens {
            stack.push(m);
        } else if let Some(open) = stack.pop() {
            match stack.len() {
                0 => {
                    pairs.push((open, m));
                    inside_bottom.clear();
                }
                1 => inside_bottom.push((open, m)),
                _ => {}
            }
        }
    }
    if let Some(&bottom) = stack.first() {
        if apostrophes {
            stray_opening(diagnostics, bottom);
            pairs.append(&mut inside_bottom);
        } else {
            diagnose(diagnostics, "unclosed-quote", UNCLOSED.into(), bottom);
            pairs.push((bottom, paragraph_end(view, bottom)));
        }
    }
    pairs
}

/// True when the opening double mark `m` follows a full stop, question or
/// exclamation mark inside the one quote open (`stack`) in its
/// paragraph: the quote runs on across a lost paragraph break rather
/// than nesting (quotes within quotes take single marks).
fn reopens_after_sentence(view: &View, stack: &[usize], m: usize, family: MarkFamily) -> bool {
    family == MarkFamily::Double
        && matches!(stack, [open] if *open + 1 < m - 1 && view.paragraph_of[*open] == view.paragraph_of[m])
        && matches!(view.word(m - 1), "." | "?" | "!")
}

const UNCLOSED: &str = "a quote mark is never closed; the quote ends with its paragraph";

/// The last token of the paragraph that token `i` is in.
fn paragraph_end(view: &View, i: usize) -> usize {
    (i..view.tokens.len())
        .take_while(|&j| view.paragraph_of[j] == view.paragraph_of[i])
        .last()
        .unwrap_or(i)
}

/// Full or partial quote; `None` for an empty pair.
fn classify(view: &View, open: usize, close: usize) -> Option<Found> {
    if close <= open + 1 {
        return None;
    }
    if follows_so_called(view, open) {
        return None;
    }
    let (sentence_start, sentence_end) = view.sentences[view.sentence_of[open]];
    let prev = (open > sentence_start).then(|| open - 1);
    let words = (open + 1..close)
        .filter(|&i| view.tokens[i].is_word())
        .count();
    let stands_alone = prev.is_none_or(|p| {
        opens_statement(view.word(p))
            || view.is_cue(p)
            || view.tokens[p].flags.quote != newsnlp_core::QuoteMark::None
    });
    // `shook her head and said, “No.”`: a word after a cue and its comma
    // or colon, closed by the end of a sentence, is said whole.
    let answers_cue = prev.is_some_and(|p| {
        matches!(view.word(p), "," | ":") && p > sentence_start && view.is_cue(p - 1)
    }) && matches!(view.word(close - 1), "." | "!" | "?");
    // `“No comment,” a spokesperson said`, `“Yes!” she said`: a short
    // quote that opens its sentence and closes on a comma, question or
    // exclamation mark is said whole.
    // `“Bodies everywhere.”`, `“Insane.”`: so is one that is its whole
    // sentence, its full stop inside its marks; but not a name alone
    // (`“Memphis.” “Nadine.”`, a list of songs) nor a transcript's note
    // (`"(CROSSTALK.)"`).
    let is_its_sentence = prev.is_none()
        && close + 1 >= sentence_end
        && view.tokens[open + 1].is_word()
        && matches!(view.word_before_closing(close), "." | "!" | "?")
        && (words >= 2 || view.entity_at(open + 1).is_none());
    let kind = if stands_alone
        && !woven_after_cue(view, open, close)
        && (words >= 3 || prev.is_none() && closes_on_turn(view, close) || is_its_sentence)
        || words > 12
        || answers_cue
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    if kind == QuoteKind::Partial
        && words < 2
        && (stands_alone
            || !view.starts_in_lower_case(open + 1)
            || !ends_clause_before_attribution(view, close))
    {
        // A single quoted word (`a “bad” atmosphere`) is a scare quote;
        // one in lower case that ends the writer's clause before its
        // attribution is a word said (`The bill's failure was
        // “heartbreaking,” she said.`; `star of television's “Scandal,”
        // thanked Obama` names a show).
        return None;
    }
    Some(Found {
        first: open,
        last: close,
        kind,
    })
}

/// The attribution a partial quote woven after its cue would have as a
/// direct quote (`The gunman yelled “get out of my country” at the two`),
/// where none is found for it as a partial one.
fn attribute_woven_as_direct(view: &View, found: &Found, quoted: &[bool]) -> Option<Attribution> {
    if !woven_after_cue(view, found.first, found.last) {
        return None;
    }
    let direct = Found {
        kind: QuoteKind::Direct,
        ..*found
    };
    attribute_direct(view, &direct, quoted)
}

/// True when the quote between the marks `open` and `close` follows a
/// cue and the writer's sentence goes on past it in lower case, the
/// quoted words closing on no punctuation of their own (`reported
/// “2,521 shooting incidents” in the city between ...`, `said “now is
/// not the time” for a fresh vote`): the words are woven into what the
/// cue reports, a partial quote.
fn woven_after_cue(view: &View, open: usize, close: usize) -> bool {
    open.checked_sub(1)
        .is_some_and(|p| view.sentence_of[p] == view.sentence_of[open] && view.is_cue(p))
        && !matches!(view.word(close - 1), "." | "," | "!" | "?" | ";" | ":")
        && view.sentence_of.get(close + 1) == Some(&view.sentence_of[open])
        && view.tokens[close + 1].is_word()
        && view.starts_in_lower_case(close + 1)
}

/// True when the quote mark `open` follows `so-called` or `so called`:
/// the writer's distance from a term (`So-called “green-on-blue”
/// attacks`), which no one is quoted as saying. The `called` there had
/// made such quotes stand alone after a cue: 20 of the Dai corpus's 65
/// went to a speaker.
fn follows_so_called(view: &View, open: usize) -> bool {
    let before = |back: usize| open.checked_sub(back);
    before(1).is_some_and(|c| view.lower_is(c, &["called"]))
        && match before(2) {
            Some(h) if view.word(h) == "-" => before(3).is_some_and(|s| view.lower_is(s, &["so"])),
            Some(s) => view.lower_is(s, &["so"]),
            None => false,
        }
}

/// Where a report's content `[content, end)` ends before a quote in it
/// that closes on a comma before an attribution of its own (`when Obama
/// offered states money for his grant program, “Q,” DeSantis said`: the
/// quote is DeSantis's, no part of what Obama offered): at the comma
/// before the quote's opening mark. `end` when there is no such quote.
fn before_quote_attributed_after(
    view: &View,
    quoted: &[bool],
    content: usize,
    end: usize,
) -> usize {
    let closes_quote = |i: usize| quoted[i] && !quoted.get(i + 1).copied().unwrap_or(false);
    let Some(close) = (content + 1..end).find(|&i| {
        view.is_quote_mark(i) && closes_quote(i) && ends_clause_before_attribution(view, i)
    }) else {
        return end;
    };
    // Only a quote set off by a comma after a clause of the report's own
    // (not one woven into it: `insisting there was no “plan B,”
    // predicted`, `said that, “Q,” ...`).
    let Some(comma) = (content..close).rev().find(|&i| !quoted[i]) else {
        return end;
    };
    let words_before = (content..comma)
        .filter(|&i| view.tokens[i].is_word())
        .count();
    if view.word(comma) != "," || words_before < MIN_CONTENT_WORDS {
        return end;
    }
    comma
}

/// True when the quote closed by `close` ends on a comma and a
/// postposed attribution follows: a verb of saying (`, said X`), or a
/// pronoun or name and then one (`, she said`).
fn ends_clause_before_attribution(view: &View, close: usize) -> bool {
    let subject_end = if view.lower_is(close + 1, SPEAKER_PRONOUNS) {
        Some(close + 2)
    } else {
        view.mention_at(close + 1)
            .filter(|&(a, _)| a == close + 1)
            .map(|(_, b)| b)
    };
    closes_on_comma(view, close)
        && (view.lower_is(close + 1, SPEECH_VERBS)
            || subject_end.is_some_and(|b| view.lower_is(b, SPEECH_VERBS)))
}

type Attribution = (Option<usize>, (usize, usize));

/// `“Q,” X said`, `“Q,” said X`, `“Q.” X told`, `X said: “Q”`.
fn attribute_direct(view: &View, found: &Found, quoted: &[bool]) -> Option<Attribution> {
    let lead_in = lead_in_cue(view, found, quoted);
    let before = before_quote(view, found, quoted, lead_in);
    // `Trump saying during the debate last week, “Q,” when Clinton blasted
    // him`: a cue that leads into the quote attributes it before any after.
    if lead_in.is_some() && before.is_some() {
        return before;
    }
    // `Trump encouraged the troops, saying, “Keep fighting.” Trump
    // needs ...`, `According to a source, “Q.” The CEO is accused ...`: a
    // cue right before a quote that ends its sentence, or the `according
    // to` whose source leads into it, attributes it; the next sentence's
    // cue is another report's.
    let cue_right_before = before.is_some_and(|(cue, _)| {
        cue.is_some_and(|cue| {
            cue + 1 == found.first
                || cue + 2 == found.first && matches!(view.word(cue + 1), "," | ":")
                || is_according_to(view, cue)
        })
    });
    let ends_sentence = full_stop_at_close(view, found.last)
        || found.last > 0 && matches!(view.word(found.last - 1), "?" | "!");
    if cue_right_before && ends_sentence {
        return before;
    }
    // `and said: “Q”, it was alleged.`: an impersonal `it` and a passive
    // after the quote name no speaker; the cue right before it does.
    let after = after_quote(view, found);
    // `Citing “obligations in Tennessee,” the spokeswoman told POLITICO
    // that ...`: a participle that opens the sentence quotes the words,
    // and the subject after them says them; the verb after the subject
    // reports a clause of its own.
    if let (Some(participle), Some((_, speaker))) = (opening_participle_cue(view, found), after) {
        return Some((Some(participle), speaker));
    }
    let impersonal_after = after.is_some_and(|(cue, speaker)| {
        speaker.0 <= found.last + 2 && cue.is_some_and(|cue| view.impersonal_passive(speaker, cue))
    });
    if cue_right_before && impersonal_after && found.kind == QuoteKind::Direct {
        return before;
    }
    after
        .map(|(cue, speaker)| {
            let quoted = cue.and_then(|cue| quoted_one(view, speaker, cue));
            (cue, quoted.unwrap_or(speaker))
        })
        .or(before)
        .or_else(|| bare_name_after(view, found))
        .or_else(|| verb_after_quote(view, found))
        .or_else(|| headline_speaker(view, found))
}

/// True when the quote closed by the mark `close` ends on a full stop,
/// inside the mark or right after it (`“Q1. Q2”.`: British style sets
/// the full stop after the mark).
fn full_stop_at_close(view: &View, close: usize) -> bool {
    close > 0 && view.word(close - 1) == "."
        || close + 1 < view.tokens.len() && view.word(close + 1) == "."
}

/// The cue right before the quote `found` when it is a participle that
/// opens its sentence (`Citing “Q,” X told`).
fn opening_participle_cue(view: &View, found: &Found) -> Option<usize> {
    let participle = found.first.checked_sub(1)?;
    (opens_sentence(view, participle)
        && view.word(participle).ends_with("ing")
        && view.is_cue(participle))
    .then_some(participle)
}

/// Tokens between a verb of quoting and its `as saying` searched, at
/// most.
const QUOTED_AS_REACH: usize = 12;

/// Tokens of the phrase after a verb of quoting with no `as saying`
/// searched for the one quoted, at most (`quoted the region's Deputy
/// Prime Minister Sergei Novichenkov`).
const QUOTED_ONE_REACH: usize = 8;

/// The `as` of the `as saying` (or `telling`, `stating`) that follows
/// the verb of quoting `cue` past its object (`quoted the defence
/// minister as saying`), if any.
fn as_saying_after(view: &View, cue: usize) -> Option<usize> {
    (cue + 2..view.tokens.len())
        .take(QUOTED_AS_REACH)
        .take_while(|&i| view.tokens[i].is_word())
        .find(|&i| {
            view.lower_is(i, &["as"]) && view.lower_is(i + 1, &["saying", "telling", "stating"])
        })
}

/// Verbs whose object said the words they report (`quoted him as
/// saying`).
const QUOTING_VERBS: &WordList = &WordList::new(&["quote", "quotes", "quoted", "quoting"]);

/// `“Q,” the news agency quoted the defence minister as saying`, `NHK
/// quoted the minister`, `Nance quotes Shippee as saying`: the one quoted
/// after the verb of quoting `cue` said the words, not its subject
/// `speaker`. The last mention before `as saying` (`the press service
/// quoted Conquest Filmes head Rubens Aranha as saying`), else those
/// words; with no `as saying`, the widest mention that ends the phrase
/// after the cue (`quotes former Carter adviser Alfred Kahn`, `quoted
/// Nunes during the briefing`). None for the passive (`the minister was
/// quoted by TV Channel Haber 7 as saying`: the subject said it), and for
/// a pronoun that stands for no one the article names
/// (`Krasnoselsky's press service quoted him`: the attribution found
/// already is as good).
fn quoted_one(view: &View, speaker: (usize, usize), cue: usize) -> Option<(usize, usize)> {
    let active = view.lower_is(cue, QUOTING_VERBS)
        && speaker.1 <= cue
        && !cue
            .checked_sub(1)
            .is_some_and(|before| view.lower_is(before, PASSIVE_AUXILIARIES))
        && !view.lower_is(cue + 1, &["by"]);
    if !active {
        return None;
    }
    let quoted = match as_saying_after(view, cue) {
        // `quoted Russia's ambassador to Damascus as saying`: not a
        // mention a preposition governs.
        Some(as_saying) => (cue + 1..as_saying)
            .rev()
            .find_map(|i| {
                view.mention_at(i)
                    .filter(|&(a, b)| b <= as_saying && !object_of_preposition(view, cue + 1, a))
            })
            .unwrap_or((cue + 1, as_saying)),
        None => {
            let phrase_end = (cue + 1..view.tokens.len())
                .take(QUOTED_ONE_REACH)
                .find(|&i| {
                    !(view.tokens[i].is_word() || view.is_possessive_mark(i))
                        || view.lower_is(i, PREPOSITIONS) && !view.lower_is(i, &["of"])
                        || view.lower_is(i, &["as"])
                        || view.is_cue(i)
                })
                .unwrap_or(view.tokens.len().min(cue + 1 + QUOTED_ONE_REACH));
            (cue + 1..phrase_end)
                .filter_map(|i| {
                    view.mention_at(i)
                        .filter(|&(a, b)| a > cue && b <= phrase_end)
                })
                .max_by_key(|&(a, b)| (b, std::cmp::Reverse(a)))?
        }
    };
    let unresolved_pronoun = quoted.1 == quoted.0 + 1
        && view.lower_is(quoted.0, &["him", "her", "them"])
        && view.speaker(quoted).0.is_none();
    (!unresolved_pronoun).then_some(quoted)
}

/// True when the quote closing at token `close` ends on a comma, question
/// or exclamation mark inside its marks (`“Q,”`, `“Q?”`): a speaker's
/// turn, whose attribution comes next.
fn closes_on_turn(view: &View, close: usize) -> bool {
    matches!(view.word_before_closing(close), "," | "?" | "!")
}

/// Tokens after a quote searched for the verb of its attribution by
/// [`verb_after_quote`].
const ATTRIBUTION_CLAUSE_TOKENS: usize = 24;

/// Past-tense verbs of saying that do not end in `-ed` (`it read`, `Trump
/// shot back`, `she went on`).
const IRREGULAR_SAYING_VERBS: &WordList = &WordList::new(&[
    "read", "shot", "went", "put", "wrote", "told", "spoke", "began", "sang", "swore",
]);

/// `“Q,” it read.`, `“Q!” beamed Donald Hartley`, `“Q?” the 43-year-old
/// asked`, `“Q,” the Florida senator and Republican presidential candidate
/// said`: a whole quote that closes on a comma, question or exclamation
/// mark is attributed by the clause after it, whatever its verb (the cue
/// lexicon's first, any past or present verb else) and however long its
/// subject; the speaker is the first mention before the verb, else the
/// noun phrase there, or after a verb that comes first, the mention or
/// description after it.
fn verb_after_quote(view: &View, found: &Found) -> Option<Attribution> {
    let last = found.last;
    if found.kind != QuoteKind::Direct || !closes_on_turn(view, last) {
        return None;
    }
    let first = view.past_lost_character(last + 1);
    let para = view.paragraph_of[last];
    let clause_end = (first..view.tokens.len())
        .take(ATTRIBUTION_CLAUSE_TOKENS)
        .find(|&j| {
            view.paragraph_of[j] != para
                || view.is_quote_mark(j)
                || matches!(view.word(j), "." | "?" | "!" | ";" | ":")
        })
        .unwrap_or_else(|| (first + ATTRIBUTION_CLAUSE_TOKENS).min(view.tokens.len()));
    if first >= clause_end
        || view.lower_is(first, CLAUSE_CONJUNCTIONS)
        || view.lower_is(first, SUBORDINATORS)
        || view.lower_is(first, RELATIVE_OPENERS)
        || view.lower_is(first, PREPOSITIONS)
        || view.lower_is(first, &["according"])
    {
        return None;
    }
    // `“Q?” He answered, “A”`: after a question, a clause that leads
    // into the next quote is that quote's attribution, the answer's.
    let leads_into_next_quote = view.is_quote_mark(clause_end)
        && matches!(view.word(clause_end - 1), "," | ":")
        || view.word(clause_end) == ":";
    if view.word_before_closing(last) == "?" && leads_into_next_quote {
        return None;
    }
    // `“Q,” the weightlifter, who wishes to remain anonymous, said.`: a
    // relative clause set off on the subject holds neither its verb nor
    // a passive of the writer's.
    let aside = relative_aside(view, first, clause_end);
    let outside_aside = |j: usize| aside.is_none_or(|(open, close)| j < open || j > close);
    let verb_like = |j: usize| {
        view.entity_at(j).is_none()
            && (reads_as_attribution_verb(view, j) || view.lower_is(j, IRREGULAR_SAYING_VERBS))
    };
    // `“Q!” The letter was read out`: a passive, or after a mark that
    // ends the sentence, a subject set off by commas, opens a sentence of
    // the writer's.
    let closes_sentence = view.word_before_closing(last) != ",";
    // A verb the lexicon does not know follows its subject mention right
    // away or comes first (`it read`, `beamed Donald Hartley`), lest a
    // plural noun pass for one (`one of the study's coauthors`); after a
    // quote closing on a comma, its subject may be a description (`the
    // article read`; after `!`, `The rappers, joined by ...` opens the
    // writer's sentence).
    let verb = (first..clause_end)
        .filter(|&j| outside_aside(j))
        .find(|&j| view.is_cue_verb(j) && view.starts_in_lower_case(j))
        .or_else(|| {
            (first..clause_end)
                .filter(|&j| outside_aside(j))
                .find(|&j| {
                    verb_like(j)
                        && (j == first
                            || view.mention_at(j - 1).is_some_and(|(_, b)| b == j)
                            || !closes_sentence
                                && noun_phrase_after_quote(view, first, j).is_some())
                })
        })?;
    if (first..verb)
        .filter(|&j| outside_aside(j))
        .any(|j| view.lower_is(j, PASSIVE_AUXILIARIES) || closes_sentence && view.word(j) == ",")
    {
        return None;
    }
    let speaker = if verb == first {
        // `“Q,” adding that ...` reports more, said by someone before.
        if view.word(verb).ends_with("ing") {
            return None;
        }
        let sentence_end = view.sentences[view.sentence_of[verb]].1.max(clause_end);
        view.mention_at(verb + 1)
            .filter(|&(a, _)| a == verb + 1)
            .or_else(|| {
                view.lower_is(verb + 1, DESCRIPTION_OPENERS)
                    .then(|| description_after(view, verb, sentence_end))
                    .flatten()
            })?
    } else {
        let subject_end = aside.map_or(verb, |(open, _)| open.min(verb));
        subject_mention_after_quote(view, first, subject_end)
            .or_else(|| noun_phrase_after_quote(view, first, subject_end))
            .or_else(|| misc_name_after_quote(view, first, subject_end))?
    };
    Some((Some(verb), speaker))
}

/// The commas `(open, close)` that set off a relative clause (`, who
/// wishes to remain anonymous,`) among the tokens `[first, end)` after a
/// quote, if one is there.
fn relative_aside(view: &View, first: usize, end: usize) -> Option<(usize, usize)> {
    let open = (first + 1..end).find(|&j| opens_relative_clause_after_comma(view, j))?;
    let close = view.first_comma(open + 2..end)?;
    Some((open, close))
}

/// The subject among the mentions from `first` to `verb`, after a quote:
/// its first person (`Pakistan's army chief, Gen. Qamar Javed Bajwa,`),
/// else its first mention; none that a preposition governs (`a
/// voice-over in the ad`) or that owns what follows (`Pakistan's`).
fn subject_mention_after_quote(view: &View, first: usize, verb: usize) -> Option<(usize, usize)> {
    let mut mentions = Vec::new();
    let mut j = first;
    while j < verb {
        match view.mention_at(j) {
            Some((a, b)) if a >= first && b <= verb => {
                if !governed_by_preposition(view, first, a)
                    && !view.lower_is(b, POSSESSIVE_CLITICS)
                    && phrase_around_modifier(view, (a, b), verb).is_none()
                {
                    mentions.push((a, b));
                }
                j = b.max(j + 1);
            }
            _ => j += 1,
        }
    }
    let is_person = |&(a, _): &(usize, usize)| {
        view.entity_at(a)
            .is_some_and(|(_, _, kind)| kind == EntityKind::Person)
    };
    mentions
        .iter()
        .copied()
        .find(is_person)
        .or_else(|| mentions.first().copied())
}

/// The noun phrase, from its determiner to `verb`, that holds the entity
/// mention `(a, b)` as a modifier of its head noun: `“Q,” a Facebook
/// user wrote`, `The Grasse town hall said`. The speaker is the user, not
/// Facebook, whatever the head noun is ([`View::with_head_noun`] knows
/// only nouns that head speakers). None when a word between the name and
/// the verb reads as no noun ([`reads_as_head_noun`]: `the United States
/// now says`, `the Taoiseach is quoted`).
fn phrase_around_modifier(
    view: &View,
    (a, b): (usize, usize),
    verb: usize,
) -> Option<(usize, usize)> {
    view.entity_at(a)?;
    let lower_word = |j: usize| view.tokens[j].is_word() && view.starts_in_lower_case(j);
    let opener = (a.saturating_sub(MODIFIER_WORDS + 1)..a)
        .rev()
        .take_while(|&j| lower_word(j) || view.lower_is(j, DESCRIPTION_OPENERS))
        .find(|&j| view.lower_is(j, DESCRIPTION_OPENERS))?;
    // `The US embassy in Wellington said`: a place the head noun is in
    // may end the phrase.
    let head_end = place_phrase_before(view, verb)
        .filter(|&p| p > b)
        .unwrap_or(verb);
    let head_follows = b < head_end
        && head_end - b <= MODIFIER_WORDS
        && (b..head_end).all(|j| lower_word(j) && reads_as_head_noun(view, j));
    head_follows.then_some((opener, verb))
}

/// Where the phrase of a place preposition and a place that ends right
/// before `end` starts (`in Wellington`, `at the UN`), if one does.
fn place_phrase_before(view: &View, end: usize) -> Option<usize> {
    let (place, _, _) = view
        .entity_at(end.checked_sub(1)?)
        .filter(|&(_, e, kind)| e == end && kind == EntityKind::Location)?;
    let preposition = place.checked_sub(1)?;
    view.lower_is(preposition, PLACE_PREPOSITIONS)
        .then_some(preposition)
}

/// True when the lower-case word at `j`, between a name and a verb, may
/// be the noun the name modifies (`town hall`, `user`, `press service`):
/// not an adverb, auxiliary, conjunction, relative word, preposition,
/// reflexive, time word, cue verb or a verb's past or participle (`the
/// Kremlin unleashed`, `the Korean Jurists Committee who`, `the New York
/// Times last fall`, `the Justice Department to`, `the Foxes won`).
fn reads_as_head_noun(view: &View, j: usize) -> bool {
    let word = view.word(j);
    !(reads_as_adverb(word)
        || word.ends_with("ed")
        || word.ends_with("ing")
        || word.ends_with("self")
        || word.ends_with("selves")
        || view.lower_is(j, LINKING_ADVERBS)
        || view.lower_is(j, AUXILIARIES)
        || view.lower_is(j, PASSIVE_AUXILIARIES)
        || view.lower_is(j, CLAUSE_CONJUNCTIONS)
        || view.lower_is(j, RELATIVE_OPENERS)
        || view.lower_is(j, PREPOSITIONS)
        || view.lower_is(j, TIME_SPANS)
        || view.lower_is(j, IRREGULAR_PAST_VERBS)
        || view.is_cue_verb(j)
        || view.lower_is(j, TIME_WORDS)
        || view.lower_is(j, &["once", "last", "this", "next", "as", "to"]))
}

/// `“Q,” Issam al Idlibi, a volunteer civil defence worker, told
/// Reuters`: a name of several words that the entity stage took for
/// neither person nor body (a person's name it never saw), the whole
/// subject between a quote and its verb, or set off from the verb by an
/// apposition, is who spoke.
fn misc_name_after_quote(view: &View, first: usize, verb: usize) -> Option<(usize, usize)> {
    let (a, b, kind) = view.entity_at(first)?;
    let apposition_to_verb = view.word(b) == ","
        && verb > b + 2
        && view.word(verb - 1) == ","
        && view.lower_is(b + 1, DESCRIPTION_OPENERS);
    (a == first && kind == EntityKind::Misc && b >= a + 2 && (b == verb || apposition_to_verb))
        .then_some((a, b))
}

/// Words of a speaker's noun phrase between a quote and its verb, at most
/// (`the Florida senator and Republican presidential candidate`).
const SUBJECT_AFTER_QUOTE_WORDS: usize = 8;

/// The noun phrase from `first` to `verb` right after a quote, opened by
/// a determiner or a description's opener, of words and glued hyphens
/// only (`the 43-year-old`).
fn noun_phrase_after_quote(view: &View, first: usize, verb: usize) -> Option<(usize, usize)> {
    let words = (first..verb).filter(|&j| view.tokens[j].is_word()).count();
    let plain = (first..verb)
        .all(|j| view.tokens[j].is_word() || view.word(j) == "-" && view.glued_to_previous(j));
    // `another headline correctly diagnoses`, `the two-term president
    // will say`: the adverbs and auxiliaries are the verb's.
    let end = (first + 1..verb)
        .rev()
        .find(|&j| !(reads_as_lower_case_adverb(view.word(j)) || view.is_auxiliary(j)))
        .map_or(verb, |j| j + 1);
    (plain && words <= SUBJECT_AFTER_QUOTE_WORDS && view.lower_is(first, DESCRIPTION_OPENERS))
        .then_some((first, end))
}

/// `“Q,” said Chopek.`, `“Q,” Chopek explains.`: a capitalised name the
/// entity stage did not tag (a surname it never saw), right after a whole
/// quote ending in a comma, with a cue on its other side, and after them
/// only the sentence's end or a short circumstance.
fn bare_name_after(view: &View, found: &Found) -> Option<Attribution> {
    if found.kind != QuoteKind::Direct || found.last < 1 || view.word(found.last - 1) != "," {
        return None;
    }
    let first = view.past_lost_character(found.last + 1);
    let sentence_end = view.sentences[view.sentence_of[found.last]].1;
    let name_from = |at: usize| {
        let past = (at..sentence_end)
            .take(BARE_NAME_WORDS)
            .take_while(|&j| {
                view.tokens[j].kind == TokenKind::Word
                    && !view.starts_in_lower_case(j)
                    && !view.opens_noun_phrase(j)
                    && !view.is_cue(j)
                    && !view.lower_is(j, ROLE_NOUNS)
                    // `, “reported Friday.`
                    && !takes_no_object(view, j)
            })
            .last()?
            + 1;
        Some((at, past))
    };
    // `said Chopek.`, `Chopek said in a statement.`, `says Chopek, now
    // sitting in a safe house`: an aside about the speaker may follow.
    let ends_here = |past: usize| {
        past >= sentence_end
            || past + 1 == sentence_end && matches!(view.word(past), "." | "!" | "?")
            || takes_no_object(view, past) && sentence_end - past <= POSTPOSED_TAIL + 1
            || view.word(past) == ","
                && past + 1 < sentence_end
                && view.starts_in_lower_case(past + 1)
    };
    let (cue, name) = if view.is_cue_verb(first) {
        (first, name_from(first + 1)?)
    } else {
        let name = name_from(first)?;
        (name.1, name)
    };
    let past = name.1.max(cue + 1);
    (view.is_cue_verb(cue) && ends_here(past)).then_some((Some(cue), name))
}

/// Words of a name [`bare_name_after`] reads, at most.
const BARE_NAME_WORDS: usize = 3;

/// The attribution of the sentence right before a quote that opens its
/// sentence, in its paragraph, when that sentence ends in its cue and a
/// circumstance of it (`Sam Lau, the party's spokesman, said in a
/// statement. “Q”`): it reports nothing else, so it reports the quote.
fn attribution_sentence_before(view: &View, found: &Found, quoted: &[bool]) -> Option<Attribution> {
    let (start, end) = sentence_before_in_paragraph(view, found)?;
    let last = end
        .checked_sub(1)
        .filter(|&l| matches!(view.word(l), "." | ":"))?;
    let cue = (start..last)
        .rev()
        .find(|&i| view.is_cue_verb(i) && !quoted[i])?;
    let circumstance_only = cue + 1 == last
        || opens_circumstance(view, cue + 1)
            && last - cue <= LEAD_IN_TOKENS + 1
            && (cue + 1..last).all(|i| view.tokens[i].is_word());
    if !circumstance_only {
        return None;
    }
    let speaker = appositive_subject(view, start, cue)
        .or_else(|| subject_before(view, start, cue, quoted))?;
    Some((Some(cue), speaker))
}

/// The token range of the sentence right before the quote `found`, when
/// the quote opens its own sentence and that one is in its paragraph.
fn sentence_before_in_paragraph(view: &View, found: &Found) -> Option<(usize, usize)> {
    let sentence = view.sentence_of[found.first];
    if sentence == 0 || !opens_sentence(view, found.first) || opens_paragraph(view, found.first) {
        return None;
    }
    Some(view.sentences[sentence - 1])
}

/// The speaker of the report the sentence right before a quote makes,
/// in its paragraph, when that sentence opens outside quote marks (`Guan
/// Dongkui, the principal, says his school acts as a second home for such
/// children. “We help them fight loneliness.”`, `Simon Coveney has
/// described the figures as “disappointing”. “Q”`): a quote with no
/// attribution of its own goes on from the paraphrase before it, partial
/// quotes in the paraphrase or not.
fn reporter_of_sentence_before(view: &View, found: &Found, quoted: &[bool]) -> Option<Attribution> {
    let (start, end) = sentence_before_in_paragraph(view, found)?;
    if quoted[start] || view.is_quote_mark(start) {
        return None;
    }
    // `Velasco strongly denied Lopez's allegations.`: an adverb the
    // lexicon counts as a cue leads the verb, which is the cue.
    let reports: Vec<Attribution> = (start..end)
        .filter(|&i| view.is_cue_verb(i) && !quoted[i] && !leads_a_verb(view, i))
        .filter_map(|cue| {
            inverted_speaker(view, start, cue)
                .or_else(|| appositive_subject(view, start, cue))
                .or_else(|| subject_before(view, start, cue, quoted))
                .filter(|&(a, b)| !(b == a + 1 && view.lower_is(a, &["it"])))
                .map(|speaker| (Some(cue), speaker))
        })
        .collect();
    // `The administration may be reluctant to act ..., Schiff said.`: an
    // attribution after a comma that ends the sentence is its main report.
    let postposed = |&&(cue, (a, b)): &&Attribution| {
        cue.is_some_and(|c| b == c && end - c <= POSTPOSED_TAIL) && a > 0 && view.word(a - 1) == ","
    };
    postposed_according_to(view, start, end).or_else(|| {
        reports
            .last()
            .filter(postposed)
            .or(reports.first())
            .copied()
    })
}

/// `..., according to Radwan Ziadeh, executive director of the Syrian
/// Centre for Political and Strategic Studies.`: an `according to` after
/// a comma whose source, a person, and a description set off after it
/// end the sentence `[start, end)` is its main report. Not a document or
/// study (`according to a statement released to the press`, `according to
/// several studies`), which the next quote is seldom from.
fn postposed_according_to(view: &View, start: usize, end: usize) -> Option<Attribution> {
    let last = end.checked_sub(1).filter(|&l| view.word(l) == ".")?;
    let cue = (start + 1..last).find(|&i| is_according_to(view, i) && view.word(i - 1) == ",")?;
    let (source, phrase_end) = according_to_source(view, cue, last)?;
    let person = view
        .entity_at(source.0)
        .is_some_and(|(a, b, kind)| (a, b) == source && kind == EntityKind::Person);
    // (The source phrase ends at a comma or at `last`.)
    let described_to_the_end =
        phrase_end == last || plain_set_off_description(view, phrase_end + 1, last);
    (person && described_to_the_end).then_some((Some(cue), source))
}

/// The cue in the quote's sentence whose words after it only lead into
/// the quote (`told his radio audience of Monday, “Q”`), set off by
/// commas or not (`said, on the other hand, “Q”`).
fn lead_in_cue(view: &View, found: &Found, quoted: &[bool]) -> Option<usize> {
    let first = found.first;
    let sentence_start = view.sentences[view.sentence_of[first]].0;
    (sentence_start..first)
        .rev()
        .take(LEAD_IN_TOKENS.max(CIRCUMSTANCE_LEAD_IN_TOKENS) + 3)
        .find(|&i| {
            let lead_in = if view.word(i + 1) == "," {
                i + 2
            } else {
                i + 1
            };
            view.is_cue_verb(i)
                && !is_passive_participle(view, i)
                && introduces_quote(view, lead_in, first + 1, quoted)
        })
}

/// True when token `i` comes right after a colon (`Reid: 'Never ...'`).
fn after_colon(view: &View, i: usize) -> bool {
    i > 0 && view.word(i - 1) == ":"
}

/// True when token `i` lies in the article's headline and the headline
/// is in title case.
fn in_title_case_headline(view: &View, i: usize) -> bool {
    in_headline(view, i) && {
        let (start, end) = view.sentences[view.sentence_of[i]];
        is_title_case((start..end).map(|j| view.word(j)))
    }
}

/// True when token `i` lies in the article's headline: a first paragraph
/// of one sentence, with more paragraphs after it.
fn in_headline(view: &View, i: usize) -> bool {
    view.headline_end.is_some_and(|end| i < end)
}

/// `Elizabeth Warren To Wells Fargo CEO: ‘Q’`, `A lesson from Loretta
/// Lynch: ‘Q’`: a headline's quote after a colon, with no cue, is said by
/// the first person or organisation the headline names before the colon.
fn headline_speaker(view: &View, found: &Found) -> Option<Attribution> {
    let colon = after_colon(view, found.first).then(|| found.first - 1)?;
    if !in_headline(view, colon) {
        return None;
    }
    let start = view.sentences[view.sentence_of[colon]].0;
    let speaker = (start..colon).find_map(|i| {
        view.entity_at(i)
            .filter(|&(a, b, kind)| {
                a == i
                    && b <= colon
                    && matches!(kind, EntityKind::Person | EntityKind::Organization)
            })
            .map(|(a, b, _)| (a, b))
    })?;
    Some((None, speaker))
}

/// True when the words inside a partial quote are a title in title case
/// (`“Fox and Friends”`, `“Face the Nation,”`, `“The Apprentice”`): every
/// word capitalised but short function words, at least two of them
/// capitalised.
fn is_title(view: &View, found: &Found) -> bool {
    let words: Vec<&str> = (found.first + 1..found.last)
        .filter(|&i| view.tokens[i].kind == TokenKind::Word)
        .map(|i| view.word(i))
        .collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    words.iter().filter(|w| capitalised(w)).count() >= 2
        && words
            .iter()
            .all(|w| capitalised(w) || is_one_of(w, TITLE_FUNCTION_WORDS))
}

/// True when a whole quote is a title standing in running text, not
/// words someone said (`"The Walking Dead" airs Sunday`, `hits including
/// "Johnny B. Goode,"`): [`is_title`], not all in capitals, with no
/// question or exclamation mark and no full stop but at its end (`“Mr.
/// D’Souza?”`), in a sentence that is no headline, with no cue, colon or
/// `reading` right before its mark (`the survey said "None of the
/// Above"`, `a hat reading, “Make Mexico Great Again Also”`) nor a cue
/// right after it (`"Yes We Can," he said`). Over the Dai corpus, 60
/// such quotes were films, shows, books and songs said by whoever spoke
/// near them.
fn title_standing_alone(view: &View, found: &Found) -> bool {
    let inside = found.first + 1..found.last;
    let stop_inside = |i: usize| view.word(i) == "." && i + 1 < found.last;
    let said_inside = || {
        inside
            .clone()
            .any(|i| stop_inside(i) || matches!(view.word(i), "!" | "?" | ";"))
    };
    let in_capitals = || {
        inside
            .clone()
            .filter(|&i| view.tokens[i].is_word())
            .all(|i| view.tokens[i].shape == ShapeClass::Upper)
    };
    if found.kind != QuoteKind::Direct || said_inside() || in_capitals() || !is_title(view, found) {
        return false;
    }
    let (start, end) = view.sentences[view.sentence_of[found.first]];
    let around = (start..found.first).chain(found.last + 1..end);
    if is_title_case(around.map(|i| view.word(i))) {
        return false;
    }
    let before = (start..found.first)
        .rev()
        .find(|&i| !matches!(view.word(i), "," | "-" | "—"));
    let cue_before = before.is_some_and(|i| {
        view.word(i) == ":" || view.is_cue(i) || view.lower_is(i, &["read", "reads", "reading"])
    });
    let cue_after = (found.last + 1..(found.last + 4).min(end)).any(|i| view.is_cue(i));
    !cue_before && !cue_after
}

/// True when a title in title case follows a verb of telling right
/// before its mark (`Fiorina told "Fox and Friends," reminding ...`,
/// `told “Good Morning America”`): the show told, not words said. After
/// the cue the quote had stood alone, a direct quote (two on PolNeAR
/// train, two in the Dai corpus).
fn tells_a_title(view: &View, found: &Found) -> bool {
    found
        .first
        .checked_sub(1)
        .is_some_and(|verb| view.lower_is(verb, ADDRESSEE_VERBS))
        && is_title(view, found)
}

/// True when a quote opening with a capital right after the noun for a
/// work, a comma or lost-space hyphen or a participle of naming (or
/// both, a colon after the participle) at most between them, is that
/// work's title (`In his 2002 book, ''Make Your Kid a Millionaire,''`,
/// `the anthem ''A Change Is Gonna Come''`, `Davis' commentary,
/// "Melania, tell your immigrant story," is thoughtful`, `on the podcast
/// “Here’s the Thing.”`, `a popular play called "Los Hijos de Trump,"`,
/// `a news article, titled "Q"`, `a comedy show called- "Q"`, `an
/// article entitled: "Q"`). The participle may follow a phrase that a
/// preposition opens after the noun (`a novel in cooperation with public
/// libraries called "Q."`).
/// On PolNeAR train none of the 55 quotes right after such a noun, nor
/// of the 6 after a participle of naming, is a content; one in lower
/// case may open a clause (`his grant program, “states were
/// hemorrhaging money,” DeSantis said`).
fn names_a_work(view: &View, found: &Found) -> bool {
    if found.first + 1 >= found.last || view.starts_in_lower_case(found.first + 1) {
        return false;
    }
    let before = |at: usize, words: &[&str]| at > 0 && is_one_of(view.word(at - 1), words);
    let mut at = found.first;
    // (A colon after the noun itself opens words said: `a print run of
    // the book: ''Publish the book ...,'' the pitch says`.)
    let colon_after_naming =
        before(at, &[":"]) && at >= 2 && view.lower_is(at - 2, NAMING_PARTICIPLES);
    at -= usize::from(before(at, &[",", "-"]) || colon_after_naming);
    let named = at > 0 && view.lower_is(at - 1, NAMING_PARTICIPLES);
    if named {
        at -= 1;
        at -= usize::from(before(at, &[","]));
    }
    let work_at = |noun: usize| view.lower_is(noun, WORK_NOUNS);
    at.checked_sub(1).is_some_and(work_at) || named && work_before_its_phrase(view, at, work_at)
}

/// True when a phrase that a preposition opens ends at `end` (exclusive)
/// and follows a noun for which `work_at` holds, all its words in lower
/// case, at most [`WORK_PHRASE_WORDS`] of them (`a novel in cooperation
/// with public libraries`).
fn work_before_its_phrase(view: &View, end: usize, work_at: impl Fn(usize) -> bool) -> bool {
    (end.saturating_sub(WORK_PHRASE_WORDS + 1)..end)
        .rev()
        .take_while(|&i| view.tokens[i].is_word() && view.starts_in_lower_case(i))
        .any(|noun| work_at(noun) && noun + 1 < end && view.lower_is(noun + 1, PREPOSITIONS))
}

/// Words between the noun for a work and the participle that names it,
/// at most (`a novel in cooperation with public libraries called`).
const WORK_PHRASE_WORDS: usize = 6;

/// Nouns for works that go by a title.
const WORK_NOUNS: &WordList = &WordList::new(&[
    "book",
    "anthem",
    "song",
    "commentary",
    "column",
    "article",
    "op-ed",
    "film",
    "movie",
    "memoir",
    "documentary",
    "show",
    "program",
    "programme",
    "series",
    "ad",
    "album",
    "essay",
    "novel",
    "poem",
    "hymn",
    "podcast",
    "play",
    "musical",
    "sitcom",
]);

/// True when a partial quote is the name a term goes by (`what has become
/// known as the ''Buffett rule''`, `so-called ''pass through''`), not
/// words anyone said. On PolNeAR train no such quote is a content of its
/// own.
fn is_named_term(view: &View, found: &Found) -> bool {
    let before = view.text[..view.tokens[found.first].span.start as usize].trim_end();
    let before = match before.rsplit_once(char::is_whitespace) {
        Some((rest, last))
            if ["the", "a", "an"]
                .iter()
                .any(|d| last.eq_ignore_ascii_case(d)) =>
        {
            rest.trim_end()
        }
        _ => before,
    };
    ["so-called", "known as"].iter().any(|term| {
        before
            .len()
            .checked_sub(term.len())
            .and_then(|at| before.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(term))
    }) || named_by_participle(view, found.first)
}

/// True when the quote opening at `first` follows a participle of naming
/// other than `called` (`dubbed appropriately “Q”`, `code named “Q”`,
/// `nicknamed “Q”`, `known in Warsaw as “Q”`), past an article, one
/// adverb, or the words before `as` (no punctuation among them). On
/// PolNeAR train 2 of 12 such quotes are contents.
fn named_by_participle(view: &View, first: usize) -> bool {
    let before = |at: usize, words: &[&str]| at > 0 && view.lower_is(at - 1, words);
    let at = first - usize::from(before(first, ARTICLES));
    if before(at, &["as"]) {
        let as_word = at - 1;
        return (as_word.saturating_sub(NAMED_AS_WORDS + 1)..as_word)
            .rev()
            .take_while(|&i| view.tokens[i].is_word())
            .any(|i| view.lower_is(i, &["known"]));
    }
    let adverb = at > 0 && reads_as_lower_case_adverb(view.word(at - 1));
    before(at - usize::from(adverb), &["dubbed", "nicknamed", "named"])
}

/// Words between `known` and `as` before a name (`known in Warsaw as`),
/// at most.
const NAMED_AS_WORDS: usize = 3;

/// Words a title leaves in lower case.
const TITLE_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "the", "of", "on", "in", "to", "for", "at", "by", "with", "or", "from", "is",
    "but", "as", "vs",
];

/// A quoted transcript turn, `"WALLACE: Let's start with ...`: the name in
/// capitals (or a named mention) and its colon open the quote; the speaker
/// is that name, the colon the cue, what follows it the content.
fn transcript_turn(view: &View, found: &Found) -> Option<Quote> {
    if found.kind != QuoteKind::Direct {
        return None;
    }
    let name_start = found.first + 1;
    let name_end = match view.entity_at(name_start) {
        Some((a, b, kind)) if a == name_start && kind != EntityKind::Misc => b,
        _ => {
            let word = view.word(name_start);
            let shouted = word.len() >= 2 && word.chars().all(|c| c.is_uppercase());
            if !shouted {
                return None;
            }
            name_start + 1
        }
    };
    let colon = name_end;
    if colon + 1 >= found.last || view.word(colon) != ":" {
        return None;
    }
    let content_end = if view.tokens[found.last].flags.quote == QuoteMark::None {
        found.last + 1
    } else {
        found.last
    };
    Some(view.attributed_quote(
        QuoteKind::Direct,
        (colon + 1, content_end),
        Some((colon, colon + 1)),
        (name_start, name_end),
    ))
}

/// The dashes that sign a quote with a name (`“Q” ― Jane Doe`).
const SIGNATURE_DASHES: &[&str] = &["―", "—", "–"];

/// `“Q” ― Jane Doe, of Springfield`: a dash right after a quote signs it
/// with a person's name, as readers' reactions and vox pops are written.
fn signed_by_dash(view: &View, last: usize) -> Option<Attribution> {
    let (dash, name) = (last + 1, last + 2);
    let same_paragraph =
        name < view.tokens.len() && view.paragraph_of[name] == view.paragraph_of[last];
    let dash_word = view.word(dash);
    if !same_paragraph
        || !(is_one_of(dash_word, SIGNATURE_DASHES) || matches!(dash_word, "-" | "--"))
    {
        return None;
    }
    view.entity_at(name)
        .filter(|&(a, _, k)| a == name && k == EntityKind::Person)
        .map(|(a, b, _)| (Some(dash), (a, b)))
}

/// Tokens of a signature's role before its head noun, at most (`general
/// manager`, `a member of`, `a UK-based toy expert`).
const ROLE_WORDS_OF_SIGNATURE: usize = 6;

/// Tokens of a signature after a quote, at most (`Jiang Shan, researcher
/// at Center for China and Globalization, based in Beijing.`).
const SIGNATURE_TOKENS: usize = 50;

/// `“Q.” Jiang Shan, researcher at Center for China and Globalization.`:
/// a quote that is a sentence of its own, with no attribution around it,
/// signed in the next sentence by a person's name, a comma and the
/// person's role (a noun that heads speakers within its first words: not
/// `Sebastian Alexis, 16, sells ponchos`, nor a list of names), where no
/// auxiliary and no cue after a comma makes that sentence a statement or
/// a report of its own (`Smith, a teacher, was charged`, `Kalhan, a law
/// professor, echoed that`); a participle tells the occasion (`Geng
/// Shuang, Foreign Ministry spokesman, speaking on Dec 12`). The comma is
/// the cue.
fn signed_by_name_and_role(view: &View, found: &Found) -> Option<Attribution> {
    if !opens_sentence(view, found.first) {
        return None;
    }
    let name = (found.last + 1..view.tokens.len())
        .find(|&i| view.word(i) != ".")
        .filter(|&i| {
            opens_sentence(view, i) && view.paragraph_of[i] == view.paragraph_of[found.last]
        })?;
    let (a, b) = view
        .entity_at(name)
        .filter(|&(a, _, k)| a == name && k == EntityKind::Person)
        .map(|(a, b, _)| (a, b))?;
    let (_, sentence_end) = view.sentences[view.sentence_of[name]];
    let reads_as_signature = view.word(b) == ","
        && sentence_end - b <= SIGNATURE_TOKENS
        && (b + 1..sentence_end)
            .take(ROLE_WORDS_OF_SIGNATURE)
            .any(|j| view.heads_speakers_in_either_number(j))
        && !(b..sentence_end).any(|j| {
            view.word(j - 1) == "," && reports_here(view, j)
                || view.is_auxiliary(j)
                || view.is_quote_mark(j)
        });
    reads_as_signature.then_some((Some(b), (a, b)))
}

/// True when token `i` is a cue verb that makes its clause a report: not
/// a participle, which tells the occasion of one (`speaking to reporters`).
fn reports_here(view: &View, i: usize) -> bool {
    view.is_cue_verb(i) && !view.word(i).ends_with("ing")
}

/// Past the asides after a name at `at`: a parenthesis, then appositions
/// set off by commas, one after another while no cue follows (`Scott
/// Pruitt, the attorney general of Oklahoma, one of the states suing the
/// EPA, said`) and no verb in the past opens the next (`Chris Bryce, CEO
/// of IPSE, welcomed the U-turn, saying`: the verb ends the asides).
fn past_asides(view: &View, at: usize) -> usize {
    let mut at = past_aside(view, past_aside(view, at));
    for _ in 0..MORE_APPOSITIONS {
        let after_comma = at > 0 && view.word(at - 1) == ",";
        if !after_comma
            || (at..at + 3).any(|j| j < view.tokens.len() && view.is_cue(j))
            || tense(view, at) == Some(Tense::Past)
        {
            break;
        }
        let next = past_aside(view, at - 1);
        if next == at - 1 {
            break;
        }
        at = next;
    }
    at
}

/// Past the body the person named at `[a, b)` is placed in (`“Q,” John
/// Smith [of the Brookings Institution] said`, `Patrick Crowley [of the
/// America First Project] wrote`): a preposition of affiliation and the
/// body it governs (after `the`, as [`body_after_the`] finds it); else
/// `b`. Only after a
/// person's name: `a spokeswoman for Tyrol police` speaks for the police.
fn past_person_affiliation(view: &View, (a, b): (usize, usize)) -> usize {
    if !view.names_person(a, b) || !view.lower_is(b, AFFILIATION_PREPOSITIONS) {
        return b;
    }
    let body = if view.lower_is(b + 1, &["the"]) {
        body_after_the(view, b + 1)
    } else {
        view.mention_at(b + 1).filter(|&(start, _)| start == b + 1)
    };
    body.map_or(b, |(_, end)| end)
}

/// Prepositions that place a person in a body after their name.
const AFFILIATION_PREPOSITIONS: &[&str] = &["of", "at", "from", "with", "for"];

/// The body named after the `the` at `the`, with at most
/// [`BODY_MODIFIERS`] words before its name (`the pro-Kurdish opposition
/// Peoples' Democratic Party`, `the manufacturers' organization EEF`):
/// the first mention that starts there, when it names no person (`of the
/// Russian Strategic Missile Forces Viktor Yesin`: the entity model leaves
/// the forces untagged).
fn body_after_the(view: &View, the: usize) -> Option<(usize, usize)> {
    (the + 1..view.tokens.len())
        .take(BODY_MODIFIERS + 1)
        .take_while(|&j| view.tokens[j].is_word() || view.is_possessive_mark(j))
        .find_map(|j| {
            view.mention_at(j)
                .filter(|&(start, end)| start == j && !modifies_body_name(view, end))
        })
        .filter(|&(start, end)| !view.names_person(start, end))
}

/// True when the name of a body other than a person starts at `at`,
/// right after a noun: `the manufacturers' organization [EEF]`, where the
/// noun (a speaker noun of its own) only modifies the name.
fn modifies_body_name(view: &View, at: usize) -> bool {
    view.entity_at(at)
        .is_some_and(|(start, _, kind)| start == at && kind != EntityKind::Person)
}

/// Words between `the` and the name of the body a person is placed in, at
/// most.
const BODY_MODIFIERS: usize = 4;

/// Appositions after the first that [`past_asides`] skips.
const MORE_APPOSITIONS: usize = 2;

/// The token after the aside that opens at `at`, a parenthesis (`(R-Utah)`)
/// or an apposition between commas (`, the Republican attorney general of
/// Oklahoma,`), at most [`APPOSITION_TOKENS`] long and within its
/// sentence; else `at`.
fn past_aside(view: &View, at: usize) -> usize {
    if at >= view.tokens.len() {
        return at;
    }
    let close = match view.word(at) {
        "(" => ")",
        "," => ",",
        _ => return at,
    };
    let sentence_end = view.sentences[view.sentence_of[at]].1;
    (at + 1..sentence_end.min(at + APPOSITION_TOKENS))
        .find(|&j| view.word(j) == close)
        .map_or(at, |close| close + 1)
}

fn after_quote(view: &View, found: &Found) -> Option<Attribution> {
    let last = found.last;
    // `“Q1.” To which she said, “Q2”`, `“Q1.” He said that if “Q2”`: a
    // quote that ends its sentence lends its cue to none that opens a
    // report of its own.
    // `“Q1”. Until recently, the agency asked that ...`: British style
    // sets the full stop after the mark.
    // `“Q?” He answered, “A”`: a question or exclamation before a
    // capitalised pronoun ends its sentence too.
    let ends_sentence = full_stop_at_close(view, last)
        || last > 0
            && matches!(view.word(last - 1), "?" | "!")
            && view.word(last + 1).starts_with(char::is_uppercase)
            && view.lower_is(last + 1, SPEAKER_PRONOUNS);
    let n = view.tokens.len();
    let para = view.paragraph_of[last];
    // Past its range no token is in a paragraph but the first (which
    // tokens outside every paragraph count as).
    let scan_end = match para {
        0 => n,
        _ => view.paragraphs[para].1.clamp(last + 1, n),
    };
    let window: Vec<usize> = (last + 1..scan_end)
        .filter(|&i| view.paragraph_of[i] == para)
        .take(6)
        .collect();
    // `did not give “Q,” but he said that ...`, `saying “Q” - while X said
    // ...`: a conjunction right after a quote within its sentence (or
    // after a dash there) opens a clause of the writer's, whose cue is
    // its own.
    let after_dash = usize::from(window.first().is_some_and(|&t| is_dash(view.word(t))));
    if !ends_sentence
        && window
            .get(after_dash)
            .is_some_and(|&t| view.lower_is(t, CLAUSE_CONJUNCTIONS))
    {
        return None;
    }
    // `said, “We’ll see,” when asked whether he would`: the question put
    // to the speaker, whose asker said nothing quoted.
    if window
        .first()
        .is_some_and(|&t| asked_after_when(view, t + 1))
    {
        return None;
    }
    // `“Q.” Caughman was bent over ...`: an auxiliary the lexicon counts
    // as a cue is none of its own (`has said` has its cue after it); nor
    // is a verb of seeming, the writer's inference (`“Q.” It seems as
    // though Russia ...`, `“Q.” Mr Zahab ... appeared in court`). Nor is
    // a preposition (`“I'm tired of people talkin” about Chicago like
    // ...` had been said by Chicago). A verb of the manner of speaking
    // too rare for the lexicon is one (`“Q,” cried one man`).
    let is_cue = |j: usize| {
        (view.is_cue(j) || view.lower_is(j, MANNER_OF_SPEAKING_VERBS))
            && !view.is_auxiliary(j)
            && !view.lower_is(j, SEEMING_VERBS)
            && !view.lower_is(j, PREPOSITIONS)
    };
    // `“So, who?” Her suggestions are redacted.`, `the statement said`:
    // a cue word after a determiner is a noun.
    let is_cue_verb = |j: usize| is_cue(j) && !view.follows_determiner(j);
    let mut i = 0;
    while i < window.len() {
        let t = window[i];
        // `“Q2.” That's why, he added, viewers ...`: after a quote that
        // ends its sentence, an attribution behind the writer's words
        // and a comma is another report's.
        if ends_sentence && window[..i].iter().any(|&j| view.word(j) == ",") {
            return None;
        }
        if is_cue(t) && ends_sentence && opens_next_report(view, t) {
            return None;
        }
        // `“Q.” According to Lei Chao, about 20 million yuan ...`: an
        // `according to` that opens the next sentence attributes that one.
        if ends_sentence && opens_sentence(view, t) && is_according_to(view, t) {
            return None;
        }
        if is_cue(t) && !is_cue_verb(t) {
            i += 1;
            continue;
        }
        if is_cue(t) {
            // `said X`, or `said the director general ..., Kwon Jong. Gun`.
            let sentence_end = view.sentences[view.sentence_of[t]].1;
            let described = t + 1 < sentence_end && view.lower_is(t + 1, DESCRIPTION_OPENERS);
            let speaker = if described {
                // `said the director general of ..., Kwon Jong. Gun`: the
                // person the description introduces, else the description;
                // not when a preposition governs the first person named
                // (`said the academy in awarding the prize to Walcott`,
                // `reads the letter, signed by Cummings and ...`).
                let person = (t + 1..sentence_end)
                    .take(30)
                    .find_map(|j| {
                        view.entity_at(j)
                            .filter(|&(a, _, k)| a == j && k == EntityKind::Person)
                            .map(|(a, b, _)| (a, b))
                    })
                    .filter(|&(a, _)| !governed_by_preposition(view, t + 1, a));
                // `says another official familiar with EU customs
                // rules`: not a mention a preposition governs (the
                // description itself speaks).
                // `said the Spanish newspaper El Pais`: else the name
                // after the description.
                person.or_else(|| {
                    (t + 1..sentence_end)
                        .take(8)
                        .find_map(|j| view.mention_at(j))
                        .filter(|&(a, _)| !object_of_preposition(view, t + 1, a))
                        .map(|m| named_after_description(view, m, sentence_end))
                })
            } else {
                // `“Q,” said he would`, `“Q,” said on Monday that he`:
                // after a cue right after the quote, a subject pronoun
                // that a verb follows, or a mention after `that`, is the
                // subject of what the cue reports, not the quote's speaker.
                let inverted_right_after = i == 0;
                let first = (t + 1..sentence_end)
                    .take(4)
                    .take_while(|&j| !(inverted_right_after && view.lower_is(j, &["that"])))
                    .find_map(|j| view.mention_at(j).filter(|&(a, _)| a == j))
                    .filter(|&(a, _)| speaks_after_cue(view, t, a))
                    .filter(|&(a, b)| {
                        !(inverted_right_after
                            && b == a + 1
                            && opens_clause_as_subject(view, a, sentence_end))
                    });
                // `said research analyst Robin Vanstraalen`: a noun that
                // names speakers, in the role of the person named after it
                // (not `according to earlier reports as Trump was ...`), or
                // a name that opens the person's title.
                let role_holder = first.and_then(|(a, b)| match view.entity_at(a) {
                    None => person_after_role(view, a, sentence_end, |j| {
                        j == a || in_lower_case_role(view, j) && !view.lower_is(j, SUBORDINATORS)
                    }),
                    // `asked Justice Ruth Bader Ginsburg`, `said Apple CEO
                    // Tim Cook`: a name the entity stage read apart from
                    // the title it opens.
                    Some((_, _, kind)) if kind != EntityKind::Person => {
                        person_after_role(view, b, sentence_end, |j| {
                            view.entity_at(j).is_none()
                                && (in_title(view, j) || in_lower_case_role(view, j))
                        })
                    }
                    Some(_) => None,
                });
                // `said the Spanish newspaper El Pais`: the name after a
                // description.
                let named = first.map(|m| named_after_description(view, m, sentence_end));
                role_holder.or(named).or_else(|| {
                    // `said lead study author Dr. Anthony Hackney`, `said
                    // CarSound Chief Strategy Officer Peter Nitoglia` (a
                    // company the entity stage did not tag, and a title).
                    person_after_role(view, t + 1, sentence_end, |j| {
                        view.starts_in_lower_case(j)
                            || is_name_honorific(view.word(j))
                            || in_title(view, j)
                                && view
                                    .entity_at(j)
                                    .is_none_or(|(_, _, kind)| kind != EntityKind::Person)
                    })
                })
            };
            // `X, citing ''Q,'' said the candidate could be ...`: a
            // mention right after the cue that an auxiliary follows is the
            // subject of what the cue reports, and the quote is no one's
            // here.
            if speaker.is_some_and(|(_, b)| {
                i == 0 && b < sentence_end && view.lower_is(b, FINITE_AUXILIARIES)
            }) {
                return None;
            }
            let mention_before = window[..i].iter().rev().find_map(|&j| {
                view.mention_at(j)
                    .and_then(|mention| through_governing_phrase(view, last + 1, mention))
            });
            let after =
                speaker.map(|mention| owned_person(view, mention, sentence_end).unwrap_or(mention));
            // `“Q,” one attendee said about Mulvaney`: the subject between
            // a quote and the cue of its sentence is the speaker, not a
            // mention after the cue.
            let subject = || subject_after_quote(view, last, t);
            // `“Q.” Peace talks stalled during the Obama administration`:
            // after a quote that ends its sentence, a mention after the cue
            // speaks only where the cue comes first (`“Q.” said Smith.`).
            let inverted = window[..i]
                .iter()
                .all(|&j| reads_as_lower_case_adverb(view.word(j)));
            // `“Q.” The observation was noted in ...`: a verb group, passive
            // or not, makes the sentence the writer's.
            if ends_sentence && window[..i].iter().any(|&j| view.is_auxiliary(j)) {
                return None;
            }
            let speaker = if ends_sentence {
                // `“Q.” The guidelines outlined by ...`: a noun phrase
                // there is the subject of a verb of saying only.
                after
                    .filter(|_| inverted)
                    .or(mention_before)
                    .or_else(|| subject().filter(|_| view.lower_is(t, SPEECH_VERBS)))
            } else {
                // `“Q,” the diplomat told TASS`: after words of the writer's,
                // the one a verb of telling names after it is told, not
                // the speaker (`“Q,” told X` names the speaker).
                let told_after = i > 0 && view.lower_is(t, ADDRESSEE_VERBS);
                mention_before
                    .or_else(subject)
                    .or(after.filter(|_| !told_after))
            }
            .or_else(|| {
                described
                    .then(|| description_after(view, t, sentence_end))
                    .flatten()
            });
            return speaker.map(|s| (Some(t), s));
        }
        let mention = view
            .mention_at(t)
            .and_then(|mention| through_governing_phrase(view, last + 1, mention));
        if let Some(mention) = mention {
            // `“Q,” White House press secretary Sean Spicer said`: the
            // person who holds the role, named within the window, whose
            // cue comes after the name.
            let sentence_end = view.sentences[view.sentence_of[t]].1;
            // `“Q,” Trump's spokesman said`: else the role the mention
            // owns, which speaks.
            let (a, b) = owned_person(view, mention, sentence_end)
                .filter(|&(person, _)| window.last().is_some_and(|&w| person <= w))
                .or_else(|| possessed_role(view, mention))
                .or_else(|| person_after_body_in_title(view, mention))
                .unwrap_or(mention);
            // `“Q,” Rep. Jason Chaffetz (R-Utah) said`, `“Q,” Scott Pruitt,
            // the attorney general of Oklahoma, said`: the cue of a whole
            // quote may follow an aside after the name, and lie past the
            // window; a partial quote's stays within it (`on “Fox
            // News Sunday,” Pence said` is no quote of Pence's).
            // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`:
            // a parenthesis, then an apposition.
            let after = past_asides(view, past_person_affiliation(view, (a, b)));
            // `“Q,” Homeland Security Deputy Secretary Alejandro Mayorkas
            // told`: a name that runs past the window, with only a title
            // in capitals between it and the quote (and a comma), brings
            // the cue right after it.
            let name_runs_on = || {
                after < n
                    && window
                        .iter()
                        .skip_while(|&&j| view.word(j) == ",")
                        .take_while(|&&j| j < mention.0)
                        .all(|&j| view.tokens[j].is_word() && !view.starts_in_lower_case(j))
            };
            let reach = match found.kind {
                QuoteKind::Partial if name_runs_on() => {
                    window.last().map_or(b, |&w| (w + 1).max(after + 1))
                }
                QuoteKind::Partial => window.last().map_or(b, |&w| w + 1),
                _ => n,
            };
            // `..., declined to comment, according to Newsday`: the source
            // of `according to` follows it.
            // `“Q.” Hussein faces the allegation of`: a cue word after a
            // determiner is a noun, no verb the name is the subject of.
            let cue = (after..reach.min(after + 3))
                .take_while(|&j| view.paragraph_of[j] == para)
                .find(|&j| is_cue_verb(j))
                .filter(|&j| !is_according_to(view, j));
            if let Some(cue) = cue {
                // `“Q.” High-profile musicians were quick to pay tribute`:
                // as before a mention, a verb group after a quote that
                // ends its sentence makes the sentence the writer's.
                // `“Q2.” Laly Lichtenfeld, executive director of the Fund,
                // describes this as “Q3”`: nor does a cue with an object
                // of its own, other than the quote (`“Q.” A spokesman
                // offered this statement`).
                let names_quote = view.lower_is(cue + 1, &["this", "the"])
                    && view.lower_is(cue + 2, MESSAGE_NOUNS);
                if ends_sentence
                    && (opens_next_report(view, cue)
                        || (after..cue).any(|j| view.is_auxiliary(j))
                        || has_object(view, cue) && !names_quote)
                {
                    return None;
                }
                // `“Q,” Pakistan's army chief, Gen. Qamar Javed Bajwa,
                // said`: the name in apposition to a description.
                // `“Q,” a spokesman for the Pentagon said`: the role in the
                // body speaks for it.
                let role = || {
                    window
                        .iter()
                        .copied()
                        .find(|&j| view.word(j) != ",")
                        .filter(|&first| {
                            first < a
                                && view
                                    .entity_at(a)
                                    .is_some_and(|(start, end, _)| (start, end) == (a, b))
                                && role_before_body(view, first, a)
                        })
                        .map(|first| (first, b))
                };
                let speaker = phrase_around_modifier(view, (a, b), cue)
                    .or_else(|| named_in_apposition(view, (a, b), b, after))
                    .or_else(role)
                    .unwrap_or((a, b));
                return Some((Some(cue), speaker));
            }
            if i == 0
                && found.kind == QuoteKind::Direct
                && reads_as_attribution_verb(view, b)
                && !view.lower_is(b, SEEMING_VERBS)
                && !(ends_sentence && has_object(view, b))
                && !credits_reporting(|j| view.word(j), b)
            {
                // `“Q,” Blige sings to Clinton`: the verb right after the
                // name that follows the quote attributes it, cue word or
                // not; looking further finds another clause's cue.
                return Some((Some(b), (a, b)));
            }
            i = window.iter().position(|&j| j >= b).unwrap_or(window.len());
            continue;
        }
        i += 1;
    }
    None
}

/// True when the mention starting at `a` after the cue at `cue` may be
/// its speaker: no preposition governs it (`a fair, negotiated peace with
/// Israel`), or it is the source of `according to` or the agent right
/// after a passive cue (`as alleged by republicans`; not the one who
/// asks, `Asked by ABC News`).
fn speaks_after_cue(view: &View, cue: usize, a: usize) -> bool {
    let phrase = a - usize::from(view.lower_is(a - 1, &["the"]));
    let agent =
        phrase == cue + 2 && view.lower_is(cue + 1, &["by"]) && !view.lower_is(cue, ASK_VERBS);
    !governed_by_preposition(view, cue + 1, a)
        || agent
        || phrase >= 2 && is_according_to(view, phrase - 2)
}

/// Past forms of verbs of the manner of speaking, which attribute the
/// quote they follow however rarely PolNeAR has them (`“Q,” cried one
/// man`, `“Q,” she whispered`).
const MANNER_OF_SPEAKING_VERBS: &WordList = &WordList::new(&[
    "cried",
    "exclaimed",
    "whispered",
    "screamed",
    "shrieked",
    "muttered",
    "mumbled",
    "murmured",
    "quipped",
    "sighed",
    "snapped",
    "retorted",
    "interjected",
    "gushed",
    "groaned",
    "sobbed",
    "bellowed",
    "hissed",
    "grumbled",
    "stammered",
]);

/// True when the verb at token `i`, among the words `word` gives,
/// credits reporting (`contributed to this report`, `contributed
/// reporting`): a byline's, which attributes nothing.
fn credits_reporting<'w>(word: impl Fn(usize) -> &'w str, i: usize) -> bool {
    let word_is = |at: usize, list: &[&str]| list.iter().any(|l| word(at).eq_ignore_ascii_case(l));
    word_is(i, &["contributed"])
        && (word_is(i + 1, &["reporting"])
            || word_is(i + 1, &["to"])
                && word_is(i + 2, &["this", "the"])
                && word_is(i + 3, &["report", "story", "article"]))
}

/// `“Q,” Minister of Industry and Information Technology Miao Wei said`:
/// the person named right after the body `(a, b)` that ends a title (its
/// `of` after a capitalised word), who holds the title.
fn person_after_body_in_title(view: &View, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let of = a
        .checked_sub(1)
        .filter(|&of| of > 0 && view.lower_is(of, &["of"]))?;
    if !view.tokens[of - 1].is_word() || view.starts_in_lower_case(of - 1) {
        return None;
    }
    view.entity_at(b)
        .filter(|&(start, _, kind)| start == b && kind == EntityKind::Person)
        .map(|(start, end, _)| (start, end))
}

/// The phrase of the role that mention `(a, b)` owns, when a possessive
/// follows it: `Trump's spokesman`, `May's official spokesman`, a
/// mention that opens with the owner (see [`View::mention_at`]). Not a
/// cue noun (`Musk's statement added`): the owner speaks through it.
fn possessed_role(view: &View, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    if b >= view.tokens.len() || !view.is_possessive_mark(b) {
        return None;
    }
    (b + 1..view.tokens.len())
        .take(POSSESSED_MODIFIERS + 1)
        .find_map(|j| view.mention_at(j).filter(|&(start, _)| start == a))
        .filter(|&(_, end)| !view.is_cue(end - 1))
}

/// `said Russia's foreign minister Sergei Lavrov`, `said NBC’s Dante
/// Chinni`, `said Chad's ambassador to France, Mahamat Ali`, `said White
/// House press secretary Sean Spicer`: the person a `holder` mention (a
/// possessor, or an organisation or place) employs, named after the role
/// they hold (and a comma), before `end`; none when the holder names no
/// person so.
fn owned_person(view: &View, holder: (usize, usize), end: usize) -> Option<(usize, usize)> {
    let (start, past) = holder;
    let role_start = if view.lower_is(past, POSSESSIVE_CLITICS) {
        past + 1
    } else if view
        .entity_at(start)
        .is_some_and(|(_, _, kind)| kind != EntityKind::Person)
    {
        past
    } else {
        return None;
    };
    let in_role = |j: usize| {
        let person = view
            .entity_at(j)
            .is_some_and(|(_, _, kind)| kind == EntityKind::Person);
        // `ambassador to France`: a preposition before a name.
        let joins_a_place = j > role_start
            && view.lower_is(j, ROLE_PREPOSITIONS)
            && !view.starts_in_lower_case(j + 1);
        !person && (in_title(view, j) || in_lower_case_role(view, j) || joins_a_place)
    };
    // `Chad's foreign minister, Mahamat Ali`: a comma may set the name off.
    let role_end = (role_start..end)
        .take(ROLE_WORDS + 1)
        .find(|&j| !(view.tokens[j].is_word() && in_role(j)))?;
    // After an organisation or place, a role must be named (`said
    // Reuters, Jane Doe and ...` is a list): a word that ends roles, or
    // any noun in lower case right before the name (`said CNN political
    // contributor Robin Oakley`).
    let holds_no_role = role_end == role_start
        || !(ends_a_role(view, role_end - 1) || view.starts_in_lower_case(role_end - 1));
    if role_start == past && holds_no_role {
        return None;
    }
    let from = if view.word(role_end) == "," {
        role_end + 1
    } else {
        role_end
    };
    person_after_role(view, from, end, in_role)
}

/// Prepositions inside a role, before the place or body it serves
/// (`ambassador to France`, `minister of Foreign Affairs`).
const ROLE_PREPOSITIONS: &[&str] = &["to", "of", "for", "at"];

/// Words of a role before a name, at most (`said former secretary of
/// state Hillary Clinton`, `said UMWA Director of Government Affairs Phil
/// Smith`).
const ROLE_WORDS: usize = 8;

/// The person named at the end of a role from token `from`, before `end`:
/// the first person, with only words `in_role` accepts before it.
fn person_after_role(
    view: &View,
    from: usize,
    end: usize,
    in_role: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let name = (from..end)
        .take(ROLE_WORDS + 1)
        .find(|&j| !(view.tokens[j].is_word() && in_role(j)))?;
    view.entity_at(name)
        .filter(|&(a, _, kind)| a == name && kind == EntityKind::Person)
        .map(|(a, b, _)| (a, b))
}

/// True when token `i` may be part of a title (`UMWA Director of
/// Government Affairs`, `Russia's Ambassador to South Korea`): a
/// capitalised word, or a function word of titles or a possessive after
/// a capitalised word, and before no person's name (not `Friends of
/// Hillary Clinton`); or the hyphen of a compound title between two
/// capitalised words (`Attorney-General`, `Secretary-General`).
fn in_title(view: &View, i: usize) -> bool {
    if view.is_inner_hyphen(i) {
        let capitalised = |j: usize| view.tokens[j].is_word() && !view.starts_in_lower_case(j);
        return i > 0 && capitalised(i - 1) && capitalised(i + 1);
    }
    let possessive = view.lower_is(i, POSSESSIVE_CLITICS);
    if !view.tokens[i].is_word() && !possessive {
        return false;
    }
    !view.starts_in_lower_case(i)
        || (view.lower_is(i, TITLE_FUNCTION_WORDS) || possessive)
            && i > 0
            && !view.starts_in_lower_case(i - 1)
            && view
                .entity_at(i + 1)
                .is_none_or(|(a, _, kind)| a != i + 1 || kind != EntityKind::Person)
}

/// True when token `i` is a word in lower case that may stand in a role
/// before a name (`Democratic [strategist]`, `[former] Pennsylvania
/// [governor]`, `[lobbyist and] GOP [strategist]`): no pronoun,
/// determiner, auxiliary, preposition or cue, which open a clause or a
/// phrase of their own (`, said he met strategist John Smith`).
fn in_lower_case_role(view: &View, i: usize) -> bool {
    view.tokens[i].is_word()
        && view.starts_in_lower_case(i)
        && !view.is_cue(i)
        && !view.lower_is(i, SPEAKER_PRONOUNS)
        && !view.lower_is(i, OBJECT_PRONOUNS)
        && !view.lower_is(i, AUXILIARIES)
        && !view.lower_is(i, PREPOSITIONS)
        && !view.opens_noun_phrase(i)
}

/// True when token `i` may end a role before a name: a title word or a
/// noun that names speakers (`strategist`, `spokesman`).
fn ends_a_role(view: &View, i: usize) -> bool {
    in_title(view, i) || view.heads_speakers(i)
}

/// True when the verb at `verb` has an object of its own after any
/// addressee (`“Q.” Turkey abolished the death penalty in 2004`): it
/// narrates, and attributes no quote before it.
fn has_object(view: &View, verb: usize) -> bool {
    let (_, end) = view.sentences[view.sentence_of[verb]];
    let last = view.closing_punctuation(end);
    let after = addressee_end(view, verb, last);
    // `describes this as`: `this` and `last` open a circumstance only
    // with a span of time (`this week`).
    let demonstrative_object =
        view.lower_is(after, &["this", "last"]) && view.past_time_phrase(after) == after;
    after < last
        && view.tokens[after].is_word()
        && (!takes_no_object(view, after) || demonstrative_object)
}

/// True when the cue at `cue`, with any speaker named right after it,
/// opens a report of its own: it leads into a quote after a comma or
/// colon (`she said, “Q”`, `said Smith: “Q”`), or what it reports follows
/// it (`He said that if ...`), not a circumstance (`Smith said on Monday.`,
/// `Kim told Putin during the summit.`).
fn opens_next_report(view: &View, cue: usize) -> bool {
    // `criticized Ross’ business ties`: a possessive goes on to the
    // object it owns.
    let after = view
        .mention_at(cue + 1)
        .filter(|&(a, _)| a == cue + 1)
        .map_or(cue + 1, |(_, b)| {
            b + usize::from(view.is_bare_possessive(b))
        });
    let opens_quote_after = |break_at: usize| {
        view.tokens
            .get(break_at + 1)
            .is_some_and(|t| t.flags.quote == QuoteMark::Opening)
    };
    let sentence_end = view.sentences[view.sentence_of[cue]].1;
    // `“Q1.” Cuomo tweeted late Thursday: “Q2”`: a colon past the
    // attribution's circumstance leads into the next quote too.
    let colon_past_circumstance = || {
        takes_no_object(view, after)
            && (after + 1..sentence_end.min(after + 1 + POSTPOSED_TAIL))
                .find(|&i| !view.tokens[i].is_word())
                .is_some_and(|i| view.word(i) == ":" && opens_quote_after(i))
    };
    let leads_into_quote = matches!(view.word(after), "," | ":") && opens_quote_after(after)
        || colon_past_circumstance();
    // `“Q.” Kim told Putin during the summit`: past an addressee.
    let reported = if after == cue + 1 {
        content_start(view, cue, sentence_end)
    } else {
        Some(after)
    };
    // `“Q.” The Senate committee sought Kushner, who ...`: a verb that
    // neither says nor tells, with an object and more after it, is an
    // act the writer reports.
    let acts_on_object = after > cue + 1
        && after < sentence_end
        && !view.lower_is(cue, SPEECH_VERBS)
        && !view.lower_is(cue, ADDRESSEE_VERBS)
        && !matches!(view.word(after), "." | "?" | "!");
    // `“Q.” The FIS announced earlier in the day in its official
    // statement that “Q2”`: `that` past a circumstance opens what it
    // reports.
    let that_past_circumstance = || {
        (after..sentence_end.min(after + CIRCUMSTANCE_BEFORE_THAT))
            .take_while(|&i| view.tokens[i].is_word())
            .any(|i| view.lower_is(i, &["that"]) && i > after)
    };
    leads_into_quote
        || acts_on_object
        || reported.is_some_and(|at| {
            at < sentence_end && view.tokens[at].is_word() && !takes_no_object(view, at)
        })
        || that_past_circumstance()
}

/// Words of a circumstance between a cue and the `that` of what it
/// reports, at most (`announced earlier in the day in its official
/// statement that`).
const CIRCUMSTANCE_BEFORE_THAT: usize = 12;

/// The speaker a mention `(a, b)` after a quote (from `start` on) makes:
/// itself when no preposition governs it, or when the one who speaks for
/// it precedes the preposition (`“Q,” a spokeswoman for Tyrol police
/// said`), or a title's `of` or an agent's `by` does; else the phrase
/// from the mention the preposition follows (`a friend of Bob Harward`,
/// `an adviser to Prince Mohammed`, `the head of the intelligence
/// service`), or none (`in an interview with CNN, Trump said`).
fn through_governing_phrase(
    view: &View,
    start: usize,
    (a, b): (usize, usize),
) -> Option<(usize, usize)> {
    // `a senior adviser to Prince Mohammed`: the entity may leave the
    // person's titles out.
    let titled = past_left_out_titles(view, start, a);
    let Some(preposition) =
        word_governing(view, start, titled).filter(|&w| view.lower_is(w, PREPOSITIONS))
    else {
        return Some((a, b));
    };
    // `Secretary of State Rex Tillerson`, where the entity stage leaves
    // the title's first words out: `of` within a title. `Dubbed “Q” by
    // The New York Times`: `by` names the agent. `press service of
    // Sberbank said`: the one spoken for.
    let head = preposition.checked_sub(1)?;
    // `Minister for Health Simon Harris`: any preposition within titles.
    let within_title = view.lower_is(preposition, &["of"]) || titled < a;
    let speaks_as_itself = head >= start
        && (within_title && !view.starts_in_lower_case(head)
            || view.lower_is(preposition, &["by"])
            || view.lower_is(head, SPEAKERS_ON_BEHALF));
    if speaks_as_itself {
        return Some((a, b));
    }
    let (c, d) = view.mention_at(head)?;
    (d == preposition && c >= start && !object_of_preposition(view, start, c)).then_some((c, b))
}

/// Where the title words right before the mention starting at `a` start
/// (`to [Prince] Mohammed`, where the entity stage left the title out),
/// back to `start` and at most [`NAME_TITLE_WORDS`]: capitalised words
/// that no mention holds; `a` itself when there are none.
fn past_left_out_titles(view: &View, start: usize, a: usize) -> usize {
    let mut first = a;
    while first > start
        && a - first < NAME_TITLE_WORDS
        && view.tokens[first - 1].is_word()
        && !view.starts_in_lower_case(first - 1)
        && view.mention_at(first - 1).is_none()
    {
        first -= 1;
    }
    first
}

/// `“Q,” the witness said`: the noun phrase between a quote (closing at
/// `last`) and its cue, opened by a determiner, when no mention is there.
fn subject_after_quote(view: &View, last: usize, cue: usize) -> Option<(usize, usize)> {
    let first_word = (last + 1..cue).find(|&i| view.tokens[i].is_word())?;
    // `the high-ranking diplomat`: a hyphen within a word is part of it.
    let between_words =
        (first_word..cue).all(|i| view.tokens[i].is_word() || view.is_inner_hyphen(i));
    (between_words
        && cue - first_word <= NOUN_PHRASE_WORDS
        && (view.lower_is(first_word, DETERMINERS)
            || view.lower_is(first_word, DESCRIPTION_OPENERS)))
    .then_some((first_word, cue))
}

/// Words that open a description of a speaker (`said the witness`,
/// `said one of the campaigners`, `another official said`, `said two
/// people familiar with the matter`).
const DESCRIPTION_OPENERS: &WordList = &WordList::new(&[
    "the", "a", "an", "one", "another", "two", "three", "several", "some", "many", "his", "her",
    "their", "our",
]);

/// `“Q,” said the witness`: the description after the cue, up to the
/// first token that is no word, when no mention is in it. A longer one
/// ends before what it says of its head (`one of the campaigners behind
/// the initiative`, `two people familiar with the matter`).
fn description_after(view: &View, cue: usize, sentence_end: usize) -> Option<(usize, usize)> {
    let run_end = (cue + 1..sentence_end)
        .take(LONG_DESCRIPTION_WORDS + 1)
        .find(|&i| !view.tokens[i].is_word())
        .unwrap_or(sentence_end);
    let end = if run_end - cue <= NOUN_PHRASE_WORDS + 1 {
        run_end
    } else {
        (cue + 3..run_end).find(|&i| view.lower_is(i, DESCRIPTION_BREAKS))?
    };
    (end > cue + 2 && end - cue <= NOUN_PHRASE_WORDS + 1).then_some((cue + 1, end))
}

/// Words a description runs over before [`description_after`] gives up
/// on finding where its head ends.
const LONG_DESCRIPTION_WORDS: usize = 12;

/// Words after the head of a long description, which say more of it.
const DESCRIPTION_BREAKS: &WordList = &WordList::new(&[
    "behind", "near", "at", "in", "for", "from", "with", "on", "to", "by", "who", "which", "that",
    "familiar", "close",
]);

/// True when token `i` reads as a verb in the present or past tense
/// (`sings`, `joked`): a lower-case word ending in `s` or `ed`, no
/// auxiliary.
fn reads_as_attribution_verb(view: &View, i: usize) -> bool {
    let word = view.word(i);
    view.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && word.chars().all(|c| c.is_ascii_lowercase())
        && (word.ends_with('s') || word.ends_with("ed"))
        && !AUXILIARIES.contains(word)
        && !PASSIVE_AUXILIARIES.contains(word)
}

/// `X said: “Q”`, `X said, “Q”`: the cue before the quote (`lead_in`,
/// the cue whose words only lead into it, when [`lead_in_cue`] found one)
/// and its subject.
fn before_quote(
    view: &View,
    found: &Found,
    quoted: &[bool],
    lead_in: Option<usize>,
) -> Option<Attribution> {
    // The quote's lead-in ends right before it.
    let first = found.first;
    let sentence_start = view.sentences[view.sentence_of[first]].0;
    if sentence_start == first {
        return introduced_by_colon(view, first, quoted);
    }
    // `Stone: “Q”`: a name opening the sentence, then a colon, signs the
    // quote as an interview's turns are written.
    if let Some((colon, speaker)) =
        named_before_colon(view, sentence_start).filter(|&(colon, _)| colon + 1 == first)
    {
        return Some((Some(colon), speaker));
    }
    if let Some((colon, speaker)) = labelled_speaker(view, sentence_start, first) {
        return Some((Some(colon), speaker));
    }
    if let Some(attribution) = inverted_before_quote(view, sentence_start, first, quoted)
        .or_else(|| named_after_dash_before_colon(view, sentence_start, first))
        .or_else(|| according_to_before_quote(view, sentence_start, first))
    {
        return Some(attribution);
    }
    // `who joked of the museum, “Q”`, `said in a statement, “Q”`: a cue
    // before a lead-in; else a cue right before the quote.
    let cue = lead_in
        .or_else(|| {
            (sentence_start..first).rev().take(4).find(|&i| {
                // `She would also close the notorious ''carried interest''
                // loophole`: an adverb or auxiliary that leads a verb is no
                // cue; `He was told: “Q”`, `when an application is
                // rejected “Q”`: nor is a passive, whose subject did not say
                // the quote.
                view.is_cue(i) && !leads_a_verb(view, i) && !is_passive_participle(view, i)
                    || i + 2 == first && view.word(i + 1) == ":" && view.is_weak_cue(i)
                    || introduces_quote_as_verb(view, i, first)
            })
        })
        .or_else(|| teller_before_quote(view, sentence_start, first))?;
    // The phrase before a weak cue word (`a reader would now ask: “Q”`),
    // the main clause's subject for a participle cue (`..., saying, “Q”`),
    // else the mention before an apposition that ends at the cue (`Maria
    // Lopez, 45, a teacher from Leeds, said: “Q”`), else the nearest
    // mention that no preposition governs (`Clinton, at
    // a later press gaggle, said, “Q”`), else the nearest mention, else,
    // for a whole quote, the noun phrase right before the cue (`the
    // announcer said, “Q”`; a partial quote with no named speaker stays a
    // scare quote).
    // `According to Limbaugh, “Q”`: the source follows the cue.
    if let Some((source, _)) = according_to_source(view, cue, first) {
        return Some((Some(cue), source));
    }
    let speaker = self_describer(view, sentence_start, cue)
        .or_else(|| passive_perception_subject(view, sentence_start, cue, quoted))
        .or_else(|| weak_cue_subject(view, sentence_start, cue, quoted))
        .or_else(|| mention_before_participle(view, sentence_start, cue, quoted))
        .or_else(|| participle_subject(view, sentence_start, cue, quoted))
        .or_else(|| appositive_subject(view, sentence_start, cue))
        .or_else(|| subject_before(view, sentence_start, cue, quoted))
        .or_else(|| nearest_unquoted_mention(view, sentence_start, cue, quoted))
        .or_else(|| {
            (found.kind == QuoteKind::Direct)
                .then(|| noun_phrase_before(view, sentence_start, cue, quoted))
                .flatten()
        })?;
    Some((Some(cue), speaker))
}

/// `Having announced that he would not send me to prison, Judge Berman
/// proceeded`, `Announcing the deal, the minister said`: a cue in a
/// participle clause that opens the sentence from `start` is said by the
/// subject of the main clause, named right after the comma that closes
/// the participle's clause (before `last`, and outside quote marks: a
/// gerund that is a subject, `Telling my mother "You look pretty today,
/// Mama," earned me`, has none). Not when the comma follows the cue
/// (`Elaborating, he says`: the clause reports nothing).
fn subject_after_fronted_participle(
    view: &View,
    start: usize,
    (cue, last): (usize, usize),
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let fronted = cue == start && view.word(cue).ends_with("ing")
        || cue == start + 1 && view.lower_is(start, &["having"]);
    if !fronted {
        return None;
    }
    let comma = view
        .first_comma(cue + 1..last)
        .filter(|&comma| comma > cue + 1 && !quoted[comma])?;
    view.mention_at(comma + 1).filter(|&(a, _)| a == comma + 1)
}

/// `Bernie Sanders, a self-described democratic socialist`: the person
/// set off before a description of what they call themselves says it.
fn self_describer(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    if cue < start + 4 || !view.is_inner_hyphen(cue - 1) || !view.lower_is(cue - 2, &["self"]) {
        return None;
    }
    set_off_person_before(&view.entities, &view.entity_of, &view.words, cue - 3)
        .filter(|&(a, _)| a >= start)
}

/// Past participles of being seen or heard, whose passive's subject
/// speaks the words of a participle cue after them.
const PERCEPTION_PARTICIPLES: &WordList = &WordList::new(&[
    "seen",
    "heard",
    "shown",
    "filmed",
    "caught",
    "recorded",
    "pictured",
    "videotaped",
    "overheard",
    "captured",
    "spotted",
    "photographed",
]);

/// Words between a participle of [`PERCEPTION_PARTICIPLES`] and the
/// participle cue after it (`caught on camera saying`, `heard to be
/// shouting`), at most.
const PERCEPTION_GAP: usize = 3;

/// `The cleric was seen saying: “Q”`, `could be heard saying "phew"`,
/// `Anwar al-Awlaki, who was killed in a drone strike, is shown
/// lecturing: “Q”`: a participle cue after a passive of being seen or
/// heard is said by the passive's subject, not by the participle before
/// it.
fn passive_perception_subject(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    if !view.word(cue).ends_with("ing") {
        return None;
    }
    let participle = (start..cue)
        .rev()
        .take(PERCEPTION_GAP + 1)
        .take_while(|&i| view.tokens[i].is_word() && !quoted[i])
        .find(|&i| view.lower_is(i, PERCEPTION_PARTICIPLES))?;
    let auxiliary = participle
        .checked_sub(1)
        .filter(|&a| a > start && view.lower_is(a, PASSIVE_AUXILIARIES))?;
    appositive_subject(view, start, auxiliary)
        .or_else(|| subject_before(view, start, auxiliary, quoted))
        .or_else(|| noun_phrase_before(view, start, auxiliary, quoted))
}

/// True when token `i` is a participle after a passive auxiliary (and
/// an adverb): `was told`, `is widely rejected`; not the `-ing` form of a
/// progressive (`is saying`).
fn is_passive_participle(view: &View, i: usize) -> bool {
    let auxiliary = match i.checked_sub(1) {
        Some(before) if reads_as_lower_case_adverb(view.word(before)) => before.checked_sub(1),
        before => before,
    };
    !view.word(i).ends_with("ing")
        && auxiliary.is_some_and(|a| view.lower_is(a, PASSIVE_AUXILIARIES))
}

/// Tokens before a quote searched for a verb of telling that leads into
/// it.
const TELLER_REACH: usize = 16;

/// `told BBC Radio 4's Today programme "Q"`, `told MSNBC's Rachel Maddow:
/// “Q”`, `told CNN's KFile in response to the charges: "Q"`: a cue of
/// telling further back than a cue right before the quote opening at
/// `first`, whose addressee ends right before the quote (or its colon or
/// comma), or whose addressee and circumstance report nothing and lead
/// into the quote by a colon or comma, with no other cue or quote
/// between.
fn teller_before_quote(view: &View, sentence_start: usize, first: usize) -> Option<usize> {
    let sentence_end = view.sentences[view.sentence_of[first]].1;
    let set_off = first > 0 && matches!(view.word(first - 1), ":" | ",");
    (sentence_start..first)
        .rev()
        .take(TELLER_REACH)
        .take_while(|&i| !view.is_quote_mark(i))
        .find(|&i| view.is_cue(i))
        .filter(|&cue| {
            view.lower_is(cue, ADDRESSEE_VERBS)
                && match content_start(view, cue, sentence_end) {
                    Some(content) => content == first || set_off && content + 1 == first,
                    None => set_off,
                }
        })
}

/// `But, said Solovey, “Q”`, `Said Dorothy Poynter, who grew up with Ali
/// in the neighborhood, “Q”`, `Continued Stone: “Q”`: a verb of saying
/// that opens the sentence or follows a comma, the name right after it,
/// and the comma or colon before the quote opening at `first` (after an
/// apposition of the name's, if any).
fn inverted_before_quote(
    view: &View,
    sentence_start: usize,
    first: usize,
    quoted: &[bool],
) -> Option<Attribution> {
    let mark = first
        .checked_sub(1)
        .filter(|&m| matches!(view.word(m), "," | ":"))?;
    // Any verb of the cue lexicon may open the sentence (`Continued
    // Stone: “Q”`); after a comma, only a verb of saying, and never one
    // of telling (`Clark, a law professor, told ABC News, “Q”`: the one
    // told follows it).
    let cue = (sentence_start..mark).find(|&i| {
        let opens = i == sentence_start && view.is_cue_verb(i);
        (opens || view.lower_is(i, SPEECH_VERBS) && i > sentence_start && view.word(i - 1) == ",")
            && !view.lower_is(i, ADDRESSEE_VERBS)
            && !quoted[i]
    })?;
    let name = view
        .mention_at(cue + 1)
        .filter(|&(a, b)| a == cue + 1 && b <= mark)?;
    let set_off = name.1 == mark
        || view.word(name.1) == ","
            && (name.1 + 1..mark).all(|i| !quoted[i] && !view.is_cue_verb(i));
    set_off.then_some((Some(cue), name))
}

/// Capitalised words (and `and`) a name set off by a dash before a colon
/// holds, at most (`Frank Newport and Jim Harter`).
const DASHED_NAME_TOKENS: usize = 8;

/// `RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Q”`, `More
/// from Blumenthal and Cohen: “Q”`: a digest names the writer it quotes
/// after a dash or `More from`, before the colon that ends right before the
/// quote opening at `first`. On PolNeAR train and dev the name was the
/// gold source 10 times in 11; the colon is the cue.
fn named_after_dash_before_colon(
    view: &View,
    sentence_start: usize,
    first: usize,
) -> Option<Attribution> {
    let colon = after_colon(view, first).then(|| first - 1)?;
    let name_word = |i: usize| {
        view.tokens[i].is_word() && !view.starts_in_lower_case(i)
            || view.lower_is(i, &["and"])
            || view.word(i) == "."
    };
    let opener = (sentence_start..colon)
        .rev()
        .take(DASHED_NAME_TOKENS + 1)
        .find(|&i| !name_word(i))?;
    // (`in response to the charges from WikiLeaks: “Q”` is no digest.)
    let leads_name = is_dash(view.word(opener))
        || view.lower_is(opener, &["from"]) && opener > 0 && view.lower_is(opener - 1, &["more"]);
    let name = (opener + 1, colon);
    let named = name.0 < name.1
        && !view.starts_in_lower_case(name.0)
        && !view.lower_is(name.1 - 1, &["and"]);
    (leads_name && named).then_some((Some(colon), name))
}

/// True when token `i` is a verb that the corpus counts too seldom as a
/// cue but that introduces the quote opening at `first`, right after its
/// subject and right before the comma or colon (`Noah quipped, “Q”`, `The
/// letter continues: “Q”`): there, a verb in the past tense, or in the
/// present before a colon, reports what follows. A plural noun before a
/// comma (`mothers and babies, “Q”`) is none.
fn introduces_quote_as_verb(view: &View, i: usize, first: usize) -> bool {
    let verb = match view.word(i + 1) {
        "," => view.lower_is(i, SENTENCE_CLOSING_CUES) || view.word(i).ends_with("ed"),
        ":" => true,
        _ => false,
    };
    // `She loudly commanded, “Q”`: past one adverb of manner.
    let subject_end = match i.checked_sub(1) {
        Some(adverb) if reads_as_lower_case_adverb(view.word(adverb)) => adverb,
        _ => i,
    };
    i + 2 == first
        && verb
        && reads_as_attribution_verb(view, i)
        && view.entity_at(i).is_none()
        && subject_end > 0
        && view
            .mention_at(subject_end - 1)
            .is_some_and(|(_, b)| b == subject_end)
}

/// A quote that opens its sentence, introduced by the sentence before it
/// ending in a colon, often in the paragraph before (`The New York Times
/// wrote:` / `He said:`, then the quoted passage): that sentence's cue
/// (a weak cue word too, right before the colon: `The Times reports:`)
/// and its speaker, a mention or else the noun phrase before the cue.
fn introduced_by_colon(view: &View, first: usize, quoted: &[bool]) -> Option<Attribution> {
    let colon = after_colon(view, first).then(|| first - 1)?;
    let start = view.sentences[view.sentence_of[colon]].0;
    let cue = (start..colon)
        .rev()
        .take(COLON_CUE_REACH)
        .find(|&i| view.is_cue(i) || i + 1 == colon && view.is_weak_cue(i))?;
    let speaker = weak_cue_subject(view, start, cue, quoted)
        .or_else(|| nearest_unquoted_mention(view, start, cue, quoted))
        .or_else(|| noun_phrase_before(view, start, cue, quoted))
        .or_else(|| named_after_cue_to_colon(view, cue, colon))?;
    Some((Some(cue), speaker))
}

/// `Stated Stone: “Q”`, `Added the senator:`: a mention right after the
/// cue that runs to the colon, the subject inverted after its verb.
fn named_after_cue_to_colon(view: &View, cue: usize, colon: usize) -> Option<(usize, usize)> {
    let mention = view.mention_at(cue + 1)?;
    (mention == (cue + 1, colon)).then_some(mention)
}

/// The subject of a weak cue word that introduces a quote with a colon:
/// the phrase right before it (`a reader would now ask: “Q”`), not a
/// mention further back (`If we lived in normal times, ...`).
fn weak_cue_subject(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    if view.is_cue(cue) {
        return None;
    }
    noun_phrase_before(view, start, cue, quoted)
}

/// The mention nearest before the cue of a whole quote in the sentence
/// starting at `start`, outside quotes (`“... nobody in the Senate would
/// come to your aid,” the investor said, “Q2”`: the Senate said nothing).
fn nearest_unquoted_mention(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let mentions = || {
        (start..cue)
            .rev()
            .filter(|&j| !quoted[j])
            .filter_map(|j| view.mention_at(j))
            .filter(|&(a, b)| !in_party_label(view, a, b))
            .filter(|&mention| !fronted_circumstance(view, start, mention, cue))
    };
    // `Sen. Ted Cruz (R-TX) took to Twitter saying: “Q”`: a mention no
    // preposition governs, before any that one does; but an agent (`a
    // sculpture by Rodin called “Q”`) or the subject of a clause (`after
    // Kellyanne Conway made a comment about “Q”`) is none governed.
    let governed = |a: usize| {
        word_governing(view, start, a).is_some_and(|w| {
            view.lower_is(w, PREPOSITIONS)
                && !view.lower_is(w, &["by"])
                && !view.lower_is(w, CLAUSE_CONJUNCTION_PREPOSITIONS)
        })
    };
    mentions()
        .find(|&(a, _)| !governed(a))
        .or_else(|| mentions().next())
}

/// True when `mention` (in the sentence from `start`) is the object of a
/// circumstance set off by a comma before `cue` (`In a statement,
/// organisers said`, `On the Facebook event page, organisers said: “Q”`):
/// no subject of the cue, however near. Not when a relative word follows
/// the comma (`The museum opened with Stevie Wonder, who joked that`):
/// the relative stands for the mention.
fn fronted_circumstance(view: &View, start: usize, (a, b): (usize, usize), cue: usize) -> bool {
    // `In response to a request from Sen. Patty Murray and Sen. Elizabeth
    // Warren, the inspector general said`: any mention in a phrase that a
    // preposition opens the sentence with, up to its comma.
    let in_opening_phrase =
        view.lower_is(start, PREPOSITIONS) && view.first_comma(start..a).is_none();
    (object_of_preposition(view, start, a) || in_opening_phrase)
        && view
            .first_comma(b..cue)
            .is_some_and(|comma| !view.lower_is(comma + 1, RELATIVE_OPENERS))
}

/// The mention nearest before `cue` in the sentence starting at `start`,
/// quoted or not (the cue of a partial quote's sentence).
fn nearest_mention(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    (start..cue).rev().find_map(|j| view.mention_at(j))
}

/// Tokens before an introducing colon searched for its cue (`Caddell
/// continued:`, `X said in a statement on Monday:`, `He told his
/// audience, to rowdy applause:`).
const COLON_CUE_REACH: usize = 9;

/// The speaker of a cue elsewhere in the sentence (for partial quotes).
fn attribute_in_sentence(view: &View, at: usize, quoted: &[bool]) -> Option<Attribution> {
    let (sentence_start, end) = view.sentences[view.sentence_of[at]];
    // `After a judge issued an order, the president slammed the decision
    // as “Q”`: a quote past the comma of an opening subordinate clause is
    // the main clause's.
    // `In a White House statement, Obama condemned the test as “Q”`: so
    // is one past the comma of an opening phrase of a preposition, when a
    // cue follows the comma and no verb of saying comes before it (`In it
    // Zuckerberg quotes Lincoln who spoke of “Q1”, and talks about “Q2”`).
    let start = if opens_with_subordinator(view, sentence_start) {
        view.first_comma(sentence_start..at)
            .map_or(sentence_start, |comma| comma + 1)
    } else if view.lower_is(sentence_start, PREPOSITIONS) {
        let cue_in = |from: usize, to: usize| {
            (from..to).any(|i| view.is_cue_verb(i) && !quoted[i] && !determined_noun(view, from, i))
        };
        view.first_comma(sentence_start..at)
            .filter(|&comma| !cue_in(sentence_start, comma) && cue_in(comma + 1, at))
            .map_or(sentence_start, |comma| comma + 1)
    } else {
        sentence_start
    };
    // `Bannon called her “Q1,” while Kushner called her “Q2” and lauded
    // the “Q3.”`: a quote after a comma and a conjunction that joins
    // clauses only is the later clause's, when a cue stands in it.
    let start = (start..at)
        .rev()
        .find(|&i| {
            i > start
                && after_comma(view, start, i)
                && !quoted[i]
                && view.lower_is(i, CLAUSE_ONLY_CONJUNCTIONS)
                && (i + 1..at).any(|j| view.is_cue_verb(j) && !quoted[j])
        })
        .map_or(start, |conjunction| conjunction + 1);
    // `stripping out a call for “Q”`: a noun after its determiner names
    // the speech, and says nothing of who spoke.
    let headline = in_title_case_headline(view, at);
    let cues = || {
        (start..end.min(at)).filter(move |&i| {
            (view.is_cue(i) || headline && i + 1 == at && view.is_weak_cue(i))
                && !leads_a_verb(view, i)
                && !determined_noun(view, start, i)
        })
    };
    // `criticized the plan, saying it was “a disaster”`: the last
    // participle after a comma before the quote reports it, said by the
    // subject of the sentence.
    let participle = cues()
        .rev()
        .find(|&cue| participle_after_comma(view, start, cue));
    if let Some(cue) = participle {
        let speaker = participle_subject(view, start, cue, quoted)?;
        return Some((Some(cue), speaker));
    }
    match cues().next() {
        Some(first) => {
            // `criticized the media and insisted there will be no “Q”`:
            // a verb coordinated with the first, nearer the quote, is its
            // cue; the subject is the one they share.
            let cue = cues()
                .rev()
                .find(|&cue| cue > first && conjunction_before(view, first, cue).is_some())
                .unwrap_or(first);
            // `It included ... and, according to the newly appointed
            // Kelly, fixing the “gaping wound”`: the source of `according
            // to` said it, not the sentence's subject.
            if let Some((source, _)) = according_to_source(view, cue, at) {
                return Some((Some(cue), source));
            }
            // `described by a friend as a “Q”`: the agent of a passive
            // cue said it; `was declared “fully liberated”`, `is seen as
            // the spear tip of the “Q”`: a passive with none names no one.
            if let Some(agent) = agent_after_by(view, cue) {
                return Some((Some(cue), agent));
            }
            if is_passive_participle(view, cue) {
                return None;
            }
            let speaker = self_describer(view, start, cue)
                .or_else(|| speakers_noun_phrase_right_before(view, start, cue, quoted))
                .or_else(|| nearest_mention(view, start, first))?;
            Some((Some(cue), speaker))
        }
        None => subject_verb_before(view, sentence_start, at),
    }
}

/// The noun phrase right before `cue` (from `start`) when no entity
/// names it and its last word heads speakers, or its plural does
/// (`days after a Montenegrin special prosecutor accused “Q”`, `When the
/// moderator mentioned “Q”`): the cue's subject, nearer than any mention
/// before it (`The US vote` had said the quote).
fn speakers_noun_phrase_right_before(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let head = cue.checked_sub(1)?;
    if view.entity_of[head] != NO_ENTITY || !view.heads_speakers_in_either_number(head) {
        return None;
    }
    // Not the object of a preposition (`gone on record saying`), unless
    // one that opens a clause (`after`, `before`).
    noun_phrase_before(view, start, cue, quoted).filter(|&(a, b)| {
        b == cue
            && (!governed_by_preposition(view, start, a)
                || view.lower_is(a - 1, CLAUSE_CONJUNCTION_PREPOSITIONS))
    })
}

/// The `and` or `but` after token `from` that the verb `cue` follows,
/// with at most [`COORDINATED_VERB_GAP`] adverbs or auxiliaries between
/// (`and says`, `but also contended`, `but has said`), if any.
fn conjunction_before(view: &View, from: usize, cue: usize) -> Option<usize> {
    (from + 1..cue)
        .rev()
        .take(COORDINATED_VERB_GAP + 1)
        .find(|&i| !(view.lower_is(i, LINKING_ADVERBS) || view.lower_is(i, AUXILIARIES)))
        .filter(|&i| view.lower_is(i, &["and", "but"]))
}

/// The subject and verb of the writer's clause around a partial quote
/// whose sentence has no cue: a mention that opens the sentence and the
/// lower-case word right after it, before the quote (`North Koreans want
/// a “more cautious and mature” interlocutor`), past any auxiliaries
/// (`Human Rights Watch has also raised “serious concerns”`), where the
/// word they lead reads as a verb: an auxiliary with none after it says
/// nothing (`It is “context-aware”`, `Germany was the driving force
/// ...`, `Coleman had no licence`).
fn subject_verb_before(view: &View, start: usize, at: usize) -> Option<Attribution> {
    let speaker = view.mention_at(start).filter(|&(a, _)| a == start)?;
    let verb =
        (speaker.1..at).find(|&i| !(view.is_auxiliary(i) || view.is_verb_group_adverb(i)))?;
    let after_auxiliary = (speaker.1..verb).any(|i| view.is_auxiliary(i));
    // `Japan and Russia last held`, `Critics of ...`: a conjunction or a
    // preposition goes on with the subject; `Police forces have begun`,
    // `NHS services are facing`: a word that an auxiliary follows is the
    // subject's noun.
    let is_verb = verb < at
        && view.tokens[verb].is_word()
        && view.starts_in_lower_case(verb)
        && !view.opens_noun_phrase(verb)
        && !view.lower_is(verb, &["and", "or", "nor"])
        && !view.lower_is(verb, PREPOSITIONS)
        && !(verb + 1 < at && view.is_auxiliary(verb + 1))
        && (!after_auxiliary || reads_as_verb_after_auxiliary(view, verb));
    is_verb.then_some((Some(verb), speaker))
}

/// True when the word at `i`, after an auxiliary, reads as the verb it
/// leads: a cue verb, a past form (`raised`, `got`) or another
/// participle (`taken`, `shown`, `competing`).
fn reads_as_verb_after_auxiliary(view: &View, i: usize) -> bool {
    let word = view.word(i);
    view.is_cue_verb(i)
        || reads_as_past_form(view, i)
        || word.len() > 3 && ["en", "wn", "ing"].iter().any(|end| word.ends_with(end))
}

/// True when the word at `i` reads as a verb in the past: a common
/// irregular one (`got`, `sent`), or a word in lower case ending in
/// `-ed` that no hyphen makes an adjective (`UK-based`).
fn reads_as_past_form(view: &View, i: usize) -> bool {
    let word = view.word(i);
    view.lower_is(i, IRREGULAR_PAST_VERBS)
        || word.len() > 3
            && word.ends_with("ed")
            && view.starts_in_lower_case(i)
            && !word.contains('-')
}

/// What the rules make of a report they found: one they take (the first
/// three), or why they would not; the report scorer, when there is one,
/// decides either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A fixed pattern: `according to X`, a postposed or parenthetical
    /// cue.
    Pattern,
    /// A cue with its reported clause.
    Clause,
    /// The first cue of a sentence with a noun-phrase object, in a
    /// sentence with no clause report.
    Object,
    /// A noun-phrase object beside a clause report of the same sentence.
    ObjectBesideClause,
    /// A noun-phrase object after the sentence's first.
    LaterObject,
    /// A word seldom a cue (`wants`, `shows`).
    WeakCue,
    /// A cue after a determiner (`his claim`): a noun.
    NounCue,
    /// A noun-phrase object whose cue's subject is not right before it.
    SubjectApart,
    /// Fewer than three content words.
    Short,
    /// No mention before the cue, only a noun phrase for its subject.
    NounPhraseSubject,
}

impl Verdict {
    /// True when the rules take the report on their own.
    pub(crate) fn rules_take(self) -> bool {
        matches!(self, Verdict::Pattern | Verdict::Clause | Verdict::Object)
    }

    /// The verdict's name, as the report scorer's features spell it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Verdict::Pattern => "pattern",
            Verdict::Clause => "clause",
            Verdict::Object => "object",
            Verdict::ObjectBesideClause => "object-beside-clause",
            Verdict::LaterObject => "later-object",
            Verdict::WeakCue => "weak-cue",
            Verdict::NounCue => "noun-cue",
            Verdict::SubjectApart => "subject-apart",
            Verdict::Short => "short",
            Verdict::NounPhraseSubject => "noun-phrase-subject",
        }
    }
}

/// A report found in a sentence: an indirect quote, and what the rules
/// make of it.
pub(crate) struct Candidate {
    /// The report as an indirect quote.
    pub(crate) quote: Quote,
    /// What the rules make of it.
    pub(crate) verdict: Verdict,
    /// Its sentence: first token, and the closing punctuation (or end).
    pub(crate) sentence: (usize, usize),
    /// What else its content overlaps.
    pub(crate) overlaps: Overlaps,
}

/// What a candidate report's content overlaps, besides itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Overlaps {
    /// Nothing.
    Nothing,
    /// A direct or partial quote.
    Quote,
    /// The content of a report the rules take.
    RuleReport,
}

impl Overlaps {
    /// The name the report scorer's features spell.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Overlaps::Nothing => "nothing",
            Overlaps::Quote => "quote",
            Overlaps::RuleReport => "rule-report",
        }
    }
}

/// Marks what each candidate's content overlaps: a direct or partial
/// quote first, else a report the rules take.
fn mark_overlaps(candidates: &mut [Candidate], quotes: &[Quote]) {
    let quoted = SpansByStart::new(quotes.iter().map(|q| q.content).enumerate());
    let taken: Vec<Span> = candidates
        .iter()
        .filter(|c| c.verdict.rules_take())
        .map(|c| c.quote.content)
        .collect();
    let taken_by_start = SpansByStart::new(taken.iter().copied().enumerate());
    for candidate in candidates.iter_mut() {
        let content = candidate.quote.content;
        let meets = |other: &Span| {
            *other != content && other.start < content.end && content.start < other.end
        };
        candidate.overlaps = if quoted
            .may_overlap(content)
            .any(|q| meets(&quotes[q].content))
        {
            Overlaps::Quote
        } else if taken_by_start
            .may_overlap(content)
            .any(|t| meets(&taken[t]))
        {
            Overlaps::RuleReport
        } else {
            Overlaps::Nothing
        };
    }
}

/// Punctuation that ends a clause within a sentence.
const CLAUSE_BREAKS: &[&str] = &[",", ":", ";", "—", "–", "―", "-"];

/// The fewest content words the rules take.
const MIN_CONTENT_WORDS: usize = 3;

/// The reports (indirect quotes) of each sentence, as candidates: those
/// the rules take, and, when the view marks weak cues, those they would
/// not, each with the reason.
fn report_candidates(view: &View, direct: &DirectQuotes) -> Vec<Candidate> {
    let mut out = Vec::new();
    for &(start, end) in &view.sentences {
        // A sentence that flattened text opened with a share bar starts
        // after it (`... Permalink http://dw.com/p/2W1pc While profits
        // were lower, Munich Re said ...`).
        let start = (start..end).find(|&i| !view.boilerplate[i]).unwrap_or(end);
        if start >= end {
            continue;
        }
        let last = view.closing_punctuation(end);
        let candidate = |quote, verdict| Candidate {
            quote,
            verdict,
            sentence: (start, last),
            overlaps: Overlaps::Nothing,
        };
        if let Some(q) = colon_attribution(view, (start, last, end), &direct.quoted) {
            out.push(candidate(q, Verdict::Pattern));
            continue;
        }
        if let Some(q) = question_asked(view, (start, last), &direct.quoted)
            .or_else(|| poll_report(view, (start, last), &direct.quoted))
        {
            out.push(candidate(q, Verdict::Pattern));
        }
        if let Some(q) = passive_with_agent(view, (start, last), &direct.quoted) {
            out.push(candidate(q, Verdict::Pattern));
        }
        if let Some(q) = reported_by_no_one_named(view, (start, last), &direct.quoted) {
            out.push(candidate(q, Verdict::Pattern));
        }
        let first_of_sentence = out.len();
        sentence_reports(view, direct, (start, last, end), &mut |q, v| {
            out.push(candidate(q, v));
        });
        // With a clause report, a noun-phrase object reports nothing the
        // rules take; nor does any object after the first. A clause after
        // a comma and a participle is a second report (`has rejected [a
        // request], saying [the courts have ...]`).
        let sentence = &mut out[first_of_sentence..];
        // A clause only for the partial quote it attributes (`blamed
        // police shootings on “implicit bias.”`) is a noun-phrase object
        // too.
        let has_clause = sentence.iter().any(|c| {
            c.verdict == Verdict::Clause
                && c.quote.cue.is_some_and(|cue| {
                    let cue = view.token_range(cue).0;
                    let content = view.token_range(c.quote.content).0;
                    !participle_after_comma(view, start, cue)
                        && reports_clause_by_form(view, cue, content, last)
                })
        });
        let objects = sentence.iter_mut().filter(|c| c.verdict == Verdict::Object);
        if has_clause {
            objects.for_each(|c| c.verdict = Verdict::ObjectBesideClause);
        } else {
            objects
                .skip(1)
                .for_each(|c| c.verdict = Verdict::LaterObject);
        }
    }
    mark_overlaps(&mut out, &direct.quotes);
    out
}

/// True when the cue at `cue` reports a clause by the words of its
/// content, which opens at `content` (the sentence's words end at
/// `last`): a clause of its own (`that`, a subject pronoun, a bare
/// clause), or anything a verb of saying reports.
fn reports_clause_by_form(view: &View, cue: usize, content: usize, last: usize) -> bool {
    view.lower_is(
        content,
        &[
            "that", "of", "he", "she", "they", "it", "we", "i", "there", "this",
        ],
    ) || view.lower_is(cue, SPEECH_VERBS)
        || opens_bare_clause(view, content, last)
}

/// Calls `found` with each report of the sentence `(start, last, end)`
/// (`last` its closing punctuation, or `end`) and its verdict: each cue
/// that reports a clause, the next looked for past the content of the
/// last (`said [he would ...] and warned [that ...]`), and each cue with
/// a noun-phrase object; a fixed pattern ends the search.
fn sentence_reports(
    view: &View,
    direct: &DirectQuotes,
    (start, last, end): (usize, usize, usize),
    found: &mut dyn FnMut(Quote, Verdict),
) {
    let DirectQuotes {
        quoted,
        partial_cues,
        cues_after_quotes,
        opens_attributed_quote,
        ..
    } = direct;
    let mut resume = start;
    let mut words_for_ends = None;
    // The participle after an attribution found, and its speaker; the
    // same after a clause reported.
    let mut went_on: Option<(usize, (usize, usize))> = None;
    let mut clause_went_on: Option<(usize, (usize, usize))> = None;
    for cue in start..last {
        if cue < resume
            || quoted[cue]
            || cues_after_quotes[cue]
            || view.tokens[cue].kind != TokenKind::Word
        {
            continue;
        }
        if let Some(quote) =
            seeming_report(view, direct, cue, (start, last, end), &mut words_for_ends)
        {
            found(quote, Verdict::Pattern);
            continue;
        }
        // The first doubt about the report, if any.
        let mut doubt = None;
        // A cue the rules trust, or a weak one the scorer may take.
        let cue_word = view.is_cue(cue)
            || view.is_weak_cue(cue) && admits_doubt(view, &mut doubt, Verdict::WeakCue);
        if !cue_word
            || leads_a_verb(view, cue)
            || modifies_what_came_before(view, cue)
            || attacks_with_no_words(view, cue, (start, last), quoted)
            || approximates_a_quantity(view, cue)
            || in_idiom_of_no_speech(view, cue)
            || concedes_in_passing(view, cue)
            || modifies_noun_before_its_agent(view, cue)
            || modifies_subject_before_its_verb(view, cue, last)
            || modifies_noun_after_it(view, cue)
            || is_named_noun(view, cue)
            || is_question_put_to_subject(view, cue)
            || found_in_a_state(view, cue)
            || named_in_passing(view, cue)
            || names_a_champion(view, cue)
        {
            continue;
        }
        // `In a statement, X condemned`, `his estimate`, `In a White
        // House statement, X condemned`: a noun there, which reports
        // nothing but the partial quote it introduces.
        if cue > start
            && determined_noun(view, start, cue)
            && !partial_cues[cue]
            && !admits_doubt(view, &mut doubt, Verdict::NounCue)
        {
            continue;
        }
        // `Noting that ..., Tester added: “Q”`: a participle opening the
        // sentence reports its clause, said by the subject after it; the
        // main clause may report more.
        if let Some((q, main)) = opening_participle(view, cue, (start, last), quoted) {
            found(q, doubt.unwrap_or(Verdict::Pattern));
            resume = main;
            continue;
        }
        if doubt.is_none() || closes_sentence_as_speech_verb(view, cue) {
            if view.word(cue).eq_ignore_ascii_case("according") {
                if let Some(q) = according_to(view, cue, (start, last, end), quoted) {
                    found(q, Verdict::Pattern);
                }
                break;
            }
            // `CLAUSE, political analysts say; in 2012, ...`: a semicolon
            // ends the attribution as the sentence's end would, and so
            // does a dash before words that sum the clause up.
            let clause_last = (cue + 1..last)
                .find(|&i| !quoted[i] && (view.word(i) == ";" || sums_up_clause_before(view, i)))
                .unwrap_or(last);
            if let Some(q) =
                as_parenthetical(view, direct, cue, (start, last, end), &mut words_for_ends)
                    .or_else(|| {
                        postposed(
                            view,
                            cue,
                            (start, clause_last),
                            quoted,
                            PostposedTail::Short,
                        )
                    })
                    .or_else(|| parenthetical(view, cue, (start, last, end), quoted))
                    .or_else(|| {
                        postposed(
                            view,
                            cue,
                            (start, clause_last),
                            quoted,
                            PostposedTail::ToComma,
                        )
                    })
            {
                // `CLAUSE, X said, adding that ...`: the participle
                // reports what the same speaker said next.
                let act = speaker_goes_on(view, &q, cue, clause_last);
                found(q, Verdict::Pattern);
                match act {
                    Some((participle, _)) => {
                        went_on = act;
                        resume = participle;
                        continue;
                    }
                    None => match relative_clause_after(view, cue, clause_last) {
                        Some(who) => {
                            resume = who;
                            continue;
                        }
                        None => break,
                    },
                }
            }
        }
        // The noun phrase right before the cue: its subject when no
        // mention is near and a `that` clause follows (after the person
        // told, if any: `one local resident told CNN he thought`), or the
        // cue is a verb of saying.
        // `a statement that some said ...`: the subject follows the
        // relative word; the noun before it is no speaker.
        let conjoined = conjoined_clause_start(view, start, cue, quoted);
        let clause = object_relative_clause(view, start, cue).max(conjoined);
        let noun_phrase = noun_phrase_before(view, clause, cue, quoted);
        let speaker = speaker_going_on(went_on, cue)
            .or_else(|| subject_after_fronted_participle(view, start, (cue, last), quoted))
            .or_else(|| self_describer(view, start, cue))
            .or_else(|| passive_perception_subject(view, clause, cue, quoted))
            .or_else(|| antecedent_of_who(view, clause, cue, quoted))
            .or_else(|| person_before_apposition_of_who(view, clause, cue))
            .or_else(|| possessor(view, clause, cue))
            .or_else(|| participle_subject(view, clause, cue, quoted))
            .or_else(|| speaker_going_on(clause_went_on, cue))
            .or_else(|| appositive_subject(view, clause, cue))
            .or_else(|| lone_quantifier_subject(view, clause, cue))
            .or_else(|| subject_before_relative_clause(view, clause, cue, quoted))
            .or_else(|| subject_before(view, clause, cue, quoted))
            .or_else(|| {
                // `said Sunday that`: past a time after the cue.
                let object_end = view.past_time_phrase(addressee_end(view, cue, last));
                noun_phrase.filter(|&(a, _)| {
                    (view.lower_is(object_end, &["that"])
                        || opens_bare_clause(view, object_end, last))
                        && !governed_by_preposition(view, clause, a)
                })
            })
            // Not for a participle, which modifies the noun before it
            // (`The footage of an anguished wife of 20 years pleading
            // for`).
            .or_else(|| {
                noun_phrase
                    .filter(|_| !view.word(cue).ends_with("ing"))
                    .and_then(|phrase| head_of_attached_phrases(view, clause, phrase, quoted))
            })
            .or_else(|| {
                mentions_before(view, clause, cue, quoted, QuoteReach::EachToken)
                    .find(|&mention| !fronted_circumstance(view, clause, mention, cue))
            })
            .or_else(|| {
                noun_phrase.filter(|&phrase| says_as_subject(view, (clause, cue), phrase, quoted))
            });
        // Else that noun phrase may still be its subject (`The ad shows`,
        // `Critics of the program see`): the scorer decides. A report with
        // no speaker at all is left out, even where the scorer would take
        // it: on PolNeAR dev those it took cost more speaker accuracy than
        // they gained content F1.
        let speaker = match (speaker, noun_phrase) {
            (Some(speaker), _) => speaker,
            (None, Some(phrase)) if admits_doubt(view, &mut doubt, Verdict::NounPhraseSubject) => {
                phrase
            }
            _ => continue,
        };
        // `the convention and others have said`: a speaker's noun phrase
        // reaches no further back than the conjunction of its clause.
        let speaker = if (speaker.0..speaker.1).contains(&conjoined) {
            (conjoined, speaker.1)
        } else {
            speaker
        };
        if asks_you(view, speaker, last) || names_as_participle(view, speaker, cue) {
            continue;
        }
        let Some(content) = content_start(view, cue, last) else {
            continue;
        };
        // `The paper quotes US officials as saying the strike ...`: what
        // follows `as saying` is reported, and the one quoted said it.
        let quoted_saying = as_saying_after(view, cue)
            .filter(|&at| at + 2 < last)
            .zip(quoted_one(view, speaker, cue));
        let (speaker, mut content) = match quoted_saying {
            Some((at, quoted)) => (quoted, at + 2),
            None => (speaker, content),
        };
        if circumstance_after_object_relative(view, (start, clause, cue), content) {
            continue;
        }
        while content < last && matches!(view.word(content), "," | ":") {
            content += 1;
        }
        // `said, however, that ...`, `said, citing US officials, that
        // ...`: an aside set off by commas between the cue and the `that`
        // of what was said.
        if view.word(cue + 1) == "," {
            content = that_after_aside(view, cue + 1, last).unwrap_or(content);
        }
        // `pointing out that ...`: the particle is the cue's, and the
        // clause after it is reported (the particle is no cue of its own).
        if content == cue + 1
            && content + 1 < last
            && view.lower_is(content, CUE_PARTICLES)
            && view.lower_is(content + 1, &["that"])
        {
            content += 1;
        }
        // `said ...: “Q,” the union wrote`, `noted that ... ― Trump
        // boasted, “Q”`: what the cue reports ends before a whole quote
        // with an attribution of its own.
        let last = match (content..last).find(|&i| opens_attributed_quote[i]) {
            Some(open) => (content..open)
                .rev()
                .find(|&i| !CLAUSE_BREAKS.contains(&view.word(i)))
                .map_or(content, |i| i + 1),
            None => last,
        };
        // `noted that in 1972, he supported`: the comma closing a fronted
        // circumstance is where the clause's subject comes, not another
        // report.
        let fronted = past_fronted_circumstance(view, content, last);
        let last = end_of_opening_subordinate_clause(view, (start, cue, content), last);
        let last =
            before_report_of_its_own(view, quoted, content.max(fronted.saturating_sub(1)), last);
        if content >= last {
            continue;
        }
        // `failed to show up`, `was released from house arrest`: a verb
        // with its particle, or a passive with its origin, reports nothing
        // (`talked up`, `brought up` do report what follows them); nor does
        // a byline's `reported from Midway Atoll` (never a cue in the 10
        // times PolNeAR train has it).
        let passive = cue > start && view.lower_is(cue - 1, PASSIVE_AUXILIARIES);
        let shows_up =
            view.lower_is(cue, &["show", "shows", "showed"]) && view.lower_is(content, &["up"]);
        let reported_from =
            view.lower_is(cue, &["reported", "reporting"]) && view.lower_is(content, &["from"]);
        if shows_up || reported_from || passive && view.lower_is(content, &["from"]) {
            continue;
        }
        // `Not paying taxes ''makes me smart,'' Trump said last week`: a
        // cue after quoted words attributes them; a circumstance after it
        // is no report.
        let attributes_quote_before = (start..cue).any(|i| quoted[i]);
        if attributes_quote_before
            && takes_no_object(view, content)
            && !view.lower_is(content, OBJECT_PREPOSITIONS)
            && !(content..last).any(|i| quoted[i] || view.lower_is(i, &["that"]))
        {
            continue;
        }
        // Reported speech is a clause: `that ...`, a subject pronoun, or
        // the object of a verb that reports speech itself. Any other
        // object (`questioning the integrity of ...`, `called her vote
        // a mistake`) is what the cue reports when its subject stands
        // right before it, or the message its subject issued (`Mr.
        // Manafort helped draft a report defending ...`).
        let clause = content < last
            && (partial_cues[cue] || reports_clause_by_form(view, cue, content, last));
        if !clause
            && !subject_right_before(view, speaker, cue)
            && !issued_message_before(view, start, cue)
            && !admits_doubt(view, &mut doubt, Verdict::SubjectApart)
        {
            continue;
        }
        if names_inverted_speaker(view, start, cue, content) {
            continue;
        }
        let words = (content..last)
            .filter(|&i| view.tokens[i].is_word())
            .count();
        let opens_with_quote =
            quoted[content] && !partial_quote_opens_clause(view, direct, content, last);
        if words == 0 || opens_with_quote || introduces_quote(view, content, last, quoted) {
            continue;
        }
        if words < MIN_CONTENT_WORDS && !admits_doubt(view, &mut doubt, Verdict::Short) {
            continue;
        }
        // The end model stops a clause short of the sentence end, but
        // not short of the partial quotes its cue attributes: the
        // quoted words are part of what the cue reports. Those after a
        // second cue joined to this one, or after a participle that goes
        // on from it, are that cue's (`that Carson is a “good, decent
        // man,” and said that Trump “melted down”`, `that Romney “had a
        // crazy policy,” adding, “Q”`).
        let coordinated_cue = (content + 1..last)
            .find(|&i| !quoted[i] && (view.joins_a_cue(i) || goes_on_after_comma(view, i)))
            .unwrap_or(last);
        let held_quote_end = partial_cues[cue]
            .then(|| (content..coordinated_cue).rev().find(|&i| quoted[i]))
            .flatten();
        let shortest = (held_quote_end.unwrap_or(content) + 1).max(fronted.min(last));
        let content_end = report_end(
            view,
            direct,
            &mut words_for_ends,
            cue,
            (content, shortest),
            (start, last, end),
        );
        let content_end = if clause {
            content_end
        } else {
            before_next_action(view, quoted, content, content_end)
        };
        let content_end = before_quote_attributed_after(view, quoted, content, content_end);
        let content_end =
            before_verb_of_modified_subject(view, quoted, (start, cue, content), content_end);
        // `what lawmakers called “fraud” led ...`: the quote a naming verb
        // takes right after it is the name it gives, and all it reports.
        let content_end = if view.lower_is(cue, NAMING_VERBS) && view.is_quote_mark(content) {
            (content + 1..content_end)
                .find(|&i| view.is_quote_mark(i))
                .map_or(content_end, |close| close + 1)
        } else {
            content_end
        };
        // `talked about the economy`, `called for a ban`, `pointed out
        // that`: the particle is the cue's (PolNeAR's cue spans hold it),
        // what follows it is reported; not before a quote mark (a report
        // opening with one is left to the partial quote), and not in the
        // reports the scorer judges, which it learned with the particle.
        let content = if doubt.is_none()
            && content == cue + 1
            && content + 1 < content_end
            && opens_with_cue_particle(view, cue, content)
        {
            content + 1
        } else {
            content
        };
        let relative = relative_subject(view, cue);
        let set_off_relative = match relative {
            Some((who, _)) => who > 0 && view.word(who - 1) == ",",
            None => in_set_off_whose_clause(view, cue),
        };
        let content_end = if set_off_relative {
            end_of_set_off_relative_clause(view, quoted, content, content_end)
        } else if relative.is_some() {
            // `John Hudak, a senior fellow at the Brookings Institution
            // who writes extensively on marijuana policy, said that`: a
            // clause inside an apposition ends at the comma before the
            // main clause's verb of saying.
            let said_after_comma = (content + 1..content_end).find(|&i| {
                view.word(i) == ","
                    && !quoted[i]
                    && view.lower_is(i + 1, SPEECH_VERBS)
                    && tense(view, i + 1).is_some()
            });
            said_after_comma.unwrap_or_else(|| before_main_verb(view, quoted, content, content_end))
        } else {
            content_end
        };
        let mut quote = match naming_relative(view, speaker, cue) {
            Some(what) => view.report_around(
                (what, what + 1),
                (content, content_end),
                (cue, cue + 1),
                speaker,
            ),
            None => view.indirect_quote((content, content_end), (cue, cue + 1), speaker),
        };
        take_relative_subject(view, &mut quote, cue);
        if let Some(agent) = passive_agent(view, start, cue) {
            // `was asked by host John Dickerson whether ...`: what was
            // said follows the agent; `was signed by Govs. John Kasich and
            // Rick Snyder`, one agent of several, reports nothing.
            // `was approved by the committee on Tuesday.`: a circumstance
            // after the agent is no report either.
            match agent.filter(|&(_, past)| past < content_end) {
                Some(agent) if circumstance_to_end(view, agent.1, content_end) => continue,
                Some(agent) if !view.lower_is(agent.1, &["and", "or"]) => {
                    quote = view.indirect_quote((agent.1, content_end), (cue, cue + 1), agent)
                }
                Some(_) => continue,
                None => {
                    // `Dylann Roof is accused of killing nine people`:
                    // what is said of the subject holds the subject.
                    if let Some(subject) = passive_subject_reported(view, start, cue, content) {
                        quote.content = view.span(subject, content_end);
                    }
                    unattribute(
                        &mut quote,
                        "passive cue (`was told that`): its subject was spoken to or about",
                    )
                }
            }
        } else if is_known_of_its_subject(view, cue) {
            unattribute(
                &mut quote,
                "`known as` (`the string of contests known as Super Tuesday`): its subject is what is known",
            )
        } else if modifies_cue_noun(view, speaker, cue) {
            unattribute(
                &mut quote,
                "an adjective before a noun cue (`numerous complaints that`) modifies it",
            )
        } else if is_impersonal_it(view, speaker) {
            unattribute(
                &mut quote,
                "impersonal `it` (`it was unclear whether`): no one said it",
            );
        }
        let verdict = match doubt {
            Some(doubt) => doubt,
            None if clause => {
                resume = content_end;
                Verdict::Clause
            }
            None => {
                let first = view.token_range(quote.content).0;
                match object_start(view, cue, first) {
                    None => continue,
                    Some(at) if at != first => quote.content = view.span(at, content_end),
                    Some(_) => {}
                }
                Verdict::Object
            }
        };
        // `X warned that ..., saying ...`: the participle goes on with
        // the same speaker, unless the sentence's subject says otherwise
        // (the report may be nested in another's content).
        if clause && verdict.rules_take() && quote.speaker.is_some() {
            clause_went_on = act_after_comma(view, content_end, end).map(|act| (act, speaker));
        }
        found(quote, verdict);
    }
}

/// Words that open no noun phrase a cue takes as its object: a
/// preposition or conjunction (`is backed by 34% of GOP voters`, `drew
/// criticism from`, `signed it and`), a dash, or a time (`responded
/// first`; and the [`WEEKDAYS`], `released Thursday`). On PolNeAR train
/// the rules' object reports opening so were 91 false and 16 true.
const OBJECT_NON_STARTERS: &WordList = &WordList::new(&[
    "by",
    "from",
    "and",
    "into",
    "with",
    "of",
    "but",
    "because",
    "-",
    "--",
    "—",
    "–",
    "first",
    "later",
    "now",
    "today",
    "yesterday",
    "tonight",
]);

/// Where the object report of `cue` whose content opens at token
/// `first` starts: there, but for a word of [`OBJECT_NON_STARTERS`], after
/// which it reports nothing (`None`), and for a day before `to` or
/// `that`, which is the cue's (`pledged Thursday to provide ...`). A
/// possessive makes a time a noun phrase's (`praised Thursday's
/// protests`), and a participle of the subject's state reports what
/// follows it (`China has been angered by the deployment ...`).
fn object_start(view: &View, cue: usize, first: usize) -> Option<usize> {
    let weekday = view.lower_is(first, WEEKDAYS);
    let opens_none = (weekday || view.lower_is(first, OBJECT_NON_STARTERS))
        && !view.lower_is(first + 1, POSSESSIVE_CLITICS)
        && !view.lower_is(cue, STATE_PARTICIPLES);
    if !opens_none {
        Some(first)
    } else if weekday && view.lower_is(first + 1, &["to", "that"]) {
        Some(first + 1)
    } else if weekday && view.lower_is(first + 1, &["for", "on"]) && first + 2 < view.tokens.len() {
        // `called Friday for releasing the videos`: the cue's particle
        // after the day, as in `called for`.
        Some(first + 2)
    } else {
        None
    }
}

/// The speaker named right after a verb of saying set off by a comma
/// (past an adverb or a closing quote mark, as [`after_comma`] reads it),
/// the name closed by a comma or the sentence's end (`Tara was very
/// intelligent but, says Holden, I never heard her ...`): the cue's
/// subject, not the mention before it.
fn inverted_speaker(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    let set_off = cue > start && after_comma(view, start, cue) && view.lower_is(cue, SPEECH_VERBS);
    view.mention_at(cue + 1)
        .filter(|&(a, b)| set_off && a == cue + 1 && matches!(view.word(b), "," | "." | "?" | "!"))
}

/// True when the words after an inverted verb of saying set off by a
/// comma (and a closing quote mark: `It's “a terrible idea,” wrote Robert
/// Young, a geologist`) are the name of a person, its speaker
/// ([`inverted_speaker`]), and no more (`..., said Steve Elmendorf, deputy
/// campaign manager ...`), when the patterns did not take the clause
/// before: the name is who spoke, not what was said.
fn names_inverted_speaker(view: &View, start: usize, cue: usize, content: usize) -> bool {
    content == cue + 1
        && inverted_speaker(view, start, cue).is_some_and(|(a, b)| {
            view.entity_at(a)
                .is_some_and(|entity| entity == (a, b, EntityKind::Person))
        })
}

/// Where a report in a sentence that opens with a subordinate clause
/// ends, when its cue stands in that clause: at the clause's first comma,
/// before the main clause (`While a federal judge found [that action
/// unconstitutional], his decision was overturned`, `After aides insisted
/// [that ...], the campaign has ...`). On PolNeAR train 158 of 220 such
/// contents end at that comma, 5 past it. Else `last`.
fn end_of_opening_subordinate_clause(
    view: &View,
    (start, cue, content): (usize, usize, usize),
    last: usize,
) -> usize {
    let opens_subordinate =
        opens_with_subordinator(view, start) && view.first_comma(start..cue).is_none();
    if !opens_subordinate {
        return last;
    }
    view.first_comma(content + 1..last).unwrap_or(last)
}

/// True when the sentence from `start` opens with one of
/// [`OPENING_SUBORDINATORS`], or with one after a measure of time (`Less
/// than two hours after a judge issued ..., the president slammed`,
/// `Shortly before`, `Two days after`) or a conjunction (`But after they
/// spoke, he checked`).
fn opens_with_subordinator(view: &View, start: usize) -> bool {
    let start = start + usize::from(view.lower_is(start, &["but", "and", "yet"]));
    (start..view.tokens.len())
        .take(TIME_MEASURE_WORDS + 1)
        .find(|&j| !(view.tokens[j].kind == TokenKind::Number || view.lower_is(j, TIME_MEASURES)))
        .is_some_and(|j| {
            view.lower_is(j, OPENING_SUBORDINATORS)
                && (!view.lower_is(j, PREPOSITIONAL_SUBORDINATORS) || verb_before_comma(view, j))
        })
}

/// Subordinators that are prepositions too (`Since last November,`,
/// `Because of the storm,`): they open a clause only where a verb follows
/// before the comma (`Since Bernie Sanders announced his candidacy,`).
const PREPOSITIONAL_SUBORDINATORS: &[&str] = &["since", "because"];

/// True when a verb in a tense follows token `j` in its sentence before
/// the first comma.
fn verb_before_comma(view: &View, j: usize) -> bool {
    let sentence_end = view.sentences[view.sentence_of[j]].1;
    let comma = view
        .first_comma(j + 1..sentence_end)
        .unwrap_or(sentence_end);
    (j + 1..comma).any(|i| reads_as_finite_verb(view, i))
}

/// Words of a measure of time before an opening subordinator, at most.
const TIME_MEASURE_WORDS: usize = 5;

/// Words of a measure of time before a subordinator (`less than two
/// hours`, `shortly`, `a few days`, `ever since`).
const TIME_MEASURES: &WordList = &WordList::new(&[
    "less", "more", "than", "just", "shortly", "soon", "only", "a", "few", "an", "two", "three",
    "four", "five", "six", "several", "hours", "hour", "days", "day", "minutes", "minute", "weeks",
    "week", "months", "month", "years", "year", "moments", "seconds", "long", "right", "ever",
]);

/// Subordinators whose clause, opening a sentence, ends at its first
/// comma (`as` is left out: `As X reported, [the main clause]`).
const OPENING_SUBORDINATORS: &WordList = &WordList::new(&[
    "while", "although", "though", "after", "before", "despite", "when", "if", "once", "unless",
    "whereas", "since", "because",
]);

/// The first token a `that` clause opening with a fronted circumstance
/// may end before (`noted [that at one of his first DNC meetings, in
/// 1972, he supported ...]`, `worried [that if the state held up the
/// deal, Patriot could ...]`): one word past the comma closing the
/// circumstance, where the clause's own subject stands. On PolNeAR train
/// none of the 120 such contents ends at that comma. Any other content
/// may end anywhere (0).
fn past_fronted_circumstance(view: &View, content: usize, last: usize) -> usize {
    if !(content + 1 < last && view.lower_is(content, &["that"])) {
        return 0;
    }
    // `that at one of his first DNC meetings, in 1972, he`: one
    // circumstance after another, each closed by its comma.
    // `finds that in government work, he said`: a comma before an
    // attribution closes the report.
    let attribution_after =
        |comma: usize| (comma + 1..last.min(comma + 4)).any(|i| view.lower_is(i, SPEECH_VERBS));
    let mut opener = content + 1;
    let mut past = 0;
    while opener < last && view.lower_is(opener, FRONTED_CIRCUMSTANCE_OPENERS) {
        let comma = view.first_comma(opener + 1..last.min(opener + FRONTED_CIRCUMSTANCE_TOKENS));
        let Some(comma) = comma.filter(|&c| !attribution_after(c)) else {
            break;
        };
        past = (comma + 2).min(last);
        opener = comma + 1;
    }
    past
}

/// How far into a `that` clause the comma closing a fronted circumstance
/// is looked for: on PolNeAR train, 65 of 90 such commas stand within 12
/// tokens. A comma further on may close the clause itself (`that given
/// his criticism of Romney it would be “very hard” for Romney to attend,
/// but downplayed the issue`).
const FRONTED_CIRCUMSTANCE_TOKENS: usize = 12;

/// Subordinators and prepositions that open a circumstance fronted in a
/// clause (`that if ...,`, `that in 1972,`).
const FRONTED_CIRCUMSTANCE_OPENERS: &WordList = &WordList::new(&[
    "if",
    "when",
    "whenever",
    "while",
    "because",
    "although",
    "though",
    "since",
    "after",
    "before",
    "unless",
    "once",
    "despite",
    "in",
    "at",
    "during",
    "under",
    "given",
    "until",
    "amid",
    "as",
    "on",
    "for",
    "with",
    "without",
    "by",
    "following",
    "like",
    "unlike",
]);

/// Where a report content from token `content` ends, before `last` at
/// the latest: before the comma that a named subject and its own cue
/// follow (`While Comey has said that he ... on cases, Lewandowski said
/// he does not`), or that a postposed attribution of the clause follows
/// ([`attributes_clause_before`]), or before the conjunction, with a comma
/// or without, that opens such a clause (`did not supply an estimate for
/// his plans, though he said ...`, `said profits rose but analysts said
/// ...`).
fn before_report_of_its_own(view: &View, quoted: &[bool], content: usize, last: usize) -> usize {
    // The first verb of saying after the last comma searched, which
    // holds for each later comma before it (none after one comma, none
    // after a later one).
    let mut next_speech_verb: Option<Option<usize>> = None;
    let mut speech_verb_after = |comma: usize| match next_speech_verb {
        Some(found) if found.is_none_or(|verb| verb > comma) => found,
        _ => {
            let found = (comma + 1..last).find(|&i| {
                !quoted[i]
                    && (view.is_cue(i) || view.is_weak_cue(i))
                    && view.lower_is(i, SPEECH_VERBS)
            });
            next_speech_verb = Some(found);
            found
        }
    };
    (content + 1..last)
        .find_map(|i| {
            let after_comma = view.word(i - 1) == ",";
            if after_comma
                && (opens_report_of_its_own(view, i, quoted)
                    || participle_cue_opens(view, i, last, quoted)
                    || closing_attribution_to_a_named_body(view, i, last)
                    || speech_verb_after(i - 1).is_some_and(|verb| {
                        attributes_clause_before(view, quoted, (content, i - 1), verb, last)
                    }))
            {
                return Some(i - 1);
            }
            let conjunction = view.lower_is(i, CLAUSE_CONJUNCTIONS)
                && i + 1 < last
                && (opens_report_of_its_own(view, i + 1, quoted)
                    || opens_plural_speakers_report(view, i + 1, last, quoted)
                        && joins_clauses(view, content, i));
            conjunction.then(|| if after_comma { i - 1 } else { i })
        })
        .unwrap_or(last)
}

/// True when the postposed attribution with the verb of saying `cue`
/// after the comma `comma` ends the sentence before `last` and reports
/// the clause from `content` up to that comma (`Moscow hopes the talks
/// will go on, Russian Foreign Minister Sergey Lavrov said on
/// Wednesday.`): a cue inside the clause reports only up to the comma.
fn attributes_clause_before(
    view: &View,
    quoted: &[bool],
    (content, comma): (usize, usize),
    cue: usize,
    last: usize,
) -> bool {
    let clause_end = view.tokens[comma - 1].span.end;
    postposed(view, cue, (content, last), quoted, PostposedTail::Short)
        .is_some_and(|q| q.content.end == clause_end)
}

/// True when `the`, a name and a cue at `i` end the sentence before
/// `last` (`, the Times reported.`, `, the AP said.`): the attribution
/// of the whole clause before it (the entity leaves the `the` out, so
/// the name opens no mention at `i`).
fn closing_attribution_to_a_named_body(view: &View, i: usize, last: usize) -> bool {
    view.lower_is(i, &["the"])
        && view
            .entity_at(i + 1)
            .is_some_and(|(a, b, _)| a == i + 1 && b + 1 == last && view.is_cue(b))
}

/// True when a cue in `-ing` opens the phrase at `i`, after an adverb
/// perhaps (`, only saying that`, `, adding that`): after a comma, the
/// subject's report of its own, which ends the report before it.
fn participle_cue_opens(view: &View, i: usize, last: usize, quoted: &[bool]) -> bool {
    let cue = if view.is_verb_group_adverb(i) {
        i + 1
    } else {
        i
    };
    cue < last && !quoted[cue] && view.is_cue(cue) && view.word(cue).ends_with("ing")
}

/// Where the clause of `cue` starts when a clause conjunction opens it
/// with a plural subject in lower case after a report (`Police said ...
/// while witnesses said`): right after the conjunction, so that no
/// mention before it is the subject; else `start`. Not after subjects
/// alone (`Activists and residents said`).
fn conjoined_clause_start(view: &View, start: usize, cue: usize, quoted: &[bool]) -> usize {
    (start..cue)
        .rev()
        .take(PLURAL_SUBJECT_WORDS + PLURAL_SUBJECT_AUXILIARIES + 1)
        .find(|&j| view.lower_is(j, CLAUSE_CONJUNCTIONS))
        .filter(|&j| {
            (start..j).any(|k| !quoted[k] && view.is_cue(k))
                && opens_plural_speakers_report(view, j + 1, cue + 1, quoted)
        })
        .map_or(start, |j| j + 1)
}

/// Words of a plural subject before its verb of saying, at most.
const PLURAL_SUBJECT_WORDS: usize = 3;

/// True when the conjunction at `i`, in a report content from token
/// `content`, can join clauses: one that never joins nouns, or one after
/// a verb in its clause, a comma between them or not (`said [they will
/// not attend] and others have said`); not inside a subject (`that
/// current and former law enforcement, intelligence and administration
/// officials have said`, `because companies in their steel and solar
/// energy sectors have reported`).
fn joins_clauses(view: &View, content: usize, i: usize) -> bool {
    let clause_end = if view.word(i - 1) == "," { i - 1 } else { i };
    view.lower_is(i, CLAUSE_ONLY_CONJUNCTIONS)
        || (content..clause_end)
            .rev()
            .take_while(|&j| view.word(j) != "," && !view.lower_is(j, SUBORDINATORS))
            .any(|j| j > content && reads_as_verb(view, j))
}

/// Auxiliaries and adverbs between a plural subject and its verb of
/// saying, at most (`others have said`, `many residents have also said`).
const PLURAL_SUBJECT_AUXILIARIES: usize = 2;

/// True when the tokens from `i` are a plural noun phrase in lower case,
/// a count of people (`one in four`, `61 percent`) among them, and a verb
/// of saying after it, perhaps behind auxiliaries (`witnesses said`,
/// `many residents say`, `others have said`), outside quote marks: after
/// a conjunction, a report of its own whose subject names no one the
/// stages know.
fn opens_plural_speakers_report(view: &View, i: usize, last: usize, quoted: &[bool]) -> bool {
    let subject_end = (i..last).take(PLURAL_SUBJECT_WORDS + 1).find(|&j| {
        !(view.tokens[j].is_word() && view.starts_in_lower_case(j))
            || view.lower_is(j, SPEECH_VERBS)
            || view.lower_is(j, AUXILIARIES)
            || view.lower_is(j, FINITE_AUXILIARIES)
    });
    let Some(subject_end) = subject_end.filter(|&end| end > i) else {
        return false;
    };
    let counts_people = |word: &str| {
        word.ends_with('s') || reads_as_number(word) || word.ends_with('%') || word == "percent"
    };
    let verb = (subject_end..last)
        .take(PLURAL_SUBJECT_AUXILIARIES + 1)
        .find(|&j| !view.lower_is(j, AUXILIARIES));
    verb.is_some_and(|verb| {
        view.lower_is(verb, SPEECH_VERBS)
            && !quoted[verb]
            && counts_people(view.word(subject_end - 1))
    })
}

/// True when `cue` is a verb of naming right after an indefinite noun
/// phrase `speaker` (`a man named Tom Clarke`, `a hacking group known as
/// Fancy Bear`, `a firm called Cambridge Analytica`): a participle that
/// names what the phrase stands for, which reports nothing. On PolNeAR
/// train such reports were right 5 times in 16. A name, `as` or a quote
/// follows such a participle (`known` needs none); not a determiner or a
/// pronoun (`a poll named him France's most popular politician`, `a group
/// called the coalition to stop`), but `the` may open a name of several
/// capitalised words (`a fund called the Virginia Conservation Legacy
/// Fund`; not `called the US-led coalition to stop`). So does a participle
/// set off by a comma after any phrase (`His nonprofit group, called
/// the Virginia Conservation Legacy Fund, will`).
fn names_as_participle(view: &View, (a, b): (usize, usize), cue: usize) -> bool {
    let capitalised = |i: usize| view.word(i).starts_with(char::is_uppercase);
    let names_next = || {
        view.lower_is(cue, &["known"])
            || view.lower_is(cue + 1, &["as"])
            || view.is_quote_mark(cue + 1)
            || capitalised(cue + 1)
            || view.lower_is(cue + 1, &["the"]) && capitalised(cue + 2) && capitalised(cue + 3)
    };
    let after_indefinite = b == cue && view.lower_is(a, &["a", "an"]);
    let set_off = b + 1 == cue && view.word(b) == ",";
    (after_indefinite || set_off) && view.lower_is(cue, NAMING_PARTICIPLES) && names_next()
}

/// True when `say` after the word `before`, itself after `before_that`,
/// is the noun (`their say`, `a say`, `a decisive say`).
fn names_a_say(before: &str, before_that: &str) -> bool {
    is_one_of(before, SAY_DETERMINERS)
        || is_one_of(before, SAY_ADJECTIVES) && is_one_of(before_that, SAY_DETERMINERS)
}

/// Words that make `say` after them the noun (`a say in`, `no say over`).
const SAY_DETERMINERS: &[&str] = &[
    "a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "no", "any",
];

/// Adjectives of the noun `say` (`the final say`, `a decisive say`).
const SAY_ADJECTIVES: &[&str] = &[
    "final",
    "decisive",
    "greater",
    "bigger",
    "real",
    "meaningful",
    "direct",
    "equal",
    "strong",
    "full",
    "proper",
    "significant",
    "big",
    "little",
    "last",
];

/// Participles that name what the noun phrase before them stands for.
const NAMING_PARTICIPLES: &[&str] = &[
    "known",
    "named",
    "called",
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "labeled",
    "labelled",
    "branded",
];

/// Auxiliaries that open a question before its subject (`Do you think`,
/// `How could you say`).
const QUESTION_AUXILIARIES: &[&str] = &[
    "do", "does", "did", "can", "could", "would", "will", "should", "have", "has",
];

/// True when `speaker` is the `you` of a question the article puts
/// (`Do you think the EU is doing enough?`, `How do you counter that?`):
/// the interviewer's words, which report nothing `you` said.
fn asks_you(view: &View, (a, b): (usize, usize), last: usize) -> bool {
    b == a + 1
        && a > 0
        && view.lower_is(a, &["you"])
        && view.lower_is(a - 1, QUESTION_AUXILIARIES)
        && view.word(last) == "?"
}

/// Where the report of `cue` whose content starts at token `content`
/// ends in the sentence `(start, last, end)`: at the closing mark of a
/// quote it opens with that runs on past `last` (or before a cue joined
/// to `cue` ahead of it), else where the end model stops it (not before
/// `shortest`), past any quote opened within.
/// `words` caches the sentence's words as the end model reads them.
fn report_end<'a>(
    view: &View<'a>,
    direct: &DirectQuotes,
    words: &mut Option<SentenceWords<'a>>,
    cue: usize,
    (content, shortest): (usize, usize),
    (start, last, end): (usize, usize, usize),
) -> usize {
    match closing_quote_end(view, content, last, end) {
        run_on if run_on == last => {
            let words = words.get_or_insert_with(|| view.sentence_words((start, end)));
            let mut learned = view.content_end(words, cue, (content, shortest), (start, last));
            // `said the talks, which began in May, had failed`: not
            // before a relative clause set off inside the subject.
            if let Some(predicate) = predicate_after_relative_clause(view, learned, last) {
                learned = view.content_end(words, cue, (content, predicate + 1), (start, last));
            }
            through_quote_opened_within(direct, content, learned)
        }
        // `said that he will "try to form a government" and insisted that
        // his party was "still the No. 1 force."`: a sentence ending on a
        // quote mark still ends the report at a cue joined to its own, or
        // at a participle after a comma that reports what the speaker went
        // on to say (`told Newsmax that Romney “had a crazy policy,”
        // adding, “Q”`).
        through => (shortest..through)
            .find(|&i| {
                !direct.quoted[i]
                    && (view.joins_a_cue(i) && !view.is_quote_mark(i + 2)
                        || goes_on_after_comma(view, i))
            })
            .unwrap_or(through),
    }
}

/// True when token `i` is a participle that reports what the speaker
/// went on to do, right after a comma, or after a quote closed on a
/// comma (`“had a crazy policy,” adding`).
fn goes_on_after_comma(view: &View, i: usize) -> bool {
    let comma = match i.checked_sub(1) {
        Some(mark) if view.is_quote_mark(mark) => mark.checked_sub(1),
        before => before,
    };
    comma.is_some_and(|c| view.word(c) == ",") && reports_act_of_speaker(view, i)
}

/// `The women's college, which is affiliated with Columbia University,
/// said`, `One former teacher, who wished to remain anonymous, told`: the
/// noun phrase before a relative clause set off by commas that
/// ends right before `cue`, a verb of saying (in the clause from `start`),
/// when no mention ends there; the names inside the relative clause are
/// not the subject.
fn subject_before_relative_clause(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let close = cue
        .checked_sub(1)
        .filter(|&c| view.word(c) == "," && view.lower_is(cue, SPEECH_VERBS))?;
    let open = (start..close).rev().find(|&i| view.word(i) == ",")?;
    if !view.lower_is(open + 1, &["which", "who"]) || (open..close).any(|i| quoted[i]) {
        return None;
    }
    // `the drones, which the military has used, said Corey Wallace`: the
    // cue's subject follows it.
    if open == start || view.mention_at(open - 1).is_some() || view.mention_at(cue + 1).is_some() {
        return None;
    }
    // `One of the prosecutors in Lopez's case, who ...`: a noun phrase a
    // preposition governs is part of the subject, which reaches back to
    // the noun the phrases attach to, when it is short.
    let phrase = noun_phrase_before(view, start, open, quoted)?;
    let subject = governed_by_preposition(view, start, phrase.0)
        .then(|| head_of_attached_phrases(view, start, phrase, quoted))
        .flatten()
        .filter(|&(a, b)| b - a <= ATTACHED_SUBJECT_TOKENS);
    Some(subject.unwrap_or(phrase))
}

/// Tokens of a subject with the phrases attached to its noun, at most
/// (`One of the prosecutors in Lopez's case`).
const ATTACHED_SUBJECT_TOKENS: usize = 8;

/// The finite verb right after a relative clause set off by commas that
/// opens at the comma `at` (`, which began in May, had failed`): the
/// clause interrupts a subject, whose predicate is still to come. None
/// when no comma closes the clause within [`RELATIVE_CLAUSE_TOKENS`]
/// tokens before `last`, or no finite verb follows it.
fn predicate_after_relative_clause(view: &View, at: usize, last: usize) -> Option<usize> {
    if !(view.word(at) == "," && view.lower_is(at + 1, &["which", "who", "whom", "whose"])) {
        return None;
    }
    let close = view.first_comma(at + 2..last.min(at + 2 + RELATIVE_CLAUSE_TOKENS))?;
    (close + 1 < last && reads_as_finite_verb(view, close + 1)).then_some(close + 1)
}

/// Most tokens of a relative clause set off inside a reported subject.
const RELATIVE_CLAUSE_TOKENS: usize = 15;

/// True when the words of a sentence are in title case: of its words of
/// four letters or more (`Says`, `Wall`, not `to`, `the`), at least
/// three and seven in ten of them start with a capital.
fn is_title_case<'w>(words: impl Iterator<Item = &'w str>) -> bool {
    let (capitalised, long) = words
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .fold((0, 0), |(c, n), w| {
            (c + usize::from(w.starts_with(char::is_uppercase)), n + 1)
        });
    long >= 3 && capitalised * 10 >= long * 7
}

/// Verbs of seeming (`Melania seems to have vanished`, `They appear to be
/// unanimous`): with `to` or `like` after them they report the writer's
/// inference about their subject.
const SEEMING_VERBS: &WordList = &WordList::new(&[
    "seem", "seems", "seemed", "appear", "appears", "appeared", "expected",
]);

/// Tokens after the `to` of a verb of seeming searched for a cue verb.
const SEEMING_CUE_REACH: usize = 3;

/// Words that open what a verb of seeming says of its subject.
const SEEMING_COMPLEMENTS: &WordList = &WordList::new(&["to", "like"]);

/// Conjunctions after which the subject of a verb of seeming starts
/// (`because the plan seems to`); a preposition may stand within the
/// subject (`the politician with the outsized personality seemed to`).
const SUBJECT_FENCES: &WordList = &WordList::new(&[
    "because", "if", "when", "whether", "while", "since", "although", "though", "but", "so",
]);

/// True when token `cue` is an auxiliary or an adverb before a verb
/// (`has also questioned`, `She would also close`, `Mr. Obama officially
/// opened`): PolNeAR's cue spans hold such words, so the lexicon counts
/// them, but the verb after them is the one that reports, if any.
fn leads_a_verb(view: &View, cue: usize) -> bool {
    let leading = view.lower_is(cue, AUXILIARIES) || reads_as_lower_case_adverb(view.word(cue));
    // `it will also “demand a fair ...”`: the verb may open a quote;
    // `Republicans also-voted to block`: a hyphen may stand for a space
    // the text lost.
    let next = if cue + 1 < view.tokens.len()
        && (view.is_quote_mark(cue + 1) || view.is_hyphen_glued_to_next(cue + 1))
    {
        cue + 2
    } else {
        cue + 1
    };
    leading
        && view
            .tokens
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && view.starts_in_lower_case(next)
        && !view.lower_is(next, &["that"])
        && !view.lower_is(next, DETERMINERS)
        && !view.lower_is(next, SPEAKER_PRONOUNS)
}

/// Forms of `attack`, a cue of words (`Farron attacked the government
/// for a betrayal`) and a verb of violence (`A gunman attacked a seafront
/// hotel, killing 38 people`).
const ATTACK_VERBS: &WordList = &WordList::new(&["attack", "attacks", "attacked", "attacking"]);

/// Words after which an attack is one of words: its reason or what it
/// was called (`attacked Democrats for ...`, `attacked it as a
/// "bailout"`, `attacked X over ...`).
const WORDS_OF_ATTACK: &WordList = &WordList::new(&["for", "as", "over", "saying", "calling"]);

/// Tokens after an attack verb within which [`WORDS_OF_ATTACK`] or a
/// quote make it one of words.
const ATTACK_WORDS_REACH: usize = 12;

/// Words of violence, its weapons and its targets: in a sentence that
/// holds one, an attack with no words is one of violence (`A gunman
/// attacked a seafront hotel, killing 38 people`).
const VIOLENCE_WORDS: &WordList = &WordList::new(&[
    "killing",
    "killed",
    "injuring",
    "injured",
    "wounding",
    "wounded",
    "knife",
    "knives",
    "hammer",
    "sword",
    "gun",
    "guns",
    "gunman",
    "gunmen",
    "bomb",
    "bombs",
    "bomber",
    "bombers",
    "grenades",
    "weapons",
    "rifle",
    "pistol",
    "stabbed",
    "stabbing",
    "shot",
    "shooting",
    "attacker",
    "attackers",
    "assailant",
    "checkpoint",
    "soldier",
    "soldiers",
    "patrol",
    "troops",
    "militants",
    "insurgents",
    "airstrike",
    "airstrikes",
    "missiles",
    "rockets",
    "helicopters",
    "police",
    "policeman",
    "station",
    "hotel",
    "terrorist",
    "terrorists",
    "suicide",
]);

/// True when the `attack` verb at `cue` (in the sentence `[start,
/// last)`) is one of violence: the sentence holds a word of violence and
/// nothing after the verb tells of words (no reason, no name it gave, no
/// quote): `the man attacked four soldiers who were guarding the
/// Louvre`. It reports nothing. (In political news a bare `attacked
/// Fiorina` is one of words.)
fn attacks_with_no_words(
    view: &View,
    cue: usize,
    (start, last): (usize, usize),
    quoted: &[bool],
) -> bool {
    view.lower_is(cue, ATTACK_VERBS)
        && (start..last).any(|i| view.lower_is(i, VIOLENCE_WORDS))
        && !(cue + 1..last)
            .take(ATTACK_WORDS_REACH)
            .any(|i| quoted[i] || view.lower_is(i, WORDS_OF_ATTACK))
}

/// True when token `cue` is an adverb that ends its clause (`Ossoff is
/// polling strongly; ...`, `has fallen sharply, but`, `he explains
/// enthusiastically, “Q”`): it modifies what came before, and reports
/// nothing of its own. Not before a hyphen, which in flattened text
/// stands for a lost space (`also-urged`).
fn modifies_what_came_before(view: &View, cue: usize) -> bool {
    reads_as_lower_case_adverb(view.word(cue))
        && view
            .tokens
            .get(cue + 1)
            .is_none_or(|t| t.kind != TokenKind::Word && view.word(cue + 1) != "-")
}

/// The `who` of a relative clause set off by a comma after the
/// attribution at `cue`, before `last` (`CLAUSE, said Howard Rubel, a
/// senior analyst at Jefferies, who notes that ...`): its own report may
/// follow.
fn relative_clause_after(view: &View, cue: usize, last: usize) -> Option<usize> {
    (cue + 2..last).find(|&i| view.lower_is(i, &["who"]) && view.word(i - 1) == ",")
}

/// True when token `i` is the `asked` of `when asked` or `after asked`
/// (a question put to the subject, by someone else).
fn asked_after_when(view: &View, i: usize) -> bool {
    i > 0 && view.lower_is(i, &["asked"]) && view.lower_is(i - 1, &["when", "after"])
}

/// True when the cue at `cue` is the participle of `as it is called`,
/// `as he is often called`, `as it was then known`: an aside that names
/// what came before it, and reports nothing after it.
fn named_in_passing(view: &View, cue: usize) -> bool {
    if !view.lower_is(cue, NAMING_PARTICIPLES) {
        return false;
    }
    // Past one adverb (`also`, `then`, `often`).
    (cue.saturating_sub(2)..cue)
        .rev()
        .find(|&a| view.lower_is(a, PASSIVE_AUXILIARIES))
        .is_some_and(|auxiliary| {
            auxiliary >= 2
                && view.lower_is(auxiliary - 1, &["it", "they", "he", "she"])
                && view.lower_is(auxiliary - 2, &["as"])
        })
}

/// True when the cue at `cue` is the noun `champion` or `champions`, not
/// the verb (`a Hazara martial arts champion who fled`, `the three-time
/// champions`, `Premier League champions`): `champion` is a verb only
/// after `to`, a plural subject pronoun or a modal (`to champion the
/// idea`), `champions` only after a relative word, a comma, an adverb or
/// a person's name or a body's after a relative word (`a group that
/// champions`, `Xi strongly champions`, `DeVos champions voucher
/// programs`, `values which EBRD champions`). Not before `of`, whose
/// report PolNeAR marks (`a champion of working people`). In the Dai
/// corpus 18 of the 31 reports the two words made were the noun's; this
/// leaves out the 11 of them that no `of` follows.
fn names_a_champion(view: &View, cue: usize) -> bool {
    // `a champion of working people`: PolNeAR reports what the noun
    // with `of` stands for.
    if view.lower_is(cue + 1, &["of"]) {
        return false;
    }
    let Some(before) = cue.checked_sub(1) else {
        return view.lower_is(cue, &["champion", "champions"]);
    };
    if view.lower_is(cue, &["champion"]) {
        !view.lower_is(before, &["to", "they", "we", "i", "you"])
            && !view.lower_is(before, MODAL_VERBS)
    } else if view.lower_is(cue, &["champions"]) {
        let person_before = match view.entity_at(before) {
            // A body's name is a subject after a relative word (`values
            // which EBRD champions`), not otherwise (`Premier League
            // champions`); the article's other mentions may name the
            // person a headline's entity gets wrong (`Ivanka Trump
            // champions`).
            Some((a, b, kind)) => {
                b == cue
                    && (kind == EntityKind::Person
                        || view.cluster_kind_at(before) == Some(EntityKind::Person)
                        || a > 0 && view.lower_is(a - 1, RELATIVE_OPENERS))
            }
            // A capitalised word the entity stage leaves out is a name
            // too (`DeVos champions`).
            None => !view.starts_in_lower_case(before) && view.tokens[before].is_word(),
        };
        // `Fed governor, adopting a global lens, champions`: the verb
        // after an aside.
        !(view.lower_is(before, RELATIVE_OPENERS)
            || view.word(before) == ","
            || reads_as_lower_case_adverb(view.word(before))
            || person_before)
    } else {
        false
    }
}

/// True when the cue at `cue` is a passive `found` with no `that` after
/// it (`A British man has been found dead`, `equipment ... was found
/// covered with cotton yarn`, `the poll can be found here`): what was
/// found is a thing or a state, no finding reported (PolNeAR marks 2 of
/// 18 such in train and dev).
fn found_in_a_state(view: &View, cue: usize) -> bool {
    view.lower_is(cue, &["found"])
        && is_passive_participle(view, cue)
        && !view.lower_is(cue + 1, &["that"])
}

/// True when the cue at `cue` is the `asked` of `when asked` or `after
/// asked`, or the `about` right after it: the subject was asked, by
/// someone else, and `question_asked` reports the question.
fn is_question_put_to_subject(view: &View, cue: usize) -> bool {
    let asked = if view.lower_is(cue, &["about"]) {
        cue.checked_sub(1)
    } else {
        Some(cue)
    };
    asked.is_some_and(|a| asked_after_when(view, a))
}

/// True when the cue at `cue` is a participle (`-ed`) after a
/// preposition, with or without an adverb between, or after an article
/// and an adverb, and before a word in lower case: it modifies the noun
/// after it, and reports nothing (`an analysis of newly filed
/// campaign-finance reports shows`, `The emotionally charged issue is`).
fn modifies_noun_after_it(view: &View, cue: usize) -> bool {
    let Some(before) = cue
        .checked_sub(1)
        .filter(|_| view.word(cue).ends_with("ed"))
    else {
        return false;
    };
    let after_adverb = reads_as_lower_case_adverb(view.word(before));
    let opener = if after_adverb {
        before.checked_sub(1)
    } else {
        Some(before)
    };
    // (An article with no adverb between is often a noun's that PolNeAR
    // reads as a report, `an impassioned call for ...`; so is a verb of
    // saying after one, `the previously announced absence of`.)
    opener.is_some_and(|o| {
        view.starts_in_lower_case(o) && view.lower_is(o, PREPOSITIONS) && !view.lower_is(o, &["to"])
            || after_adverb && view.lower_is(o, ARTICLES) && !view.lower_is(cue, SPEECH_VERBS)
    }) && view.tokens.get(cue + 1).is_some_and(|t| t.is_word())
        && view.starts_in_lower_case(cue + 1)
}

/// True when the cue word at `cue` comes right before a participle of
/// naming (`a new game show called “Ellen's Game of Games”`): it is the
/// noun the participle names, no verb.
fn is_named_noun(view: &View, cue: usize) -> bool {
    view.lower_is(cue + 1, NAMING_PARTICIPLES)
}

/// True when the cue at `cue` is a participle right after a noun, with
/// its agent named after `by` (`the Tokyo-administered chain claimed by
/// Beijing`): it modifies the noun, and reports nothing the noun said.
fn modifies_noun_before_its_agent(view: &View, cue: usize) -> bool {
    participle_after_noun(view, cue)
        && view.lower_is(cue + 1, &["by"])
        && view.mention_at(cue + 2).is_some_and(|(a, _)| a == cue + 2)
}

/// True when the cue at `cue` reads as a participle (`-ed`) right after
/// a word that may end a noun: no determiner, auxiliary or pronoun, which
/// would make it a verb with its subject or the noun it opens.
fn participle_after_noun(view: &View, cue: usize) -> bool {
    view.word(cue).ends_with("ed") && follows_noun(view, cue)
}

/// True when the word before token `i` may end a noun: a word, and no
/// determiner, auxiliary or pronoun.
fn follows_noun(view: &View, i: usize) -> bool {
    i > 0
        && view.tokens[i - 1].is_word()
        && !view.opens_noun_phrase(i - 1)
        && !view.is_auxiliary(i - 1)
        && !view.lower_is(i - 1, SPEAKER_PRONOUNS)
}

/// Where the object of a participle in `-ing` at `cue` that modifies a
/// noun in its clause's subject ends, its content running from `content`
/// to `end`: before the first finite auxiliary, the subject's own (`The
/// super PAC backing [Hillary Clinton] is using`); and so does the topic
/// of a noun cue that heads its clause's subject
/// ([`heads_subject_with_its_topic`]). The subject is the
/// stretch back from the noun to the sentence's start `start`, a comma
/// or a subordinator, with no verb in a tense in it (`issued a statement
/// saying the company is ...` reports its clause). A content that opens
/// with `that`, a pronoun or a question word is a clause of its own, and
/// so is any but an infinitive after one of [`CLAUSE_PARTICIPLES`] or a
/// cue the lexicon finds before `that` (`many people hoping [to come]
/// were turned away`); so is an auxiliary after a relative or question
/// word in the object. Else `end`.
fn before_verb_of_modified_subject(
    view: &View,
    quoted: &[bool],
    (start, cue, content): (usize, usize, usize),
    end: usize,
) -> usize {
    let after_noun = cue > start
        && view.word(cue).ends_with("ing")
        && follows_noun(view, cue)
        && !view.lower_is(cue - 1, PREPOSITIONS);
    if !after_noun && !heads_subject_with_its_topic(view, start, cue, content) {
        return end;
    }
    let reports_clause = !view.lower_is(content, &["to"])
        && (view.lower_is(cue, CLAUSE_PARTICIPLES)
            || view.lexicon().reports_that_clause(view.word(cue)))
        || view.lower_is(content, &["that", "there"])
        || view.lower_is(content, SPEAKER_PRONOUNS)
        || view.lower_is(content, QUESTION_OPENERS);
    if reports_clause {
        return end;
    }
    let in_subject = (start..cue - 1)
        .rev()
        .take_while(|&i| view.word(i) != "," && !view.lower_is(i, SUBORDINATORS))
        .all(|i| !reads_as_finite_verb(view, i));
    if !in_subject {
        return end;
    }
    // `pushing an offensive on trade deals that have hurt`: an
    // auxiliary after a clause word of the object's is that clause's; one
    // after `to` or inside quote marks is no verb of the subject's
    // (`offering ... motions to have people released`, `shouting “God is
    // great”`).
    (content + 1..end)
        .filter(|&i| !quoted[i] && !view.lower_is(i - 1, &["to"]))
        .find(|&i| {
            view.lower_is(i, RELATIVE_OPENERS)
                || view.lower_is(i, QUESTION_OPENERS)
                || view.starts_in_lower_case(i) && view.lower_is(i, FINITE_AUXILIARIES)
        })
        .filter(|&i| view.lower_is(i, FINITE_AUXILIARIES))
        // `Marco Rubio also have spent`: the adverb is the verb's.
        .map_or(end, |aux| {
            aux - usize::from(view.lower_is(aux - 1, LINKING_ADVERBS))
        })
}

/// True when the cue at `cue` is a noun after a possessive or a
/// determiner whose topic opens at `content` with `of` or `about`, in a
/// clause from `start` with no verb or cue before it (`Smith's criticism
/// of [NATO] was harsh`, `where Trump's criticism of [NATO and European
/// performance] are valid`): the phrase is its clause's subject.
fn heads_subject_with_its_topic(view: &View, start: usize, cue: usize, content: usize) -> bool {
    // The cheap tests first: this is asked of every report.
    let noun_with_topic = cue > start
        && content == cue + 1
        && view.lower_is(content, &["of", "about"])
        && (view.opens_noun_phrase(cue - 1) || view.lower_is(cue - 1, POSSESSIVE_CLITICS));
    if !noun_with_topic {
        return false;
    }
    let clause_start = (start..cue)
        .rev()
        .find(|&i| view.lower_is(i, &["where", "when"]))
        .map_or(start, |i| i + 1);
    cue > clause_start
        && (clause_start..cue)
            .all(|i| !reads_as_finite_verb(view, i) && !view.is_cue(i) && !view.is_weak_cue(i))
}

/// Participles that report a clause with no `that` as often as an
/// object (`hoping [the endorsement will be a boost]`, `believing [the EU
/// should have fewer powers]`), some after the one told (`telling a
/// doctor [the children had been ...]`).
const CLAUSE_PARTICIPLES: &WordList = &WordList::new(&[
    "hoping",
    "believing",
    "thinking",
    "assuming",
    "arguing",
    "insisting",
    "fearing",
    "predicting",
    "warning",
    "suggesting",
    "noting",
    "knowing",
    "figuring",
    "betting",
    "worrying",
    "wishing",
    "feeling",
    "guessing",
    "acknowledging",
    "admitting",
    "conceding",
    "complaining",
    "declaring",
    "announcing",
    "explaining",
    "maintaining",
    "contending",
    "saying",
    "claiming",
    "stating",
    "telling",
    "informing",
    "reminding",
    "assuring",
    "convincing",
    "persuading",
]);

/// Words that open the circumstance of a participle after a noun
/// (`declared [on Monday]`, `announced [last week]`).
const CIRCUMSTANCE_OPENERS: &[&str] = &["on", "in", "at", "last", "earlier", "early"];

/// Tokens of a participle's circumstance, at most.
const PARTICIPLE_CIRCUMSTANCE_TOKENS: usize = 4;

/// True when the cue at `cue` is a participle right after a noun, with a
/// circumstance after it and then the sentence's verb (`The ceasefire
/// declared on Monday has held`, `The plan announced last week will cut
/// taxes`): it modifies the subject, and reports nothing the subject
/// said. (`The company said on Monday it would`, `officials announced on
/// Monday that`: a subject or `that` after the circumstance opens what
/// was said.)
fn modifies_subject_before_its_verb(view: &View, cue: usize, last: usize) -> bool {
    let after_common_noun = participle_after_noun(view, cue) && view.starts_in_lower_case(cue - 1);
    let circumstance = view.lower_is(cue + 1, CIRCUMSTANCE_OPENERS)
        || view.lower_is(cue + 1, &["this"]) && view.lower_is(cue + 2, TIME_SPANS);
    if !(after_common_noun && circumstance) {
        return false;
    }
    // A date or time (`Monday`, `December 30`, `week`): no noun phrase,
    // pronoun or name of its own, which would be the subject of what was
    // said (`reported on Saturday Cameron had ordered`).
    let in_circumstance = |i: usize| {
        (view.tokens[i].is_word() || view.tokens[i].kind == TokenKind::Number)
            && !view.opens_noun_phrase(i)
            && !view.lower_is(i, SPEAKER_PRONOUNS)
            && !view.lower_is(i, &["there", "it"])
            && view.mention_at(i).is_none()
    };
    (cue + 2..last.min(cue + 2 + PARTICIPLE_CIRCUMSTANCE_TOKENS))
        .take_while(|&i| in_circumstance(i))
        .any(|i| view.starts_in_lower_case(i) && view.lower_is(i, FINITE_AUXILIARIES))
}

/// `The efforts are expected to continue`, `the lack of enthusiasm ...
/// seems to be a real issue`: a verb of seeming (or `expected to`)
/// reports the writer's inference about its subject, so its report is
/// the whole clause, subject and verb included, and no one said it. On
/// PolNeAR train, 266 of the 290 contents of `seem`, `appear` and
/// `expected to` hold their cue, and none but 3 has a source.
fn seeming_report<'a>(
    view: &View<'a>,
    direct: &DirectQuotes,
    cue: usize,
    (start, last, end): (usize, usize, usize),
    words: &mut Option<SentenceWords<'a>>,
) -> Option<Quote> {
    // `appeared to blame low-level workers`, `never seem to tire of
    // telling the story`: the subject is the source of the cue soon after
    // `to`, which the rules read on their own.
    if !view.lower_is(cue, SEEMING_VERBS)
        || !view.lower_is(cue + 1, SEEMING_COMPLEMENTS)
        || (cue + 2..last.min(cue + 2 + SEEMING_CUE_REACH)).any(|i| view.is_cue_verb(i))
    {
        return None;
    }
    let subject = subject_start_of_verb(view, start, cue)?;
    let content = cue + 1;
    let last = before_report_of_its_own(view, &direct.quoted, content, last);
    if content + 1 >= last {
        return None;
    }
    let content_end = report_end(
        view,
        direct,
        words,
        cue,
        (content, content + 2),
        (start, last, end),
    );
    Some(view.unattributed_report(
        (subject, content_end),
        (cue, cue + 1),
        "verb of seeming (`X seems to`, `X is expected to`): the writer's inference, no one's words",
    ))
}

/// Where the subject of the verb `cue`, in the sentence from `start`,
/// starts: before the auxiliaries and adverbs of its verb group. None
/// when no subject stands there, or when the verb group follows `and`
/// (`Trump has money and seems to think`: the subject is that of the
/// verb before, which the clause would take in).
fn subject_start_of_verb(view: &View, start: usize, cue: usize) -> Option<usize> {
    let verb_group = (start..cue)
        .rev()
        .take_while(|&i| {
            view.is_auxiliary(i)
                || view.lower_is(i, POSSESSIVE_CLITICS)
                || reads_as_lower_case_adverb(view.word(i))
        })
        .last()
        .unwrap_or(cue);
    if verb_group > start && view.lower_is(verb_group - 1, &["and", "or", "but"]) {
        return None;
    }
    raised_subject_start(view, start, verb_group)
}

/// Passive cues whose subject is the one spoken to (`was asked about`,
/// `was told that`): what is said is not said of the subject.
const ADDRESSEE_PARTICIPLES: &WordList = &WordList::new(&[
    "asked",
    "told",
    "informed",
    "briefed",
    "warned",
    "urged",
    "reminded",
    "assured",
    "advised",
    "instructed",
    "questioned",
    "pressed",
    "notified",
    "invited",
]);

/// Words that open a clause reported by a passive cue (`it was revealed
/// that`, `was asked whether`): what follows is said, not the subject.
const REPORTED_CLAUSE_OPENERS: &WordList = &WordList::new(&[
    "that", "whether", "if", "how", "what", "why", "when", "where", "who", ":", ",",
]);

/// For a passive cue with no agent whose content starts at token
/// `content`: where its subject starts when what is said is said of the
/// subject (`Dylann Roof is accused of killing`, `The DNC, which is seen
/// as aligned with Clinton`, `Blocher was elected to the Federal
/// Council`), as PolNeAR annotates it (train: 174 contents of such cues
/// hold the subject, 59 follow the cue with no source); none for a cue
/// spoken to its subject (`was asked about`) or a reported clause (`it
/// was revealed that`).
fn passive_subject_reported(
    view: &View,
    start: usize,
    cue: usize,
    content: usize,
) -> Option<usize> {
    if view.lower_is(cue, ADDRESSEE_PARTICIPLES)
        || view.lower_is(cue + 1, REPORTED_CLAUSE_OPENERS)
        || view.lower_is(content, REPORTED_CLAUSE_OPENERS)
        // `has been endorsed by dozens of papers`: an agent no mention
        // names is still the source.
        || view.lower_is(content, &["by"])
    {
        return None;
    }
    // `It was reported`: an impersonal subject.
    let impersonal =
        |subject: usize| view.lower_is(subject, &["it"]) && view.is_auxiliary(subject + 1);
    subject_start_of_verb(view, start, cue).filter(|&subject| !impersonal(subject))
}

/// Where the subject that ends right before token `verb` starts: after
/// the clause break, quote mark or clause opener before it, or at the
/// relative word that is itself the subject (`delegates who are expected
/// to`, `what appeared to be`); none when no word stands between.
fn raised_subject_start(view: &View, start: usize, verb: usize) -> Option<usize> {
    let mut first = verb;
    while first > start {
        let before = first - 1;
        if view.lower_is(before, RELATIVE_OPENERS) || view.lower_is(before, &["what"]) {
            return Some(before);
        }
        if CLAUSE_BREAKS.contains(&view.word(before))
            || view.lower_is(before, SUBJECT_FENCES)
            || view.is_quote_mark(before)
            || view.lower_is(before, &["(", ")"])
        {
            break;
        }
        first = before;
    }
    (first < verb).then_some(first)
}

/// Where a report content from token `content` to `end` (exclusive)
/// ends when it would stop inside one of the direct quotes that opens
/// within it:
/// past that quote's closing mark, in a later sentence if the quote runs
/// on (`told reporters that "they hit Matt ... tougher. ... What they are
/// doing is ..."`). A cue reports the words it quotes whole.
fn through_quote_opened_within(direct: &DirectQuotes, content: usize, end: usize) -> usize {
    // Only an end between two quoted tokens can lie inside a quote.
    let quoted = &direct.quoted;
    if end <= content || !quoted[end - 1] || !quoted.get(end).copied().unwrap_or(false) {
        return end;
    }
    let parts = &direct.parts_by_open;
    let first = parts.partition_point(|&(open, _, _)| open < content);
    let after = parts.partition_point(|&(open, _, _)| open < end);
    // `hopes the “Here I Stand” project will`, `stated that chlorine was
    // used “systematically and repeatedly”`: a title in quote marks, or a
    // partial quote with no attribution of its own, belongs to no quote,
    // but is read whole all the same.
    let past_quoted = || {
        (end..quoted.len())
            .find(|&i| !quoted[i])
            .unwrap_or(quoted.len())
    };
    parts[first..after.max(first)]
        .iter()
        .filter(|&&(_, past, _)| end < past)
        .min_by_key(|&&(_, _, order)| order)
        .map_or_else(past_quoted, |&(_, past, _)| past)
}

/// Where a noun-phrase object from token `content` ends, before `end`:
/// before a verb in the past joined to the clause by `and` (`became
/// interested in poverty issues in Africa and began raising money`): the
/// subject's next act, not what the cue reports; or before a comma and
/// a cue in `-ing` (`spoke out about [the death of ...], arguing that`),
/// a report of its own. Not inside quote marks (`quoted`).
fn before_next_action(view: &View, quoted: &[bool], content: usize, end: usize) -> usize {
    let next_action = |i: usize| {
        and_past_verb(view, i)
            // `unsubstantiated and fabricated by ...`: a participle.
            && !view.lower_is(i + 2, &["by"])
    };
    let next_report = |i: usize| {
        view.word(i) == ","
            && view.is_cue(i + 1)
            && view.starts_in_lower_case(i + 1)
            && view.word(i + 1).ends_with("ing")
    };
    (content + 1..end.saturating_sub(1))
        // `a rich guy who inherited ..., gamed the tax code and looked
        // down his nose`: the relative clause's own verbs.
        .take_while(|&i| !view.lower_is(i, &["who", "which", "that"]))
        // `had “planned, authorised, and approved the illicit coaching”`:
        // not inside a quote, whose words are said whole.
        .find(|&i| !quoted[i] && (next_action(i) || next_report(i)))
        .map_or(end, |i| if view.word(i - 1) == "," { i - 1 } else { i })
}

/// True when token `i` is `and` before a verb in the past tense in lower
/// case (`and began raising money`): the subject's next act.
fn and_past_verb(view: &View, i: usize) -> bool {
    view.lower_is(i, &["and"])
        && (view.word(i + 1).ends_with("ed") || view.lower_is(i + 1, IRREGULAR_PAST_VERBS))
        && view.starts_in_lower_case(i + 1)
}

/// Common irregular verbs in the past tense.
const IRREGULAR_PAST_VERBS: &[&str] = &[
    "began", "became", "took", "made", "went", "gave", "came", "left", "told", "said", "wrote",
    "got", "held", "kept", "brought", "sent", "spent", "won", "lost", "ran", "met", "put", "spoke",
    "stood", "sat", "led", "thought", "knew", "found", "felt", "saw", "fell", "rose", "drew",
    "grew", "chose", "sought", "fought", "taught", "bought", "struck", "wore", "broke",
];

/// Records `verdict` as the doubt about a report unless one is recorded;
/// true when the report may still go to the scorer (the view marks weak
/// cues), false when the doubt rejects it.
fn admits_doubt(view: &View, doubt: &mut Option<Verdict>, verdict: Verdict) -> bool {
    doubt.get_or_insert(verdict);
    !view.weak_cues.is_empty()
}

/// The verb of the idiom `as X put it` (`As Xiao Xu puts it: “Q”`).
const PUT_IT: &[&str] = &["put", "puts"];

/// Tokens of circumstance after `put it`, at most, before the words it
/// reports (`put it in a statement to my colleague Michael M. Grynbaum in
/// July, RT is ...`).
const PUT_IT_CIRCUMSTANCE_TOKENS: usize = 16;

/// Tokens after an intransitive verb of speech searched for the `about`
/// or `of` of its topic (`spoke out Tuesday about`).
const TOPIC_REACH: usize = 3;

/// Where the content reported by `cue` starts, before any comma or colon
/// is skipped: right after the cue, past an addressee (`told Putin that`),
/// past `put it` and its circumstance, or at an accusation's `of`; none
/// when the cue reports nothing there (`told Putin during the summit`).
fn content_start(view: &View, cue: usize, last: usize) -> Option<usize> {
    let mut content = cue + 1;
    // `told Putin that ...`, `told Russian President Vladimir Putin that
    // ...`: skip the addressee; what follows it must be what was said,
    // not a circumstance (`told Putin during the summit`). Not after a
    // passive, whose subject is the one told (`The High Court was told
    // the woman, who ..., is frail`).
    let passive = || {
        let sentence_start = view.sentences[view.sentence_of[cue]].0;
        passive_agent(view, sentence_start, cue).is_some()
    };
    if view.lower_is(cue, ADDRESSEE_VERBS) && !passive() {
        // The mention, and any capitalised words after it: a name the
        // tagger split (`CBS This Morning`); `the BBC`: its article first.
        let addressee = content + usize::from(view.lower_is(content, &["the"]));
        // `told him that ...`, `telling them on Monday that ...`: an
        // object pronoun before the clause or a circumstance.
        let pronoun = view.lower_is(content, OBJECT_PRONOUNS)
            && (view.lower_is(content + 1, &["that", ",", ":"])
                || view.lower_is(content + 1, CIRCUMSTANCE_WORDS));
        let usual_addressee = view.lower_is(addressee, ADDRESSEE_NOUNS);
        let mention_end = if pronoun {
            content + 1
        } else if usual_addressee {
            // `told reporters Wednesday that ...`, `told reporters his
            // administration was ...`: those a speaker usually tells.
            addressee + 1
        } else {
            view.mention_at(addressee).map_or(content, |(_, b)| b)
        };
        // `told CBS This Morning that`, `told Channel 4 News the deal`:
        // capitalised words after the mention are a name the tagger split;
        // not after those a speaker usually tells, where they open the
        // clause (`told reporters Trump was wrong`).
        let addressee_end = if usual_addressee {
            mention_end
        } else {
            // `told Reuters news agency the group had`: the nouns of the
            // medium after its name (not before another name: `told
            // radio Belgacem had phoned`).
            (mention_end..last)
                .find(|&i| {
                    view.entity_at(i).is_none()
                        && !continues_name(view, i)
                        && !names_medium_after_name(view, cue, i)
                })
                .unwrap_or(last)
        };
        let medium =
            addressee_end > cue + 1 && names_medium_after_name(view, cue, addressee_end - 1);
        content = addressee_end;
        // `“Q,” X told reporters, arguing that ...`, `told France Inter
        // radio, highlighting`: past the addressee's comma the cue reports
        // nothing.
        if (usual_addressee || medium) && view.word(content) == "," {
            return None;
        }
        // `told CBS on Monday that ...`: the clause after the
        // circumstance; none, and the cue reports nothing. `told MSNBC’s
        // “Morning Joe” that ...`: the clause after the programme, if any.
        if addressee_end > cue + 1 && opens_circumstance(view, content) {
            // `told African-Americans this weekend he would`.
            content = clause_past_circumstance(view, content, last)?;
        } else if addressee_end > cue + 1 && is_possessive(view, content) {
            // `told MSNBC's Rachel Maddow the numbers were`, `told ABC’s
            // “Good Morning America” on Monday the tone was`: the clause
            // past the name of the programme or journalist (none after a
            // circumstance alone, `told CNN's Jake Tapper on Sunday.`, and
            // the cue reports nothing). `told USA TODAY's weekly video
            // newsmaker series it is clear`: past the programme, the clause.
            let named = past_possessed_name(view, content, last);
            content = if opens_circumstance(view, named) {
                clause_past_circumstance(view, named, last)?
            } else if named > content + 1 && named < last && opens_clause(view, named) {
                named
            } else {
                that_within(view, content, last)
                    .or_else(|| pronoun_clause_within(view, content, last))
                    .unwrap_or(named)
            };
        } else if addressee_end == cue + 1
            || modifies_addressee_noun(view, (cue, last), addressee_end)
            || usual_addressee && !opens_clause(view, content)
            || view.lower_is(addressee_end, &["of"])
        {
            // `told a meeting of Pacific Island leaders that few people
            // understood`, `warning voters that`, `told reporters he
            // was`: an addressee no mention covers, then the clause; not
            // `told a story that was`. `told the Fine Gael parliamentary
            // party he would`: a mention inside the addressee. `told
            // members of the committee that`: a mention the `of` of its
            // group follows.
            content = circumstance_reach(content, last)
                .take_while(|&i| view.tokens[i].is_word())
                .find(|&i| {
                    view.lower_is(i, &["that"]) && opens_clause(view, i + 1)
                        || i > content && view.lower_is(i, SPEAKER_PRONOUNS)
                })
                .or_else(|| that_past_long_audience(view, (cue, content), last))
                .unwrap_or(content);
        }
    }
    // `told DW-it was spreading`, `said-she was`: a hyphen glued to the
    // word after it stands for a space the text lost (after a cue word,
    // not a weak one).
    if content + 1 < last && view.is_cue(cue) && view.is_hyphen_glued_to_next(content) {
        content += 1;
    }
    // `said — on Twitter, as it happens — that ...`: an aside set off
    // by dashes right after the cue; the `that` clause follows it.
    if content == cue + 1 && matches!(view.word(content), "—" | "--" | "–") {
        content = that_after_aside(view, content, last).unwrap_or(content);
    }
    // `said in a letter that ...`, `wrote on Friday that ...`, `said
    // Friday that ...`, `said Thursday she decided`, `said last week the
    // two countries were`: the clause after the circumstance. `said in an
    // interview with TASS.`: a verb of speech whose sentence ends in a
    // short circumstance, with no `that`, auxiliary or clause after a
    // time, reports nothing after it.
    if content == cue + 1 && opens_circumstance(view, content) {
        let day_clause = clause_after_time(view, (content, view.past_time_phrase(content)), last);
        let only_circumstance = day_clause.is_none()
            && last - content <= CIRCUMSTANCE_TOKENS
            && !(content..last)
                .any(|i| opens_that_clause(view, i) || view.lower_is(i, FINITE_AUXILIARIES));
        if only_circumstance && view.lower_is(cue, SPEECH_VERBS) {
            return None;
        }
        content = that_within(view, content, last)
            .or(day_clause)
            .or_else(|| pronoun_clause_within(view, content, last))
            .or_else(|| that_past_long_circumstance(view, cue, content, last))
            .unwrap_or(content);
    }
    // `said instead that ...`, `noted repeatedly that ...`: an adverb of
    // the cue's before its clause (not `likely that`, whose adjective is
    // what is said of the clause, nor `now that`, a subordinator).
    if content == cue + 1
        && (reads_as_lower_case_adverb(view.word(content))
            && !view.lower_is(content, &["likely", "unlikely"])
            || view.lower_is(content, CUE_ADVERBS))
        && view.lower_is(content + 1, &["that"])
        && opens_clause(view, content + 2)
    {
        content += 1;
    }
    // `reported to the Russian president that ...`, `explained to her
    // that ...`: the one told, then the clause.
    if content == cue + 1 && says_to_someone(view, cue) && view.lower_is(content, &["to"]) {
        content = that_after_addressee(view, content + 1, last).unwrap_or(content);
    }
    // `as Foner put it: “Q”`, `as Simonyan put it in a statement, RT is
    // ...`: what follows the idiom and its circumstance.
    if view.lower_is(cue, PUT_IT) && view.lower_is(cue + 1, &["it"]) {
        content = (cue + 2..last.min(cue + 2 + PUT_IT_CIRCUMSTANCE_TOKENS))
            .find(|&i| view.lower_is(i, &[",", ":"]))?
            + 1;
    }
    // `Trump spoke to a gathering of ...`, `spoke in a cottage`: an
    // intransitive verb of speech reports what it is about, nothing else
    // (PolNeAR train: `spoke to` reports in 14 of 101); `spoke
    // emotionally of`, `spoke out Tuesday about`: what follows the `of` or
    // `about` after an adverb, a particle or a day.
    if view.lower_is(cue, INTRANSITIVE_SPEECH_VERBS) {
        // Not `spoke for about five minutes`, nor `tried to talk to about`
        // (a relative clause's stranded preposition).
        let topic = (content..last.min(content + TOPIC_REACH))
            .take_while(|&i| view.tokens[i].is_word() && !view.lower_is(i, DETERMINERS))
            .find(|&i| view.lower_is(i, &["about", "of"]))
            .filter(|&i| {
                let duration = reads_as_number(view.word(i + 1));
                let stranded = i > content && view.lower_is(i - 1, PREPOSITIONS);
                !duration && !stranded
            });
        content = match topic {
            Some(topic) if topic > content => topic + 1,
            Some(_) => content,
            None if view.lower_is(content, &["out"]) => content,
            None => return None,
        };
    }
    // `accused Russia of helping ...`: what the accusation says.
    if view.word(cue).to_lowercase().starts_with("accus") {
        content = (content..last).find(|&i| view.lower_is(i, &["of"]))?;
    }
    if view.lower_is(cue, ASK_VERBS) {
        content = question_past_addressee(view, content, last).unwrap_or(content);
    }
    Some(content)
}

/// Forms of `ask`.
const ASK_VERBS: &WordList = &WordList::new(&["ask", "asks", "asked", "asking"]);

/// Most tokens of the one asked (and when) before the question (`asked
/// former Attorney General Eric Holder whether`, `asked Clinton Friday
/// how`).
const ASKED_ADDRESSEE_TOKENS: usize = 8;

/// `asked Rubio which states he could win`, `asked moderator Gerard Baker
/// whether`: the indirect question after the one asked, from its opening
/// word; the one asked is no part of it (as PolNeAR marks it). None when
/// `content` already opens the question, or a verb, a preposition or a
/// punctuation mark comes first (`asked them to`, `asked about`), or the
/// question opens with `about` (`asked me questions about Islam`: what
/// was asked is the noun before it).
fn question_past_addressee(view: &View, content: usize, last: usize) -> Option<usize> {
    (content + 1..last.min(content + 1 + ASKED_ADDRESSEE_TOKENS))
        .take_while(|&i| {
            // `asked Sean Spicer on Monday whether`: a day is no object.
            let before_day = view.lower_is(i - 1, &["on"]) && names_a_time(view.word(i));
            view.tokens[i - 1].is_word()
                && (!view.lower_is(i - 1, PREPOSITIONS) || before_day)
                && !view.lower_is(i - 1, QUESTION_OPENERS)
                && !reads_as_verb(view, i - 1)
        })
        .find(|&i| view.lower_is(i, QUESTION_OPENERS))
        .filter(|&i| {
            !view.lower_is(content, QUESTION_OPENERS)
                && !view.lower_is(i, PREPOSITIONS)
                && !opens_relative_on_noun(view, i)
        })
}

/// True when the relative word at `i` follows a noun in lower case
/// (`asking people who practice the craft to`): a relative clause on the
/// one asked, not the question.
fn opens_relative_on_noun(view: &View, i: usize) -> bool {
    view.lower_is(i, RELATIVE_OPENERS)
        && view.starts_in_lower_case(i - 1)
        && !view.lower_is(i - 1, OBJECT_PRONOUNS)
}

/// The `that` right after the mark that closes the aside the dash or
/// comma at `open` opens (`— on Twitter, as it happens — that`, `,
/// however, that`, `, citing US officials, that`): the first like mark
/// within [`ASIDE_TOKENS`] after it, before `last` and any quote mark.
fn that_after_aside(view: &View, open: usize, last: usize) -> Option<usize> {
    let mark = view.word(open);
    let close = (open + 1..last.min(open + 1 + ASIDE_TOKENS))
        .take_while(|&i| !view.is_quote_mark(i))
        .find(|&i| view.word(i) == mark)?;
    (close + 1 < last && view.lower_is(close + 1, &["that"])).then_some(close + 1)
}

/// Most tokens of an aside set off by dashes or commas after a cue.
const ASIDE_TOKENS: usize = 12;

/// True when the quote that opens at token `content` is a partial one
/// that the writer's clause goes on from before `last` (`rated “Trump
/// exaggerates” the level of black youth unemployment`): the report is the
/// clause, the quote a part of it. A whole quote after its cue is what
/// the cue reports, and no report of its own.
fn partial_quote_opens_clause(
    view: &View,
    direct: &DirectQuotes,
    content: usize,
    last: usize,
) -> bool {
    direct
        .partial_quote_past
        .get(&content)
        .is_some_and(|&past| (past..last).any(|i| view.tokens[i].kind == TokenKind::Word))
}

/// True when the cue word `i` has no ending of a tense and follows a
/// determiner and a word in lower case: a noun and its modifier (`in his
/// formal statement: “Q”`).
fn modified_cue_noun(view: &View, i: usize) -> bool {
    i > 1
        && (view.lower_is(i - 2, DETERMINERS) || view.lower_is(i - 2, POSSESSIVE_DETERMINERS))
        && view.tokens[i - 1].is_word()
        && view.starts_in_lower_case(i - 1)
        && tense(view, i).is_none()
}

/// Longest lead-in between a cue and the quote it introduces (`says of
/// Clinton, “Q”`, `told me, “Q”`).
const LEAD_IN_TOKENS: usize = 5;

/// Longest lead-in that says when or where the words were said (`said at
/// a Fox News town hall on Monday, “Q”`).
const CIRCUMSTANCE_LEAD_IN_TOKENS: usize = 8;

/// True when what follows a cue at `content` only leads in to a quote:
/// a short phrase of whom or what the words are about, to whom, when or
/// where they were said (`of Clinton`, `of the museum`, `me`, `reporters`,
/// `told his radio audience of Monday`, `in a statement`, `during the
/// debate last week`), or how, in one adverb (`added warily`), then a
/// comma or colon and the quote mark.
/// The quote is what was said.
fn introduces_quote(view: &View, content: usize, last: usize, quoted: &[bool]) -> bool {
    let reach = if opens_circumstance(view, content) {
        CIRCUMSTANCE_LEAD_IN_TOKENS
    } else {
        LEAD_IN_TOKENS
    };
    let Some(mark) = (content..last.min(content + reach + 2)).find(|&i| quoted[i]) else {
        return false;
    };
    if mark <= content + 1 {
        return false;
    }
    let lead_in = content..mark - 1;
    // A long circumstance names no one (`on this device Leicester City
    // vice-chairman Aiyawatt Srivaddhanaprabha: “Q”` labels a speaker).
    let names_no_one = || {
        lead_in.clone().all(|i| {
            view.tokens[i].is_word()
                && view
                    .entity_at(i)
                    .is_none_or(|(_, _, kind)| kind != EntityKind::Person)
        })
    };
    matches!(view.word(mark - 1), "," | ":")
        && (lead_in.len() <= LEAD_IN_TOKENS || lead_in.len() <= reach && names_no_one())
        // `in a statement Friday, Trump said: “Q”`: the later cue leads in
        // (`in a statement, “Q”` holds a noun).
        && !lead_in
            .clone()
            .any(|i| view.is_cue_verb(i) && !modified_cue_noun(view, i))
        && (view.lower_is(content, &["of", "to", "about"])
            || reads_as_adverb(view.word(content)) && lead_in.len() == 1
            || opens_circumstance(view, content)
            || view.lower_is(content, OBJECT_PRONOUNS) && lead_in.len() == 1
            || view.mention_at(content).is_some_and(|(_, b)| b == mark - 1)
            || content > 0 && view.lower_is(content - 1, ADDRESSEE_VERBS))
}

/// The end of the tokens `[start, end)` without the lost characters
/// ([`Token::is_lost_character`]) they end with (`personally."?`), and no
/// earlier than `start`.
fn end_before_lost_characters(text: &str, tokens: &[Token], start: usize, mut end: usize) -> usize {
    while end > start && tokens[end - 1].is_lost_character(text) {
        end -= 1;
    }
    end
}

/// The start of the tokens `[start, end)` past the dashes that open them
/// as bullets or flattened paragraph breaks (`- The latest wave of
/// arrests ...`, `- - Insiders ...`), when a word follows them.
fn start_past_bullets(text: &str, tokens: &[Token], start: usize, end: usize) -> usize {
    (start..end)
        .find(|&i| !is_dash(&text[tokens[i].span.range()]))
        .unwrap_or(start)
}

/// Pronouns that stand for whom words were said to.
const OBJECT_PRONOUNS: &[&str] = &["me", "us", "him", "her", "them", "you"];

/// Where reported content `[content, last)` ends: through the sentence's
/// closing quote mark (token `last`, the sentence ending at `end`) when a
/// quote opens inside the content (`says voter fraud “would be one hell of
/// a way to lose.”`), so the partial quote lies within it; else at `last`.
fn closing_quote_end(view: &View, content: usize, last: usize, end: usize) -> usize {
    let closes = last + 1 == end
        && matches!(
            view.tokens[last].flags.quote,
            QuoteMark::Closing | QuoteMark::Ambiguous
        );
    let opens_inside = (content..last).any(|i| {
        matches!(
            view.tokens[i].flags.quote,
            QuoteMark::Opening | QuoteMark::Ambiguous
        )
    });
    if closes && opens_inside {
        end
    } else {
        last
    }
}

/// `Politifact seized on Trump’s claim that ...`: the mention that owns a
/// cue noun (in the sentence from `start`) is its speaker, whatever
/// governs it.
fn possessor(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    let mark = cue
        .checked_sub(1)
        .filter(|&m| m > start && view.lower_is(m, POSSESSIVE_CLITICS))?;
    view.mention_at(mark - 1).filter(|&(_, b)| b == mark)
}

/// Nouns for the people a medium or a company serves, which a name
/// before them modifies (`Twitter users`, `Facebook users`): too seldom
/// sources in PolNeAR for the lexicon to name them, but the phrase they
/// head speaks, not the name.
const AUDIENCE_NOUNS: &WordList = &WordList::new(&[
    "users",
    "fans",
    "followers",
    "customers",
    "subscribers",
    "viewers",
    "readers",
    "listeners",
    "commenters",
]);

/// Words that stand in no noun phrase: `what` and the verbs that head
/// verb groups.
const VERBS_OUTSIDE_NOUN_PHRASES: &WordList = &WordList::new(&[
    "what", "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would",
    "could", "can", "may", "might", "should", "do", "does", "did", "said", "says", "told", "tells",
]);

/// Verbs that give what they report a name (`what officials called a
/// hate crime`).
const NAMING_VERBS: &WordList = &WordList::new(&[
    "call",
    "calls",
    "called",
    "describe",
    "describes",
    "described",
    "characterize",
    "characterizes",
    "characterized",
    "term",
    "terms",
    "termed",
    "label",
    "labels",
    "labeled",
    "labelled",
    "dub",
    "dubs",
    "dubbed",
    "brand",
    "brands",
    "branded",
    "consider",
    "considers",
    "considered",
]);

/// `in what officials called a hate crime`, `what former employees have
/// called a “fraudulent scheme”`: a naming `cue` whose speaker (after any
/// auxiliaries) follows `what`. The `what` is the thing named, and
/// PolNeAR's report runs from it, speaker and cue inside. Returns the
/// token of `what`.
fn naming_relative(view: &View, speaker: (usize, usize), cue: usize) -> Option<usize> {
    // `what multiple lawmakers called`: before the head's premodifiers.
    let what = view.premodifiers_start(speaker.0).checked_sub(1)?;
    let adjoining = (speaker.1..cue).all(|i| view.is_auxiliary(i));
    (view.lower_is(cue, NAMING_VERBS) && adjoining && view.lower_is(what, &["what"]))
        .then_some(what)
}

/// True when the clause of `cue`, from `clause` in the sentence from
/// `start`, opens after an object relative word (`Sanders's victory,
/// which Clinton conceded`) and a subordinator opens what follows the cue
/// (`when polls closed at 8 p.m.`): the relative word is the cue's
/// object, and the subordinate clause is a circumstance, not what was
/// said.
fn circumstance_after_object_relative(
    view: &View,
    (start, clause, cue): (usize, usize, usize),
    content: usize,
) -> bool {
    clause > start
        && view.lower_is(clause - 1, &["that", "which", "whom"])
        && content == cue + 1
        && view.lower_is(
            content,
            &[
                "when", "after", "before", "while", "since", "until", "because", "if", "once",
            ],
        )
}

/// Where the clause of `cue` starts in its sentence (from `start`): after
/// an object relative word whose clause has its own subject (`a
/// statement that some said`, `the plan which critics call`), or at the
/// sentence's start.
fn object_relative_clause(view: &View, start: usize, cue: usize) -> usize {
    let relative = (cue.saturating_sub(OBJECT_RELATIVE_REACH).max(start)..cue)
        .rev()
        .find(|&i| view.lower_is(i, &["that", "which", "whom"]));
    relative
        .filter(|&r| {
            let subject = r + 1;
            subject < cue
                && (opens_clause(view, subject) || view.source_heads[subject])
                && (subject..cue).all(|i| view.tokens[i].is_word())
        })
        .map_or(start, |r| r + 1)
}

/// The speaker that goes on to the participle `cue`, when `went_on` (a
/// participle and its speaker) is that participle's.
fn speaker_going_on(
    went_on: Option<(usize, (usize, usize))>,
    cue: usize,
) -> Option<(usize, usize)> {
    went_on
        .filter(|&(participle, _)| participle == cue)
        .map(|(_, speaker)| speaker)
}

/// The participle that follows the attribution of `report` (its cue at
/// `cue`, its sentence's words ending before `last`) after a comma and
/// reports what the speaker did next, with the speaker's tokens: `CLAUSE,
/// Lissner said on Monday, adding that ...`.
fn speaker_goes_on(
    view: &View,
    report: &Quote,
    cue: usize,
    last: usize,
) -> Option<(usize, (usize, usize))> {
    let speaker = view.token_range(report.speaker?);
    let attribution_end = speaker.1.max(cue + 1);
    let comma = view.first_comma(attribution_end..last.min(attribution_end + POSTPOSED_TAIL))?;
    act_after_comma(view, comma, last).map(|participle| (participle, speaker))
}

/// The participle right after the comma at `comma` that reports what the
/// speaker went on to do (`, Lissner said, adding that ...`, `, she said,
/// citing ...`), with words after it before `last`.
fn act_after_comma(view: &View, comma: usize, last: usize) -> Option<usize> {
    let participle = comma + 1;
    (view.word(comma) == "," && participle + 1 < last && reports_act_of_speaker(view, participle))
        .then_some(participle)
}

/// True when the word at `i`, right after an attribution's comma, is a
/// participle that reports what the speaker went on to do: no part of
/// the clause the attribution interrupts.
fn reports_act_of_speaker(view: &View, i: usize) -> bool {
    view.starts_in_lower_case(i) && view.word(i).ends_with("ing") && view.is_cue(i)
}

/// How far before its cue an object relative word may stand.
const OBJECT_RELATIVE_REACH: usize = 4;

/// How [`mentions_before`] counts the tokens of a quote toward its reach.
#[derive(Clone, Copy)]
enum QuoteReach {
    /// Each token, as any other.
    EachToken,
    /// A whole quote as one token: the subject before an aside that
    /// quotes someone (`Mr. Manafort, citing ''the unique magic of
    /// Trump,'' said`) is as near as before one that does not.
    AsOneToken,
}

/// The mentions outside quote marks in the [`SUBJECT_REACH`] tokens
/// before a cue (quotes counted as `reach` says), nearest first, but for
/// party labels and the objects of participles ([`object_of_participle`]).
fn mentions_before<'v>(
    view: &'v View,
    start: usize,
    cue: usize,
    quoted: &'v [bool],
    reach: QuoteReach,
) -> impl Iterator<Item = (usize, usize)> + 'v {
    let counted = move |j: usize| match reach {
        QuoteReach::EachToken => true,
        // The token after `j` is at most `cue`.
        QuoteReach::AsOneToken => !(quoted[j] && quoted[j + 1]),
    };
    (start..cue)
        .rev()
        .filter(move |&j| counted(j))
        .take(SUBJECT_REACH + party_label_tokens(view, start, cue))
        .filter(move |&j| !quoted[j])
        .filter_map(|j| view.mention_at(j))
        .filter(move |&(a, b)| {
            !in_party_label(view, a, b)
                && !object_of_participle(view, start, a)
                && !in_relative_clause_before(view, start, a, cue)
        })
}

/// Words of a relative clause before the mentions in it, at most.
const RELATIVE_CLAUSE_WORDS: usize = 6;

/// True when the mention starting at `a` stands in a relative clause that
/// runs from `who` to the `cue` with no punctuation (`Residents who fled
/// [the fighting] said`): it belongs to the clause that modifies the
/// subject, and is none. Not right after `who`, where it is the cue's
/// subject (`a minister who [critics] say is close to the king`).
fn in_relative_clause_before(view: &View, start: usize, a: usize, cue: usize) -> bool {
    let who = (start..a)
        .rev()
        .take(RELATIVE_CLAUSE_WORDS)
        .take_while(|&i| view.tokens[i].is_word())
        .find(|&i| view.lower_is(i, &["who", "whom"]));
    who.is_some_and(|who| who + 1 < a && (who..cue).all(|i| view.tokens[i].is_word()))
}

/// True when the mention starting at `a` (its clause starting at `start`)
/// is the object of a participle after a noun (`A lawyer representing
/// [Mr. Smith] said`, `Groups opposing [the Trump administration]
/// argued`): it modifies the subject and is none. Not after a cue, whose
/// clause it opens (`saying [he] wants`), nor after `including`, which
/// names part of the subject, nor where a function word stands before
/// the `-ing` word (`where restructuring experts say`).
fn object_of_participle(view: &View, start: usize, a: usize) -> bool {
    let Some(participle) = word_governing(view, start, a) else {
        return false;
    };
    let after_noun = |i: usize| {
        view.tokens[i].is_word()
            && !view.opens_noun_phrase(i)
            && !view.lower_is(i, RELATIVE_OPENERS)
            && !view.lower_is(i, SUBORDINATORS)
            && !view.lower_is(i, CLAUSE_CONJUNCTIONS)
            && !view.lower_is(i, PREPOSITIONS)
    };
    participle > start
        && after_noun(participle - 1)
        && view.starts_in_lower_case(participle)
        && view.word(participle).ends_with("ing")
        && !view.is_cue(participle)
        && !view.lower_is(participle, NOUNS_IN_ING)
}

/// Nouns and prepositions that end as participles do (`On Monday morning
/// Trump said`, `during`, `including`).
const NOUNS_IN_ING: &WordList = &WordList::new(&[
    "including",
    "morning",
    "evening",
    "thing",
    "something",
    "nothing",
    "anything",
    "everything",
    "building",
    "king",
    "spring",
    "meeting",
    "briefing",
    "hearing",
    "wedding",
    "wing",
    "ring",
    "during",
    "ceiling",
    "earnings",
    "funding",
    "ruling",
    "warning",
    "opening",
    "offering",
    "bombing",
    "shooting",
    "polling",
    "spending",
    "housing",
    "training",
    "setting",
    "being",
]);

/// True when the mention `[a, b)` is the state of a party label in
/// parentheses (`Bernie Sanders (Vt.) said`): no speaker. (Labels with
/// the party, `(R-Wis.)`, are no entities: the entity stage drops them.)
fn in_party_label(view: &View, a: usize, b: usize) -> bool {
    a >= 1 && view.word(a - 1) == "(" && view.word(b) == ")"
}

/// The speaker of a cue with no appositive subject: the nearest mention
/// before it that no preposition governs (`The results of the poll show`:
/// not `the poll`; `“It was bad,” said X`: not `It`), or that a
/// conjunction opens the cue's clause with (`shortly after Trump said`).
fn subject_before(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    mentions_before(view, start, cue, quoted, QuoteReach::AsOneToken)
        .find(|&(a, b)| {
            let first = phrase_start(view, start, a);
            (!governed_by_preposition(view, start, first)
                || b == cue && view.lower_is(first - 1, CLAUSE_CONJUNCTION_PREPOSITIONS))
                && !fronted_circumstance(view, start, (a, b), cue)
        })
        .map(|mention| {
            view.lower_is(cue, SPEECH_VERBS)
                .then(|| phrase_around_modifier(view, mention, cue))
                .flatten()
                .or_else(|| affiliated_person(view, start, mention))
                .unwrap_or(mention)
        })
}

/// Where the noun phrase of the mention starting at `a` starts, in its
/// clause from `start`: before the words in lower case and the name that
/// modify a common noun with no determiner (`with [military] leaders`,
/// `to [Senate] leaders`), else at `a`.
fn phrase_start(view: &View, start: usize, a: usize) -> usize {
    if view.starts_in_lower_case(a) && !view.opens_noun_phrase(a) {
        view.named_phrase_start(a).max(start)
    } else {
        a
    }
}

/// `Dov Khenin of the Arab Joint List said`, `MP Sibel Yigitalp from the
/// pro-Kurdish opposition Peoples' Democratic Party criticised`: the
/// person whose name the `body` follows, joined by a preposition of
/// affiliation and `the` (without `the`, the preposition already rules
/// the body out as a subject), within the sentence from `start`.
fn affiliated_person(view: &View, start: usize, body: (usize, usize)) -> Option<(usize, usize)> {
    let the = (start + 2..body.0)
        .rev()
        .take(BODY_MODIFIERS + 1)
        .find(|&j| view.lower_is(j, &["the"]))?;
    let preposition = the - 1;
    if !view.lower_is(preposition, AFFILIATION_PREPOSITIONS)
        || body_after_the(view, the) != Some(body)
    {
        return None;
    }
    view.mention_at(preposition - 1)
        .filter(|&(person, end)| person >= start && view.names_person(person, end))
}

/// Prepositions that attach a phrase to the noun heading a subject
/// (`Proponents of the move`, `Students in the class`).
const SUBJECT_PREPOSITIONS: &[&str] = &["of", "from", "in", "at", "among"];

/// Prepositions that also open a clause, whose subject comes right after
/// them (`hours after Trump unleashed a flurry of tweets`).
const CLAUSE_CONJUNCTION_PREPOSITIONS: &[&str] = &["after", "before"];

/// `footage of Hillary Clinton asking, “Q”`, `a video of Trump saying
/// “Q”`: the person named right before a participle cue, with no comma
/// between, is the one speaking, whatever governs the name. (Not any
/// mention: `put out a statement saying “Q”` is the office's.)
fn mention_before_participle(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    if cue <= start || quoted[cue - 1] || !view.word(cue).ends_with("ing") {
        return None;
    }
    let person = view
        .entity_at(cue - 1)
        .is_some_and(|(_, b, kind)| b == cue && kind == EntityKind::Person);
    if !person {
        return None;
    }
    view.mention_at(cue - 1)
        .filter(|&(a, b)| b == cue && a >= start)
}

/// The subject of a participle cue after a comma (`Trump has tried to use
/// the ad against Clinton, accusing her of ...`) or of a verb coordinated
/// with the main one (`Trump is telling veterans that ... and says he
/// will ...`): the subject of the main clause, the first mention of the
/// sentence outside quote marks that no preposition governs, not the
/// nearest one (`Clinton`, `the ad`).
fn participle_subject(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    // `..., saying, “Q”`, `before asking her, “Q”`, `by telling them
    // that`: a participle after a comma, a preposition of time or of
    // means, or a message issued.
    let message = issued_message(view, start, cue);
    let participle = cue > start
        && (after_comma(view, start, cue)
            || view.lower_is(cue - 1, &["before", "after", "while", "by", "without"])
            || message.is_some())
        && view.word(cue).ends_with("ing");
    let conjunction = conjunction_before(view, start, cue);
    if !participle && conjunction.is_none() {
        return None;
    }
    let subject_nearby = if participle {
        attribution_before_participle(view, start, cue)
            .or_else(|| subject_of_conjoined_clause(view, start, cue, quoted))
    } else {
        conjunction.and_then(|conjunction| {
            subject_of_open_subordinate_clause(view, start, (conjunction, cue), quoted)
        })
    };
    if subject_nearby.is_some() {
        return subject_nearby;
    }
    let mut j = past_opening_phrase(view, past_dateline(view, start), cue);
    while j < cue - 1 {
        match view.mention_at(j) {
            // `The Democratic National Convention released a statement
            // Wednesday, saying`: a subject no entity names, before the
            // message it issued.
            Some((a, b)) if Some(a) == message => {
                return issuer_of_message(view, start, a, quoted).or(Some((a, b)));
            }
            Some((a, b))
                if !quoted[j]
                    && !object_of_preposition(view, start, a)
                    && !in_closed_subordinate_clause(view, start, (a, b), cue) =>
            {
                // `Donald Trump's chief strategist, Steve Bannon, pounced
                // ..., repeating`: the person a possessor employs.
                return Some(
                    owned_person(view, (a, b), cue)
                        .or_else(|| person_in_apposition_after(view, (a, b), cue))
                        .unwrap_or((a, b)),
                );
            }
            Some((_, b)) => j = b.max(j + 1),
            None => j += 1,
        }
    }
    None
}

/// `CLAUSE, Spicer said, adding, “Q”`, `CLAUSE, said Spicer, adding`:
/// the speaker of the attribution whose comma the participle `cue`
/// follows (past a weekday: `Spicer said Thursday, adding`; any cue verb
/// in the past: `the source recalled, adding`), who goes on speaking;
/// not the clause's subject.
fn attribution_before_participle(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    let comma = cue
        .checked_sub(1)
        .filter(|&c| c > start + 1 && view.word(c) == ",")?;
    let mut verb_end = comma;
    while verb_end > start + 1 && view.lower_is(verb_end - 1, WEEKDAYS) {
        verb_end -= 1;
    }
    let verb = verb_end - 1;
    let said_by = view.mention_at(verb - 1).filter(|&(a, b)| {
        b == verb
            && a >= start
            && (view.lower_is(verb, SPEECH_VERBS)
                || view.is_cue_verb(verb) && view.word(verb).ends_with("ed"))
    });
    // Not the one told (`, she told Al Jazeera, adding`).
    said_by.or_else(|| {
        view.mention_at(comma - 1).filter(|&(a, b)| {
            b == comma
                && a > start
                && view.lower_is(a - 1, SPEECH_VERBS)
                && !view.lower_is(a - 1, ADDRESSEE_VERBS)
        })
    })
}

/// Where the sentence from `start` begins past a dateline that opens it
/// (`ORLANDO, Fla. (Reuters) - President Barack Obama met ...`,
/// `CLEVELAND - When ...`): a place in capitals set off by a comma, a
/// parenthesis or the dash, then within a few tokens the dash; else
/// `start`. The place is no subject.
fn past_dateline(view: &View, start: usize) -> usize {
    let place = view.word(start);
    let in_capitals = place.chars().count() >= 3 && place.chars().all(|c| c.is_uppercase());
    // `READ MORE: ...` is no place.
    let set_off = matches!(view.word(start + 1), "," | "(") || is_dash(view.word(start + 1));
    // `Washington (AFP) – Democrat Hillary Clinton has ...`: a place the
    // entity stage knows, with its agency in brackets, in any case.
    let place_with_agency = view.entity_at(start).is_some_and(|(a, b, kind)| {
        a == start && kind == EntityKind::Location && view.word(b) == "("
    });
    if !(in_capitals && set_off || place_with_agency) {
        return start;
    }
    (start + 1..view.tokens.len())
        .take(DATELINE_TOKENS)
        .take_while(|&i| view.sentence_of[i] == view.sentence_of[start])
        .find(|&i| is_dash(view.word(i)))
        .map_or(start, |dash| dash + 1)
}

/// Where the main clause of the sentence from `start` begins past a
/// phrase that a preposition (or a subordinate clause) opens it with, up
/// to `cue`: `At a rally in Beaumont, Tex., Mr. Trump was blunt,
/// claiming`, `In Portsmouth, N.H., on Tuesday, Sanders endorsed her,
/// saying`, `Like Corker, Menendez rejected it, arguing`, `While
/// Democrats plot, Republicans are looking to do the same, hoping`. The
/// phrase goes on past a comma that a place in apposition (`, Tex.,`) or
/// another preposition (`, on Tuesday`) follows, and ends at the first
/// comma before a subject; else `start`. No mention in it is the subject
/// of the clause.
fn past_opening_phrase(view: &View, start: usize, cue: usize) -> usize {
    // `The day before, at a rally in Beaumont, Tex., Mr. Trump`: a short
    // lead of time before the phrase.
    let lead_comma = view
        .first_comma(start..cue.min(start + OPENING_LEAD_TOKENS + 1))
        .filter(|&comma| {
            comma > start
                && view.lower_is(comma + 1, PREPOSITIONS)
                && (start..comma).all(|i| view.mention_at(i).is_none() && !reads_as_verb(view, i))
        });
    if let Some(comma) = lead_comma {
        let past = past_opening_phrase(view, comma + 1, cue);
        return if past > comma + 1 { past } else { start };
    }
    if !view.lower_is(start, PREPOSITIONS)
        && !view.lower_is(start, &["like", "unlike"])
        && !opens_with_subordinator(view, start)
    {
        return start;
    }
    let place_in_apposition = |at: usize| {
        view.entity_at(at).is_some_and(|(a, b, kind)| {
            a == at && kind == EntityKind::Location && view.word(b) == ","
        })
    };
    let mut from = start + 1;
    while let Some(comma) = view.first_comma(from..cue) {
        let next = comma + 1;
        if !view.lower_is(next, PREPOSITIONS) && !place_in_apposition(next) {
            // `On Sunday Mr. Trump made an attempt, writing`: a phrase
            // with no comma of its own, past which no subject follows
            // (`, Senator Bernie Sanders endorsed`, `, the U.S. government
            // set` are).
            let subject_follows = (next..cue)
                .take(SUBJECT_TITLE_WORDS + 1)
                .take_while(|&i| !view.starts_in_lower_case(i) || view.lower_is(i, DETERMINERS))
                .any(|i| view.mention_at(i).is_some());
            return if subject_follows { next } else { start };
        }
        from = next;
    }
    start
}

/// Most tokens of a lead before an opening phrase (`The day before,`).
const OPENING_LEAD_TOKENS: usize = 4;

/// Most title words before the name that opens a clause (`Senator`,
/// `Texas Sen.`).
const SUBJECT_TITLE_WORDS: usize = 2;

/// Most tokens between a dateline's place and its dash (`, Fla.
/// (Reuters)`).
const DATELINE_TOKENS: usize = 8;

/// True when `word` is a dash that sets words off (`-` spaced or not,
/// `--`, `—`, `–`).
fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "--" | "—" | "–")
}

/// True when token `i` is a dash, not inside a word, before an
/// indefinite noun phrase that sums up the clause before it (`CLAUSE,
/// the Congressional Budget Office reported on Tuesday -- a development
/// that injects ...`): the writer's comment, no part of the attribution
/// and nothing it reports.
fn sums_up_clause_before(view: &View, i: usize) -> bool {
    is_dash(view.word(i))
        && !view.is_inner_hyphen(i)
        && view.lower_is(i + 1, &["a", "an", "another"])
}

/// The subject of the last clause conjoined before the participle `cue`
/// (`prosecutors charged the officer and Emanuel fired his police chief,
/// acknowledging that ...`): a mention right after `and` or `but`, with
/// a verb in the past or an auxiliary right after it, where a verb
/// stands before the conjunction and no name ends there (`Russia, Iran
/// and Turkey will meet`, `the Belt and Road Initiative will`: no
/// clauses). The participle goes with the nearest clause, whose subject
/// this is.
fn subject_of_conjoined_clause(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let reads_as_verb = |i: usize| {
        view.starts_in_lower_case(i)
            && (view.word(i).ends_with("ed") || view.lower_is(i, AUXILIARIES) || view.is_cue(i))
    };
    (start + 1..cue)
        .rev()
        .filter(|&k| {
            !quoted[k]
                && view.lower_is(k, &["and", "but"])
                && (view.starts_in_lower_case(k - 1) || view.word(k - 1) == ",")
                && (start..k - 1).any(reads_as_verb)
        })
        .find_map(|k| {
            // `and the American Civil Liberties Union of Ohio has sued`:
            // past a determiner, and a place or body the name is of.
            let subject_at = |first: usize| {
                view.mention_at(first).filter(|&(a, b)| {
                    let verb = past_affiliation(view, b, cue);
                    a == first
                        && verb + 1 < cue
                        && (view.word(verb).ends_with("ed") || view.lower_is(verb, AUXILIARIES))
                        && view.starts_in_lower_case(verb)
                })
            };
            subject_at(k + 1).or_else(|| {
                view.lower_is(k + 1, DETERMINERS)
                    .then(|| subject_at(k + 2))
                    .flatten()
            })
        })
}

/// Past the phrase of a preposition of affiliation and a name that may
/// follow a mention ending at `end` (`of Ohio`, `from Texas`), before
/// `cue`; else `end`.
fn past_affiliation(view: &View, end: usize, cue: usize) -> usize {
    if !view.lower_is(end, AFFILIATION_PREPOSITIONS) {
        return end;
    }
    view.mention_at(end + 1)
        .filter(|&(a, b)| a == end + 1 && b < cue)
        .map_or(end, |(_, b)| b)
}

/// The subject of the subordinate clause that the verb `cue`, coordinated
/// by `conjunction` with the one before it, goes on (`X described Clinton
/// as a disgrace after she attacked police officers and blamed ...`): a
/// mention right after a subordinator, a verb in the cue's tense after it
/// (`when she says something and added that` goes on the main clause), and
/// no comma closing the clause before the conjunction.
fn subject_of_open_subordinate_clause(
    view: &View,
    start: usize,
    (conjunction, cue): (usize, usize),
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let subordinator = (start..conjunction)
        .rev()
        .take_while(|&i| view.word(i) != "," && !quoted[i])
        .find(|&i| view.lower_is(i, SUBORDINATORS))?;
    view.mention_at(subordinator + 1).filter(|&(a, b)| {
        a == subordinator + 1
            && b + 1 < conjunction
            && view.starts_in_lower_case(b)
            && tense(view, b).is_some_and(|verb| tense(view, cue) == Some(verb))
    })
}

/// The tense a verb reads in, when it reads as a finite verb: the past
/// (`attacked`, `told`, `had`) or the present (`says`, `has`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
}

/// The [`Tense`] of the word at `i`, if it reads as a finite verb.
fn tense(view: &View, i: usize) -> Option<Tense> {
    let word = view.word(i);
    if view.lower_is(i, IRREGULAR_PAST_VERBS)
        || view.lower_is(i, &["had", "was", "were", "did"])
        || word.len() > 3 && word.ends_with("ed")
    {
        Some(Tense::Past)
    } else if view.lower_is(i, &["has", "is", "does"]) || word.len() > 3 && word.ends_with('s') {
        Some(Tense::Present)
    } else {
        None
    }
}

/// `A spokesperson for the church, Manuel Imbamba, said ..., saying “Q”`:
/// a person's name set off by commas right after `subject` (no person),
/// or after a phrase of a preposition that ends `subject`'s noun phrase,
/// is the subject the participle's report is said by, as the main
/// clause's report is.
fn person_in_apposition_after(
    view: &View,
    subject: (usize, usize),
    cue: usize,
) -> Option<(usize, usize)> {
    let open = (subject.1..cue)
        .take(APPOSITION_TOKENS)
        .find(|&i| view.word(i) == ",")?;
    let modifies_subject = open == subject.1
        || view.lower_is(subject.1, PREPOSITIONS) && !(subject.1..open).any(|i| view.is_cue(i));
    let (_, end, _) = view.entity_at(open + 1)?;
    (modifies_subject && end < cue && view.word(end) == ",")
        .then(|| named_in_apposition(view, subject, open, end + 1))
        .flatten()
}

/// True when `mention` (in the sentence from `start`) stands in a
/// subordinate clause that a comma closes before `cue` (`when my mother
/// mentioned the devil to me, I laughed and said`): the subject of that
/// clause, not of the cue.
fn in_closed_subordinate_clause(
    view: &View,
    start: usize,
    (a, b): (usize, usize),
    cue: usize,
) -> bool {
    let clause_start = (start..a)
        .rev()
        .find(|&i| view.word(i) == ",")
        .map_or(start, |comma| comma + 1);
    (clause_start..a).any(|i| view.lower_is(i, SUBORDINATORS)) && view.first_comma(b..cue).is_some()
}

/// True when `cue`, in the sentence from `start`, is a participle after a
/// comma (`, saying`, `, arguing`): a report of its own, said by the
/// sentence's subject.
fn participle_after_comma(view: &View, start: usize, cue: usize) -> bool {
    cue > start && after_comma(view, start, cue) && view.word(cue).ends_with("ing")
}

/// Adverbs and auxiliaries between a conjunction and the verb it
/// coordinates, at most (`but has also said`).
const COORDINATED_VERB_GAP: usize = 2;

/// True when a comma stands right before `cue`, or before an adverb or
/// a closing quote mark there (`, even suggesting`, `, falsely
/// suggesting`, `... ago," adding that`).
fn after_comma(view: &View, start: usize, cue: usize) -> bool {
    let mut at = cue - 1;
    if at > start
        && (view.lower_is(at, LINKING_ADVERBS)
            || view.lower_is(at, &["even"])
            || reads_as_lower_case_adverb(view.word(at))
            || view.is_quote_mark(at))
    {
        at -= 1;
    }
    view.word(at) == ","
}

/// Messages a subject issues, whose participle reports the subject's
/// words (`The town released a statement Wednesday saying ...`).
const MESSAGE_NOUNS: &[&str] = &[
    "statement",
    "report",
    "letter",
    "memo",
    "release",
    "tweet",
    "email",
    "message",
    "note",
];

/// Times other than a weekday that may stand between a message and its
/// participle.
const MESSAGE_TIMES: &[&str] = &[
    "today",
    "yesterday",
    "on",
    "late",
    "early",
    "night",
    "morning",
    "afternoon",
    "evening",
];

/// True when a message the subject issued (`a statement`, `an open
/// letter`: an indefinite object, no sentence's subject) stands right
/// before `cue`, past a day or time and a comma, or an adverb of the cue
/// (`a letter strongly disputing`): the participle is the subject's, not
/// the message's.
fn issued_message_before(view: &View, start: usize, cue: usize) -> bool {
    issued_message(view, start, cue).is_some()
}

/// The first token (`a`, `an`) of the message issued right before `cue`
/// ([`issued_message_before`]).
fn issued_message(view: &View, start: usize, cue: usize) -> Option<usize> {
    let mut noun = cue;
    while noun > start
        && (view.lower_is(noun - 1, MESSAGE_TIMES)
            || view.lower_is(noun - 1, WEEKDAYS)
            || view.word(noun - 1) == ","
            || noun == cue && reads_as_lower_case_adverb(view.word(noun - 1)))
    {
        noun -= 1;
    }
    let noun = noun.checked_sub(1).filter(|&n| n > start)?;
    if !view.lower_is(noun, MESSAGE_NOUNS) {
        return None;
    }
    (noun.saturating_sub(3).max(start)..noun)
        .rev()
        .find(|&i| view.opens_noun_phrase(i))
        .filter(|&i| i > start && view.lower_is(i, &["a", "an"]))
}

/// Who issued the message that opens at `message` (`The town released [a
/// statement] Wednesday saying`: `The town`): the subject of the verb
/// right before it, in the sentence from `start`. None when no verb
/// stands there (`In a statement announcing`: the statement speaks).
fn issuer_of_message(
    view: &View,
    start: usize,
    message: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let verb = message.checked_sub(1).filter(|&v| v > start)?;
    if !view.tokens[verb].is_word()
        || !view.starts_in_lower_case(verb)
        || view.lower_is(verb, PREPOSITIONS)
    {
        return None;
    }
    // `Mr. Manafort helped draft [a report]`, `The dean ... has
    // published [a letter]`: the mention before the verb group.
    let mut end = verb;
    while end > start && verb - end <= ISSUING_VERB_GROUP {
        if let Some(mention) = view
            .mention_at(end - 1)
            .filter(|&(a, b)| b == end && a >= start)
        {
            return Some(mention);
        }
        let word = end - 1;
        if !view.tokens[word].is_word()
            || !view.starts_in_lower_case(word)
            || view.lower_is(word, PREPOSITIONS)
            || view.opens_noun_phrase(word)
        {
            break;
        }
        end = word;
    }
    noun_phrase_before(view, start, verb, quoted)
}

/// Most words of the verb group that issues a message, before its verb
/// (`has`, `helped`, `has already`).
const ISSUING_VERB_GROUP: usize = 2;

/// Adverbs that may stand between a coordinating conjunction and the
/// verb it joins (`but also contended`, `and then said`).
const LINKING_ADVERBS: &WordList = &WordList::new(&["also", "then", "later", "still", "again"]);

/// Conjunctions that open a subordinate clause, whose subject follows.
const SUBORDINATORS: &WordList = &WordList::new(&[
    "because", "if", "when", "as", "since", "so", "whether", "where", "after", "before", "until",
    "unless", "once", "though", "now", "lest",
]);

/// Subordinators that open a condition or a time before a subject (`If
/// you think`); not `as`, whose `, as X said` the attribution patterns
/// read with its noun phrase.
const CONDITION_OPENERS: &WordList =
    &WordList::new(&["if", "because", "when", "while", "unless", "whether"]);

/// Words that open a question before its subject (`Do you think`, `How
/// do you intend`).
const INVERTED_QUESTION_OPENERS: &WordList = &WordList::new(&[
    "do", "does", "did", "can", "could", "will", "would", "should", "is", "are", "was", "were",
    "what", "how", "why", "where",
]);

/// Conjunctions that open a clause of their own after a comma (`CLAUSE,
/// but she denied that ...`): what follows is no postposed attribution.
const CLAUSE_CONJUNCTIONS: &WordList = &WordList::new(&[
    "but", "and", "or", "yet", "though", "although", "while", "whilst", "whereas",
]);

/// The [`CLAUSE_CONJUNCTIONS`] that never join nouns (`and`, `or` do:
/// `a military and diplomatic source`).
const CLAUSE_ONLY_CONJUNCTIONS: &WordList = &WordList::new(&[
    "but", "yet", "though", "although", "while", "whilst", "whereas",
]);

/// `Five judges at the Court Martial Appeal Court in London ruled`,
/// `vendors in the US city of San Diego say`: the noun phrase `(a, b)`
/// before a cue, extended back over the phrases it is the object of to the
/// noun that opens its clause (from `start`); None when the words before
/// `a` are no such chain, or hold no preposition, no mention, or a verb.
fn head_of_attached_phrases(
    view: &View,
    start: usize,
    (a, b): (usize, usize),
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let mut first = a;
    while first >= start + 2 && view.lower_is(first - 1, SUBJECT_PREPOSITIONS) {
        let head = noun_phrase_start(view, start, first - 1, quoted);
        if head == first - 1 {
            return None;
        }
        first = head;
    }
    let attached = (first..b).any(|i| view.lower_is(i, SUBJECT_PREPOSITIONS));
    let holds_mention = (first..b).any(|i| view.mention_at(i).is_some());
    // `Two men have appeared in court`, `The talks in Geneva came`,
    // `Google started notifying`, `a young woman going about`: a verb
    // makes the words a clause, not a noun phrase (a participle before a
    // preposition or a noun modifies: `Research conducted at`, `the
    // unrecognized republic`).
    let holds_verb = (first..b).any(|i| {
        let word = view.word(i);
        view.starts_in_lower_case(i)
            && (view.is_auxiliary(i)
                || view.lower_is(i, IRREGULAR_PAST_VERBS)
                || word.ends_with("ed")
                    && (view.opens_noun_phrase(i + 1) || view.word(i + 1).ends_with("ing"))
                || word.ends_with("ing") && i + 1 == b)
    });
    // `, while vendors in the US city of San Diego say`: the clause may
    // open after a comma or a conjunction.
    let opens_clause = first == start
        || view.word(first - 1) == ","
        || view.lower_is(first - 1, CLAUSE_ONLY_CONJUNCTIONS);
    (opens_clause && attached && holds_mention && !holds_verb).then_some((first, b))
}

/// The words right before a cue back to a determiner, as its unresolved
/// subject when no mention is near (`Connecticut’s tax commissioner says
/// that`).
fn noun_phrase_before(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    // `his claim that`, `the greatest fear that`: the cue is a noun.
    if cue == start || view.opens_noun_phrase(cue - 1) {
        return None;
    }
    // `Police have said`, `Lawmakers have not said`, `the state
    // incorrectly stated`: the subject ends before the auxiliaries and
    // adverbs (not before the noun of `the family said`); `was first
    // reported by` has none.
    // `The ministry on Monday said`: a time between subject and verb.
    let mut end = view.time_phrase_start(start, past_interjection(view, start, cue));
    // `the embassy said citing media reports “Q”`: a verb of saying
    // before the cue ends its subject too.
    if end > start + 1 && view.starts_in_lower_case(end - 1) && view.lower_is(end - 1, SPEECH_VERBS)
    {
        end -= 1;
    }
    while end > start
        && (view.lower_is(end - 1, AUXILIARIES)
            || view.lower_is(end - 1, DEGREE_ADVERBS)
            || reads_as_adverb(view.word(end - 1))
                && !(end >= start + 2 && view.opens_noun_phrase(end - 2)))
    {
        end -= 1;
    }
    if end > start && view.lower_is(end - 1, PASSIVE_AUXILIARIES) {
        return None;
    }
    let mut first = noun_phrase_start(view, start, end, quoted);
    // `Proponents of the move said`, `a teacher from Ohio said`,
    // `Students in the class told`, `Agencies involved in the operation
    // say`: the noun that the preposition attaches to heads the subject
    // of a verb of saying, not the preposition's object (other cues'
    // subjects so found were rarely speakers: `One example of their
    // popularity was that`).
    if first >= start + 2
        && first < end
        && view.lower_is(first - 1, SUBJECT_PREPOSITIONS)
        && view.lower_is(cue, SPEECH_VERBS)
    {
        let head = noun_phrase_start(view, start, first - 1, quoted);
        if head < first - 1 {
            first = head;
        }
    }
    // `the world's most rigid centralised political orders`: cut in a
    // possessive, the words are no noun phrase.
    if view.lower_is(first, POSSESSIVE_CLITICS) {
        return None;
    }
    // `As stated in`, `Lest you assume`, `As you know`: a sentence opened
    // by a subordinator has its subject after that clause (`, as police
    // have said` is read with its `as`).
    if first == start && view.lower_is(first, SUBORDINATORS) {
        return None;
    }
    // `There's no doubt that`, `There have been reports that`: an
    // existential `there` opens no one's words; nor does `let's` (`Let's
    // say you've been looking ...`), which supposes (`Let me say` is
    // the speaker's own report).
    let lets = view.lower_is(first, &["let"]) && view.lower_is(first + 1, &["'s", "’s", "us"]);
    if lets || view.lower_is(first, &["there"]) {
        return None;
    }
    // `one in four said`, `three in 10 saying`: a share of people.
    if first >= start + 2
        && first < end
        && view.lower_is(first - 1, &["in"])
        && reads_as_number(view.word(first - 2))
        && reads_as_number(view.word(first))
    {
        first -= 2;
    }
    // `Residents who fled [the fighting] said`, `The gunman [who attacked
    // soldiers] told`: a relative clause ending at a verb of saying
    // modifies its subject, which starts before it.
    // (Not the cue's own `who`: `a prominent figure who has announced`.)
    if view.lower_is(cue, SPEECH_VERBS) {
        if let Some(who) = relative_clause_opener(view, start, first)
            .filter(|&who| !subject_of_verb_group(view, who, cue))
        {
            first = noun_phrase_start(view, start, who, quoted);
        }
    }
    (first < end && !ends_on_past_verb(view, first, end)).then_some((first, end))
}

/// True when the words `[first, end)` end on a verb in the past, which no
/// noun phrase does: a word in lower case in `-ed` (not a noun in `-eed`,
/// `need`, `greed`) after an auxiliary (`the rupee has sparked
/// [speculation]`), or alone (`expressed [concern]`, `wondered
/// [aloud]`). A participle after a noun may be part of its phrase (`the
/// refugee children interviewed said`, `a statement released said`).
fn ends_on_past_verb(view: &View, first: usize, end: usize) -> bool {
    let last = view.word(end - 1);
    last.len() > 4
        && last.ends_with("ed")
        && !last.ends_with("eed")
        && view.starts_in_lower_case(end - 1)
        && (end - 1 == first || view.lower_is(end - 2, AUXILIARIES))
}

/// True when only the auxiliaries and adverbs of `cue`'s verb group
/// stand between `who` and it (`who has announced`, `who also said`).
fn subject_of_verb_group(view: &View, who: usize, cue: usize) -> bool {
    (who + 1..cue).all(|i| view.is_auxiliary(i) || view.is_verb_group_adverb(i))
}

/// The `who` that opens a relative clause holding the noun phrase
/// starting at `first` (or starting it): within [`RELATIVE_CLAUSE_WORDS`]
/// words before it, after a word, with only words between and no
/// conjunction (`trolls who probably question and heckle`). Not when the
/// noun phrase comes right after it, the relative clause's own subject
/// (`a gunman who witnesses said yelled`, `who she says abused her`).
fn relative_clause_opener(view: &View, start: usize, first: usize) -> Option<usize> {
    let who = (start + 1..=first)
        .rev()
        .take(RELATIVE_CLAUSE_WORDS + 1)
        .take_while(|&i| view.tokens[i].is_word() && !view.lower_is(i, CLAUSE_CONJUNCTIONS))
        .find(|&i| view.lower_is(i, &["who"]))?;
    (view.tokens[who - 1].is_word() && who + 1 != first).then_some(who)
}

/// True when the `as` at `i` opens a clause after words of the sentence
/// (`The deaths came as aid workers said`), not one set off by a comma or
/// opening the sentence (`, as police have said`), which the attribution
/// patterns read with its noun phrase, nor the second of a comparison
/// (`Girls as young as 13 say`).
fn opens_clause_after_words(view: &View, start: usize, i: usize) -> bool {
    let comparison =
        i >= start + 2 && view.lower_is(i - 2, &["as"]) || view.lower_is(i + 2, &["as"]);
    view.lower_is(i, &["as"]) && i > start && view.tokens[i - 1].is_word() && !comparison
}

/// Most tokens of a phrase of time (`on Tuesday night`).
const TIME_PHRASE_TOKENS: usize = 3;

/// Where the words of a noun phrase ending before `end` start, back to
/// its determiner and no further than `start`, a preposition, a clause
/// conjunction or a clause's opener (`If you think`): `end` itself when
/// there are none.
fn noun_phrase_start(view: &View, start: usize, end: usize, quoted: &[bool]) -> usize {
    // `26% say`, `Six in 10 say`: a share in figures is a word here;
    // so is a hyphen inside a word (`the state-run TV said`), but not
    // one that glues `end` to the words before it (`well-known`), nor
    // one where scraping lost a space after a determiner or honorific
    // (`The-AP`, `Prof-Kenny`).
    let word_or_figure = |i: usize| {
        matches!(view.tokens[i].kind, TokenKind::Word | TokenKind::Number)
            || view.word(i) == "%"
            || i + 1 < end
                && view.is_inner_hyphen(i)
                && !view.opens_noun_phrase(i - 1)
                && !is_name_honorific(view.word(i - 1))
    };
    // A hyphenated word (`state-run`) counts once.
    let hyphenated_part =
        |i: usize| view.is_inner_hyphen(i) || i > 0 && view.is_inner_hyphen(i - 1);
    let mut first = end;
    let mut words = 0;
    while first > start
        && words < NOUN_PHRASE_WORDS
        && word_or_figure(first - 1)
        && !quoted[first - 1]
        && !view.lower_is(first - 1, PREPOSITIONS)
        && !view.lower_is(first - 1, CLAUSE_CONJUNCTIONS)
        && !view.lower_is(first - 1, LINKING_ADVERBS)
        && !view.lower_is(first - 1, CONDITION_OPENERS)
        && !view.lower_is(first - 1, INVERTED_QUESTION_OPENERS)
        && !opens_clause_after_words(view, start, first - 1)
    {
        first -= 1;
        words += usize::from(!hyphenated_part(first));
        if view.opens_noun_phrase(first) {
            break;
        }
    }
    // `the rank-and-file unionists`, `would-be criminals`: a hyphen whose
    // first word the phrase could not take stays out of it too.
    if first < end && view.is_inner_hyphen(first) {
        first += 1;
    }
    first
}

/// Where the subject before `cue` may end: before an interjection set off
/// by commas right before the cue (`Cement makers, for instance,
/// argue`, `The makers, however, said`), else at the cue. Not where a
/// name after the cue ends its clause, the speaker of an inverted
/// attribution (`There's always a solution, though, says Munoz, “Q”`).
fn past_interjection(view: &View, start: usize, cue: usize) -> usize {
    if !(cue > start + 2 && view.word(cue - 1) == ",") {
        return cue;
    }
    let inverted = view.mention_at(cue + 1).is_some_and(|(_, past)| {
        past >= view.tokens.len()
            || matches!(view.word(past), "," | ".")
            || view.is_quote_mark(past)
    });
    if inverted {
        return cue;
    }
    let opening = (start..cue - 1)
        .rev()
        .take(INTERJECTION_WORDS + 1)
        .find(|&i| view.word(i) == ",");
    match opening {
        Some(comma)
            if comma > start
                && comma + 1 < cue - 1
                && (comma + 1..cue - 1).all(|i| {
                    view.lower_is(i, INTERJECTIONS) || reads_as_lower_case_adverb(view.word(i))
                }) =>
        {
            comma
        }
        _ => cue,
    }
}

/// Most words of an interjection between a subject and its verb.
const INTERJECTION_WORDS: usize = 4;

/// The words of interjections between a subject and its verb (`for
/// instance`, `however`, `in turn`, `on the other hand`); an adverb in
/// `-ly` is one too (`Critics, predictably, said`).
const INTERJECTIONS: &WordList = &WordList::new(&[
    "for",
    "instance",
    "example",
    "however",
    "though",
    "too",
    "meanwhile",
    "in",
    "turn",
    "fact",
    "of",
    "course",
    "particular",
    "contrast",
    "by",
    "also",
    "moreover",
    "indeed",
    "instead",
    "nonetheless",
    "nevertheless",
    "therefore",
    "then",
    "now",
    "still",
    "on",
    "the",
    "other",
    "hand",
    "at",
    "same",
    "time",
    "meantime",
]);

/// Cue words that report nothing with the words after them: `thanks
/// to`, `added to` (made greater), `found himself` (came to be),
/// `appeared on` (a show), `also a` (no verb at all); on PolNeAR train
/// these made 23 false reports and 1 true one. And a form of `say` that
/// means `show` (`its view of the world says something about the
/// extreme`): both times PolNeAR train and dev have it, no report. Each
/// idiom is its cue words and, in order, what each word after the cue
/// may be.
const IDIOMS_OF_NO_SPEECH: &[(&[&str], &[&[&str]])] = &[
    (&["thanks"], &[&["to"]]),
    (&["add", "adds", "added", "adding"], &[&["to"]]),
    (
        &["find", "finds", "found", "finding"],
        &[&[
            "himself",
            "herself",
            "itself",
            "themselves",
            "myself",
            "ourselves",
            "yourself",
        ]],
    ),
    (&["appear", "appears", "appeared", "appearing"], &[&["on"]]),
    (&["also"], &[&["a", "an", "the"]]),
    (
        &["say", "says", "said", "saying"],
        &[&["something"], &["about"]],
    ),
];

/// True when the cue word at `cue` and the words after it are one of
/// [`IDIOMS_OF_NO_SPEECH`].
fn in_idiom_of_no_speech(view: &View, cue: usize) -> bool {
    IDIOMS_OF_NO_SPEECH.iter().any(|(cues, after)| {
        view.lower_is(cue, *cues)
            && after
                .iter()
                .enumerate()
                .all(|(k, words)| view.lower_is(cue + 1 + k, *words))
    })
}

/// True when the cue at `cue` is the participle `known` of what is known
/// of its subject (`the string of contests known as Super Tuesday`,
/// `Ginsburg is known for speaking her mind`), not of what someone knows
/// (`We've known since at least World War I that`): PolNeAR gives the
/// first no source (55 of its 63 `known` cues on train and dev have
/// none; most of the rest are after `have`).
fn is_known_of_its_subject(view: &View, cue: usize) -> bool {
    view.lower_is(cue, &["known"])
        && !(cue > 0 && view.lower_is(cue - 1, &["have", "has", "had", "'ve", "’ve"]))
}

/// Endings of adjectives, never of a noun that names speakers.
const ADJECTIVE_ENDINGS: &[&str] = &["ous", "ful", "less", "ical"];

/// True when the subject `(a, b)` found for `cue` is one lower-case
/// adjective right before it (`numerous complaints that`, `needless
/// speculation that`, `respectful footage of`): the cue is a noun it
/// modifies, and the report names no speaker. On PolNeAR train and dev
/// such subjects were never a source (5 times).
fn modifies_cue_noun(view: &View, (a, b): (usize, usize), cue: usize) -> bool {
    let word = view.word(a);
    b == a + 1
        && b == cue
        && view.starts_in_lower_case(a)
        && ADJECTIVE_ENDINGS.iter().any(|end| word.ends_with(end))
}

/// True when the cue word at `cue` is the `said` of `Having said that,`
/// (or `this`): a turn of the writer's argument, which reports nothing
/// and whose `Having` is no speaker.
fn concedes_in_passing(view: &View, cue: usize) -> bool {
    cue > 0
        && view.lower_is(cue - 1, &["having"])
        && view.lower_is(cue + 1, &["that", "this"])
        && view.word(cue + 2) == ","
}

/// True when token `cue` is `about` before a quantity (`Clinton has
/// reserved about $9.2 million`, `made up about a quarter of the
/// voters`, `spoke for about 30 minutes`): it rounds a figure and reports
/// nothing. On PolNeAR train, 22 of the 32 reports the word made so were
/// none, the other 10 at most overlapped another's content. So does
/// `about` before an even share or a time of day (`are about evenly
/// divided`, `at about lunchtime`), and `just about` (`in just about
/// every poll`).
fn approximates_a_quantity(view: &View, cue: usize) -> bool {
    let next = cue + 1;
    view.lower_is(cue, &["about"])
        && (cue > 0 && view.lower_is(cue - 1, &["just"])
            || view.lower_is(next, APPROXIMATED_WITHOUT_NUMBER)
            || view
                .tokens
                .get(next)
                .is_some_and(|t| t.kind == TokenKind::Number)
            || matches!(view.word(next), "$" | "€" | "£")
            || reads_as_number(&view.word(next).to_lowercase())
            || view.lower_is(
                next,
                &["half", "dozen", "hundreds", "thousands", "millions"],
            )
            || view.lower_is(next, &["a"])
                && view.lower_is(
                    next + 1,
                    &[
                        "quarter", "third", "fifth", "dozen", "hundred", "thousand", "million",
                        "billion",
                    ],
                ))
}

/// Words that `about` rounds though they are no number: an even share
/// and the times of day.
const APPROXIMATED_WITHOUT_NUMBER: &WordList = &WordList::new(&[
    "evenly",
    "equally",
    "even",
    "halfway",
    "noon",
    "midday",
    "midnight",
    "lunchtime",
    "dawn",
    "dusk",
    "sunrise",
    "sunset",
]);

/// True when `word` is a number, in digits or a word up to ten.
fn reads_as_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
        || is_one_of(
            word,
            &[
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ],
        )
}

/// True when the noun phrase `(a, _)` right before `cue` is the subject
/// of a verb of saying with no mention near: a determiner, a capital or a
/// number opens it (`Demonstrators said they want`, `Police have said`,
/// `The clip says`, `73 percent said`). A verb of naming whose object
/// holds quoted words says them too (`His surrogates called him ''a
/// genius''`), unless the phrase is another verb's object or opens with
/// `a`: then the verb is a participle (`later in his speech called it`,
/// `a tax break called the “domestic production deduction”`).
fn says_as_subject(
    view: &View,
    (clause, cue): (usize, usize),
    (a, _): (usize, usize),
    quoted: &[bool],
) -> bool {
    let names_in_quotes = || {
        view.lower_is(cue, NAMING_VERBS)
            && view.starts_in_lower_case(cue)
            && (cue + 1..cue + 1 + NAMED_OBJECT_WORDS).any(|i| quoted.get(i) == Some(&true))
            && !governed_by_preposition(view, clause, a)
            && !view.lower_is(a, &["a", "an"])
    };
    (view.lower_is(cue, SPEECH_VERBS) || names_in_quotes())
        && (view.opens_noun_phrase(a)
            || view
                .word(a)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
}

/// Tokens between a verb of naming and the quoted words it names, at
/// most (`called him a`, `described the move as`).
const NAMED_OBJECT_WORDS: usize = 4;

/// Adverbs of degree, which stand before an adjective or participle cue
/// and head no subject (`His family is very concerned`).
const DEGREE_ADVERBS: &WordList = &WordList::new(&["very", "too", "quite"]);

/// True when `word` reads as an adverb before a cue (`strongly`,
/// `often`), not a noun in `-ly` (`the family said`).
fn reads_as_adverb(word: &str) -> bool {
    word.ends_with("ly") && !is_one_of(word, NOUNS_IN_LY) || is_one_of(word, ADVERBS_NOT_IN_LY)
}

/// Adverbs that may stand between a subject and its verb and do not end
/// in `-ly` (`Greece, the loudest voice against austerity, meanwhile
/// insisted`: `meanwhile` had read as the speaker).
const ADVERBS_NOT_IN_LY: &[&str] = &[
    "even",
    "often",
    "also",
    "meanwhile",
    "however",
    "nonetheless",
    "nevertheless",
    "therefore",
    "thus",
];

/// Lower-case nouns after a name before its verb, at most (`the UN
/// secretary general says`).
const NOUNS_BEFORE_CUE: usize = 2;

/// Words without `-ly` that stand between a subject and its verb and are
/// no nouns (`Merkel herself said`, `Democrats there argue`, `China
/// first reported`), and verbs in the past that the tests of form miss
/// (`the Trump administration withdrew guidelines issued`).
const NO_NOUNS_BEFORE_VERB: &WordList = &WordList::new(&[
    "then",
    "now",
    "still",
    "first",
    "once",
    "just",
    "never",
    "again",
    "already",
    "soon",
    "there",
    "further",
    "always",
    "seldom",
    "too",
    "yet",
    "alone",
    "instead",
    "ever",
    "only",
    "not",
    "so",
    "all",
    "both",
    "each",
    "himself",
    "herself",
    "itself",
    "themselves",
    "ourselves",
    "myself",
    "who",
    "which",
    "that",
    "am",
    "as",
    "last",
    "thereafter",
    "maybe",
    "perhaps",
    "withdrew",
    "read",
    "likewise",
]);

/// True when `word` ends in the `-s` of a plural noun or of a verb's
/// third person (`judges`, `says`), not in `-ss` (`press`).
fn ends_in_plural_s(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// Nouns that end in `-ly` as adverbs do, and may stand right before a
/// verb as its subject's head (`attorneys for the family said`, `the
/// assembly voted`).
const NOUNS_IN_LY: &[&str] = &[
    "family", "ally", "assembly", "monopoly", "anomaly", "weekly", "daily", "monthly",
];

/// True when `word` reads as an adverb and is in lower case: inside a
/// verb group, not a name (`Kelly`) nor a sentence's first word.
fn reads_as_lower_case_adverb(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase) && reads_as_adverb(word)
}

/// Token `i`, or the one after it when `i` is an adverb in lower case
/// (`, who [frequently] criticizes`): where a verb after it would stand.
fn past_lower_case_adverb(view: &View, i: usize) -> usize {
    i + usize::from(reads_as_lower_case_adverb(view.word(i)))
}

/// Auxiliaries and adverbs that may stand between a subject and its cue.
const AUXILIARIES: &WordList = &WordList::new(&[
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "n’t",
    "never",
    "already",
    "previously",
    "repeatedly",
    "first",
    "now",
]);

/// Words that make an `it` before them impersonal (`it was unclear
/// whether`, `it's worth noting`, `it appeared that`, `it goes without
/// saying`), after any auxiliaries and copulas.
const IMPERSONAL_PREDICATES: &[&str] = &[
    "unclear",
    "clear",
    "worth",
    "evident",
    "obvious",
    "apparent",
    "possible",
    "likely",
    "unlikely",
    "necessary",
    "important",
    "true",
    "certain",
    "uncertain",
    "seems",
    "seemed",
    "appears",
    "appeared",
    "goes",
    "interesting",
    "fair",
    "safe",
    "hard",
    "difficult",
    "notable",
    "noteworthy",
    "striking",
    "ironic",
];

/// Words of degree that may stand between an impersonal `it`'s copula and
/// its predicate (`it is pretty clear that`, `it's not clear`).
const DEGREE_WORDS: &[&str] = &["pretty", "very", "quite", "not", "now", "so", "too", "all"];

/// True when the speaker `(a, b)` is an impersonal `it`: the subject of
/// the writer's framing, not of anyone's words.
fn is_impersonal_it(view: &View, (a, b): (usize, usize)) -> bool {
    if b != a + 1 || !view.lower_is(a, &["it"]) {
        return false;
    }
    let copulas_and_degree = |i: &usize| {
        view.is_auxiliary(*i)
            || view.lower_is(*i, &["'s", "’s", "remains", "remained"])
            || view.lower_is(*i, LINKING_VERBS)
            || view.lower_is(*i, DEGREE_WORDS)
            || reads_as_lower_case_adverb(view.word(*i))
    };
    (b..view.tokens.len())
        .find(|i| view.lower_is(*i, IMPERSONAL_PREDICATES) || !copulas_and_degree(i))
        .is_some_and(|i| view.lower_is(i, IMPERSONAL_PREDICATES))
}

/// Verbs that link `it` to a judgement as a copula does (`it quickly
/// became clear that`, `it seems unlikely that`).
const LINKING_VERBS: &WordList = &WordList::new(&[
    "become", "becomes", "became", "seem", "seems", "seemed", "appear", "appears", "appeared",
]);

/// Leaves `quote` with no speaker, for `reason`.
fn unattribute(quote: &mut Quote, reason: &str) {
    quote.speaker = None;
    quote.speaker_name = None;
    quote.speaker_cluster = None;
    quote.unattributed = Some(reason.to_string());
}

/// Gives `quote` the speaker of `from`: its mention, name and cluster.
fn take_speaker_of(quote: &mut Quote, from: &Quote) {
    quote.speaker = from.speaker;
    quote.speaker_name.clone_from(&from.speaker_name);
    quote.speaker_cluster = from.speaker_cluster;
}

/// For a cue that is a passive participle (`Harward was told that ...`,
/// `Sanders was asked by host John Dickerson whether ...`): the speaker
/// its `by` names, if any. `None` when the cue is not passive, or is a
/// participle that reads as the subject's own state (`are concerned
/// that`) or words (`was quoted as saying`). On PolNeAR train, out of
/// fold, the subject of a passive cue was the annotated source of 12 of
/// the 265 reports taken with one.
fn passive_agent(view: &View, start: usize, cue: usize) -> Option<Option<(usize, usize)>> {
    let word = view.word(cue);
    let participle = word.len() > 2
        && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ed")
        || is_one_of(word, IRREGULAR_PARTICIPLES);
    if !participle || is_one_of(word, STATE_PARTICIPLES) {
        return None;
    }
    // `has been widely criticized`, `were first reported`: an adverb may
    // stand between.
    let auxiliary = (start..cue)
        .rev()
        .take(2)
        .find(|&i| !reads_as_adverb(view.word(i)) && !view.lower_is(i, CUE_ADVERBS))?;
    // Not `IS said`, the group's acronym.
    if !view.lower_is(auxiliary, PASSIVE_AUXILIARIES) || !view.starts_in_lower_case(auxiliary) {
        return None;
    }
    let by = (cue + 1..view.tokens.len())
        .take(3)
        .find(|&i| view.lower_is(i, &["by"]));
    Some(by.and_then(|by| agent_after(view, by)))
}

/// The mention after `by` right after the participle `cue` (`described
/// by a friend`), as [`agent_after`] finds it.
fn agent_after_by(view: &View, cue: usize) -> Option<(usize, usize)> {
    let by = cue + 1;
    view.lower_is(by, &["by"])
        .then(|| agent_after(view, by))
        .flatten()
}

/// The agent of a passive: the first mention among the few words after
/// the `by` at token `by` (`was asked by host John Dickerson`).
fn agent_after(view: &View, by: usize) -> Option<(usize, usize)> {
    (by + 1..view.tokens.len())
        .take(AGENT_SEARCH_WORDS)
        .take_while(|&i| view.tokens[i].is_word())
        .find_map(|i| view.mention_at(i))
}

/// Words after `by` searched for the agent of a passive, at most.
const AGENT_SEARCH_WORDS: usize = 4;

/// Past participles of cue verbs that do not end in `-ed`.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "told", "shown", "seen", "known", "thought", "said", "given", "written", "heard", "taken",
];

/// Participles that, after a form of `be`, tell the subject's own state
/// or words: the subject is the source.
const STATE_PARTICIPLES: &[&str] = &[
    "concerned",
    "worried",
    "convinced",
    "pleased",
    "disappointed",
    "surprised",
    "frustrated",
    "excited",
    "encouraged",
    "alarmed",
    "satisfied",
    "determined",
    "committed",
    "opposed",
    "inclined",
    "prepared",
    "interested",
    "troubled",
    "dismayed",
    "shocked",
    "thrilled",
    "delighted",
    "relieved",
    "confused",
    "skeptical",
    "angered",
    "upset",
    "offended",
    "outraged",
    "irritated",
    "annoyed",
    "infuriated",
    "incensed",
    "embarrassed",
    "impressed",
    "disturbed",
    "saddened",
    "stunned",
    "puzzled",
    "quoted",
];

/// Auxiliaries that make the cue after them passive (`was reported by`):
/// the noun phrase before them is no speaker.
const PASSIVE_AUXILIARIES: &WordList =
    &WordList::new(&["was", "were", "is", "are", "be", "been", "being"]);

/// Judgements an impersonal `it` stands before, whose subject is the
/// clause after `to` (`It is impossible to say`, `it's time to`).
const EXTRAPOSED_JUDGEMENTS: &WordList = &WordList::new(&[
    "impossible",
    "possible",
    "easy",
    "easier",
    "hard",
    "harder",
    "difficult",
    "early",
    "fair",
    "safe",
    "important",
    "vital",
    "necessary",
    "foolish",
    "reasonable",
    "unreasonable",
    "dangerous",
    "wrong",
    "tempting",
    "enough",
    "time",
    "surprising",
    "exciting",
    "interesting",
    "clear",
]);

/// Words of a subject noun phrase taken before a cue, at most.
const NOUN_PHRASE_WORDS: usize = 5;

/// Tokens before a cue searched for its subject, besides those of party
/// labels.
const SUBJECT_REACH: usize = 8;

/// Tokens of the party labels (`(D-VT)`, `(R-Texas)`) among the
/// [`SUBJECT_REACH`] tokens before `cue` (in the sentence from `start`),
/// which the subject search passes over without counting them: `Sen.
/// Bernie Sanders (D-VT) took to Facebook live to respond`.
fn party_label_tokens(view: &View, start: usize, cue: usize) -> usize {
    let window = cue.saturating_sub(SUBJECT_REACH).max(start)..cue;
    window
        .filter(|&i| view.word(i) == ")")
        .filter_map(|close| {
            let open = (close.saturating_sub(PARTY_LABEL_TOKENS).max(start)..close)
                .rev()
                .find(|&i| view.word(i) == "(")?;
            (open + 1..close)
                .any(|i| view.word(i).contains('-'))
                .then_some(close + 1 - open)
        })
        .sum()
}

/// Tokens of a party label, brackets included, at most (`( R - Texas )`).
const PARTY_LABEL_TOKENS: usize = 6;

/// True when a preposition stands right before the mention starting at
/// `a` (its sentence starting at `start`), which makes it no subject; or
/// before the place whose state or country it names (`in Alexandria,
/// Virginia`); or a preposition of place and `the` before it, which the
/// entity leaves out (`The Russian embassy in the UK said`).
fn governed_by_preposition(view: &View, start: usize, a: usize) -> bool {
    let a = city_of_state(view, start, a).unwrap_or(a);
    a > start && view.lower_is(a - 1, PREPOSITIONS)
        || a > start + 1
            && view.lower_is(a - 1, &["the"])
            && view.lower_is(a - 2, PLACE_PREPOSITIONS)
}

/// Where the place starts whose state or country the place at `a` names
/// after a comma (`Alexandria, [Virginia]`), within the clause from
/// `start`.
fn city_of_state(view: &View, start: usize, a: usize) -> Option<usize> {
    let place_at = |i: usize| {
        view.entity_at(i)
            .filter(|&(_, _, kind)| kind == EntityKind::Location)
    };
    let (state, _, _) = place_at(a).filter(|&(state, _, _)| state == a)?;
    let comma = state
        .checked_sub(1)
        .filter(|&c| c > start && view.word(c) == ",")?;
    let (city, end, _) = place_at(comma - 1)?;
    (end == comma && city >= start).then_some(city)
}

/// True when the mention starting at `a` is the object of a preposition,
/// right after it or after a determiner (`In a strange scene at the White
/// House on Friday, Trump boasted ..., asking him`: the entity leaves
/// `the` out). Not for the subject right before a cue, where the object
/// of `by` names the source (`results released by the Ministry show`).
fn object_of_preposition(view: &View, start: usize, a: usize) -> bool {
    word_governing(view, start, a).is_some_and(|w| view.lower_is(w, PREPOSITIONS))
}

/// The word that governs the mention starting at `a`, in its clause from
/// `start`: the one before it, or before its determiner (`representing
/// [the] family`, `in [the] White House`), or before its possessor (`at
/// [Nashville's] Municipal Auditorium`); none before `start`.
fn word_governing(view: &View, start: usize, a: usize) -> Option<usize> {
    let a = match a.checked_sub(1) {
        Some(clitic) if view.lower_is(clitic, POSSESSIVE_CLITICS) => {
            view.possessor_start(a).unwrap_or(a)
        }
        _ => a,
    };
    let before = a.checked_sub(1).filter(|&w| w >= start)?;
    Some(if before > start && view.lower_is(before, DETERMINERS) {
        before - 1
    } else {
        before
    })
}

/// The forms of `tell`, the first four of the [`ADDRESSEE_VERBS`].
const TELL_VERBS: &[&str] = ADDRESSEE_VERBS.split_at(4).0;

/// Cues whose object is the person spoken to (`told Putin that ...`).
const ADDRESSEE_VERBS: &[&str] = &[
    "told",
    "tells",
    "tell",
    "telling",
    "warned",
    "warning",
    "assured",
    "assuring",
    "assure",
    "assures",
    "reminded",
    "reminding",
    "remind",
    "reminds",
    "informed",
    "informing",
    "inform",
    "informs",
];

/// Prepositions that open a circumstance (time, place, manner), not
/// something said.
const CIRCUMSTANCE_WORDS: &[&str] = &[
    "during",
    "in",
    "on",
    "at",
    "after",
    "before",
    "with",
    "by",
    "over",
    "while",
    "when",
    "alongside",
    "beside",
    "ahead",
    "following",
    "throughout",
    "outside",
    "inside",
    "without",
];

/// True when token `i` goes on a name the tagger split: a capitalised
/// word (`CBS This Morning`), or a number between capitalised words or
/// before a possessive (`Channel 4 News`, `BBC Radio 4's`).
fn continues_name(view: &View, i: usize) -> bool {
    view.starts_in_upper_case(i)
        || view.tokens[i].kind == TokenKind::Number
            && i > 0
            && view.starts_in_upper_case(i - 1)
            && (view.starts_in_upper_case(i + 1) || view.lower_is(i + 1, POSSESSIVE_CLITICS))
}

/// True when token `i` is a possessive clitic, or a number glued to one
/// (`BBC Radio 4's`).
fn is_possessive(view: &View, i: usize) -> bool {
    let word = view.word(i);
    view.lower_is(i, POSSESSIVE_CLITICS)
        || word.starts_with(|c: char| c.is_ascii_digit())
            && (word.ends_with("'s") || word.ends_with("’s"))
}

/// Most tokens of a quoted title of a programme.
const TITLE_TOKENS: usize = 8;

/// Nouns of a medium after its name (`Reuters news agency`, `the
/// Guardian newspaper`, `Channel 4 television`).
const MEDIUM_NAME_NOUNS: &[&str] = &[
    "news",
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "television",
    "radio",
    "channel",
    "broadcaster",
    "website",
];

/// True when token `i`, past the token after `cue`, is one of
/// [`MEDIUM_NAME_NOUNS`] after a name, no other name after it.
fn names_medium_after_name(view: &View, cue: usize, i: usize) -> bool {
    i > cue + 1 && view.lower_is(i, MEDIUM_NAME_NOUNS) && !continues_name(view, i + 1)
}

/// Nouns that end the name of a programme after a possessive (`NBC's
/// Today show`, `BBC Radio 4's Today programme`).
const PROGRAMME_NOUNS: &[&str] = &["show", "programme", "program", "podcast"];

/// Where the name that the possessive clitic at `clitic` leads to ends,
/// before `last`: past its capitalised words, quoted title and numbers
/// and a closing noun of a programme or of those a speaker usually tells
/// (`’s “Good Morning America”`, `'s Rachel Maddow`, `'s Today
/// programme`, `'s journalists`).
fn past_possessed_name(view: &View, clitic: usize, last: usize) -> usize {
    let mut end = clitic + 1;
    while end < last {
        if view.tokens[end].flags.quote == QuoteMark::Opening {
            // `'s "Meet the Press" Sunday`: a quoted title whole.
            match (end + 1..last.min(end + 1 + TITLE_TOKENS))
                .find(|&i| view.tokens[i].flags.quote == QuoteMark::Closing)
            {
                Some(close) => end = close + 1,
                None => break,
            }
        } else if continues_name(view, end) {
            end += 1;
        } else {
            break;
        }
    }
    // `'s Today programme`; `the newspaper's journalists`: those told.
    if end < last && (view.lower_is(end, PROGRAMME_NOUNS) || view.lower_is(end, ADDRESSEE_NOUNS)) {
        end + 1
    } else {
        end
    }
}

/// True when token `i` can open a clause's subject: a subject pronoun,
/// `there`, a determiner, a quantifier, a number or a capitalised word
/// (not a verb, as after the `that` of a relative clause).
fn opens_clause(view: &View, i: usize) -> bool {
    view.lower_is(i, SPEAKER_PRONOUNS)
        || view.lower_is(i, &["there", "you"])
        || view.lower_is(i, DETERMINERS)
        || view.lower_is(i, QUANTIFIERS)
        || view
            .word(i)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Auxiliaries and forms of `be` that make a clause of the few words
/// before them.
const FINITE_AUXILIARIES: &WordList = &WordList::new(&[
    "will", "would", "could", "can", "may", "might", "should", "must", "has", "have", "had", "is",
    "are", "was", "were", "does", "did",
]);

/// Tokens of a subject before its auxiliary, at most, in a clause with
/// no `that`.
const BARE_CLAUSE_SUBJECT_TOKENS: usize = 5;

/// True when a clause with no `that` opens at token `content` (before
/// `last`): a noun phrase of a few words, then an auxiliary (`found
/// Trump would raise taxes`, `said the courts have no business`); not
/// across punctuation, a conjunction, a relative word or a second subject
/// (`praised the work he has done`, `confirm their address and have
/// not`), nor after a comma (`When the diagnosis was
/// confirmed, Clinton did not want`: a clause of the writer's).
fn opens_bare_clause(view: &View, content: usize, last: usize) -> bool {
    if content == 0 || view.word(content - 1) == "," || !opens_clause(view, content) {
        return false;
    }
    let reach = last.min(content + 1 + BARE_CLAUSE_SUBJECT_TOKENS);
    (content + 1..reach)
        .find(|&i| {
            !view.tokens[i].is_word()
                || view.lower_is(i, FINITE_AUXILIARIES)
                || view.lower_is(i, RELATIVE_OPENERS)
                || view.lower_is(i, SPEAKER_PRONOUNS)
                || view.lower_is(i, CLAUSE_CONJUNCTIONS)
        })
        .is_some_and(|i| view.lower_is(i, FINITE_AUXILIARIES))
}

/// `While many social conservatives have expressed discomfort, many said
/// Monday that ...`: a quantifier standing alone right before the verb
/// group of `cue`, after a comma or at the start of its sentence, is the
/// subject of a finite cue the rules trust (not a mention earlier in the
/// clause from `start`; not `many dwelling houses`, `that most impressed`).
fn lone_quantifier_subject(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    let quantifier = verb_group_start(view, start, cue).checked_sub(1)?;
    let finite_cue = view.is_cue(cue) && !view.word(cue).ends_with("ing");
    (quantifier >= start && finite_cue && stands_alone_as_quantifier(view, quantifier))
        .then_some((quantifier, quantifier + 1))
}

/// True when the word at `i` is one of the [`LONE_QUANTIFIERS`] after a
/// comma or at the start of its sentence.
fn stands_alone_as_quantifier(view: &View, i: usize) -> bool {
    let sentence_start = view.sentences[view.sentence_of[i]].0;
    let after_comma = i > sentence_start && view.word(i - 1) == ",";
    (after_comma || i == sentence_start) && view.lower_is(i, LONE_QUANTIFIERS)
}

/// Quantifiers that stand for people on their own (`many said`, `others
/// argue`).
const LONE_QUANTIFIERS: &[&str] = &["many", "most", "some", "several", "others", "few", "both"];

/// Words that open a noun phrase by its quantity (`few people`, `most
/// voters`).
const QUANTIFIERS: &WordList = &WordList::new(&[
    "few", "many", "most", "some", "no", "all", "both", "each", "every", "several", "more", "any",
]);

/// Prepositions and particles that belong to the cue before them
/// (`talked about`, `called for`, `spoke of`, `commented on`, `warned
/// against`). On PolNeAR train, a content the rules began at one of these
/// words right after its cue begins after it in gold 547 times, at it 45
/// times (`to`, `at`, `in` and `by` begin the content as often or more,
/// and are left).
const CUE_PARTICLES: &[&str] = &[
    "about", "for", "of", "on", "with", "out", "against", "over", "off", "up",
];

/// True when the content at `content`, right after `cue`, opens with the
/// cue's particle (`talked about the economy`, `called for a ban`,
/// `referring to the tax plan`): what follows it is reported; not before
/// a quote mark (a report opening with one is left to the partial
/// quote).
fn opens_with_cue_particle(view: &View, cue: usize, content: usize) -> bool {
    // `to` before a determiner opens a noun phrase (`paid tribute to the
    // 49 people`), not an infinitive: of the PolNeAR train contents the
    // rules began there, gold began 9 after `to` and 1 at it.
    // (After a verb of saying, it names the one told: `claimed to the
    // Washington Post`.)
    let to_noun_phrase = view.lower_is(content, &["to"])
        && (view.lower_is(cue, TO_PARTICLE_CUES)
            || view.lower_is(content + 1, DETERMINERS) && !says_to_someone(view, cue));
    (view.lower_is(content, CUE_PARTICLES) || to_noun_phrase)
        && !view.is_quote_mark(content + 1)
        && !view.glued_to_previous(content + 1)
}

/// The token ranges of a report's cue and of its content, when the
/// content is one piece that opens right after the cue: where the
/// report's start may move past words of the cue's own.
fn content_right_after_cue(
    view: &View,
    report: &Quote,
) -> Option<((usize, usize), (usize, usize))> {
    let cue = view.token_range(report.cue?);
    let content = view.token_range(report.content);
    (report.fragments.is_empty() && content.0 == cue.1).then_some((cue, content))
}

/// A report the scorer took, which it judged with its content opening at
/// the cue's particle (`asked about the economy`), opens past it, as the
/// rules' own reports do.
fn start_past_cue_particle(view: &View, report: &mut Quote) {
    let Some(((_, cue_end), (content, content_end))) = content_right_after_cue(view, report) else {
        return;
    };
    // (`signed up on the exchanges`: not before a preposition; `asked
    // about it`: nor before a pronoun alone.)
    let lone_pronoun = content + 2 == content_end
        && (view.lower_is(content + 1, OBJECT_PRONOUNS)
            || view.lower_is(content + 1, &["it", "this", "that"]));
    if content + 1 < content_end
        && opens_with_cue_particle(view, cue_end - 1, content)
        && !view.lower_is(content + 1, PREPOSITIONS)
        && !lone_pronoun
    {
        report.content = view.span(content + 1, content_end);
    }
}

/// Verbs of going on, trying and seeming, which say nothing of their
/// own: after one, the verb of its infinitive is the cue (`continued to
/// portray [immigrants as violent criminals]`, `tried to defend [his
/// remarks]`, `seemed to mock [his vague tough talk]`), as PolNeAR's cue
/// spans hold it. Of the PolNeAR train reports the rules opened at `to`
/// after one of these, gold opened past the infinitive's verb 18 times
/// and at `to` once.
const GOING_ON_VERBS: &WordList = &WordList::new(&[
    "continue",
    "continues",
    "continued",
    "continuing",
    "try",
    "tries",
    "tried",
    "trying",
    "seem",
    "seems",
    "seemed",
]);

/// A report whose cue is one of the [`GOING_ON_VERBS`] and whose content
/// opens with its infinitive (`continued to question [Cruz's
/// temperament]`) opens past the infinitive's verb and that verb's
/// particle (`continued to push for [a single-payer system]`), and its
/// cue reaches over them. Not past `be` or `have` (`seem to be
/// attracting`), nor an adverb (`continued to awkwardly veer`).
fn start_past_going_on_infinitive(view: &View, report: &mut Quote) {
    let Some(((cue_start, cue_end), (content, content_end))) =
        content_right_after_cue(view, report)
    else {
        return;
    };
    let verb = content + 1;
    let plain_verb = verb < content_end
        && view.tokens[verb].is_word()
        && view.word(verb).chars().all(|c| c.is_ascii_lowercase())
        && !view.word(verb).ends_with("ly")
        && !view.lower_is(verb, &["be", "have"]);
    if !view.lower_is(cue_end - 1, GOING_ON_VERBS)
        || !view.lower_is(content, &["to"])
        || !plain_verb
    {
        return;
    }
    let object = if opens_with_cue_particle(view, verb, verb + 1) {
        verb + 2
    } else {
        verb + 1
    };
    if object < content_end {
        report.content = view.span(object, content_end);
        report.cue = Some(view.span(cue_start, object));
    }
}

/// Cues whose `to` is their particle, what follows it a noun phrase
/// (`referring to the tax plan`, `pointed to the polls`, `responded to
/// the attack`), not an infinitive. Of the PolNeAR train contents the
/// rules began at `to` after one of these, gold began 82 after it and 5
/// at it.
const TO_PARTICLE_CUES: &WordList = &WordList::new(&[
    "refer",
    "refers",
    "referred",
    "referring",
    "point",
    "points",
    "pointed",
    "pointing",
    "respond",
    "responds",
    "responded",
    "responding",
    "react",
    "reacts",
    "reacted",
    "reacting",
    "opposition",
]);

/// Nouns of a moment after `at the`, `at that` (`said at that stage
/// the party had been alerted`).
const MOMENT_NOUNS: &[&str] = &["time", "stage", "point", "moment"];

/// True when token `i` opens a circumstance of when, where or how words
/// were said (`in a letter`, `Friday`, `late Friday`, `last week`,
/// `earlier`).
fn opens_circumstance(view: &View, i: usize) -> bool {
    view.lower_is(i, CIRCUMSTANCE_WORDS)
        || view.past_day(i) > i
        || view.lower_is(i, TIME_WORDS)
        || view.lower_is(i, &["last", "this", "next"]) && view.lower_is(i + 1, TIME_SPANS)
}

/// Where the clause starts after the phrase of time `[from, past)`, when
/// there is one and a clause opens right after it, before `last`.
fn clause_after_time(view: &View, (from, past): (usize, usize), last: usize) -> Option<usize> {
    (past > from && past < last && view.tokens[past].is_word() && opens_clause(view, past))
        .then_some(past)
}

/// The clause after the circumstance that opens at `from` (before
/// `last`): right after its phrase of time (`this weekend he would`), else
/// at the first `that` within its reach (`on Monday in Ohio that`).
fn clause_past_circumstance(view: &View, from: usize, last: usize) -> Option<usize> {
    clause_after_time(view, (from, view.past_time_phrase(from)), last)
        .or_else(|| that_within(view, from, last))
}

/// Words that open a circumstance of time or means right after a cue
/// (`said yesterday that`, `said via email that`), besides the weekdays.
const TIME_WORDS: &[&str] = &["today", "yesterday", "tonight", "earlier", "later", "via"];

/// Tokens of a circumstance between an addressee and the `that` of what
/// was said, at most.
const CIRCUMSTANCE_TOKENS: usize = 8;

/// The tokens from `from` (before `last`) that a circumstance may span
/// before the `that` of what was said.
fn circumstance_reach(from: usize, last: usize) -> std::ops::Range<usize> {
    from..last.min(from + CIRCUMSTANCE_TOKENS)
}

/// `told a crowded banquet hall at a hotel in downtown Baltimore that`,
/// `told a gathering in Kirkcaldy, Fife, that`: after a verb of telling,
/// the `that` of what was told past a long audience and its place,
/// within [`AUDIENCE_TOKENS`] of `from`, commas of a place name
/// included; not past a quote mark, another cue or a conjunction after a
/// comma (`telling the truth, or covering up the facts in the hope
/// that`).
fn that_past_long_audience(view: &View, (cue, from): (usize, usize), last: usize) -> Option<usize> {
    if !view.lower_is(cue, TELL_VERBS) {
        return None;
    }
    (from..last.min(from + AUDIENCE_TOKENS))
        .take_while(|&i| {
            (view.tokens[i].is_word() || view.word(i) == ",")
                && !view.is_quote_mark(i)
                && !(i > from && view.is_cue_verb(i))
                && !(view.word(i - 1) == "," && view.lower_is(i, CLAUSE_CONJUNCTIONS))
        })
        .find(|&i| view.lower_is(i, &["that"]) && opens_clause(view, i + 1))
}

/// Tokens of an audience and its place after a verb of telling, at most.
const AUDIENCE_TOKENS: usize = 16;

/// True when the mention of an addressee opened by `the` names what the
/// lower-case word at `after` heads (`told the Fine Gael parliamentary
/// party he would`, `told the Senate intelligence committee that`): the
/// addressee goes on past the mention, and the clause is still to come.
fn modifies_addressee_noun(view: &View, (cue, last): (usize, usize), after: usize) -> bool {
    after < last
        && (view.lower_is(cue + 1, &["the"]) || view.lower_is(after, OUTLET_NOUNS))
        && view.tokens[after].is_word()
        && view.starts_in_lower_case(after)
        && !view.lower_is(after, SPEAKER_PRONOUNS)
        && !view.lower_is(after, INDEFINITE_PRONOUNS)
        && !view.lower_is(after, &["that", "to"])
}

/// Nouns for an outlet that its name may modify without `the` (`told AFP
/// news agency that`, `told Kommersant daily`).
const OUTLET_NOUNS: &WordList = &WordList::new(&[
    "news",
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "broadcaster",
    "television",
    "radio",
    "channel",
    "network",
    "website",
]);

/// Nouns for the people a speaker usually tells (`told reporters`,
/// `told the audience`), which no mention covers.
const ADDRESSEE_NOUNS: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "legislators",
    "senators",
    "supporters",
    "voters",
    "students",
    "investors",
    "delegates",
    "colleagues",
    "listeners",
    "viewers",
    "readers",
    "residents",
    "audience",
    "crowd",
    "crowds",
    "parliament",
    "mps",
];

/// Pronouns that stand for what was said (`wouldn't tell the I.R.S.
/// anything it doesn't already know`).
const INDEFINITE_PRONOUNS: &[&str] = &["anything", "something", "nothing", "everything"];

/// The first `that` within a circumstance's reach from `from`, before
/// a verb of saying after a comma (`whose comments were released on Mar
/// 13, added that ...`: the `that` is `added`'s) or a clause of the
/// writer's (`agreed without hesitation, although she now admits that`),
/// that may open a clause.
fn that_within(view: &View, from: usize, last: usize) -> Option<usize> {
    circumstance_reach(from, last)
        .take_while(|&i| {
            !(view.word(i - 1) == ","
                && (view.lower_is(i, SPEECH_VERBS) || view.lower_is(i, CLAUSE_CONJUNCTIONS)))
        })
        .find(|&i| opens_that_clause(view, i))
}

/// True when `to` after `cue` names the one told (`reported to the
/// president that`, `hinted to the ambassador that`): a verb of saying
/// or of hinting, promising or confirming.
fn says_to_someone(view: &View, cue: usize) -> bool {
    view.lower_is(cue, SPEECH_VERBS) || view.lower_is(cue, SAYING_TO_VERBS)
}

/// Verbs beyond [`SPEECH_VERBS`] whose `to` names the one told.
const SAYING_TO_VERBS: &WordList = &WordList::new(&[
    "confirmed",
    "confirm",
    "confirms",
    "hinted",
    "promised",
    "suggesting",
    "mentioned",
    "complained",
    "indicated",
    "signaled",
    "signalled",
    "stressed",
    "emphasized",
    "conveyed",
    "explain",
    "explains",
    "explaining",
]);

/// Adverbs not in `-ly` that may follow a cue before its `that`, beyond
/// those [`reads_as_adverb`] knows.
const CUE_ADVERBS: &WordList = &WordList::new(&[
    "instead",
    "again",
    "later",
    "too",
    "then",
    "still",
    "already",
    "twice",
    "first",
    "last",
    "afterward",
    "afterwards",
]);

/// The `that` opening a clause after the one told from `from` (`to [the
/// Russian president] that`): within [`ADDRESSEE_WORDS`] words, none of
/// them a verb.
fn that_after_addressee(view: &View, from: usize, last: usize) -> Option<usize> {
    (from + 1..last.min(from + 1 + ADDRESSEE_WORDS))
        .take_while(|&i| view.tokens[i - 1].is_word() && !reads_as_verb(view, i - 1))
        .find(|&i| opens_that_clause(view, i))
}

/// `said at a news briefing in Beijing on Jan 17 that China hopes`,
/// `said in an interview with The Associated Press last week that she`:
/// the `that` of a verb of speech past a circumstance longer than
/// [`CIRCUMSTANCE_TOKENS`], within [`LONG_CIRCUMSTANCE_TOKENS`] of
/// `from`, when a clause opens after it, no comma stands before it
/// (`complaints by the secretary, Jacob J. Lew, that`) and no cue before
/// it, whose `that` it would be (`argued in favor of DeVos, saying that`),
/// nor a finite verb (`The order announced Tuesday is likely to spark
/// accusations that`).
fn that_past_long_circumstance(view: &View, cue: usize, from: usize, last: usize) -> Option<usize> {
    if !view.lower_is(cue, SPEECH_VERBS) {
        return None;
    }
    (from + CIRCUMSTANCE_TOKENS..last.min(from + LONG_CIRCUMSTANCE_TOKENS))
        .take_while(|&i| !view.is_quote_mark(i))
        .find(|&i| view.lower_is(i, &["that"]) && opens_clause(view, i + 1))
        .filter(|&that| {
            view.word(that - 1) != ","
                && !(from..that).any(|i| view.is_cue(i) || view.lower_is(i, FINITE_AUXILIARIES))
        })
}

/// Tokens of the longest circumstance between a verb of speech and the
/// `that` of what was said.
const LONG_CIRCUMSTANCE_TOKENS: usize = 14;

/// `said on the club's Twitter feed it was ...`, `said in a statement it
/// is reviewing`: the clause that a subject pronoun opens after a
/// circumstance of place or means (`in`, `on`, `at`, `during`, `via` at
/// `from`), within its reach, before `last`, when a word in lower case
/// follows the pronoun, a name or one of [`MEDIUM_NOUNS`] precedes it,
/// and no comma, quote, subordinator or relative word comes before it.
fn pronoun_clause_within(view: &View, from: usize, last: usize) -> Option<usize> {
    if !view.lower_is(from, &["in", "on", "at", "during", "via"])
        && !view.lower_is(from, POSSESSIVE_CLITICS)
    {
        return None;
    }
    circumstance_reach(from + 1, last)
        .take_while(|&i| {
            (view.tokens[i].is_word() || view.lower_is(i, POSSESSIVE_CLITICS))
                && !view.lower_is(i, SUBORDINATORS)
                && !view.lower_is(i, RELATIVE_OPENERS)
                && !view.lower_is(i, REPORTED_CLAUSE_OPENERS)
                && !view.lower_is(i, &["while"])
        })
        .find(|&i| {
            // Not `I`, as in `World War I`.
            view.lower_is(i, SPEAKER_PRONOUNS)
                && !view.lower_is(i, &["i"])
                && (view.lower_is(i - 1, MEDIUM_NOUNS) || !view.starts_in_lower_case(i - 1))
                && i + 1 < last
                && view.tokens[i + 1].is_word()
                && view.starts_in_lower_case(i + 1)
        })
}

/// Nouns of the means or the moment of saying that end a circumstance
/// before the clause said (`said in a statement it is reviewing`); after
/// another noun a pronoun opens a relative clause (`hinted at the niche
/// he sees`).
const MEDIUM_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "interviews",
    "email",
    "emails",
    "letter",
    "post",
    "tweet",
    "tweets",
    "feed",
    "conference",
    "briefing",
    "release",
    "video",
    "speech",
    "message",
    "listing",
    "listings",
    "series",
    "programme",
    "program",
    "show",
    "newspaper",
    "paper",
    "filing",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "turn",
];

/// True when the `that` at `i` (not the first token) may open a clause:
/// not the determiner right after a preposition (`during that day's
/// briefing`, `in that spot`).
fn opens_that_clause(view: &View, i: usize) -> bool {
    view.lower_is(i, &["that"])
        && (!view.lower_is(i - 1, CIRCUMSTANCE_WORDS) || opens_clause(view, i + 1))
}

/// Lower-case words (auxiliaries, adverbs: `is once again`) that may
/// stand between a cue and the subject whose object it reports.
const SUBJECT_GAP_WORDS: usize = 4;

/// True when `speaker` ends right before `cue`, or at most
/// [`SUBJECT_GAP_WORDS`] lower-case words before it, none of which opens
/// a noun phrase or a relative clause (`the envoy who led the talks`: no
/// subject of `talks`); a hyphen for a lost space may stand before the
/// cue (`The actor has also -praised`).
fn subject_right_before(view: &View, speaker: (usize, usize), cue: usize) -> bool {
    let adverb_glued = |hyphen: usize| {
        view.is_hyphen_glued_to_next(hyphen) && view.is_verb_group_adverb(hyphen - 1)
    };
    let verb = if cue > speaker.1 + 1 && adverb_glued(cue - 1) {
        cue - 1
    } else {
        cue
    };
    verb >= speaker.1
        && verb - speaker.1 <= SUBJECT_GAP_WORDS
        && (speaker.1..verb).all(|i| {
            view.tokens[i].is_word() && view.starts_in_lower_case(i) && !view.opens_noun_phrase(i)
        })
}

/// Most words that [`View::premodifiers_start`] takes before a noun
/// that names speakers.
const PREMODIFIER_WORDS: usize = 3;

/// Lower-case words that modify no noun after them: the comparison,
/// question and linking words the other lists leave out.
const NOT_PREMODIFIERS: &WordList = &WordList::new(&[
    "like", "what", "how", "why", "there", "here", "nor", "is", "are", "was", "were", "be", "been",
    "being",
]);

/// The determiners, possessives and quantifiers that open the phrase of
/// a noun that names speakers (`the spokesman`, `two officials`, `our
/// friends`, `many observers`).
const SPEAKER_DETERMINERS: &WordList = &WordList::new(&[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "some", "one", "two", "three",
    "many", "several",
]);

/// The articles.
const ARTICLES: &[&str] = &["a", "an", "the"];

/// The [`SPEAKER_DETERMINERS`] that count, which an article or possessive
/// may open (`the two leaders`, `his many critics`).
const COUNTING_DETERMINERS: &WordList = &WordList::new(&["one", "two", "three", "many", "several"]);

/// Determiners and possessives: the word after one is a noun.
const DETERMINERS: &WordList = &WordList::new(&[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
]);

/// Words that open a relative clause (or a noun phrase: `that`).
const RELATIVE_OPENERS: &WordList = &WordList::new(&["that", "who", "which", "whose", "whom"]);

/// `NAME: CLAUSE` at the start of a sentence, as headlines and
/// transcripts write it (`Sanders: Clinton needs to ...`, `PENCE: Well,
/// look, ...`); the colon is the cue. In a headline the speaker may be
/// a longer phrase with a name or a speaker noun in it (`Dr. Ben Carson:
/// ...`, `Clinton to Planned Parenthood: ...`, `Poll: ...`).
fn colon_attribution(
    view: &View,
    (start, last, end): (usize, usize, usize),
    quoted: &[bool],
) -> Option<Quote> {
    let (colon, speaker) = named_before_colon(view, start)
        .or_else(|| headline_source_before_colon(view, start, last))?;
    // `Blumenthal: ‘No Idea’ If I Would Have Told ...`: a headline's
    // clause may open with quoted words.
    let clause_past_quote = in_headline(view, start)
        && (colon + 1..last).any(|i| !quoted[i] && view.tokens[i].is_word());
    if colon + 1 >= last || quoted[colon + 1] && !clause_past_quote {
        return None;
    }
    let words = (colon + 1..last)
        .filter(|&i| view.tokens[i].is_word())
        .count();
    if words < MIN_CONTENT_WORDS {
        return None;
    }
    let content_end = closing_quote_end(view, colon + 1, last, end);
    Some(view.indirect_quote((colon + 1, content_end), (colon, colon + 1), speaker))
}

/// The colon right after a name that opens the sentence at `start`, and
/// that name.
fn named_before_colon(view: &View, start: usize) -> Option<(usize, (usize, usize))> {
    let (a, b) = view.mention_at(start).filter(|&(a, _)| a == start)?;
    let named = view
        .entity_at(a)
        .is_some_and(|(_, _, k)| k != EntityKind::Misc);
    (named && view.word(b) == ":").then_some((b, (a, b)))
}

/// `Sen. Bob Corker (R-Tenn.): “Q”`, `SEAN SPICER, White House press
/// secretary, Tuesday: “Q”`, `Football Supporters Federation chairman
/// Malcolm Clarke: “Q”`: a sentence that only labels who speaks, then the
/// colon before the quote opening at `first`. The label names a person
/// after at most [`LABEL_TITLE_TOKENS`] words of title (ranks, roles, the
/// body served: [`is_label_title`]), then may hold a party label in
/// brackets, an apposition, and a circumstance or topic with no verb (`on
/// Republican reaction to the CBO`). The colon and the person.
fn labelled_speaker(
    view: &View,
    sentence_start: usize,
    first: usize,
) -> Option<(usize, (usize, usize))> {
    let colon = after_colon(view, first).then(|| first - 1)?;
    let (a, b) = (sentence_start..colon)
        .take(LABEL_TITLE_TOKENS + 1)
        .find_map(|j| {
            view.entity_at(j)
                .filter(|&(a, _, kind)| a == j && kind == EntityKind::Person)
        })
        .map(|(a, b, _)| (a, b))?;
    let titled = a == sentence_start
        || starts_label_title(view, sentence_start)
            && (sentence_start..a).all(|j| is_label_title(view, j));
    let after_name = past_label_asides(view, b, colon)?;
    let tail = after_name..colon;
    let tail_is_circumstance = tail.is_empty()
        || tail.len() <= LABEL_TAIL_TOKENS
            && (opens_circumstance(view, after_name) || view.lower_is(after_name, &["about"]))
            && !tail
                .clone()
                .any(|j| view.is_cue_verb(j) || view.is_auxiliary(j) || !view.tokens[j].is_word());
    (titled && tail_is_circumstance).then_some((colon, (a, b)))
}

/// Past the asides after the name that ends at `b` in a speaker's label:
/// a party label in brackets, an apposition between commas, or one the
/// colon closes (`Andrew Bingham, CMS Committee member: “Q”`), with no
/// verb (not `Jim Barrow, from Worthing said: “Q”`). None when an aside
/// runs past the colon, into the quote.
fn past_label_asides(view: &View, b: usize, colon: usize) -> Option<usize> {
    let mut at = b;
    for _ in 0..2 {
        if view.word(at) == "," && !(at + 1..colon).any(|j| view.word(j) == ",") {
            let verbless = !(at + 1..colon).any(|j| view.is_cue_verb(j) || view.is_auxiliary(j));
            return (verbless && colon - at <= APPOSITION_TOKENS).then_some(colon);
        }
        at = past_aside(view, at);
    }
    (at <= colon).then_some(at)
}

/// Words whose `'s` is a contracted `is` or `has` (`That's why`,
/// `what's more`).
const CONTRACTING_WORDS: &WordList = &WordList::new(&[
    "that", "what", "there", "here", "who", "where", "this", "how", "let", "everyone", "nobody",
]);

/// Modifiers between a possessive and the noun it determines, at most.
const POSSESSED_MODIFIERS: usize = 2;

/// Words of title a speaker's label may hold before the name.
const LABEL_TITLE_TOKENS: usize = 6;

/// Words of circumstance or topic a speaker's label may end with.
const LABEL_TAIL_TOKENS: usize = 8;

/// True when token `j` may open a speaker's label before the name: a
/// body's or a group's name, a rank (`Sen.`, `REP.`, `Dr.`), a role
/// (`Chairman`) or `Former`; not a sentence's first word that is none of
/// these (`Here`, `Asked`).
fn starts_label_title(view: &View, j: usize) -> bool {
    view.entity_at(j).is_some()
        || view.heads_speakers(j)
        || view.lower_is(j, &["former"])
        || is_rank_abbreviation(view.word(j))
}

/// True when `word` is a short capitalised abbreviation with its full
/// stop, as ranks are written before a name (`Sen.`, `Rep.`, `GOV.`).
fn is_rank_abbreviation(word: &str) -> bool {
    word.len() <= 5
        && word.ends_with('.')
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[..word.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphabetic())
}

/// True when token `j` may stand in a speaker's label before the name: a
/// word that is no verb (`press`, `secretary`, `House`, `Sen.`), or a
/// possessive mark (`Supporters' Federation`).
fn is_label_title(view: &View, j: usize) -> bool {
    view.is_possessive_mark(j)
        || view.tokens[j].is_word() && !view.is_cue_verb(j) && !view.is_auxiliary(j)
}

/// Longest phrase before a headline's colon that names its source.
const HEADLINE_SOURCE_TOKENS: usize = 8;

/// The colon of a headline `SOURCE: CLAUSE`, and the source: the first
/// person or organisation named before the colon, else a speaker noun
/// ending the phrase (`Poll:`, `Newspaper:`). A label (`The Latest:`,
/// `EXCLUSIVE:`) names neither.
fn headline_source_before_colon(
    view: &View,
    start: usize,
    last: usize,
) -> Option<(usize, (usize, usize))> {
    let colon = (start..last)
        .take(HEADLINE_SOURCE_TOKENS + 1)
        .find(|&i| view.word(i) == ":")?;
    if !in_headline(view, start) {
        return None;
    }
    let named = (start..colon).find_map(|i| {
        view.entity_at(i)
            .filter(|&(_, b, kind)| {
                b <= colon && matches!(kind, EntityKind::Person | EntityKind::Organization)
            })
            .map(|(a, b, _)| (a, b))
    });
    let speaker_noun = (colon > start && view.source_heads[colon - 1]).then(|| (colon - 1, colon));
    // `Politifact:`, `Milbank:`, `HUFFPOLLSTER:`: one capitalised word
    // the entity model missed, unless it labels the story (`Breaking:`).
    let lone_name = (colon == start + 1
        && !view.starts_in_lower_case(start)
        && view.tokens[start].is_word()
        && !view.lower_is(start, HEADLINE_LABELS))
    .then_some((start, colon));
    named
        .or(speaker_noun)
        .or(lone_name)
        .map(|speaker| (colon, speaker))
}

/// Words that label a headline before its colon (`BREAKING:`, `Wow:`,
/// `BYLINE:`) rather than name who says what follows.
const HEADLINE_LABELS: &WordList = &WordList::new(&[
    "analysis",
    "bombshell",
    "boom",
    "breaking",
    "busted",
    "byline",
    "editorial",
    "exclusive",
    "listen",
    "live",
    "look",
    "opinion",
    "photos",
    "revealed",
    "update",
    "updated",
    "video",
    "watch",
    "wow",
]);

/// How long an apposition between a speaker and its cue may be (`Dr.
/// Connie Mariano, who as a Navy captain was the White House physician
/// in the administration of former President Bill Clinton and later
/// retired from the service as a rear admiral, said`: 30 tokens).
const APPOSITION_TOKENS: usize = 40;

/// The tokens of the relative pronoun that is a cue's subject (`Mr.
/// Kamin, who emphasized`, `Democrats on Capitol Hill, who have argued`,
/// `McConnell, now the Senate majority leader, who in 2010 said`), with
/// the share of its antecedent it names (`family members of 9/11
/// victims, many of whom say`): `who`, `of whom` or, after a comma,
/// `which` (`The report, which found`; not of a passive) at most
/// [`RELATIVE_SUBJECT_REACH`] tokens before the cue, with only
/// lower-case words and numbers between them, none of them a mention.
fn relative_subject(view: &View, cue: usize) -> Option<(usize, usize)> {
    let who = (cue.saturating_sub(RELATIVE_SUBJECT_REACH)..cue)
        .rev()
        .find(|&i| {
            view.lower_is(i, &["who", "whom"])
                || i > 0 && view.lower_is(i, &["which"]) && view.word(i - 1) == ","
        })?;
    // `which is widely supported by Republicans`: the subject of a
    // passive is what was said, not who said it.
    if view.lower_is(who, &["which"])
        && (who + 1..cue).any(|i| view.lower_is(i, PASSIVE_AUXILIARIES))
    {
        return None;
    }
    // (`the women who police believe wiped ...`: `police` is the subject.)
    let plain = (who + 1..cue).all(|i| {
        matches!(view.tokens[i].kind, TokenKind::Word | TokenKind::Number)
            && !view.word(i).chars().any(char::is_uppercase)
            && view.mention_at(i).is_none()
    });
    let share = who >= 2 && view.lower_is(who - 1, &["of"]) && view.tokens[who - 2].is_word();
    let first = if !view.lower_is(who, &["whom"]) {
        who
    } else if share {
        who - 2
    } else {
        return None;
    };
    plain.then_some((first, who + 1))
}

/// True when the cue at `cue` is the verb of a relative clause set off by
/// a comma and `whose` with its noun (`The group, whose leaders said
/// ...,`): `, whose` at most [`RELATIVE_SUBJECT_REACH`] tokens before the
/// cue, only words in lower case between them.
fn in_set_off_whose_clause(view: &View, cue: usize) -> bool {
    (cue.saturating_sub(RELATIVE_SUBJECT_REACH)..cue)
        .rev()
        .find(|&i| view.lower_is(i, &["whose"]))
        .is_some_and(|whose| {
            whose > 0
                && view.word(whose - 1) == ","
                && (whose + 1..cue)
                    .all(|i| view.tokens[i].is_word() && view.starts_in_lower_case(i))
        })
}

/// Where the content of a report in a relative clause set off by commas
/// (`Jeremy Corbyn, who has called for the visit to be postponed,
/// welcomed the intervention`) ends, before `end` at the latest: at the
/// comma after which the main clause goes on: a finite verb in lower
/// case (after adverbs) that opens nothing of the report's (no relative
/// word, conjunction, subordinator, preposition, determiner, pronoun or
/// participle, nor an auxiliary after a name in apposition).
fn end_of_set_off_relative_clause(
    view: &View,
    quoted: &[bool],
    content: usize,
    end: usize,
) -> usize {
    (content + 1..end)
        .find(|&i| {
            let next = i + 1;
            view.word(i) == ","
                && !quoted[i]
                && next < end
                && view.tokens[next].is_word()
                && view.starts_in_lower_case(next)
                && !view.word(next).ends_with("ing")
                && !view.lower_is(next, RELATIVE_OPENERS)
                && !view.lower_is(next, CLAUSE_CONJUNCTIONS)
                && !view.lower_is(next, SUBORDINATORS)
                && !view.lower_is(next, PREPOSITIONS)
                && !view.opens_noun_phrase(next)
                && !view.lower_is(next, SPEAKER_PRONOUNS)
                && !view.lower_is(next, OBJECT_PRONOUNS)
                && !(view.is_auxiliary(next) && closes_apposition(view, content, i))
                && reads_as_finite_verb(view, past_lower_case_adverb(view, next))
        })
        .unwrap_or(end)
}

/// Where a report in a restrictive relative clause ends: before the
/// main clause's verb that its content, from `content` to `end`, would
/// otherwise run into (`Voters who say the economy is most important
/// were divided`, `A man who claimed he had seen the attack was
/// arrested`, `Officials who asked not to be named said`). An infinitive
/// ends at the first finite auxiliary or cue in a tense after its verb.
/// Else only for a simple clause: a short subject with no clause
/// word in it (or a pronoun), then a finite auxiliary (or, after the
/// pronoun, a verb in a tense), then words outside its verb
/// group with no clause word, punctuation or new subject among them,
/// then a second finite auxiliary. Else `end`.
fn before_main_verb(view: &View, quoted: &[bool], content: usize, end: usize) -> usize {
    let breaks_clause = |i: usize| {
        quoted[i]
            || !view.tokens[i].is_word()
            || view.lower_is(i, RELATIVE_OPENERS)
            || view.lower_is(i, SUBORDINATORS)
            || view.lower_is(i, CLAUSE_CONJUNCTIONS)
            || view.lower_is(i, SPEAKER_PRONOUNS)
            || view.lower_is(i, CLAUSE_WORDS)
            || view.is_cue_verb(i)
    };
    // `Officials who asked not to be named said the talks`: an infinitive
    // ends at the first finite auxiliary or cue in a tense after its verb.
    let to = content + usize::from(view.lower_is(content, &["not"]));
    if view.lower_is(to, &["to"]) {
        let Some(verb) = (to + 1..end).find(|&i| !view.lower_is(i, &["be", "been", "not"])) else {
            return end;
        };
        let main_verb = |i: usize| {
            view.lower_is(i, FINITE_AUXILIARIES) || view.is_cue_verb(i) && tense(view, i).is_some()
        };
        return (verb + 1..end)
            .find(|&i| main_verb(i) || breaks_clause(i))
            .filter(|&i| main_verb(i))
            .unwrap_or(end);
    }
    // `they strongly favored the bill are outnumbered`: after a pronoun,
    // any verb in a tense is the clause's.
    let verb = if view.lower_is(content, SPEAKER_PRONOUNS) {
        Some(past_lower_case_adverb(view, content + 1))
            .filter(|&v| view.lower_is(v, FINITE_AUXILIARIES) || tense(view, v).is_some())
    } else {
        (content..end)
            .take(MAIN_VERB_SUBJECT_TOKENS + 1)
            .find(|&i| view.lower_is(i, FINITE_AUXILIARIES))
            .filter(|&verb| verb > content && !(content..verb).any(breaks_clause))
    };
    let Some(verb) = verb.filter(|&verb| verb < end) else {
        return end;
    };
    let group_end = (verb + 1..end)
        .find(|&i| !view.is_auxiliary(i))
        .unwrap_or(end);
    (group_end + 1..end)
        .take_while(|&i| !breaks_clause(i))
        .find(|&i| view.lower_is(i, FINITE_AUXILIARIES))
        .unwrap_or(end)
}

/// Tokens of the subject of a clause [`before_main_verb`] reads, at most.
const MAIN_VERB_SUBJECT_TOKENS: usize = 8;

/// Words that open a clause of their own inside another (`what`, `how`,
/// existential `there`), besides relative words and subordinators.
const CLAUSE_WORDS: &[&str] = &["what", "how", "why", "there", "to"];

/// Name words an apposition set off by commas holds, at most.
const APPOSITION_NAME_WORDS: usize = 4;

/// True when the comma at `comma` closes a name in apposition opened by
/// a comma after `from` (`said the drug, Herceptin, was approved`): what
/// follows it goes on with the clause the name interrupts.
fn closes_apposition(view: &View, from: usize, comma: usize) -> bool {
    let open = (from..comma)
        .rev()
        .take(APPOSITION_NAME_WORDS + 1)
        .find(|&j| view.word(j) == ",");
    open.is_some_and(|open| open + 1 < comma && !view.starts_in_lower_case(open + 1))
}

/// How far before its cue a relative pronoun subject may stand.
const RELATIVE_SUBJECT_REACH: usize = 4;

/// `not paying an architect who said he was stiffed`, `He met an
/// architect, who said`, `the tribe, which claims`: the noun phrase that
/// the `who` (or `which`) subject of `cue` stands for, right before it in
/// the clause from `start`, when it holds
/// no mention (only nouns that name speakers are mentions, so an earlier
/// mention, `He`, was taken for the subject) and no preposition governs
/// it (`a Spanish woman of [Syrian origin], who says`: the antecedent is
/// further back), but one right after a verb (`The question was from [a
/// young child], who said`). Not `WHO`, the organisation.
fn antecedent_of_who(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
) -> Option<(usize, usize)> {
    let (who, _) = relative_subject(view, cue)?;
    if !matches!(view.word(who), "who" | "which")
        || who <= start
        || !subject_of_verb_group(view, who, cue)
    {
        return None;
    }
    let end = if view.word(who - 1) == "," {
        who - 1
    } else {
        who
    };
    let (a, b) = noun_phrase_before(view, start, end, quoted)?;
    // (`The move infuriated locals who felt`: a verb inside is no part
    // of a noun phrase.)
    let unnamed = (a..b).all(|i| {
        view.mention_at(i).is_none() && (i == b - 1 || tense(view, i) != Some(Tense::Past))
    });
    // `Kelly, an administrator who`, `Sebastian Finsterwalder is a
    // researcher who`: a phrase in apposition or after a copula describes
    // a subject named before it.
    let describes_another =
        a > start && (view.word(a - 1) == "," || view.lower_is(a - 1, PASSIVE_AUXILIARIES));
    let governed_apart_from_verb = word_governing(view, start, a).is_some_and(|w| {
        view.lower_is(w, PREPOSITIONS)
            && !(w > start && (view.is_auxiliary(w - 1) || tense(view, w - 1).is_some()))
    });
    // `told me, who paints`, `in 1984, who railed`: no one who speaks.
    let speaks =
        !view.lower_is(b - 1, OBJECT_PRONOUNS) && view.tokens[b - 1].kind != TokenKind::Number;
    (unnamed && speaks && !describes_another && !governed_apart_from_verb).then_some((a, b))
}

/// The person named before an apposition that the relative `who` of
/// `cue` follows (`Howard Rubel, a senior analyst at Jefferies, who notes
/// that ...`), set off by a comma or after a body the apposition ends
/// with: the apposition describes the person, who speaks.
fn person_before_apposition_of_who(
    view: &View,
    start: usize,
    cue: usize,
) -> Option<(usize, usize)> {
    let (who, _) = relative_subject(view, cue)?;
    if !view.lower_is(who, &["who"]) || who < start + 3 {
        return None;
    }
    // `Ted Cruz, a graduate of Harvard Law School who has argued`: a body
    // that a preposition governs at the apposition's end is no one `who`
    // stands for.
    let after_governed_body = || {
        view.entity_at(who - 1).is_some_and(|(a, b, kind)| {
            b == who && kind != EntityKind::Person && object_of_preposition(view, start, a)
        })
    };
    if view.word(who - 1) != "," && !after_governed_body() {
        return None;
    }
    // `Tim Farron, leader of the Liberal Democrats, who oppose Brexit`: a
    // verb in the plural agrees with the apposition's group, not the
    // person (no past, no `-s`, no modal).
    let verb = past_lower_case_adverb(view, who + 1);
    if tense(view, verb).is_none() && !view.lower_is(verb, MODAL_VERBS) {
        return None;
    }
    let comma = (start..who - 1)
        .rev()
        .take(APPOSITION_WORDS)
        .find(|&j| view.word(j) == ",")?;
    // `Cotton, Nunes and Sen. Susan Collins were some of the Republicans
    // who`: an apposition has no verb.
    if (comma + 1..who).any(|j| view.is_auxiliary(j) || view.is_cue_verb(j)) {
        return None;
    }
    let (a, b, kind) = view.entity_at(comma.checked_sub(1)?)?;
    (b == comma && kind == EntityKind::Person && a >= start).then_some((a, b))
}

/// Verbs that take no ending for their subject's number.
const MODAL_VERBS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "should", "must", "shall",
];

/// Makes the relative pronoun that is the subject of `cue`, if there is
/// one, the speaker mention of `quote`; the speaker's name and cluster
/// stay those of the mention it stands for (`Stevie Wonder, who joked
/// that ...`).
fn take_relative_subject(view: &View, quote: &mut Quote, cue: usize) {
    if let Some((first, past)) = relative_subject(view, cue) {
        quote.speaker = Some(view.span(first, past));
    }
}

/// `X, the agency that oversees the program, said ...`, `Maria Lopez,
/// 45, a teacher from Leeds, said`, `X - his girlfriend - told`: the
/// mention before an apposition (of one or more parts, or set off by
/// dashes) that ends right before the cue.
fn appositive_subject(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    // `Kelcy Warren, the CEO of the firm, has repeatedly said`: the
    // apposition ends before the auxiliaries and adverbs of the verb.
    let cue = verb_group_start(view, start, cue);
    if cue < start + 2 {
        return None;
    }
    // `Deborah Jordan Reynolds - Santilli's girlfriend - told`: an
    // apposition set off by dashes.
    if is_dash(view.word(cue - 1)) {
        let dash = view.word(cue - 1);
        let open = (start + 1..cue - 1)
            .rev()
            .take(APPOSITION_TOKENS)
            .find(|&i| view.word(i) == dash)
            .filter(|&open| view.sets_off_words(open) && view.sets_off_words(cue - 1))?;
        // `Judge James Robart in Seattle -- the judge who ... -- denied`:
        // a place a preposition governs is no subject.
        // `The US embassy in Wellington - which ... - said`: the body
        // the place completes is.
        return view
            .mention_at(open - 1)
            .filter(|&(_, b)| b == open)
            .and_then(|(a, b)| {
                if object_of_preposition(view, start, a) {
                    description_of_place(view, start, (a, b))
                } else {
                    Some((a, b))
                }
            });
    }
    if view.word(cue - 1) != "," {
        return person_before_unclosed_apposition(view, start, cue);
    }
    if let Some(person) = person_before_long_apposition(view, start, cue) {
        return Some(person);
    }
    if let Some(described) = description_before_apposition(view, start, cue) {
        return Some(described);
    }
    (start + 1..cue - 1)
        .rev()
        .take(APPOSITION_TOKENS)
        .filter(|&i| view.word(i) == ",")
        // `pulled their ads, and an affiliate in Birmingham, Alabama,
        // refused`: a conjunction and a determiner open a clause with a
        // subject of its own, which no apposition reaches back past (`,
        // and owner of Kieskompas,` is part of one).
        .take_while(|&open| {
            !(view.lower_is(open + 1, CLAUSE_CONJUNCTIONS) && view.lower_is(open + 2, DETERMINERS))
        })
        .find_map(|open| {
            // `Roy Cooper (D), McCrory's opponent, called`: the name
            // before a party label.
            let name_last = before_parenthesis(view, start, open - 1);
            let before = view
                .mention_at(name_last)
                .filter(|&(_, b)| b == name_last + 1)?;
            // `Clinton, during a meeting in Columbus, Ohio, said`: a place
            // and its state are one place, the subject's circumstance.
            if places_city_in_state(view, before, (open, cue - 1)) {
                return None;
            }
            // `The US embassy in Wellington, which ..., said`; but `The
            // EU ambassador to Brazil, Joao Cravinho, said`.
            named_in_apposition(view, before, open, cue)
                .or_else(|| description_of_place(view, start, before))
                .or(Some(before))
        })
}

/// The description that the place `(a, b)` ends after a place
/// preposition (`The US embassy in Wellington`, `the UN mission in
/// Congo`): from a determiner in the clause from `start`, at most
/// [`MODIFIER_WORDS`] words before the preposition, no relative word
/// among them, the last of them a noun in lower case.
fn description_of_place(
    view: &View,
    start: usize,
    (a, b): (usize, usize),
) -> Option<(usize, usize)> {
    let preposition = place_phrase_before(view, b).filter(|&p| p + 1 == a && p > start)?;
    let head = preposition - 1;
    if !view.starts_in_lower_case(head) || !reads_as_head_noun(view, head) {
        return None;
    }
    // (`An Egyptian who lives in Qatar, he was`: a relative clause's
    // verb is no head.)
    (head.saturating_sub(MODIFIER_WORDS).max(start)..head)
        .rev()
        .take_while(|&j| view.tokens[j].is_word() && !view.lower_is(j, RELATIVE_OPENERS))
        .find(|&j| view.lower_is(j, ARTICLES))
        .map(|opener| (opener, b))
}

/// `The employee of nearly four years, a registered Republican who spoke
/// on condition of anonymity, said`: a description that opens the clause
/// from `start` with a determiner and runs to its first comma with no
/// verb, an apposition after it that opens with a determiner too, and the
/// comma before `cue`, with no name of a person, body or place anywhere.
/// The description is the subject.
fn description_before_apposition(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    if !view.lower_is(start, DETERMINERS) {
        return None;
    }
    let comma = view.first_comma(start + 1..cue - 1)?;
    // (`years` is no verb here, though it reads as one.)
    let verb = |i: usize| view.is_auxiliary(i) || view.is_cue(i) || view.word(i).ends_with("ed");
    let apposition = view.lower_is(comma + 1, ARTICLES);
    // A name anywhere before the cue is the better subject (`our escort,
    // Firas, decided`, `the parliament's lower house, the State Duma,
    // called`); a nationality or party (`a Republican`) is no name.
    let names_someone = || {
        (start..cue).any(|i| {
            view.entity_at(i)
                .is_some_and(|(_, _, kind)| kind != EntityKind::Misc)
        })
    };
    (apposition && !(start..comma).any(verb) && !names_someone()).then_some((start, comma))
}

/// True when the mention `city` and the words between the commas
/// `(open, close)` after it name one place: a place and its state or
/// country (`Columbus, Ohio,`, `Wilmington, N.C.,`).
fn places_city_in_state(view: &View, city: (usize, usize), (open, close): (usize, usize)) -> bool {
    view.entity_at(open + 1).is_some_and(|(_, b, _)| b == close)
        && city_of_state(view, city.0, open + 1) == Some(city.0)
}

/// True when the `or` at `or` opens a gloss of the noun before it, set
/// off by commas before `cue` (`the Chinese State Council, or cabinet,`):
/// at most [`GLOSS_WORDS`] words in lower case, none a verb.
fn opens_gloss(view: &View, or: usize, cue: usize) -> bool {
    if !view.lower_is(or, &["or"]) {
        return false;
    }
    view.first_comma(or + 1..cue.min(or + 2 + GLOSS_WORDS))
        .is_some_and(|close| {
            close > or + 1 && (or + 1..close).all(|i| plain_lower_case_word(view, i))
        })
}

/// True when token `i` is a word in lower case that is neither an
/// auxiliary nor a cue: a word of a role or a gloss in an apposition.
fn plain_lower_case_word(view: &View, i: usize) -> bool {
    view.tokens.get(i).is_some_and(|t| t.is_word())
        && view.starts_in_lower_case(i)
        && !view.is_auxiliary(i)
        && !view.is_cue(i)
}

/// True when the `and` at `and` joins another role to an apposition
/// (`political scientist at the Free University Amsterdam, and owner of
/// election website Kieskompas,`): a word in lower case follows it that
/// is no determiner, verb or cue.
fn joins_another_role(view: &View, and: usize) -> bool {
    let role = and + 1;
    view.lower_is(and, &["and"])
        && plain_lower_case_word(view, role)
        && !view.lower_is(role, DETERMINERS)
        && !reads_as_finite_verb(view, role)
}

/// Words of a gloss after `, or` (`, or cabinet,`), at most.
const GLOSS_WORDS: usize = 2;

/// The first token of the verb group that `cue` ends, in the clause from
/// `start`: the auxiliaries and adverbs right before it (`has said`,
/// `has repeatedly said`, `would also argue`), at most
/// [`COORDINATED_VERB_GAP`], and a phrase of time before them (`David
/// Kaye, the UN's special rapporteur, on Tuesday attacked`).
fn verb_group_start(view: &View, start: usize, cue: usize) -> usize {
    let mut at = cue;
    while at > start
        && cue - at < COORDINATED_VERB_GAP
        && (view.lower_is(at - 1, AUXILIARIES) || view.is_verb_group_adverb(at - 1))
    {
        at -= 1;
    }
    view.time_phrase_start(start, at)
}

/// `Chang Jiwen, deputy director of the Institute ... at the State
/// Council Development Research Center, a high-level think tank, agrees`,
/// `Bob Clifford, a local on a grocery run in Albany, New York State,
/// said`: the person named at the start of the clause from `start`, when
/// all up to the comma before `cue` is an apposition of theirs, in
/// several parts; not the body or place named at the end of its first
/// part. The apposition has no verb but in a relative clause (`Wang, a
/// state councilor ..., who believes growth will remain about 6.5
/// percent, says`; not `Hussein, an Egyptian who lives in Doha, was
/// stopped, questioned and detained`), holds no quote mark and
/// coordinates no clause (`, and`).
fn person_before_long_apposition(view: &View, start: usize, cue: usize) -> Option<(usize, usize)> {
    let (a, name_end) = person_opening_clause(view, start)?;
    // `Imam Ismail Elshikh of the Muslim Association of Hawaii, a
    // plaintiff in the state's challenge, says`.
    let b = past_person_affiliation(view, (a, name_end));
    if view.word(b) != "," || cue - b > APPOSITION_TOKENS {
        return None;
    }
    let mut in_relative_clause = false;
    for j in b + 1..cue - 1 {
        let word = view.word(j);
        if word == "," {
            in_relative_clause = false;
            let joins_apposition =
                || opens_gloss(view, j + 1, cue) || joins_another_role(view, j + 1);
            if view.lower_is(j + 1, &["and", "but", "or"]) && !joins_apposition() {
                return None;
            }
        } else if view.lower_is(j, RELATIVE_OPENERS) {
            in_relative_clause = true;
        } else if matches!(word, ";" | ":")
            || view.is_quote_mark(j)
            || !in_relative_clause
                && (view.is_cue_verb(j)
                    || view.lower_is(j, AUXILIARIES)
                    || view.lower_is(j, PASSIVE_AUXILIARIES))
        {
            return None;
        }
    }
    Some((a, name_end))
}

/// `Alejandro Vila Chavez, the prosecutor for crimes against migrants in
/// the southern state of Chiapas told`, `John Smith, chief executive of
/// the Proprietary Association of Great Britain said`: the person named at
/// the start of the clause from `start`, when an apposition of theirs
/// whose comma the writer left out runs up to `cue`. The apposition opens
/// with no name, holds a preposition after its first nouns, and has no
/// comma, verb, quote mark or relative clause, and ends on a mention: a
/// body, a place, or a person a preposition governs; no pronoun.
fn person_before_unclosed_apposition(
    view: &View,
    start: usize,
    cue: usize,
) -> Option<(usize, usize)> {
    let (a, name_end) = person_opening_clause(view, start)?;
    if view.word(name_end) != "," {
        return None;
    }
    let apposition = name_end + 1..cue;
    if apposition.len() < 3
        || apposition.len() > APPOSITION_TOKENS
        || view.mention_at(apposition.start).is_some()
        || view.lower_is(apposition.start, CLAUSE_CONJUNCTIONS)
    {
        return None;
    }
    // `Jailing Molloy, chair of the bench Michael Evans told`: a person
    // named at the end is the subject itself unless a preposition
    // governs the name.
    let ends_on_mention = view.mention_at(cue - 1).is_some_and(|(first, end)| {
        end == cue
            && !view.lower_is(first, SPEAKER_PRONOUNS)
            && (object_of_preposition(view, start, first) || !view.names_person(first, end))
    });
    // `a Republican representative and the chairman of`.
    let preposition = apposition
        .clone()
        .skip(1)
        .take(ROLE_PHRASE_TOKENS)
        .find(|&j| view.lower_is(j, AFFILIATION_PREPOSITIONS))
        .filter(|&j| !view.lower_is(j - 1, DETERMINERS));
    let holds_clause = apposition.clone().any(|j| {
        matches!(view.word(j), "," | ";" | ":")
            || view.is_quote_mark(j)
            || view.lower_is(j, RELATIVE_OPENERS)
            || view.is_cue_verb(j)
            || view.lower_is(j, AUXILIARIES)
            || view.lower_is(j, PASSIVE_AUXILIARIES)
    });
    (ends_on_mention && preposition.is_some() && !holds_clause).then_some((a, name_end))
}

/// Words of an apposition before the preposition after its role noun,
/// at most (`a Republican representative and the chairman of`).
const ROLE_PHRASE_TOKENS: usize = 6;

/// The mention of a person that opens the clause from `start`, after
/// titles at most (`Imam Ismail Elshikh`, `Chief Constable Bailey`); the
/// entity may leave the titles of the mention out (`Ms Biskupova`).
fn person_opening_clause(view: &View, start: usize) -> Option<(usize, usize)> {
    let (a, name_end) =
        after_titles(view, start).find_map(|j| view.mention_at(j).filter(|&(a, _)| a == j))?;
    view.entity_at(name_end - 1)
        .is_some_and(|(name_start, _, _)| view.names_person(name_start, name_end))
        .then_some((a, name_end))
}

/// Title words before a name that opens a clause, at most.
const NAME_TITLE_WORDS: usize = 2;

/// Where a name may start from `from` on: there, or past at most
/// [`NAME_TITLE_WORDS`] words of title (`Imam Ismail Elshikh`, `Gen.
/// Qamar Javed Bajwa`).
fn after_titles<'v>(view: &'v View, from: usize) -> impl Iterator<Item = usize> + 'v {
    (from..view.tokens.len())
        .take(NAME_TITLE_WORDS + 1)
        .take_while(move |&j| j == from || in_title(view, j - 1))
}

/// `His partner at Lenox, Lawrence B. Cummings, called`, `The foreign
/// minister of France, Jean-Marc Ayrault, said`, `Medvedev's
/// spokeswoman, Natalya Timakova, told`: a person's name set off by
/// commas before the cue, after a mention that is no person's name (the
/// company or country of a description, or the description), is the
/// subject.
fn named_in_apposition(
    view: &View,
    (before, before_end): (usize, usize),
    open: usize,
    cue: usize,
) -> Option<(usize, usize)> {
    // `Pakistan's army chief, Gen. Qamar Javed Bajwa, said`: titles may
    // come before the name.
    let (a, b, _) = after_titles(view, open + 1)
        .take_while(|&j| j < cue)
        .find_map(|j| view.entity_at(j).filter(|&(a, _, _)| a == j))
        .filter(|&(_, b, kind)| b + 1 == cue && kind == EntityKind::Person)?;
    // `A spokeswoman for Pfizer, Sally Beatty, noted`: a name a
    // preposition governs is no subject, whatever its kind.
    let names_person_before = view.entity_at(before).is_some_and(|(start, end, kind)| {
        kind == EntityKind::Person && (start, end) == (before, before_end)
    }) && !governed_by_preposition(view, 0, before);
    (!names_person_before).then_some((a, b))
}

/// Words of a postposed speaker's noun phrase before the mention found
/// (`another`, `top black`).
const MODIFIER_WORDS: usize = 3;

/// Words after a postposed cue that still end the attribution (`, Graham
/// said on Monday.`, `, she said in a statement.`).
const POSTPOSED_TAIL: usize = 6;

/// How much of a sentence a postposed attribution may leave after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PostposedTail {
    /// The attribution ends the sentence within [`POSTPOSED_TAIL`] tokens.
    Short,
    /// As `Short`, or a comma ends the attribution and what follows is
    /// no part of the reported clause: the speaker's apposition (`, said
    /// Brian Baker, a longtime adviser to ...`) or a clause of the
    /// writer's (`, top black lawmakers said Friday, as they ...`). Tried
    /// after [`parenthetical`], which reads `CLAUSE, X said, CLAUSE` as
    /// one clause around its attribution.
    ToComma,
}

/// Words that open the writer's own clause after a postposed
/// attribution and its comma (`, X said Friday, as they bristled at
/// ...`, `, X said, adding that ...`).
const WRITERS_CLAUSE_OPENERS: &[&str] = &[
    "as",
    "while",
    "although",
    "though",
    "because",
    "since",
    "after",
    "before",
    "when",
    "who",
    "which",
    "where",
    "according",
    "in",
    "at",
    "on",
];

/// Reported speech before its attribution: `CLAUSE, X said.`, `CLAUSE,
/// said X.` The cue must be a verb of saying, the attribution must end the
/// sentence as `tail` allows, and the clause must be unquoted. The
/// speaker is a mention, or with `PostposedTail::ToComma` the noun phrase
/// set off by the comma (`, one West Virginia official said.`).
fn postposed(
    view: &View,
    cue: usize,
    (start, last): (usize, usize),
    quoted: &[bool],
    tail: PostposedTail,
) -> Option<Quote> {
    let reports_clause_before = view.lower_is(cue, SPEECH_VERBS)
        || tail == PostposedTail::Short
            && view.starts_in_lower_case(cue)
            && (view.lower_is(cue, PRESENT_SPEECH_VERBS)
                || view.lower_is(cue, SENTENCE_CLOSING_CUES));
    if !reports_clause_before {
        return None;
    }
    // `CLAUSE, X, an assistant professor, said`: the comma before the cue
    // closes an apposition, not the clause. A verb of telling is never
    // inverted: `..., the president of Paris Airports, Augustin de
    // Romanet, told CNN.` names the one told after it; another verb
    // with an addressee is, when a description ends the sentence after
    // it (`, warned the Iranian diplomat.`).
    // `CLAUSE in Congress, whom he's alienated, said Larry Sabato.`: a
    // person named right after the cue is its subject, whatever
    // apposition seems to end before it.
    let inverted = cue > start
        && view.word(cue - 1) == ","
        && (!view.lower_is(cue, ADDRESSEE_VERBS)
            || !view.lower_is(cue, TELL_VERBS) && inverted_description(view, cue, last).is_some())
        && (named_before_apposition(view, cue).is_none()
            || inverted_speaker(view, start, cue)
                .is_some_and(|(a, b)| view.entity_at(a) == Some((a, b, EntityKind::Person))))
        && !named_in_apposition_before(view, start, cue - 1)
        // `CLAUSE, his son, Oskar Konyukhov, said.`: the name set off
        // after its description.
        && person_after_description(view, start, cue).is_none();
    let (comma, speaker, attribution_end, tail_from) = if inverted {
        // `CLAUSE, said X.`; `, noted NBC’s Dante Chinni.`: the name after
        // a possessive; `, said UMWA Director Phil Smith.`, `, said
        // Democratic strategist Hank Sheinkopf.`, `, says political
        // scientist Dossym Satpayev`: after a role, which a title or a
        // word in lower case ends.
        let title = |j: usize| {
            (in_title(view, j) || in_lower_case_role(view, j))
                && view
                    .entity_at(j)
                    .is_none_or(|(_, _, k)| k != EntityKind::Person)
        };
        // `, said a GOP source.`: a description that ends the sentence
        // on a noun that heads speakers, when no mention opens the
        // attribution (`, said the deal was within reach` is what was
        // said).
        let named = match person_after_role(view, cue + 1, last, title) {
            Some(person)
                if person.0 > cue + 1
                    && (ends_a_role(view, person.0 - 1)
                        || view.starts_in_lower_case(person.0 - 1)) =>
            {
                Some(person)
            }
            // `, said the BBC.`: a name the entity reads without its
            // `the`.
            _ => view
                .mention_at(cue + 1)
                .filter(|&(a, _)| a == cue + 1)
                .or_else(|| speaker_named_to_the_end(view, cue + 1, last)),
        };
        let (speaker, described) = match named {
            Some(name) => (name, false),
            None => {
                let description = inverted_description(view, cue, last)?;
                match person_named_after_description(view, description, last) {
                    Some(person) => (person, false),
                    None => {
                        let named = named_after_description(view, description, last);
                        (named, named == description)
                    }
                }
            }
        };
        let speaker = match view.mention_at(speaker.1 + 1) {
            Some(owned)
                if owned.0 == speaker.1 + 1 && view.lower_is(speaker.1, POSSESSIVE_CLITICS) =>
            {
                owned
            }
            _ => speaker,
        };
        // `, said Alan Trounson of the Hudson Institute.`: the body the
        // person is placed in is part of the attribution, the tail counts
        // after it.
        let placed_end = past_person_affiliation(view, speaker);
        let tail_from = if placed_end > speaker.1 {
            placed_end
        } else if described {
            speaker.1
        } else {
            speaker.0
        } - 1;
        (cue - 1, speaker, placed_end, tail_from)
    } else {
        let (comma, speaker) = subject_after_comma(view, start, cue, quoted, tail)
            .or_else(|| person_after_description(view, start, cue))?;
        (comma, speaker, cue + 1, cue)
    };
    // `, Clinton noted the clot’s existence.`, `, said he agreed.`: a cue
    // with an object of its own, or a pronoun that opens the clause after
    // it, reports that, not the clause before it. The person told is no
    // such object (`, he told the court in his filing.`).
    let opens_clause = |i: usize| view.tokens[i].is_word() && !takes_no_object(view, i);
    let ends_sentence = if inverted {
        // The tail counts from the cue, or from the role before the name,
        // or from a description's head (`, said one GOP source in the
        // room.`); a relative clause on the speaker runs to the end of the
        // sentence (`, said three people who have worked with the
        // company.`).
        // An auxiliary right after the phrase makes it the subject of
        // what was said (`Mr. Manafort, citing X, said the candidate
        // could be ...`), not a speaker.
        (last - tail_from <= POSTPOSED_TAIL
            || view.lower_is(attribution_end, &["who"])
            // `, says a press statement posted on the embassy website on
            // Monday.`: where and when the description was put out.
            || participle_phrase_after(view, speaker.1 - 1)
                && circumstance_to_end(view, speaker.1 + 2, last)
            || opens_relative_clause_after_comma(view, attribution_end))
            && !(speaker.1 == speaker.0 + 1
                && view.lower_is(speaker.0, SPEAKER_PRONOUNS)
                && attribution_end < last
                && opens_clause(attribution_end))
            && !(attribution_end < last && view.lower_is(attribution_end, FINITE_AUXILIARIES))
    } else {
        // The tail counts from the cue, or from the addressee's last word;
        // a longer one is the attribution's circumstance alone.
        // `, Li told a gathering of outstanding foreign experts working in
        // China.`: an addressee longer than the words counted for it
        // runs to the end with no clause of its own.
        // Only after `tell` (`, Murray warned his rival against sampling
        // ...` warns of what follows).
        let tail = addressee_end(view, cue, last);
        let to_end = circumstance_to_end(view, tail, last);
        let long_addressee = view.lower_is(cue, TELL_VERBS) && to_end;
        (last - (tail - 1) <= POSTPOSED_TAIL || to_end)
            && (tail >= last || !opens_clause(tail) || long_addressee)
    };
    // `, said X, ANYTHING`: what follows the inverted attribution's comma
    // is the speaker's apposition or the writer's clause.
    let set_off =
        inverted && view.word(attribution_end) == "," || ends_at_comma(view, attribution_end, last);
    // `By big margins, those surveyed say the economy, including jobs,
    // should be ...`, `When her lead slipped, her boosters insisted it
    // was a dip, reflecting ...`: a noun phrase or a subject pronoun
    // right after a verb of saying (not the one told: `, a source told
    // the AFP news agency, which ...`) opens what it reports.
    let reports_what_follows = !inverted
        && !view.lower_is(cue, ADDRESSEE_VERBS)
        && (view.lower_is(attribution_end, DETERMINERS)
            || view.lower_is(attribution_end, SPEAKER_PRONOUNS));
    let set_off = set_off && !reports_what_follows;
    if !(ends_sentence || tail == PostposedTail::ToComma && set_off) {
        return None;
    }
    if comma <= start
        || view.word(comma) != ","
        || quoted[start] && !quote_opens_clause(view, quoted, start, comma)
    {
        return None;
    }
    if circumstance_alone(view, start, comma) {
        return None;
    }
    // `The allure of simplicity, Mr. Furman argued, is a chimera`: the
    // clause goes on after the attribution, which stands inside it.
    let resumes_from = if inverted {
        attribution_end
    } else {
        addressee_end(view, cue, last)
    };
    let resume = clause_resumed_after(view, resumes_from, last, inverted);
    // A clause before the attribution has at least three words; the
    // subject of one that goes on after it may have fewer (`The plan, said
    // Mr. Smith, will cost billions`).
    let words = (start..comma).filter(|&i| view.tokens[i].is_word()).count();
    if words < if resume.is_some() { 2 } else { 3 } {
        return None;
    }
    if let Some(resume) = resume {
        return Some(view.report_around((start, comma), (resume, last), (cue, cue + 1), speaker));
    }
    Some(view.indirect_quote((start, comma), (cue, cue + 1), speaker))
}

/// `CLAUSE, Reuters reports.`, `, NOS reports Sunday.`, `, reports the
/// BBC.`: a verb of saying that the lexicon holds weak (`reports` is a
/// noun as often) is a verb when it ends its sentence, or only a time
/// follows it, or, after a comma, the name of who says it.
fn closes_sentence_as_speech_verb(view: &View, cue: usize) -> bool {
    view.lower_is(cue, SPEECH_VERBS) && {
        let sentence_end = view.sentences[view.sentence_of[cue]].1;
        let words_end = (cue + 1..sentence_end)
            .rev()
            .find(|&i| view.tokens[i].is_word())
            .map_or(cue + 1, |i| i + 1);
        (cue + 1..words_end).all(|i| names_a_time(view.word(i)) || !view.tokens[i].is_word())
            || cue > 0
                && view.word(cue - 1) == ","
                && speaker_named_to_the_end(view, cue + 1, words_end).is_some()
    }
}

/// True when the words before `comma` (from `start`) are a role, a comma
/// and a person's name, with no verb (`Mr. Trump's former campaign
/// manager, Corey Lewandowski, said the staff member ...`): the subject of
/// the cue after the comma, not a clause it reports.
fn named_in_apposition_before(view: &View, start: usize, comma: usize) -> bool {
    let Some((a, b, kind)) = comma.checked_sub(1).and_then(|last| view.entity_at(last)) else {
        return false;
    };
    kind == EntityKind::Person
        && b == comma
        && a > start
        && view.word(a - 1) == ","
        && !(start..a).any(|i| reads_as_finite_verb(view, i) || view.is_cue(i))
}

/// True when the words `[start, comma)` are a circumstance with no verb
/// and no comma (`In a speech last July, he said:`): when or where the
/// words were said, not what (`On the other hand, demand shrank` goes on
/// past its comma).
fn circumstance_alone(view: &View, start: usize, comma: usize) -> bool {
    view.lower_is(start, CIRCUMSTANCE_WORDS)
        && view.first_comma(start..comma).is_none()
        && !(start..comma).any(|i| reads_as_finite_verb(view, i))
}

/// Where the clause an attribution interrupts goes on, when the comma at
/// `from` closes the attribution and a predicate follows it (`, he said,
/// brought a shift`, `, they concluded, never happened`); after a named
/// speaker, past the apposition that describes them (`, said Michael
/// Kofman, an expert on Russia, would reveal`). None when no predicate
/// follows: what follows is a clause of the writer's, or the speaker's
/// next act (`, X said, adding that ...`).
fn clause_resumed_after(view: &View, from: usize, last: usize, named: bool) -> Option<usize> {
    if view.word(from) != "," || from + 1 >= last {
        return None;
    }
    if opens_predicate(view, from + 1) {
        return Some(from + 1);
    }
    let close = apposition_end(view, from, last).filter(|_| named)?;
    // `, an expert on Russia,`, `, chief strategist at ...,`: a noun
    // phrase or a role, not a phrase of the clause the name opens (`,
    // says Turkey, given its location, can serve`).
    let describes = view.lower_is(from + 1, DETERMINERS)
        || (from + 1..close)
            .take(APPOSITION_ROLE_REACH)
            .any(|i| view.heads_speakers(i));
    let one_sentence = (from + 1..close).all(|i| !matches!(view.word(i), "." | "?" | "!"));
    (describes && one_sentence && opens_predicate(view, close + 1)).then_some(close + 1)
}

/// Words into an apposition its role noun may stand, at most (`, chief
/// global strategist at ...`).
const APPOSITION_ROLE_REACH: usize = 3;

/// True when the words from `i` open a predicate: a finite verb, after at
/// most one adverb (`never happened`, `is largely a chimera`).
fn opens_predicate(view: &View, i: usize) -> bool {
    reads_as_finite_verb(view, i)
        || reads_as_lower_case_adverb(view.word(i)) && reads_as_finite_verb(view, i + 1)
}

/// True when the quote that opens the clause `[start, comma)` closes
/// before the clause does, words of the writer's following it (`“He can
/// assert it, but it seems extremely unlikely” that Sanders can catch
/// Clinton, said X.`): the whole clause is reported, not the quote alone.
fn quote_opens_clause(view: &View, quoted: &[bool], start: usize, comma: usize) -> bool {
    (start..comma)
        .find(|&i| !quoted[i] && view.tokens[i].is_word())
        .is_some_and(|first| (first..comma).filter(|&i| view.tokens[i].is_word()).count() >= 2)
}

/// `, said a GOP source.`, `, said one GOP source in the room.`: a
/// description after an inverted postposed `cue` that ends on a noun
/// that heads speakers, at the sentence's `last` token or before what
/// says more of it; when no mention opens the attribution (`, said the
/// deal was within reach` is what was said). A group of people heads one
/// there too, with no determiner needed (`, said three people who have
/// worked with the company.`, `, said people familiar with the matter.`),
/// though the lexicon finds them too common to head sources elsewhere.
fn inverted_description(view: &View, cue: usize, last: usize) -> Option<(usize, usize)> {
    let first = if view.lower_is(cue + 1, DESCRIPTION_OPENERS) {
        cue + 2
    } else if view.lower_is(cue + 1, GROUPS_OF_PEOPLE) {
        cue + 1
    } else {
        return None;
    };
    // `, said the Paris-based human rights group.`: a hyphen inside a
    // word is one of the words.
    let head = (first..last)
        .take_while(|&j| view.tokens[j].is_word() || view.is_inner_hyphen(j))
        .filter(|&j| !view.is_inner_hyphen(j))
        .take(NOUN_PHRASE_WORDS)
        .find(|&j| {
            (view.heads_speakers(j) || view.lower_is(j, GROUPS_OF_PEOPLE) || names_members(view, j))
                && (j + 1 == last
                    || view.lower_is(j + 1, DESCRIPTION_BREAKS)
                    || participle_phrase_after(view, j)
                    || opens_relative_clause_after_comma(view, j + 1)
                    || names_speaker_to_the_end(view, j + 1, last))
        })?;
    Some((cue + 1, head + 1))
}

/// True when a past participle and its preposition follow a document's
/// noun at `head` and modify it (`, says a press statement posted on the
/// embassy website on Monday.`, `, said a report released by ...`); after
/// a person's noun the word is a verb (`, says some residents complained
/// to`).
fn participle_phrase_after(view: &View, head: usize) -> bool {
    let participle = view.word(head + 1);
    (view.lower_is(head, ISSUED_BY_NAME) || view.lower_is(head, DOCUMENT_NOUNS))
        && participle.ends_with("ed")
        && participle.bytes().all(|b| b.is_ascii_lowercase())
        && view.lower_is(head + 2, DESCRIPTION_BREAKS)
}

/// True when a person or organisation is named from token `i` to the
/// sentence's `last` token or what breaks off a description (`, said the
/// Paris-based group Human Rights Watch.`).
fn names_speaker_to_the_end(view: &View, i: usize, last: usize) -> bool {
    view.entity_at(i).is_some_and(|(start, end, kind)| {
        start == i
            && (end == last || view.lower_is(end, DESCRIPTION_BREAKS))
            && matches!(kind, EntityKind::Person | EntityKind::Organization)
    })
}

/// The person or organisation named from token `i` to the sentence's
/// `last` token, with a `the` at `i` that the entity leaves out (`, said
/// the BBC.`), as [`names_speaker_to_the_end`] reads it.
fn speaker_named_to_the_end(view: &View, i: usize, last: usize) -> Option<(usize, usize)> {
    let name = i + usize::from(view.lower_is(i, &["the"]));
    if !names_speaker_to_the_end(view, name, last) {
        return None;
    }
    view.entity_at(name).map(|(_, end, _)| (i, end))
}

/// True when token `i` ends a plural name of people that members of a
/// party or a movement go by (`some Democrats`, `a handful of
/// Republicans`): a capitalised word in `s` that ends an entity.
fn names_members(view: &View, i: usize) -> bool {
    !view.starts_in_lower_case(i)
        && view.word(i).ends_with('s')
        && view.entity_at(i).is_some_and(|(_, b, _)| b == i + 1)
}

/// True when a comma at `i` opens a relative clause (`, who cringe as
/// ...`), which says more of the description before it.
fn opens_relative_clause_after_comma(view: &View, i: usize) -> bool {
    view.word(i) == "," && view.lower_is(i + 1, &["who", "which"])
}

/// The person an inverted attribution's description names after a comma
/// (`, said a former spokesman for the ministry, Oleg Voloshyn.`): a
/// person's name right after the first comma past the description's
/// head, within a few words of it.
fn person_named_after_description(
    view: &View,
    (_, head_end): (usize, usize),
    last: usize,
) -> Option<(usize, usize)> {
    let comma = (head_end..last)
        .take(NOUN_PHRASE_WORDS + 1)
        .take_while(|&j| view.tokens[j].is_word() || view.word(j) == ",")
        .find(|&j| view.word(j) == ",")?;
    view.entity_at(comma + 1)
        .filter(|&(a, _, kind)| a == comma + 1 && kind == EntityKind::Person)
        .map(|(a, b, _)| (a, b))
}

/// Plural nouns for people that speak as a group in an inverted
/// attribution (`, said two diplomats.`), too common as plain nouns for
/// the cue lexicon to count them as heads of sources (`people` heads 33
/// of its 1,270 PolNeAR occurrences).
const GROUPS_OF_PEOPLE: &WordList = &WordList::new(&[
    "people",
    "persons",
    "residents",
    "witnesses",
    "diplomats",
    "voters",
    "locals",
]);

/// `CLAUSE, Russia's ambassador to Seoul, Aleksandr Timonin, told TASS.`,
/// `CLAUSE, Brandon Farelas, Sylvia's son, told KGO-TV.`: a postposed
/// subject of two parts set off by commas, a person's (or an
/// organisation's) name and a description of them (words only, no cue
/// verb), in either order: the comma that ends the clause, and the name.
fn person_after_description(
    view: &View,
    start: usize,
    cue: usize,
) -> Option<(usize, (usize, usize))> {
    // `, Oskar Konyukhov, has told TASS`: after the auxiliaries.
    let set_off = verb_group_start(view, start, cue)
        .checked_sub(1)
        .filter(|&c| c > start && view.word(c) == ",")?;
    // `Chairman of the Russian-Iranian Business Council`: a hyphen inside
    // a word is one of the words.
    let comma_before = |at: usize| {
        (start + 1..at)
            .rev()
            .take(APPOSITION_WORDS)
            .find(|&j| !view.is_phrase_word(j))
            .filter(|&j| view.word(j) == ",")
    };
    let middle = comma_before(set_off)?;
    let clause_end = comma_before(middle)?;
    // `, the Syrian Observatory for Human Rights, a Britain-based war
    // monitor, said.`: or an organisation's name, after its article.
    let named = |(a, b): (usize, usize)| {
        let a = if b > a + 1 && view.lower_is(a, &["the"]) {
            a + 1
        } else {
            // `, Maj. Gen. Joseph Ponde,`: past the ranks before the name.
            (a..b)
                .find(|&j| !is_rank_abbreviation(view.word(j)))
                .unwrap_or(a)
        };
        let body = view.entity_at(a).is_some_and(|(start, end, kind)| {
            (start, end) == (a, b) && kind == EntityKind::Organization
        });
        Some((a, b)).filter(|_| view.names_person(a, b) || body)
    };
    let describes = |(a, b): (usize, usize)| a < b && (a..b).all(|j| !view.is_cue_verb(j));
    let (first, second) = ((clause_end + 1, middle), (middle + 1, set_off));
    let name = match (named(first), named(second)) {
        (Some(name), None) if describes(second) => name,
        (None, Some(name)) if describes(first) => name,
        _ => return None,
    };
    Some((clause_end, name))
}

/// Longest addressee of a postposed cue ([`ADDRESSEE_VERBS`]): `, Smith
/// told The Wall Street Journal.`
const ADDRESSEE_WORDS: usize = 5;

/// Where the person a postposed `cue` tells ends (`, he told [the court]
/// in his filing.`, `, Grassley told [POLITICO].`): the words after a verb
/// of telling up to a circumstance, `that` or a subject pronoun, at most
/// [`ADDRESSEE_WORDS`]. For any other cue, the token after it.
fn addressee_end(view: &View, cue: usize, last: usize) -> usize {
    if !view.lower_is(cue, ADDRESSEE_VERBS) {
        return cue + 1;
    }
    (cue + 1..last)
        .take(ADDRESSEE_WORDS)
        .find(|&i| {
            !view.tokens[i].is_word()
                || takes_no_object(view, i) && !(i > cue + 1 && view.lower_is(i, &["of"]))
                || view.lower_is(i, &["that"])
                || view.lower_is(i, SPEAKER_PRONOUNS)
        })
        .unwrap_or_else(|| last.min(cue + 1 + ADDRESSEE_WORDS))
}

/// Words that may follow a postposed cue in its attribution (`, X said
/// on Monday.`, `, X said Friday.`, `, X said in a statement.`, `, X said
/// late Tuesday.`), where
/// any other word opens the cue's own object: these, the
/// [`CIRCUMSTANCE_WORDS`] and the [`WEEKDAYS`].
const POSTPOSED_TAIL_OPENERS: &[&str] = &[
    "to",
    "of",
    "about",
    "last",
    "this",
    "earlier",
    "later",
    "early",
    "late",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "afterward",
    "afterwards",
    "backstage",
    "again",
    "then",
    "too",
    "as",
    "privately",
    "publicly",
    "through",
];

/// True when the tokens `[from, last)` after a postposed cue are the
/// attribution's circumstance to the sentence's end, however long (`, the
/// company said on Monday in a press release posted on its website.`, `,
/// Xi said in a message marking the opening of an exhibition hall in
/// Hangzhou.`), not a topic (`, he warned of ...`): at most [`ATTRIBUTION_CIRCUMSTANCE_TOKENS`] tokens, no comma or other
/// break, and nothing that opens a clause of its own (`that`, an
/// auxiliary, a subject pronoun: `, X said on Friday Erdogan is set to
/// visit`; not the auxiliary of an infinitive: `, X said during his
/// campaign speech to be a national delegate.`). A clause a subordinator
/// opens is the circumstance's (`, X said Thursday as he is taking a trip
/// to India.`), and so are a
/// participle and a closing name set off by a comma (`, Putin said at a
/// gala concert dedicated to Defender of the Fatherland Day, marked in
/// Russia on February 23.`, `, Lavrov said on Monday following talks
/// with his Mongolian counterpart, Tsend Munkh-Orgil.`).
fn circumstance_to_end(view: &View, from: usize, last: usize) -> bool {
    // `as he labored over it` opens a clause of when, not a topic.
    let topic = view.lower_is(from, TOPIC_PREPOSITIONS)
        && !(view.lower_is(from, CIRCUMSTANCE_SUBORDINATORS)
            && view.lower_is(from + 1, SPEAKER_PRONOUNS));
    // `reported at least six planes filled the skies`: a quantity opens
    // a subject, not a place.
    let quantity = view.lower_is(from, &["at"]) && view.lower_is(from + 1, &["least", "most"]);
    if last - from > ATTRIBUTION_CIRCUMSTANCE_TOKENS || topic || quantity {
        return false;
    }
    // `following talks with his Mongolian counterpart, Tsend
    // Munkh-Orgil.`: a name in apposition that ends the sentence.
    let last = (from + 2..last)
        .find(|&i| view.word(i) == "," && view.mention_at(i + 1) == Some((i + 1, last)))
        .unwrap_or(last);
    // The subordinator opens a clause with its subject (`as he is`), not
    // a phrase (`in the year since being returned ..., the boy had`).
    let subordinate = (from..last).find(|&i| {
        view.lower_is(i, CIRCUMSTANCE_SUBORDINATORS)
            && (view.lower_is(i + 1, SPEAKER_PRONOUNS) || view.opens_noun_phrase(i + 1))
    });
    // Right after the cue, a subordinate clause may front what was said
    // (`said when he landed in Kigali he was sent to a hotel`): a second
    // subject after its own makes it no circumstance.
    if subordinate == Some(from) && (from + 2..last).any(|i| view.lower_is(i, SPEAKER_PRONOUNS)) {
        return false;
    }
    // `following the "2+2" Russian-Japanese talks`: a name in quote
    // marks, a few tokens opened past the cue and closed before the end
    // (not the words said: `said in a statement "there are ..."`).
    // A name that ends the sentence closes past its full stop (`on
    // MSNBC’s “Morning Joe.”`), on the sentence's last token.
    let closes_at_end = last > from && view.is_quote_mark(last) && view.word(last - 1) == ".";
    let marks: Vec<usize> = (from + 1..last)
        .chain(closes_at_end.then_some(last))
        .filter(|&i| view.is_quote_mark(i))
        .collect();
    let quoted_names: Vec<(usize, usize)> = if marks.len() % 2 == 0 {
        marks
            .chunks(2)
            .map(|pair| (pair[0], pair[1]))
            .filter(|&(open, close)| close - open <= QUOTED_NAME_TOKENS)
            .collect()
    } else {
        Vec::new()
    };
    let in_quoted_name = |i: usize| {
        quoted_names
            .iter()
            .any(|&(open, close)| (open..=close).contains(&i))
    };
    (from..last).all(|i| {
        if in_quoted_name(i) {
            return true;
        }
        // Past words of the circumstance (right after the cue, a comma
        // sets off the writer's clause: `The United States, Borneman
        // said, doubled in size`).
        let participle_set_off = view.word(i) == ","
            && i > from + 1
            && i + 1 < last
            && view.starts_in_lower_case(i + 1)
            && view.word(i + 1).ends_with("ed")
            && !view.is_cue(i + 1);
        let in_subordinate = subordinate.is_some_and(|s| i > s);
        participle_set_off
            // `following a Russia-NATO Council meeting`.
            || view.is_inner_hyphen(i)
            || (view.tokens[i].is_word() || view.tokens[i].kind == TokenKind::Number)
                && !view.lower_is(i, &["that"])
                && (in_subordinate
                    || (!view.is_auxiliary(i) || view.lower_is(i - 1, &["to"]))
                        && !view.lower_is(i, SPEAKER_PRONOUNS))
    })
}

/// Tokens between the quote marks of a name in a postposed circumstance,
/// at most (`the "2+2" talks`, `a "Day of Rage" march`).
const QUOTED_NAME_TOKENS: usize = 5;

/// Subordinators that open a clause of when or why words were said (`,
/// X said Thursday as he is taking a trip`), not of what they said (`if`,
/// `whether`).
const CIRCUMSTANCE_SUBORDINATORS: &WordList = &WordList::new(&[
    "as", "while", "after", "before", "when", "since", "until", "because", "though",
]);

/// Words that open what a speech was about or its object rather than
/// its circumstance (`, he warned of the danger posed by ...`, `,
/// the 29-year-old admitted to raising money ...`, `, X said as much
/// ...`).
const TOPIC_PREPOSITIONS: &[&str] = &["of", "about", "over", "to", "as"];

/// Most tokens of a postposed attribution's circumstance (`, the
/// Russian Foreign Ministry said on Wednesday after talks between the
/// delegations headed by Russian Deputy Foreign Minister Oleg Syromolotov
/// and EU Deputy Secretary General at the EEAS Pedro Serrano.`: 24; at
/// 20 its clause was lost, and over the Dai corpus and PolNeAR nothing
/// else changes at 30).
const ATTRIBUTION_CIRCUMSTANCE_TOKENS: usize = 30;

/// Verbs of speech that take no object: what follows them reports
/// nothing unless it says what the speech was about.
const INTRANSITIVE_SPEECH_VERBS: &[&str] = &[
    "spoke", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking",
];

/// Prepositions that may open what a cue reports (`accused X of`,
/// `called on`, `inclined to`), not only its circumstance.
const OBJECT_PREPOSITIONS: &[&str] = &["of", "to", "on", "about", "with", "by", "over"];

/// True when the word at `i`, right after a postposed cue, still belongs
/// to the attribution: a circumstance, not the cue's object.
fn takes_no_object(view: &View, i: usize) -> bool {
    view.lower_is(i, CIRCUMSTANCE_WORDS)
        || view.lower_is(i, POSTPOSED_TAIL_OPENERS)
        || view.lower_is(i, WEEKDAYS)
}

/// The comma and subject of a postposed `CLAUSE, X said`: a mention with
/// up to three words of its own before it (`, another source said`, `,
/// top black lawmakers said`), or with `PostposedTail::ToComma` the noun
/// phrase between the comma and the cue.
fn subject_after_comma(
    view: &View,
    start: usize,
    cue: usize,
    quoted: &[bool],
    tail: PostposedTail,
) -> Option<(usize, (usize, usize))> {
    // The comma up to `reach` tokens before the subject `(a, b)`, with
    // only tokens `in_subject` accepts between.
    let after_comma = |(a, b): (usize, usize), reach: usize, in_subject: &dyn Fn(usize) -> bool| {
        let comma = (a.saturating_sub(reach + 1)..a)
            .rev()
            .take_while(|&j| j + 1 == a || in_subject(j + 1))
            .find(|&j| view.word(j) == ",")?;
        (!view.lower_is(comma + 1, CLAUSE_CONJUNCTIONS)).then_some((comma, (comma + 1, b)))
    };
    let is_word = |j: usize| view.tokens[j].is_word();
    // `, prices rose and analysts said`: a conjunction after a verb in
    // the past joins clauses, not words of the subject (`Russian and
    // Syrian officials` it does join).
    let modifies_subject = |j: usize| {
        is_word(j)
            && !(view.lower_is(j, CLAUSE_CONJUNCTIONS)
                && j > 0
                && tense(view, j - 1) == Some(Tense::Past))
    };
    // `, a leading child protection police officer has said`: the
    // subject ends before the auxiliaries.
    let mention = verb_group_start(view, start, cue)
        .checked_sub(1)
        .map(|before| before_lost_space(view, before))
        .map(|before| before_parenthesis(view, start, before))
        .and_then(|before| {
            view.mention_at(before)
                .or_else(|| named_before_apposition(view, cue))
        })
        .and_then(|m| {
            // `, UMWA Director of Government Affairs Phil Smith said`, `,
            // Algerian foreign affairs ministry spokesman Benali Cherif
            // Abdelaziz said`: a role before the name reaches further.
            let role_ends = m.0 > 0 && ends_a_role(view, m.0 - 1);
            after_comma(m, MODIFIER_WORDS, &modifies_subject)
                .or_else(|| {
                    after_comma(m, ROLE_WORDS, &|j| {
                        in_title(view, j) || role_ends && in_lower_case_role(view, j)
                    })
                })
                .or_else(|| owned_after_possessor(view, start, m))
        });
    let mention = mention
        .or_else(|| source_with_postmodifier(view, start, cue))
        .or_else(|| role_of_body_before(view, start, cue))
        .or_else(|| person_after_long_role(view, start, cue));
    let found = match tail {
        PostposedTail::Short => mention,
        // `Herzl Halevi, head of military intelligence warned`: a role in
        // lower case right after a person's name is the name's
        // apposition, and the clause before the comma is no report (`...
        // Dylann Roof, Comey has said` is one).
        PostposedTail::ToComma => mention.or_else(|| {
            let phrase = noun_phrase_before(view, start, cue, quoted)?;
            let phrase = with_conjoined_phrase_before(view, start, phrase, quoted);
            after_comma(phrase, 0, &is_word).filter(|&(comma, _)| {
                let after_person = comma
                    .checked_sub(1)
                    .and_then(|name_end| view.entity_at(name_end))
                    .is_some_and(|(_, b, kind)| b == comma && kind == EntityKind::Person);
                comma + 1 == phrase.0 && !(after_person && in_lower_case_role(view, phrase.0))
            })
        }),
    };
    // `, which several senior officials have denied.`, `, allegations
    // that authorities have denied.`: the cue is the verb of a relative
    // clause on what came before, no attribution. (`, sources who
    // reviewed them told` is one: `who` opens a clause of their own.)
    // `, as Conway said.`: the `as` that sets the attribution off is no
    // part of its speaker.
    let cue_in_relative_clause = |(a, b): (usize, usize)| {
        view.lower_is(a, RELATIVE_OPENERS)
            || (a..b).any(|r| {
                view.lower_is(r, &["that", "which", "whom"])
                    && !(r + 1..b)
                        .any(|j| view.is_auxiliary(j) || tense(view, j) == Some(Tense::Past))
            })
    };
    found
        .filter(|&(_, phrase)| !cue_in_relative_clause(phrase))
        .map(|(comma, (a, b))| {
            let set_off_by_as = b > a + 1 && view.lower_is(a, &["as"]);
            (comma, (a + usize::from(set_off_by_as), b))
        })
}

/// `, family members and firefighters said`: the noun phrase `(a, b)`
/// with the one that `and` or `or` joins to it before, back to `start`
/// at most, when that one names no entity, has no verb and ends on a
/// noun that heads speakers or on a plural (not `prices rose and
/// analysts`, `University in Queensland and the paper's co-author`);
/// else `(a, b)` itself.
fn with_conjoined_phrase_before(
    view: &View,
    start: usize,
    (a, b): (usize, usize),
    quoted: &[bool],
) -> (usize, usize) {
    let Some(conjunction) = a
        .checked_sub(1)
        .filter(|&c| c > start && view.lower_is(c, &["and", "or"]))
    else {
        return (a, b);
    };
    let first = noun_phrase_start(view, start, conjunction, quoted);
    let head = conjunction - 1;
    let verbless_description = (first..conjunction).all(|j| {
        view.entity_at(j).is_none()
            && !view.is_cue(j)
            && !view.is_auxiliary(j)
            && tense(view, j) != Some(Tense::Past)
    });
    let names_speakers = view.heads_speakers(head) || view.word(head).ends_with('s');
    if first < conjunction && verbless_description && names_speakers {
        (first, b)
    } else {
        (a, b)
    }
}

/// `CLAUSE, South Korea's Yonhap news agency reported`, `, the EU's
/// anti-piracy mission NAVFOR said`: a phrase that
/// speaks, `(a, b)`, owned by a place or body named right after the
/// clause's comma, with at most [`MODIFIER_WORDS`] words before the
/// phrase's mention. Returns the comma and the phrase owned from its
/// first word (`Yonhap news agency`), as the phrase would be without the
/// possessor.
fn owned_after_possessor(
    view: &View,
    start: usize,
    (a, b): (usize, usize),
) -> Option<(usize, (usize, usize))> {
    // `anti-piracy` is one word of the phrase.
    let clitic = (start..a)
        .rev()
        .filter(|&j| !view.is_inner_hyphen(j))
        .take(MODIFIER_WORDS + 1)
        .find(|&j| !view.is_phrase_word(j) || view.lower_is(j, POSSESSIVE_CLITICS))
        .filter(|&j| view.lower_is(j, POSSESSIVE_CLITICS))?;
    let (possessor, _, kind) = view
        .entity_at(clitic.checked_sub(1)?)
        .filter(|&(_, end, _)| end == clitic)?;
    // `, the EU's naval mission NAVFOR said`: a `the` the entity leaves
    // out may stand before the possessor.
    let possessor =
        possessor - usize::from(possessor > 0 && view.lower_is(possessor - 1, &["the"]));
    let comma = possessor
        .checked_sub(1)
        .filter(|&c| c > start && view.word(c) == ",")?;
    (kind != EntityKind::Person && clitic + 1 < b).then_some((comma, (clitic + 1, b)))
}

/// `CLAUSE, three sources familiar with the plan said`, `, a source close
/// to him has said`: a noun that names speakers, with what places it near
/// the matter, after the clause's comma and before the cue. Returns the comma and the noun's phrase without that
/// place (`three sources`): the place names no one who speaks.
fn source_with_postmodifier(
    view: &View,
    start: usize,
    cue: usize,
) -> Option<(usize, (usize, usize))> {
    let comma = (start..cue).rev().find(|&j| view.word(j) == ",")?;
    let place = (comma + 2..cue).find(|&j| {
        SOURCE_PLACES.iter().any(|place| {
            place
                .iter()
                .zip(j..)
                .all(|(&word, i)| view.lower_is(i, &[word]))
        })
    })?;
    let head = place - 1;
    let words_before_head = head - (comma + 1);
    // `people` names speakers too seldom on the whole to head them, but
    // does so here.
    let fits = (view.heads_speakers(head) || view.lower_is(head, &["people", "person"]))
        && words_before_head <= MODIFIER_WORDS
        && (comma + 1..head).all(|j| view.tokens[j].is_word() && !view.is_cue(j));
    fits.then_some((comma, (comma + 1, head + 1)))
}

/// `CLAUSE, spokeswoman for the Security Council Yelena Gitlyanskaya
/// said`, `, Ukraine's prosecutor for special investigations Serhiy
/// Gorbatyuk said`: a person named right before the cue's verb group,
/// after a role of at most [`LONG_ROLE_WORDS`] words (words, possessives
/// and hyphens inside words, none a verb) that opens after the clause's
/// comma and holds a noun that names speakers. Returns the comma and the
/// person's name.
fn person_after_long_role(
    view: &View,
    start: usize,
    cue: usize,
) -> Option<(usize, (usize, usize))> {
    let end = verb_group_start(view, start, cue);
    let (name, name_end, kind) = view.entity_at(end.checked_sub(1)?)?;
    if kind != EntityKind::Person || name_end != end {
        return None;
    }
    let comma = (start..name)
        .rev()
        .take(LONG_ROLE_WORDS + 1)
        .find(|&j| !view.is_phrase_word(j))
        .filter(|&j| j > start && view.word(j) == ",")?;
    let role = comma + 1..name;
    let fits = !role.is_empty()
        && role.clone().any(|j| view.heads_speakers(j))
        && role.clone().all(|j| {
            !view.is_cue_verb(j) && !view.is_auxiliary(j) && !view.lower_is(j, RELATIVE_OPENERS)
        });
    fits.then_some((comma, (name, name_end)))
}

/// Words of the role before a person's name in
/// [`person_after_long_role`], at most.
const LONG_ROLE_WORDS: usize = 10;

/// `CLAUSE, a spokesman for the Pentagon said`, `, an official with
/// Ukraine's National Memory Institute said`, `, a spokesman for the
/// local emergency services said`: a noun that names speakers right
/// after the clause's comma (after a determiner and at most
/// [`MODIFIER_WORDS`] words), then a preposition and the body they speak
/// for, by its name or in words in lower case, which ends right before
/// the cue's verb group. Returns the comma and the whole phrase.
fn role_of_body_before(view: &View, start: usize, cue: usize) -> Option<(usize, (usize, usize))> {
    let end = verb_group_start(view, start, cue);
    let body = match view.entity_at(end.checked_sub(1)?) {
        Some((body, body_end, _)) if body_end == end => body,
        _ => lower_case_body_start(view, start, end)?,
    };
    let comma = (start..body).rev().find(|&j| view.word(j) == ",")?;
    role_before_body(view, comma + 1, body).then_some((comma, (comma + 1, end)))
}

/// The start of a body named in words in lower case that end right
/// before `end`, at most [`MODIFIER_WORDS`] words and an article, none a
/// cue: the article (`the local emergency services`, `the Chinese navy`:
/// an adjective of nationality too), or the first word after a
/// preposition (`with law enforcement agencies`).
fn lower_case_body_start(view: &View, start: usize, end: usize) -> Option<usize> {
    let in_lower_case = |j: usize| {
        view.starts_in_lower_case(j)
            || view
                .entity_at(j)
                .is_some_and(|(_, _, kind)| kind == EntityKind::Misc)
    };
    (start..end)
        .rev()
        .take(MODIFIER_WORDS + 1)
        .take_while(|&j| view.tokens[j].is_word() && in_lower_case(j) && !view.is_cue(j))
        .find(|&j| {
            view.lower_is(j, ARTICLES) || j > 0 && view.lower_is(j - 1, AFFILIATION_PREPOSITIONS)
        })
        .filter(|&article| article + 1 < end)
}

/// True when the tokens from `determiner` to the name of a body at
/// `body` are a role in it (`a spokesman for the`, `an official with
/// Ukraine's`, `attorneys for the`): a determiner (none before a plural),
/// at most [`MODIFIER_WORDS`] words in lower case, a noun that names
/// speakers, a preposition, and words (or a possessive) before the name.
fn role_before_body(view: &View, determiner: usize, body: usize) -> bool {
    // `attorneys for the family`: a plural role needs no determiner.
    let determined = view.lower_is(determiner, &["a", "an", "the", "one", "another"]);
    let Some(preposition) = (determiner + 1 + usize::from(determined)..body)
        .take(MODIFIER_WORDS + 1)
        .find(|&j| view.lower_is(j, AFFILIATION_PREPOSITIONS) || view.lower_is(j, &["in"]))
    else {
        return false;
    };
    // (`a statement from the White House`: the statement is how the
    // body speaks, not a person in it.)
    let role = preposition - 1;
    view.heads_speakers(role)
        && (determined || view.word(role).ends_with('s'))
        && !view.is_cue(role)
        && (determiner..role).all(|j| view.tokens[j].is_word() && view.starts_in_lower_case(j))
        && (preposition + 1..body).all(|j| view.tokens[j].is_word() || view.is_possessive_mark(j))
}

/// What places a source near the matter after its noun (`sources
/// [familiar with] the plan`, `a source [close to] him`).
const SOURCE_PLACES: &[&[&str]] = &[
    &["familiar", "with"],
    &["close", "to"],
    &["with", "knowledge", "of"],
    &["briefed", "on"],
    &["knowledgeable", "about"],
    &["involved", "in"],
];

/// Longest parenthesis after a speaker's name (`Grassley (R-Iowa)`).
const PARENTHESIS_TOKENS: usize = 6;

/// The token before `i` when `i` is a hyphen that stands for a space
/// scraping lost between a capitalised word and a verb (`Michael
/// Noonan-said`), else `i`.
fn before_lost_space(view: &View, i: usize) -> usize {
    let lost = view.is_inner_hyphen(i)
        && !view.starts_in_lower_case(i - 1)
        && view.starts_in_lower_case(i + 1)
        && view.is_cue_verb(i + 1);
    if lost {
        i - 1
    } else {
        i
    }
}

/// The token before the parenthesis that token `i` closes (`Sen. Chuck
/// Grassley (R-Iowa) told`: `Grassley`), or `i` itself when it closes
/// none.
fn before_parenthesis(view: &View, start: usize, i: usize) -> usize {
    if view.word(i) != ")" {
        return i;
    }
    (start.max(i.saturating_sub(PARENTHESIS_TOKENS))..i)
        .rev()
        .find(|&j| view.word(j) == "(")
        .filter(|&open| open > start)
        .map_or(i, |open| open - 1)
}

/// True when a comma follows `attribution_end` within a few words and
/// what comes after it is no part of the reported clause: a clause of the
/// writer's ([`WRITERS_CLAUSE_OPENERS`], a participle).
fn ends_at_comma(view: &View, attribution_end: usize, last: usize) -> bool {
    let Some(comma) = view.first_comma(attribution_end..last.min(attribution_end + POSTPOSED_TAIL))
    else {
        return false;
    };
    let next = comma + 1;
    if next >= last {
        return false;
    }
    let word = view.word(next);
    view.lower_is(next, WRITERS_CLAUSE_OPENERS)
        || word.len() > 4 && word.ends_with("ing") && word.chars().all(|c| c.is_lowercase())
}

/// Quotes set off as a paragraph of their own, with no quote marks, after
/// a paragraph that ends in their attribution and a colon (`Limbaugh
/// added:¶¶And from a supposed front-runner, ...`, `Hewitt writes:¶¶The
/// movie mentions ...`): a block quote, whose marks the page's layout
/// gave and the text lost. Its speaker is the subject of the cue before
/// the colon; a paragraph that opens with a quote mark, holds quoted
/// words already found, or is shorter than [`MIN_BLOCK_WORDS`] words
/// (a list's heading) is left to the other rules.
fn block_quotes(view: &View, quoted: &[bool]) -> Vec<Quote> {
    let n = view.tokens.len();
    (1..n.saturating_sub(1))
        .filter(|&colon| view.word(colon) == ":" && opens_paragraph(view, colon + 1))
        .filter_map(|colon| {
            let cue = colon - 1;
            let first = colon + 1;
            let past = (first..n)
                .find(|&i| view.paragraph_of[i] != view.paragraph_of[first])
                .unwrap_or(n);
            let words = (first..past).filter(|&i| view.tokens[i].is_word()).count();
            let stands_alone = !view.is_quote_mark(first)
                && !view.boilerplate[first]
                && !quoted[first..past].contains(&true)
                && words >= MIN_BLOCK_WORDS;
            if !stands_alone || !view.is_cue(cue) || view.lower_is(cue, CUE_PARTICLES) {
                return None;
            }
            let speaker_end =
                subject_end_before(view, view.sentences[view.sentence_of[cue]].0, cue);
            let speaker = view
                .mention_at(speaker_end.checked_sub(1)?)
                .filter(|&(_, b)| b == speaker_end)?;
            let past = end_before_lost_characters(view.text, view.tokens, first + 1, past);
            Some(view.attributed_quote(
                QuoteKind::Direct,
                (first, past),
                Some((cue, cue + 1)),
                speaker,
            ))
        })
        .collect()
}

/// Words a block quote holds at least.
const MIN_BLOCK_WORDS: usize = 5;

/// Where the subject of `cue` ends: right before the cue, or before the
/// auxiliaries, contractions and adverbs in between (`as I've
/// suggested`, `as you very aptly pointed out`, `also added`), no
/// further back than `start`.
fn subject_end_before(view: &View, start: usize, cue: usize) -> usize {
    (start..cue)
        .rev()
        .take(3)
        .take_while(|&i| {
            let word = view.word(i);
            view.is_auxiliary(i)
                || reads_as_adverb(word)
                || is_one_of(word, &["very", "later"])
                || word.starts_with(['\'', '’'])
        })
        .last()
        .unwrap_or(cue)
}

/// An attribution set off by `as` inside the clause it reports:
/// `Hawaii, as one of Mr. Obama's climate advisers pointed out, normally
/// does not get back-to-back hurricanes` reports the clause around it
/// when the words after it go on as its verb; else the clause after it
/// (`Of course, as X observed, the biggest victor ...`, `As X has
/// reported, ...`). The speaker is the mention that ends right before the
/// cue (past an auxiliary or adverb), or the name that opens `X of Y`.
/// Only verbs that report a clause: after `as`, an intransitive one is a
/// time (`as Blumenthal spoke, the NRA ...`).
fn as_parenthetical<'a>(
    view: &View<'a>,
    direct: &DirectQuotes,
    cue: usize,
    (start, last, end): (usize, usize, usize),
    words: &mut Option<SentenceWords<'a>>,
) -> Option<Quote> {
    let quoted = &direct.quoted;
    let reports_clause = view.lower_is(cue, SPEECH_VERBS)
        || view.lower_is(cue, PRESENT_SPEECH_VERBS)
        || view.lower_is(cue, AS_CUES)
        || view.lower_is(cue, &["pointed", "points"]) && view.lower_is(cue + 1, &["out"])
        || view.lower_is(cue, PUT_IT) && view.lower_is(cue + 1, &["it"]);
    if !reports_clause || quoted[start] {
        return None;
    }
    let close = parenthetical_close(view, cue, last)?;
    // `As Bloomberg reported Thursday, ...`: or a time.
    let bare_tail = view.past_time_phrase(cue + 1) == close
        || (cue + 1..close).all(|i| {
            view.lower_is(i, &["out", "it", "before", "earlier", "once"])
                || reads_as_adverb(view.word(i))
        });
    if !bare_tail {
        return None;
    }
    let speaker_end = subject_end_before(view, start, cue);
    // `as it has been repeatedly stated`: a passive names no speaker.
    if (speaker_end..cue).any(|i| view.lower_is(i, PASSIVE_AUXILIARIES)) {
        return None;
    }
    let as_at = (start..speaker_end)
        .rev()
        .take(AS_SPEAKER_REACH + 1)
        .take_while(|&i| view.tokens[i].is_word())
        .find(|&i| view.lower_is(i, &["as"]))?;
    if as_at + 1 >= speaker_end || close + 1 >= last || quoted[close + 1] {
        return None;
    }
    // `as Joel Pollak of Breitbart California observed`: the first name.
    let named_of = view
        .mention_at(as_at + 1)
        .filter(|&(a, b)| a == as_at + 1 && b < speaker_end && view.lower_is(b, &["of"]));
    let speaker = named_of.or_else(|| {
        view.mention_at(speaker_end - 1)
            .filter(|&(a, b)| b == speaker_end && a > as_at)
    })?;
    let content = close + 1;
    let content_end = report_end(
        view,
        direct,
        words,
        cue,
        (content, content + 2),
        (start, last, end),
    );
    let verb_after = past_lower_case_adverb(view, content);
    // `Hawaii, as ...,`: a subject before it, no clause of its own.
    let open = as_at.checked_sub(1).filter(|&o| {
        o > start
            && view.word(o) == ","
            && o - start <= AS_SUBJECT_WORDS
            && !(start..o).any(|i| view.is_cue(i) || quoted[i])
    });
    match open {
        Some(open) if verb_after < content_end && reads_as_finite_verb(view, verb_after) => {
            Some(view.report_around(
                (start, open),
                (content, content_end),
                (cue, cue + 1),
                speaker,
            ))
        }
        _ => Some(view.indirect_quote((content, content_end), (cue, cue + 1), speaker)),
    }
}

/// Tokens of the subject before a parenthetical `as` that the report
/// holds (`The Every Student Succeeds Act, as ...`).
const AS_SUBJECT_WORDS: usize = 8;

/// Words between a parenthetical `as` and its cue (`as one of Mr.
/// Obama's climate advisers`).
const AS_SPEAKER_REACH: usize = 7;

/// Verbs beyond the verbs of speech that report a clause after `as X`
/// (`as X observed,`, `as X revealed,`).
const AS_CUES: &[&str] = &[
    "observed",
    "observes",
    "revealed",
    "reveals",
    "wrote",
    "writes",
    "mentioned",
    "indicated",
    "showed",
    "shows",
    "found",
    "recalled",
    "recalls",
    "emphasized",
    "stressed",
    "remarked",
];

/// Words between a parenthetical attribution's cue and the comma that
/// closes it (`, Mr. Clarke said on Monday,`).
const PARENTHETICAL_TAIL: usize = 3;

/// Words between a parenthetical attribution's cue and the comma that
/// closes it when they are a circumstance, at most (`, Stumpf explained
/// earlier in the committee hearing,`).
const PARENTHETICAL_CIRCUMSTANCE_TAIL: usize = 8;

/// Words that open the circumstance after a parenthetical attribution's
/// cue (`said on Monday`, `argues in a recent essay`).
const PARENTHETICAL_CIRCUMSTANCE_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "earlier",
    "later",
    "last",
    "this",
    "yesterday",
    "recently",
];

/// The comma that closes a parenthetical attribution before `last`: at
/// most [`PARENTHETICAL_TAIL`] words after its cue, or further when the
/// words before it are a circumstance and the sentence's verb follows it
/// (`These employees, Stumpf explained earlier in the committee hearing,
/// were well-paid`; not `said in a statement that in 2007, it provided`,
/// whose comma is inside what was said).
fn parenthetical_close(view: &View, cue: usize, last: usize) -> Option<usize> {
    view.first_comma(cue + 1..last.min(cue + 2 + PARENTHETICAL_TAIL))
        .or_else(|| {
            if !view.lower_is(cue + 1, PARENTHETICAL_CIRCUMSTANCE_OPENERS) {
                return None;
            }
            let close =
                view.first_comma(cue + 2..last.min(cue + 2 + PARENTHETICAL_CIRCUMSTANCE_TAIL))?;
            let circumstance =
                (cue + 1..close).all(|i| !view.lower_is(i, &["that"]) && !view.is_quote_mark(i));
            let verb = past_lower_case_adverb(view, close + 1);
            (circumstance && verb < last && reads_as_finite_verb(view, verb)).then_some(close)
        })
}

/// Reported speech around its attribution: `CLAUSE, X said, CLAUSE.`
/// (`Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt`,
/// `Climate change, Mr. Obama often says, is the greatest threat`). The
/// content is the sentence without the attribution, in two fragments
/// (the second through the closing mark of a quote that opens in it).
fn parenthetical(
    view: &View,
    cue: usize,
    (start, last, end): (usize, usize, usize),
    quoted: &[bool],
) -> Option<Quote> {
    let speech_verb = view.lower_is(cue, SPEECH_VERBS) || view.lower_is(cue, PRESENT_SPEECH_VERBS);
    if !speech_verb || quoted[start] {
        return None;
    }
    let close = parenthetical_close(view, cue, last)?;
    // The speaker right before the cue, or before one adverb (`often`).
    let before_cue = cue.checked_sub(1)?;
    let speaker_end = if reads_as_adverb(view.word(before_cue)) {
        before_cue
    } else {
        cue
    };
    // `, these people said,`, `, the SPLC said,`: a determiner may open a
    // speaker the cue's comma follows right away (not `those surveyed say
    // the economy, including ...`).
    let closes_at_cue = close == cue + 1;
    let (a, b) = match view.mention_at(speaker_end.checked_sub(1)?) {
        Some((a, b)) if closes_at_cue => (with_determiner_before(view, start, a), b),
        Some(mention) => mention,
        // `, some noted,`: a quantifier standing for people.
        None if closes_at_cue => {
            determined_noun_before(view, start, speaker_end).or_else(|| {
                let quantifier = speaker_end.checked_sub(1)?;
                stands_alone_as_quantifier(view, quantifier).then_some((quantifier, speaker_end))
            })?
        }
        None => return None,
    };
    // `, Chief Justice Roberts said,`: a title the mention leaves out.
    let titled = (start..a)
        .rev()
        .take_while(|&i| view.tokens[i].is_word() && !view.starts_in_lower_case(i))
        .last()
        .unwrap_or(a);
    let open = titled
        .checked_sub(1)
        .filter(|&o| o > start && view.word(o) == ",")?;
    let words_around = (start..open)
        .chain(close + 1..last)
        .filter(|&i| view.tokens[i].is_word())
        .count();
    // `, X said, adding that ...`, `, X said on Monday, as they ...`: what
    // follows is the speaker's next act or the writer's clause, which a
    // postposed attribution leaves out; not where no words follow the
    // cue (`, X said, until it went bankrupt`).
    if b != speaker_end
        || close + 1 >= last
        || quoted[close + 1]
        || words_around < 4
        || reports_act_of_speaker(view, close + 1)
        || close > cue + 1 && view.lower_is(close + 1, WRITERS_CLAUSE_OPENERS)
    {
        return None;
    }
    let content_end = closing_quote_end(view, close + 1, last, end);
    // `near the stadium, which, Tompkins said, is usually full`: inside a
    // relative clause, the report starts at its relative word (not at a
    // `that`, which may be a demonstrative: `“modifies” that, he said, by`).
    let content_start = open
        .checked_sub(1)
        .filter(|&r| {
            r > start && view.lower_is(r, RELATIVE_OPENERS) && !view.lower_is(r, &["that"])
        })
        .unwrap_or(start);
    Some(view.report_around(
        (content_start, open),
        (close + 1, content_end),
        (cue, cue + 1),
        (a, b),
    ))
}

/// Determiners of a plural speaker in a parenthetical attribution (`,
/// these people said,`, `, the officials said,`).
const PARENTHETICAL_SPEAKER_DETERMINERS: &[&str] =
    &["the", "these", "those", "some", "many", "several", "both"];

/// Where the mention starting at `a` starts with the determiner before
/// it, if there is one in the clause from `start` (`these [officials]`).
fn with_determiner_before(view: &View, start: usize, a: usize) -> usize {
    if a > start + 1 && view.lower_is(a - 1, PARENTHETICAL_SPEAKER_DETERMINERS) {
        a - 1
    } else {
        a
    }
}

/// `, these people said,`: a determiner and a noun in lower case right
/// before `end`, which no mention names, within the clause from `start`.
fn determined_noun_before(view: &View, start: usize, end: usize) -> Option<(usize, usize)> {
    let noun = end.checked_sub(1)?;
    let determiner = noun.checked_sub(1).filter(|&d| d > start)?;
    let lower_noun = view.tokens[noun].is_word() && view.starts_in_lower_case(noun);
    (lower_noun
        && view.lower_is(determiner, PARENTHETICAL_SPEAKER_DETERMINERS)
        && !view.is_cue(noun))
    .then_some((determiner, end))
}

/// How far into the phrase after `according to` its source may start.
const ACCORDING_TO_REACH: usize = 6;

/// Words that open a sentence before its clause (`But according to X,
/// ...`, `In addition, according to X, ...`).
const SENTENCE_LEADS: &WordList = &WordList::new(&[
    "but",
    "and",
    "yet",
    "so",
    "now",
    "still",
    "however",
    "meanwhile",
    "moreover",
    "also",
    "in",
    "addition",
    "instead",
    "indeed",
    "then",
    "because",
    "while",
    "since",
    "though",
    "although",
    "if",
    "when",
    "even",
    "today",
]);

/// True when only words that lead a sentence in, and commas, stand
/// between the sentence's first token `start` and `cue`.
fn only_sentence_leads_before(view: &View, start: usize, cue: usize) -> bool {
    (start..cue).all(|i| view.word(i) == "," || view.lower_is(i, SENTENCE_LEADS))
}

/// The source of `according to` at `cue` in a sentence whose words end
/// before `last`, and the end of the phrase that names it: a mention in
/// the phrase up to the next comma (`a New York Times/CBS News poll`, `the
/// event organizer AROS`), else that phrase itself, unresolved (`show
/// insiders`). None when `cue` is no `according to` or names no one.
fn according_to_source(view: &View, cue: usize, last: usize) -> Option<((usize, usize), usize)> {
    if !is_according_to(view, cue) || cue + 2 >= last {
        return None;
    }
    let phrase_end = view.first_comma(cue + 2..last).unwrap_or(last);
    if phrase_end == cue + 2 {
        return None; // `according to ,`: no one to attribute to
    }
    let speaker = (cue + 2..phrase_end)
        .take(ACCORDING_TO_REACH)
        .find_map(|j| view.mention_at(j))
        .map(|mention| {
            owned_person(view, mention, phrase_end).unwrap_or_else(|| {
                let described = with_compound_head(view, mention, phrase_end);
                named_after_description(view, described, phrase_end)
            })
        })
        .unwrap_or((cue + 2, phrase_end));
    Some((speaker, phrase_end))
}

/// The person or organisation named right after a description `(a, b)`
/// that ends on a noun in lower case, before `end` (`according to Spanish
/// journalist Ignacio Cembrero`, `according to US tech company SpaceX`,
/// `said the Spanish newspaper El Pais`): the name says who the
/// description is. The description itself when no such name follows.
fn named_after_description(view: &View, (a, b): (usize, usize), end: usize) -> (usize, usize) {
    let ends_on_noun = b > a && view.tokens[b - 1].is_word() && view.starts_in_lower_case(b - 1);
    view.entity_at(b)
        .filter(|&(start, past, kind)| {
            ends_on_noun
                && start == b
                && past <= end
                && matches!(kind, EntityKind::Person | EntityKind::Organization)
        })
        .map_or((a, b), |(start, past, _)| (start, past))
}

/// The mention `[a, b)` with the lower-case nouns after it that make it
/// the modifier of a compound, before `end` (`according to the police
/// report`, `a Pentagon statement`, `US government officials`, `ABC News
/// meteorologists`): through the last of at most
/// [`COMPOUND_TAIL_WORDS`] such words that names a source. Not after a
/// person's mention (`the chief executive`, linked to its name).
fn with_compound_head(view: &View, (a, b): (usize, usize), end: usize) -> (usize, usize) {
    if view.cluster_kind_at(b - 1) == Some(EntityKind::Person) {
        return (a, b);
    }
    let head = (b..end.min(b + COMPOUND_TAIL_WORDS))
        .take_while(|&i| {
            view.tokens[i].is_word()
                && view.starts_in_lower_case(i)
                && !view.lower_is(i, RELATIVE_OPENERS)
                && !view.lower_is(i, PREPOSITIONS)
                && !view.lower_is(i, &["and", "or"])
                && !view.opens_noun_phrase(i)
                && !view.is_cue(i)
        })
        .filter(|&i| {
            view.source_heads[i]
                || view.lower_is(i, SUBORDINATE_BODIES)
                || view.lower_is(i, ISSUED_BY_NAME)
        })
        .last();
    head.map_or((a, b), |head| (a, head + 1))
}

/// Lower-case words after a name, at most, that [`with_compound_head`]
/// reads as the rest of its compound.
const COMPOUND_TAIL_WORDS: usize = 3;

/// Bodies under the one a name names that make a compound naming a
/// source after it (`CNN affiliate`, `United Nations agencies`), besides
/// the nouns that head sources and what the name issued
/// ([`ISSUED_BY_NAME`]).
const SUBORDINATE_BODIES: &[&str] = &["affiliate", "agencies"];

/// Documents and outlets that the name before them issued or is (`a
/// Pentagon statement`, `CNBC reports`; `news agency` too): they speak
/// for the name.
const ISSUED_BY_NAME: &WordList = &WordList::new(&[
    "report",
    "reports",
    "statement",
    "study",
    "survey",
    "poll",
    "data",
    "figures",
    "statistics",
    "estimates",
    "analysis",
    "filing",
    "filings",
    "documents",
    "records",
    "note",
    "website",
    "rules",
    "bulletin",
    "release",
    "news",
]);

/// True when the words before an `according to` at `cue`, set off by a
/// comma, are a subordinate clause opening its sentence (`While most
/// were elevated ...,`) or end on a subordinator (`after,`): the clause
/// reported follows the attribution.
fn subordinate_clause_before(view: &View, start: usize, cue: usize) -> bool {
    cue > start + 1
        && view.word(cue - 1) == ","
        && (opens_with_subordinator(view, start) && view.first_comma(start..cue - 1).is_none()
            || view.lower_is(cue - 2, SUBORDINATORS))
}

/// The comma that closes an apposition opened by the comma at `comma`,
/// before `last` (`According to Micah Zenko, an expert on drones at the
/// Council on Foreign Relations, the U.S. has ...`): a phrase of a role
/// of two words or more with no verb, opened by a role or by a
/// determiner and a word in lower case, and a clause with a verb after
/// it. None when the words after `comma` are the clause (`According to
/// Su, the German company will also benefit`), a list (`lettuce, rocket
/// and other salad leaves are`) or a name (`the General Administration
/// of Sport of China, the nation's sports regulator, made`).
fn apposition_end(view: &View, comma: usize, last: usize) -> Option<usize> {
    let close = view.first_comma(comma + 1..last.min(comma + 1 + APPOSITION_WORDS))?;
    let first = comma + 1;
    let opens_as_role = in_lower_case_role(view, first)
        || view.opens_noun_phrase(first)
            && (view.starts_in_lower_case(first + 1) || view.word(first + 1).contains('-'));
    let has_verb = |mut range: std::ops::Range<usize>| range.any(|i| reads_as_verb_or_cue(view, i));
    let verbless = !has_verb(first..close)
        && !(first..close)
            .any(|i| view.lower_is(i, RELATIVE_OPENERS) || view.lower_is(i, SPEAKER_PRONOUNS));
    (close > first + 1 && opens_as_role && verbless && has_verb(close + 1..last)).then_some(close)
}

/// The comma that closes a relative clause on the source, opened by
/// the comma at `comma`, before `last` (`According to the Indianapolis
/// Star, which obtained emails ..., Pence used`, `according to a
/// diplomat, who asked to remain anonymous, the talks`), when a clause
/// with a verb follows it.
fn relative_clause_end(view: &View, comma: usize, last: usize) -> Option<usize> {
    if !view.lower_is(comma + 1, SOURCE_RELATIVE_OPENERS) {
        return None;
    }
    let close = view.first_comma(comma + 2..last.min(comma + 2 + SOURCE_RELATIVE_CLAUSE_WORDS))?;
    (close + 1..last)
        .any(|i| reads_as_verb_or_cue(view, i))
        .then_some(close)
}

/// `According to a source in the agency, “Q”`, `According to the Star,
/// which obtained the emails, “Q”`: an `according to` that leads the
/// sentence in, whose source phrase ends at the comma right before the
/// quote, or at one that opens a relative clause or a verbless
/// apposition ending there.
fn according_to_before_quote(
    view: &View,
    sentence_start: usize,
    first: usize,
) -> Option<Attribution> {
    let comma = first.checked_sub(1).filter(|&c| view.word(c) == ",")?;
    let cue = (sentence_start..comma).find(|&i| is_according_to(view, i))?;
    if !only_sentence_leads_before(view, sentence_start, cue) {
        return None;
    }
    let (source, phrase_end) = according_to_source(view, cue, comma)?;
    let set_off = phrase_end + 1..comma;
    let set_off_source = phrase_end == comma
        || view.first_comma(set_off.clone()).is_none()
            && view.lower_is(phrase_end + 1, SOURCE_RELATIVE_OPENERS)
        || plain_set_off_description(view, set_off.start, set_off.end);
    set_off_source.then_some((Some(cue), source))
}

/// True when the tokens `[from, end)` set off after an `according to`
/// source are a description of it alone: no further comma, no verb or
/// cue (`, executive director of the Syrian Centre for ... Studies`).
fn plain_set_off_description(view: &View, from: usize, end: usize) -> bool {
    view.first_comma(from..end).is_none() && !(from..end).any(|i| reads_as_verb_or_cue(view, i))
}

/// Words a relative clause on an `according to` source holds, at most.
const SOURCE_RELATIVE_CLAUSE_WORDS: usize = 20;

/// Words that open a relative clause set off after an `according to`
/// source (`, which obtained the emails,`).
const SOURCE_RELATIVE_OPENERS: &[&str] = &["who", "which", "whose"];

/// Where the cue of a direct quote that token `cue` opens ends: past
/// both words of `according to` (`According to X, “Q”`) and of a linking
/// adverb and its verb (`“Q,” he also said`: PolNeAR's cues hold `also
/// said` so often that the lexicon counts `also` as a cue word, and the
/// cue had been `also` alone).
fn cue_end(view: &View, cue: usize) -> usize {
    let adverb_before_verb =
        view.lower_is(cue, LINKING_ADVERBS) && cue + 1 < view.tokens.len() && view.is_cue(cue + 1);
    cue + 1 + usize::from(is_according_to(view, cue) || adverb_before_verb)
}

/// True when the cue at token `cue` is `according to`.
fn is_according_to(view: &View, cue: usize) -> bool {
    view.word(cue).eq_ignore_ascii_case("according")
        && view.word(cue + 1).eq_ignore_ascii_case("to")
}

fn according_to(
    view: &View,
    cue: usize,
    (start, last, end): (usize, usize, usize),
    quoted: &[bool],
) -> Option<Quote> {
    let (speaker, phrase_end) = according_to_source(view, cue, last)?;
    // `... unnoticed: According to X, ...`, `(According to X, ...`: the
    // clause the attribution opens starts after the colon or bracket.
    let start = (start..cue)
        .rev()
        .take_while(|&i| view.word(i) != ")")
        .find(|&i| matches!(view.word(i), ":" | "(") && !quoted[i] && !quoted[i + 1])
        .map_or(start, |i| i + 1);
    // `But according to X, ...`, `In addition, according to X, ...`: only
    // words that lead a sentence in, so the clause after X is reported;
    // so is the clause after a subordinate one that X's comma closes
    // (`While most were ..., according to an official, two were ...`,
    // `after, according to him, the network censured ...`).
    let leads_only =
        only_sentence_leads_before(view, start, cue) || subordinate_clause_before(view, start, cue);
    if !leads_only {
        let attribution = (cue, speaker, phrase_end);
        if let Some(quote) = according_to_inside(view, attribution, (start, last, end), quoted) {
            return Some(quote);
        }
    }
    let demonstrative = stands_for_what_was_said(view, start, cue);
    let (content_start, content_end) = if leads_only {
        let comma = view.first_comma(speaker.1..last)?;
        // `According to Micah Zenko, an expert on drones ..., the U.S.
        // has`: a name's apposition is no part of the clause.
        let named = comma == speaker.1 && view.entity_at(speaker.1 - 1).is_some();
        let comma = named
            .then(|| apposition_end(view, comma, last))
            .flatten()
            .or_else(|| relative_clause_end(view, comma, last))
            .unwrap_or(comma);
        (comma + 1, closing_quote_end(view, comma + 1, last, end))
    } else if cue > start && view.word(cue - 1) == "," {
        (start, cue - 1)
    } else if demonstrative {
        // `That’s according to fundraising reports`: the demonstrative
        // is all the content PolNeAR marks; it stands for the sentence
        // before.
        (start, start + 1)
    } else {
        (start, cue)
    };
    // `According to X, “Q,” the group said`, `“Q,” according to X`: a
    // quote that opens the clause is the direct quote's, or the next
    // report's; not a name in marks that the clause goes on from
    // (`According to X, "Title Sponsor" was the highest level`).
    let unquoted_words =
        || (content_start..content_end).filter(|&i| !quoted[i] && view.tokens[i].is_word());
    let quote_reported = quoted[content_start]
        && (unquoted_words().next().is_none() || unquoted_words().any(|i| view.is_cue(i)));
    if content_end <= content_start + 2 && !demonstrative || quote_reported {
        return None;
    }
    Some(view.indirect_quote((content_start, content_end), (cue, cue + 2), speaker))
}

/// True when the words from `start` to the `according to` at `cue` are
/// a demonstrative and a form of `be` (`That’s`, `This is`, `Those
/// were`): the demonstrative stands for what was said before.
fn stands_for_what_was_said(view: &View, start: usize, cue: usize) -> bool {
    cue == start + 2
        && view.lower_is(start, &["that", "this", "those", "these"])
        && (view.lower_is(start + 1, PASSIVE_AUXILIARIES)
            || view.lower_is(start + 1, CONTRACTED_IS))
}

/// `The Club for Growth is reportedly spending $1.5 million on ads`: a
/// clause that `reportedly` marks as reported by no one the article
/// names (PolNeAR train annotates it as a cue 18 times in 27). The
/// content is the clause around the adverb, from the sentence's start or
/// the comma or bracket before it (`In total, the hackers have
/// reportedly ...`) to the first comma or bracket after it, or the
/// sentence's end. None inside a quote, or where a cue of its own follows
/// (`reportedly said`: that verb reports, with its subject).
fn reported_by_no_one_named(
    view: &View,
    (start, last): (usize, usize),
    quoted: &[bool],
) -> Option<Quote> {
    let cue = (start..last).find(|&i| view.lower_is(i, &["reportedly"]) && !quoted[i])?;
    if view.is_cue(cue + 1) {
        return None;
    }
    let bound = |i: usize, marks: &[&str]| marks.contains(&view.word(i)) && !quoted[i];
    let content_start = (start..cue)
        .rev()
        .find(|&i| bound(i, &[",", "("]))
        .map_or(start, |c| c + 1);
    let content_end = (cue + 1..last)
        .find(|&i| bound(i, &[",", ")"]))
        .unwrap_or(last);
    let words = (content_start..content_end)
        .filter(|&i| view.tokens[i].is_word())
        .count();
    (words > MIN_CONTENT_WORDS && !quoted[content_start]).then(|| {
        view.unattributed_report(
            (content_start, content_end),
            (cue, cue + 1),
            "reported (`reportedly`) by no one the article names",
        )
    })
}

/// Words that open the question after `asked` (`Asked whether ...`,
/// `Asked on Monday about ...`).
const QUESTION_OPENERS: &WordList = &WordList::new(&[
    "if", "whether", "what", "why", "who", "whom", "whose", "how", "when", "where", "which",
    "about",
]);

/// Tokens between `asked` and the question it puts, at most (`Asked
/// during a January debate why ...`).
const QUESTION_LEAD_TOKENS: usize = 10;

/// The `asked` of a question put to the subject of the sentence
/// `[start, last)`: opening it (`Asked whether ...,`), after `when` or
/// `after` and words that lead a sentence in (`But when asked how ...,`),
/// or after `when` or `after` inside it, outside quote marks (`said “We’ll
/// see,” when asked whether ...`). With it, whether the question opens
/// the sentence, before its main clause.
fn asked_cue(view: &View, (start, last): (usize, usize), quoted: &[bool]) -> Option<(usize, bool)> {
    if view.lower_is(start, &["asked"]) {
        return Some((start, true));
    }
    // (The lexicon marks `asked` a cue: its flag finds it fast.)
    let asked = (start + 1..last)
        .find(|&i| view.is_cue(i) && asked_after_when(view, i) && !quoted[i - 1])?;
    Some((asked, only_sentence_leads_before(view, start, asked - 1)))
}

/// `Asked whether ..., the senator said`, `When asked by a reporter what
/// ..., Trump replied`, `, when asked whether he would fundraise`: the
/// question is reported, up to the comma before the main clause (or, after
/// the main clause, the next comma or the sentence's end); its speaker is
/// whoever asked it, the mention after `by` or, when the article does not
/// say, no one.
fn question_asked(view: &View, (start, last): (usize, usize), quoted: &[bool]) -> Option<Quote> {
    let (cue, opens_sentence) = asked_cue(view, (start, last), quoted)?;
    let lead = cue + 1..last.min(cue + 1 + QUESTION_LEAD_TOKENS);
    // `when asked to comment on remarks by a lawmaker who said`: `to`
    // opens a request, only right after `asked`.
    let opener = lead
        .take_while(|&i| view.word(i) != "," && !quoted[i])
        .find(|&i| {
            view.lower_is(i, QUESTION_OPENERS) || i == cue + 1 && view.lower_is(i, &["to"])
        })?;
    let comma = (opener + 1..last).find(|&i| matches!(view.word(i), "," | ":" | ";") && !quoted[i]);
    let comma = if opens_sentence {
        comma?
    } else {
        comma.unwrap_or(last)
    };
    if comma <= opener + 1 {
        return None;
    }
    let asker = (cue + 1..opener)
        .find(|&i| view.lower_is(i, &["by"]))
        .and_then(|by| view.mention_at(by + 1).filter(|&(_, b)| b <= opener));
    let cue_span = (cue, cue + 1);
    Some(match asker {
        Some(asker) => view.indirect_quote((opener, comma), cue_span, asker),
        None => {
            let mut quote = view.indirect_quote((opener, comma), cue_span, cue_span);
            unattribute(
                &mut quote,
                "a question put by someone the article does not name",
            );
            quote
        }
    })
}

/// Nouns that make a poll the source of what it found (`in a CNN poll`,
/// `in national polls`).
const POLL_NOUNS: &WordList = &WordList::new(&["poll", "polls", "survey", "surveys"]);

/// Tokens of the phrase naming a poll after `in`, at most (`In a New
/// York Times/CBS News survey released last Thursday,`).
const POLL_PHRASE_TOKENS: usize = 14;

/// What a poll found, with `in` as its cue, as PolNeAR marks it: `In a
/// Des Moines Register poll, Mr. Cruz had a 10-point lead` (the clause
/// after the phrase). (A poll phrase ending the sentence, `Trump has a
/// decisive lead in the polls`, is a report in PolNeAR too, but on its
/// train split that reading was right only 16 times in 40.)
fn poll_report(view: &View, (start, last): (usize, usize), quoted: &[bool]) -> Option<Quote> {
    if !view.lower_is(start, &["in"]) {
        return None;
    }
    let comma = view.first_comma(start + 1..last.min(start + 1 + POLL_PHRASE_TOKENS))?;
    let (poll, content) = ((start + 1, comma), (comma + 1, last));
    let names_poll = (poll.0..poll.1).any(|i| view.lower_is(i, POLL_NOUNS))
        && (poll.0..poll.1).all(|i| !quoted[i]);
    let words = (content.0..content.1)
        .filter(|&i| view.tokens[i].is_word())
        .count();
    (names_poll && words >= MIN_CONTENT_WORDS && !quoted[content.0])
        .then(|| view.indirect_quote(content, (start, start + 1), poll))
}

/// Participles whose passive with `by` reports what its agent said of the
/// subject (`The move was criticized by left-leaning economists`, `The
/// nominee has been endorsed by dozens of papers`): on PolNeAR train and
/// dev such passives (`supported` only with a poll's share) are
/// attributions with the agent as source in 26 of 34 cases.
const AGENT_REPORT_PARTICIPLES: &WordList = &WordList::new(&[
    "accused",
    "applauded",
    "challenged",
    "claimed",
    "condemned",
    "confirmed",
    "criticised",
    "criticized",
    "denounced",
    "derided",
    "disputed",
    "echoed",
    "endorsed",
    "mocked",
    "praised",
    "rebuked",
    "rejected",
    "ridiculed",
    "slammed",
    "supported",
    "welcomed",
]);

/// Words of an agent that make `supported by` a poll's share (`Clinton
/// was supported by 42 percent of those responding`), not money or arms
/// (`supported by a travel grant`, `by the Russian Aerospace Force`).
const POLL_SHARE_WORDS: &[&str] = &["percent", "%", "majority", "majorities"];

/// Tokens of the agent after `by`, at most.
const AGENT_TOKENS: usize = 12;

/// Words that open no subject of a passive with an agent: a preposition
/// or subordinator (`despite being criticized by`), or `to`.
const PASSIVE_SUBJECT_FENCES: &[&str] = &[
    "including",
    "despite",
    "when",
    "as",
    "after",
    "before",
    "to",
];

/// Tokens of the subject before the passive, at most.
const PASSIVE_SUBJECT_TOKENS: usize = 15;

/// `His views were echoed by a number of tax experts`: a passive of a
/// participle that reports ([`AGENT_REPORT_PARTICIPLES`]), with its agent
/// after `by`, reports the subject (from the clause's start, past any
/// aside between commas before the verb: `Donald Trump, meanwhile, is
/// supported by ...`) as said of by the agent (up to a comma, a
/// preposition other than `of`, or a relative word).
fn passive_with_agent(
    view: &View,
    (start, last): (usize, usize),
    quoted: &[bool],
) -> Option<Quote> {
    let cue = (start + 1..last.saturating_sub(2)).find(|&i| {
        view.lower_is(i + 1, &["by"]) && view.lower_is(i, AGENT_REPORT_PARTICIPLES) && !quoted[i]
    })?;
    let auxiliary = (start..cue)
        .rev()
        .take(3)
        .find(|&i| view.lower_is(i, PASSIVE_AUXILIARIES))?;
    if (auxiliary + 1..cue).any(|i| !reads_as_lower_case_adverb(view.word(i))) {
        return None;
    }
    // `Donald Trump, meanwhile, is`: past an aside of one word.
    let mut subject_end = auxiliary;
    while subject_end > start && view.lower_is(subject_end - 1, &["has", "have", "had"]) {
        subject_end -= 1;
    }
    if subject_end >= start + 3
        && view.word(subject_end - 1) == ","
        && view.word(subject_end - 3) == ","
    {
        subject_end -= 3;
    }
    let clause_start = (start..subject_end)
        .rev()
        .find(|&i| matches!(view.word(i), "," | ":" | ";" | "—" | "–"))
        .map_or(start, |i| i + 1);
    // `which were claimed by`: the relative word is the subject.
    let subject_start = (clause_start..subject_end)
        .rev()
        .find(|&i| view.lower_is(i, RELATIVE_OPENERS))
        .unwrap_or(clause_start);
    let subject_tokens = subject_end.saturating_sub(subject_start);
    if subject_tokens == 0
        || subject_tokens > PASSIVE_SUBJECT_TOKENS
        || view.lower_is(subject_start, SUBJECT_FENCES)
        || view.lower_is(subject_start, PASSIVE_SUBJECT_FENCES)
        || view.lower_is(subject_start, AUXILIARIES)
    {
        return None;
    }
    let agent_start = cue + 2;
    let opens_with_number = view
        .word(agent_start)
        .starts_with(|c: char| c.is_ascii_digit());
    // `by now`, `by 2030`, `by hand`: no agent.
    if view.lower_is(agent_start, &["now", "then", "default", "hand"])
        || opens_with_number
            && !view
                .tokens
                .get(agent_start + 1)
                .is_some_and(|t| t.is_word())
    {
        return None;
    }
    let agent_end = (agent_start..last.min(agent_start + AGENT_TOKENS))
        .find(|&i| i > agent_start && ends_agent(view, i))
        .unwrap_or(last.min(agent_start + AGENT_TOKENS));
    let poll_share = || {
        opens_with_number || (agent_start..agent_end).any(|i| view.lower_is(i, POLL_SHARE_WORDS))
    };
    if view.lower_is(cue, &["supported"]) && !poll_share() {
        return None;
    }
    (agent_end > agent_start && (subject_start..agent_end).all(|i| !quoted[i])).then(|| {
        view.indirect_quote(
            (subject_start, subject_end),
            (cue, cue + 1),
            (agent_start, agent_end),
        )
    })
}

/// True when token `i` ends the agent of a passive: a break, a
/// preposition other than `of`, a relative word or subordinator, an
/// adverb, a participle that works as a preposition (`by rights groups
/// owing to`), a time (`by the State Department last week`), or `and`
/// before the subject's next act (`by human rights groups and came under
/// fire`).
fn ends_agent(view: &View, i: usize) -> bool {
    let word = view.word(i);
    matches!(word, "," | ";" | ":" | "—" | "–" | "(" | "." | "?" | "!")
        || view.lower_is(i, PREPOSITIONS) && !view.lower_is(i, &["of"])
        || view.lower_is(
            i,
            &[
                "as", "who", "which", "that", "after", "because", "when", "while",
            ],
        )
        || reads_as_lower_case_adverb(word)
        || view.lower_is(i, &["owing", "including", "following", "according"])
        || view.past_time_phrase(i) > i
        || and_past_verb(view, i)
}

/// The words of time or means that may lead a participle opening its
/// sentence (`After saying ...,`, `By telling ...,`).
const PARTICIPLE_CONJUNCTIONS: &WordList = &WordList::new(&[
    "after", "before", "while", "since", "by", "in", "upon", "without", "when",
]);

/// Tokens a participle opening its sentence may report, at most, before
/// the comma that ends it.
const OPENING_PARTICIPLE_TOKENS: usize = 30;

/// `Noting that only Kirk voted with Democrats, Tester added`, `Citing
/// “obligations in Tennessee,” the former vice president’s spokeswoman
/// told`, `After telling reporters that he would not run, Ryan left`: a
/// participle cue that opens its sentence (after any words that lead a
/// sentence in, and a conjunction of time or means) reports the clause
/// up to the first comma (and the quote mark the comma closes), said by
/// the mention that opens the main clause. Returns the report and the
/// token the main clause starts at.
fn opening_participle(
    view: &View,
    cue: usize,
    (start, last): (usize, usize),
    quoted: &[bool],
) -> Option<(Quote, usize)> {
    // After a conjunction, only a participle of saying: `After learning
    // the sport,` reports nothing.
    let says_after_conjunction = cue > start
        && view.lower_is(cue - 1, PARTICIPLE_CONJUNCTIONS)
        && view.is_cue(cue)
        && (view.lower_is(cue, &["saying", "telling"])
            || reports_clause_by_form(view, cue, cue + 1, last));
    let opens = only_sentence_leads_before(view, start, cue)
        || says_after_conjunction && only_sentence_leads_before(view, start, cue - 1);
    let participle = view.word(cue).ends_with("ing") && !view.lower_is(cue, &["according"]);
    if !opens || !participle || cue + 2 >= last {
        return None;
    }
    let comma = view.first_comma(cue + 2..last.min(cue + 2 + OPENING_PARTICIPLE_TOKENS))?;
    let clause_end = if quoted[comma] && view.is_quote_mark(comma + 1) {
        comma + 2
    } else {
        comma
    };
    let main = clause_end.max(comma + 1);
    // `, the billionaire real estate mogul offered`: the subject, after
    // its determiner and modifiers.
    let speaker = (main..last.min(main + MODIFIER_WORDS + 1))
        .take_while(|&j| view.tokens[j].is_word() && !quoted[j])
        .find_map(|j| view.mention_at(j))?;
    // `Citing “Q,” X told`: the quote is attributed as quotes are.
    let content = cue + 1;
    (clause_end > content + 1 && !quoted[content]).then(|| {
        let quote = view.indirect_quote((content, clause_end), (cue, cue + 1), speaker);
        (quote, main)
    })
}

/// True when token `i` reads as the finite verb of a clause whose subject
/// came before (`has surged`, `was its biggest`, `rose`, `remains`): an
/// auxiliary, or a lower-case word in `-ed` or `-s`; not a noun phrase
/// or a quantity set off after an attribution (`, head of the National
/// Center`, `, more than twice what it projected`).
fn reads_as_finite_verb(view: &View, i: usize) -> bool {
    view.starts_in_lower_case(i) && (view.is_auxiliary(i) || tense(view, i).is_some())
}

/// `Fundraising, according to the campaign, has surged`: an attribution
/// (`according to` at `cue`, its speaker, the comma ending its phrase)
/// between commas inside the clause it reports, whose second part goes on
/// in lower case (no new clause of the writer's), is one report in two
/// parts around it.
fn according_to_inside(
    view: &View,
    (cue, speaker, phrase_end): (usize, (usize, usize), usize),
    (start, last, end): (usize, usize, usize),
    quoted: &[bool],
) -> Option<Quote> {
    if cue <= start + 1 || view.word(cue - 1) != "," || phrase_end >= last || quoted[start] {
        return None;
    }
    // `, according to their attorneys, and said they came away`, `,
    // according to the CBO, and the top 10 percent paid`; `About 10:03
    // p.m., according to a timeline, the contractors left`: a phrase with
    // no verb before the attribution opens the clause after it.
    let resume = clause_resumed_after(view, phrase_end, last, true).or_else(|| {
        let after = phrase_end + 1;
        // `, state security forces have killed`: a subject in lower
        // case too, its verb before any comma; but no verb, relative word
        // (`, who described it`, `, where 475 delegates`) or role (`,
        // founder of roseonly, a startup formed`).
        let next_comma = view.first_comma(after..last).unwrap_or(last);
        let subject_in_lower_case = view.tokens[after].is_word()
            && !reads_as_verb(view, after)
            && !view.lower_is(after, PREPOSITIONS)
            && !view.lower_is(after, RELATIVE_OPENERS)
            && !view.lower_is(after, SUBORDINATORS)
            && !view.lower_is(after, &["where", "while"])
            && (after + 1..next_comma).any(|i| reads_as_verb(view, i));
        let clause_after = view.lower_is(after, DETERMINERS)
            || !view.starts_in_lower_case(after)
            || subject_in_lower_case;
        let verbless_before = !(start..cue - 1).any(|i| reads_as_verb(view, i));
        let verb_after = (after..last).any(|i| reads_as_verb(view, i));
        (view.lower_is(after, &["and"]) || clause_after && verbless_before && verb_after)
            .then_some(after)
    })?;
    let content_end = closing_quote_end(view, resume, last, end);
    if content_end <= resume + 1 {
        return None;
    }
    Some(view.report_around(
        (start, cue - 1),
        (resume, content_end),
        (cue, cue + 2),
        speaker,
    ))
}

/// True when token `i` reads as a verb or a part of one: an auxiliary, a
/// past form or a cue verb, a preposition the lexicon takes for a cue
/// (`about`) included.
fn reads_as_verb_or_cue(view: &View, i: usize) -> bool {
    view.is_auxiliary(i) || reads_as_past_form(view, i) || view.is_cue_verb(i)
}

/// [`reads_as_verb_or_cue`], but for prepositions (no auxiliary nor past
/// form is one): `About 10:03 p.m.` has no verb.
fn reads_as_verb(view: &View, i: usize) -> bool {
    reads_as_verb_or_cue(view, i) && !view.lower_is(i, PREPOSITIONS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(start: usize, end: usize) -> Quote {
        Quote {
            content: Span::new(start, end),
            fragments: Vec::new(),
            kind: QuoteKind::Indirect,
            cue: None,
            speaker: None,
            speaker_name: None,
            speaker_cluster: None,
            unattributed: None,
            within: None,
        }
    }

    #[test]
    fn spans_by_start_offers_every_span_that_overlaps_or_holds_another() {
        let spans: Vec<Span> = (0..300)
            .map(|i| {
                let start = (i * 37) % 997;
                Span::new(start, start + (i * 13) % 80 + 1)
            })
            .collect();
        let index = SpansByStart::new(spans.iter().copied().enumerate());
        for &probe in &spans {
            let overlapping: Vec<usize> = index.may_overlap(probe).collect();
            let holding: Vec<usize> = index.may_contain(probe).collect();
            for (j, span) in spans.iter().enumerate() {
                if span.start < probe.end && probe.start < span.end {
                    assert!(overlapping.contains(&j), "{span:?} overlaps {probe:?}");
                }
                if span.contains(&probe) {
                    assert!(holding.contains(&j), "{span:?} holds {probe:?}");
                }
            }
            // Only spans starting near the probe are offered.
            assert!(overlapping.len() < spans.len() / 2);
        }
    }

    fn candidate(start: usize, end: usize, verdict: Verdict) -> Candidate {
        Candidate {
            quote: quote(start, end),
            verdict,
            sentence: (0, 0),
            overlaps: Overlaps::Nothing,
        }
    }

    fn quote_with_cue(start: usize, end: usize, kind: QuoteKind, cue: (usize, usize)) -> Quote {
        Quote {
            kind,
            cue: Some(Span::new(cue.0, cue.1)),
            ..quote(start, end)
        }
    }

    #[test]
    fn a_quote_is_within_the_innermost_clause_holding_it_and_its_cue() {
        let mut quotes = vec![
            quote_with_cue(10, 90, QuoteKind::Indirect, (4, 9)),
            quote_with_cue(30, 80, QuoteKind::Indirect, (20, 25)),
            quote_with_cue(50, 70, QuoteKind::Partial, (40, 45)),
            // Its cue lies before the clause: a quote of its own.
            quote_with_cue(60, 75, QuoteKind::Partial, (0, 3)),
            quote_with_cue(60, 75, QuoteKind::Direct, (4, 9)),
            // No clause holds it.
            quote_with_cue(92, 99, QuoteKind::Direct, (4, 9)),
            // `denouncing [what it calls “Q”]`: the same clause, its cue
            // inside, is within the report whose cue is outside.
            quote_with_cue(110, 140, QuoteKind::Indirect, (100, 109)),
            quote_with_cue(110, 140, QuoteKind::Indirect, (115, 120)),
        ];
        mark_reports_within(&mut quotes);
        let within: Vec<Option<u32>> = quotes.iter().map(|q| q.within).collect();
        assert_eq!(
            within,
            [None, Some(0), Some(1), None, Some(0), None, None, Some(6)]
        );
    }

    #[test]
    fn a_candidate_overlapping_a_quote_or_a_rule_report_is_marked_so() {
        let mut candidates = vec![
            candidate(0, 10, Verdict::Clause),
            candidate(5, 20, Verdict::WeakCue),
            candidate(30, 40, Verdict::WeakCue),
            candidate(50, 60, Verdict::Short),
        ];
        mark_overlaps(&mut candidates, &[quote(35, 45)]);
        let marks: Vec<Overlaps> = candidates.iter().map(|c| c.overlaps).collect();
        assert_eq!(
            marks,
            [
                // Only reports the rules take count, not doubted ones.
                Overlaps::Nothing,
                Overlaps::RuleReport,
                Overlaps::Quote,
                Overlaps::Nothing,
            ]
        );
    }
}
