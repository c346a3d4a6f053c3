//! `cargo xtask`: the project's automation, in Rust.
//!
//! - `cargo xtask ci [--skip-tests]`: fmt check, clippy `-D warnings`,
//!   tests, pipeline expectations, evaluation gates.
//! - `cargo xtask pipelines`: runs every `pipelines/*.toml` over the fixture
//!   corpora and compares with `pipelines/expected/`; `UPDATE_EXPECT=1`
//!   rewrites the expectations.
//! - `cargo xtask eval`: runs the dev-set evaluations of `eval/floors.json`
//!   and fails when a score falls below its floor, or when a sentence of
//!   the UD treebanks run as an article becomes an error record
//!   ([`robustness`]).
//! - `cargo xtask bench [--articles N] [--runs R] [--peer] [--rss-check N]`:
//!   throughput and peak memory on real news, side by side with spaCy.
//! - `cargo xtask spark`: the PySpark job on a local Spark over a fixture
//!   corpus, checked against a single-process run.
//! - `cargo xtask train ner`: learns word clusters from the unlabeled news
//!   in the data folder, trains the entity recognizer on CoNLL-2003 train
//!   with eng.testa as dev, and writes the shipped model.
//! - `cargo xtask train stance`: trains the stance model on NewsMTSC train
//!   with the rw dev file for model selection, writes the shipped model,
//!   and reports both dev files.
//! - `cargo xtask train first-names` and `cargo xtask train full-names`:
//!   learn the cluster stage's first-name and full-name tables from the
//!   unlabeled news and the PolNeAR train texts.
//! - `cargo xtask quotes-cv [--folds K]`: K-fold cross-validation of the
//!   quote stage on PolNeAR train ([`quotes_cv`]).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

mod bench;
mod pipelines;
mod quotes_cv;
mod robustness;
mod spark;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("ci") => ci(args.iter().any(|a| a == "--skip-tests")),
        Some("pipelines") => pipelines::check(),
        Some("eval") => eval_gates(),
        Some("train") if args.get(1).map(String::as_str) == Some("ner") => train_ner(),
        Some("train") if args.get(1).map(String::as_str) == Some("stance") => train_stance(),
        Some("train") if args.get(1).map(String::as_str) == Some("first-names") => {
            train_name_table("first-names")
        }
        Some("train") if args.get(1).map(String::as_str) == Some("full-names") => {
            train_name_table("full-names")
        }
        Some("quotes-cv") => quotes_cv::quotes_cv(&args[1..]),
        Some("bench") => bench::bench(&args[1..]),
        Some("spark") => spark::check(),
        _ => {
            eprintln!("usage: cargo xtask <ci [--skip-tests] | pipelines | eval | train ner | train stance | train first-names | train full-names | quotes-cv [--folds K] | spark | bench [--articles N] [--runs R] [--peer] [--rss-check N]>");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("xtask: {e:#}");
        std::process::exit(1);
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace root")
        .to_path_buf()
}

/// Runs `cargo ARGS` in the workspace root, failing on a non-zero exit.
pub fn cargo(args: &[&str]) -> Result<()> {
    eprintln!("$ cargo {}", args.join(" "));
    empty_regular_dev_null();
    let status = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(root())
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("`cargo {}` failed", args.join(" "));
    }
    Ok(())
}

/// Empties `/dev/null` where a sandbox made it a regular file.
///
/// Such a file keeps whatever is written to it (build scripts silence their
/// compiler probes there), and cargo's start-up probe of the compiler reads
/// `/dev/null` as its source: the leftover diagnostics make cargo fail
/// before it builds anything, and it caches that failure in
/// `target/.rustc_info.json`. `.ci/run` puts the null device back where it
/// may; this covers the sandboxes where it may not.
fn empty_regular_dev_null() {
    let dev_null = Path::new("/dev/null");
    let holds_text = std::fs::metadata(dev_null).is_ok_and(|m| m.is_file() && m.len() > 0);
    if holds_text {
        if let Err(e) = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(dev_null)
        {
            eprintln!(
                "xtask: /dev/null is a regular file with text in it and cannot be emptied: {e}"
            );
        }
    }
}

fn ci(skip_tests: bool) -> Result<()> {
    cargo(&["fmt", "--all", "--check"])?;
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    if !skip_tests {
        cargo(&["test", "--workspace"])?;
    }
    pipelines::check()?;
    eval_gates()
}

/// The release binary, built once.
pub fn release_binary() -> Result<PathBuf> {
    cargo(&["build", "--release", "--quiet", "--bin", "newsnlp"])?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    Ok(target.join("release").join("newsnlp"))
}

/// The Python of `target/<name>`, a virtual environment created on first
/// use, with `packages` installed unless `import_check` already runs.
pub fn venv_python(name: &str, import_check: &str, packages: &[&str]) -> Result<PathBuf> {
    let venv = root().join("target").join(name);
    let python = venv.join("bin/python");
    if !python.exists() {
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .context("python3 -m venv")?;
        if !status.success() {
            bail!("cannot create {}", venv.display());
        }
    }
    let ready = Command::new(&python)
        .args(["-c", import_check])
        .stderr(std::process::Stdio::null())
        .status()?
        .success();
    if !ready {
        eprintln!("installing {} into {}", packages.join(" "), venv.display());
        let status = Command::new(&python)
            .args(["-m", "pip", "install", "-q"])
            .args(packages)
            .status()?;
        if !status.success() {
            bail!("pip install {} failed", packages.join(" "));
        }
    }
    Ok(python)
}

/// The shared data folder: `$NEWSNLP_DATA`, else `../shared/data`.
pub fn data_dir() -> PathBuf {
    std::env::var_os("NEWSNLP_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/data"))
}

/// Runs the release `newsnlp` with `args`, failing on a non-zero exit.
pub fn newsnlp(binary: &Path, args: &[&str]) -> Result<()> {
    eprintln!("$ newsnlp {}", args.join(" "));
    let status = Command::new(binary)
        .args(args)
        .status()
        .context("running newsnlp")?;
    if !status.success() {
        bail!("`newsnlp {}` failed", args.join(" "));
    }
    Ok(())
}

/// Runs the release `newsnlp` with `args` (an evaluation with `--json`)
/// and reads the JSON object on the last line of its output.
pub fn newsnlp_scores(
    binary: &Path,
    args: &[impl AsRef<std::ffi::OsStr>],
) -> Result<serde_json::Value> {
    let output = Command::new(binary)
        .args(args)
        .output()
        .context("running newsnlp")?;
    if !output.status.success() {
        bail!(
            "newsnlp failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(stdout.lines().last().unwrap_or(""))
        .context("the last line of newsnlp's output is not JSON")
}

/// The data folder (checked to exist) and the release binary.
pub fn training_setup() -> Result<(PathBuf, PathBuf)> {
    let data = data_dir();
    if !data.is_dir() {
        bail!(
            "training data not found at {} (set NEWSNLP_DATA)",
            data.display()
        );
    }
    Ok((data, release_binary()?))
}

fn train_stance() -> Result<()> {
    let (data, binary) = training_setup()?;
    let d = |p: &str| data.join(p).display().to_string();
    let model = root()
        .join("crates/stance/model/stance-newsmtsc.bin")
        .display()
        .to_string();
    newsnlp(
        &binary,
        &[
            "train",
            "stance",
            "--newsmtsc",
            &d("newsmtsc/train.jsonl"),
            "--dev",
            &d("newsmtsc/newsmtsc-rw/dev.jsonl"),
            "--seed",
            "1",
            "-o",
            &model,
        ],
    )?;
    for dev in [
        "newsmtsc/newsmtsc-rw/dev.jsonl",
        "newsmtsc/newsmtsc-mt/dev.jsonl",
    ] {
        newsnlp(
            &binary,
            &["eval", "stance", "--newsmtsc", &d(dev), "--model", &model],
        )?;
    }
    eprintln!("rebuild to ship the new model: cargo build --release");
    Ok(())
}

/// Learns the cluster stage's table `kind` (`first-names`, `full-names`),
/// shipped as `crates/clusters/data/KIND.tsv`, from unlabeled news.
fn train_name_table(kind: &str) -> Result<()> {
    let (data, binary) = training_setup()?;
    let d = |p: &str| data.join(p).display().to_string();
    let table = root()
        .join(format!("crates/clusters/data/{kind}.tsv"))
        .display()
        .to_string();
    newsnlp(
        &binary,
        &[
            "train",
            kind,
            &d("news-dai2017/news.jsonl"),
            &d("polnear/train/text"),
            "-o",
            &table,
        ],
    )?;
    eprintln!("rebuild to ship the new table: cargo build --release");
    Ok(())
}

fn train_ner() -> Result<()> {
    let (data, binary) = training_setup()?;
    let d = |p: &str| data.join(p).display().to_string();
    let target = |p: &str| root().join("target").join(p).display().to_string();
    let unlabeled_news = [
        d("news-dai2017/news.jsonl"),
        d("polnear/train/text"),
        d("polnear/dev/text"),
    ];
    let (clusters, base_model, news_names) = (
        target("ner-clusters.tsv"),
        target("ner-base.bin"),
        target("ner-news-names.tsv"),
    );
    let mut clusters_args = vec!["train", "clusters"];
    clusters_args.extend(unlabeled_news.iter().map(String::as_str));
    let conll_train = d("conll2003/eng.train");
    clusters_args.extend(["--conll", &conll_train, "-o", &clusters]);
    newsnlp(&binary, &clusters_args)?;
    let model = root()
        .join("crates/ner/model/ner-conll2003.bin")
        .display()
        .to_string();
    let dev = d("conll2003/eng.testa");
    let train = |output: &str, ensemble: &str, epochs: &str, extra: &[&str]| {
        let mut args = vec!["train", "ner", "--conll", &conll_train, "--dev", &dev];
        args.extend(["--clusters", &clusters, "--seed", "1", "-o", output]);
        args.extend(["--ensemble", ensemble, "--epochs", epochs]);
        args.extend(extra);
        newsnlp(&binary, &args)
    };
    // A first model tags the unlabeled news; the names it finds often
    // feed the final model's second gazetteer.
    train(&base_model, "4", "14", &[])?;
    let mut harvest_args = vec!["train", "news-names"];
    harvest_args.extend(unlabeled_news.iter().map(String::as_str));
    harvest_args.extend(["--model", &base_model, "-o", &news_names]);
    newsnlp(&binary, &harvest_args)?;
    train(&model, "16", "24", &["--news-names", &news_names])?;
    eprintln!("rebuild to ship the new model: cargo build --release");
    Ok(())
}

fn eval_gates() -> Result<()> {
    let floors_path = root().join("eval/floors.json");
    let floors: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&floors_path).context("reading eval/floors.json")?,
    )?;
    let data = data_dir();
    if !data.is_dir() {
        if std::env::var_os("CI").is_some() {
            bail!(
                "evaluation data not found at {} (set NEWSNLP_DATA)",
                data.display()
            );
        }
        eprintln!(
            "xtask eval: skipped, no evaluation data at {} (set NEWSNLP_DATA)",
            data.display()
        );
        return Ok(());
    }
    let binary = release_binary()?;
    let mut failures = Vec::new();
    for gate in floors["gates"].as_array().context("`gates` is a list")? {
        let name = gate["name"].as_str().unwrap_or("unnamed gate");
        let args: Vec<String> = gate["args"]
            .as_array()
            .context("`args` is a list")?
            .iter()
            .filter_map(|a| a.as_str())
            .map(|a| a.replace("{data}", &data.display().to_string()))
            .collect();
        let scores = newsnlp_scores(&binary, &args).with_context(|| name.to_string())?;
        for (metric, floor) in gate["floors"]
            .as_object()
            .context("`floors` is an object")?
        {
            let floor = floor.as_f64().context("floors are numbers")?;
            let score = scores[metric]
                .as_f64()
                .with_context(|| format!("{name}: no `{metric}`"))?;
            let verdict = if score + 1e-9 >= floor {
                "ok"
            } else {
                "BELOW FLOOR"
            };
            eprintln!("{name}: {metric} {score:.2} (floor {floor:.2}) {verdict}");
            if verdict != "ok" {
                failures.push(format!("{name}: {metric} {score:.2} < {floor:.2}"));
            }
        }
    }
    if let Err(e) = robustness::check(&binary, &data) {
        failures.push(format!("robustness: {e:#}"));
    }
    if !failures.is_empty() {
        bail!("evaluation gates failed:\n  {}", failures.join("\n  "));
    }
    Ok(())
}
