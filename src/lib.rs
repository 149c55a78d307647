//! depeche: a static site generator for multilingual news archives about
//! technology incidents.
//!
//! The crate is a pipeline of plain-data stages (see ARCHITECTURE.md):
//! [`discover`] → [`load`] → [`clean`] → [`analyze`] → [`link`] → [`render`],
//! with [`output`] owning how bytes reach the output directory. [`site`]
//! wires the stages into a build, [`extract`] exposes the per-file stages as
//! JSON lines, [`check`] verifies a built site's links, [`serve`] serves a
//! site and rebuilds it as its files change. `main.rs` only parses
//! arguments.

pub mod analyze;
pub mod archive;
pub mod check;
pub mod clean;
pub mod config;
pub mod dates;
pub mod diag;
pub mod discover;
pub mod extract;
pub mod feeds;
pub mod incremental;
pub mod init;
pub mod langdata;
pub mod link;
pub mod load;
pub mod model;
pub mod output;
pub mod paginate;
pub mod render;
pub mod seo;
pub mod serve;
pub mod site;
pub mod text;
pub mod topics;
pub mod urls;
pub mod xml;

pub use config::SiteConfig;
pub use diag::{Diagnostic, Severity};
pub use model::Article;
pub use site::{BuildOptions, BuildReport, build};
