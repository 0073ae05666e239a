//! The `souk` program: with no subcommand it opens the counter's window (feature `gui`);
//! with one, it runs that command of the CLI.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use souk::i18n::Translator;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let tr = Translator::new(cli::language(&args.global));
    let Some(command) = args.command else {
        return open_window(&args.global, tr);
    };
    match cli::run(command, &args.global, &tr) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            cli::report_error(&error, &tr);
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_window(global: &cli::Global, tr: Translator) -> ExitCode {
    let path = cli::database_path(global);
    let clock = match cli::window_clock(&path) {
        Ok(clock) => clock,
        Err(error) => {
            cli::report_error(&error, &tr);
            return ExitCode::FAILURE;
        }
    };
    match souk::ui::run(path, tr.lang(), clock.into()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

/// Without the window, `souk` alone says where the database is and what it holds.
#[cfg(not(feature = "gui"))]
fn open_window(global: &cli::Global, tr: Translator) -> ExitCode {
    match cli::run(cli::Command::Status, global, &tr) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            cli::report_error(&error, &tr);
            ExitCode::FAILURE
        }
    }
}
