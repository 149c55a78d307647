//! `depeche init DIR`: a skeleton site that builds at once.

use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{} already exists and is not empty; choose a new directory", .0.display())]
    NotEmpty(PathBuf),
    #[error("cannot write {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

const SITE_TOML: &str = r#"# depeche site configuration. Every key is optional.
title = "My incident archive"
description = "Technology incidents, reported in many languages."
base_url = "https://example.org/"
default_language = "en"
theme = "default"
output_dir = "public"
page_size = 50          # articles per page of the home, language and archive lists

[feeds]
limit = 50              # newest articles per feed (0: every article)
full_content = false    # true: feed entries carry the whole article

[languages.fr]
title = "Mes archives d'incidents"
description = "Les incidents technologiques, racontés dans plusieurs langues."
"#;

const SAMPLE: &str = "Example Tech News\nNetworks\n\nA regional internet provider restores service after a long outage\n\nCustomers of a regional internet provider lost their connection for most of Tuesday morning, the company said, after a faulty router update spread across its network.\n\nEngineers rolled back the update shortly before noon and service returned to normal in the afternoon, according to a statement published on the company's website.\n\nWhat went wrong?\n\nThe provider said the update had been tested in a laboratory but behaved differently on older equipment still used in rural areas. It promised a full report within two weeks.\n\nShare Tweet Email\n";

/// Writes the skeleton; refuses to touch a non-empty directory.
pub fn init(dir: &Path) -> Result<(), InitError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InitError::Io { path, source }
    };
    if dir.exists() && fs::read_dir(dir).map_err(io(dir))?.next().is_some() {
        return Err(InitError::NotEmpty(dir.to_path_buf()));
    }
    let article_dir = dir.join("content/en/example-tech-news");
    fs::create_dir_all(&article_dir).map_err(io(&article_dir))?;
    fs::write(dir.join("site.toml"), SITE_TOML).map_err(io(&dir.join("site.toml")))?;
    let article = article_dir.join("provider-outage.txt");
    fs::write(&article, SAMPLE).map_err(io(&article))?;
    fs::write(dir.join(".gitignore"), "/public\n/.public.*\n")
        .map_err(io(&dir.join(".gitignore")))?;
    Ok(())
}
