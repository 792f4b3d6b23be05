use std::process::ExitCode;

fn main() -> ExitCode {
    coursecal::cli::main()
}
