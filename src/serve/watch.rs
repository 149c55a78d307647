//! Watching the site's sources: notify, debounced, classified into
//! [`Changes`].
//!
//! Only the sources are watched — `site.toml` (through a non-recursive watch
//! of the root, since editors replace files by renaming), `content/`,
//! `themes/`, `templates/` and `static/` — never the whole root, whose
//! `public/` may hold a directory per page (one inotify watch each). A source
//! directory created or removed while serving is picked up on the next change.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::{Changes, Log, Msg, ServeError};

/// Directories whose changes affect every page.
const SITE_DIRS: [&str; 3] = ["themes", "templates", "static"];
const CONTENT: &str = "content";
const CONFIG: &str = "site.toml";

pub(crate) struct Watcher {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    /// Source directories under a recursive watch now.
    watched: BTreeSet<&'static str>,
}

impl Watcher {
    /// Watches the sources of the site at `root` (canonical), ignoring
    /// `build_dir`, and sends each debounced batch of changes to `to_builder`.
    pub(crate) fn start(
        root: &Path,
        build_dir: &Path,
        debounce: Duration,
        to_builder: mpsc::Sender<Msg>,
    ) -> Result<Watcher, ServeError> {
        let (root_c, build_dir) = (root.to_path_buf(), build_dir.to_path_buf());
        let handler = move |result: DebounceEventResult| {
            let msg = match result {
                // The kernel dropped events: what changed is unknown.
                Ok(events) if events.iter().any(|e| e.need_rescan()) => {
                    Msg::Changes(Changes::everything())
                }
                Ok(events) => {
                    let changes = classify(
                        &root_c,
                        &build_dir,
                        events
                            .into_iter()
                            // Opening a file to read it (as every build does) is an event too.
                            .filter(|e| !matches!(e.kind, EventKind::Access(_)))
                            .flat_map(|e| e.event.paths),
                    );
                    if changes.is_empty() {
                        return;
                    }
                    Msg::Changes(changes)
                }
                Err(errors) => Msg::WatchError(
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            let _ = to_builder.send(msg);
        };
        let debouncer =
            new_debouncer(debounce, None, handler).map_err(|source| ServeError::Watch {
                path: root.to_path_buf(),
                source,
            })?;
        let mut watcher = Watcher {
            debouncer,
            root: root.to_path_buf(),
            watched: BTreeSet::new(),
        };
        watcher
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|source| ServeError::Watch {
                path: root.to_path_buf(),
                source,
            })?;
        for name in std::iter::once(CONTENT).chain(SITE_DIRS) {
            let dir = root.join(name);
            if dir.is_dir() {
                watcher
                    .debouncer
                    .watch(&dir, RecursiveMode::Recursive)
                    .map_err(|source| ServeError::Watch { path: dir, source })?;
                watcher.watched.insert(name);
            }
        }
        Ok(watcher)
    }

    /// Starts watching source directories that appeared, forgets those that
    /// went (their watch died with them).
    pub(crate) fn refresh(&mut self, log: &Log) {
        for name in std::iter::once(CONTENT).chain(SITE_DIRS) {
            let dir = self.root.join(name);
            let exists = dir.is_dir();
            if exists && !self.watched.contains(name) {
                match self.debouncer.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(name);
                    }
                    Err(e) => {
                        log.error(format_args!("warning: cannot watch {}: {e}", dir.display()))
                    }
                }
            } else if !exists && self.watched.remove(name) {
                let _ = self.debouncer.unwatch(&dir);
            }
        }
    }
}

/// Sorts changed paths into site-wide and content changes; drops what no
/// build reads (editor swap and backup files, hidden files, the output).
pub(crate) fn classify(
    root: &Path,
    ignored: &Path,
    paths: impl IntoIterator<Item = PathBuf>,
) -> Changes {
    let mut changes = Changes::default();
    for path in paths {
        if path.starts_with(ignored) {
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let names: Vec<&str> = rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(n) => n.to_str(),
                _ => None,
            })
            .collect();
        if names.is_empty() || names.iter().any(|n| is_editor_noise(n)) {
            continue;
        }
        let top = names[0];
        if names.len() == 1 && top == CONFIG || SITE_DIRS.contains(&top) {
            changes.site_wide = true;
            changes.site_files.push(path);
        } else if top == CONTENT && is_content_change(&path, &names) {
            changes.content.push(path);
        }
    }
    changes.site_files.sort();
    changes.site_files.dedup();
    changes.content.sort();
    changes.content.dedup();
    changes
}

/// A content path that the build reads: an article file, or a directory
/// (moved or removed whole, so its articles went with it). `_`-prefixed
/// entries are skipped by discovery.
fn is_content_change(path: &Path, names: &[&str]) -> bool {
    if names[1..].iter().any(|n| n.starts_with('_')) {
        return false;
    }
    if crate::discover::is_article_path(path) {
        return true;
    }
    match std::fs::metadata(path) {
        Ok(m) => m.is_dir(),
        // Gone: a directory if it had no extension, else some other file.
        Err(_) => path.extension().is_none(),
    }
}

/// Files editors write beside the one being saved: vim's `.x.swp` and its
/// `4913` probe, `x~` backups, emacs' `#x#` and `.#x`, JetBrains' safe-write
/// files, Kate's swap, Chrome's `.crswap`, generic `.tmp`. Hidden files and
/// folders (`.git`, `.DS_Store`) are never read by a build either.
fn is_editor_noise(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.starts_with('#')
        || name == "4913"
        || name.contains("___jb_")
        || [".swp", ".swo", ".swx", ".tmp", ".kate-swp", ".crswap"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_sources_and_drops_noise() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("content/fr")).unwrap();
        std::fs::write(root.join("content/fr/a.md"), "x").unwrap();
        std::fs::write(root.join("content/fr/photo.jpg"), "x").unwrap();
        let build = Path::new("/tmp/depeche-serve-x");
        let p = |rel: &str| root.join(rel);
        let changes = classify(
            root,
            build,
            [
                p("content/fr/a.md"),
                p("content/fr/a.md"),
                p("content/fr/.a.md.swp"),
                p("content/fr/a.md~"),
                p("content/fr/4913"),
                p("content/fr/#a.md#"),
                p("content/fr/_draft.md"),
                p("content/fr/photo.jpg"),
                p("content/fr/gone.txt"),
                p("content/fr"),
                p("content/es"),
                p("content/es.zip"),
                p("public/index.html"),
                p(".git/index"),
                p("README.md"),
                build.join("site/index.html"),
            ],
        );
        assert!(!changes.site_wide);
        assert_eq!(
            changes.content,
            [
                p("content/es"),
                p("content/fr"),
                p("content/fr/a.md"),
                p("content/fr/gone.txt")
            ]
        );
        let changes = classify(
            root,
            build,
            [
                p("site.toml"),
                p("templates/article.html"),
                p("themes/mine/static/style.css"),
                p("static/logo.svg"),
                p("templates/.article.html.swp"),
                p("content/site.toml"),
            ],
        );
        assert!(changes.site_wide);
        assert_eq!(changes.site_files.len(), 4);
        assert!(changes.content.is_empty());
    }
}
