//! The JSONL annotation schema, version 1 (`"schema": "newsnlp/1"`).
//!
//! One line per input record, in input order. An annotated document:
//!
//! ```json
//! {"schema":"newsnlp/1","id":"a1","text":"...",
//!  "meta":{"title":"...","date":"...","url":"...","source":"...","any":"extra input field"},
//!  "producers":{"tokens":"tokenize", ...},
//!  "paragraphs":[{"span":[0,52],"chars":[0,52]}],
//!  "sentences":[...], "boilerplate":[...],
//!  "tokens":[{"span":[0,2],"chars":[0,2],"kind":"word","shape":"Xx","sentence_initial":true}],
//!  "entities":[{"span":[..],"chars":[..],"text":"Vladimir Putin","label":"PER","score":0.98}],
//!  "quotes":[{"content":{"span":[..],"chars":[..],"text":"“...”"},"kind":"direct","cue":{..},"speaker":{..},"speaker_name":"Vladimir Putin","speaker_gender":"male"}],
//!  "custom":{"keywords":[{"span":[..],"chars":[..],"label":"POLICY","score":1.0}]},
//!  "diagnostics":[{"stage":"...","code":"...","message":"...","span":[..]}]}
//! ```
//!
//! `span` is a byte range of `text` (UTF-8); `chars` the same range in
//! Unicode code points, as Python slices strings. Layers a pipeline did not
//! run are absent. An error record:
//!
//! ```json
//! {"schema":"newsnlp/1","id":"a2","error":{"input":"in.jsonl","line":2,"stage":null,"reason":"missing `text`"}}
//! ```

use newsnlp_core::{word_shape, Document, Layer, OffsetIndex, QuoteMark, Span, Token, TokenKind};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;

use crate::{Record, RecordError};

/// The schema identifier written on every line.
pub const SCHEMA: &str = "newsnlp/1";

/// Appends one record as a JSON line (with its newline) to `out`.
pub fn write_record(out: &mut Vec<u8>, record: &Record) -> Result<(), serde_json::Error> {
    match record {
        Record::Doc(doc) => DocJson::new(doc).write(out)?,
        Record::Error(err) => serde_json::to_writer(&mut *out, &ErrorJson(err))?,
    }
    out.push(b'\n');
    Ok(())
}

/// A JSON object written entry by entry into a buffer, as serde_json
/// writes one (compact): each value through serde, or written by hand.
struct ObjectWriter<'o> {
    out: &'o mut Vec<u8>,
    empty: bool,
}

impl<'o> ObjectWriter<'o> {
    fn new(out: &'o mut Vec<u8>) -> Self {
        out.push(b'{');
        ObjectWriter { out, empty: true }
    }

    /// Writes `"key":` (after a comma unless first); the value goes next.
    fn key(&mut self, key: &str) -> Result<(), serde_json::Error> {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        serde_json::to_writer(&mut *self.out, key)?;
        self.out.push(b':');
        Ok(())
    }

    fn entry<T: Serialize + ?Sized>(
        &mut self,
        key: &str,
        value: &T,
    ) -> Result<(), serde_json::Error> {
        self.key(key)?;
        serde_json::to_writer(&mut *self.out, value)
    }

    /// An entry whose value `write` puts in the buffer itself.
    fn entry_with(
        &mut self,
        key: &str,
        write: impl FnOnce(&mut Vec<u8>) -> Result<(), serde_json::Error>,
    ) -> Result<(), serde_json::Error> {
        self.key(key)?;
        write(self.out)
    }

    fn end(self) {
        self.out.push(b'}');
    }
}

struct ErrorJson<'a>(&'a RecordError);

impl Serialize for ErrorJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("schema", SCHEMA)?;
        map.serialize_entry("id", &self.0.id)?;
        map.serialize_entry("error", self.0)?;
        map.end()
    }
}

struct DocJson<'a> {
    doc: &'a Document,
    offsets: OffsetIndex,
}

impl<'a> DocJson<'a> {
    fn new(doc: &'a Document) -> Self {
        DocJson {
            doc,
            offsets: OffsetIndex::new(&doc.text),
        }
    }

    fn spans(&'a self, spans: &'a [Span]) -> SpanList<'a> {
        SpanList {
            spans,
            offsets: &self.offsets,
        }
    }
}

struct SpanJson<'a> {
    span: Span,
    offsets: &'a OffsetIndex,
}

impl Serialize for SpanJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        write_span(&mut map, self.span, self.offsets)?;
        map.end()
    }
}

fn write_span<M: SerializeMap>(
    map: &mut M,
    span: Span,
    offsets: &OffsetIndex,
) -> Result<(), M::Error> {
    map.serialize_entry("span", &[span.start, span.end])?;
    let (cs, ce) = offsets.char_span(span);
    map.serialize_entry("chars", &[cs, ce])
}

struct SpanList<'a> {
    spans: &'a [Span],
    offsets: &'a OffsetIndex,
}

impl Serialize for SpanList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.spans.len()))?;
        for &span in self.spans {
            seq.serialize_element(&SpanJson {
                span,
                offsets: self.offsets,
            })?;
        }
        seq.end()
    }
}

/// Writes the token layer as a JSON array: `{"span":[..],"chars":[..],
/// "kind":..,"shape":..}` per token, with `"quote"` and
/// `"sentence_initial"` when set; the same bytes serde_json would write for
/// these objects, without its per-entry machinery (tokens are most of an
/// annotated line).
fn write_tokens(
    out: &mut Vec<u8>,
    tokens: &[Token],
    text: &str,
    offsets: &OffsetIndex,
) -> Result<(), serde_json::Error> {
    let mut numbers = itoa::Buffer::new();
    let mut pair = |out: &mut Vec<u8>, (a, b): (u32, u32)| {
        out.push(b'[');
        out.extend_from_slice(numbers.format(a).as_bytes());
        out.push(b',');
        out.extend_from_slice(numbers.format(b).as_bytes());
        out.push(b']');
    };
    let mut shape = String::new();
    out.push(b'[');
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"span\":");
        pair(out, (token.span.start, token.span.end));
        out.extend_from_slice(b",\"chars\":");
        pair(out, offsets.char_span(token.span));
        out.extend_from_slice(b",\"kind\":\"");
        out.extend_from_slice(kind_name(token.kind).as_bytes());
        out.extend_from_slice(b"\",\"shape\":");
        shape.clear();
        word_shape(token.span.text(text).unwrap_or(""), &mut shape);
        serde_json::to_writer(&mut *out, shape.as_str())?;
        if let Some(quote) = quote_name(token.flags.quote) {
            out.extend_from_slice(b",\"quote\":\"");
            out.extend_from_slice(quote.as_bytes());
            out.push(b'"');
        }
        if token.flags.sentence_initial {
            out.extend_from_slice(b",\"sentence_initial\":true");
        }
        out.push(b'}');
    }
    out.push(b']');
    Ok(())
}

/// The schema's name for a token kind.
pub fn kind_name(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Word => "word",
        TokenKind::Number => "number",
        TokenKind::Punct => "punct",
        TokenKind::Symbol => "symbol",
        TokenKind::Url => "url",
        TokenKind::Email => "email",
        TokenKind::Handle => "handle",
        TokenKind::Hashtag => "hashtag",
        TokenKind::Emoji => "emoji",
    }
}

fn quote_name(quote: QuoteMark) -> Option<&'static str> {
    match quote {
        QuoteMark::None => None,
        QuoteMark::Opening => Some("opening"),
        QuoteMark::Closing => Some("closing"),
        QuoteMark::Ambiguous => Some("ambiguous"),
    }
}

struct MetaJson<'a>(&'a newsnlp_core::Metadata);

impl Serialize for MetaJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let meta = self.0;
        let mut map = s.serialize_map(None)?;
        let known = [
            ("title", &meta.title),
            ("date", &meta.date),
            ("url", &meta.url),
            ("source", &meta.source),
        ];
        for (key, value) in known {
            if let Some(v) = value {
                map.serialize_entry(key, v)?;
            }
        }
        for (key, raw) in &meta.extra {
            match serde_json::value::RawValue::from_string(raw.clone()) {
                Ok(value) => map.serialize_entry(key, &value)?,
                Err(_) => map.serialize_entry(key, raw)?,
            }
        }
        map.end()
    }
}

impl DocJson<'_> {
    /// Writes the document as one JSON object (no newline).
    fn write(&self, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
        let doc = self.doc;
        let layers = &doc.layers;
        let mut map = ObjectWriter::new(out);
        map.entry("schema", SCHEMA)?;
        map.entry("id", &doc.id)?;
        map.entry("text", &doc.text)?;
        map.entry("meta", &MetaJson(&doc.meta))?;
        let producers: Vec<(String, &str)> = layers
            .present()
            .into_iter()
            .filter_map(|name| producer(layers, &name).map(|p| (name.to_string(), p)))
            .collect();
        map.entry("producers", &ProducerMap(&producers))?;
        let span_layers = [
            ("paragraphs", &layers.paragraphs),
            ("sentences", &layers.sentences),
            ("boilerplate", &layers.boilerplate),
        ];
        for (key, layer) in span_layers {
            if let Some(layer) = layer {
                map.entry(key, &self.spans(&layer.items))?;
            }
        }
        if let Some(tokens) = &layers.tokens {
            map.entry_with("tokens", |out| {
                write_tokens(out, &tokens.items, &doc.text, &self.offsets)
            })?;
        }
        if let Some(entities) = &layers.entities {
            let items: Vec<EntityJson> = entities
                .items
                .iter()
                .map(|entity| EntityJson {
                    entity,
                    text: &doc.text,
                    offsets: &self.offsets,
                })
                .collect();
            map.entry("entities", &items)?;
        }
        if let Some(clusters) = &layers.clusters {
            let items: Vec<ClusterJson> = clusters
                .items
                .iter()
                .enumerate()
                .map(|(id, cluster)| ClusterJson {
                    id,
                    cluster,
                    doc: self,
                })
                .collect();
            map.entry("clusters", &items)?;
        }
        if let Some(quotes) = &layers.quotes {
            let items: Vec<QuoteJson> = quotes
                .items
                .iter()
                .map(|quote| QuoteJson {
                    quote,
                    speaker_gender: quote
                        .speaker_cluster
                        .and_then(|c| layers.cluster_items().get(c as usize))
                        .and_then(|c| c.gender),
                    text: &doc.text,
                    offsets: &self.offsets,
                })
                .collect();
            map.entry("quotes", &items)?;
        }
        if let Some(stances) = &layers.stances {
            let items: Vec<StanceJson> = stances
                .items
                .iter()
                .map(|stance| StanceJson { stance, doc: self })
                .collect();
            map.entry("stances", &items)?;
            let edges: Vec<EdgeJson> = newsnlp_core::stance_edges(&stances.items)
                .into_iter()
                .map(|edge| EdgeJson { edge, doc: self })
                .collect();
            map.entry("stance_edges", &edges)?;
        }
        if !layers.custom.is_empty() {
            map.entry("custom", &CustomJson(self))?;
        }
        if !layers.diagnostics.is_empty() {
            map.entry("diagnostics", &DiagnosticsJson(self))?;
        }
        map.end();
        Ok(())
    }
}

struct ProducerMap<'a>(&'a [(String, &'a str)]);

impl Serialize for ProducerMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

fn producer<'a>(
    layers: &'a newsnlp_core::Layers,
    name: &newsnlp_core::LayerName,
) -> Option<&'a str> {
    use newsnlp_core::LayerName as L;
    fn of<T>(l: &Option<Layer<T>>) -> Option<&str> {
        l.as_ref().map(|l| l.producer.as_str())
    }
    match name {
        L::Paragraphs => of(&layers.paragraphs),
        L::Sentences => of(&layers.sentences),
        L::Tokens => of(&layers.tokens),
        L::Boilerplate => of(&layers.boilerplate),
        L::Entities => of(&layers.entities),
        L::Clusters => of(&layers.clusters),
        L::Quotes => of(&layers.quotes),
        L::Stances => of(&layers.stances),
        L::Custom(n) => layers.custom.get(n).map(|l| l.producer.as_str()),
    }
}

/// Scores to four decimals: more is noise, and stable output diffs well.
fn round_score(score: f32) -> f64 {
    (score as f64 * 1e4).round() / 1e4
}

struct EntityJson<'a> {
    entity: &'a newsnlp_core::Entity,
    text: &'a str,
    offsets: &'a OffsetIndex,
}

impl Serialize for EntityJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.entity;
        let mut map = s.serialize_map(Some(5))?;
        write_span(&mut map, e.span, self.offsets)?;
        map.serialize_entry("text", e.span.text(self.text).unwrap_or(""))?;
        map.serialize_entry("label", e.kind.label())?;
        map.serialize_entry("score", &round_score(e.score))?;
        map.end()
    }
}

struct QuoteJson<'a> {
    quote: &'a newsnlp_core::Quote,
    /// The gender of the speaker's cluster, where the article marks it.
    speaker_gender: Option<newsnlp_core::english::Gender>,
    text: &'a str,
    offsets: &'a OffsetIndex,
}

impl Serialize for QuoteJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = self.quote;
        let part = |span: Span| SpanText {
            span,
            text: self.text,
            offsets: self.offsets,
        };
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("content", &part(q.content))?;
        if !q.fragments.is_empty() {
            let parts: Vec<SpanText> = q.fragments.iter().map(|&f| part(f)).collect();
            map.serialize_entry("fragments", &parts)?;
        }
        let kind = match q.kind {
            newsnlp_core::QuoteKind::Direct => "direct",
            newsnlp_core::QuoteKind::Partial => "partial",
            newsnlp_core::QuoteKind::Indirect => "indirect",
        };
        map.serialize_entry("kind", kind)?;
        if let Some(cue) = q.cue {
            map.serialize_entry("cue", &part(cue))?;
        }
        if let Some(speaker) = q.speaker {
            map.serialize_entry("speaker", &part(speaker))?;
        }
        if let Some(name) = &q.speaker_name {
            map.serialize_entry("speaker_name", name)?;
        }
        if let Some(cluster) = q.speaker_cluster {
            map.serialize_entry("speaker_cluster", &cluster)?;
        }
        if let Some(gender) = self.speaker_gender {
            map.serialize_entry("speaker_gender", gender.label())?;
        }
        if let Some(reason) = &q.unattributed {
            map.serialize_entry("unattributed", reason)?;
        }
        if let Some(report) = q.within {
            map.serialize_entry("within", &report)?;
        }
        map.end()
    }
}

impl DocJson<'_> {
    /// A span with its text, for nested objects.
    fn part(&self, span: Span) -> SpanText<'_> {
        SpanText {
            span,
            text: &self.doc.text,
            offsets: &self.offsets,
        }
    }

    /// The canonical name of cluster `id` (empty if out of range).
    fn cluster_name(&self, id: u32) -> &str {
        self.doc
            .layers
            .cluster_items()
            .get(id as usize)
            .map_or("", |c| c.name.as_str())
    }
}

struct ClusterJson<'a> {
    id: usize,
    cluster: &'a newsnlp_core::EntityCluster,
    doc: &'a DocJson<'a>,
}

impl Serialize for ClusterJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.cluster;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("name", &c.name)?;
        map.serialize_entry("label", c.kind.label())?;
        if let Some(gender) = c.gender {
            map.serialize_entry("gender", gender.label())?;
        }
        let mentions: Vec<SpanText> = c.mentions.iter().map(|&m| self.doc.part(m)).collect();
        map.serialize_entry("mentions", &mentions)?;
        map.end()
    }
}

struct StanceJson<'a> {
    stance: &'a newsnlp_core::Stance,
    doc: &'a DocJson<'a>,
}

impl Serialize for StanceJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.stance;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("speaker", &t.speaker)?;
        map.serialize_entry("speaker_name", self.doc.cluster_name(t.speaker))?;
        map.serialize_entry("target", &t.target)?;
        map.serialize_entry("target_name", self.doc.cluster_name(t.target))?;
        map.serialize_entry("polarity", t.polarity.label())?;
        map.serialize_entry("score", &round_score(t.score))?;
        map.serialize_entry("target_mention", &self.doc.part(t.target_mention))?;
        map.serialize_entry("evidence", &self.doc.part(t.evidence))?;
        if let Some(quote) = t.quote {
            map.serialize_entry("quote", &quote)?;
        }
        if let Some(act) = t.act {
            map.serialize_entry("act", &self.doc.part(act))?;
        }
        map.end()
    }
}

struct EdgeJson<'a> {
    edge: newsnlp_core::StanceEdge,
    doc: &'a DocJson<'a>,
}

impl Serialize for EdgeJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = &self.edge;
        let mut map = s.serialize_map(Some(8))?;
        map.serialize_entry("speaker", &e.speaker)?;
        map.serialize_entry("speaker_name", self.doc.cluster_name(e.speaker))?;
        map.serialize_entry("target", &e.target)?;
        map.serialize_entry("target_name", self.doc.cluster_name(e.target))?;
        map.serialize_entry("count", &e.count)?;
        map.serialize_entry("mean_score", &round_score(e.mean_score))?;
        map.serialize_entry("polarity", e.polarity.label())?;
        map.serialize_entry("strongest", &e.strongest)?;
        map.end()
    }
}

/// A span with its text: `{"span":[..],"chars":[..],"text":"..."}`.
struct SpanText<'a> {
    span: Span,
    text: &'a str,
    offsets: &'a OffsetIndex,
}

impl Serialize for SpanText<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(3))?;
        write_span(&mut map, self.span, self.offsets)?;
        map.serialize_entry("text", self.span.text(self.text).unwrap_or(""))?;
        map.end()
    }
}

struct CustomJson<'a>(&'a DocJson<'a>);

impl Serialize for CustomJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let offsets = &self.0.offsets;
        let mut map = s.serialize_map(None)?;
        for (name, layer) in &self.0.doc.layers.custom {
            let items: Vec<LabelledJson> = layer
                .items
                .iter()
                .map(|item| LabelledJson { item, offsets })
                .collect();
            map.serialize_entry(name, &items)?;
        }
        map.end()
    }
}

struct LabelledJson<'a> {
    item: &'a newsnlp_core::LabelledSpan,
    offsets: &'a OffsetIndex,
}

impl Serialize for LabelledJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(4))?;
        write_span(&mut map, self.item.span, self.offsets)?;
        map.serialize_entry("label", &self.item.label)?;
        map.serialize_entry("score", &round_score(self.item.score))?;
        map.end()
    }
}

struct DiagnosticsJson<'a>(&'a DocJson<'a>);

impl Serialize for DiagnosticsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let diags = &self.0.doc.layers.diagnostics;
        let mut seq = s.serialize_seq(Some(diags.len()))?;
        for d in diags {
            seq.serialize_element(&DiagnosticJson {
                diag: d,
                offsets: &self.0.offsets,
            })?;
        }
        seq.end()
    }
}

struct DiagnosticJson<'a> {
    diag: &'a newsnlp_core::Diagnostic,
    offsets: &'a OffsetIndex,
}

impl Serialize for DiagnosticJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.diag;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("stage", &d.stage)?;
        map.serialize_entry("code", &d.code)?;
        map.serialize_entry("message", &d.message)?;
        if let Some(span) = d.span {
            write_span(&mut map, span, self.offsets)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsnlp_core::{Layer, ShapeClass, TokenFlags};

    #[test]
    fn spans_carry_byte_and_char_offsets() {
        let mut doc = Document::new("d", "“Kim” said").unwrap();
        doc.meta.extra.push(("lang".into(), "\"en\"".into()));
        doc.layers.tokens = Some(Layer::new(
            "tokenize",
            vec![Token {
                span: Span::new(3, 6),
                kind: TokenKind::Word,
                shape: ShapeClass::Title,
                flags: TokenFlags {
                    sentence_initial: true,
                    quote: QuoteMark::None,
                },
            }],
        ));
        let mut out = Vec::new();
        write_record(&mut out, &Record::Doc(Box::new(doc))).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert!(line.ends_with('\n'));
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["schema"], "newsnlp/1");
        assert_eq!(v["meta"]["lang"], "en");
        assert_eq!(v["producers"]["tokens"], "tokenize");
        assert_eq!(v["tokens"][0]["span"], serde_json::json!([3, 6]));
        assert_eq!(v["tokens"][0]["chars"], serde_json::json!([1, 4]));
        assert_eq!(v["tokens"][0]["shape"], "Xxx");
    }

    /// The tokens are written by hand: a quote mark's and a backslash's
    /// shapes must come out escaped, and the line must read as serde_json
    /// would write it.
    #[test]
    fn hand_written_tokens_are_the_json_serde_would_write() {
        let text = "“a\\” \"";
        let mut doc = Document::new("d", text).unwrap();
        let token = |start: usize, end: usize, kind, quote| Token {
            span: Span::new(start, end),
            kind,
            shape: ShapeClass::Other,
            flags: TokenFlags {
                sentence_initial: start == 0,
                quote,
            },
        };
        doc.layers.tokens = Some(Layer::new(
            "tokenize",
            vec![
                token(0, 3, TokenKind::Punct, QuoteMark::Opening),
                token(3, 5, TokenKind::Word, QuoteMark::None),
                token(5, 8, TokenKind::Punct, QuoteMark::Closing),
                token(9, 10, TokenKind::Punct, QuoteMark::Ambiguous),
            ],
        ));
        let mut out = Vec::new();
        write_record(&mut out, &Record::Doc(Box::new(doc))).unwrap();
        let line = std::str::from_utf8(&out).unwrap();
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let expected = serde_json::json!([
            {"span": [0, 3], "chars": [0, 1], "kind": "punct", "shape": "“", "quote": "opening", "sentence_initial": true},
            {"span": [3, 5], "chars": [1, 3], "kind": "word", "shape": "x\\"},
            {"span": [5, 8], "chars": [3, 4], "kind": "punct", "shape": "”", "quote": "closing"},
            {"span": [9, 10], "chars": [5, 6], "kind": "punct", "shape": "\"", "quote": "ambiguous"},
        ]);
        assert_eq!(v["tokens"], expected);
        // Keys in schema order, compact, as serde_json writes a map.
        assert!(line.contains(
            r#""tokens":[{"span":[0,3],"chars":[0,1],"kind":"punct","shape":"“","quote":"opening","sentence_initial":true},{"span":[3,5],"chars":[1,3],"kind":"word","shape":"x\\"},"#
        ), "{line}");
    }

    #[test]
    fn error_records_name_input_line_and_reason() {
        let err = RecordError {
            input: "in.jsonl".into(),
            line: 7,
            id: Some("x".into()),
            stage: None,
            reason: "missing `text`".into(),
        };
        let mut out = Vec::new();
        write_record(&mut out, &Record::Error(err)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["id"], "x");
        assert_eq!(v["error"]["line"], 7);
        assert_eq!(v["error"]["reason"], "missing `text`");
    }
}
