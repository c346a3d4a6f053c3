//! Output files written atomically (a `.partial` file renamed at the end)
//! and resumable after an interruption.

use std::fs::{File, OpenOptions};
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::docbin::{self, DocBinWriter};
use crate::{jsonl, Record};

/// Output encodings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line ([`crate::jsonl`]).
    Jsonl,
    /// Binary DocBin ([`crate::docbin`]).
    DocBin,
}

impl Format {
    /// The format a path's extension implies: `.docbin` is DocBin, anything
    /// else JSONL.
    pub fn from_path(path: &Path) -> Format {
        if path.extension().is_some_and(|e| e == "docbin") {
            Format::DocBin
        } else {
            Format::Jsonl
        }
    }
}

/// What opening an output found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resumed {
    /// Nothing to resume from: starting at the first record.
    Fresh,
    /// A partial output holds this many complete records: skip that many
    /// input records.
    From(u64),
    /// The output is already complete; nothing to do.
    Complete,
}

enum Encoder {
    Jsonl {
        out: Box<dyn Write + Send>,
        buf: Vec<u8>,
    },
    DocBin(DocBinWriter<Box<dyn Write + Send>>),
}

/// Where annotated records go: stdout, or a file written atomically.
pub struct RecordSink {
    encoder: Encoder,
    /// `(partial, final)` paths for file outputs.
    paths: Option<(PathBuf, PathBuf)>,
}

/// The `.partial` path an output is written to before its final rename.
pub fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

impl RecordSink {
    /// Standard output (no atomic rename, no resume).
    pub fn stdout(format: Format) -> io::Result<Self> {
        let out: Box<dyn Write + Send> = Box::new(BufWriter::with_capacity(1 << 16, io::stdout()));
        Ok(RecordSink {
            encoder: new_encoder(out, format)?,
            paths: None,
        })
    }

    /// A file output. With `resume`, continues from a `.partial` file left
    /// by an interrupted run, or reports that the output is complete.
    pub fn file(path: &Path, format: Format, resume: bool) -> io::Result<(Option<Self>, Resumed)> {
        let partial = partial_path(path);
        if resume && !partial.exists() && path.exists() {
            return Ok((None, Resumed::Complete));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let paths = Some((partial.clone(), path.to_path_buf()));
        if resume && partial.exists() {
            let (records, valid_len) = valid_prefix(&partial, format)?;
            let mut file = OpenOptions::new().read(true).write(true).open(&partial)?;
            file.set_len(valid_len)?;
            file.seek(SeekFrom::End(0))?;
            let out: Box<dyn Write + Send> = Box::new(BufWriter::with_capacity(1 << 16, file));
            let encoder = match (format, valid_len) {
                (Format::DocBin, 0) => Encoder::DocBin(DocBinWriter::new(out)?),
                (Format::DocBin, _) => Encoder::DocBin(DocBinWriter::append(out, records)),
                (Format::Jsonl, _) => Encoder::Jsonl {
                    out,
                    buf: Vec::new(),
                },
            };
            let resumed = if records == 0 {
                Resumed::Fresh
            } else {
                Resumed::From(records)
            };
            return Ok((Some(RecordSink { encoder, paths }), resumed));
        }
        let file = File::create(&partial)?;
        let out: Box<dyn Write + Send> = Box::new(BufWriter::with_capacity(1 << 16, file));
        Ok((
            Some(RecordSink {
                encoder: new_encoder(out, format)?,
                paths,
            }),
            Resumed::Fresh,
        ))
    }

    /// Writes one record.
    pub fn write(&mut self, record: &Record) -> io::Result<()> {
        match &mut self.encoder {
            Encoder::Jsonl { out, buf } => {
                buf.clear();
                jsonl::write_record(buf, record).map_err(io::Error::other)?;
                out.write_all(buf)
            }
            Encoder::DocBin(w) => w.write(record),
        }
    }

    /// Pushes buffered records to the file or pipe (once per batch, so a
    /// streaming consumer sees them promptly).
    pub fn flush(&mut self) -> io::Result<()> {
        match &mut self.encoder {
            Encoder::Jsonl { out, .. } => out.flush(),
            Encoder::DocBin(w) => w.flush(),
        }
    }

    /// Completes the output: DocBin trailer, flush, then the atomic rename.
    pub fn finish(self) -> io::Result<()> {
        let mut out = match self.encoder {
            Encoder::Jsonl { out, .. } => out,
            Encoder::DocBin(w) => w.finish()?,
        };
        out.flush()?;
        drop(out);
        if let Some((partial, final_path)) = self.paths {
            File::open(&partial)?.sync_all()?;
            std::fs::rename(&partial, &final_path)?;
        }
        Ok(())
    }
}

fn new_encoder(out: Box<dyn Write + Send>, format: Format) -> io::Result<Encoder> {
    Ok(match format {
        Format::Jsonl => Encoder::Jsonl {
            out,
            buf: Vec::new(),
        },
        Format::DocBin => Encoder::DocBin(DocBinWriter::new(out)?),
    })
}

/// Complete records at the start of a partial output, and their length.
fn valid_prefix(path: &Path, format: Format) -> io::Result<(u64, u64)> {
    let file = BufReader::new(File::open(path)?);
    match format {
        Format::DocBin => match docbin::scan(file) {
            Ok(found) => Ok(found),
            // Not even a header: start over.
            Err(docbin::DocBinError::NotDocBin | docbin::DocBinError::Truncated { .. }) => {
                Ok((0, 0))
            }
            Err(e) => Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{}: {e}", path.display()),
            )),
        },
        Format::Jsonl => {
            let (mut lines, mut len, mut pos) = (0u64, 0u64, 0u64);
            let mut chunk = vec![0u8; 1 << 16];
            let mut reader = file;
            loop {
                let n = reader.read(&mut chunk)?;
                if n == 0 {
                    return Ok((lines, len));
                }
                for (i, &b) in chunk[..n].iter().enumerate() {
                    if b == b'\n' {
                        lines += 1;
                        len = pos + i as u64 + 1;
                    }
                }
                pos += n as u64;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsnlp_core::Document;

    fn doc(id: &str) -> Record {
        Record::Doc(Box::new(Document::new(id, "Text.").unwrap()))
    }

    #[test]
    fn output_appears_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        let (sink, resumed) = RecordSink::file(&path, Format::Jsonl, false).unwrap();
        let mut sink = sink.unwrap();
        assert_eq!(resumed, Resumed::Fresh);
        sink.write(&doc("a")).unwrap();
        sink.flush().unwrap();
        assert!(!path.exists());
        assert!(partial_path(&path).exists());
        sink.finish().unwrap();
        assert!(path.exists() && !partial_path(&path).exists());
    }

    #[test]
    fn resume_drops_a_half_written_line_and_counts_complete_ones() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        std::fs::write(
            partial_path(&path),
            "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":",
        )
        .unwrap();
        let (sink, resumed) = RecordSink::file(&path, Format::Jsonl, true).unwrap();
        assert_eq!(resumed, Resumed::From(2));
        let mut sink = sink.unwrap();
        sink.write(&doc("c")).unwrap();
        sink.finish().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 3);
        assert!(text.lines().nth(2).unwrap().contains("\"id\":\"c\""));
        let (_, again) = RecordSink::file(&path, Format::Jsonl, true).unwrap();
        assert_eq!(again, Resumed::Complete);
    }

    #[test]
    fn resume_continues_a_docbin_without_trailer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.docbin");
        let (sink, _) = RecordSink::file(&path, Format::DocBin, false).unwrap();
        let mut sink = sink.unwrap();
        sink.write(&doc("a")).unwrap();
        sink.flush().unwrap();
        drop(sink); // interrupted: no trailer, no rename
        let (sink, resumed) = RecordSink::file(&path, Format::DocBin, true).unwrap();
        assert_eq!(resumed, Resumed::From(1));
        let mut sink = sink.unwrap();
        sink.write(&doc("b")).unwrap();
        sink.finish().unwrap();
        let reader = docbin::DocBinReader::new(File::open(&path).unwrap()).unwrap();
        let ids: Vec<String> = reader
            .map(|r| r.unwrap().id().unwrap().to_string())
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }
}
