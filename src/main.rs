use std::process::ExitCode;

fn main() -> ExitCode {
    coursecal::app::main()
}
