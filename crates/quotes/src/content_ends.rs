//! Where the content of an indirect quote ends. PolNeAR's contents stop
//! at the end of what was reported, often well before the sentence does:
//! `described [the Affordable Care Act as a “crazy system”] during a
//! campaign stop`, `said [he would order a review] and warned against
//! hackers`, `welcomed [the plans], which ...`. A logistic regression,
//! learned by `newsnlp train quotes` from PolNeAR train, reads the tokens
//! around each place the content could end and stops at the first it
//! scores above zero (an even chance); where it stops nowhere, the content
//! runs to the end of the sentence, as before it was learned.

use std::borrow::Cow;

use newsnlp_core::{is_quote_char, ModelFormat, ShapeClass, Span, Token, TokenKind, TokenSpans};

use crate::brat::{hull, BratDocument};
use crate::lexicon::CueLexicon;
use crate::linear::{
    distance_bucket, slot, slot_hash, template, FeatureRows, Slot, Template, WeightTable,
};

/// The model file: the shared envelope (magic, version, feature-set hash,
/// CRC-32) around the TSV of [`ContentEnds::to_tsv`].
const FORMAT: ModelFormat = ModelFormat {
    kind: "content-end",
    magic: b"NEWSNLP-ENDS\r\n\0\0",
    version: 2,
    // The templates of `features`: bump when they change, so that old
    // model files are refused.
    feature_set: 0x454e_4453_0000_0003,
};

/// Training steps (full-batch AdaGrad): 300 and 1,000 gave PolNeAR dev
/// content F1 68.44 and 68.39, source F1 73.35 and 73.46.
const PASSES: usize = 1000;

/// The L2 penalty: 1e-6, 5e-6, 1e-5, 2e-5, 3e-5 and 1e-4 gave PolNeAR dev
/// content F1 67.90, 68.28, 68.39, 68.19, 68.17 and 67.72.
const L2: f32 = 1e-5;

/// Learned weights smaller than this are left out of the shipped model:
/// logistic regression leaves no weight at zero, and at 0.005 the model
/// was 4.5 MB (and the whole pipeline 11% slower, its peak RSS 10 MB
/// higher), at 0.05 1.1 MB, with PolNeAR dev content F1 68.78 and 68.77.
const MIN_KEPT_WEIGHT: f32 = 0.05;

/// The end model: a weight for each feature seen in training.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContentEnds {
    weights: WeightTable,
}

/// A sentence as the end model reads it: its words in lower case with
/// their hashes, and for each token whether it is a cue word and its
/// shape.
pub(crate) struct SentenceWords<'a> {
    lower: Vec<Cow<'a, str>>,
    hashes: Vec<u64>,
    cue: Vec<bool>,
    shape: Vec<ShapeClass>,
    /// For each token, whether it opens an aside closed later in the
    /// sentence: a dash another like it follows, or `(` a `)` follows.
    opens_aside: Vec<bool>,
}

/// True when `word` may open an aside that `closer` then closes.
fn aside_closer(word: &str) -> Option<&str> {
    match word {
        "—" | "–" | "--" => Some(word),
        "(" => Some(")"),
        _ => None,
    }
}

/// For each word, whether it opens an aside that a later word closes
/// (`that Trump — even as he says ... — has proposed`).
fn asides(lower: &[Cow<'_, str>]) -> Vec<bool> {
    lower
        .iter()
        .enumerate()
        .map(|(i, word)| {
            aside_closer(word).is_some_and(|closer| lower[i + 1..].iter().any(|w| w == closer))
        })
        .collect()
}

/// What stands for the words past the sentence's end.
const SENTENCE_END: &str = "</s>";

impl<'a> SentenceWords<'a> {
    /// The tokens `tokens` of `text` (one sentence), with their cue flags.
    pub(crate) fn new(text: &'a str, tokens: &[Token], cue: &[bool]) -> Self {
        let lower: Vec<Cow<'a, str>> = tokens
            .iter()
            .map(|t| lowercase(&text[t.span.range()]))
            .collect();
        SentenceWords {
            hashes: lower.iter().map(|w| slot_hash(w)).collect(),
            opens_aside: asides(&lower),
            lower,
            cue: cue.to_vec(),
            shape: tokens.iter().map(|t| t.shape).collect(),
        }
    }

    /// The word at `i` in lower case; `</s>` past the sentence.
    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or(SENTENCE_END, |w| w.as_ref())
    }

    /// The word at `i` as a feature slot.
    fn slot(&self, i: usize) -> Slot<'_> {
        match self.hashes.get(i) {
            Some(&hash) => Slot {
                text: &self.lower[i],
                hash,
            },
            None => slot!(SENTENCE_END),
        }
    }

    /// The shape of the word at `i` as a feature slot; `end` past the
    /// sentence.
    fn shape_slot(&self, i: usize) -> Slot<'static> {
        match self.shape.get(i) {
            None => slot!("end"),
            Some(ShapeClass::Lower) => slot!("lower"),
            Some(ShapeClass::Title) => slot!("title"),
            Some(ShapeClass::Upper) => slot!("upper"),
            Some(ShapeClass::Mixed) => slot!("mixed"),
            Some(ShapeClass::Digits | ShapeClass::Alnum) => slot!("digit"),
            Some(ShapeClass::Other) => slot!("other"),
        }
    }
}

/// `word` in lower case, borrowed when it already is.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// One reported content within a sentence, by token index in it: the
/// cue, the first content token, the first token the content may end
/// before (past the quoted words it must hold), and the token it may run
/// to (the sentence's closing punctuation, or its end).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Report {
    pub(crate) cue: usize,
    pub(crate) start: usize,
    pub(crate) shortest: usize,
    pub(crate) last: usize,
}

/// Calls `emit` with each feature of ending `report`'s content right
/// before token `at`: a template and the slots that fill it. `so_far`
/// counts what the content holds before `at`.
fn features(
    words: &SentenceWords,
    report: Report,
    at: usize,
    so_far: SoFar,
    mut emit: impl FnMut(Template, &[Slot]),
) {
    let w = words.slot(at);
    let prev = words.slot(at - 1);
    let next = words.slot(at + 1);
    let distance = distance_bucket(at - report.start);
    let is_cue = |i: usize| Slot::flag(words.cue.get(i).copied().unwrap_or(false));
    emit(template!("bias"), &[]);
    emit(template!("w="), &[w]);
    emit(template!("p="), &[prev]);
    emit(template!("n="), &[next]);
    emit(template!("pw="), &[prev, w]);
    emit(template!("wn="), &[w, next]);
    emit(template!("d="), &[distance]);
    emit(template!("dw="), &[distance, w]);
    emit(template!("c="), &[words.slot(report.cue), w]);
    emit(template!("f="), &[words.slot(report.start), w]);
    emit(template!("k="), &[is_cue(at), prev]);
    emit(template!("kn="), &[is_cue(at + 1), w]);
    emit(template!("m="), &[few(so_far.commas), w]);
    emit(
        template!("s="),
        &[words.shape_slot(at), words.shape_slot(at + 1)],
    );
    emit(
        template!("after-cue="),
        &[Slot::flag(report.cue < report.start)],
    );
    // `said [the plan failed] and the mayor`, three words read together.
    emit(template!("nn="), &[w, next, words.slot(at + 2)]);
    // An end inside a quote the content opened is seldom the report's.
    emit(
        template!("qo="),
        &[Slot::flag(so_far.quote_marks % 2 == 1), w],
    );
    // A cue word inside the content so far: a report within the report.
    emit(template!("kc="), &[few(so_far.cues), w]);
    // `that Trump — even as he says ... — has proposed`: an aside the
    // sentence closes again is seldom where the report ends; inside one,
    // neither is its end.
    let opens_aside = words.opens_aside.get(at).copied().unwrap_or(false);
    emit(template!("ao="), &[Slot::flag(opens_aside), w]);
    emit(template!("ai="), &[Slot::flag(so_far.asides % 2 == 1), w]);
}

/// A count as the features read it: 0, 1, or 2 for two or more.
fn few(count: usize) -> Slot<'static> {
    match count {
        0 => slot!("0"),
        1 => slot!("1"),
        _ => slot!("2"),
    }
}

/// What a content holds before the place it may end: commas, quote marks
/// and cue words.
#[derive(Clone, Copy, Debug, Default)]
struct SoFar {
    commas: usize,
    quote_marks: usize,
    cues: usize,
    asides: usize,
}

impl SoFar {
    /// The counts over the tokens `[from, to)`.
    fn between(words: &SentenceWords, from: usize, to: usize) -> Self {
        let mut so_far = SoFar::default();
        (from..to).for_each(|i| so_far.add(words, i));
        so_far
    }

    /// Counts token `i` in.
    fn add(&mut self, words: &SentenceWords, i: usize) {
        let word = words.word(i);
        self.commas += usize::from(word == ",");
        self.quote_marks += usize::from(word.chars().all(is_quote_char));
        self.cues += usize::from(words.cue.get(i).copied().unwrap_or(false));
        self.asides += usize::from(aside_closer(word).is_some() || word == ")");
    }
}

impl ContentEnds {
    /// The score of ending `report`'s content right before token `at`.
    fn score(&self, words: &SentenceWords, report: Report, at: usize, so_far: SoFar) -> f32 {
        self.weights
            .sum(|emit| features(words, report, at, so_far, emit))
    }

    /// The token before which `report`'s content ends: the first from
    /// `report.shortest` on that scores above zero, else `report.last`.
    pub(crate) fn end(&self, words: &SentenceWords, report: Report) -> usize {
        let mut so_far = SoFar::between(words, report.start, report.shortest);
        for at in report.shortest..report.last {
            if self.score(words, report, at, so_far) > 0.0 {
                return at;
            }
            so_far.add(words, at);
        }
        report.last
    }

    /// True when no weight was learned (the end is always the sentence's).
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Learns the model from PolNeAR articles cut into `tokens` and
    /// `sentences` (one pair per article, in order), with cue words from
    /// `lexicon`.
    pub fn learn(articles: &[SegmentedArticle], lexicon: &CueLexicon) -> Self {
        let examples: Vec<Example> = articles
            .iter()
            .flat_map(|article| article.examples(lexicon))
            .collect();
        // Each place the decoder looks at, up to the true end, since it
        // stops there: a stop there or not.
        let mut rows = FeatureRows::default();
        let mut places: Vec<(Vec<usize>, bool)> = Vec::new();
        for example in &examples {
            let (words, report) = (&example.words, example.report);
            let mut so_far = SoFar::between(words, report.start, report.start + 1);
            for at in report.start + 1..=example.stop_scan_end() {
                let mut active = Vec::new();
                features(words, report, at, so_far, |template, slots| {
                    active.push(rows.row(template, slots));
                });
                places.push((active, at == example.end));
                so_far.add(words, at);
            }
        }
        ContentEnds {
            weights: rows.learn(&places, L2, PASSES, MIN_KEPT_WEIGHT),
        }
    }

    /// The model file: [`Self::to_tsv`] in the model envelope.
    pub fn to_model_file(&self) -> Vec<u8> {
        self.weights.to_model_file(&FORMAT)
    }

    /// Reads [`Self::to_model_file`] output; a foreign, corrupt or
    /// malformed file is refused with the reason.
    pub fn from_model_file(bytes: &[u8]) -> Result<Self, String> {
        Ok(ContentEnds {
            weights: WeightTable::from_model_file(bytes, &FORMAT)?,
        })
    }

    /// TSV: a feature's template and slots, its weight; heaviest first.
    pub fn to_tsv(&self) -> String {
        self.weights.to_tsv()
    }

    /// Reads [`Self::to_tsv`] output; a malformed line is named.
    pub fn from_tsv(tsv: &str) -> Result<Self, String> {
        Ok(ContentEnds {
            weights: WeightTable::from_tsv(tsv, FORMAT.kind)?,
        })
    }
}

/// An article of the training corpus with its tokens and sentences (as
/// the tokenize stage cuts them).
pub struct SegmentedArticle<'a> {
    /// The article and its attributions.
    pub article: &'a BratDocument,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Its sentences.
    pub sentences: &'a [Span],
}

/// One gold content to learn from: its sentence, its report, and the
/// token its content ends before.
struct Example<'a> {
    words: SentenceWords<'a>,
    report: Report,
    end: usize,
}

impl Example<'_> {
    /// The last place the decoder looks at for this example: up to the
    /// true end, since it stops there; no further than the sentence end.
    fn stop_scan_end(&self) -> usize {
        self.end.min(self.report.last - 1)
    }
}

impl<'a> SegmentedArticle<'a> {
    /// The examples of this article: each attribution with a cue whose
    /// content is indirect (no quote mark first) and lies in one sentence.
    fn examples(&self, lexicon: &CueLexicon) -> Vec<Example<'a>> {
        let text = self.article.text.as_str();
        let chars: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let byte = |c: usize| chars.get(c).copied().unwrap_or(text.len());
        let sentences = TokenSpans::new(self.tokens, self.sentences);
        let cues = lexicon.token_cue_flags(text, self.tokens);
        let token_starting = |b: usize| {
            self.tokens
                .binary_search_by_key(&b, |t| t.span.start as usize)
                .ok()
        };
        let mut out = Vec::new();
        for attribution in &self.article.attributions {
            let (Some(cue), Some(&(content_start, _))) =
                (attribution.cue.as_deref(), attribution.content.first())
            else {
                continue;
            };
            // The content starts where its first fragment does (as the
            // annotator marked it; the hull's start trained a worse
            // model: dev content F1 65.75 against 65.79) and ends with
            // its last.
            let (_, content_end) = hull(&attribution.content);
            let (cue_start, _) = hull(cue);
            let (Some(start), Some(cue)) = (
                token_starting(byte(content_start)),
                token_starting(byte(cue_start)),
            ) else {
                continue;
            };
            if text[byte(content_start)..]
                .chars()
                .next()
                .is_some_and(is_quote_char)
            {
                continue; // a direct quote: its marks end it
            }
            let sentence = sentences.of_token[start];
            let (first, past) = sentences.ranges[sentence];
            if sentences.of_token[cue] != sentence || !(first..past).contains(&start) {
                continue; // a cue in another sentence, or a token outside every sentence
            }
            let last = if self.tokens[past - 1].kind == TokenKind::Punct {
                past - 1
            } else {
                past
            };
            let end = self.tokens[start..past]
                .iter()
                .position(|t| t.span.end as usize > byte(content_end))
                .map_or(past, |i| start + i);
            if end > last || end <= start {
                continue;
            }
            out.push(Example {
                words: SentenceWords::new(text, &self.tokens[first..past], &cues[first..past]),
                report: Report {
                    cue: cue - first,
                    start: start - first,
                    shortest: start - first + 1,
                    last: last - first,
                },
                end: end - first,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brat::Attribution;
    use newsnlp_core::{QuoteMark, TokenFlags};

    fn token(span: Span, kind: TokenKind) -> Token {
        Token {
            span,
            kind,
            shape: ShapeClass::Lower,
            flags: TokenFlags {
                sentence_initial: false,
                quote: QuoteMark::None,
            },
        }
    }

    /// Tokens split at spaces, a final `.` its own token.
    fn tokens_of(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut at = 0;
        for word in text.split(' ') {
            let (body, stop) = match word.strip_suffix('.') {
                Some(body) => (body, true),
                None => (word, false),
            };
            out.push(token(Span::new(at, at + body.len()), TokenKind::Word));
            if stop {
                out.push(token(
                    Span::new(at + body.len(), at + word.len()),
                    TokenKind::Punct,
                ));
            }
            at += word.len() + 1;
        }
        out
    }

    #[test]
    fn a_content_that_always_stops_before_during_is_learned_to_stop_there() {
        let sentences = [
            "Smith described the plan as a crazy idea during a stop in Ohio.",
            "Jones described the bill as a disgrace during the debate on Monday.",
            "Lee described the deal as a mistake during an interview.",
            "Kim described his rival as a fraud during a rally in Texas.",
        ];
        let text = sentences.join(" ");
        let tokens = tokens_of(&text);
        let mut attributions = Vec::new();
        let mut sentence_spans = Vec::new();
        let mut at = 0;
        for s in &sentences {
            let cue = at + s.find("described").unwrap_or(0);
            let content = cue + "described ".len();
            let end = at + s.find(" during").unwrap_or(0);
            attributions.push(Attribution {
                source: None,
                cue: Some(vec![(cue, cue + "described".len())]),
                content: vec![(content, end)],
            });
            sentence_spans.push(Span::new(at, at + s.len()));
            at += s.len() + 1;
        }
        let article = BratDocument {
            name: "x".into(),
            text: text.clone(),
            attributions,
        };
        let lexicon = CueLexicon::from_tsv("cue\tdescribed\t4\t4\n").unwrap();
        let model = ContentEnds::learn(
            &[SegmentedArticle {
                article: &article,
                tokens: &tokens,
                sentences: &sentence_spans,
            }],
            &lexicon,
        );
        assert!(!model.is_empty());
        let unseen = "Ng described the tax as a scandal during a speech in Iowa.";
        let tokens = tokens_of(unseen);
        let cues = lexicon.token_cue_flags(unseen, &tokens);
        let words = SentenceWords::new(unseen, &tokens, &cues);
        let report = Report {
            cue: 1,
            start: 2,
            shortest: 3,
            last: tokens.len() - 1,
        };
        let end = model.end(&words, report);
        assert_eq!(words.word(end), "during");
        assert_eq!(
            ContentEnds::from_model_file(&model.to_model_file()).unwrap(),
            model
        );
    }

    #[test]
    fn a_corrupt_model_file_is_refused_with_the_reason() {
        let model = ContentEnds::from_tsv("w=\tduring\t1.5\n").unwrap();
        let mut bytes = model.to_model_file();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        let err = ContentEnds::from_model_file(&bytes).unwrap_err();
        assert!(err.contains("checksum"), "{err}");
        let err = ContentEnds::from_model_file(b"w=\tduring\t1.5\n").unwrap_err();
        assert!(err.contains("not a newsnlp content-end model"), "{err}");
    }

    #[test]
    fn an_empty_model_lets_the_content_run_to_the_sentence_end() {
        let text = "Smith said the plan failed during the storm.";
        let tokens = tokens_of(text);
        let words = SentenceWords::new(text, &tokens, &vec![false; tokens.len()]);
        let report = Report {
            cue: 1,
            start: 2,
            shortest: 3,
            last: tokens.len() - 1,
        };
        assert_eq!(ContentEnds::default().end(&words, report), tokens.len() - 1);
    }

    #[test]
    fn only_a_dash_or_parenthesis_closed_later_opens_an_aside() {
        let words: Vec<Cow<str>> = ["that", "—", "even", "as", "—", "has", "(", "x", "—"]
            .into_iter()
            .map(Cow::Borrowed)
            .collect();
        let opens: Vec<usize> = (0..words.len()).filter(|&i| asides(&words)[i]).collect();
        // The second dash opens one too: a third follows it.
        assert_eq!(opens, vec![1, 4]);
    }
}
