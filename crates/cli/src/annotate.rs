//! `newsnlp annotate`: run a pipeline over a corpus.

use std::path::PathBuf;

use anyhow::{bail, Context};
use newsnlp_core::Registry;
use newsnlp_io::output::{Format, RecordSink, Resumed};
use newsnlp_io::read::{Corpus, Input, ReadOptions};
use newsnlp_io::runner::{self, RunOptions};

use crate::progress::Progress;
use crate::sample::sample_input;

/// Output formats on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum FormatArg {
    /// One JSON object per line (schema `newsnlp/1`).
    Jsonl,
    /// Binary DocBin, fast to reload.
    Docbin,
}

/// Arguments of `newsnlp annotate`.
#[derive(clap::Args, Debug)]
pub struct AnnotateArgs {
    /// JSONL files, .txt files, directories of .txt files, or `-` for
    /// stdin. Without any, the bundled sample corpus.
    inputs: Vec<String>,
    /// Output file (`-` or absent: stdout). Written to FILE.partial, then
    /// renamed when complete.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format (default: from the output's extension, `.docbin` for
    /// DocBin, else JSONL).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Pipeline file (TOML); default: the built-in default pipeline.
    #[arg(long)]
    pipeline: Option<PathBuf>,
    /// Worker threads (default: RAYON_NUM_THREADS, else all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Articles per batch; output is flushed after each batch.
    #[arg(long, default_value_t = 256)]
    batch_size: usize,
    /// Continue an interrupted run from OUTPUT.partial.
    #[arg(long)]
    resume: bool,
    /// Largest article accepted, in bytes; larger ones become error records.
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    max_bytes: usize,
    /// Streaming filter: JSONL on stdin, one JSONL line per input line on
    /// stdout, flushed per batch (for Spark's RDD.pipe and the like).
    #[arg(long)]
    stream: bool,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
}

/// Runs `newsnlp annotate`.
pub fn run(registry: &Registry, default_pipeline: &str, args: AnnotateArgs) -> anyhow::Result<()> {
    let pipeline = crate::build_pipeline(registry, default_pipeline, args.pipeline.as_deref())?;
    let threads = crate::init_threads(args.threads)?;
    let inputs = inputs(&args)?;
    let total_bytes: Option<u64> = inputs.iter().map(Input::size_hint).sum();
    let output = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let format = match (args.format, output) {
        (Some(FormatArg::Jsonl), _) => Format::Jsonl,
        (Some(FormatArg::Docbin), _) => Format::DocBin,
        (None, Some(path)) => Format::from_path(path),
        (None, None) => Format::Jsonl,
    };
    let (sink, resumed) = match output {
        Some(path) => {
            let (sink, resumed) = RecordSink::file(path, format, args.resume)
                .with_context(|| format!("opening output {}", path.display()))?;
            match sink {
                Some(sink) => (sink, resumed),
                None => {
                    tracing::info!("{} is already complete; nothing to resume", path.display());
                    return Ok(());
                }
            }
        }
        None if args.resume => bail!("--resume needs an output file (-o FILE)"),
        None => (RecordSink::stdout(format)?, Resumed::Fresh),
    };
    let skip = match resumed {
        Resumed::From(n) => {
            tracing::info!("resuming after {n} records already written");
            n
        }
        _ => 0,
    };
    let corpus = Corpus::new(
        inputs,
        ReadOptions {
            max_bytes: args.max_bytes,
        },
    );
    let progress = Progress::new(
        !args.quiet && !args.stream,
        total_bytes,
        corpus.bytes_read(),
    );
    tracing::debug!(stages = ?pipeline.stage_names(), threads, "annotating");
    let options = RunOptions {
        batch_size: args.batch_size,
        skip,
    };
    let summary = runner::run(&pipeline, corpus, sink, &options, |s| progress.update(s))?;
    progress.finish();
    let secs = summary.seconds.max(1e-9);
    tracing::info!(
        "{} articles ({} errors{}), {} words, {:.1} MB in {:.3}s: {:.0} articles/s, {:.0} words/s on {} threads",
        summary.records,
        summary.errors,
        if summary.skipped > 0 { format!(", {} resumed", summary.skipped) } else { String::new() },
        summary.words,
        summary.text_bytes as f64 / 1e6,
        summary.seconds,
        summary.records as f64 / secs,
        summary.words as f64 / secs,
        threads
    );
    Ok(())
}

fn inputs(args: &AnnotateArgs) -> anyhow::Result<Vec<Input>> {
    if args.stream {
        if args.inputs.iter().any(|i| i != "-")
            || args.output.as_ref().is_some_and(|o| o.as_os_str() != "-")
        {
            bail!("--stream reads stdin and writes stdout: drop the INPUT and -o arguments");
        }
        return Ok(vec![Input::Stdin]);
    }
    if args.inputs.is_empty() {
        tracing::info!("no input given: annotating the bundled sample corpus");
        return Ok(vec![sample_input()]);
    }
    args.inputs
        .iter()
        .map(|arg| Input::from_arg(arg).map_err(anyhow::Error::from))
        .collect()
}
