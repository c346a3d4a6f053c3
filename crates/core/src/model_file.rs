//! The envelope every shipped model file shares: a header that says what
//! the file is, which format and feature set wrote it, and a checksum of
//! the payload, so a corrupt, truncated or foreign file gives a clear error
//! instead of a wrong model.
//!
//! Layout (little-endian): 16-byte magic, u32 format version, u64
//! feature-set hash, u32 CRC-32 of the payload, u64 payload length, payload.

/// Length of the header before the payload.
const HEADER_LEN: usize = 16 + 4 + 8 + 4 + 8;

/// What a model file must be to be read: its magic, format version and
/// feature-set hash, and a name for messages (`NER`, `stance`).
#[derive(Clone, Copy, Debug)]
pub struct ModelFormat {
    /// What kind of model, for error messages.
    pub kind: &'static str,
    /// The first 16 bytes of the file.
    pub magic: &'static [u8; 16],
    /// The format version this build reads and writes.
    pub version: u32,
    /// A hash of the feature templates; a model trained with others is
    /// refused.
    pub feature_set: u64,
}

/// Why a model file cannot be opened.
#[derive(Debug, thiserror::Error)]
pub enum ModelFileError {
    /// Not a model of this kind.
    #[error("not a newsnlp {kind} model file (bad magic header)")]
    NotAModel {
        /// The expected kind.
        kind: &'static str,
    },
    /// Written by an incompatible version.
    #[error("{kind} model format version {found} is not supported (this build reads {expected})")]
    Version {
        /// The expected kind.
        kind: &'static str,
        /// Version in the file.
        found: u32,
        /// Version of this build.
        expected: u32,
    },
    /// Trained with other feature templates.
    #[error("{kind} model was trained with another feature set (hash {found:#x}, this build uses {expected:#x}); retrain it")]
    FeatureSet {
        /// The expected kind.
        kind: &'static str,
        /// Hash in the file.
        found: u64,
        /// Hash of this build.
        expected: u64,
    },
    /// Cut short.
    #[error("truncated {kind} model file ({detail})")]
    Truncated {
        /// The expected kind.
        kind: &'static str,
        /// What is missing.
        detail: String,
    },
    /// The payload does not match its checksum.
    #[error("corrupt {kind} model file: checksum mismatch")]
    Checksum {
        /// The expected kind.
        kind: &'static str,
    },
}

impl ModelFormat {
    /// Wraps `payload` in this format's header.
    pub fn seal(&self, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
        out.extend_from_slice(self.magic);
        out.extend_from_slice(&self.version.to_le_bytes());
        out.extend_from_slice(&self.feature_set.to_le_bytes());
        out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        out.extend_from_slice(payload);
        out
    }

    /// Checks the header and checksum of `bytes` and returns the payload.
    pub fn open<'a>(&self, bytes: &'a [u8]) -> Result<&'a [u8], ModelFileError> {
        let kind = self.kind;
        if bytes.len() < self.magic.len() || &bytes[..self.magic.len()] != self.magic {
            return Err(ModelFileError::NotAModel { kind });
        }
        let Some(header) = bytes.get(..HEADER_LEN) else {
            return Err(ModelFileError::Truncated {
                kind,
                detail: "header incomplete".into(),
            });
        };
        let u32_at =
            |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
        let u64_at = |i: usize| u64::from(u32_at(i)) | u64::from(u32_at(i + 4)) << 32;
        let version = u32_at(16);
        if version != self.version {
            return Err(ModelFileError::Version {
                kind,
                found: version,
                expected: self.version,
            });
        }
        let found = u64_at(20);
        if found != self.feature_set {
            return Err(ModelFileError::FeatureSet {
                kind,
                found,
                expected: self.feature_set,
            });
        }
        let crc = u32_at(28);
        let len = usize::try_from(u64_at(32)).unwrap_or(usize::MAX);
        let payload = &bytes[HEADER_LEN..];
        let Some(payload) = payload.get(..len) else {
            return Err(ModelFileError::Truncated {
                kind,
                detail: format!("{} of {len} payload bytes", payload.len()),
            });
        };
        if crc32fast::hash(payload) != crc {
            return Err(ModelFileError::Checksum { kind });
        }
        Ok(payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMAT: ModelFormat = ModelFormat {
        kind: "test",
        magic: b"NEWSNLP-TEST\0\0\r\n",
        version: 3,
        feature_set: 0xfeed,
    };

    #[test]
    fn sealed_payload_opens_unchanged() {
        let sealed = FORMAT.seal(b"weights");
        assert_eq!(FORMAT.open(&sealed).ok(), Some(&b"weights"[..]));
    }

    #[test]
    fn flipped_payload_byte_fails_the_checksum() {
        let mut sealed = FORMAT.seal(b"weights");
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(matches!(
            FORMAT.open(&sealed),
            Err(ModelFileError::Checksum { .. })
        ));
    }

    #[test]
    fn cut_file_is_truncated_and_foreign_file_is_not_a_model() {
        let sealed = FORMAT.seal(b"weights");
        assert!(matches!(
            FORMAT.open(&sealed[..sealed.len() - 2]),
            Err(ModelFileError::Truncated { .. })
        ));
        assert!(matches!(
            FORMAT.open(&sealed[..20]),
            Err(ModelFileError::Truncated { .. })
        ));
        assert!(matches!(
            FORMAT.open(b"PK\x03\x04 a zip file"),
            Err(ModelFileError::NotAModel { .. })
        ));
    }

    #[test]
    fn other_version_or_feature_set_is_refused() {
        let other = ModelFormat {
            version: 4,
            ..FORMAT
        };
        assert!(matches!(
            FORMAT.open(&other.seal(b"x")),
            Err(ModelFileError::Version { found: 4, .. })
        ));
        let other = ModelFormat {
            feature_set: 1,
            ..FORMAT
        };
        assert!(matches!(
            FORMAT.open(&other.seal(b"x")),
            Err(ModelFileError::FeatureSet { found: 1, .. })
        ));
    }
}
