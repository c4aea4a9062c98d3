//! The `zicha` command: parses arguments, calls the library, maps the outcome to an exit code
//! (0 done, 1 below `--fail-under`, 2 usage or input error).

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    zicha::install_panic_filter();
    let args = cli::Cli::parse_from(cli::protect_exclusions(std::env::args_os()));
    let lang = args.lang;
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            use std::io::Write;
            let mut stderr = anstream::stderr();
            let _ = writeln!(stderr, "zicha: {}", err.render(lang));
            ExitCode::from(2)
        }
    }
}
