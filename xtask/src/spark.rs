//! `cargo xtask spark`: runs `integrations/spark/annotate.py` on a local
//! Spark (`local[2]`, pinned pyspark in a virtual environment) over a
//! fixture corpus of a few hundred articles with bad records in it, and
//! checks that
//! - every input line gives one output record, bad ones included;
//! - the annotations equal those of a single `newsnlp annotate` run;
//! - Parquet output carries the same records;
//! - the Spark SQL form (`SELECT TRANSFORM ... USING`) gives the same;
//! - a binary that crashes makes the Spark job fail.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{release_binary, root};

const PYSPARK: &str = "pyspark==4.3.0";

fn spark_python() -> Result<PathBuf> {
    let java = Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        bail!("Spark needs Java (17 or 21): install a JDK and put `java` on PATH");
    }
    // pip keeps its download cache in ~/.cache/pip, so later runs on the
    // same machine do not fetch the 450 MB package again.
    crate::venv_python("spark-venv", "import pyspark", &[PYSPARK])
}

/// A corpus of `n` articles from the fixtures, with fresh ids, plus the bad
/// records of `bad-records.jsonl`.
fn fixture_corpus(n: usize, out: &Path) -> Result<usize> {
    let fixtures = root().join("tests/fixtures");
    let good = std::fs::read_to_string(fixtures.join("news-small.jsonl"))?;
    let bad = std::fs::read(fixtures.join("bad-records.jsonl"))?;
    let articles: Vec<serde_json::Value> = good
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let mut corpus = Vec::new();
    let mut lines = 0;
    for i in 0..n {
        let mut a = articles[i % articles.len()].clone();
        a["id"] = serde_json::Value::String(format!("article-{i:04}"));
        a["text"] = serde_json::Value::String(format!(
            "{} (Report {i}.)",
            a["text"].as_str().unwrap_or("")
        ));
        corpus.extend_from_slice(a.to_string().as_bytes());
        corpus.push(b'\n');
        lines += 1;
        // Early, so that the duplicate ids of the bad records fall into one
        // partition (Spark splits the input into contiguous blocks).
        if i == 10 {
            corpus.extend_from_slice(&bad);
            lines += bad.iter().filter(|&&b| b == b'\n').count();
        }
    }
    std::fs::write(out, corpus)?;
    Ok(lines)
}

/// Records keyed for comparison: documents by id; error records by id (or
/// their position among id-less errors) with their reason only, since the
/// input name and line number depend on how Spark split the input. Spark
/// decodes input lines as UTF-8 and replaces invalid bytes with U+FFFD
/// before newsnlp sees them, so the invalid-UTF-8 error of a single run is
/// a document there: both are left out of the comparison.
fn keyed(records: &[serde_json::Value]) -> BTreeMap<String, serde_json::Value> {
    let mut out = BTreeMap::new();
    let mut anonymous = 0;
    let repaired_by_spark = |r: &&serde_json::Value| {
        r["error"]["reason"]
            .as_str()
            .is_some_and(|why| why.starts_with("invalid UTF-8"))
            || r["text"].as_str().is_some_and(|t| t.contains('\u{FFFD}'))
    };
    for r in records.iter().filter(|r| !repaired_by_spark(r)) {
        match r.get("error") {
            Some(error) => {
                let key = match r["id"].as_str() {
                    Some(id) => format!("error:{id}:{}", error["reason"]),
                    None => {
                        anonymous += 1;
                        format!(
                            "error:-:{}",
                            error["reason"]
                                .as_str()
                                .unwrap_or("")
                                .split(':')
                                .next()
                                .unwrap_or("")
                        ) + &format!("#{anonymous}")
                    }
                };
                *out.entry(key).or_insert(serde_json::Value::Null) =
                    serde_json::json!(error["reason"]);
            }
            None => {
                out.insert(format!("doc:{}", r["id"].as_str().unwrap_or("")), r.clone());
            }
        }
    }
    out
}

fn read_jsonl_dir(dir: &Path) -> Result<Vec<serde_json::Value>> {
    let mut records = Vec::new();
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("part-"))
        })
        .collect();
    parts.sort();
    for part in parts {
        for line in std::fs::read_to_string(&part)?.lines() {
            records.push(
                serde_json::from_str(line)
                    .with_context(|| format!("{}: not JSON", part.display()))?,
            );
        }
    }
    Ok(records)
}

fn spark_submit(python: &Path, args: &[&str]) -> Result<std::process::Output> {
    eprintln!("$ annotate.py {}", args.join(" "));
    Command::new(python)
        .arg(root().join("integrations/spark/annotate.py"))
        .args(args)
        .env("PYSPARK_PYTHON", python)
        .env("PYSPARK_SUBMIT_ARGS", "--master local[2] pyspark-shell")
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .output()
        .context("running the Spark job")
}

/// Runs the checks.
pub fn check() -> Result<()> {
    let python = spark_python()?;
    let binary = release_binary()?;
    let dir = root().join("target/spark-check");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    let input = dir.join("articles.jsonl");
    let lines = fixture_corpus(300, &input)?;

    let single = Command::new(&binary)
        .args(["annotate", "--quiet"])
        .arg(&input)
        .output()?;
    if !single.status.success() {
        bail!(
            "single-process run failed: {}",
            String::from_utf8_lossy(&single.stderr)
        );
    }
    let single: Vec<serde_json::Value> = String::from_utf8(single.stdout)?
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;

    let jsonl_out = dir.join("out-jsonl");
    let job = |format: &str, out: &Path, binary: &Path| {
        spark_submit(
            &python,
            &[
                "--binary",
                &binary.display().to_string(),
                "--input",
                &input.display().to_string(),
                "--output",
                &out.display().to_string(),
                "--format",
                format,
                "--partitions",
                "4",
            ],
        )
    };
    let run = job("jsonl", &jsonl_out, &binary)?;
    if !run.status.success() {
        bail!(
            "Spark job failed:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let spark = read_jsonl_dir(&jsonl_out)?;
    if spark.len() != lines {
        bail!(
            "Spark wrote {} records for {lines} input lines",
            spark.len()
        );
    }
    let errors = spark.iter().filter(|r| r.get("error").is_some()).count();
    if keyed(&spark) != keyed(&single) {
        bail!("Spark output differs from the single-process output");
    }
    eprintln!("spark jsonl: {lines} input lines, {} records ({errors} error records), equal to `newsnlp annotate`: ok", spark.len());

    let parquet_out = dir.join("out-parquet");
    let run = job("parquet", &parquet_out, &binary)?;
    if !run.status.success() {
        bail!(
            "Spark Parquet job failed:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let count = Command::new(&python)
        .args([
            "-c",
            "import sys\nfrom pyspark.sql import SparkSession\ns = SparkSession.builder.master('local[1]').getOrCreate()\ndf = s.read.parquet(sys.argv[1])\nprint(df.count(), df.filter('error is not null').count(), df.filter('size(entities) > 0').count(), df.where('quotes is not null').selectExpr('sum(size(quotes))').first()[0], df.where('stances is not null').selectExpr('coalesce(sum(size(stances)), 0)').first()[0])",
        ])
        .arg(&parquet_out)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .output()
        .context("reading the Parquet output back")?;
    let counted = String::from_utf8_lossy(&count.stdout);
    let numbers: Vec<usize> = counted
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    let documents_with_entities = spark
        .iter()
        .filter(|r| r["entities"].as_array().is_some_and(|e| !e.is_empty()))
        .count();
    let quotes: usize = spark
        .iter()
        .filter_map(|r| r["quotes"].as_array())
        .map(Vec::len)
        .sum();
    let stances: usize = spark
        .iter()
        .filter_map(|r| r["stances"].as_array())
        .map(Vec::len)
        .sum();
    let expected = [lines, errors, documents_with_entities, quotes, stances];
    if numbers != expected {
        bail!(
            "Parquet output has {numbers:?} (rows, errors, rows with entities, quotes, stances), expected {expected:?}: {}",
            String::from_utf8_lossy(&count.stderr)
        );
    }
    eprintln!(
        "spark parquet: {lines} rows, {errors} errors, {documents_with_entities} with entities, {quotes} quotes, {stances} stances: ok"
    );

    let sql_out = dir.join("out-sql");
    let run = spark_submit(
        &python,
        &[
            "--sql",
            "--binary",
            &binary.display().to_string(),
            "--input",
            &input.display().to_string(),
            "--output",
            &sql_out.display().to_string(),
            "--format",
            "jsonl",
        ],
    )?;
    if !run.status.success() {
        bail!(
            "Spark SQL job failed:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let sql = read_jsonl_dir(&sql_out)?;
    if sql.len() != lines || keyed(&sql) != keyed(&single) {
        bail!(
            "Spark SQL TRANSFORM output ({} records) differs from the single-process output",
            sql.len()
        );
    }
    eprintln!(
        "spark sql TRANSFORM: {} records, equal to `newsnlp annotate`: ok",
        sql.len()
    );

    let crashing = dir.join("newsnlp");
    std::fs::write(
        &crashing,
        "#!/bin/sh\nhead -n 3 > /dev/null\necho 'simulated crash' >&2\nexit 3\n",
    )?;
    let run = job("jsonl", &dir.join("out-crash"), &crashing)?;
    if run.status.success() {
        bail!("a crashing binary did not fail the Spark job");
    }
    eprintln!("spark with a crashing binary: the job failed, as it must: ok");
    Ok(())
}
