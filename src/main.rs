//! The `souk` program: runs a command of the CLI; with none, says where the database is
//! and what it holds (the counter's window will open there once it exists).

mod cli;

use std::process::ExitCode;

use clap::Parser;
use souk::i18n::Translator;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let tr = Translator::new(cli::language(&args.global));
    let command = args.command.unwrap_or(cli::Command::Status);
    match cli::run(command, &args.global, &tr) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            cli::report_error(&error, &tr);
            ExitCode::FAILURE
        }
    }
}
