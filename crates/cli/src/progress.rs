//! A progress bar on stderr when stderr is a terminal.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsnlp_io::runner::Summary;

/// Shows articles/s and words/s, and an ETA when the input size is known.
pub struct Progress {
    bar: Option<ProgressBar>,
    bytes_read: Arc<AtomicU64>,
}

impl Progress {
    /// A bar over `total_bytes` of input (if known); hidden unless stderr
    /// is a terminal and `enabled`.
    pub fn new(enabled: bool, total_bytes: Option<u64>, bytes_read: Arc<AtomicU64>) -> Self {
        let bar = (enabled && std::io::stderr().is_terminal()).then(|| {
            let (bar, template) = match total_bytes {
                Some(total) => (
                    ProgressBar::new(total),
                    "{bar:30} {percent:>3}% {msg} ETA {eta}",
                ),
                None => (ProgressBar::no_length(), "{spinner} {msg}"),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, bytes_read }
    }

    /// Updates the bar from running totals.
    pub fn update(&self, summary: &Summary) {
        let Some(bar) = &self.bar else {
            return;
        };
        let secs = summary.seconds.max(1e-6);
        bar.set_position(self.bytes_read.load(Ordering::Relaxed));
        bar.set_message(format!(
            "{} articles, {:.0} articles/s, {:.0} words/s, {} errors",
            summary.records,
            summary.records as f64 / secs,
            summary.words as f64 / secs,
            summary.errors
        ));
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
