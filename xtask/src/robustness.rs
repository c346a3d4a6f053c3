//! The robustness gate of `cargo xtask eval`: every sentence of the UD
//! English treebanks (train and dev, EWT and GUM), run through the default
//! pipeline as an article of its own, must come out as an annotated
//! record, never an error record. Single sentences start where articles
//! seldom do (in lower case, with a pronoun, mid-quote), and a stage that
//! reads before the first token or past the last one turns its article
//! into an error record; this gate names such articles.

use std::path::Path;

use anyhow::{bail, Context, Result};

/// The treebank files whose sentences the gate runs, under the data
/// folder.
const TREEBANKS: &[&str] = &[
    "ud-english-ewt/en_ewt-ud-train.conllu",
    "ud-english-ewt/en_ewt-ud-dev.conllu",
    "ud-english-gum/en_gum-ud-train.conllu",
    "ud-english-gum/en_gum-ud-dev.conllu",
];

/// How many error records the gate's report names, at most.
const ERRORS_SHOWN: usize = 10;

/// Runs the gate; fails naming the first error records, if any.
pub fn check(binary: &Path, data: &Path) -> Result<()> {
    let work = crate::root().join("target/robustness");
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let input = work.join("ud-sentences.jsonl");
    let sentences = write_sentences(data, &input)?;
    let output = work.join("ud-sentences.annotated.jsonl");
    crate::newsnlp(
        binary,
        &[
            "annotate",
            &input.display().to_string(),
            "-o",
            &output.display().to_string(),
        ],
    )?;
    let annotated = std::fs::read_to_string(&output)
        .with_context(|| format!("reading {}", output.display()))?;
    let errors: Vec<String> = annotated
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|record| record.get("error").is_some())
        .map(|record| record["error"].to_string())
        .collect();
    eprintln!(
        "robustness: {sentences} UD sentences as articles, {} error records",
        errors.len()
    );
    if !errors.is_empty() {
        let shown: Vec<&str> = errors
            .iter()
            .take(ERRORS_SHOWN)
            .map(String::as_str)
            .collect();
        bail!(
            "{} of {sentences} UD sentences became error records:\n  {}",
            errors.len(),
            shown.join("\n  ")
        );
    }
    Ok(())
}

/// Writes each sentence text (`# text = ...`) of the treebanks as a JSONL
/// article to `path`; how many it wrote.
fn write_sentences(data: &Path, path: &Path) -> Result<usize> {
    let mut jsonl = String::new();
    let mut count = 0;
    for treebank in TREEBANKS {
        let file = data.join(treebank);
        let conllu = std::fs::read_to_string(&file)
            .with_context(|| format!("reading {}", file.display()))?;
        for text in conllu.lines().filter_map(|l| l.strip_prefix("# text = ")) {
            count += 1;
            let record = serde_json::json!({ "id": format!("ud-{count}"), "text": text });
            jsonl.push_str(&record.to_string());
            jsonl.push('\n');
        }
    }
    std::fs::write(path, jsonl).with_context(|| format!("writing {}", path.display()))?;
    Ok(count)
}
