//! Readers: JSONL, plain-text files and directories, stdin, in-memory
//! samples. Every bad record becomes a [`RecordError`]; only an unreadable
//! input (a disk error) stops the run.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use newsnlp_core::{Document, Metadata};
use serde_json::{Map, Value};

use crate::RecordError;

/// Limits applied to every record.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Largest article text accepted, in bytes; larger ones become error
    /// records (their line is still consumed).
    pub max_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 10 * 1024 * 1024,
        }
    }
}

/// Where articles come from.
#[derive(Clone, Debug)]
pub enum Input {
    /// A JSONL file: one article object per line.
    Jsonl(PathBuf),
    /// JSONL on standard input.
    Stdin,
    /// One plain-text file: one article, id = file name.
    TextFile(PathBuf),
    /// A directory of `.txt` files (recursive): id = relative path.
    TextDir(PathBuf),
    /// Articles held in memory: (id, text) pairs, named `name`.
    Memory {
        /// Name used in error records.
        name: String,
        /// The articles.
        articles: Vec<(String, String)>,
    },
}

impl Input {
    /// Interprets a command-line argument: `-` is stdin, a directory is a
    /// text directory, `.txt` a text file, anything else JSONL.
    pub fn from_arg(arg: &str) -> io::Result<Input> {
        if arg == "-" {
            return Ok(Input::Stdin);
        }
        let path = PathBuf::from(arg);
        let meta = std::fs::metadata(&path)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot read input {arg}: {e}")))?;
        Ok(if meta.is_dir() {
            Input::TextDir(path)
        } else if path.extension().is_some_and(|e| e == "txt") {
            Input::TextFile(path)
        } else {
            Input::Jsonl(path)
        })
    }

    /// The name used in error records.
    pub fn name(&self) -> String {
        match self {
            Input::Jsonl(p) | Input::TextFile(p) | Input::TextDir(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
            Input::Memory { name, .. } => name.clone(),
        }
    }

    /// Total bytes to read, when known (for progress and ETA).
    pub fn size_hint(&self) -> Option<u64> {
        match self {
            Input::Jsonl(p) | Input::TextFile(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::TextDir(p) => text_files(p).ok().map(|files| {
                files
                    .iter()
                    .filter_map(|f| f.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            }),
            Input::Stdin => None,
            Input::Memory { articles, .. } => {
                Some(articles.iter().map(|(_, t)| t.len() as u64).sum())
            }
        }
    }
}

/// Every `.txt` file under `dir`, sorted, hidden entries skipped.
fn text_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// One record read from an input, with where it came from.
#[derive(Clone, Debug)]
pub struct InputRecord {
    /// Input name (path, `-`, sample name).
    pub input: Arc<str>,
    /// 1-based line for JSONL inputs, 0 for whole-file inputs.
    pub line: u64,
    /// The document, or why it could not be read.
    pub result: Result<Document, RecordError>,
}

type RecordIter = Box<dyn Iterator<Item = io::Result<InputRecord>> + Send>;

/// All inputs in order, as one stream of records, with duplicate ids
/// turned into error records.
pub struct Corpus {
    inputs: std::vec::IntoIter<Input>,
    current: Option<RecordIter>,
    options: ReadOptions,
    seen_ids: HashSet<u64>,
    bytes_read: Arc<AtomicU64>,
}

impl Corpus {
    /// A corpus over `inputs`, read in order.
    pub fn new(inputs: Vec<Input>, options: ReadOptions) -> Self {
        Corpus {
            inputs: inputs.into_iter(),
            current: None,
            options,
            seen_ids: HashSet::new(),
            bytes_read: Arc::new(AtomicU64::new(0)),
        }
    }

    /// A counter of input bytes consumed so far, for progress reports.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    fn open(&self, input: Input) -> io::Result<RecordIter> {
        let name: Arc<str> = input.name().into();
        let opts = self.options.clone();
        let counter = Arc::clone(&self.bytes_read);
        Ok(match input {
            Input::Jsonl(path) => {
                let file = File::open(&path)
                    .map_err(|e| io::Error::new(e.kind(), format!("cannot open {name}: {e}")))?;
                let reader = BufReader::with_capacity(1 << 16, file);
                Box::new(JsonlRecords::new(reader, name, opts, counter))
            }
            Input::Stdin => {
                let reader = BufReader::with_capacity(1 << 16, io::stdin());
                Box::new(JsonlRecords::new(reader, name, opts, counter))
            }
            Input::TextFile(path) => {
                let id = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| name.to_string());
                Box::new(std::iter::once(read_text_file(
                    &path, id, name, &opts, &counter,
                )))
            }
            Input::TextDir(dir) => {
                let files = text_files(&dir)?;
                Box::new(files.into_iter().map(move |path| {
                    let rel = path.strip_prefix(&dir).unwrap_or(&path);
                    let id = rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    let input: Arc<str> = path.display().to_string().into();
                    read_text_file(&path, id, input, &opts, &counter)
                }))
            }
            Input::Memory { articles, .. } => {
                Box::new(articles.into_iter().map(move |(id, text)| {
                    counter.fetch_add(text.len() as u64, Ordering::Relaxed);
                    let result = build_document(Some(id), Value::String(text), Map::new(), &opts);
                    Ok(InputRecord {
                        input: Arc::clone(&name),
                        line: 0,
                        result: result.map_err(|(id, reason)| record_error(&name, 0, id, reason)),
                    })
                }))
            }
        })
    }

    fn check_duplicate(&mut self, record: &mut InputRecord) {
        let Ok(doc) = &record.result else {
            return;
        };
        let mut hasher = DefaultHasher::new();
        doc.id.hash(&mut hasher);
        if !self.seen_ids.insert(hasher.finish()) {
            let reason = format!("duplicate id `{}`: an earlier record has it", doc.id);
            record.result = Err(record_error(
                &record.input,
                record.line,
                Some(doc.id.clone()),
                reason,
            ));
        }
    }
}

impl Iterator for Corpus {
    type Item = io::Result<InputRecord>;

    /// The next record; an `Err` is a fatal I/O error.
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_none() {
                let input = self.inputs.next()?;
                match self.open(input) {
                    Ok(iter) => self.current = Some(iter),
                    Err(e) => return Some(Err(e)),
                }
            }
            match self.current.as_mut()?.next() {
                None => self.current = None,
                Some(Ok(mut record)) => {
                    self.check_duplicate(&mut record);
                    return Some(Ok(record));
                }
                Some(Err(e)) => return Some(Err(e)),
            }
        }
    }
}

fn record_error(input: &str, line: u64, id: Option<String>, reason: String) -> RecordError {
    RecordError {
        input: input.to_string(),
        line,
        id,
        stage: None,
        reason,
    }
}

fn read_text_file(
    path: &Path,
    id: String,
    input: Arc<str>,
    opts: &ReadOptions,
    counter: &AtomicU64,
) -> io::Result<InputRecord> {
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|f| f.take(opts.max_bytes as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?;
    counter.fetch_add(bytes.len() as u64, Ordering::Relaxed);
    let result = if bytes.len() > opts.max_bytes {
        Err((
            Some(id),
            too_large(
                std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len()),
                opts,
            ),
        ))
    } else {
        match String::from_utf8(bytes) {
            Ok(text) => build_document(Some(id), Value::String(text), Map::new(), opts),
            Err(e) => Err((Some(id), invalid_utf8(e.utf8_error().valid_up_to()))),
        }
    };
    Ok(InputRecord {
        line: 0,
        result: result.map_err(|(id, reason)| record_error(&input, 0, id, reason)),
        input,
    })
}

fn too_large(len: u64, opts: &ReadOptions) -> String {
    format!(
        "article of {len} bytes exceeds the limit of {} bytes (--max-bytes)",
        opts.max_bytes
    )
}

fn invalid_utf8(valid_up_to: usize) -> String {
    format!("invalid UTF-8 at byte {valid_up_to}")
}

/// Builds a document from its fields; on failure returns the id (if known)
/// and the reason.
fn build_document(
    id: Option<String>,
    text: Value,
    mut fields: Map<String, Value>,
    opts: &ReadOptions,
) -> Result<Document, (Option<String>, String)> {
    let Some(id) = id else {
        return Err((None, "missing `id`".to_string()));
    };
    let text = match text {
        Value::String(s) => s,
        Value::Null => return Err((Some(id), "missing `text`".to_string())),
        other => {
            return Err((
                Some(id),
                format!("`text` must be a string, found {}", json_type(&other)),
            ))
        }
    };
    if text.len() > opts.max_bytes {
        return Err((Some(id), too_large(text.len() as u64, opts)));
    }
    if text.trim().is_empty() {
        return Err((Some(id), "empty article: `text` has no content".to_string()));
    }
    if text.contains('\0') {
        return Err((Some(id), "`text` contains NUL bytes".to_string()));
    }
    let mut take_string = |key: &str| match fields.remove(key) {
        Some(Value::String(s)) => Ok(Some(s)),
        Some(Value::Null) | None => Ok(None),
        Some(other) => Err(format!(
            "`{key}` must be a string, found {}",
            json_type(&other)
        )),
    };
    let meta = (|| {
        Ok::<_, String>(Metadata {
            title: take_string("title")?,
            date: take_string("date")?,
            url: take_string("url")?,
            source: take_string("source")?,
            extra: Vec::new(),
        })
    })();
    let mut meta = meta.map_err(|reason| (Some(id.clone()), reason))?;
    meta.extra = fields
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
    let mut doc = Document::new(id.clone(), text).map_err(|e| (Some(id), e.to_string()))?;
    doc.meta = meta;
    Ok(doc)
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Records of one JSONL stream, one per line (blank lines included, so
/// that line numbers and output lines stay aligned with the input).
struct JsonlRecords<R> {
    reader: R,
    input: Arc<str>,
    opts: ReadOptions,
    counter: Arc<AtomicU64>,
    line: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonlRecords<R> {
    fn new(reader: R, input: Arc<str>, opts: ReadOptions, counter: Arc<AtomicU64>) -> Self {
        JsonlRecords {
            reader,
            input,
            opts,
            counter,
            line: 0,
            buf: Vec::new(),
        }
    }

    /// Reads one line into `buf`, keeping at most `limit` bytes; returns the
    /// line's full length, or `None` at end of input.
    fn read_line(&mut self, limit: usize) -> io::Result<Option<usize>> {
        self.buf.clear();
        let mut total = 0usize;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok((total > 0).then_some(total));
            }
            let (used, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            let keep = used.min(limit.saturating_sub(self.buf.len()));
            self.buf.extend_from_slice(&chunk[..keep]);
            total += used;
            self.reader.consume(used);
            if done {
                return Ok(Some(total));
            }
        }
    }

    fn parse(&self, len: usize) -> Result<Document, (Option<String>, String)> {
        let limit = self.line_limit();
        if len > limit {
            return Err((
                None,
                format!("line of {len} bytes exceeds the limit of {limit} bytes (--max-bytes)"),
            ));
        }
        let line = trim_line_end(&self.buf);
        let line = std::str::from_utf8(line).map_err(|e| (None, invalid_utf8(e.valid_up_to())))?;
        if line.trim().is_empty() {
            return Err((None, "blank line: expected a JSON object".to_string()));
        }
        let mut fields: Map<String, Value> = match serde_json::from_str(line) {
            Ok(Value::Object(map)) => map,
            Ok(other) => {
                return Err((
                    None,
                    format!("expected a JSON object, found {}", json_type(&other)),
                ))
            }
            Err(e) => return Err((None, format!("malformed JSON: {e}"))),
        };
        let id = match fields.remove("id") {
            Some(Value::String(s)) if !s.is_empty() => Some(s),
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::String(_)) => return Err((None, "empty `id`".to_string())),
            Some(other) => {
                return Err((
                    None,
                    format!(
                        "`id` must be a string or number, found {}",
                        json_type(&other)
                    ),
                ))
            }
            None => None,
        };
        let text = fields.remove("text").unwrap_or(Value::Null);
        build_document(id, text, fields, &self.opts)
    }

    /// Lines may be up to twice the text limit (JSON escaping) plus room
    /// for metadata.
    fn line_limit(&self) -> usize {
        self.opts
            .max_bytes
            .saturating_mul(2)
            .saturating_add(1 << 20)
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

impl<R: BufRead> Iterator for JsonlRecords<R> {
    type Item = io::Result<InputRecord>;

    fn next(&mut self) -> Option<Self::Item> {
        let len = match self.read_line(self.line_limit() + 1) {
            Ok(Some(len)) => len,
            Ok(None) => return None,
            Err(e) => {
                return Some(Err(io::Error::new(
                    e.kind(),
                    format!("reading {}: {e}", self.input),
                )))
            }
        };
        self.line += 1;
        self.counter.fetch_add(len as u64, Ordering::Relaxed);
        let result = self
            .parse(len)
            .map_err(|(id, reason)| record_error(&self.input, self.line, id, reason));
        Some(Ok(InputRecord {
            input: Arc::clone(&self.input),
            line: self.line,
            result,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_jsonl(data: &[u8], max_bytes: usize) -> Vec<Result<Document, RecordError>> {
        let opts = ReadOptions { max_bytes };
        let counter = Arc::new(AtomicU64::new(0));
        let records = JsonlRecords::new(
            io::Cursor::new(data.to_vec()),
            "in.jsonl".into(),
            opts,
            counter,
        );
        records.map(|r| r.unwrap().result).collect()
    }

    fn reason(r: &Result<Document, RecordError>) -> String {
        r.as_ref().unwrap_err().reason.clone()
    }

    #[test]
    fn each_kind_of_bad_line_gives_an_error_record_and_good_lines_survive() {
        let mut data = Vec::new();
        data.extend_from_slice(
            b"{\"id\":\"a\",\"text\":\"Good one.\",\"title\":\"T\",\"lang\":\"en\"}\n",
        );
        data.extend_from_slice(b"{not json\n");
        data.extend_from_slice(b"{\"id\":\"b\"}\n");
        data.extend_from_slice(b"{\"id\":\"c\",\"text\":5}\n");
        data.extend_from_slice(b"{\"id\":\"d\",\"text\":\"\xff\xfe\"}\n");
        data.extend_from_slice(b"{\"id\":\"e\",\"text\":\"  \"}\n");
        data.extend_from_slice(b"\0\0\0\0\n");
        data.extend_from_slice(b"{\"id\":\"f\",\"text\":\"0123456789abcdef\"}\n");
        data.extend_from_slice(b"{\"id\":\"g\",\"text\":\"Last.\"}");
        let records = read_jsonl(&data, 12);
        assert_eq!(records.len(), 9);
        let a = records[0].as_ref().unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("T"));
        assert_eq!(
            a.meta.extra,
            vec![("lang".to_string(), "\"en\"".to_string())]
        );
        assert!(reason(&records[1]).starts_with("malformed JSON"));
        assert_eq!(reason(&records[2]), "missing `text`");
        assert_eq!(
            reason(&records[3]),
            "`text` must be a string, found a number"
        );
        assert!(reason(&records[4]).starts_with("invalid UTF-8"));
        assert!(reason(&records[5]).starts_with("empty article"));
        assert!(reason(&records[6]).starts_with("malformed JSON"));
        assert!(reason(&records[7]).contains("exceeds the limit of 12 bytes"));
        assert_eq!(records[7].as_ref().unwrap_err().id.as_deref(), Some("f"));
        assert_eq!(records[7].as_ref().unwrap_err().line, 8);
        assert_eq!(records[8].as_ref().unwrap().text, "Last.");
    }

    #[test]
    fn an_overlong_line_is_consumed_without_being_kept() {
        let mut data = vec![b'x'; 5 << 20];
        data.push(b'\n');
        data.extend_from_slice(b"{\"id\":\"ok\",\"text\":\"fine\"}\n");
        let records = read_jsonl(&data, 1024);
        assert!(reason(&records[0]).starts_with("line of 5242881 bytes exceeds"));
        assert_eq!(records[1].as_ref().unwrap().id, "ok");
    }

    #[test]
    fn duplicate_ids_become_error_records() {
        let articles = vec![
            ("x".to_string(), "One.".to_string()),
            ("x".to_string(), "Two.".to_string()),
        ];
        let corpus = Corpus::new(
            vec![Input::Memory {
                name: "mem".into(),
                articles,
            }],
            ReadOptions::default(),
        );
        let results: Vec<InputRecord> = corpus.map(Result::unwrap).collect();
        assert!(results[0].result.is_ok());
        let err = results[1].result.as_ref().unwrap_err();
        assert!(err.reason.starts_with("duplicate id `x`"));
        assert_eq!(err.input, "mem");
    }

    #[test]
    fn text_directories_use_relative_paths_as_ids() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b.txt"), "Bee.").unwrap();
        std::fs::write(dir.path().join("a.txt"), "Ay.").unwrap();
        std::fs::write(dir.path().join("skip.md"), "no").unwrap();
        let corpus = Corpus::new(
            vec![Input::TextDir(dir.path().into())],
            ReadOptions::default(),
        );
        let ids: Vec<String> = corpus.map(|r| r.unwrap().result.unwrap().id).collect();
        assert_eq!(ids, ["a.txt", "sub/b.txt"]);
    }
}
