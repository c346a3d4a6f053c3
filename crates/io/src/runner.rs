//! The streaming runner: reader thread → bounded queue of batches → the
//! pipeline over each batch in parallel (rayon) → writer thread, in input
//! order. At most a few batches are in memory at once, so memory stays flat
//! however large the corpus.

use std::io;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::Instant;

use newsnlp_core::Pipeline;
use rayon::prelude::*;

use crate::output::RecordSink;
use crate::read::{Corpus, InputRecord};
use crate::{word_count, Record, RecordError};

/// Batches waiting between reader, workers and writer.
const QUEUE_DEPTH: usize = 2;

/// How to run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Articles per batch.
    pub batch_size: usize,
    /// Input records to skip (already written by an interrupted run).
    pub skip: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            batch_size: 256,
            skip: 0,
        }
    }
}

/// Counts of a run, also passed to the progress callback after each batch.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Records written (documents plus error records).
    pub records: u64,
    /// Error records among them.
    pub errors: u64,
    /// Words in the annotated documents.
    pub words: u64,
    /// Bytes of article text annotated.
    pub text_bytes: u64,
    /// Records skipped because a previous run had written them.
    pub skipped: u64,
    /// Seconds since the run started.
    pub seconds: f64,
}

/// A fatal error: the run stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// An input could not be read.
    #[error("reading input: {0}")]
    Read(io::Error),
    /// The output could not be written.
    #[error("writing output: {0}")]
    Write(io::Error),
}

type Batch = Vec<InputRecord>;
type Annotated = Vec<(Record, u64, u64)>;

/// Runs `pipeline` over `corpus`, writing one record per input record to
/// `sink` in input order. `on_batch` sees the running totals after each
/// written batch.
pub fn run(
    pipeline: &Pipeline,
    corpus: Corpus,
    sink: RecordSink,
    options: &RunOptions,
    mut on_batch: impl FnMut(&Summary) + Send,
) -> Result<Summary, RunError> {
    let started = Instant::now();
    let batch_size = options.batch_size.max(1);
    let skip = options.skip;
    std::thread::scope(|scope| {
        let (batch_tx, batch_rx) = sync_channel::<Result<Batch, io::Error>>(QUEUE_DEPTH);
        let (out_tx, out_rx) = sync_channel::<Annotated>(QUEUE_DEPTH);
        let reader = scope.spawn(move || read_batches(corpus, batch_size, skip, batch_tx));
        let writer = scope.spawn(move || write_batches(sink, out_rx, skip, started, &mut on_batch));
        let mut read_error = None;
        for batch in batch_rx {
            let batch = match batch {
                Ok(b) => b,
                Err(e) => {
                    read_error = Some(e);
                    break;
                }
            };
            if out_tx.send(annotate(pipeline, batch)).is_err() {
                break; // the writer failed; its error is reported below
            }
        }
        drop(out_tx);
        let summary = writer
            .join()
            .unwrap_or_else(|_| Err(RunError::Write(io::Error::other("writer thread panicked"))));
        // The reader stops by itself once its channel is closed.
        let _ = reader.join();
        match (read_error, summary) {
            (Some(e), _) => Err(RunError::Read(e)),
            (None, s) => s,
        }
    })
}

fn read_batches(
    corpus: Corpus,
    batch_size: usize,
    skip: u64,
    tx: SyncSender<Result<Batch, io::Error>>,
) {
    let mut batch = Vec::with_capacity(batch_size);
    for (index, record) in corpus.enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let _ = tx.send(Err(e));
                return;
            }
        };
        if (index as u64) < skip {
            continue;
        }
        batch.push(record);
        if batch.len() == batch_size {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(batch_size));
            if tx.send(Ok(full)).is_err() {
                return;
            }
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(Ok(batch));
    }
}

/// Annotates one batch in parallel; output order is input order.
fn annotate(pipeline: &Pipeline, batch: Batch) -> Annotated {
    batch
        .into_par_iter()
        .map(|record| match record.result {
            Ok(mut doc) => match pipeline.process(&mut doc) {
                Ok(()) => {
                    let words = word_count(&doc) as u64;
                    let bytes = doc.text.len() as u64;
                    (Record::Doc(Box::new(doc)), words, bytes)
                }
                Err(failure) => {
                    let err = RecordError {
                        input: record.input.to_string(),
                        line: record.line,
                        id: Some(doc.id),
                        stage: Some(failure.stage),
                        reason: failure.reason,
                    };
                    (Record::Error(err), 0, 0)
                }
            },
            Err(err) => (Record::Error(err), 0, 0),
        })
        .collect()
}

fn write_batches(
    mut sink: RecordSink,
    rx: Receiver<Annotated>,
    skipped: u64,
    started: Instant,
    on_batch: &mut (impl FnMut(&Summary) + Send),
) -> Result<Summary, RunError> {
    let mut summary = Summary {
        skipped,
        ..Summary::default()
    };
    for batch in rx {
        for (record, words, bytes) in &batch {
            sink.write(record).map_err(RunError::Write)?;
            summary.records += 1;
            summary.errors += matches!(record, Record::Error(_)) as u64;
            summary.words += words;
            summary.text_bytes += bytes;
        }
        sink.flush().map_err(RunError::Write)?;
        summary.seconds = started.elapsed().as_secs_f64();
        on_batch(&summary);
    }
    sink.finish().map_err(RunError::Write)?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
