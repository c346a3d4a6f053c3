//! DocBin: annotated corpora in a compact binary file that reloads fast.
//!
//! Layout (integers little-endian):
//!
//! ```text
//! header   16 bytes magic "NEWSNLP-DOCBIN\r\n", u32 format version
//! record   u32 payload length, u32 CRC-32 of payload, payload (bincode of Record)
//! ...
//! trailer  u32 0xFFFF_FFFF, u64 record count, u32 CRC-32 of the count
//! ```
//!
//! A file without its trailer was cut short; a checksum mismatch means it
//! was damaged; a wrong magic means it is not a DocBin file at all. Each
//! gives its own error naming the record where reading stopped.

use std::io::{self, Read, Write};

use crate::Record;

/// The first 16 bytes of every DocBin file.
pub const MAGIC: &[u8; 16] = b"NEWSNLP-DOCBIN\r\n";
/// The format version this build writes and reads.
pub const VERSION: u32 = 4;
const END_MARKER: u32 = u32::MAX;
/// Largest record payload accepted (guards against absurd lengths in
/// damaged files).
const MAX_PAYLOAD: u32 = 1 << 30;
/// Bytes of the header.
pub const HEADER_LEN: u64 = 20;

/// Why a DocBin file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum DocBinError {
    /// The file does not start with the DocBin magic.
    #[error("not a newsnlp DocBin file (bad magic header)")]
    NotDocBin,
    /// The file was written by an incompatible version.
    #[error("DocBin format version {found} is not supported (this build reads version {VERSION})")]
    Version {
        /// The version in the file.
        found: u32,
    },
    /// The file ends early.
    #[error("truncated DocBin file: {detail} (after {records} complete records)")]
    Truncated {
        /// Complete records before the cut.
        records: u64,
        /// Where it stopped.
        detail: String,
    },
    /// A record or the trailer does not match its checksum or cannot be
    /// decoded.
    #[error("corrupt DocBin file: record {record}: {detail}")]
    Corrupt {
        /// 0-based index of the bad record.
        record: u64,
        /// What is wrong.
        detail: String,
    },
    /// The underlying reader or writer failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Writes records to a DocBin stream.
pub struct DocBinWriter<W: Write> {
    out: W,
    records: u64,
    buf: Vec<u8>,
}

impl<W: Write> DocBinWriter<W> {
    /// Starts a new file: writes the header.
    pub fn new(mut out: W) -> io::Result<Self> {
        out.write_all(MAGIC)?;
        out.write_all(&VERSION.to_le_bytes())?;
        Ok(Self::append(out, 0))
    }

    /// Continues a file that already holds `records` valid records and no
    /// trailer (see [`scan`]).
    pub fn append(out: W, records: u64) -> Self {
        DocBinWriter {
            out,
            records,
            buf: Vec::new(),
        }
    }

    /// Writes one record.
    pub fn write(&mut self, record: &Record) -> io::Result<()> {
        self.buf.clear();
        bincode::serialize_into(&mut self.buf, record)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let len = u32::try_from(self.buf.len())
            .ok()
            .filter(|&l| l <= MAX_PAYLOAD)
            .ok_or_else(|| {
                io::Error::new(io::ErrorKind::InvalidData, "record too large for DocBin")
            })?;
        self.out.write_all(&len.to_le_bytes())?;
        self.out
            .write_all(&crc32fast::hash(&self.buf).to_le_bytes())?;
        self.out.write_all(&self.buf)?;
        self.records += 1;
        Ok(())
    }

    /// Flushes buffered bytes.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Writes the trailer and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(&END_MARKER.to_le_bytes())?;
        let count = self.records.to_le_bytes();
        self.out.write_all(&count)?;
        self.out.write_all(&crc32fast::hash(&count).to_le_bytes())?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Reads records from a DocBin stream; checks the header on creation.
pub struct DocBinReader<R: Read> {
    input: R,
    records: u64,
    done: bool,
}

impl<R: Read> DocBinReader<R> {
    /// Checks the header.
    pub fn new(mut input: R) -> Result<Self, DocBinError> {
        let mut header = [0u8; HEADER_LEN as usize];
        let got = read_up_to(&mut input, &mut header)?;
        if got < MAGIC.len() || &header[..MAGIC.len()] != MAGIC {
            return Err(DocBinError::NotDocBin);
        }
        if got < header.len() {
            return Err(truncated(0, "the header is incomplete"));
        }
        let found = u32::from_le_bytes([header[16], header[17], header[18], header[19]]);
        if found != VERSION {
            return Err(DocBinError::Version { found });
        }
        Ok(DocBinReader {
            input,
            records: 0,
            done: false,
        })
    }

    /// Reads the next frame: `Ok(None)` at a valid trailer.
    fn next_record(&mut self) -> Result<Option<Record>, DocBinError> {
        let mut head = [0u8; 8];
        let got = read_up_to(&mut self.input, &mut head)?;
        if got == 0 {
            return Err(truncated(self.records, "the end marker is missing"));
        }
        if got < head.len() && !(got >= 4 && head[..4] == END_MARKER.to_le_bytes()) {
            return Err(truncated(self.records, "a record header is cut short"));
        }
        let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
        if len == END_MARKER {
            return self.trailer(&head[4..got]).map(|()| None);
        }
        if len > MAX_PAYLOAD {
            return Err(self.corrupt(format!("implausible length {len}")));
        }
        let crc = u32::from_le_bytes([head[4], head[5], head[6], head[7]]);
        let mut payload = Vec::new();
        (&mut self.input)
            .take(len as u64)
            .read_to_end(&mut payload)?;
        if payload.len() < len as usize {
            return Err(truncated(self.records, "a record is cut short"));
        }
        if crc32fast::hash(&payload) != crc {
            return Err(self.corrupt("checksum mismatch".to_string()));
        }
        let record = bincode::deserialize(&payload).map_err(|e| self.corrupt(e.to_string()))?;
        self.records += 1;
        Ok(Some(record))
    }

    fn trailer(&mut self, already: &[u8]) -> Result<(), DocBinError> {
        let mut rest = [0u8; 12];
        rest[..already.len()].copy_from_slice(already);
        let got = already.len() + read_up_to(&mut self.input, &mut rest[already.len()..])?;
        if got < rest.len() {
            return Err(truncated(self.records, "the end marker is cut short"));
        }
        let count = u64::from_le_bytes(rest[..8].try_into().unwrap_or_default());
        let crc = u32::from_le_bytes(rest[8..].try_into().unwrap_or_default());
        if crc32fast::hash(&rest[..8]) != crc || count != self.records {
            return Err(self.corrupt(format!(
                "end marker says {count} records, found {}",
                self.records
            )));
        }
        Ok(())
    }

    fn corrupt(&self, detail: String) -> DocBinError {
        DocBinError::Corrupt {
            record: self.records,
            detail,
        }
    }
}

impl<R: Read> Iterator for DocBinReader<R> {
    type Item = Result<Record, DocBinError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(Some(record)) => Some(Ok(record)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

fn truncated(records: u64, detail: &str) -> DocBinError {
    DocBinError::Truncated {
        records,
        detail: detail.to_string(),
    }
}

fn read_up_to(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match input.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// For resuming: the number of valid records at the start of a DocBin
/// file without trailer and the byte length they take (header included).
pub fn scan(input: impl Read) -> Result<(u64, u64), DocBinError> {
    let mut counting = CountingReader {
        inner: input,
        bytes: 0,
    };
    let mut reader = DocBinReader::new(&mut counting)?;
    let mut valid_end = HEADER_LEN;
    loop {
        match reader.next_record() {
            Ok(Some(_)) => valid_end = reader.input.bytes,
            Ok(None) => return Ok((reader.records, valid_end)),
            Err(DocBinError::Truncated { .. } | DocBinError::Corrupt { .. }) => {
                return Ok((reader.records, valid_end))
            }
            Err(e) => return Err(e),
        }
    }
}

struct CountingReader<R> {
    inner: R,
    bytes: u64,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RecordError;
    use newsnlp_core::Document;

    fn sample_file() -> Vec<u8> {
        let mut w = DocBinWriter::new(Vec::new()).unwrap();
        w.write(&Record::Doc(Box::new(
            Document::new("a", "Alpha.").unwrap(),
        )))
        .unwrap();
        w.write(&Record::Error(RecordError {
            input: "x".into(),
            line: 2,
            id: None,
            stage: None,
            reason: "bad".into(),
        }))
        .unwrap();
        w.finish().unwrap()
    }

    fn read_all(bytes: &[u8]) -> Result<Vec<Record>, DocBinError> {
        DocBinReader::new(bytes)?.collect()
    }

    #[test]
    fn records_round_trip() {
        let records = read_all(&sample_file()).unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].id(), Some("a"));
    }

    #[test]
    fn a_truncated_file_says_so() {
        let file = sample_file();
        for cut in [file.len() - 1, file.len() - 16, 30] {
            let err = read_all(&file[..cut]).unwrap_err();
            assert!(
                matches!(err, DocBinError::Truncated { .. }),
                "cut {cut}: {err}"
            );
        }
    }

    #[test]
    fn a_flipped_byte_is_reported_as_corruption() {
        let mut file = sample_file();
        file[30] ^= 0x40;
        let err = read_all(&file).unwrap_err();
        assert!(err.to_string().contains("checksum mismatch"), "{err}");
    }

    #[test]
    fn a_foreign_file_is_refused() {
        assert!(matches!(
            read_all(b"{\"id\":1}\n"),
            Err(DocBinError::NotDocBin)
        ));
        let mut file = sample_file();
        file[16] = 9;
        assert!(matches!(
            read_all(&file),
            Err(DocBinError::Version { found: 9 })
        ));
    }

    #[test]
    fn scan_finds_the_valid_prefix_of_an_unfinished_file() {
        let file = sample_file();
        let without_trailer = &file[..file.len() - 16];
        let (records, len) = scan(&without_trailer[..without_trailer.len() - 3]).unwrap();
        assert_eq!(records, 1);
        let mut w = DocBinWriter::append(without_trailer[..len as usize].to_vec(), records);
        w.write(&Record::Doc(Box::new(Document::new("b", "Beta.").unwrap())))
            .unwrap();
        let rebuilt = w.finish().unwrap();
        let ids: Vec<_> = read_all(&rebuilt)
            .unwrap()
            .iter()
            .map(|r| r.id().map(str::to_string))
            .collect();
        assert_eq!(ids, [Some("a".to_string()), Some("b".to_string())]);
    }
}
