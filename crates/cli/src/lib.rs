//! # newsnlp-cli
//!
//! The `newsnlp` command line as a library: [`run`] takes the [`Registry`]
//! of stages it may use, so a crate that adds a stage ships the very same
//! CLI with one more stage registered:
//!
//! ```no_run
//! let mut registry = newsnlp_core::Registry::new();
//! // register built-in stages, then your own:
//! // my_stage::register(&mut registry);
//! std::process::exit(newsnlp_cli::run(registry, "pipelines/default.toml contents"));
//! ```
//!
//! Logs and progress go to stderr; stdout carries only data, so the CLI is
//! a clean streaming JSONL filter. Exit codes: 0 ok (per-record errors
//! included), 1 fatal, 2 usage.
#![deny(missing_docs)]

mod annotate;
mod eval;
mod graph;
mod inspect;
mod progress;
mod render;
mod sample;
mod stance_data;
mod train;

use clap::{Parser, Subcommand};
use newsnlp_core::Registry;

/// Exit code of a run that completed (bad records included).
pub const EXIT_OK: i32 = 0;
/// Exit code of a fatal error.
pub const EXIT_FATAL: i32 = 1;
/// Exit code of a usage error.
pub const EXIT_USAGE: i32 = 2;

#[derive(Parser)]
#[command(
    name = "newsnlp",
    version,
    about = "Who is in the news, who said what, and how each speaker stands."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate articles (JSONL, .txt files, directories, `-` for stdin);
    /// with no input, the bundled sample corpus.
    Annotate(annotate::AnnotateArgs),
    /// Score a stage on a gold corpus.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Train a stage's model.
    #[command(subcommand)]
    Train(train::TrainCommand),
    /// Print an annotated file (DocBin or JSONL) as JSONL, with a summary
    /// on stderr.
    Inspect(inspect::InspectArgs),
    /// Sum annotated files (JSONL or DocBin) into a who-said-what-about-whom
    /// graph by canonical names: CSV node and edge tables, JSON, GraphML
    /// and GEXF.
    Graph(graph::GraphArgs),
    /// Show articles the way the pipeline reads them: paragraphs, sentences,
    /// tokens, boilerplate.
    Render(render::RenderArgs),
    /// List the stages this build knows, with the layers they need and make.
    Stages,
}

/// Parses the command line and runs it; returns the process exit code.
/// `default_pipeline` is the TOML of the pipeline used without `--pipeline`.
pub fn run(registry: Registry, default_pipeline: &str) -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    init_logging();
    let result = match cli.command {
        Command::Annotate(args) => annotate::run(&registry, default_pipeline, args),
        Command::Eval(cmd) => eval::run(&registry, default_pipeline, cmd),
        Command::Train(cmd) => train::run(&registry, default_pipeline, cmd),
        Command::Inspect(args) => inspect::run(args),
        Command::Graph(args) => graph::run(args),
        Command::Render(args) => render::run(&registry, default_pipeline, args),
        Command::Stages => list_stages(&registry),
    };
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            tracing::error!("{e:#}");
            EXIT_FATAL
        }
    }
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

fn list_stages(registry: &Registry) -> anyhow::Result<()> {
    for name in registry.names() {
        let options = newsnlp_core::StageOptions::new(name, Default::default());
        match registry.build_stage(name, &options) {
            Ok(stage) => {
                let join = |layers: &[newsnlp_core::LayerName]| {
                    layers
                        .iter()
                        .map(|l| l.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                println!(
                    "{name}\trequires: [{}]\tprovides: [{}]",
                    join(stage.requires()),
                    join(stage.provides())
                );
            }
            Err(e) => println!("{name}\t(needs options: {e})"),
        }
    }
    Ok(())
}

/// Loads the NER model from `path`, or the one shipped in the binary.
fn ner_model(path: Option<&std::path::Path>) -> anyhow::Result<newsnlp_ner::model::Model> {
    use anyhow::Context;
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            newsnlp_ner::model::Model::from_bytes(&bytes).with_context(|| p.display().to_string())
        }
        None => Ok((*newsnlp_ner::shipped_model()?).clone()),
    }
}

/// The known-name table at `path`, else the one shipped in the binary.
fn known_names(
    path: Option<&std::path::Path>,
) -> anyhow::Result<std::sync::Arc<newsnlp_ner::known_names::KnownNames>> {
    Ok(newsnlp_core::load_table(
        newsnlp_ner::STAGE_NAME,
        "known-name table",
        path,
        newsnlp_ner::known_names::KnownNames::from_tsv,
        newsnlp_ner::shipped_known_names,
    )?)
}

/// The temporary path a file is written to before its atomic rename.
/// Writes `bytes` to `path.partial`, then renames it to `path`.
pub(crate) fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    let tmp = partial_path(path);
    anyhow::Context::with_context(std::fs::write(&tmp, bytes), || {
        format!("writing {}", tmp.display())
    })?;
    std::fs::rename(&tmp, path)?;
    tracing::info!(
        "wrote {} ({:.1} MB)",
        path.display(),
        bytes.len() as f64 / 1e6
    );
    Ok(())
}

fn partial_path(path: &std::path::Path) -> std::path::PathBuf {
    newsnlp_io::output::partial_path(path)
}

/// Builds the pipeline from `--pipeline FILE` or the default spec.
fn build_pipeline(
    registry: &Registry,
    default_pipeline: &str,
    file: Option<&std::path::Path>,
) -> anyhow::Result<newsnlp_core::Pipeline> {
    let spec = match file {
        Some(path) => newsnlp_core::PipelineSpec::from_file(path)?,
        None => newsnlp_core::PipelineSpec::parse(default_pipeline, "default pipeline")?,
    };
    Ok(registry.build(&spec)?)
}

/// Sets the size of rayon's global pool (`--threads`); without it rayon
/// honours `RAYON_NUM_THREADS`, else uses every core.
fn init_threads(threads: Option<usize>) -> anyhow::Result<usize> {
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| anyhow::anyhow!("cannot start {n} threads: {e}"))?;
    }
    Ok(rayon::current_num_threads())
}
