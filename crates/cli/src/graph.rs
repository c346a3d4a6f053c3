//! `newsnlp graph`: sum annotated articles into a who-said-what-about-whom
//! graph by canonical names.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use anyhow::Context;
use newsnlp_io::docbin::{DocBinReader, MAGIC};
use newsnlp_io::graph::{self, ArticleStances, CorpusGraph};
use newsnlp_io::Record;

/// Arguments of `newsnlp graph`.
#[derive(clap::Args, Debug)]
pub struct GraphArgs {
    /// Annotated files (JSONL or DocBin) written by `newsnlp annotate`.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output directory: nodes.csv, edges.csv, graph.json, graph.graphml,
    /// graph.gexf (each written atomically).
    #[arg(short, long)]
    output: PathBuf,
    /// Leave out edges with fewer stances than this.
    #[arg(long, default_value_t = 1)]
    min_count: u64,
}

/// Runs `newsnlp graph`.
pub fn run(args: GraphArgs) -> anyhow::Result<()> {
    let mut corpus = CorpusGraph::default();
    let mut skipped = 0u64;
    for path in &args.inputs {
        skipped += add_file(&mut corpus, path).with_context(|| path.display().to_string())?;
    }
    let (nodes, edges) = corpus.finish(args.min_count);
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("creating {}", args.output.display()))?;
    let files = [
        ("nodes.csv", graph::nodes_csv(&nodes)),
        ("edges.csv", graph::edges_csv(&edges)),
        (
            "graph.json",
            graph::graph_json(corpus.articles, &nodes, &edges)?,
        ),
        ("graph.graphml", graph::graphml(&nodes, &edges)),
        ("graph.gexf", graph::gexf(&nodes, &edges)),
    ];
    for (name, text) in files {
        crate::write_atomically(&args.output.join(name), text.as_bytes())?;
    }
    tracing::info!(
        "{} articles ({skipped} error records skipped): {} nodes, {} edges in {}",
        corpus.articles,
        nodes.len(),
        edges.len(),
        args.output.display()
    );
    Ok(())
}

/// Adds the articles of one file; returns how many error records it held.
fn add_file(corpus: &mut CorpusGraph, path: &Path) -> anyhow::Result<u64> {
    let mut file = BufReader::new(File::open(path)?);
    let mut skipped = 0;
    if file.fill_buf()?.starts_with(MAGIC) {
        for record in DocBinReader::new(file)? {
            match record? {
                Record::Doc(doc) => corpus.add(&ArticleStances::from_document(&doc)),
                Record::Error(_) => skipped += 1,
            }
        }
        return Ok(skipped);
    }
    for (n, line) in file.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match ArticleStances::from_jsonl(&line)
            .with_context(|| format!("line {}: not an annotated record", n + 1))?
        {
            Some(article) => corpus.add(&article),
            None => skipped += 1,
        }
    }
    Ok(skipped)
}
