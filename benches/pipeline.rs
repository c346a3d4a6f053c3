//! Criterion benches: each stage alone (tokenize, ner, clusters+quotes,
//! stance) and the whole default pipeline, on a fixed slice of real news,
//! and the whole pipeline on that slice joined into one document.
//!
//! Text: the first 2 MB of `../shared/data/news-dai2017/news.jsonl` (or the
//! JSONL file named by `$NEWSNLP_BENCH_CORPUS`), else the bundled samples
//! repeated to the same size. Throughput is reported in bytes and in words
//! (tokens that are not punctuation nor symbols).
//!
//! `cargo bench --bench pipeline`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsnlp::clusters::ClusterStage;
use newsnlp::core::Stage;
use newsnlp::core::{Document, PipelineSpec};
use newsnlp::io::read::{Corpus, Input, ReadOptions};
use newsnlp::ner::NerStage;
use newsnlp::quotes::QuoteStage;
use newsnlp::stance::StanceStage;
use newsnlp::tokenize::{segment, tokenize, TokenizeStage};

const TARGET_BYTES: usize = 2_000_000;

fn corpus_path() -> std::path::PathBuf {
    std::env::var_os("NEWSNLP_BENCH_CORPUS")
        .map(Into::into)
        .unwrap_or_else(|| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../shared/data/news-dai2017/news.jsonl"
            )
            .into()
        })
}

fn bench_documents() -> Vec<Document> {
    let path = corpus_path();
    let input = if path.is_file() {
        Input::Jsonl(path)
    } else {
        eprintln!(
            "{} not found: benchmarking the bundled samples",
            path.display()
        );
        let samples = [
            "kim-putin-vladivostok.txt",
            "harbour-strike.txt",
            "budget-vote.txt",
            "flood-warning.txt",
        ];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/");
        let texts: Vec<String> = samples
            .iter()
            .map(|s| std::fs::read_to_string(format!("{dir}{s}")).unwrap())
            .collect();
        let repeats = TARGET_BYTES / texts.iter().map(String::len).sum::<usize>() + 1;
        let articles = (0..repeats)
            .flat_map(|r| {
                texts
                    .iter()
                    .enumerate()
                    .map(move |(i, t)| (format!("{r}-{i}"), t.clone()))
            })
            .collect();
        Input::Memory {
            name: "samples".into(),
            articles,
        }
    };
    let mut total = 0;
    Corpus::new(vec![input], ReadOptions::default())
        .filter_map(|r| r.ok()?.result.ok())
        .take_while(|d| {
            total += d.text.len();
            total <= TARGET_BYTES + d.text.len()
        })
        .collect()
}

/// Copies of `docs` with `stages` run over them.
fn annotated(docs: &[Document], stages: &[&dyn Stage]) -> Vec<Document> {
    let mut out = docs.to_vec();
    for doc in &mut out {
        for stage in stages {
            stage.process(doc).unwrap();
        }
    }
    out
}

/// Times `stages` over fresh copies of `docs`.
fn bench_stages(b: &mut criterion::Bencher, docs: &[Document], stages: &[&dyn Stage]) {
    b.iter_batched(
        || docs.to_vec(),
        |mut batch| {
            for doc in &mut batch {
                for stage in stages {
                    stage.process(doc).unwrap();
                }
            }
            batch
        },
        criterion::BatchSize::LargeInput,
    )
}

fn bench(c: &mut Criterion) {
    let docs = bench_documents();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let spec = PipelineSpec::parse(newsnlp::DEFAULT_PIPELINE, "default").unwrap();
    let pipeline = newsnlp::registry().build(&spec).unwrap();
    let words: usize = docs
        .iter()
        .map(|d| tokenize(&d.text).iter().filter(|t| t.is_word()).count())
        .sum();

    let mut group = c.benchmark_group("tokenize");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("tokens/bytes", |b| {
        b.iter(|| docs.iter().map(|d| tokenize(&d.text).len()).sum::<usize>())
    });
    let segment = || {
        docs.iter()
            .map(|d| segment(&d.text).sentences.len())
            .sum::<usize>()
    };
    group.bench_function("tokens+paragraphs+sentences/bytes", |b| b.iter(segment));
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("tokens+paragraphs+sentences/words", |b| b.iter(segment));
    group.finish();

    // Each later stage alone, on documents the earlier stages annotated.
    let tokenize_stage = TokenizeStage::default();
    let tokenized = annotated(&docs, &[&tokenize_stage]);
    let tokens: usize = tokenized.iter().map(|d| d.layers.token_items().len()).sum();
    let ner = NerStage::new(
        newsnlp::ner::shipped_model().unwrap(),
        newsnlp::ner::shipped_known_names().unwrap(),
    );
    let mut group = c.benchmark_group("ner");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("tokens", |b| bench_stages(b, &tokenized, &[&ner]));
    group.finish();

    let tagged = annotated(&tokenized, &[&ner]);
    let clusters = ClusterStage::new(
        newsnlp::clusters::shipped_aliases().unwrap(),
        newsnlp::clusters::shipped_first_names().unwrap(),
        newsnlp::clusters::shipped_full_names().unwrap(),
    );
    let quotes = QuoteStage::new(
        newsnlp::quotes::shipped_lexicon().unwrap(),
        newsnlp::quotes::shipped_content_ends().unwrap(),
        newsnlp::quotes::shipped_report_scorer().unwrap(),
    );
    let mut group = c.benchmark_group("quotes");
    group.sample_size(10);
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("clusters+quotes/words", |b| {
        bench_stages(b, &tagged, &[&clusters, &quotes])
    });
    group.finish();

    let quoted = annotated(&tagged, &[&clusters, &quotes]);
    let stance = StanceStage::new(newsnlp::stance::shipped_model().unwrap());
    let targets: usize = annotated(&quoted, &[&stance])
        .iter()
        .map(|d| d.layers.stances.as_ref().map_or(0, |l| l.items.len()))
        .sum();
    let mut group = c.benchmark_group("stance");
    group.sample_size(10);
    group.throughput(Throughput::Elements(targets as u64));
    group.bench_function("targets", |b| bench_stages(b, &quoted, &[&stance]));
    group.finish();

    let mut group = c.benchmark_group("pipeline");
    group.sample_size(20);
    for (unit, throughput) in [
        ("bytes", Throughput::Bytes(bytes as u64)),
        ("words", Throughput::Elements(words as u64)),
    ] {
        group.throughput(throughput);
        group.bench_function(format!("default/{unit}"), |b| {
            b.iter_batched(
                || docs.clone(),
                |mut batch| {
                    for doc in &mut batch {
                        pipeline.process(doc).unwrap();
                    }
                    batch
                },
                criterion::BatchSize::LargeInput,
            )
        });
    }
    // The same articles as one document: the stages' work must stay
    // linear in a document's length (transcripts, reports, books).
    let joined = docs
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let long_document = Document::new("all-in-one", joined).unwrap();
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("default-one-document/words", |b| {
        b.iter_batched(
            || long_document.clone(),
            |mut doc| {
                pipeline.process(&mut doc).unwrap();
                doc
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
