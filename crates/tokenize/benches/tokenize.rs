//! Throughput of the tokenize stage: tokens, paragraphs and sentences.
//!
//! Text: the first 2 MB of real news from `../shared/data/news-dai2017/news.jsonl`
//! (or `$NEWSNLP_BENCH_CORPUS`) when present, else the bundled samples
//! repeated to the same size. Run: `cargo bench -p newsnlp-tokenize`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsnlp_tokenize::{paragraphs, split_sentences, tokenize};

const TARGET_BYTES: usize = 2_000_000;

fn bench_texts() -> Vec<String> {
    let path = std::env::var("NEWSNLP_BENCH_CORPUS").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/news-dai2017/news.jsonl"
        )
        .to_string()
    });
    let mut texts = Vec::new();
    let mut total = 0;
    if let Ok(corpus) = std::fs::read_to_string(&path) {
        for line in corpus.lines() {
            let Some(start) = line.find("\"text\": \"").map(|i| i + 9) else {
                continue;
            };
            // The bench needs plain text, not a JSON parser: unescape lightly.
            let end = line[start..]
                .find("\", \"")
                .map_or(line.len(), |e| start + e);
            let text = line[start..end].replace("\\n", "\n").replace("\\\"", "\"");
            total += text.len();
            texts.push(text);
            if total >= TARGET_BYTES {
                return texts;
            }
        }
    }
    let samples = [
        include_str!("../../../samples/kim-putin-vladivostok.txt"),
        include_str!("../../../samples/harbour-strike.txt"),
        include_str!("../../../samples/budget-vote.txt"),
        include_str!("../../../samples/flood-warning.txt"),
    ];
    while total < TARGET_BYTES {
        for s in samples {
            total += s.len();
            texts.push(s.to_string());
        }
    }
    texts
}

fn bench(c: &mut Criterion) {
    let texts = bench_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("tokens", |b| {
        b.iter(|| texts.iter().map(|t| tokenize(t).len()).sum::<usize>())
    });
    group.bench_function("tokens+paragraphs+sentences", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    let paras = paragraphs(t);
                    let mut tokens = tokenize(t);
                    split_sentences(t, &mut tokens, &paras).len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
