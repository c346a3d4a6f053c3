//! The `newsnlp` binary: the CLI with every built-in stage.

/// The stages allocate many small, short-lived vectors and strings per
/// article from every rayon thread; mimalloc's thread-local free lists
/// serve them faster than glibc's arenas (the whole pipeline runs about a
/// fifth faster).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_e`.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps the process's memory near what it uses: freed pages go back to
/// the system at once, not a second later (arenas are committed as they
/// fill: `MI_DEFAULT_ARENA_EAGER_COMMIT=0` in `.cargo/config.toml`, since
/// the first arena exists before `main`). Without both, peak RSS on the
/// benchmark corpus grows from 55 to 100 MB on one thread (137 MB on two).
fn keep_memory_tight() {
    // SAFETY: `mi_option_set` stores an integer in mimalloc's option
    // table; it is called before any other thread exists.
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
    }
}

fn main() {
    keep_memory_tight();
    std::process::exit(newsnlp_cli::run(
        newsnlp::registry(),
        newsnlp::DEFAULT_PIPELINE,
    ));
}
