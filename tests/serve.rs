//! `depeche serve` through its library API: a real server on an ephemeral
//! port over a temp site, real HTTP requests, real file edits.

mod common;
mod live;

use std::fs;
use std::time::Duration;

use depeche::serve::{ServeOptions, Server};
use live::*;

const SCRIPT_TAG: &str = "<script src=\"/__depeche/live.js\"></script>";

#[test]
fn serves_pages_with_content_types_and_the_reload_script() {
    let site = small_site();
    let server = start(site.path());
    assert!(
        server.url().starts_with("http://127.0.0.1:"),
        "{}",
        server.url()
    );
    assert_ne!(server.addr().port(), 0, "the bound port is resolved");

    let home = get(server.url());
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.header("cache-control"), Some("no-store"));
    assert!(
        home.body.contains(&format!("{SCRIPT_TAG}\n</body>")),
        "script before </body>"
    );
    assert_eq!(home.body.matches(SCRIPT_TAG).count(), 1);
    let headlines: Vec<String> = cards(&home.body).into_iter().map(|(_, h)| h).collect();
    assert!(
        headlines.contains(&"Grid failure darkens the city".to_string()),
        "{headlines:?}"
    );

    let url = article_url(&server, "Grid failure darkens the city").expect("article on home");
    let page = get(&url);
    assert_eq!(page.status, 200);
    assert_eq!(
        common::h1(&page.body).as_deref(),
        Some("Grid failure darkens the city")
    );
    assert!(page.body.contains(SCRIPT_TAG));

    // The files on disk are what `depeche build` writes: no script in them.
    let on_disk = fs::read_to_string(server.site_dir().join("index.html")).unwrap();
    assert!(
        !on_disk.contains("__depeche"),
        "the script is added when serving only"
    );
    assert_eq!(home.body.replace(&format!("{SCRIPT_TAG}\n"), ""), on_disk);

    let css = get(&format!("{}style.css", server.url()));
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(!css.body.contains("__depeche"), "only HTML gets the script");

    let script = get(&format!("http://{}/__depeche/live.js", server.addr()));
    assert_eq!(script.status, 200);
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.body.contains("EventSource(\"/__depeche/events\")"));
    assert!(script.body.contains("__depeche-overlay"));
    assert!(
        script.body.contains(".textContent = message"),
        "the overlay sets text, not HTML"
    );
}

#[test]
fn head_answers_headers_without_a_body() {
    let site = small_site();
    let server = start(site.path());
    let got = get(server.url());
    let head = head(server.url());
    assert_eq!(head.status, 200);
    assert_eq!(
        head.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(
        head.header("content-length"),
        Some(got.body.len().to_string().as_str())
    );
    assert!(head.body.is_empty());
    // The same over a raw connection: nothing follows the headers.
    let (status, text) = live::raw(
        server.addr(),
        "HEAD /style.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 200);
    assert!(text.ends_with("\r\n\r\n"), "{text}");
    let missing = live::head(&format!("{}no-such-page/", server.url()));
    assert_eq!(missing.status, 404);
    assert!(missing.body.is_empty());
}

#[test]
fn missing_pages_get_the_theme_404_page() {
    let site = small_site();
    let server = start(site.path());
    let resp = get(&format!("{}en/no-such-article/", server.url()));
    assert_eq!(resp.status, 404);
    assert_eq!(
        resp.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let theme_404 = fs::read_to_string(server.site_dir().join("404.html")).unwrap();
    assert!(
        theme_404.contains("class=\"not-found\""),
        "the theme's page"
    );
    assert_eq!(resp.body.replace(&format!("{SCRIPT_TAG}\n"), ""), theme_404);
    assert!(resp.body.contains(SCRIPT_TAG), "a 404 page reloads too");
    // A file asked for as a directory is not found either.
    assert_eq!(get(&format!("{}style.css/", server.url())).status, 404);
    // Live-reload paths are reserved, and unknown ones are not found.
    assert_eq!(
        get(&format!("http://{}/__depeche/nope", server.addr())).status,
        404
    );
}

#[test]
fn directories_redirect_to_their_slash_and_are_never_listed() {
    let site = small_site();
    let server = start(site.path());
    let base = format!("http://{}", server.addr());
    let resp = get(&format!("{base}/en"));
    assert_eq!(resp.status, 301);
    assert_eq!(resp.header("location"), Some("/en/"));
    let resp = get(&format!("{base}/en?page=2"));
    assert_eq!(
        resp.header("location"),
        Some("/en/?page=2"),
        "the query is kept"
    );
    assert_eq!(get(&format!("{base}/en/")).status, 200);

    // A directory without index.html is not listed.
    let dir = server.site_dir().join("files");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("a.txt"), "a").unwrap();
    let resp = get(&format!("{base}/files/"));
    assert_eq!(resp.status, 404);
    assert!(!resp.body.contains("a.txt"));
    assert_eq!(get(&format!("{base}/files/a.txt")).status, 200);

    let post = live::raw(
        server.addr(),
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(post.0, 405);
    assert!(
        post.1.to_ascii_lowercase().contains("allow: get, head"),
        "{}",
        post.1
    );
}

#[test]
fn requests_outside_the_site_are_refused() {
    let site = small_site();
    let server = start(site.path());
    // A secret beside the served directory, and the site's own sources above.
    let outside = server.site_dir().parent().unwrap().to_path_buf();
    fs::write(outside.join("secret.txt"), "TOP-SECRET").unwrap();
    let attempts = [
        "/../secret.txt",
        "/en/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/en%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/%5c..%5csecret.txt",
        "//secret.txt",
        "/./index.html",
        "/index.html%00",
        "/%c0%ae%c0%ae/secret.txt",
    ];
    for path in attempts {
        let (status, text) = raw_get(server.addr(), path);
        assert_eq!(status, 400, "{path}: {text}");
        assert!(!text.contains("TOP-SECRET"), "{path}");
    }
    // An absolute-form request target carries the same path rules.
    let (status, text) = live::raw(
        server.addr(),
        "GET http://localhost/../secret.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 400, "{text}");
    // An absolute file-system path is a path inside the site.
    let (status, text) = raw_get(server.addr(), "/etc/passwd");
    assert_eq!(status, 404, "{text}");
    assert!(!text.contains("root:"));

    // Symlinks inside the site that lead out of it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        let dir = server.site_dir();
        symlink(outside.join("secret.txt"), dir.join("leak.txt")).unwrap();
        symlink(&outside, dir.join("up")).unwrap();
        symlink(dir.join("style.css"), dir.join("also-style.css")).unwrap();
        for path in ["/leak.txt", "/up/secret.txt"] {
            let (status, text) = raw_get(server.addr(), path);
            assert_eq!(status, 403, "{path}: {text}");
            assert!(!text.contains("TOP-SECRET"), "{path}");
        }
        let (status, _) = raw_get(server.addr(), "/also-style.css");
        assert_eq!(status, 200, "a symlink within the site is served");
    }
}

#[test]
fn edits_additions_and_deletions_are_served_after_a_reload_event() {
    let site = small_site();
    let server = start(site.path());
    let (mut events, hello) = Events::open(&server);
    assert_eq!(hello.data["error"], serde_json::Value::Null);
    let first_build = hello.data["build"].as_u64().unwrap();

    // Edit an article's headline.
    let grid = site.path().join("content/en/grid.md");
    save(
        &grid,
        &article(
            "Grid failure darkens the whole region",
            "A substation fault cut power to most of the region on Friday morning.",
        ),
    );
    let reload = events.next(&["reload", "build-error"]);
    assert_eq!(reload.name, "reload", "{:?}", reload.data);
    assert!(reload.data["build"].as_u64().unwrap() > first_build);
    assert!(reload.data["written"].as_u64().unwrap() > 0);
    let url = article_url(&server, "Grid failure darkens the whole region")
        .expect("the new headline is on the home page");
    let page = get(&url);
    assert_eq!(page.status, 200);
    assert_eq!(
        common::h1(&page.body).as_deref(),
        Some("Grid failure darkens the whole region")
    );
    assert!(article_url(&server, "Grid failure darkens the city").is_none());

    // Add one.
    save(
        &site.path().join("content/en/rail.md"),
        &article(
            "Signal fault halts trains",
            "A signalling fault stopped every train on the network for three hours.",
        ),
    );
    assert_eq!(events.next(&["reload", "build-error"]).name, "reload");
    let rail = article_url(&server, "Signal fault halts trains").expect("added article");
    assert_eq!(get(&rail).status, 200);

    // Delete it: its page goes.
    fs::remove_file(site.path().join("content/en/rail.md")).unwrap();
    let reload = events.next(&["reload", "build-error"]);
    assert_eq!(reload.name, "reload");
    assert!(reload.data["removed"].as_u64().unwrap() > 0);
    let gone = get(&rail);
    assert_eq!(gone.status, 404);
    assert!(gone.body.contains("class=\"not-found\""));
    assert!(article_url(&server, "Signal fault halts trains").is_none());
}

#[test]
fn every_open_stream_gets_the_reload_event() {
    let site = small_site();
    let server = start(site.path());
    let (mut a, hello_a) = Events::open(&server);
    let (mut b, hello_b) = Events::open(&server);
    assert_eq!(hello_a.data["server"], hello_b.data["server"]);
    assert!(
        hello_a.data["server"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
    );
    save(
        &site.path().join("content/en/mail.md"),
        &article(
            "Mail service stalls for a day",
            "Messages queued for a day and a night.",
        ),
    );
    let ra = a.next(&["reload"]);
    let rb = b.next(&["reload"]);
    assert_eq!(ra.data["build"], rb.data["build"]);
    for key in ["rendered", "written", "removed", "ms"] {
        assert!(ra.data[key].is_u64(), "{key} in {:?}", ra.data);
    }
    // A page connecting now is told the build it would have missed.
    let (_, hello) = Events::open(&server);
    assert_eq!(hello.data["build"], ra.data["build"]);
}

#[test]
fn a_broken_template_keeps_the_last_good_site_and_recovers() {
    let site = small_site();
    let template = common::repo().join("themes/default/templates/article.html");
    let good = fs::read_to_string(&template).unwrap();
    let override_path = site.path().join("templates/article.html");
    fs::create_dir_all(override_path.parent().unwrap()).unwrap();
    fs::write(&override_path, &good).unwrap();
    let server = start(site.path());
    let url = article_url(&server, "Bank app outage locks out customers").unwrap();
    let before = get(&url);
    assert_eq!(before.status, 200);
    let (mut events, _) = Events::open(&server);

    save(
        &override_path,
        good.replace("{{ article.headline }}", "{{ article.headline <b>broken")
            .as_bytes(),
    );
    let error = events.next(&["build-error", "reload"]);
    assert_eq!(error.name, "build-error", "{:?}", error.data);
    let message = error.data["message"].as_str().unwrap();
    assert!(message.contains("article.html"), "{message}");
    // The last good page is still served, with the script that shows the overlay.
    let during = get(&url);
    assert_eq!(during.status, 200);
    assert_eq!(during.body, before.body);
    assert!(during.body.contains(SCRIPT_TAG));
    // A page loaded now learns of the error as soon as it connects.
    let (_, hello) = Events::open(&server);
    assert_eq!(hello.data["error"].as_str(), Some(message));

    save(
        &override_path,
        good.replace("<h1>", "<h1 class=\"fixed\">").as_bytes(),
    );
    let reload = events.next(&["reload", "build-error"]);
    assert_eq!(reload.name, "reload", "{:?}", reload.data);
    let after = get(&url);
    assert!(
        after.body.contains("<h1 class=\"fixed\">"),
        "new template served"
    );
    let (_, hello) = Events::open(&server);
    assert_eq!(hello.data["error"], serde_json::Value::Null);
}

#[test]
fn a_broken_config_is_reported_and_fixed_without_a_restart() {
    let site = small_site();
    let server = start(site.path());
    let (mut events, _) = Events::open(&server);
    save(
        &site.path().join("site.toml"),
        b"title = \"Serve test\"\nbase_ulr = 3\n",
    );
    let error = events.next(&["build-error", "reload"]);
    assert_eq!(error.name, "build-error");
    let message = error.data["message"].as_str().unwrap();
    assert!(message.contains("site.toml:2"), "{message}");
    assert_eq!(
        get(server.url()).status,
        200,
        "the last good site is served"
    );
    save(
        &site.path().join("site.toml"),
        b"title = \"Renamed archive\"\ndefault_language = \"en\"\n",
    );
    assert_eq!(events.next(&["reload", "build-error"]).name, "reload");
    assert!(get(server.url()).body.contains("Renamed archive"));
}

#[test]
fn a_source_folder_created_while_serving_is_watched() {
    let site = small_site();
    let server = start(site.path());
    let (mut events, _) = Events::open(&server);
    let template = common::repo().join("themes/default/templates/article.html");
    let good = fs::read_to_string(&template).unwrap();
    let path = site.path().join("templates/article.html");
    save(&path, good.replace("<h1>", "<h1 class=\"v1\">").as_bytes());
    events.next(&["reload"]);
    let url = article_url(&server, "Mail service stalls for a day").unwrap();
    wait_for("the first override to be served", || {
        get(&url).body.contains("<h1 class=\"v1\">").then_some(())
    });
    // A later edit inside the new folder is seen too.
    save(&path, good.replace("<h1>", "<h1 class=\"v2\">").as_bytes());
    wait_for("the second override to be served", || {
        get(&url).body.contains("<h1 class=\"v2\">").then_some(())
    });
}

#[test]
fn a_failed_first_build_still_serves_and_recovers() {
    let site = small_site();
    let path = site.path().join("templates/index.html");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(
        &path,
        "{% extends \"base.html\" %}{% block content %}{{ oops ",
    )
    .unwrap();
    let server = start(site.path());
    let (mut events, hello) = Events::open(&server);
    let message = hello.data["error"]
        .as_str()
        .expect("the error is reported")
        .to_string();
    assert!(message.contains("index.html"), "{message}");
    let home = get(server.url());
    assert_eq!(home.status, 404, "nothing was built yet");
    assert!(
        home.body.contains(SCRIPT_TAG),
        "the page still shows the overlay"
    );

    let good =
        fs::read_to_string(common::repo().join("themes/default/templates/index.html")).unwrap();
    save(&path, good.as_bytes());
    assert_eq!(events.next(&["reload", "build-error"]).name, "reload");
    assert_eq!(get(server.url()).status, 200);
}

#[test]
fn the_site_is_served_under_the_base_url_path() {
    let site = small_site();
    let server = Server::start(&ServeOptions {
        base_url: Some("https://example.org/archive".to_string()),
        ..options(site.path())
    })
    .unwrap();
    assert!(server.url().ends_with("/archive/"), "{}", server.url());
    let root = format!("http://{}", server.addr());
    let home = get(&format!("{root}/archive/"));
    assert_eq!(home.status, 200);
    let links = cards(&home.body);
    assert!(!links.is_empty());
    assert!(
        links
            .iter()
            .all(|(href, _)| href.starts_with("/archive/en/")),
        "{links:?}"
    );
    assert!(
        home.body.contains("https://example.org/archive/"),
        "canonical URL"
    );
    let (href, _) = &links[0];
    assert_eq!(get(&format!("{root}{href}")).status, 200);
    let to_base = get(&format!("{root}/"));
    assert_eq!(to_base.status, 302);
    assert_eq!(to_base.header("location"), Some("/archive/"));
    assert_eq!(
        get(&format!("{root}/archive")).header("location"),
        Some("/archive/")
    );
    assert_eq!(
        get(&format!("{root}/en/")).status,
        404,
        "outside the base path"
    );
    assert_eq!(get(&format!("{root}/archive/style.css")).status, 200);
}

#[test]
fn two_hundred_concurrent_clients_all_succeed() {
    let site = small_site();
    let server = start(site.path());
    let home = server.url().to_string();
    let article = article_url(&server, "Bank app outage locks out customers").unwrap();
    let expected_home = get(&home).body;
    let clients = 200;
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(clients));
    let threads: Vec<_> = (0..clients)
        .map(|i| {
            let (barrier, home, article) = (barrier.clone(), home.clone(), article.clone());
            std::thread::spawn(move || {
                // Each client has its own connection.
                let agent = agent();
                barrier.wait();
                let url = if i % 2 == 0 { &home } else { &article };
                let a = get_with(&agent, url);
                let b = get_with(&agent, url);
                (i, a.status, b.status, a.body)
            })
        })
        .collect();
    for t in threads {
        let (i, a, b, body) = t.join().expect("client thread");
        assert_eq!((a, b), (200, 200), "client {i}");
        if i % 2 == 0 {
            assert_eq!(body, expected_home, "client {i}");
        }
    }
}

#[test]
fn shutdown_ends_event_streams_and_removes_the_build() {
    let site = small_site();
    let server = start(site.path());
    let (mut events, _) = Events::open(&server);
    let addr = server.addr();
    let dir = server.site_dir().to_path_buf();
    assert!(dir.join("index.html").is_file());
    let stopper = std::thread::spawn(move || server.shutdown());
    assert!(events.ends_within(PATIENCE), "the stream is closed");
    stopper.join().unwrap();
    assert!(!dir.exists(), "the build directory is removed");
    assert!(
        std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err(),
        "nothing listens any more"
    );
}

#[test]
fn a_missing_site_is_an_error_and_a_taken_port_is_named() {
    let empty = tempfile::tempdir().unwrap();
    let err = Server::start(&options(empty.path()))
        .err()
        .expect("no site.toml");
    assert!(err.to_string().contains("no site.toml"), "{err}");

    let site = small_site();
    let first = start(site.path());
    let err = Server::start(&ServeOptions {
        port: first.addr().port(),
        ..options(site.path())
    })
    .err()
    .expect("the port is taken");
    let msg = err.to_string();
    assert!(msg.contains(&first.addr().port().to_string()), "{msg}");
    assert!(msg.contains("--port"), "{msg}");
}

/// The `depeche serve` command itself: prints its URL, serves, and on
/// Ctrl-C (SIGINT) stops cleanly, removing its build directory.
#[cfg(unix)]
#[test]
fn the_command_serves_until_interrupted() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};

    let site = small_site();
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(["--root"])
        .arg(site.path())
        .args(["serve", "--port", "0"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("start depeche serve");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let mut lines = Vec::new();
    let url = loop {
        let line = rx
            .recv_timeout(PATIENCE)
            .expect("a line from depeche serve");
        lines.push(line.clone());
        if let Some(url) = line.split(" at ").nth(1).and_then(|r| r.split(' ').next())
            && line.starts_with("serving ")
        {
            break url.to_string();
        }
    };
    let build_dir = lines
        .iter()
        .find_map(|l| {
            l.split(" into ")
                .nth(1)?
                .split(" in ")
                .next()
                .map(String::from)
        })
        .expect("the build summary names the build directory");
    assert!(std::path::Path::new(&build_dir).is_dir(), "{build_dir}");
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert_eq!(get(&url).status, 200);

    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let exit = child.wait().expect("wait");
    assert!(exit.success(), "exit status {exit}");
    assert!(
        !std::path::Path::new(&build_dir).exists(),
        "build directory removed"
    );
}

#[test]
fn the_command_refuses_output_and_bad_interfaces() {
    let site = small_site();
    let root = site.path().to_str().unwrap();
    let out = common::depeche(&["--root", root, "--output", "x", "serve", "--port", "0"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--output does not apply to serve"));
    let out = common::depeche(&["--root", root, "serve", "--interface", "example.org"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an IP address"));
}

#[test]
fn under_strict_a_bad_article_fails_the_rebuild_and_keeps_the_last_good_site() {
    let site = small_site();
    let server = Server::start(&ServeOptions {
        strict: true,
        ..options(site.path())
    })
    .unwrap();
    let before = get(server.url()).body;
    let (mut events, _) = Events::open(&server);
    let bad = site.path().join("content/en/empty.md");
    save(&bad, b"");
    let error = events.next(&["build-error", "reload"]);
    assert_eq!(error.name, "build-error", "{:?}", error.data);
    let message = error.data["message"].as_str().unwrap();
    assert!(message.contains("--strict"), "{message}");
    assert!(
        message.contains("empty.md"),
        "the warning is listed: {message}"
    );
    assert_eq!(
        get(server.url()).body,
        before,
        "the last good site is served"
    );
    fs::remove_file(&bad).unwrap();
    assert_eq!(events.next(&["reload", "build-error"]).name, "reload");
}
