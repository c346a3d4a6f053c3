//! Finding quotes and their speakers in one annotated document.

use newsnlp_core::{
    Diagnostic, Document, Entity, EntityKind, Quote, QuoteKind, Span, Token, TokenKind,
};

use crate::lexicon::CueLexicon;

/// Pronouns that can stand for a speaker, and whether they refer to a person.
const PERSON_PRONOUNS: &[&str] = &["he", "she", "i", "we"];
const GROUP_PRONOUNS: &[&str] = &["they", "it"];

/// Nouns that end a description of a person (`the North Korean leader`).
const ROLE_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "ambassador",
    "candidate",
    "chairman",
    "chief",
    "director",
    "envoy",
    "executive",
    "governor",
    "head",
    "leader",
    "minister",
    "nominee",
    "official",
    "president",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Verbs whose object is what was said, whatever its form.
const SPEECH_VERBS: &[&str] = &[
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
];

/// Tokens that may open a full direct quote when they stand before its mark.
fn opens_statement(prev: &str) -> bool {
    matches!(prev, "," | ":" | ";" | "—" | "–" | "-" | "(")
}

fn is_double_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "«" | "»" | "„" | "‟" | "''" | "``")
}

/// A view of the document that the extractor walks.
struct View<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// For each token: its sentence index.
    sentence_of: Vec<usize>,
    /// Token ranges of the sentences.
    sentences: Vec<(usize, usize)>,
    /// For each token: its paragraph index.
    paragraph_of: Vec<usize>,
    /// Entities as token ranges.
    entities: Vec<(usize, usize, EntityKind)>,
    boilerplate: Vec<bool>,
    /// Tokens inside quote marks (filled once the marks are paired).
    quoted: Vec<bool>,
    /// For each token: whether it is a cue word.
    cues: Vec<bool>,
    /// For each token: whether it is a common noun that names speakers.
    source_heads: Vec<bool>,
    /// For each token: the index of the entity covering it, or
    /// [`NO_ENTITY`].
    entity_of: Vec<u32>,
}

const NO_ENTITY: u32 = u32::MAX;

impl<'a> View<'a> {
    fn new(doc: &'a Document, lexicon: &'a CueLexicon) -> Self {
        let tokens = doc.layers.token_items();
        let index_of_start = |pos: u32| tokens.partition_point(|t| t.span.start < pos);
        let index_of_end = |pos: u32| tokens.partition_point(|t| t.span.end <= pos);
        let sentences: Vec<(usize, usize)> = doc
            .layers
            .sentence_items()
            .iter()
            .map(|s| (index_of_start(s.start), index_of_end(s.end)))
            .collect();
        let mut sentence_of = vec![0; tokens.len()];
        for (i, &(a, b)) in sentences.iter().enumerate() {
            sentence_of[a..b].iter_mut().for_each(|x| *x = i);
        }
        let mut paragraph_of = vec![0; tokens.len()];
        if let Some(paras) = &doc.layers.paragraphs {
            for (i, p) in paras.items.iter().enumerate() {
                let (a, b) = (index_of_start(p.start), index_of_end(p.end));
                paragraph_of[a..b].iter_mut().for_each(|x| *x = i);
            }
        }
        let entities: Vec<(usize, usize, EntityKind)> = doc
            .layers
            .entities
            .as_ref()
            .map_or(&[][..], |l| &l.items[..])
            .iter()
            .map(|e: &Entity| {
                (
                    index_of_start(e.span.start),
                    index_of_end(e.span.end),
                    e.kind,
                )
            })
            .collect();
        let boilerplate = tokens
            .iter()
            .map(|t| doc.layers.is_boilerplate(t.span))
            .collect();
        let quoted = vec![false; tokens.len()];
        let cues = tokens
            .iter()
            .map(|t| t.kind == TokenKind::Word && lexicon.is_cue(&doc.text[t.span.range()]))
            .collect();
        let source_heads = tokens
            .iter()
            .map(|t| t.kind == TokenKind::Word && lexicon.is_source_head(&doc.text[t.span.range()]))
            .collect();
        let mut entity_of = vec![NO_ENTITY; tokens.len()];
        for (e, &(a, b, _)) in entities.iter().enumerate() {
            entity_of[a..b.min(tokens.len())]
                .iter_mut()
                .for_each(|x| *x = e as u32);
        }
        View {
            text: &doc.text,
            tokens,
            sentence_of,
            sentences,
            paragraph_of,
            entities,
            boilerplate,
            quoted,
            cues,
            source_heads,
            entity_of,
        }
    }

    /// The text of token `i`; empty past the last token, so that looking
    /// ahead of a cue at the very end of an article is safe.
    fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }

    fn lower_is(&self, i: usize, list: &[&str]) -> bool {
        list.iter().any(|w| self.word(i).eq_ignore_ascii_case(w))
    }

    fn is_cue(&self, i: usize) -> bool {
        self.cues.get(i).copied().unwrap_or(false)
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span {
            start: self.tokens[a].span.start,
            end: self.tokens[b - 1].span.end,
        }
    }

    fn entity_at(&self, i: usize) -> Option<(usize, usize, EntityKind)> {
        let e = *self.entity_of.get(i)?;
        (e != NO_ENTITY).then(|| self.entities[e as usize])
    }

    /// A speaker mention starting or ending at token `i`: an entity, a
    /// pronoun, or a description ending in a role noun.
    fn mention_at(&self, i: usize) -> Option<(usize, usize)> {
        if i >= self.tokens.len() {
            return None;
        }
        if let Some((a, b, kind)) = self.entity_at(i) {
            if kind != EntityKind::Misc || self.word(b - 1).ends_with('s') {
                return Some((a, b));
            }
        }
        if self.lower_is(i, PERSON_PRONOUNS) || self.lower_is(i, GROUP_PRONOUNS) {
            return Some((i, i + 1));
        }
        if self.lower_is(i, ROLE_NOUNS) || self.source_heads.get(i).copied().unwrap_or(false) {
            // Walk back to the determiner: `the North Korean leader`.
            let sentence_start = self.sentences[self.sentence_of[i]].0;
            let det = (sentence_start..i).rev().take(5).find(|&j| {
                self.lower_is(
                    j,
                    &[
                        "the", "a", "an", "its", "his", "her", "their", "some", "two", "three",
                    ],
                )
            });
            // `officials said`: a speaker noun needs no determiner.
            return match det {
                Some(det) => Some((det, i + 1)),
                None if !self.lower_is(i, ROLE_NOUNS) => Some((i, i + 1)),
                None => None,
            };
        }
        None
    }

    /// The name a mention stands for. A person pronoun or a role
    /// description resolves to the most salient earlier person: a title
    /// pattern seen before (`Russian President Vladimir Putin` for `the
    /// Russian president`), else the first person named (outside quotes)
    /// earlier in the same sentence, else in the nearest earlier sentence
    /// that names one. A surname resolves to the fuller name it shortens.
    fn resolve(&self, (a, b): (usize, usize)) -> String {
        let mention = self.text[self.span(a, b).range()].to_string();
        let is_description = self.lower_is(b - 1, ROLE_NOUNS);
        if b == a + 1 && self.lower_is(a, PERSON_PRONOUNS) || is_description {
            if is_description {
                return self.described_person(a, b).unwrap_or(mention);
            }
            return self.salient_person(a).unwrap_or(mention);
        }
        if b == a + 1 && self.lower_is(a, GROUP_PRONOUNS) {
            let earlier = self
                .entities
                .iter()
                .rev()
                .find(|&&(_, e, k)| e <= a && k != EntityKind::Person);
            return earlier
                .map(|&(s, e, _)| self.entity_text(s, e))
                .unwrap_or(mention);
        }
        if let Some((_, _, EntityKind::Person)) = self.entity_at(a) {
            // `Pompeo` after `Mike Pompeo`.
            let fuller = self.entities.iter().find(|&&(s, e, k)| {
                k == EntityKind::Person
                    && e - s > b - a
                    && self.entity_text(s, e).ends_with(&mention)
            });
            if let Some(&(s, e, _)) = fuller {
                return self.entity_text(s, e);
            }
            return self.entity_text(a, b);
        }
        mention
    }

    /// An entity's name as written, without stray full stops between its
    /// words (`Kwon Jong. Gun` → `Kwon Jong Gun`; initials keep theirs).
    fn entity_text(&self, s: usize, e: usize) -> String {
        let mut name = String::new();
        for i in s..e {
            let word = self.word(i);
            let stray = word == "." && i > s && self.word(i - 1).chars().count() > 1;
            if stray {
                continue;
            }
            let glued = i > s && self.tokens[i - 1].span.end == self.tokens[i].span.start;
            if !name.is_empty() && !glued {
                name.push(' ');
            }
            name.push_str(word);
        }
        name
    }

    /// The person a description (`the Korean leader`) stands for: a title
    /// seen before, else the person an earlier, fuller description with the
    /// same head stood for (`the North Korean leader`), else the salient
    /// person.
    fn described_person(&self, a: usize, b: usize) -> Option<String> {
        if let Some(name) = self.titled_person(a, b) {
            return Some(name);
        }
        let modifiers: Vec<String> = (a + 1..b - 1)
            .map(|i| self.word(i).to_lowercase())
            .collect();
        let head = self.word(b - 1).to_lowercase();
        let earlier = (0..a).find(|&j| {
            j >= modifiers.len()
                && self.word(j).to_lowercase() == head
                && (j - modifiers.len()..j)
                    .map(|i| self.word(i).to_lowercase())
                    .eq(modifiers.iter().cloned())
        });
        match earlier {
            Some(j) => self.salient_person(j.saturating_sub(modifiers.len() + 1)),
            None => self.salient_person(a),
        }
    }

    /// A person entity written right after the description's words, as a
    /// title, earlier in the text.
    fn titled_person(&self, a: usize, b: usize) -> Option<String> {
        let words: Vec<&str> = (a + 1..b).map(|i| self.word(i)).collect();
        self.entities
            .iter()
            .filter(|&&(s, _, k)| k == EntityKind::Person && s >= words.len() && s < a)
            .find_map(|&(s, e, _)| {
                let before = (s - words.len()..s).map(|i| self.word(i));
                before
                    .zip(&words)
                    .all(|(x, y)| x.eq_ignore_ascii_case(y))
                    .then(|| self.entity_text(s, e))
            })
    }

    /// The first person named outside quotes before `at` in its sentence,
    /// else in the nearest earlier sentence naming one.
    fn salient_person(&self, at: usize) -> Option<String> {
        let sentence = self.sentence_of[at];
        (0..=sentence).rev().take(6).find_map(|si| {
            let (start, end) = self.sentences[si];
            let limit = if si == sentence { at } else { end };
            self.entities
                .iter()
                .find(|&&(s, _, k)| {
                    k == EntityKind::Person && s >= start && s < limit && !self.inside_quote(s)
                })
                .map(|&(s, e, _)| self.entity_text(s, e))
        })
    }

    fn inside_quote(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }
}

/// A quote before attribution.
struct Found {
    first: usize,
    last: usize,
    kind: QuoteKind,
}

/// Extracts quotes; odd quote marks give diagnostics, never errors.
pub fn extract(doc: &Document, lexicon: &CueLexicon, stage: &str) -> (Vec<Quote>, Vec<Diagnostic>) {
    let mut view = View::new(doc, lexicon);
    let mut diagnostics = Vec::new();
    let pairs = pair_marks(&view, stage, &mut diagnostics);
    for &(o, c) in &pairs {
        view.quoted[o..=c].iter_mut().for_each(|q| *q = true);
    }
    let view = view;
    let mut quotes: Vec<Quote> = Vec::new();
    let mut quoted = vec![false; view.tokens.len()];
    for found in pairs.iter().filter_map(|&(o, c)| classify(&view, o, c)) {
        quoted[found.first..=found.last]
            .iter_mut()
            .for_each(|q| *q = true);
        let previous_speaker = quotes
            .iter()
            .rev()
            .find(|q| q.speaker.is_some() && q.kind == QuoteKind::Direct)
            .map(|q| (q.speaker, q.speaker_name.clone()));
        let attribution = match found.kind {
            QuoteKind::Partial => attribute_in_sentence(&view, found.first)
                .or_else(|| attribute_direct(&view, found.first, found.last)),
            _ => attribute_direct(&view, found.first, found.last),
        };
        let quote = match attribution {
            Some((cue, speaker)) => Quote {
                content: view.span(found.first, found.last + 1),
                kind: found.kind,
                cue: cue.map(|c| view.span(c, c + 1)),
                speaker: Some(view.span(speaker.0, speaker.1)),
                speaker_name: Some(view.resolve(speaker)),
                unattributed: None,
            },
            None if found.kind == QuoteKind::Partial => continue, // scare quotes belong to no one
            None => match previous_speaker {
                Some((speaker, name)) => Quote {
                    content: view.span(found.first, found.last + 1),
                    kind: found.kind,
                    cue: None,
                    speaker,
                    speaker_name: name,
                    unattributed: None,
                },
                None => Quote {
                    content: view.span(found.first, found.last + 1),
                    kind: found.kind,
                    cue: None,
                    speaker: None,
                    speaker_name: None,
                    unattributed: Some("no cue or speaker near the quote".to_string()),
                },
            },
        };
        quotes.push(quote);
    }
    quotes.extend(indirect_quotes(&view, &quoted));
    quotes.sort_by_key(|q| q.content.start);
    (quotes, diagnostics)
}

/// Pairs quote marks paragraph by paragraph, by their role in context
/// (a mark glued to the word after it opens, one glued to the word before
/// it closes), with repair: an opening-looking mark while a quote is open
/// nests only when enough closing marks follow in the paragraph, else it
/// closes the open quote (`...States, “reported`, a wrongly turned mark). A
/// quote still open at the end of its paragraph ends there (when the next
/// paragraph opens with a mark, that is the news convention for a quote
/// running on; otherwise it gets a diagnostic). Only outermost pairs are
/// returned.
fn pair_marks(view: &View, stage: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<(usize, usize)> {
    use newsnlp_core::QuoteMark;
    let marks: Vec<usize> = (0..view.tokens.len())
        .filter(|&i| {
            view.tokens[i].kind == TokenKind::Punct
                && is_double_quote_mark(view.word(i))
                && !view.boilerplate[i]
        })
        .collect();
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
    for (k, &m) in marks.iter().enumerate() {
        if let Some(&bottom) = stack.first() {
            if view.paragraph_of[bottom] != view.paragraph_of[m] {
                let runs_on = view.tokens[m].flags.quote != QuoteMark::Closing;
                if !runs_on {
                    diagnose(diagnostics, "unclosed-quote", UNCLOSED.into(), bottom);
                }
                pairs.push((bottom, paragraph_end(view, bottom)));
                stack.clear();
            }
        }
        let role = view.tokens[m].flags.quote;
        let opens = match role {
            QuoteMark::Opening if !stack.is_empty() => {
                let closers_after = marks[k + 1..]
                    .iter()
                    .take_while(|&&n| view.paragraph_of[n] == view.paragraph_of[m])
                    .filter(|&&n| view.tokens[n].flags.quote != QuoteMark::Opening)
                    .count();
                let nests = closers_after > stack.len();
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
            QuoteMark::Closing if stack.is_empty() => {
                diagnose(
                    diagnostics,
                    "stray-closing-quote",
                    format!("`{}` closes no open quote", view.word(m)),
                    m,
                );
                continue;
            }
            _ => stack.is_empty(),
        };
        if opens {
            stack.push(m);
        } else if let Some(open) = stack.pop() {
            if stack.is_empty() {
                pairs.push((open, m));
            }
        }
    }
    if let Some(&bottom) = stack.first() {
        diagnose(diagnostics, "unclosed-quote", UNCLOSED.into(), bottom);
        pairs.push((bottom, paragraph_end(view, bottom)));
    }
    pairs
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
    let sentence_start = view.sentences[view.sentence_of[open]].0;
    let prev = (open > sentence_start).then(|| open - 1);
    let words = (open + 1..close)
        .filter(|&i| view.tokens[i].is_word())
        .count();
    let stands_alone = prev.is_none_or(|p| {
        opens_statement(view.word(p))
            || view.is_cue(p)
            || view.tokens[p].flags.quote != newsnlp_core::QuoteMark::None
    });
    let kind = if stands_alone && words >= 3 || words > 12 {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    if kind == QuoteKind::Partial && words < 2 {
        // A single quoted word (`a “bad” atmosphere`) is a scare quote.
        return None;
    }
    Some(Found {
        first: open,
        last: close,
        kind,
    })
}

type Attribution = (Option<usize>, (usize, usize));

/// `“Q,” X said`, `“Q,” said X`, `“Q.” X told`, `X said: “Q”`.
fn attribute_direct(view: &View, first: usize, last: usize) -> Option<Attribution> {
    after_quote(view, last).or_else(|| before_quote(view, first))
}

fn after_quote(view: &View, last: usize) -> Option<Attribution> {
    let n = view.tokens.len();
    let para = view.paragraph_of[last];
    let window: Vec<usize> = (last + 1..n)
        .filter(|&i| view.paragraph_of[i] == para)
        .take(6)
        .collect();
    let mut i = 0;
    while i < window.len() {
        let t = window[i];
        if view.is_cue(t) {
            // `said X`, or `said the director general ..., Kwon Jong. Gun`.
            let sentence_end = view.sentences[view.sentence_of[t]].1;
            let described = t + 1 < sentence_end && view.lower_is(t + 1, &["the", "a", "an"]);
            let speaker = if described {
                // `said the director general of ..., Kwon Jong. Gun`: the
                // person the description introduces, else the description.
                let person = (t + 1..sentence_end).take(30).find_map(|j| {
                    view.entity_at(j)
                        .filter(|&(a, _, k)| a == j && k == EntityKind::Person)
                        .map(|(a, b, _)| (a, b))
                });
                person.or_else(|| {
                    (t + 1..sentence_end)
                        .take(8)
                        .find_map(|j| view.mention_at(j))
                })
            } else {
                (t + 1..sentence_end)
                    .take(4)
                    .find_map(|j| view.mention_at(j).filter(|&(a, _)| a == j))
            };
            let speaker =
                speaker.or_else(|| window[..i].iter().rev().find_map(|&j| view.mention_at(j)));
            return speaker.map(|s| (Some(t), s));
        }
        if let Some((a, b)) = view.mention_at(t) {
            if let Some(&cue) = window
                .iter()
                .skip_while(|&&j| j < b)
                .take(3)
                .find(|&&j| view.is_cue(j))
            {
                return Some((Some(cue), (a, b)));
            }
            i = window.iter().position(|&j| j >= b).unwrap_or(window.len());
            continue;
        }
        i += 1;
    }
    None
}

fn before_quote(view: &View, first: usize) -> Option<Attribution> {
    let sentence_start = view.sentences[view.sentence_of[first]].0;
    let cue = (sentence_start..first)
        .rev()
        .take(4)
        .find(|&i| view.is_cue(i))?;
    let speaker = (sentence_start..cue)
        .rev()
        .find_map(|j| view.mention_at(j))?;
    Some((Some(cue), speaker))
}

/// The speaker of a cue elsewhere in the sentence (for partial quotes).
fn attribute_in_sentence(view: &View, at: usize) -> Option<Attribution> {
    let (start, end) = view.sentences[view.sentence_of[at]];
    let cue = (start..end).find(|&i| view.is_cue(i) && i < at)?;
    let speaker = (start..cue).rev().find_map(|j| view.mention_at(j))?;
    Some((Some(cue), speaker))
}

/// `X said (that) CLAUSE`, `X told Y CLAUSE`, `according to X, CLAUSE`.
fn indirect_quotes(view: &View, quoted: &[bool]) -> Vec<Quote> {
    let mut out = Vec::new();
    for &(start, end) in &view.sentences {
        if start >= end || view.boilerplate[start] {
            continue;
        }
        let last = if view.tokens[end - 1].kind == TokenKind::Punct {
            end - 1
        } else {
            end
        };
        for cue in start..last {
            if quoted[cue] || !view.is_cue(cue) || view.tokens[cue].kind != TokenKind::Word {
                continue;
            }
            if view.word(cue).eq_ignore_ascii_case("according") {
                if let Some(q) = according_to(view, cue, start, last, quoted) {
                    out.push(q);
                }
                break;
            }
            let Some(speaker) = (start..cue).rev().take(8).find_map(|j| view.mention_at(j)) else {
                continue;
            };
            let mut content = cue + 1;
            // `told Putin that ...`: skip the addressee.
            if let Some((_, b)) = view.mention_at(content).filter(|_| {
                view.lower_is(
                    cue,
                    &["told", "tells", "tell", "telling", "warned", "assured"],
                )
            }) {
                content = b;
            }
            // `accused Russia of helping ...`: what the accusation says.
            if view.word(cue).to_lowercase().starts_with("accus") {
                match (content..last).find(|&i| view.lower_is(i, &["of"])) {
                    Some(of) => content = of,
                    None => continue,
                }
            }
            while content < last && matches!(view.word(content), "," | ":") {
                content += 1;
            }
            // Reported speech is a clause: `that ...`, a subject pronoun, or
            // the object of a verb that reports speech itself.
            let clause = content < last
                && (view.lower_is(
                    content,
                    &[
                        "that", "of", "he", "she", "they", "it", "we", "i", "there", "this",
                    ],
                ) || view.lower_is(cue, SPEECH_VERBS));
            if !clause {
                continue;
            }
            let words = (content..last)
                .filter(|&i| view.tokens[i].is_word())
                .count();
            if words < 3 || quoted[content] {
                continue;
            }
            out.push(Quote {
                content: view.span(content, last),
                kind: QuoteKind::Indirect,
                cue: Some(view.span(cue, cue + 1)),
                speaker: Some(view.span(speaker.0, speaker.1)),
                speaker_name: Some(view.resolve(speaker)),
                unattributed: None,
            });
            break;
        }
    }
    out
}

fn according_to(
    view: &View,
    cue: usize,
    start: usize,
    last: usize,
    quoted: &[bool],
) -> Option<Quote> {
    if !view.word(cue + 1).eq_ignore_ascii_case("to") {
        return None;
    }
    let speaker = view.mention_at(cue + 2)?;
    let (content_start, content_end) = if cue == start {
        let comma = (speaker.1..last).find(|&i| view.word(i) == ",")?;
        (comma + 1, last)
    } else {
        let end = if cue > start && view.word(cue - 1) == "," {
            cue - 1
        } else {
            cue
        };
        (start, end)
    };
    if content_end <= content_start + 2 || quoted[content_start] {
        return None;
    }
    Some(Quote {
        content: view.span(content_start, content_end),
        kind: QuoteKind::Indirect,
        cue: Some(view.span(cue, cue + 2)),
        speaker: Some(view.span(speaker.0, speaker.1)),
        speaker_name: Some(view.resolve(speaker)),
        unattributed: None,
    })
}
