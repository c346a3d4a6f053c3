//! `newsnlp eval`: score stages on gold corpora.

use std::path::PathBuf;

use anyhow::Context;
use newsnlp_tokenize::ud;

/// The stages that can be scored.
#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Tokens and sentences against a Universal Dependencies CoNLL-U file.
    Tokens(TokensArgs),
    /// Entities against a CoNLL-2003 file (its own tokens, exact spans).
    Ner(NerArgs),
    /// Quotes against PolNeAR-style brat files, through the pipeline.
    Quotes(QuotesArgs),
    /// Target-dependent stance against a NewsMTSC file.
    Stance(StanceArgs),
}

/// Arguments of `newsnlp eval stance`.
#[derive(clap::Args, Debug)]
pub struct StanceArgs {
    /// The NewsMTSC file (JSONL; polarity 2 negative, 4 neutral, 6 positive).
    #[arg(long)]
    newsmtsc: PathBuf,
    /// A model file (default: the model shipped in the binary).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Print one JSON object with the scores as the last line.
    #[arg(long)]
    json: bool,
}

/// Arguments of `newsnlp eval quotes`.
#[derive(clap::Args, Debug)]
pub struct QuotesArgs {
    /// A PolNeAR split directory (`text/` and `attributions/`).
    #[arg(long)]
    brat: PathBuf,
    /// Pipeline file (default: the built-in default pipeline).
    #[arg(long)]
    pipeline: Option<PathBuf>,
    /// Print one JSON object with the scores as the last line.
    #[arg(long)]
    json: bool,
}

/// Arguments of `newsnlp eval ner`.
#[derive(clap::Args, Debug)]
pub struct NerArgs {
    /// The CoNLL-2003 file (IOB1 or IOB2; `-DOCSTART-` separates documents).
    #[arg(long)]
    conll: PathBuf,
    /// A model file (default: the model shipped in the binary).
    #[arg(long)]
    model: Option<PathBuf>,
    /// A known-name table (default: the table shipped in the binary; an
    /// empty file scores the model's own types).
    #[arg(long)]
    known_names: Option<PathBuf>,
    /// Print one JSON object with the scores as the last line.
    #[arg(long)]
    json: bool,
}

/// Arguments of `newsnlp eval tokens`.
#[derive(clap::Args, Debug)]
pub struct TokensArgs {
    /// The CoNLL-U file (for example ../shared/data/ud-english-gum/en_gum-ud-dev.conllu).
    #[arg(long)]
    conllu: PathBuf,
    /// Print one JSON object with the scores as the last line.
    #[arg(long)]
    json: bool,
    /// Print up to N token and sentence mismatches (predicted vs gold) to stderr.
    #[arg(long, default_value_t = 0)]
    errors: usize,
}

/// Runs an eval subcommand.
pub fn run(
    registry: &newsnlp_core::Registry,
    default_pipeline: &str,
    cmd: EvalCommand,
) -> anyhow::Result<()> {
    match cmd {
        EvalCommand::Tokens(args) => tokens(args),
        EvalCommand::Ner(args) => ner(args),
        EvalCommand::Quotes(args) => quotes(registry, default_pipeline, args),
        EvalCommand::Stance(args) => stance(args),
    }
}

fn stance(args: StanceArgs) -> anyhow::Result<()> {
    use newsnlp_stance::model::StanceModel;
    let model = match &args.model {
        Some(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            std::sync::Arc::new(
                StanceModel::from_bytes(&bytes).with_context(|| path.display().to_string())?,
            )
        }
        None => newsnlp_stance::shipped_model()?,
    };
    let started = std::time::Instant::now();
    let data = crate::stance_data::prepare(&args.newsmtsc, model.featurizer())?;
    let scores = newsnlp_stance::train::evaluate(&model, &data);
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{}: {} targets ({:.0} targets/s with tokenizing)",
        args.newsmtsc.display(),
        data.labels.len(),
        data.labels.len() as f64 / seconds.max(1e-9)
    );
    for (polarity, p) in newsnlp_core::Polarity::ALL.iter().zip(&scores.per_class) {
        println!(
            "{:<9} P {:6.2}  R {:6.2}  F1 {:6.2}",
            polarity.label(),
            p.precision(),
            p.recall(),
            p.f1()
        );
    }
    println!("macro-F1  {:6.2}", scores.f1_macro);
    println!("accuracy  {:6.2}", scores.accuracy);
    println!(
        "confusion (rows gold, columns predicted: negative neutral positive): {:?}",
        scores.confusion
    );
    if args.json {
        let json = serde_json::json!({
            "f1_macro": scores.f1_macro,
            "accuracy": scores.accuracy,
            "per_class": newsnlp_core::Polarity::ALL
                .iter()
                .zip(&scores.per_class)
                .map(|(k, p)| (k.label().to_string(), serde_json::json!({"precision": p.precision(), "recall": p.recall(), "f1": p.f1()})))
                .collect::<serde_json::Map<_, _>>(),
            "targets": data.labels.len(),
        });
        println!("{json}");
    }
    Ok(())
}

fn quotes(
    registry: &newsnlp_core::Registry,
    default_pipeline: &str,
    args: QuotesArgs,
) -> anyhow::Result<()> {
    let pipeline = crate::build_pipeline(registry, default_pipeline, args.pipeline.as_deref())?;
    let docs = newsnlp_quotes::brat::read_dir(&args.brat)?;
    let mut scores = newsnlp_quotes::eval::QuoteScores::default();
    for article in &docs {
        let mut doc = newsnlp_core::Document::new(article.name.clone(), article.text.clone())?;
        pipeline
            .process(&mut doc)
            .map_err(|e| anyhow::anyhow!("{}: {e}", article.name))?;
        let predicted = doc.layers.quotes.as_ref().map_or(&[][..], |l| &l.items[..]);
        scores.add(&article.text, &article.attributions, predicted);
    }
    let row = |name: &str, p: &newsnlp_core::Prf| {
        println!(
            "{name:<22} F1 {:6.2}  P {:6.2}  R {:6.2}  (tp {}, fp {}, fn {})",
            p.f1(),
            p.precision(),
            p.recall(),
            p.true_pos,
            p.false_pos,
            p.false_neg
        );
    };
    println!("{}: {} articles", args.brat.display(), docs.len());
    row("content (overlap)", &scores.content);
    row("content (exact)", &scores.content_exact);
    row("direct content", &scores.direct_content);
    row("indirect content", &scores.indirect_content);
    row("cue (overlap)", &scores.cue);
    row("source (overlap)", &scores.source);
    println!(
        "speaker accuracy       {:6.2}  ({} of {})",
        scores.speaker_accuracy(),
        scores.speakers_correct,
        scores.speakers_scored
    );
    if args.json {
        let json = serde_json::json!({
            "content_f1": scores.content.f1(),
            "content_exact_f1": scores.content_exact.f1(),
            "direct_content_f1": scores.direct_content.f1(),
            "indirect_content_f1": scores.indirect_content.f1(),
            "cue_f1": scores.cue.f1(),
            "source_f1": scores.source.f1(),
            "speaker_accuracy": scores.speaker_accuracy(),
            "content_precision": scores.content.precision(),
            "content_recall": scores.content.recall(),
            "source_precision": scores.source.precision(),
            "source_recall": scores.source.recall(),
            "articles": docs.len(),
        });
        println!("{json}");
    }
    Ok(())
}

fn tokens(args: TokensArgs) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.conllu)
        .with_context(|| format!("reading {}", args.conllu.display()))?;
    let docs =
        ud::read_conllu(&text).with_context(|| format!("parsing {}", args.conllu.display()))?;
    let mut mismatches = Vec::new();
    let eval = ud::evaluate(&docs, args.errors, &mut mismatches);
    for m in &mismatches {
        eprintln!(
            "{}\t{}\tpredicted {:?}\tgold {:?}",
            m.layer, m.doc, m.predicted, m.gold
        );
    }
    let (t, s) = (&eval.tokens, &eval.sentences);
    println!(
        "{}: {} documents, {} words",
        args.conllu.display(),
        eval.documents,
        eval.words
    );
    println!(
        "tokens     P {:6.2}  R {:6.2}  F1 {:6.2}",
        t.precision(),
        t.recall(),
        t.f1()
    );
    println!(
        "sentences  P {:6.2}  R {:6.2}  F1 {:6.2}",
        s.precision(),
        s.recall(),
        s.f1()
    );
    println!(
        "speed      {:.0} words/s, {:.1} MB/s (one thread)",
        eval.words_per_second(),
        eval.bytes as f64 / eval.seconds.max(1e-9) / 1e6
    );
    if args.json {
        let json = serde_json::json!({
            "file": args.conllu.display().to_string(),
            "documents": eval.documents,
            "words": eval.words,
            "token_precision": t.precision(),
            "token_recall": t.recall(),
            "token_f1": t.f1(),
            "sentence_precision": s.precision(),
            "sentence_recall": s.recall(),
            "sentence_f1": s.f1(),
            "words_per_second": eval.words_per_second(),
        });
        println!("{json}");
    }
    Ok(())
}

fn ner(args: NerArgs) -> anyhow::Result<()> {
    let docs = crate::train::read_conll(&args.conll)?;
    let model = crate::ner_model(args.model.as_deref())?;
    let known_names = crate::known_names(args.known_names.as_deref())?;
    let started = std::time::Instant::now();
    let scores = newsnlp_ner::train::evaluate(&model, &known_names, &docs);
    let seconds = started.elapsed().as_secs_f64();
    let tokens: usize = docs
        .iter()
        .flat_map(|d| &d.sentences)
        .map(|s| s.tokens.len())
        .sum();
    let o = &scores.overall;
    println!(
        "{}: {} documents, {} tokens",
        args.conll.display(),
        docs.len(),
        tokens
    );
    println!(
        "overall  P {:6.2}  R {:6.2}  F1 {:6.2}",
        o.precision(),
        o.recall(),
        o.f1()
    );
    for (label, prf) in &scores.per_type {
        println!(
            "{label:<8} P {:6.2}  R {:6.2}  F1 {:6.2}",
            prf.precision(),
            prf.recall(),
            prf.f1()
        );
    }
    println!(
        "speed    {:.0} tokens/s (one thread, features and decoding)",
        tokens as f64 / seconds.max(1e-9)
    );
    if args.json {
        let per_type: serde_json::Map<String, serde_json::Value> = scores
            .per_type
            .iter()
            .map(|(label, prf)| {
                (label.clone(), serde_json::json!({"precision": prf.precision(), "recall": prf.recall(), "f1": prf.f1()}))
            })
            .collect();
        let json = serde_json::json!({
            "file": args.conll.display().to_string(),
            "precision": o.precision(),
            "recall": o.recall(),
            "f1": o.f1(),
            "per_type": per_type,
            "tokens_per_second": tokens as f64 / seconds.max(1e-9),
        });
        println!("{json}");
    }
    Ok(())
}
