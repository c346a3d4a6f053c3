//! `newsnlp inspect`: look inside an annotated file.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use newsnlp_io::docbin::{DocBinReader, MAGIC};
use newsnlp_io::{jsonl, Record};

/// Arguments of `newsnlp inspect`.
#[derive(clap::Args, Debug)]
pub struct InspectArgs {
    /// A DocBin or JSONL file written by `newsnlp annotate`.
    file: PathBuf,
    /// Only the record with this id.
    #[arg(long)]
    id: Option<String>,
    /// At most N records.
    #[arg(long)]
    limit: Option<usize>,
}

/// Runs `newsnlp inspect`.
pub fn run(args: InspectArgs) -> anyhow::Result<()> {
    let path = &args.file;
    let mut file =
        BufReader::new(File::open(path).with_context(|| format!("opening {}", path.display()))?);
    let is_docbin = file.fill_buf()?.starts_with(MAGIC);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut counts = Counts::default();
    let limit = args.limit.unwrap_or(usize::MAX);
    if is_docbin {
        let mut buf = Vec::new();
        for record in DocBinReader::new(file).with_context(|| path.display().to_string())? {
            let record = record.with_context(|| path.display().to_string())?;
            counts.add(&record);
            if counts.shown < limit && args.id.as_deref().is_none_or(|id| record.id() == Some(id)) {
                buf.clear();
                jsonl::write_record(&mut buf, &record)?;
                out.write_all(&buf)?;
                counts.shown += 1;
            }
        }
    } else {
        inspect_jsonl(file, &args, limit, &mut out, &mut counts)
            .with_context(|| path.display().to_string())?;
    }
    out.flush()?;
    eprintln!(
        "{}: {} records ({} documents, {} errors), {} shown",
        path.display(),
        counts.documents + counts.errors,
        counts.documents,
        counts.errors,
        counts.shown
    );
    Ok(())
}

#[derive(Default)]
struct Counts {
    documents: usize,
    errors: usize,
    shown: usize,
}

impl Counts {
    fn add(&mut self, record: &Record) {
        match record {
            Record::Doc(_) => self.documents += 1,
            Record::Error(_) => self.errors += 1,
        }
    }
}

fn inspect_jsonl(
    file: impl Read,
    args: &InspectArgs,
    limit: usize,
    out: &mut impl Write,
    counts: &mut Counts,
) -> anyhow::Result<()> {
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line?;
        let value: serde_json::Value =
            serde_json::from_str(&line).with_context(|| format!("line {}: not JSON", n + 1))?;
        if value.get("error").is_some() {
            counts.errors += 1;
        } else {
            counts.documents += 1;
        }
        let id_matches = args
            .id
            .as_deref()
            .is_none_or(|id| value["id"].as_str() == Some(id));
        if counts.shown < limit && id_matches {
            writeln!(out, "{line}")?;
            counts.shown += 1;
        }
    }
    Ok(())
}
