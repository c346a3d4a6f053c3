//! End-to-end tests of the `newsnlp` binary and the facade: one test binary,
//! one module per concern.

#[path = "e2e/cli.rs"]
mod cli;
#[path = "e2e/clusters.rs"]
mod clusters;
#[path = "e2e/entities.rs"]
mod entities;
#[path = "e2e/first_names_training.rs"]
mod first_names_training;
#[path = "e2e/founding_article.rs"]
mod founding_article;
#[path = "e2e/full_names_training.rs"]
mod full_names_training;
#[path = "e2e/offsets.rs"]
mod offsets;
#[path = "e2e/quotes.rs"]
mod quotes;
#[path = "e2e/quotes_training.rs"]
mod quotes_training;
#[path = "e2e/stance.rs"]
mod stance;
#[path = "e2e/support.rs"]
mod support;
