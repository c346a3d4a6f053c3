//! The `newsnlp` binary: the CLI with every built-in stage.

fn main() {
    std::process::exit(newsnlp_cli::run(
        newsnlp::registry(),
        newsnlp::DEFAULT_PIPELINE,
    ));
}
