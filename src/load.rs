//! Stage 2: bytes → text. Encoding detection, front matter, body kind.

use std::path::Path;

use serde::Deserialize;

use crate::diag::{Diagnostic, line_of_offset};
use crate::model::{BodyKind, Document, FrontMatter};

/// Decodes file bytes. A BOM wins; then UTF-16 without BOM (recognised by its
/// zero bytes); then valid UTF-8; then chardetng's guess among legacy encodings
/// (Windows-1252 covers Latin-1 text as browsers do).
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), String> {
    let (encoding, bom_len) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, len)) => (Some(enc), len),
        None => (utf16_without_bom(bytes), 0),
    };
    let payload = &bytes[bom_len..];
    if payload.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty file, skipped".into());
    }
    let encoding = match encoding {
        Some(enc) => enc,
        None if payload.contains(&0) => {
            return Err("binary file (contains NUL bytes), skipped".into());
        }
        None if std::str::from_utf8(payload).is_ok() => encoding_rs::UTF_8,
        None => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(payload, true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        }
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(payload);
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if had_errors && encoding == encoding_rs::UTF_8 || controls * 100 > text.chars().count() {
        return Err("binary or undecodable file, skipped".into());
    }
    Ok((text.into_owned(), encoding.name()))
}

/// UTF-16 text without a BOM has a zero byte in nearly every other position.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Front matter as written. Strings and lists are checked by serde; the date
/// may be a TOML datetime or a string.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Option<String>,
    date: Option<RawDate>,
    lang: Option<String>,
    source: Option<String>,
    url: Option<String>,
    author: Option<String>,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    draft: bool,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawDate {
    Text(String),
    Toml(toml::value::Datetime),
}

impl From<RawFrontMatter> for FrontMatter {
    fn from(raw: RawFrontMatter) -> Self {
        let trimmed = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        FrontMatter {
            title: trimmed(raw.title),
            date: raw.date.map(|d| match d {
                RawDate::Text(s) => s.trim().to_string(),
                RawDate::Toml(dt) => dt.to_string(),
            }),
            lang: trimmed(raw.lang),
            source: trimmed(raw.source),
            url: trimmed(raw.url),
            author: trimmed(raw.author),
            topics: raw
                .topics
                .into_iter()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            draft: raw.draft,
        }
    }
}

/// Where the front matter is and how it is written.
struct Fenced<'a> {
    yaml: bool,
    inner: &'a str,
    /// 1-based line of the first line inside the fence.
    inner_line: usize,
    body: &'a str,
    body_line: usize,
}

fn find_front_matter(text: &str) -> Result<Option<Fenced<'_>>, String> {
    let first = text.lines().next().unwrap_or("").trim_end();
    let (fence, yaml) = match first {
        "+++" => ("+++", false),
        "---" => ("---", true),
        _ => return Ok(None),
    };
    let start = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        if line.trim_end() == fence {
            let body_start = offset + line.len();
            return Ok(Some(Fenced {
                yaml,
                inner: &text[start..offset],
                inner_line: 2,
                body: &text[body_start..],
                body_line: line_of_offset(text, body_start.min(text.len())),
            }));
        }
        offset += line.len();
    }
    Err(format!(
        "front matter opened with `{fence}` on line 1 is never closed"
    ))
}

fn parse_front_matter(f: &Fenced<'_>) -> Result<FrontMatter, (usize, String)> {
    if f.yaml {
        if f.inner.trim().is_empty() {
            return Ok(FrontMatter::default());
        }
        serde_yaml::from_str::<RawFrontMatter>(f.inner)
            .map(FrontMatter::from)
            .map_err(|e| {
                let line = e.location().map_or(0, |l| l.line().saturating_sub(1));
                (
                    f.inner_line + line,
                    format!("invalid YAML front matter: {e}"),
                )
            })
    } else {
        toml::from_str::<RawFrontMatter>(f.inner)
            .map(FrontMatter::from)
            .map_err(|e| {
                let line = e.span().map_or(1, |s| line_of_offset(f.inner, s.start));
                (
                    f.inner_line + line - 1,
                    format!("invalid TOML front matter: {}", e.message().trim()),
                )
            })
    }
}

/// Reads and decodes one article file. `Err` means the file is skipped; the
/// warnings in `Ok` concern a file that is still used.
pub fn load(path: &Path, rel_path: &str) -> Result<(Document, Vec<Diagnostic>), Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(path, None, format!("cannot read: {e}")))?;
    load_bytes(path, rel_path, &bytes)
}

/// [`load`] on bytes already in memory.
pub fn load_bytes(
    path: &Path,
    rel_path: &str,
    bytes: &[u8],
) -> Result<(Document, Vec<Diagnostic>), Diagnostic> {
    let (text, encoding) = decode(bytes).map_err(|m| Diagnostic::error(path, None, m))?;
    let text = normalize_newlines(&text);
    let kind = match path.extension().and_then(|e| e.to_str()) {
        Some("md" | "markdown") => BodyKind::Markdown,
        _ => BodyKind::Text,
    };
    let mut warnings = Vec::new();
    let fenced = find_front_matter(&text).map_err(|m| Diagnostic::error(path, Some(1), m))?;
    let (front, body, body_line) = match fenced {
        None => (FrontMatter::default(), text.as_str(), 1),
        Some(f) => match parse_front_matter(&f) {
            Ok(front) => (front, f.body, f.body_line),
            Err((line, message)) => {
                warnings.push(Diagnostic::warning(
                    path,
                    Some(line),
                    format!("{message}; front matter ignored"),
                ));
                (FrontMatter::default(), f.body, f.body_line)
            }
        },
    };
    if body.trim().is_empty() && front.title.is_none() {
        return Err(Diagnostic::error(
            path,
            Some(body_line),
            "no article text, skipped",
        ));
    }
    Ok((
        Document {
            path: path.to_path_buf(),
            rel_path: rel_path.to_string(),
            front,
            kind,
            body: body.to_string(),
            body_line,
            encoding,
            source_hash: xxhash_rust::xxh3::xxh3_64(bytes),
        },
        warnings,
    ))
}

fn normalize_newlines(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, bytes: &[u8]) -> Result<(Document, Vec<Diagnostic>), Diagnostic> {
        load_bytes(Path::new(name), name, bytes)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let (d, _) = doc("a.txt", "\u{feff}Panne générale".as_bytes()).unwrap();
        assert_eq!(d.body, "Panne générale");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let text = "Störung bei Facebook\nDer Dienst war gestört.";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(doc("a.txt", &le).unwrap().0.body, text);
        assert_eq!(doc("a.txt", &be).unwrap().0.body, text);
    }

    #[test]
    fn utf16_without_bom() {
        let text = "Panne chez Twitter : le réseau social était bloqué.";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let (d, _) = doc("a.txt", &le).unwrap();
        assert_eq!(d.body, text);
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn latin1_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Le réseau social était bloqué dimanche 28 décembre. Où était l'équipe ?");
        let (d, _) = doc("a.txt", &bytes).unwrap();
        assert!(
            d.body.contains("était bloqué dimanche 28 décembre"),
            "{}",
            d.body
        );
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn empty_and_binary_files_are_skipped() {
        assert!(doc("a.txt", b"").unwrap_err().message.contains("empty"));
        assert!(
            doc("a.txt", b"  \n\n ")
                .unwrap_err()
                .message
                .contains("empty")
        );
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        assert!(doc("a.txt", png).unwrap_err().message.contains("binary"));
    }

    #[test]
    fn toml_front_matter() {
        let src = "+++\ntitle = \"Panne\"\ndate = 2021-10-04\nlang = \"fr\"\ntopics = [\"facebook\"]\n+++\nCorps.\n";
        let (d, w) = doc("a.md", src.as_bytes()).unwrap();
        assert!(w.is_empty());
        assert_eq!(d.front.title.as_deref(), Some("Panne"));
        assert_eq!(d.front.date.as_deref(), Some("2021-10-04"));
        assert_eq!(d.front.topics, ["facebook"]);
        assert_eq!(d.body, "Corps.\n");
        assert_eq!(d.body_line, 7);
        assert_eq!(d.kind, BodyKind::Markdown);
    }

    #[test]
    fn yaml_front_matter() {
        let src = "---\ntitle: Storing\ndate: 2021-10-04\nlang: nl\n---\nTekst.\n";
        let (d, _) = doc("a.md", src.as_bytes()).unwrap();
        assert_eq!(d.front.title.as_deref(), Some("Storing"));
        assert_eq!(d.front.date.as_deref(), Some("2021-10-04"));
        assert_eq!(d.front.lang.as_deref(), Some("nl"));
    }

    #[test]
    fn broken_front_matter_warns_with_line_and_keeps_body() {
        let src = "+++\ntitle = \"ok\"\ndate = = 3\n+++\nCorps du texte.\n";
        let (d, w) = doc("a.md", src.as_bytes()).unwrap();
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(3), "{}", w[0]);
        assert_eq!(d.front, FrontMatter::default());
        assert_eq!(d.body, "Corps du texte.\n");
    }

    #[test]
    fn unknown_front_matter_key_is_reported() {
        let src = "---\ntitle: x\ncolour: red\n---\nBody.\n";
        let (_, w) = doc("a.md", src.as_bytes()).unwrap();
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("colour"), "{}", w[0]);
        assert_eq!(w[0].line, Some(3), "{}", w[0]);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = doc("a.md", b"+++\ntitle = \"x\"\nbody\n").unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.contains("never closed"));
    }

    #[test]
    fn crlf_is_normalised() {
        let (d, _) = doc("a.txt", b"Titre\r\n\r\nTexte.\r\n").unwrap();
        assert_eq!(d.body, "Titre\n\nTexte.\n");
    }
}
