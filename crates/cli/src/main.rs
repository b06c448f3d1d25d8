//! The `ccwire` command.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match ccwire_cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&e),
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    // Line by line on a terminal; in blocks into a pipe or a file (`run` flushes at the end).
    if std::io::IsTerminal::is_terminal(&stdout) {
        ccwire_cli::run(&cli, &mut stdout.lock(), &mut stderr.lock())
    } else {
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout.lock());
        ccwire_cli::run(&cli, &mut out, &mut stderr.lock())
    }
}

/// Prints a usage error (exit 2), or `--help` / `--version` (exit 0; 2 when standard output
/// cannot be written, quietly 0 when it is a closed pipe), as [`ccwire_cli::run`] would.
fn clap_exit(e: &clap::Error) -> ExitCode {
    let printed = e.print().and_then(|()| std::io::stdout().flush());
    if e.use_stderr() {
        return ExitCode::from(2);
    }
    match printed {
        Err(write) if write.kind() != std::io::ErrorKind::BrokenPipe => {
            let _ = writeln!(std::io::stderr(), "ccwire: cannot write output: {write}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// With the `mimalloc` feature, the command allocates through mimalloc (faster on ordinary
/// streams, more memory on hostile lines; the crate's manifest says how much).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
