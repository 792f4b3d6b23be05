use std::process::ExitCode;

// The parser compiles and runs many small patterns, each allocating and freeing many small
// buffers: glibc's malloc was a quarter of a first run's instructions (BENCHMARKS.md,
// "After (session 8, parser cost)"). mimalloc's small-object fast path is a few instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    coursecal::cli::main()
}
