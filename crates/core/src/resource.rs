//! What a stage loads once and shares: a model or table shipped in the
//! binary, or one a pipeline file names instead.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::stage::StageError;

/// A resource shipped in the binary, decoded on first use and shared by
/// every stage instance of the process.
pub struct Shipped<T> {
    cell: OnceLock<Result<Arc<T>, String>>,
}

impl<T> Shipped<T> {
    /// An undecoded resource (for a `static`).
    pub const fn new() -> Self {
        Shipped {
            cell: OnceLock::new(),
        }
    }

    /// The resource, decoded by `decode` the first time; a decoding error
    /// is kept and returned to every caller.
    pub fn get<E: std::fmt::Display>(
        &self,
        decode: impl FnOnce() -> Result<T, E>,
    ) -> Result<Arc<T>, String> {
        self.cell
            .get_or_init(|| decode().map(Arc::new).map_err(|e| e.to_string()))
            .clone()
    }
}

impl<T> Default for Shipped<T> {
    fn default() -> Self {
        Shipped::new()
    }
}

/// The resource a stage's options name: the file at `path` decoded by
/// `decode`, or else `shipped()`. Failures name the stage and the file (or
/// `the shipped <what>`).
pub fn load_resource<T, E: std::fmt::Display>(
    stage: &str,
    what: &str,
    path: Option<&Path>,
    decode: impl FnOnce(&[u8]) -> Result<T, E>,
    shipped: impl FnOnce() -> Result<Arc<T>, String>,
) -> Result<Arc<T>, StageError> {
    let fail = |what: String, message: String| StageError::Load {
        stage: stage.to_string(),
        what,
        message,
    };
    match path {
        Some(path) => {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| fail(name.clone(), e.to_string()))?;
            decode(&bytes)
                .map(Arc::new)
                .map_err(|e| fail(name, e.to_string()))
        }
        None => shipped().map_err(|e| fail(format!("the shipped {what}"), e)),
    }
}

/// A table a stage's options name, as [`load_resource`]: the UTF-8 text
/// of the file at `path` read by `parse`, or else `shipped()`.
pub fn load_table<T>(
    stage: &str,
    what: &str,
    path: Option<&Path>,
    parse: fn(&str) -> Result<T, String>,
    shipped: impl FnOnce() -> Result<Arc<T>, String>,
) -> Result<Arc<T>, StageError> {
    load_resource(
        stage,
        what,
        path,
        |bytes| resource_text(bytes).and_then(parse),
        shipped,
    )
}

/// UTF-8 text of a resource file, for table formats.
fn resource_text(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_file_is_read_and_a_missing_one_is_named() {
        let dir = std::env::temp_dir().join(format!("newsnlp-resource-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("table.tsv");
        std::fs::write(&file, "abc").unwrap();
        let decode = |b: &[u8]| resource_text(b).map(str::len);
        let shipped = || -> Result<Arc<usize>, String> { Ok(Arc::new(0)) };
        let read = load_resource("s", "table", Some(&file), decode, shipped).unwrap();
        assert_eq!(*read, 3);
        let err = load_resource("s", "table", Some(&dir.join("nope")), decode, shipped)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("stage `s`: cannot load") && err.contains("nope"),
            "{err}"
        );
        assert_eq!(
            *load_resource("s", "table", None, decode, shipped).unwrap(),
            0
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_shipped_resource_is_decoded_once() {
        static TABLE: Shipped<usize> = Shipped::new();
        let mut calls = 0;
        for _ in 0..2 {
            let value = TABLE.get(|| {
                calls += 1;
                Ok::<_, String>(7)
            });
            assert_eq!(*value.unwrap(), 7);
        }
        assert_eq!(calls, 1);
    }
}
