//! The built site served under a sub-path by a real static file server
//! (tower-http's `ServeDir`, nested at `/archive/` in axum): every page and
//! every internal link of every page answers 200 over HTTP.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use axum::body::Bytes;
use common::*;
use depeche::site::BuildOptions;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use tower_http::services::ServeDir;
use url::Url;

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Empty<Bytes>>;

async fn get(client: &HttpClient, addr: std::net::SocketAddr, path: &str) -> (u16, Vec<u8>) {
    let uri: axum::http::Uri = format!("http://{addr}{path}").parse().expect("uri");
    let response = tokio::time::timeout(Duration::from_secs(20), client.get(uri))
        .await
        .unwrap_or_else(|_| panic!("GET {path} timed out"))
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let status = response.status().as_u16();
    let body = response
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes().to_vec())
        .unwrap_or_default();
    (status, body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_internal_link_answers_200_under_a_sub_path() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let base_url = "https://example.org/archive/";
    depeche::build(&BuildOptions {
        root: repo(),
        output: Some(public.clone()),
        base_url: Some(base_url.into()),
        ..BuildOptions::default()
    })
    .expect("build");
    let app = axum::Router::new().nest_service("/archive", ServeDir::new(&public));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();

    let base = Url::parse(base_url).unwrap();
    let files = tree(&public);
    let mut targets = BTreeSet::new();
    let mut pages = 0;
    for rel in files.keys().filter(|r| r.ends_with(".html")) {
        let page_path = rel.strip_suffix("index.html").unwrap_or(rel);
        let page_url = base.join(page_path).unwrap();
        let (status, body) = get(&client, addr, page_url.path()).await;
        assert_eq!(status, 200, "GET {}", page_url.path());
        assert_eq!(body, files[rel], "{rel} served as built");
        pages += 1;
        for (link, _) in depeche::check::scan_html(&String::from_utf8_lossy(&body)).links {
            let Ok(target) = page_url.join(&link) else {
                panic!("{rel}: unparsable link {link}");
            };
            if target.origin() == base.origin() {
                assert!(
                    target.path().starts_with(base.path()),
                    "{rel}: {link} leaves the sub-path"
                );
                let mut path = target.path().to_string();
                if let Some(q) = target.query() {
                    path = format!("{path}?{q}");
                }
                targets.insert((path, rel.clone()));
            }
        }
    }
    let unique: BTreeSet<&String> = targets.iter().map(|(p, _)| p).collect();
    assert!(pages >= 60, "{pages} pages");
    assert!(
        unique.len() >= 60,
        "{} distinct internal links",
        unique.len()
    );
    for path in &unique {
        let (status, _) = get(&client, addr, path).await;
        let from = targets.iter().find(|(p, _)| p == *path).map(|(_, r)| r);
        assert_eq!(status, 200, "GET {path} (linked from {from:?})");
    }
    // Feeds, sitemap and robots.txt are served too, with absolute URLs.
    for file in [
        "rss.xml",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "fr/rss.xml",
    ] {
        let (status, body) = get(&client, addr, &format!("/archive/{file}")).await;
        assert_eq!(status, 200, "{file}");
        assert!(
            String::from_utf8_lossy(&body).contains(base_url),
            "{file} has absolute URLs under the base"
        );
    }
    server.abort();
}
