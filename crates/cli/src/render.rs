//! `newsnlp render`: articles as the pipeline reads them.

use std::io::Write;
use std::path::PathBuf;

use newsnlp_core::{Document, Registry};
use newsnlp_io::read::{Corpus, Input, ReadOptions};

use crate::sample::sample_input;

/// Arguments of `newsnlp render`.
#[derive(clap::Args, Debug)]
pub struct RenderArgs {
    /// Inputs as for `annotate`; without any, the bundled sample corpus.
    inputs: Vec<String>,
    /// Pipeline file (TOML); default: the built-in default pipeline.
    #[arg(long)]
    pipeline: Option<PathBuf>,
    /// Only the article with this id.
    #[arg(long)]
    id: Option<String>,
}

/// Runs `newsnlp render`.
pub fn run(registry: &Registry, default_pipeline: &str, args: RenderArgs) -> anyhow::Result<()> {
    let pipeline = crate::build_pipeline(registry, default_pipeline, args.pipeline.as_deref())?;
    let inputs = if args.inputs.is_empty() {
        vec![sample_input()]
    } else {
        args.inputs
            .iter()
            .map(|a| Input::from_arg(a))
            .collect::<Result<_, _>>()?
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for record in Corpus::new(inputs, ReadOptions::default()) {
        let record = record?;
        let mut doc = match record.result {
            Ok(doc) => doc,
            Err(e) => {
                writeln!(out, "!! {e}")?;
                continue;
            }
        };
        if args.id.as_deref().is_some_and(|id| id != doc.id) {
            continue;
        }
        match pipeline.process(&mut doc) {
            Ok(()) => render(&doc, &mut out)?,
            Err(e) => writeln!(out, "!! {}: {e}", doc.id)?,
        }
    }
    out.flush()?;
    Ok(())
}

/// Paragraphs (¶), sentences (one per line) with tokens separated by `·`,
/// boilerplate marked, diagnostics last.
fn render(doc: &Document, out: &mut impl Write) -> std::io::Result<()> {
    let layers = &doc.layers;
    let tokens = layers.token_items();
    writeln!(
        out,
        "== {} ({} paragraphs, {} sentences, {} tokens)",
        doc.id,
        layers.paragraphs.as_ref().map_or(0, |l| l.items.len()),
        layers.sentence_items().len(),
        tokens.len()
    )?;
    let paragraphs = layers.paragraphs.as_ref().map_or(&[][..], |l| &l.items[..]);
    let boilerplate = layers.within_boilerplate(paragraphs, |&p| p);
    let mut t = 0;
    for (para, &boilerplate) in paragraphs.iter().zip(&boilerplate) {
        let mark = if boilerplate { " [boilerplate]" } else { "" };
        writeln!(out, "¶{mark}")?;
        for sentence in layers.sentence_items().iter().filter(|s| para.contains(s)) {
            while t < tokens.len() && tokens[t].span.start < sentence.start {
                t += 1;
            }
            let mut words = Vec::new();
            while t < tokens.len() && tokens[t].span.end <= sentence.end {
                words.push(&doc.text[tokens[t].span.range()]);
                t += 1;
            }
            writeln!(out, "  {}", words.join(" · "))?;
        }
    }
    for d in &layers.diagnostics {
        writeln!(out, "  ! {} {}: {}", d.stage, d.code, d.message)?;
    }
    Ok(())
}
