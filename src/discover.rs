//! Stage 1: find the article files under `content/`.

use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use crate::diag::Diagnostic;

/// A discovered article file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub path: PathBuf,
    /// Relative to the content root, `/`-separated.
    pub rel_path: String,
}

/// Extensions depeche reads as articles.
pub fn is_article_path(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "markdown")
    )
}

fn is_skipped(entry: &DirEntry) -> bool {
    entry.depth() > 0
        && entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with('.') || n.starts_with('_'))
}

/// Walks `root`, following symlinks (walkdir detects loops and reports them),
/// skipping hidden and `_`-prefixed entries. Sorted, so builds are deterministic.
pub fn discover(root: &Path) -> (Vec<Found>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut diags = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_skipped(e));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_article_path(entry.path()) => {
                let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
                let rel_path = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push(Found {
                    path: entry.path().to_path_buf(),
                    rel_path,
                });
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                let message = if err.loop_ancestor().is_some() {
                    "symbolic link loop, skipped".to_string()
                } else {
                    format!("cannot read: {err}")
                };
                diags.push(Diagnostic::warning(&path, None, message));
            }
        }
    }
    (found, diags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn finds_articles_and_skips_hidden_and_underscored() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("fr/bfm")).unwrap();
        fs::create_dir_all(root.join("_drafts")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        fs::write(root.join("fr/bfm/a.txt"), "x").unwrap();
        fs::write(root.join("fr/b.md"), "x").unwrap();
        fs::write(root.join("fr/_c.txt"), "x").unwrap();
        fs::write(root.join("fr/.d.txt"), "x").unwrap();
        fs::write(root.join("fr/e.jpg"), "x").unwrap();
        fs::write(root.join("_drafts/f.txt"), "x").unwrap();
        fs::write(root.join(".git/g.txt"), "x").unwrap();
        let (found, diags) = discover(root);
        let rels: Vec<_> = found.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(rels, ["fr/b.md", "fr/bfm/a.txt"]);
        assert!(diags.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_not_followed_forever() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("en")).unwrap();
        fs::write(root.join("en/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root, root.join("en/loop")).unwrap();
        let (found, diags) = discover(root);
        assert_eq!(found.len(), 1);
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.contains("loop"));
    }
}
