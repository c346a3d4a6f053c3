//! Helpers shared by the end-to-end tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Path of a file under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs `newsnlp` with `args`, feeding `stdin`.
pub fn newsnlp(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsnlp"))
        .args(args)
        .env("RUST_LOG", "info")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsnlp binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    input.write_all(stdin).expect("stdin accepts the input");
    drop(input);
    child.wait_with_output().expect("newsnlp finishes")
}

/// Parses JSONL output.
pub fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// The text of each token of an output record.
pub fn token_texts(record: &serde_json::Value) -> Vec<String> {
    spans(record, "tokens")
}

/// The text of each span of a layer of an output record.
pub fn spans(record: &serde_json::Value, layer: &str) -> Vec<String> {
    let text = record["text"].as_str().expect("record has text");
    record[layer]
        .as_array()
        .expect("layer present")
        .iter()
        .map(|t| {
            let s = t["span"][0].as_u64().unwrap() as usize;
            let e = t["span"][1].as_u64().unwrap() as usize;
            text[s..e].to_string()
        })
        .collect()
}

/// Runs `newsnlp` with `args` and no input; the test fails, showing its
/// stderr, when the command does.
pub fn newsnlp_ok(args: &[&str]) -> Output {
    let out = newsnlp(args, b"");
    assert!(
        out.status.success(),
        "newsnlp {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs `newsnlp` with `args` and no input; the test fails when the
/// command succeeds. Returns its stderr.
pub fn newsnlp_fails(args: &[&str]) -> String {
    let out = newsnlp(args, b"");
    assert!(
        !out.status.success(),
        "newsnlp {} succeeded",
        args.join(" ")
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The JSON object on the last line of a command's stdout (the `--json`
/// summary of the eval commands).
pub fn last_json_line(out: &Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// Runs `newsnlp train KIND` (`first-names`, `full-names`) on `articles`,
/// written here as JSONL, and returns the table it wrote with the first
/// two columns of each entry.
pub fn train_name_table(kind: &str, articles: &[&str]) -> (String, Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    let lines: Vec<String> = articles
        .iter()
        .enumerate()
        .map(|(i, text)| serde_json::json!({"id": format!("a{i}"), "text": text}).to_string())
        .collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let output = dir.path().join(format!("{kind}.tsv"));
    newsnlp_ok(&[
        "train",
        kind,
        input.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    let table = std::fs::read_to_string(&output).unwrap();
    let entries = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut columns = l.split('\t');
            Some((columns.next()?.to_string(), columns.next()?.to_string()))
        })
        .collect();
    (table, entries)
}
