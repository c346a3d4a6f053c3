//! Finding stances in an annotated document: every entity a quote's
//! content mentions, scored from the speaker's side; and the targets of
//! stance acts (`accused Russia`, `his charge against Mike Pompeo`,
//! `praised Kim`), with the act's polarity.

use std::sync::OnceLock;

use newsnlp_core::english::is_one_of;
use newsnlp_core::{
    tokens_within, Document, EntityKind, FastMap, Polarity, Quote, QuoteKind, ShapeClass, Span,
    Stance, Token, TokenSpans,
};

use crate::features::{TargetContext, WordBuf};
use crate::model::StanceModel;

/// Words of acts against their object.
const NEGATIVE_ACTS: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "criticize",
    "criticized",
    "criticizes",
    "criticizing",
    "criticise",
    "criticised",
    "criticises",
    "criticising",
    "blame",
    "blamed",
    "blames",
    "blaming",
    "denounce",
    "denounced",
    "denounces",
    "denouncing",
    "condemn",
    "condemned",
    "condemns",
    "condemning",
    "attack",
    "attacked",
    "attacks",
    "attacking",
    "slam",
    "slammed",
    "slams",
    "slamming",
    "blast",
    "blasted",
    "blasts",
    "rebuke",
    "rebuked",
    "rebukes",
    "lambast",
    "lambasted",
    "lambaste",
    "assail",
    "assailed",
    "decry",
    "decried",
    "decries",
    "mock",
    "mocked",
    "mocks",
    "insult",
    "insulted",
    "insults",
    "threaten",
    "threatened",
    "threatens",
    "sue",
    "sued",
    "sues",
    "charge",
    "reject",
    "rejected",
    "rejects",
    "berate",
    "berated",
    "scold",
    "scolded",
    "chastise",
    "chastised",
];

/// Words of acts for their object.
const POSITIVE_ACTS: &[&str] = &[
    "praise",
    "praised",
    "praises",
    "praising",
    "thank",
    "thanked",
    "thanks",
    "thanking",
    "support",
    "supported",
    "supports",
    "supporting",
    "welcome",
    "welcomed",
    "welcomes",
    "congratulate",
    "congratulated",
    "congratulates",
    "endorse",
    "endorsed",
    "endorses",
    "hail",
    "hailed",
    "hails",
    "applaud",
    "applauded",
    "applauds",
    "commend",
    "commended",
    "commends",
    "defend",
    "defended",
    "defends",
    "invite",
    "invited",
    "invites",
    "embrace",
    "embraced",
    "embraces",
    "backed",
];

/// Verbs of `hold X accountable`, an act against X.
const HOLD: &[&str] = &["hold", "holds", "held", "holding"];
const ACCOUNTABLE: &[&str] = &["accountable", "responsible"];

/// Words an act's target may follow (`charge against`, `the`).
const BEFORE_TARGET: &[&str] = &["against", "the", "a", "an", "on", "upon", "of", "to", "for"];

/// How far after an act word its target may start.
const ACT_REACH: usize = 5;

/// Prepositions whose object is no agent (`for the Hanoi fiasco`).
const PREPOSITIONS: &[&str] = &[
    "of", "for", "in", "at", "from", "with", "to", "on", "into", "about", "over", "against",
];

/// The document as token indexes.
struct View<'a> {
    doc: &'a Document,
    tokens: &'a [Token],
    /// Token ranges of the sentences.
    sentences: Vec<(usize, usize)>,
    /// For each token: its sentence.
    sentence_of: Vec<usize>,
    /// Cluster mentions as token ranges with their cluster, in text order.
    mentions: Vec<(usize, usize, u32)>,
    /// For each token: the index (in `mentions`) of the mention covering it.
    mention_at: Vec<Option<usize>>,
    /// For each mention: whether it can be a target: a name or a
    /// description (not a pronoun), of a person, organisation or place, or
    /// a plural of other names (`Americans`, not `Russian`).
    targets: Vec<bool>,
    /// For each mention: whether it can act or be acted on: anything but
    /// a singular name of the other kind (`Russian support` is no act of
    /// Russia's); pronouns included (`accusing him`).
    agents: Vec<bool>,
}

impl<'a> View<'a> {
    fn new(doc: &'a Document) -> Self {
        let tokens = doc.layers.token_items();
        let TokenSpans {
            ranges: sentences,
            of_token: sentence_of,
        } = TokenSpans::new(tokens, doc.layers.sentence_items());
        let mut mentions: Vec<(usize, usize, u32)> = Vec::new();
        for (c, cluster) in doc.layers.cluster_items().iter().enumerate() {
            for m in &cluster.mentions {
                let (a, b) = tokens_within(tokens, *m);
                if a < b {
                    mentions.push((a, b, c as u32));
                }
            }
        }
        mentions.sort_unstable();
        let mut mention_at = vec![None; tokens.len()];
        for (k, &(a, b, _)) in mentions.iter().enumerate() {
            mention_at[a..b].iter_mut().for_each(|m| *m = Some(k));
        }
        let entities = doc.layers.entity_items();
        let clusters = doc.layers.cluster_items();
        let is_misc = |c: u32| clusters[c as usize].kind == EntityKind::Misc;
        let word = |i: usize| &doc.text[tokens[i].span.range()];
        let nested = nested_mentions(&mentions);
        let targets = mentions
            .iter()
            .zip(&nested)
            .map(|(&(a, b, c), &inside)| {
                let named = b > a + 1
                    || entities
                        .binary_search_by_key(&tokens[a].span.start, |e| e.span.start)
                        .is_ok();
                named && !inside && (!is_misc(c) || word(b - 1).ends_with('s'))
            })
            .collect();
        let agents = mentions
            .iter()
            .map(|&(_, b, c)| !is_misc(c) || word(b - 1).ends_with('s'))
            .collect();
        View {
            doc,
            tokens,
            sentences,
            sentence_of,
            mentions,
            mention_at,
            targets,
            agents,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.doc.text[t.span.range()])
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span {
            start: self.tokens[a].span.start,
            end: self.tokens[b - 1].span.end,
        }
    }
}

/// For each mention (sorted by start): whether it lies inside an earlier
/// one, as `Kremlin` inside `the Kremlin leader`: the description is the
/// target then, not the name within it.
fn nested_mentions(mentions: &[(usize, usize, u32)]) -> Vec<bool> {
    let mut furthest = 0;
    let mut out = Vec::with_capacity(mentions.len());
    for (k, &(a, b, _)) in mentions.iter().enumerate() {
        let earlier_start = k > 0 && mentions[k - 1].0 < a;
        out.push(earlier_start && furthest >= b);
        furthest = furthest.max(b);
    }
    out
}

/// Scratch space of one document's scoring.
struct Scorer<'m> {
    model: &'m StanceModel,
    words: WordBuf,
    features: Vec<u32>,
}

impl Scorer<'_> {
    /// Scores the mention `(a, b)` within the tokens `lo..hi`.
    fn score(
        &mut self,
        view: &View,
        (lo, hi): (usize, usize),
        (a, b): (usize, usize),
        quoted: bool,
    ) -> (Polarity, f32, [f32; 3]) {
        let ctx = TargetContext {
            text: &view.doc.text,
            tokens: &view.tokens[lo..hi],
            target: (a - lo, b - lo),
            quoted,
        };
        let p = self
            .model
            .predict(&ctx, &mut self.words, &mut self.features);
        (p.polarity, p.score, p.probabilities)
    }
}

/// Every stance in `doc` (which needs tokens, sentences, entities,
/// clusters and quotes), in order of evidence.
pub fn find_stances(doc: &Document, model: &StanceModel) -> Vec<Stance> {
    let view = View::new(doc);
    let mut scorer = Scorer {
        model,
        words: WordBuf::default(),
        features: Vec::new(),
    };
    let quotes = doc.layers.quotes.as_ref().map_or(&[][..], |l| &l.items[..]);
    let mut stances = Vec::new();
    for (q, quote) in quotes.iter().enumerate() {
        quote_stances(&view, &mut scorer, q as u32, quote, &mut stances);
    }
    act_stances(&view, &mut scorer, &mut stances);
    stances.sort_by_key(|s| (s.evidence.start, s.target_mention.start));
    stances
}

/// Stances of a quote's speaker toward the entities its content names.
fn quote_stances(view: &View, scorer: &mut Scorer, q: u32, quote: &Quote, out: &mut Vec<Stance>) {
    let Some(speaker) = quote.speaker_cluster else {
        return;
    };
    let (lo, hi) = tokens_within(view.tokens, quote.content);
    let quoted = quote.kind != QuoteKind::Indirect;
    let mut k = view.mentions.partition_point(|&(a, _, _)| a < lo);
    while let Some(&(a, b, target)) = view.mentions.get(k) {
        if a >= hi {
            break;
        }
        k += 1;
        if target == speaker || !view.targets[k - 1] || b > hi {
            continue;
        }
        let (s_lo, s_hi) = view.sentences[view.sentence_of[a]];
        let window = (s_lo.max(lo), s_hi.min(hi));
        let (polarity, score, _) = scorer.score(view, window, (a, b), quoted);
        out.push(Stance {
            speaker,
            target,
            target_mention: view.span(a, b),
            evidence: quote.content,
            quote: Some(q),
            act: None,
            polarity,
            score,
        });
    }
}

/// What a lower-cased word is as an act.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ActWord {
    /// An act against its object (`accused`).
    Against,
    /// An act for its object (`praised`).
    For,
    /// `hold`, an act against its object when `accountable` follows.
    Hold,
}

/// The act words by word, and for each first letter the set of second
/// letters they have (most tokens fail that test).
struct ActWords {
    by_word: FastMap<&'static str, ActWord>,
    second_letters: [u32; 26],
}

impl ActWords {
    fn may_hold(&self, word: &[u8]) -> bool {
        let (Some(&a), Some(&b)) = (word.first(), word.get(1)) else {
            return false;
        };
        let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
        a.is_ascii_lowercase()
            && b.is_ascii_lowercase()
            && self.second_letters[(a - b'a') as usize] & 1 << (b - b'a') != 0
    }
}

fn act_words() -> &'static ActWords {
    static WORDS: OnceLock<ActWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let by_word: FastMap<&'static str, ActWord> = [
            (NEGATIVE_ACTS, ActWord::Against),
            (POSITIVE_ACTS, ActWord::For),
            (HOLD, ActWord::Hold),
        ]
        .iter()
        .flat_map(|&(list, kind)| list.iter().map(move |&w| (w, kind)))
        .collect();
        let mut second_letters = [0u32; 26];
        for w in by_word.keys() {
            let w = w.as_bytes();
            second_letters[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        }
        ActWords {
            by_word,
            second_letters,
        }
    })
}

/// What `word` (any case) is as an act; `lower` is scratch space.
fn act_word(word: &str, shape: ShapeClass, lower: &mut String) -> Option<ActWord> {
    let words = act_words();
    if !words.may_hold(word.as_bytes()) {
        return None;
    }
    let key = match shape {
        ShapeClass::Lower => word,
        ShapeClass::Title => {
            lower.clear();
            lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
            lower.as_str()
        }
        _ => return None,
    };
    words.by_word.get(key).copied()
}

/// Stances from acts: the agent before the act word, the target after it.
fn act_stances(view: &View, scorer: &mut Scorer, out: &mut Vec<Stance>) {
    let mut lower = String::new();
    for (i, t) in view.tokens.iter().enumerate() {
        let Some(act) = act_word(view.word(i), t.shape, &mut lower) else {
            continue;
        };
        let polarity = match act {
            ActWord::Against => Polarity::Negative,
            ActWord::For => Polarity::Positive,
            ActWord::Hold => {
                let (_, end) = view.sentences[view.sentence_of[i]];
                let held = (i + 2..end.min(i + 5)).any(|j| is_one_of(view.word(j), ACCOUNTABLE));
                if !held {
                    continue;
                }
                Polarity::Negative
            }
        };
        let (Some(agent), Some((a, b, target))) = (act_agent(view, i), act_target(view, i)) else {
            continue;
        };
        if agent == target {
            continue;
        }
        let sentence = view.sentences[view.sentence_of[i]];
        let (_, _, p) = scorer.score(view, sentence, (a, b), false);
        let (sign, confidence) = match polarity {
            Polarity::Negative => (-1.0, p[0]),
            _ => (1.0, p[2]),
        };
        // The act fixes the sign; the model says how plainly the sentence
        // bears it out, never less than half.
        let score = sign * (0.5 + 0.5 * confidence);
        out.push(Stance {
            speaker: agent,
            target,
            target_mention: view.span(a, b),
            evidence: view.span(sentence.0, sentence.1),
            quote: None,
            act: Some(view.tokens[i].span),
            polarity,
            score,
        });
    }
}

/// The cluster acting: after `X, who` the antecedent of `who`; else the
/// nearest mention before the act in its sentence that is no object of a
/// preposition.
fn act_agent(view: &View, act: usize) -> Option<u32> {
    let (start, _) = view.sentences[view.sentence_of[act]];
    let mut j = act;
    while j > start {
        j -= 1;
        let Some(k) = view.mention_at[j] else {
            continue;
        };
        let (a, _, cluster) = view.mentions[k];
        if !view.agents[k] {
            j = a;
            continue;
        }
        let mut before = a;
        while before > start && is_one_of(view.word(before - 1), &["the", "a", "an"]) {
            before -= 1;
        }
        let governed = before > start && is_one_of(view.word(before - 1), PREPOSITIONS);
        let relative = is_one_of(view.word(act.saturating_sub(1)), &["who", "which"]);
        if !governed || relative {
            return Some(cluster);
        }
        j = a;
    }
    None
}

/// The first mention after the act (a name, description or pronoun),
/// within reach, past only determiners, prepositions and one modifier.
fn act_target(view: &View, act: usize) -> Option<(usize, usize, u32)> {
    let (_, end) = view.sentences[view.sentence_of[act]];
    for j in act + 1..end.min(act + 1 + ACT_REACH) {
        if let Some(k) = view.mention_at[j] {
            let (a, b, cluster) = view.mentions[k];
            return (a == j && view.agents[k]).then_some((a, b, cluster));
        }
        let w = view.word(j);
        let passable = is_one_of(w, BEFORE_TARGET)
            || view.tokens[j].is_word()
                && w.chars().next().is_some_and(char::is_lowercase)
                && j == act + 1;
        if !passable {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_inside_a_description_is_no_target_of_its_own() {
        // `the Kremlin leader` (tokens 3..6) holds `Kremlin` (4..5).
        let mentions = [(0, 2, 0), (3, 6, 1), (4, 5, 2), (7, 8, 3)];
        assert_eq!(nested_mentions(&mentions), [false, false, true, false]);
    }
}
