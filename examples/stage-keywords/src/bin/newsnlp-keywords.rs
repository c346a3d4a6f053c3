//! The `newsnlp` CLI with the keywords stage registered: every subcommand,
//! flag and output format of `newsnlp`, one more stage for pipeline files.

fn main() {
    let mut registry = newsnlp::registry();
    newsnlp_stage_keywords::register(&mut registry);
    std::process::exit(newsnlp_cli::run(registry, newsnlp::DEFAULT_PIPELINE));
}
