//! `newsnlp train`: train a stage's model.

use std::path::PathBuf;

use anyhow::Context;
use newsnlp_core::Stage;
use newsnlp_io::read::{Corpus, Input, ReadOptions};
use newsnlp_ner::{clusters, conll, news_names, train};

/// The models that can be trained.
#[derive(clap::Subcommand, Debug)]
pub enum TrainCommand {
    /// The entity recognizer, on CoNLL-2003 files.
    Ner(NerArgs),
    /// Word clusters from unlabeled text, for the entity recognizer.
    Clusters(ClusterArgs),
    /// Names that a model finds often in unlabeled news, for the entity
    /// recognizer's second gazetteer.
    NewsNames(NewsNameArgs),
    /// The first names whose bearers unlabeled news calls `he` or `she`,
    /// for the cluster stage's pronoun links.
    FirstNames(NameTableArgs),
    /// The full names of people that unlabeled news calls by one name
    /// alone, for the cluster stage's canonical names.
    FullNames(NameTableArgs),
    /// The quote stage's cue lexicon, content-end model and report scorer,
    /// from PolNeAR-style brat files.
    Quotes(QuoteArgs),
    /// The stance model, on NewsMTSC files.
    Stance(StanceArgs),
}

/// Arguments of `newsnlp train stance`.
#[derive(clap::Args, Debug)]
pub struct StanceArgs {
    /// Training file (NewsMTSC JSONL).
    #[arg(long)]
    newsmtsc: PathBuf,
    /// Development file: scored after each epoch; the best epoch is kept.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Where to write the model.
    #[arg(short, long)]
    output: PathBuf,
    /// Shuffle seed (same data and seed, same model).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Passes over the training data.
    #[arg(long, default_value_t = 16)]
    epochs: usize,
    /// Feature groups: `full`, or `lexicon` (the sentence's words only,
    /// the target-blind baseline).
    #[arg(long, default_value = "full")]
    features: String,
    /// AdaGrad step size.
    #[arg(long, default_value_t = 0.01)]
    learning_rate: f32,
    /// L2 penalty.
    #[arg(long, default_value_t = 1e-4)]
    l2: f32,
    /// Do not weight classes by inverse frequency.
    #[arg(long)]
    unbalanced: bool,
    /// Word clusters (from `newsnlp train clusters`) to use as features;
    /// they are stored in the model.
    #[arg(long)]
    clusters: Option<PathBuf>,
}

/// Arguments of `newsnlp train quotes`.
#[derive(clap::Args, Debug)]
pub struct QuoteArgs {
    /// A PolNeAR split directory (`text/` and `attributions/`).
    #[arg(long)]
    brat: PathBuf,
    /// Where to write the cue lexicon (TSV: role, word, role count, total
    /// count; roles `cue`, `source` and `cue-before-that`).
    #[arg(short, long)]
    output: PathBuf,
    /// Where to write the content-end model (the model envelope around a
    /// TSV of feature and weight), learned over the tokenizer's tokens and
    /// sentences with the new lexicon.
    #[arg(long)]
    content_ends: Option<PathBuf>,
    /// Where to write the report scorer (the model envelope around a TSV
    /// of feature and weight), learned over the default pipeline's
    /// annotations up to the quote stage, with the new lexicon and
    /// content-end model. Needs `--content-ends`.
    #[arg(long, requires = "content_ends")]
    report_scorer: Option<PathBuf>,
}

/// Arguments of `newsnlp train clusters`.
#[derive(clap::Args, Debug)]
pub struct ClusterArgs {
    /// Unlabeled text: JSONL files with a `text` field, .txt files,
    /// directories of .txt files.
    inputs: Vec<String>,
    /// CoNLL files whose tokens are added as unlabeled text.
    #[arg(long)]
    conll: Vec<PathBuf>,
    /// Where to write the clusters (TSV: word, then ids finest first).
    #[arg(short, long)]
    output: PathBuf,
    /// Seed of projection and initialisation.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

/// Arguments of `newsnlp train news-names`.
#[derive(clap::Args, Debug)]
pub struct NewsNameArgs {
    /// Unlabeled news: JSONL files with a `text` field, .txt files,
    /// directories of .txt files.
    inputs: Vec<String>,
    /// The entity model that tags them (trained without news names).
    #[arg(long)]
    model: PathBuf,
    /// Where to write the names (TSV: lower-cased name, kind).
    #[arg(short, long)]
    output: PathBuf,
    /// A name must be tagged at least this many times.
    #[arg(long, default_value_t = 3)]
    min_count: usize,
}

/// Arguments of `newsnlp train first-names` and `newsnlp train
/// full-names`.
#[derive(clap::Args, Debug)]
pub struct NameTableArgs {
    /// Unlabeled news: JSONL files with a `text` field, .txt files,
    /// directories of .txt files. The default pipeline's stages through
    /// `clusters` annotate them.
    inputs: Vec<String>,
    /// Where to write the table (TSV: first name, gender, male votes,
    /// female votes; or single name, full name, articles for it, articles
    /// for any full name of it).
    #[arg(short, long)]
    output: PathBuf,
}

/// Arguments of `newsnlp train ner`.
#[derive(clap::Args, Debug)]
pub struct NerArgs {
    /// Training file (CoNLL-2003 format).
    #[arg(long)]
    conll: PathBuf,
    /// Development file: scored after each epoch; the best epoch is kept.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Where to write the model.
    #[arg(short, long)]
    output: PathBuf,
    /// Shuffle seed (same data and seed, same model).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Passes over the training data.
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Perceptrons trained on different shuffles and averaged into the
    /// one model (same size and speed; steadier and more accurate).
    #[arg(long, default_value_t = 4)]
    ensemble: usize,
    /// Train without the gazetteer of training-set names.
    #[arg(long)]
    no_gazetteer: bool,
    /// Word clusters (from `newsnlp train clusters`) to use as features.
    #[arg(long)]
    clusters: Option<PathBuf>,
    /// Names harvested from news (from `newsnlp train news-names`), read
    /// next to the gazetteer of training names.
    #[arg(long)]
    news_names: Option<PathBuf>,
}

/// Runs a train subcommand; `default_pipeline` (built from `registry`)
/// annotates what a model learns from, where it needs other stages.
pub fn run(
    registry: &newsnlp_core::Registry,
    default_pipeline: &str,
    cmd: TrainCommand,
) -> anyhow::Result<()> {
    match cmd {
        TrainCommand::Ner(args) => ner(args),
        TrainCommand::Clusters(args) => clusters(args),
        TrainCommand::NewsNames(args) => news_names_command(args),
        TrainCommand::FirstNames(args) => {
            name_table(registry, default_pipeline, args, NameTable::FirstNames)
        }
        TrainCommand::FullNames(args) => {
            name_table(registry, default_pipeline, args, NameTable::FullNames)
        }
        TrainCommand::Stance(args) => stance(args),
        TrainCommand::Quotes(args) => quotes(registry, default_pipeline, args),
    }
}

/// `newsnlp train quotes`: the cue lexicon, then the content-end model
/// that reads its cue words, then the report scorer that reads both.
fn quotes(
    registry: &newsnlp_core::Registry,
    default_pipeline: &str,
    args: QuoteArgs,
) -> anyhow::Result<()> {
    use newsnlp_quotes::content_ends::{ContentEnds, SegmentedArticle};
    let docs = newsnlp_quotes::brat::read_dir(&args.brat)?;
    let lexicon = newsnlp_quotes::lexicon::CueLexicon::learn(&docs);
    tracing::info!("learned cue counts from {} articles", docs.len());
    crate::write_atomically(&args.output, lexicon.to_tsv().as_bytes())?;
    let Some(path) = args.content_ends else {
        return Ok(());
    };
    let segments: Vec<newsnlp_tokenize::Segments> = docs
        .iter()
        .map(|d| newsnlp_tokenize::segment(&d.text))
        .collect();
    let articles: Vec<SegmentedArticle> = docs
        .iter()
        .zip(&segments)
        .map(|(article, s)| SegmentedArticle {
            article,
            tokens: &s.tokens,
            sentences: &s.sentences,
        })
        .collect();
    let ends = ContentEnds::learn(&articles, &lexicon);
    tracing::info!("learned the content-end model");
    crate::write_atomically(&path, &ends.to_model_file())?;
    let Some(path) = args.report_scorer else {
        return Ok(());
    };
    let mut annotated = docs
        .iter()
        .map(|d| newsnlp_core::Document::new(d.name.clone(), d.text.clone()))
        .collect::<Result<Vec<_>, _>>()?;
    annotate_before(
        registry,
        default_pipeline,
        newsnlp_quotes::STAGE_NAME,
        &mut annotated,
    )?;
    let articles: Vec<newsnlp_quotes::reports::AnnotatedArticle> = docs
        .iter()
        .zip(&annotated)
        .map(|(article, doc)| newsnlp_quotes::reports::AnnotatedArticle { article, doc })
        .collect();
    let scorer = newsnlp_quotes::reports::ReportScorer::learn(&articles, &lexicon, &ends);
    tracing::info!("learned the report scorer");
    crate::write_atomically(&path, &scorer.to_model_file())
}

/// Annotates `docs` with the stages of the default pipeline that run
/// before the stage named `stage`.
fn annotate_before(
    registry: &newsnlp_core::Registry,
    default_pipeline: &str,
    stage: &str,
    docs: &mut [newsnlp_core::Document],
) -> anyhow::Result<()> {
    let mut spec = newsnlp_core::PipelineSpec::parse(default_pipeline, "default pipeline")?;
    let stage_at = spec
        .stages
        .iter()
        .position(|s| s.name == stage)
        .ok_or_else(|| anyhow::anyhow!("the default pipeline has no stage {stage:?}"))?;
    spec.stages.truncate(stage_at);
    let pipeline = registry.build(&spec)?;
    let results = pipeline.process_batch(docs);
    for (doc, result) in docs.iter().zip(results) {
        result.map_err(|e| anyhow::anyhow!("{}: {e}", doc.id))?;
    }
    Ok(())
}

/// The cluster stage's tables that unlabeled news teaches.
#[derive(Clone, Copy, Debug)]
enum NameTable {
    /// `newsnlp train first-names`: the honorifics and pronouns around
    /// each person's mentions vote for their first name's gender.
    FirstNames,
    /// `newsnlp train full-names`: each full name an article writes out
    /// votes for the single names that may stand for it.
    FullNames,
}

/// `newsnlp train first-names` and `newsnlp train full-names`: the default
/// pipeline through the cluster stage annotates the news, whose people
/// vote for the entries of `table`.
fn name_table(
    registry: &newsnlp_core::Registry,
    default_pipeline: &str,
    args: NameTableArgs,
    table: NameTable,
) -> anyhow::Result<()> {
    use newsnlp_clusters::first_names::FirstNameEvidence;
    use newsnlp_clusters::full_names::FullNameEvidence;
    let mut docs = unlabeled_documents(&args.inputs)?;
    annotate_before(
        registry,
        default_pipeline,
        newsnlp_quotes::STAGE_NAME,
        &mut docs,
    )?;
    let (tsv, learned) = match table {
        NameTable::FirstNames => {
            let mut evidence = FirstNameEvidence::default();
            docs.iter().for_each(|doc| evidence.add(doc));
            let learned = format!("{} first names with a gender", evidence.genders().len());
            (evidence.to_tsv(), learned)
        }
        NameTable::FullNames => {
            let mut evidence = FullNameEvidence::default();
            docs.iter().for_each(|doc| evidence.add(doc));
            let learned = format!("{} single names with a full name", evidence.table().len());
            (evidence.to_tsv(), learned)
        }
    };
    tracing::info!("{learned}, from {} documents", docs.len());
    crate::write_atomically(&args.output, tsv.as_bytes())
}

/// Reads a CoNLL-2003 file.
pub fn read_conll(path: &std::path::Path) -> anyhow::Result<Vec<conll::ConllDocument>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    conll::read_conll(&text).with_context(|| format!("parsing {}", path.display()))
}

/// Reads a TSV file with `parse`; errors name the file.
fn read_tsv<T>(path: &std::path::Path, parse: fn(&str) -> Result<T, String>) -> anyhow::Result<T> {
    let tsv =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse(&tsv)
        .map_err(anyhow::Error::msg)
        .with_context(|| path.display().to_string())
}

/// Reads a word-cluster file written by `newsnlp train clusters`.
fn read_clusters(path: &std::path::Path) -> anyhow::Result<clusters::WordClusters> {
    read_tsv(path, clusters::from_tsv)
}

fn ner(args: NerArgs) -> anyhow::Result<()> {
    let train_docs = read_conll(&args.conll)?;
    let dev_docs = args.dev.as_deref().map(read_conll).transpose()?;
    let clusters = args
        .clusters
        .as_deref()
        .map(read_clusters)
        .transpose()?
        .unwrap_or_default();
    let news_names = args
        .news_names
        .as_deref()
        .map(|path| read_tsv(path, news_names::from_tsv))
        .transpose()?
        .unwrap_or_default();
    let options = train::TrainOptions {
        epochs: args.epochs,
        seed: args.seed,
        ensemble: args.ensemble,
        gazetteer: !args.no_gazetteer,
        clusters,
        news_names,
    };
    let started = std::time::Instant::now();
    tracing::info!("training on {} documents", train_docs.len());
    let (model, reports) = train::train(&train_docs, dev_docs.as_deref(), &options, |r| {
        let dev = r
            .dev_f1
            .map(|f| format!(", dev F1 {f:.2}"))
            .unwrap_or_default();
        tracing::info!(
            "epoch {:>2}: train token accuracy {:.2}{dev} ({:.0}s)",
            r.epoch,
            r.train_accuracy,
            started.elapsed().as_secs_f64()
        );
    });
    if let Some(best) = reports
        .iter()
        .filter_map(|r| r.dev_f1.map(|f| (r.epoch, f)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
    {
        tracing::info!("keeping epoch {} (dev F1 {:.2})", best.0, best.1);
    }
    crate::write_atomically(&args.output, &model.to_bytes()?)
}

fn stance(args: StanceArgs) -> anyhow::Result<()> {
    use newsnlp_stance::features::{FeatureSet, Featurizer};
    use newsnlp_stance::train;
    let feature_set = FeatureSet::parse(&args.features)
        .with_context(|| format!("unknown feature set `{}` (full, lexicon)", args.features))?;
    let clusters = args.clusters.as_deref().map(read_clusters).transpose()?;
    let featurizer = Featurizer::new(feature_set, clusters.unwrap_or_default());
    let started = std::time::Instant::now();
    let train_data = crate::stance_data::prepare(&args.newsmtsc, &featurizer)?;
    let dev_data = args
        .dev
        .as_deref()
        .map(|p| crate::stance_data::prepare(p, &featurizer))
        .transpose()?;
    let options = train::TrainOptions {
        epochs: args.epochs,
        seed: args.seed,
        learning_rate: args.learning_rate,
        l2: args.l2,
        balance_classes: !args.unbalanced,
    };
    tracing::info!("training on {} targets", train_data.labels.len());
    let (model, best) = train::train(
        &train_data,
        dev_data.as_ref(),
        &featurizer,
        &options,
        |epoch, dev| {
            let dev = dev
                .map(|s| {
                    format!(
                        ", dev macro-F1 {:.2}, accuracy {:.2}",
                        s.f1_macro, s.accuracy
                    )
                })
                .unwrap_or_default();
            tracing::info!(
                "epoch {epoch:>2}{dev} ({:.1}s)",
                started.elapsed().as_secs_f64()
            );
        },
    );
    tracing::info!("keeping epoch {best}");
    crate::write_atomically(&args.output, &model.to_bytes()?)
}

/// The readable records of `inputs` (JSONL, .txt files, directories);
/// unreadable records are skipped.
fn unlabeled_documents(inputs: &[String]) -> anyhow::Result<Vec<newsnlp_core::Document>> {
    let inputs = inputs
        .iter()
        .map(|a| Input::from_arg(a))
        .collect::<Result<Vec<_>, _>>()?;
    let mut docs = Vec::new();
    for record in Corpus::new(inputs, ReadOptions::default()) {
        if let Ok(doc) = record?.result {
            docs.push(doc);
        }
    }
    Ok(docs)
}

fn news_names_command(args: NewsNameArgs) -> anyhow::Result<()> {
    let bytes =
        std::fs::read(&args.model).with_context(|| format!("reading {}", args.model.display()))?;
    let model = newsnlp_ner::model::Model::from_bytes(&bytes)?;
    let mut documents = unlabeled_documents(&args.inputs)?;
    let tokenizer = newsnlp_tokenize::TokenizeStage::default();
    for doc in &mut documents {
        tokenizer.process(doc)?;
    }
    // The sentences the entity stage itself would tag.
    let docs: Vec<Vec<Vec<&str>>> = documents
        .iter()
        .map(|doc| newsnlp_ner::taggable_sentences(doc).1)
        .collect();
    let options = news_names::HarvestOptions {
        min_count: args.min_count,
        ..Default::default()
    };
    let names = news_names::harvest(&model, &docs, &options);
    tracing::info!(
        "{} names from {} documents",
        names.iter().count(),
        docs.len()
    );
    crate::write_atomically(&args.output, news_names::to_tsv(&names).as_bytes())
}

fn clusters(args: ClusterArgs) -> anyhow::Result<()> {
    let mut docs: Vec<Vec<String>> = Vec::new();
    for doc in unlabeled_documents(&args.inputs)? {
        let tokens = newsnlp_tokenize::tokenize(&doc.text);
        docs.push(
            tokens
                .iter()
                .map(|t| doc.text[t.span.range()].to_string())
                .collect(),
        );
    }
    for path in &args.conll {
        for doc in read_conll(path)? {
            docs.push(doc.sentences.into_iter().flat_map(|s| s.tokens).collect());
        }
    }
    let tokens: usize = docs.iter().map(Vec::len).sum();
    tracing::info!(
        "learning clusters from {} documents, {tokens} tokens",
        docs.len()
    );
    let options = clusters::ClusterOptions {
        seed: args.seed,
        ..clusters::ClusterOptions::default()
    };
    let learned = clusters::learn(&docs, &options);
    tracing::info!("{} words clustered", learned.len());
    crate::write_atomically(&args.output, clusters::to_tsv(&learned).as_bytes())
}
