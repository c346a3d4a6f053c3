//! Annotation layers and the items they hold.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::span::Span;
use crate::stance::Stance;

/// The name of an annotation layer, as stages declare them.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LayerName {
    /// Paragraph spans.
    Paragraphs,
    /// Sentence spans.
    Sentences,
    /// Tokens with flags.
    Tokens,
    /// Boilerplate spans (comment forms, share prompts) later stages skip.
    Boilerplate,
    /// Named entities (PER, ORG, LOC, MISC).
    Entities,
    /// Entity clusters: the mentions in a document that name the same
    /// thing, with a canonical name.
    Clusters,
    /// Quotes (direct, partial, indirect) with their cues and speakers.
    Quotes,
    /// Speaker → target stances with their evidence.
    Stances,
    /// A labelled-span layer of a third-party stage, by name.
    Custom(String),
}

impl LayerName {
    /// Parses a layer name as written in docs and pipeline files.
    pub fn parse(name: &str) -> Self {
        match name {
            "paragraphs" => LayerName::Paragraphs,
            "sentences" => LayerName::Sentences,
            "tokens" => LayerName::Tokens,
            "boilerplate" => LayerName::Boilerplate,
            "entities" => LayerName::Entities,
            "clusters" => LayerName::Clusters,
            "quotes" => LayerName::Quotes,
            "stances" => LayerName::Stances,
            other => LayerName::Custom(other.to_string()),
        }
    }
}

impl fmt::Display for LayerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayerName::Paragraphs => f.write_str("paragraphs"),
            LayerName::Sentences => f.write_str("sentences"),
            LayerName::Tokens => f.write_str("tokens"),
            LayerName::Boilerplate => f.write_str("boilerplate"),
            LayerName::Entities => f.write_str("entities"),
            LayerName::Clusters => f.write_str("clusters"),
            LayerName::Quotes => f.write_str("quotes"),
            LayerName::Stances => f.write_str("stances"),
            LayerName::Custom(name) => f.write_str(name),
        }
    }
}

/// One layer's items and the stage that produced them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Layer<T> {
    /// Name of the stage that wrote the layer (set by the pipeline).
    pub producer: String,
    /// The items, sorted by span start.
    pub items: Vec<T>,
}

impl<T> Layer<T> {
    /// A layer holding `items`, produced by `producer`.
    pub fn new(producer: impl Into<String>, items: Vec<T>) -> Self {
        Layer {
            producer: producer.into(),
            items,
        }
    }
}

/// All annotation layers of a document. A layer is `None` until a stage
/// provides it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Layers {
    /// Paragraph spans, in order.
    pub paragraphs: Option<Layer<Span>>,
    /// Sentence spans, in order.
    pub sentences: Option<Layer<Span>>,
    /// Tokens, in order, never overlapping.
    pub tokens: Option<Layer<Token>>,
    /// Boilerplate spans that later stages should skip: whole lines, or
    /// the sign-off that ends a paragraph (`Follow X on Twitter ...`).
    pub boilerplate: Option<Layer<Span>>,
    /// Named entities, in order, never overlapping.
    pub entities: Option<Layer<Entity>>,
    /// Entity clusters, in order of their first mention; a cluster's
    /// index in this layer is its id within the document.
    pub clusters: Option<Layer<EntityCluster>>,
    /// Quotes, in order of their content.
    pub quotes: Option<Layer<Quote>>,
    /// Stances of speakers toward targets, in order of their evidence.
    pub stances: Option<Layer<Stance>>,
    /// Labelled-span layers of third-party stages, by layer name.
    pub custom: BTreeMap<String, Layer<LabelledSpan>>,
    /// Notes any stage may add: odd input it worked around, not failures.
    pub diagnostics: Vec<Diagnostic>,
}

impl Layers {
    /// True when the named layer is present.
    pub fn has(&self, name: &LayerName) -> bool {
        match name {
            LayerName::Paragraphs => self.paragraphs.is_some(),
            LayerName::Sentences => self.sentences.is_some(),
            LayerName::Tokens => self.tokens.is_some(),
            LayerName::Boilerplate => self.boilerplate.is_some(),
            LayerName::Entities => self.entities.is_some(),
            LayerName::Clusters => self.clusters.is_some(),
            LayerName::Quotes => self.quotes.is_some(),
            LayerName::Stances => self.stances.is_some(),
            LayerName::Custom(n) => self.custom.contains_key(n),
        }
    }

    /// The names of all present layers.
    pub fn present(&self) -> Vec<LayerName> {
        let builtin = [
            LayerName::Paragraphs,
            LayerName::Sentences,
            LayerName::Tokens,
            LayerName::Boilerplate,
            LayerName::Entities,
            LayerName::Clusters,
            LayerName::Quotes,
            LayerName::Stances,
        ];
        let mut names: Vec<LayerName> = builtin.into_iter().filter(|n| self.has(n)).collect();
        names.extend(self.custom.keys().cloned().map(LayerName::Custom));
        names
    }

    /// Records `stage` as the producer of the named layer, if present.
    pub fn stamp_producer(&mut self, name: &LayerName, stage: &str) {
        let producer = match name {
            LayerName::Paragraphs => self.paragraphs.as_mut().map(|l| &mut l.producer),
            LayerName::Sentences => self.sentences.as_mut().map(|l| &mut l.producer),
            LayerName::Tokens => self.tokens.as_mut().map(|l| &mut l.producer),
            LayerName::Boilerplate => self.boilerplate.as_mut().map(|l| &mut l.producer),
            LayerName::Entities => self.entities.as_mut().map(|l| &mut l.producer),
            LayerName::Clusters => self.clusters.as_mut().map(|l| &mut l.producer),
            LayerName::Quotes => self.quotes.as_mut().map(|l| &mut l.producer),
            LayerName::Stances => self.stances.as_mut().map(|l| &mut l.producer),
            LayerName::Custom(n) => self.custom.get_mut(n).map(|l| &mut l.producer),
        };
        if let Some(producer) = producer {
            if producer != stage {
                *producer = stage.to_string();
            }
        }
    }

    /// Token items, or an empty slice when there is no token layer.
    pub fn token_items(&self) -> &[Token] {
        self.tokens.as_ref().map_or(&[], |l| &l.items)
    }

    /// Paragraph spans, or an empty slice when there is no paragraph layer.
    pub fn paragraph_items(&self) -> &[Span] {
        self.paragraphs.as_ref().map_or(&[], |l| &l.items)
    }

    /// Sentence spans, or an empty slice when there is no sentence layer.
    pub fn sentence_items(&self) -> &[Span] {
        self.sentences.as_ref().map_or(&[], |l| &l.items)
    }

    /// Entity mentions, or an empty slice when there is no entity layer.
    pub fn entity_items(&self) -> &[Entity] {
        self.entities.as_ref().map_or(&[], |l| &l.items)
    }

    /// Entity clusters, or an empty slice when there is no cluster layer.
    pub fn cluster_items(&self) -> &[EntityCluster] {
        self.clusters.as_ref().map_or(&[], |l| &l.items)
    }

    /// True when `span` lies inside a boilerplate span. To ask it of many
    /// spans, [`Layers::within_boilerplate`] is faster.
    pub fn is_boilerplate(&self, span: Span) -> bool {
        self.boilerplate
            .as_ref()
            .is_some_and(|l| l.items.iter().any(|b| b.contains(&span)))
    }

    /// For each of `items` (sorted by start, as tokens, sentences and
    /// paragraphs are), whether its span, `span_of` it, lies inside a
    /// boilerplate span. Each boilerplate span looks only at the items
    /// starting within it, so a long document's flags take linear time,
    /// in whatever order the boilerplate spans come.
    pub fn within_boilerplate<T>(&self, items: &[T], span_of: impl Fn(&T) -> Span) -> Vec<bool> {
        let mut flags = vec![false; items.len()];
        for b in self.boilerplate.as_ref().map_or(&[][..], |l| &l.items[..]) {
            let first = items.partition_point(|item| span_of(item).start < b.start);
            for (item, flag) in items[first..].iter().zip(&mut flags[first..]) {
                let span = span_of(item);
                if span.start >= b.end {
                    break;
                }
                *flag |= b.contains(&span);
            }
        }
        flags
    }
}

/// What a token is, as far as its characters tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TokenKind {
    /// Letters, possibly with internal apostrophes, hyphens or full stops.
    Word,
    /// Numbers, amounts, times and dates.
    Number,
    /// Punctuation, including quote marks.
    Punct,
    /// Symbols such as `$`, `%`, `&`, `+`.
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A social-media handle (`@name`).
    Handle,
    /// A hashtag (`#topic`).
    Hashtag,
    /// An emoji or emoticon.
    Emoji,
}

/// The short form of a token's shape: enough for most features, one byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ShapeClass {
    /// All lower-case letters (`news`).
    Lower,
    /// First letter upper, then lower (`Putin`).
    Title,
    /// All upper-case letters (`KCNA`).
    Upper,
    /// Mixed case (`iPhone`, `McDonald`).
    Mixed,
    /// Digits only (`2019`).
    Digits,
    /// Letters and digits (`G20`, `4th`).
    Alnum,
    /// No letters nor digits (`,`, `“`).
    Other,
}

/// Quotation marks of every common kind (straight ones included).
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '‚'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '‟'
            | '‛'
    )
}

/// How a token acts as a quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteMark {
    /// Not a quote mark.
    None,
    /// Opens a quotation by its form or position (`“`, `«`, `"` before a word).
    Opening,
    /// Closes a quotation (`”`, `»`, `"` after a word).
    Closing,
    /// A mark that could open or close (`"` between spaces).
    Ambiguous,
}

/// Cheap per-token flags later stages need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TokenFlags {
    /// First token of its sentence (set by the sentence splitter).
    pub sentence_initial: bool,
    /// Quote-mark role, `QuoteMark::None` for other tokens.
    pub quote: QuoteMark,
}

/// A token: a span of the original text with its kind, shape and flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Bytes of the original text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    /// Its short shape.
    pub shape: ShapeClass,
    /// Sentence-initial and quote-mark flags.
    pub flags: TokenFlags,
}

impl Token {
    /// True for punctuation tokens (quote marks included).
    pub fn is_punct(&self) -> bool {
        self.kind == TokenKind::Punct
    }

    /// True for tokens that count as words: not punctuation nor symbols.
    pub fn is_word(&self) -> bool {
        !matches!(self.kind, TokenKind::Punct | TokenKind::Symbol)
    }

    /// True for a character a damaged encoding left where a space, a
    /// mark, a currency sign or a letter was (`issue,"?Harward told`,
    /// `more than ?3.3m`, `Bus ?ireann`): a `?` the tokenizer made a
    /// symbol, not punctuation. It ends no sentence, and a sentence's
    /// words end before it.
    pub fn is_lost_character(&self, text: &str) -> bool {
        self.kind == TokenKind::Symbol && &text[self.span.range()] == "?"
    }
}

/// The tokens lying inside `span`, as the index range `(first, past)` of
/// `tokens` (sorted and non-overlapping, as the token layer is).
pub fn tokens_within(tokens: &[Token], span: Span) -> (usize, usize) {
    (
        tokens.partition_point(|t| t.span.start < span.start),
        tokens.partition_point(|t| t.span.end <= span.end),
    )
}

/// Spans laid over the tokens (sentences, paragraphs): each span's token
/// range, and for each token the index of the span holding it (0 for a
/// token outside every span).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TokenSpans {
    /// Token range `(first, past)` of each span, in order.
    pub ranges: Vec<(usize, usize)>,
    /// For each token: the index of its span.
    pub of_token: Vec<usize>,
}

impl TokenSpans {
    /// Lays `spans` over `tokens`.
    pub fn new(tokens: &[Token], spans: &[Span]) -> Self {
        let ranges: Vec<(usize, usize)> = spans.iter().map(|&s| tokens_within(tokens, s)).collect();
        let mut of_token = vec![0; tokens.len()];
        for (i, &(a, b)) in ranges.iter().enumerate() {
            of_token[a..b].iter_mut().for_each(|x| *x = i);
        }
        TokenSpans { ranges, of_token }
    }
}

/// The CoNLL-2003 entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// People (`PER`).
    Person,
    /// Organisations (`ORG`).
    Organization,
    /// Places: countries, cities, regions (`LOC`).
    Location,
    /// Other names: nationalities, events, products (`MISC`).
    Misc,
}

impl EntityKind {
    /// All kinds, in label order.
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Location,
        EntityKind::Misc,
    ];

    /// The CoNLL label: `PER`, `ORG`, `LOC`, `MISC`.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "PER",
            EntityKind::Organization => "ORG",
            EntityKind::Location => "LOC",
            EntityKind::Misc => "MISC",
        }
    }

    /// The kind's place in [`EntityKind::ALL`].
    pub fn index(self) -> usize {
        match self {
            EntityKind::Person => 0,
            EntityKind::Organization => 1,
            EntityKind::Location => 2,
            EntityKind::Misc => 3,
        }
    }

    /// Parses a CoNLL label.
    pub fn from_label(label: &str) -> Option<Self> {
        EntityKind::ALL.into_iter().find(|k| k.label() == label)
    }
}

/// A named-entity mention.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Bytes of the original text.
    pub span: Span,
    /// Its type.
    pub kind: EntityKind,
    /// The tagger's confidence in `[0, 1]`.
    pub score: f32,
}

/// What kind of reported speech a quote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteKind {
    /// Words in quote marks that stand as the speaker's own statement, or
    /// a block quote set off as a paragraph after its attribution (`X
    /// added:`), whose marks the page layout kept.
    Direct,
    /// A few quoted words woven into the writer's sentence.
    Partial,
    /// Reported speech without quote marks (`X said that ...`).
    Indirect,
}

/// A quote: what was said, the cue that reports it, and who said it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The content (quote marks included for direct and partial quotes).
    /// A quote interrupted by its attribution (`“Q1,” X said. “Q2”`, or
    /// reported speech around it: `CLAUSE, X said, CLAUSE`) spans from its
    /// first part to its last, and `fragments` lists the parts.
    pub content: Span,
    /// The parts of an interrupted quote, in order; empty when the content
    /// is one piece.
    pub fragments: Vec<Span>,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The reporting verb or phrase (`said`, `according to`), if any.
    pub cue: Option<Span>,
    /// The speaker's mention in the text (a name, a pronoun, a description).
    pub speaker: Option<Span>,
    /// The speaker's name after resolving pronouns and descriptions: the
    /// canonical name of its cluster when there is one.
    pub speaker_name: Option<String>,
    /// The speaker's entity cluster (its index in the cluster layer).
    pub speaker_cluster: Option<u32>,
    /// Why no speaker was found, when none was.
    pub unattributed: Option<String>,
    /// The indirect quote whose reported clause holds this quote (its
    /// index in the quote layer), if any: the quoted words of the clause
    /// (`X called Y “a liar”`), or a report the clause itself reports
    /// (`X said that Y told him, “Q”`: Y's words, as X tells them). Only
    /// the outermost report is an attribution of its own in PolNeAR.
    pub within: Option<u32>,
}

impl Quote {
    /// The parts of the content: the fragments of an interrupted quote,
    /// else the content whole.
    pub fn parts(&self) -> &[Span] {
        if self.fragments.is_empty() {
            std::slice::from_ref(&self.content)
        } else {
            &self.fragments
        }
    }
}

/// The mentions in one document that name the same person, organisation
/// or place (`Kim Jong-un`, `Kim`, `the North Korean leader`), under a
/// canonical name that is the same in every article (`United States` for
/// `US`, `U.S.` and `Washington` as the government).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityCluster {
    /// The canonical name: the fullest form of the name, titles stripped,
    /// or the shared name of a known alias.
    pub name: String,
    /// The entity type most of its named mentions have; a person where a
    /// one-word name read as a person at least once took the full name
    /// news agrees on.
    pub kind: EntityKind,
    /// Its mentions, in text order: entity spans, and descriptions the
    /// article ties to it.
    pub mentions: Vec<Span>,
    /// A person's gender where the article marks it: by an honorific of
    /// theirs (`Mrs. May`), else by their first name (`Svetlana`, by the
    /// pronouns news gives the people who bear it), else by two pronouns
    /// or more linked to them, all of one gender. None for organisations
    /// and places, and for people the article leaves unmarked.
    pub gender: Option<crate::english::Gender>,
}

/// Writes the shape of `word` into `out` (cleared first): upper-case
/// letters as `X`, other letters as `x`, numerals as `d`, other characters
/// as themselves, runs longer than four cut to four (`Jong-un` → `Xxxx-xx`).
/// The replacement character, which stands in a word for letters that a
/// damaged encoding lost (`M��ller`), counts as a lower-case letter.
pub fn word_shape(word: &str, out: &mut String) {
    out.clear();
    let (mut last, mut run) = ('\0', 0);
    for c in word.chars() {
        let mapped = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() || c == char::REPLACEMENT_CHARACTER {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        run = if mapped == last { run + 1 } else { 1 };
        last = mapped;
        if run <= 4 {
            out.push(mapped);
        }
    }
}

/// A span with a label and a score, the item of third-party layers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelledSpan {
    /// Bytes of the original text.
    pub span: Span,
    /// The label, such as a keyword's category.
    pub label: String,
    /// Confidence or weight in `[0, 1]`.
    pub score: f32,
}

/// A note about something odd in the input that a stage worked around.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage that wrote it.
    pub stage: String,
    /// A short stable code (`unbalanced-quote`, ...).
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// Where in the text, when it concerns one place.
    pub span: Option<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replacement_character_in_a_word_is_shaped_as_a_lost_letter() {
        let mut shape = String::new();
        word_shape("M\u{FFFD}\u{FFFD}ller", &mut shape);
        assert_eq!(shape, "Xxxxx");
        word_shape("Jong-un", &mut shape);
        assert_eq!(shape, "Xxxx-xx");
    }

    #[test]
    fn boilerplate_flags_agree_with_asking_span_by_span_whatever_the_boilerplate_order() {
        let spans: Vec<Span> = (0..12).map(|i| Span::new(i * 5, i * 5 + 4)).collect();
        let mut layers = Layers::default();
        // Out of order, one inside another, one cutting a span in half.
        let boilerplate = vec![
            Span::new(40, 60),
            Span::new(0, 9),
            Span::new(42, 49),
            Span::new(22, 31),
        ];
        layers.boilerplate = Some(Layer::new("test", boilerplate));
        let flags = layers.within_boilerplate(&spans, |&s| s);
        let asked: Vec<bool> = spans.iter().map(|&s| layers.is_boilerplate(s)).collect();
        assert_eq!(flags, asked);
        assert_eq!(flags.iter().filter(|&&f| f).count(), 7);
    }

    #[test]
    fn no_boilerplate_layer_flags_nothing() {
        let spans = [Span::new(0, 3), Span::new(4, 9)];
        assert_eq!(
            Layers::default().within_boilerplate(&spans, |&s| s),
            [false, false]
        );
    }
}
