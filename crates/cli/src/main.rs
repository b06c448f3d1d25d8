//! The `ccwire` command.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = ccwire_cli::Cli::parse();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    ccwire_cli::run(&cli, &mut stdout.lock(), &mut stderr.lock())
}
