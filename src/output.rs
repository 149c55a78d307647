//! Writing the output directory: atomically, and without rewriting what did
//! not change.
//!
//! Pages are written into a staging directory beside the output. A build that
//! fails before [`Output::commit`] removes the staging directory and leaves the
//! previous output untouched. When an earlier output exists with its manifest
//! (a list of the files depeche wrote there and their hashes), only files
//! whose bytes changed are staged; commit renames them into place one by one
//! (each rename is atomic, so no reader ever sees a half-written file) and
//! deletes the files the new build no longer produces. A marker file makes an
//! interrupted commit finish on the next build. Without a usable previous
//! output, the whole staging directory is renamed into place.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use xxhash_rust::xxh3::xxh3_64;

#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct OutputError {
    pub path: PathBuf,
    pub source: io::Error,
}

fn err(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| OutputError {
        path: path.to_path_buf(),
        source,
    }
}

/// What a commit did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CommitStats {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

#[derive(Debug)]
enum Mode {
    /// No previous output: everything is staged and the directory renamed in.
    Fresh,
    /// A previous output with a manifest: only changes are staged.
    Incremental(BTreeMap<String, (u64, u64)>),
}

/// A build's output in progress.
#[derive(Debug)]
pub struct Output {
    target: PathBuf,
    staging: PathBuf,
    manifest_path: PathBuf,
    mode: Mode,
    /// rel path → (hash, size) of every file this build produces.
    produced: Mutex<BTreeMap<String, (u64, u64)>>,
    /// Files this build staged; `None` when finishing an interrupted
    /// commit, whose staged files are found on disk.
    staged: Mutex<Option<std::collections::BTreeSet<String>>>,
}

const COMMIT_MARKER: &str = ".depeche-commit-in-progress";

fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.{suffix}"))
}

impl Output {
    /// Prepares to write `target`, finishing or discarding leftovers of an
    /// interrupted earlier build first.
    pub fn begin(target: &Path) -> Result<Output, OutputError> {
        let target = absolute(target);
        let staging = sibling(&target, "depeche-staging");
        let manifest_path = sibling(&target, "depeche-manifest");
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(err(parent))?;
        }
        if staging.join(COMMIT_MARKER).exists() {
            let pending = Output {
                target: target.clone(),
                staging: staging.clone(),
                manifest_path: manifest_path.clone(),
                mode: Mode::Incremental(BTreeMap::new()),
                produced: Mutex::new(read_manifest(&staging.join(COMMIT_MARKER))),
                staged: Mutex::new(None),
            };
            pending.finish_incremental()?;
        } else if staging.exists() {
            fs::remove_dir_all(&staging).map_err(err(&staging))?;
        }
        let old_old = sibling(&target, "depeche-old");
        if old_old.exists() {
            fs::remove_dir_all(&old_old).map_err(err(&old_old))?;
        }
        let mode = if target.is_dir() && manifest_path.is_file() {
            Mode::Incremental(read_manifest(&manifest_path))
        } else {
            Mode::Fresh
        };
        fs::create_dir_all(&staging).map_err(err(&staging))?;
        Ok(Output {
            target,
            staging,
            manifest_path,
            mode,
            produced: Mutex::new(BTreeMap::new()),
            staged: Mutex::new(Some(std::collections::BTreeSet::new())),
        })
    }

    /// Records one output file; safe to call from many threads.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), OutputError> {
        let entry = (xxh3_64(bytes), bytes.len() as u64);
        let unchanged = match &self.mode {
            Mode::Incremental(old) => {
                old.get(rel) == Some(&entry)
                    && fs::metadata(self.target.join(rel))
                        .is_ok_and(|m| m.is_file() && m.len() == entry.1)
            }
            Mode::Fresh => false,
        };
        if !unchanged {
            let path = self.staging.join(rel);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(err(parent))?;
            }
            fs::write(&path, bytes).map_err(err(&path))?;
            if let Some(staged) = self
                .staged
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .as_mut()
            {
                staged.insert(rel.to_string());
            }
        }
        let previous = self
            .produced
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), entry);
        debug_assert!(previous.is_none(), "{rel} written twice");
        Ok(())
    }

    /// Records that `rel` stays as the previous build wrote it, without its
    /// bytes. Returns false (and records nothing) when the previous build
    /// wrote no such file: the caller must write it. Trusts the manifest
    /// (no look at the file): for an output only depeche writes, as the
    /// preview server's, where a check per kept file would cost more than
    /// the rebuild.
    pub fn keep(&self, rel: &str) -> bool {
        let Mode::Incremental(old) = &self.mode else {
            return false;
        };
        let Some(&entry) = old.get(rel) else {
            return false;
        };
        self.produced
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_string(), entry);
        true
    }

    /// Discards everything this build wrote.
    pub fn abort(self) {
        let _ = fs::remove_dir_all(&self.staging);
    }

    /// Makes the staged output the output.
    pub fn commit(self) -> Result<CommitStats, OutputError> {
        match &self.mode {
            Mode::Fresh => {
                let produced = self
                    .produced
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .clone();
                let old = sibling(&self.target, "depeche-old");
                let had_old = self.target.exists();
                if had_old {
                    fs::rename(&self.target, &old).map_err(err(&self.target))?;
                }
                fs::rename(&self.staging, &self.target).map_err(err(&self.target))?;
                write_manifest(&self.manifest_path, &produced)?;
                if had_old {
                    fs::remove_dir_all(&old).map_err(err(&old))?;
                }
                Ok(CommitStats {
                    written: produced.len(),
                    ..CommitStats::default()
                })
            }
            Mode::Incremental(_) => {
                // The marker holds the new manifest: an interrupted commit can be
                // finished from it, since the staged files are the remaining work.
                write_manifest(
                    &self.staging.join(COMMIT_MARKER),
                    &self.produced.lock().unwrap_or_else(|e| e.into_inner()),
                )?;
                self.finish_incremental()
            }
        }
    }

    fn finish_incremental(&self) -> Result<CommitStats, OutputError> {
        let produced = self.produced.lock().unwrap_or_else(|e| e.into_inner());
        let read;
        let old = match &self.mode {
            Mode::Incremental(old) if !old.is_empty() => old,
            _ => {
                read = if self.manifest_path.is_file() {
                    read_manifest(&self.manifest_path)
                } else {
                    BTreeMap::new()
                };
                &read
            }
        };
        let mut stats = CommitStats::default();
        let staged_set = self.staged.lock().unwrap_or_else(|e| e.into_inner()).take();
        for rel in produced.keys() {
            let was_staged = match &staged_set {
                Some(set) => set.contains(rel),
                None => self.staging.join(rel).is_file(),
            };
            if was_staged {
                let staged = self.staging.join(rel);
                let dest = self.target.join(rel);
                if let Some(parent) = dest.parent() {
                    fs::create_dir_all(parent).map_err(err(parent))?;
                }
                fs::rename(&staged, &dest).map_err(err(&dest))?;
                stats.written += 1;
            } else {
                stats.unchanged += 1;
            }
        }
        for rel in old.keys().filter(|r| !produced.contains_key(*r)) {
            let path = self.target.join(rel);
            match fs::remove_file(&path) {
                Ok(()) => {
                    stats.removed += 1;
                    remove_empty_parents(&path, &self.target);
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(err(&path)(e)),
            }
        }
        write_manifest(&self.manifest_path, &produced)?;
        fs::remove_dir_all(&self.staging).map_err(err(&self.staging))?;
        Ok(stats)
    }
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

fn remove_empty_parents(path: &Path, root: &Path) {
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == root || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

fn read_manifest(path: &Path) -> BTreeMap<String, (u64, u64)> {
    let Ok(text) = fs::read_to_string(path) else {
        return BTreeMap::new();
    };
    text.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let hash = u64::from_str_radix(parts.next()?, 16).ok()?;
            let size = parts.next()?.parse().ok()?;
            Some((parts.next()?.to_string(), (hash, size)))
        })
        .collect()
}

fn write_manifest(path: &Path, files: &BTreeMap<String, (u64, u64)>) -> Result<(), OutputError> {
    use std::fmt::Write;
    let mut text = String::with_capacity(files.len() * 64);
    for (rel, (hash, size)) in files {
        // Writing into a String cannot fail.
        let _ = writeln!(text, "{hash:016x} {size} {rel}");
    }
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, text).map_err(err(&tmp))?;
    fs::rename(&tmp, path).map_err(err(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(p: &Path) -> String {
        fs::read_to_string(p).unwrap()
    }

    #[test]
    fn fresh_then_incremental_then_aborted() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let out = Output::begin(&target).unwrap();
        out.write("index.html", b"home").unwrap();
        out.write("fr/a/index.html", b"a").unwrap();
        out.write("fr/b/index.html", b"b").unwrap();
        assert!(!target.exists(), "nothing visible before commit");
        assert_eq!(out.commit().unwrap().written, 3);
        assert_eq!(read(&target.join("fr/a/index.html")), "a");

        let out = Output::begin(&target).unwrap();
        out.write("index.html", b"home").unwrap();
        out.write("fr/a/index.html", b"a2").unwrap();
        let stats = out.commit().unwrap();
        assert_eq!(
            stats,
            CommitStats {
                written: 1,
                unchanged: 1,
                removed: 1
            }
        );
        assert_eq!(read(&target.join("fr/a/index.html")), "a2");
        assert!(!target.join("fr/b").exists(), "emptied directories go too");

        let out = Output::begin(&target).unwrap();
        out.write("index.html", b"broken").unwrap();
        out.abort();
        assert_eq!(read(&target.join("index.html")), "home");
        assert!(!sibling(&target, "depeche-staging").exists());
    }

    #[test]
    fn a_deleted_output_file_is_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let out = Output::begin(&target).unwrap();
        out.write("a.html", b"a").unwrap();
        out.commit().unwrap();
        fs::remove_file(target.join("a.html")).unwrap();
        let out = Output::begin(&target).unwrap();
        out.write("a.html", b"a").unwrap();
        assert_eq!(out.commit().unwrap().written, 1);
        assert_eq!(read(&target.join("a.html")), "a");
    }

    #[test]
    fn an_interrupted_commit_is_finished() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let out = Output::begin(&target).unwrap();
        out.write("a.html", b"a").unwrap();
        out.commit().unwrap();
        // Simulate a crash after the marker was written.
        let out = Output::begin(&target).unwrap();
        out.write("a.html", b"a2").unwrap();
        let produced = out.produced.lock().unwrap().clone();
        write_manifest(&out.staging.join(COMMIT_MARKER), &produced).unwrap();
        std::mem::forget(out);
        let out = Output::begin(&target).unwrap();
        assert_eq!(read(&target.join("a.html")), "a2");
        out.abort();
    }

    #[test]
    fn foreign_output_directory_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        fs::create_dir_all(&target).unwrap();
        fs::write(target.join("stale.html"), "old").unwrap();
        let out = Output::begin(&target).unwrap();
        out.write("index.html", b"new").unwrap();
        out.commit().unwrap();
        assert!(!target.join("stale.html").exists());
        assert_eq!(read(&target.join("index.html")), "new");
    }
}
