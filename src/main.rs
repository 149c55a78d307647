//! The `depeche` command line: parses arguments and calls the library.

use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use depeche::site::{BuildError, BuildOptions};

#[derive(Parser)]
#[command(
    name = "depeche",
    version,
    about = "Static site generator for multilingual news archives about technology incidents"
)]
struct Cli {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Common {
    /// Site root (holds site.toml and content/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    /// Output directory (default: output_dir of site.toml, under the root).
    #[arg(long, global = true)]
    output: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', global = true)]
    jobs: Option<usize>,
    /// Treat every warning as an error (exit code 1).
    #[arg(long, global = true)]
    strict: bool,
    /// Print only errors.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more detail.
    #[arg(long, short = 'v', global = true)]
    verbose: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output directory.
    Build {
        /// Override base_url (e.g. https://example.org/archive/).
        #[arg(long)]
        base_url: Option<String>,
        /// Include articles marked draft.
        #[arg(long)]
        drafts: bool,
    },
    /// Build into a temporary directory and check every internal link and
    /// #anchor; exit code 1 on any warning or broken link.
    Check {
        /// Override base_url (e.g. https://example.org/archive/).
        #[arg(long)]
        base_url: Option<String>,
        /// Include articles marked draft.
        #[arg(long)]
        drafts: bool,
    },
    /// Print one JSON line per article (files or directories; default: the site's content/).
    Extract {
        paths: Vec<PathBuf>,
        /// Language assumed when detection fails (default: the site's, else en).
        #[arg(long)]
        default_language: Option<String>,
    },
    /// Print the site's topics and incidents as one JSON object.
    Topics {
        /// Include articles marked draft.
        #[arg(long)]
        drafts: bool,
    },
    /// Create a new site skeleton in NEW_DIR.
    Init { dir: PathBuf },
    /// Build the site, serve it, rebuild on every change and reload open pages.
    Serve {
        /// Address to listen on (loopback by default; anything else is reachable from other machines).
        #[arg(long, default_value = "127.0.0.1", value_parser = parse_interface)]
        interface: IpAddr,
        /// Port to listen on; 0 picks a free one.
        #[arg(long, short = 'p', default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Build with this base URL and serve under its path (default: the server's own URL).
        #[arg(long)]
        base_url: Option<String>,
        /// Include articles marked draft.
        #[arg(long)]
        drafts: bool,
    },
}

/// An IP address, or `localhost`.
fn parse_interface(s: &str) -> Result<IpAddr, String> {
    if s.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    }
    s.parse()
        .map_err(|_| format!("{s:?} is not an IP address (try 127.0.0.1, ::1 or 0.0.0.0)"))
}

fn main() -> ExitCode {
    depeche::dates::display::quiet_known_icu_assertion();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let c = cli.common;
    match cli.command {
        Command::Build { base_url, drafts } => {
            let opts = BuildOptions {
                root: c.root.clone(),
                output: c.output,
                base_url,
                jobs: c.jobs,
                strict: c.strict,
                drafts,
                progress: !c.quiet,
            };
            match depeche::build(&opts) {
                Ok(report) => {
                    if !c.quiet {
                        for d in &report.diagnostics {
                            eprintln!("{d}");
                        }
                        if c.verbose {
                            for (stage, time) in &report.timings {
                                eprintln!("  {stage:<22} {:8.1} ms", time.as_secs_f64() * 1000.0);
                            }
                        }
                        eprintln!("{}", report.summary());
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(BuildError::Strict { count, diagnostics }) => {
                    for d in &diagnostics {
                        eprintln!("{d}");
                    }
                    eprintln!(
                        "error: --strict: {count} warning(s); build failed, previous output left untouched"
                    );
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => {
                    Err(e).with_context(|| format!("building the site in {}", c.root.display()))
                }
            }
        }
        Command::Check { base_url, drafts } => {
            let opts = BuildOptions {
                root: c.root.clone(),
                output: None,
                base_url,
                jobs: c.jobs,
                strict: false,
                drafts,
                progress: !c.quiet,
            };
            let report = depeche::check::check(&opts)
                .with_context(|| format!("checking the site in {}", c.root.display()))?;
            for d in &report.build.diagnostics {
                eprintln!("{d}");
            }
            for p in &report.links.problems {
                eprintln!("broken link: {p}");
            }
            if !c.quiet || !report.ok() {
                eprintln!(
                    "checked {} page{} and {} link{}: {} broken link{}, {} warning{}",
                    report.links.pages,
                    plural(report.links.pages),
                    report.links.links,
                    plural(report.links.links),
                    report.links.problems.len(),
                    plural(report.links.problems.len()),
                    report.build.diagnostics.len(),
                    plural(report.build.diagnostics.len()),
                );
            }
            Ok(if report.ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Extract {
            paths,
            default_language,
        } => {
            // Inside a site its default language and topics apply.
            let mut settings = depeche::site::load_config(&c.root).ok().map_or_else(
                || depeche::analyze::Settings::with_default_lang("en"),
                |cfg| depeche::analyze::Settings::new(&cfg),
            );
            if let Some(lang) = default_language {
                settings.default_lang = lang;
            }
            let paths = if paths.is_empty() {
                vec![c.root.join("content")]
            } else {
                paths
            };
            let (found, mut diagnostics) = depeche::extract::expand_paths(&paths);
            let results =
                depeche::site::with_jobs(c.jobs, || depeche::extract::extract(&found, &settings))?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            for (line, mut diags) in results {
                if let Some(line) = line {
                    writeln!(out, "{line}").context("writing to stdout")?;
                }
                diagnostics.append(&mut diags);
            }
            out.flush().context("writing to stdout")?;
            if !c.quiet || c.strict {
                for d in &diagnostics {
                    eprintln!("{d}");
                }
            }
            let failed = diagnostics
                .iter()
                .any(|d| d.severity == depeche::Severity::Error && found.len() == 1);
            Ok(if (c.strict && !diagnostics.is_empty()) || failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Topics { drafts } => {
            let (corpus, diagnostics) = depeche::site::corpus(&c.root, c.jobs, drafts)
                .with_context(|| format!("reading the site in {}", c.root.display()))?;
            if !c.quiet || c.strict {
                for d in &diagnostics {
                    eprintln!("{d}");
                }
            }
            if c.strict && !diagnostics.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
            let record = depeche::extract::CorpusRecord::new(&corpus);
            let json = serde_json::to_string_pretty(&record).context("writing JSON")?;
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            writeln!(out, "{json}").context("writing to stdout")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            interface,
            port,
            open,
            base_url,
            drafts,
        } => {
            if c.output.is_some() {
                anyhow::bail!(
                    "--output does not apply to serve: it builds into a private temporary directory (use `depeche build --output DIR`)"
                );
            }
            let opts = depeche::serve::ServeOptions {
                root: c.root.clone(),
                interface,
                port,
                base_url,
                jobs: c.jobs,
                strict: c.strict,
                drafts,
                quiet: c.quiet,
                verbose: c.verbose,
                ..depeche::serve::ServeOptions::default()
            };
            depeche::serve::run(&opts, open)
                .with_context(|| format!("serving the site in {}", c.root.display()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir } => {
            depeche::init::init(&dir)?;
            if !c.quiet {
                eprintln!(
                    "created a new site in {}; build it with: cd {} && depeche build",
                    dir.display(),
                    dir.display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
