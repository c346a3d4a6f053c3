//! Expectation tests for pipeline files: every `pipelines/*.toml` runs over
//! every `tests/fixtures/*.jsonl`; the output must equal
//! `pipelines/expected/<pipeline>/<fixture>.jsonl`. With `UPDATE_EXPECT=1`
//! the expectations are rewritten instead (review the diff before
//! committing).

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{release_binary, root};

/// Runs every pipeline over every fixture and compares.
pub fn check() -> Result<()> {
    let root = root();
    let binary = release_binary()?;
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut mismatches = Vec::new();
    for pipeline in sorted_files(&root.join("pipelines"), "toml")? {
        let stem = pipeline
            .file_stem()
            .and_then(|s| s.to_str())
            .context("pipeline name")?;
        for fixture in sorted_files(&root.join("tests/fixtures"), "jsonl")? {
            let fixture_name = fixture
                .file_name()
                .and_then(|s| s.to_str())
                .context("fixture name")?;
            let output = Command::new(&binary)
                .args(["annotate", "--quiet", "--pipeline"])
                .arg(&pipeline)
                .arg(&fixture)
                .env("RUST_LOG", "error")
                .output()
                .context("running newsnlp")?;
            if !output.status.success() {
                bail!(
                    "{stem} on {fixture_name}: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            // Error records name their input: make the path stable.
            let actual = String::from_utf8(output.stdout)?.replace(
                &format!("{}", fixture.display()),
                &format!("tests/fixtures/{fixture_name}"),
            );
            let expected_path = root
                .join("pipelines/expected")
                .join(stem)
                .join(fixture_name);
            if update {
                std::fs::create_dir_all(expected_path.parent().context("expected dir")?)?;
                std::fs::write(&expected_path, &actual)?;
                eprintln!("updated {}", expected_path.display());
                continue;
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected != actual {
                mismatches.push(format!(
                    "{stem} on {fixture_name}: output differs from {} ({})",
                    expected_path.display(),
                    first_difference(&expected, &actual)
                ));
            } else {
                eprintln!("pipeline {stem} on {fixture_name}: ok");
            }
        }
    }
    if !mismatches.is_empty() {
        bail!(
            "pipeline expectations failed (rerun with UPDATE_EXPECT=1 if the change is intended):\n  {}",
            mismatches.join("\n  ")
        );
    }
    Ok(())
}

fn sorted_files(dir: &Path, extension: &str) -> Result<Vec<std::path::PathBuf>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    Ok(files)
}

fn first_difference(expected: &str, actual: &str) -> String {
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    format!("first difference at line {}", line + 1)
}
