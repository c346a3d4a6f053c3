//! `cargo xtask quotes-cv [--folds K]`: K-fold cross-validation of the
//! quote stage on PolNeAR train.
//!
//! PolNeAR dev has 84 articles; a change that moves its content F1 by 0.1
//! moves two attributions, and retraining the report scorer after an
//! unrelated upstream change moves it as much. Cross-validation scores
//! every train article once, with models that never saw it: each fold's
//! cue lexicon, content-end model and report scorer are trained by
//! `newsnlp train quotes` on the other folds, and `newsnlp eval quotes`
//! scores the fold with them. Articles go to folds by their place in name
//! order, so the folds are the same on every run.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// The scores reported, as `newsnlp eval quotes --json` names them.
const METRICS: &[&str] = &[
    "content_f1",
    "direct_content_f1",
    "source_f1",
    "speaker_accuracy",
];

/// Runs the cross-validation with the arguments after `quotes-cv`.
pub fn quotes_cv(args: &[String]) -> Result<()> {
    let folds = match args {
        [] => 4,
        [flag, k] if flag == "--folds" => k.parse().context("--folds takes a number")?,
        _ => bail!("usage: cargo xtask quotes-cv [--folds K]"),
    };
    if folds < 2 {
        bail!("--folds must be at least 2");
    }
    let (data, binary) = crate::training_setup()?;
    let train = data.join("polnear/train");
    let work = crate::root().join("target/quotes-cv");
    if work.exists() {
        std::fs::remove_dir_all(&work).with_context(|| format!("clearing {}", work.display()))?;
    }
    let articles = articles(&train)?;
    let default_pipeline = std::fs::read_to_string(crate::root().join("pipelines/default.toml"))
        .context("reading pipelines/default.toml")?;
    let mut scores = Vec::new();
    for fold in 0..folds {
        let dir = work.join(format!("fold{fold}"));
        for article in &articles {
            let part = if article.index % folds == fold {
                "test"
            } else {
                "train"
            };
            article.link_into(&dir.join(part))?;
        }
        let fold_scores = score_fold(&binary, &dir, &default_pipeline)?;
        eprintln!("fold {fold}: {}", summary(&fold_scores));
        scores.push(fold_scores);
    }
    let mean: Vec<f64> = (0..METRICS.len())
        .map(|m| scores.iter().map(|s| s[m]).sum::<f64>() / folds as f64)
        .collect();
    println!(
        "PolNeAR train, {folds}-fold cross-validation, mean of folds: {}",
        summary(&mean)
    );
    Ok(())
}

/// `content_f1 65.03 ...` for scores in [`METRICS`] order.
fn summary(scores: &[f64]) -> String {
    METRICS
        .iter()
        .zip(scores)
        .map(|(name, score)| format!("{name} {score:.2}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A PolNeAR article: its text file and its annotation files.
struct Article {
    index: usize,
    text: PathBuf,
    annotations: Vec<PathBuf>,
}

impl Article {
    /// Links (or, where links are not allowed, copies) the article's files
    /// into `split/text` and `split/attributions`.
    fn link_into(&self, split: &Path) -> Result<()> {
        let place = |file: &Path, sub: &str| -> Result<()> {
            let dir = split.join(sub);
            std::fs::create_dir_all(&dir)?;
            let name = file.file_name().context("a file has a name")?;
            link_or_copy(file, &dir.join(name))
        };
        place(&self.text, "text")?;
        for annotation in &self.annotations {
            place(annotation, "attributions")?;
        }
        Ok(())
    }
}

/// The articles of a PolNeAR split, in name order; an article's
/// annotation files are `NAME_*.ann`, one per annotator.
fn articles(split: &Path) -> Result<Vec<Article>> {
    let sorted_files = |sub: &str| -> Result<Vec<PathBuf>> {
        let dir = split.join(sub);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()?;
        files.sort();
        Ok(files)
    };
    let annotations = sorted_files("attributions")?;
    sorted_files("text")?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .enumerate()
        .map(|(index, text)| {
            let stem = text
                .file_stem()
                .and_then(|s| s.to_str())
                .context("text file names are UTF-8")?;
            let prefix = format!("{stem}_");
            let annotations = annotations
                .iter()
                .filter(|a| {
                    a.file_name()
                        .and_then(|n| n.to_str())
                        .and_then(|n| n.strip_prefix(&prefix))
                        .is_some_and(|rest| rest.ends_with(".ann") && !rest.contains('_'))
                })
                .cloned()
                .collect();
            Ok(Article {
                index,
                text,
                annotations,
            })
        })
        .collect()
}

#[cfg(unix)]
fn link_or_copy(from: &Path, to: &Path) -> Result<()> {
    std::os::unix::fs::symlink(from, to)
        .with_context(|| format!("linking {} to {}", to.display(), from.display()))
}

#[cfg(not(unix))]
fn link_or_copy(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)
        .map(drop)
        .with_context(|| format!("copying {} to {}", from.display(), to.display()))
}

/// Trains the quote models on `fold/train` and scores `fold/test` with
/// them through the default pipeline; the scores in [`METRICS`] order.
fn score_fold(binary: &Path, fold: &Path, default_pipeline: &str) -> Result<Vec<f64>> {
    let path = |name: &str| fold.join(name).display().to_string();
    let (cues, ends, scorer) = (
        path("cues.tsv"),
        path("content-ends.bin"),
        path("report-scorer.bin"),
    );
    let train = path("train");
    crate::newsnlp(
        binary,
        &[
            "train",
            "quotes",
            "--brat",
            &train,
            "-o",
            &cues,
            "--content-ends",
            &ends,
            "--report-scorer",
            &scorer,
        ],
    )?;
    let quote_stage = "name = \"quotes\"\n";
    let at = default_pipeline
        .find(quote_stage)
        .context("pipelines/default.toml has a quote stage")?
        + quote_stage.len();
    let pipeline = format!(
        "{}options = {{ cues = {cues:?}, content_ends = {ends:?}, report_scorer = {scorer:?} }}\n{}",
        &default_pipeline[..at],
        &default_pipeline[at..]
    );
    let pipeline_path = fold.join("pipeline.toml");
    std::fs::write(&pipeline_path, pipeline)?;
    let test = path("test");
    let scores = crate::newsnlp_scores(
        binary,
        &[
            "eval",
            "quotes",
            "--brat",
            &test,
            "--json",
            "--pipeline",
            &pipeline_path.display().to_string(),
        ],
    )
    .context("newsnlp eval quotes")?;
    METRICS
        .iter()
        .map(|m| {
            scores[*m]
                .as_f64()
                .with_context(|| format!("no `{m}` in the scores"))
        })
        .collect()
}
