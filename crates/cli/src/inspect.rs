//! `newsnlp inspect`: look inside an annotated file.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use newsnlp_core::english::Gender;
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
        "{}: {} records ({} documents, {} errors), {} shown; {}",
        path.display(),
        counts.documents + counts.errors,
        counts.documents,
        counts.errors,
        counts.shown,
        counts.speakers
    );
    Ok(())
}

#[derive(Default)]
struct Counts {
    documents: usize,
    errors: usize,
    shown: usize,
    speakers: SpeakerGenders,
}

impl Counts {
    fn add(&mut self, record: &Record) {
        match record {
            Record::Doc(doc) => {
                self.documents += 1;
                let clusters = doc.layers.cluster_items();
                for quote in doc.layers.quotes.iter().flat_map(|l| &l.items) {
                    if quote.within.is_none() {
                        let gender = quote
                            .speaker_cluster
                            .and_then(|c| clusters.get(c as usize))
                            .and_then(|c| c.gender);
                        self.speakers.add(gender.map(Gender::label));
                    }
                }
            }
            Record::Error(_) => self.errors += 1,
        }
    }
}

/// The quotes that stand alone (within no other) by the gender of their
/// speaker, as the output marks it: who is quoted, women or men.
#[derive(Default)]
struct SpeakerGenders {
    male: usize,
    female: usize,
    unmarked: usize,
}

impl SpeakerGenders {
    /// Counts one quote, whose speaker's gender label is `gender`.
    fn add(&mut self, gender: Option<&str>) {
        match gender {
            Some("male") => self.male += 1,
            Some("female") => self.female += 1,
            _ => self.unmarked += 1,
        }
    }
}

impl std::fmt::Display for SpeakerGenders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let quotes = self.male + self.female + self.unmarked;
        let marked = self.male + self.female;
        write!(
            f,
            "{quotes} quotes: {} said by a man, {} by a woman",
            self.male, self.female
        )?;
        if marked > 0 {
            write!(
                f,
                " ({:.1}% of those marked)",
                100.0 * self.female as f64 / marked as f64
            )?;
        }
        write!(f, ", {} by a speaker of no marked gender", self.unmarked)
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
            let quotes = value["quotes"].as_array().map_or(&[][..], Vec::as_slice);
            for quote in quotes.iter().filter(|q| q["within"].is_null()) {
                counts.speakers.add(quote["speaker_gender"].as_str());
            }
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
