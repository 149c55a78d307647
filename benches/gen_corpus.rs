//! Benchmark corpus generator for depeche.
//!
//! ```text
//! cargo run --release --example gen_corpus -- <N> <OUT_DIR> [--seed S] [--force]
//! ```
//!
//! Writes a complete site into OUT_DIR: `site.toml` and N articles under
//! `content/{lang}/{source-slug}/{NNNNNN}-{slug}.{txt,md}`. The articles are
//! synthetic "page text dumps" about technology incidents (outages, breaches,
//! attacks) in 15 languages, shaped like pages pasted from a browser: site name
//! and section, captions with photo credits, share bars, newsletter prompts,
//! comment-moderation notices, bylines, publication lines. About 10% are
//! Markdown with TOML front matter and 5% Markdown with YAML front matter.
//!
//! About N/8 incident events (company, incident kind, date, facts) are drawn
//! first; every article reports one of them, so the same incident is covered
//! by several articles in several languages, with the same date, time,
//! duration and figures.
//!
//! The output is a pure function of (N, seed): each article has its own PRNG
//! stream derived from the seed and its index, so the bytes do not depend on
//! the number of worker threads. Only std is used.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

const USAGE: &str = "usage: gen_corpus <N> <OUT_DIR> [--seed S] [--force]

Writes OUT_DIR/site.toml and N generated articles under OUT_DIR/content/.
  --seed S   PRNG seed (default 42); same N and seed give identical bytes
  --force    replace an existing, non-empty OUT_DIR/content";

const DEFAULT_SEED: u64 = 42;

const SITE_TOML: &str = "title = \"Generated corpus\"
base_url = \"https://example.org/\"
default_language = \"en\"
";

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

struct Args {
    n: usize,
    out: PathBuf,
    seed: u64,
    force: bool,
}

fn parse_number(s: &str) -> Option<u64> {
    let digits: String = s.chars().filter(|&c| c != '_').collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn parse_args() -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut seed = DEFAULT_SEED;
    let mut force = false;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        if arg == "-h" || arg == "--help" {
            println!("{USAGE}");
            std::process::exit(0);
        } else if arg == "--force" {
            force = true;
        } else if arg == "--seed" {
            let v = it.next().ok_or("--seed needs a value")?;
            seed = parse_number(&v).ok_or_else(|| format!("bad seed: {v}"))?;
        } else if let Some(v) = arg.strip_prefix("--seed=") {
            seed = parse_number(v).ok_or_else(|| format!("bad seed: {v}"))?;
        } else if arg.starts_with("--") {
            return Err(format!("unknown option: {arg}"));
        } else {
            positional.push(arg);
        }
    }
    if positional.len() != 2 {
        return Err("expected <N> and <OUT_DIR>".into());
    }
    let n = parse_number(&positional[0]).ok_or_else(|| format!("bad N: {}", positional[0]))?;
    Ok(Args {
        n: n as usize,
        out: PathBuf::from(&positional[1]),
        seed,
        force,
    })
}

// ---------------------------------------------------------------------------
// PRNG: splitmix64, one stream per article
// ---------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    /// A stream for (seed, stream id); streams are independent of each other.
    fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// Uniform in lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// True with probability pct/100.
    fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Template indices dealt without repetition until the pool is exhausted.
struct Deck {
    order: Vec<usize>,
    pos: usize,
}

impl Deck {
    fn new(len: usize, rng: &mut Rng) -> Deck {
        let mut order: Vec<usize> = (0..len).collect();
        rng.shuffle(&mut order);
        Deck { order, pos: 0 }
    }

    fn deal(&mut self, rng: &mut Rng) -> usize {
        if self.pos == self.order.len() {
            let last = *self.order.last().unwrap();
            rng.shuffle(&mut self.order);
            if self.order.len() > 1 && self.order[0] == last {
                self.order.swap(0, 1);
            }
            self.pos = 0;
        }
        self.pos += 1;
        self.order[self.pos - 1]
    }
}

// ---------------------------------------------------------------------------
// Calendar (proleptic Gregorian, days since 1970-01-01)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct Ymd {
    y: i64,
    m: usize,  // 1..=12
    d: usize,  // 1..=31
    wd: usize, // 0 = Monday .. 6 = Sunday
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    // 1970-01-01 was a Thursday (index 3 with Monday = 0).
    let wd = (z - 719_468 + 3).rem_euclid(7) as usize;
    Ymd {
        y,
        m: m as usize,
        d: d as usize,
        wd,
    }
}

// ---------------------------------------------------------------------------
// Events: the incidents the articles report
// ---------------------------------------------------------------------------

struct Event {
    company: usize,
    co2: usize,
    kind: usize,
    day: i64,
    hour: u32,
    minute: u32,
    hours: u32,
    users_m: u32,
    pct: u32,
    small_pct_tenths: u32,
    reports: u32,
    prev_month: usize,
    prev_year: i64,
    prev_my: (i64, usize),
    group: usize,
    tool: usize,
}

fn make_events(count: usize, seed: u64) -> Vec<Event> {
    let mut rng = Rng::new(seed, u64::MAX);
    let first = days_from_civil(2015, 1, 1);
    let last = days_from_civil(2024, 12, 29); // leaves room for a 2-day publication delay
    (0..count)
        .map(|_| {
            let company = rng.below(COMPANIES.len());
            let mut co2 = rng.below(COMPANIES.len());
            if co2 == company {
                co2 = (co2 + 1) % COMPANIES.len();
            }
            let day = rng.range(first, last);
            let date = civil_from_days(day);
            let prev_month = if date.m > 1 {
                rng.range(1, date.m as i64 - 1) as usize
            } else {
                12
            };
            Event {
                company,
                co2,
                kind: rng.weighted(&KIND_WEIGHTS),
                day,
                hour: rng.range(5, 23) as u32,
                minute: rng.range(0, 11) as u32 * 5,
                hours: rng.range(2, 9) as u32,
                users_m: rng.range(12, 480) as u32,
                pct: rng.range(5, 90) as u32,
                small_pct_tenths: rng.range(11, 89) as u32,
                reports: rng.range(20, 600) as u32 * 100,
                prev_month,
                prev_year: date.y - rng.range(1, 3),
                prev_my: (date.y - rng.range(1, 5), rng.range(1, 12) as usize),
                group: rng.below(GROUPS.len()),
                tool: rng.below(TOOLS.len()),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Localized formatting: dates, times, numbers
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum DateForm {
    /// Weekday and day, no year: "on Monday, October 4", "dimanche 28 décembre".
    WeekdayDate,
    /// Day, no year: "on October 4", "le 28 décembre".
    Date,
}

fn month_in(l: &Lang, m: usize) -> String {
    match l.months_in {
        MonthsIn::Prefix(p) => format!("{p}{}", l.months[m - 1]),
        MonthsIn::Table(t) => t[m - 1].to_string(),
    }
}

fn date_phrase(l: &Lang, form: DateForm, t: Ymd) -> String {
    let (d, mon, wd) = (t.d, l.months[t.m - 1], l.weekdays[t.wd]);
    let weekday = matches!(form, DateForm::WeekdayDate);
    match (l.code, weekday) {
        ("en", true) => format!("on {wd}, {mon} {d}"),
        ("en", false) => format!("on {mon} {d}"),
        ("fr", true) => format!("{wd} {} {mon}", fr_day(d)),
        ("fr", false) => format!("le {} {mon}", fr_day(d)),
        ("de", true) => format!("am {wd}, {d}. {mon}"),
        ("de", false) => format!("am {d}. {mon}"),
        ("es", true) => format!("el {wd} {d} de {mon}"),
        ("es", false) => format!("el {d} de {mon}"),
        ("it", true) => format!("{wd} {} {mon}", it_day(d)),
        ("it", false) => format!("{} {mon}", it_article_day(d)),
        ("pt", true) => format!("{wd}, {d} de {mon}"),
        ("pt", false) => format!("em {d} de {mon}"),
        ("nl", true) => format!("op {wd} {d} {mon}"),
        ("nl", false) => format!("op {d} {mon}"),
        ("pl" | "ru", true) => format!("{wd} {d} {mon}"),
        ("pl" | "ru", false) => format!("{d} {mon}"),
        ("sv", true) => format!("på {wd} den {d} {mon}"),
        ("sv", false) => format!("den {d} {mon}"),
        ("da", true) => format!("{wd} den {d}. {mon}"),
        ("da", false) => format!("den {d}. {mon}"),
        ("ja" | "zh", true) => format!("{mon}{d}日（{wd}）"),
        ("ja" | "zh", false) => format!("{mon}{d}日"),
        ("ar", true) => format!("يوم {wd} {d} {mon}"),
        ("ar", false) => format!("في {d} {mon}"),
        ("tr", true) => format!("{d} {mon} {wd} günü"),
        ("tr", false) => format!("{d} {}", month_in(l, t.m)),
        _ => unreachable!("no date format for {}", l.code),
    }
}

fn fr_day(d: usize) -> String {
    if d == 1 { "1er".into() } else { d.to_string() }
}

fn it_day(d: usize) -> String {
    if d == 1 { "1º".into() } else { d.to_string() }
}

fn it_article_day(d: usize) -> String {
    match d {
        8 | 11 => format!("l'{d}"),
        _ => format!("il {}", it_day(d)),
    }
}

/// "in March 2019" and its equivalents.
fn month_year_phrase(l: &Lang, y: i64, m: usize) -> String {
    let mon = l.months[m - 1];
    match l.code {
        "es" | "pt" => format!("{} de {y}", month_in(l, m)),
        "pl" => format!("{} {y} r.", month_in(l, m)),
        "ru" => format!("{} {y} года", month_in(l, m)),
        "ja" | "zh" => format!("{y}年{mon}"),
        "tr" => format!("{y} yılının {mon} ayında"),
        _ => format!("{} {y}", month_in(l, m)),
    }
}

fn h12(h: u32) -> u32 {
    match h % 12 {
        0 => 12,
        x => x,
    }
}

/// Time of day of the incident, with the preposition the language uses.
fn time_phrase(l: &Lang, h: u32, mi: u32) -> String {
    match l.code {
        "en" => format!(
            "at around {}:{mi:02} {}",
            h12(h),
            if h < 12 { "a.m." } else { "p.m." }
        ),
        "fr" => format!("vers {h}h{mi:02}"),
        "de" => format!("gegen {h}.{mi:02} Uhr"),
        "es" => format!("hacia las {h}:{mi:02}"),
        "it" => format!("intorno alle {h}:{mi:02}"),
        "pt" => format!("por volta das {h}h{mi:02}"),
        "nl" => format!("rond {h}.{mi:02} uur"),
        "pl" => format!("około godziny {h}:{mi:02}"),
        "sv" => format!("runt klockan {h}.{mi:02}"),
        "da" => format!("omkring klokken {h}.{mi:02}"),
        "ru" => format!("около {h}:{mi:02} по московскому времени"),
        "ja" => {
            let half = if h < 12 { "午前" } else { "午後" };
            match mi {
                0 => format!("{half}{}時ごろ", h12(h)),
                30 => format!("{half}{}時半ごろ", h12(h)),
                _ => format!("{half}{}時{mi}分ごろ", h12(h)),
            }
        }
        "zh" => {
            let part = match h {
                0..=8 => "早上",
                9..=11 => "上午",
                12 => "中午",
                13..=17 => "下午",
                _ => "晚上",
            };
            match mi {
                0 => format!("{part}{}点左右", h12(h)),
                30 => format!("{part}{}点半左右", h12(h)),
                _ => format!("{part}{}点{mi:02}分左右", h12(h)),
            }
        }
        "ar" => format!("حوالي الساعة {h}:{mi:02}"),
        "tr" => format!("saat {h}.{mi:02} sularında"),
        _ => unreachable!(),
    }
}

/// The page's own publication line (date and time of the article).
fn published_line(l: &Lang, t: Ymd, h: u32, mi: u32) -> String {
    let (y, m, d, mon) = (t.y, t.m, t.d, l.months[t.m - 1]);
    match l.code {
        "en" => format!(
            "Published {mon} {d}, {y} at {}:{mi:02} {}",
            h12(h),
            if h < 12 { "a.m." } else { "p.m." }
        ),
        "fr" => format!("Publié le {} {mon} {y} à {h}h{mi:02}", fr_day(d)),
        "de" => format!("Veröffentlicht am {d:02}.{m:02}.{y}, {h}.{mi:02} Uhr"),
        "es" => format!("Publicado el {d} de {mon} de {y} a las {h}:{mi:02}"),
        "it" => format!(
            "Pubblicato {} {mon} {y} alle {h}:{mi:02}",
            it_article_day(d)
        ),
        "pt" => format!("Publicado em {d:02}/{m:02}/{y} - {h}h{mi:02}"),
        "nl" => format!("Gepubliceerd op {d} {mon} {y} om {h}:{mi:02}"),
        "pl" => format!("Opublikowano: {d} {mon} {y}, {h}:{mi:02}"),
        "sv" => format!("Publicerad {d} {mon} {y} kl. {h}.{mi:02}"),
        "da" => format!("Publiceret {d}. {mon} {y} kl. {h}.{mi:02}"),
        "ru" => format!("Опубликовано: {d} {mon} {y}, {h}:{mi:02}"),
        "ja" => format!("{y}年{m}月{d}日 {h}時{mi:02}分 公開"),
        "zh" => format!("发布时间：{y}年{m}月{d}日 {h}:{mi:02}"),
        "ar" => format!("نشر في {d} {mon} {y} - {h}:{mi:02}"),
        "tr" => format!("Yayınlanma: {d} {mon} {y} {h}:{mi:02}"),
        _ => unreachable!(),
    }
}

fn hours_phrase(l: &Lang, h: u32) -> String {
    match l.code {
        "en" => format!("{h} hours"),
        "fr" => format!("{h} heures"),
        "de" => format!("{h} Stunden"),
        "es" | "pt" => format!("{h} horas"),
        "it" => format!("{h} ore"),
        "nl" => format!("{h} uur"),
        "pl" => format!("{h} {}", if h < 5 { "godziny" } else { "godzin" }),
        "sv" => format!("{h} timmar"),
        "da" => format!("{h} timer"),
        "ru" => format!("{h} {}", if h < 5 { "часа" } else { "часов" }),
        "ja" => format!("{h}時間"),
        "zh" => format!("{h}个小时"),
        "ar" => match h {
            2 => "ساعتين".to_string(),
            _ => format!("{h} ساعات"),
        },
        "tr" => format!("{h} saat"),
        _ => unreachable!(),
    }
}

/// A number of millions of users, 12..=480.
fn users_phrase(l: &Lang, m: u32) -> String {
    match l.code {
        "en" => format!("{m} million"),
        "fr" => format!("{m} millions"),
        "de" => format!("{m} Millionen"),
        "es" => format!("{m} millones"),
        "it" => format!("{m} milioni"),
        "pt" => format!("{m} milhões"),
        "nl" => format!("{m} miljoen"),
        "pl" => format!("{m} mln"),
        "sv" => format!("{m} miljoner"),
        "da" => format!("{m} millioner"),
        "ru" => format!("{m} млн"),
        "ja" | "zh" => {
            // Counted in units of 10,000 (万) and 100,000,000 (億 / 亿).
            let oku = if l.code == "ja" { "億" } else { "亿" };
            match (m / 100, m % 100) {
                (0, r) => format!("{r}00万"),
                (q, 0) => format!("{q}{oku}"),
                (q, r) => format!("{q}{oku}{r}00万"),
            }
        }
        "ar" => format!("{m} مليون"),
        "tr" => format!("{m} milyon"),
        _ => unreachable!(),
    }
}

fn pct_phrase(l: &Lang, whole: u32, tenth: Option<u32>) -> String {
    let dec = |sep: char| match tenth {
        Some(t) => format!("{whole}{sep}{t}"),
        None => whole.to_string(),
    };
    match l.code {
        "en" | "ja" | "zh" | "ar" => format!("{}%", dec('.')),
        "fr" | "es" => format!("{} %", dec(',')),
        "de" => format!("{} Prozent", dec(',')),
        "nl" | "sv" | "da" => format!("{} procent", dec(',')),
        "pl" => format!("{} proc.", dec(',')),
        "it" | "pt" | "ru" => format!("{}%", dec(',')),
        "tr" => format!("yüzde {}", dec(',')),
        _ => unreachable!(),
    }
}

fn group_thousands(n: u32, sep: &str) -> String {
    if n < 1000 {
        n.to_string()
    } else {
        format!("{}{sep}{:03}", n / 1000, n % 1000)
    }
}

/// A count of user reports (2,000..60,000, multiple of 100).
fn reports_phrase(l: &Lang, n: u32) -> String {
    match l.code {
        "en" | "ja" => group_thousands(n, ","),
        "fr" | "pl" | "sv" | "ru" => group_thousands(n, " "),
        "zh" => n.to_string(),
        "ar" => format!("{} ألف", n / 1000),
        _ => group_thousands(n, "."),
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

/// Everything a template slot can refer to, rendered once per article.
struct Ctx {
    lang: &'static Lang,
    co: &'static str,
    co2: &'static str,
    product: &'static str,
    kind: [&'static str; 3],
    wd_date: String,
    date: String,
    prev_month: String,
    prev_my: String,
    prev_year: String,
    time: String,
    hours: String,
    users: String,
    pct: String,
    small_pct: String,
    reports: String,
    city: &'static str,
    city2: &'static str,
    person: &'static str,
    role: String,
    expert: &'static str,
    expert_role: String,
    org: &'static str,
    tool: &'static str,
    group: &'static str,
    site: String,
    byline: &'static str,
    initials: String,
}

impl Ctx {
    fn new(lang: &'static Lang, ev: &Event, site: String, rng: &mut Rng) -> Ctx {
        let co = company_name(lang, ev.company);
        let product = COMPANIES[ev.company].2;
        let date = civil_from_days(ev.day);
        let city = rng.below(lang.cities.len());
        let city2 = (city + 1 + rng.below(lang.cities.len() - 1)) % lang.cities.len();
        let person = rng.below(lang.persons.len());
        let expert = (person + 1 + rng.below(lang.persons.len() - 1)) % lang.persons.len();
        let byline = rng.pick(lang.persons).0;
        let gendered =
            |pair: (&'static str, &'static str), female: bool| if female { pair.1 } else { pair.0 };
        let role = gendered(rng.pick(lang.roles), lang.persons[person].1);
        let expert_role = gendered(rng.pick(lang.expert_roles), lang.persons[expert].1);
        let mut ctx = Ctx {
            lang,
            co,
            co2: company_name(lang, ev.co2),
            product,
            kind: lang.kinds[ev.kind],
            wd_date: date_phrase(lang, DateForm::WeekdayDate, date),
            date: date_phrase(lang, DateForm::Date, date),
            prev_month: month_in(lang, ev.prev_month),
            prev_my: month_year_phrase(lang, ev.prev_my.0, ev.prev_my.1),
            prev_year: ev.prev_year.to_string(),
            time: time_phrase(lang, ev.hour, ev.minute),
            hours: hours_phrase(lang, ev.hours),
            users: users_phrase(lang, ev.users_m),
            pct: pct_phrase(lang, ev.pct, None),
            small_pct: pct_phrase(
                lang,
                ev.small_pct_tenths / 10,
                Some(ev.small_pct_tenths % 10),
            ),
            reports: reports_phrase(lang, ev.reports),
            city: lang.cities[city],
            city2: lang.cities[city2],
            person: lang.persons[person].0,
            role: String::new(),
            expert: lang.persons[expert].0,
            expert_role: String::new(),
            org: rng.pick(lang.orgs),
            tool: TOOLS[ev.tool],
            group: GROUPS[ev.group],
            site,
            byline,
            initials: initials(byline),
        };
        // Role phrases are templates themselves ({CO}, {ORG}).
        ctx.role = ctx.render(role);
        ctx.expert_role = ctx.render(expert_role);
        ctx
    }

    fn slot(&self, name: &str) -> &str {
        match name {
            "CO" => self.co,
            "CO2" => self.co2,
            "PRODUCT" => self.product,
            "KIND" => self.kind[0],
            "KIND1" => self.kind[1],
            "KIND2" => self.kind[2],
            "WD_DATE" => &self.wd_date,
            "DATE" => &self.date,
            "PREV_MONTH" => &self.prev_month,
            "PREV_MY" => &self.prev_my,
            "PREV_YEAR" => &self.prev_year,
            "TIME" => &self.time,
            "HOURS" => &self.hours,
            "USERS" => &self.users,
            "PCT" => &self.pct,
            "SMALL_PCT" => &self.small_pct,
            "REPORTS" => &self.reports,
            "CITY" => self.city,
            "CITY2" => self.city2,
            "PERSON" => self.person,
            "ROLE" => &self.role,
            "EXPERT" => self.expert,
            "EXPERT_ROLE" => &self.expert_role,
            "ORG" => self.org,
            "TOOL" => self.tool,
            "GROUP" => self.group,
            "SITE" => &self.site,
            "BYLINE" => self.byline,
            "INITIALS" => &self.initials,
            _ => panic!("unknown template slot {{{name}}}"),
        }
    }

    /// Appends `tpl` with its `{SLOT}`s filled; `{^SLOT}` capitalizes the value.
    fn fill(&self, tpl: &str, out: &mut String) {
        let mut rest = tpl;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("unclosed template slot");
            let name = &rest[open + 1..close];
            let (name, capitalize) = match name.strip_prefix('^') {
                Some(name) => (name, true),
                None => (name, false),
            };
            let value = self.slot(name);
            if self.lang.code == "fr" {
                elide_before(out, value);
            }
            if capitalize {
                push_capitalized(out, value);
            } else {
                out.push_str(value);
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
    }

    fn render(&self, tpl: &str) -> String {
        let mut s = String::with_capacity(tpl.len() + 64);
        self.fill(tpl, &mut s);
        s
    }
}

fn company_name(l: &Lang, company: usize) -> &'static str {
    let (name, slug, _) = COMPANIES[company];
    l.company_names
        .iter()
        .find(|(s, _)| *s == slug)
        .map_or(name, |&(_, local)| local)
}

/// French elision before a vowel: "de Orion" -> "d'Orion", "que Apple" -> "qu'Apple".
fn elide_before(out: &mut String, next: &str) {
    const VOWELS: &str = "aeiouàâéèêëîïôöûüAEIOUÀÂÉÈÊÎÔÛ";
    if !next.starts_with(|c| VOWELS.contains(c)) {
        return;
    }
    for (word, elided) in [("de ", "d'"), ("que ", "qu'")] {
        if let Some(before) = out.strip_suffix(word)
            && (before.is_empty() || before.ends_with([' ', '\n', '(']))
        {
            out.truncate(before.len());
            out.push_str(elided);
            return;
        }
    }
}

fn push_capitalized(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

enum Block {
    Paragraph(String),
    Subheading(String),
}

/// The pieces of one article, rendered in the article's language.
struct Parts {
    headline: String,
    lede: String,
    standfirst: String,
    caption: String,
    body: Vec<Block>,
    byline: String,
    published: Option<String>,
}

fn sentence_paragraph(ctx: &Ctx, deck: &mut Deck, sentences: usize, rng: &mut Rng) -> String {
    let mut p = String::with_capacity(sentences * 160);
    for i in 0..sentences {
        if i > 0 {
            p.push_str(ctx.lang.sentence_sep);
        }
        ctx.fill(ctx.lang.body[deck.deal(rng)], &mut p);
    }
    p
}

fn headline_block(ctx: &Ctx, rng: &mut Rng) -> String {
    ctx.render(rng.pick(ctx.lang.headlines))
}

fn caption_block(ctx: &Ctx, rng: &mut Rng) -> String {
    ctx.render(rng.pick(ctx.lang.captions))
}

fn byline_block(ctx: &Ctx, rng: &mut Rng) -> String {
    ctx.render(rng.pick(ctx.lang.bylines))
}

fn subheading_block(ctx: &Ctx, deck: &mut Deck, rng: &mut Rng) -> String {
    ctx.render(ctx.lang.subheads[deck.deal(rng)])
}

/// Lede and standfirst come from different templates.
fn lede_blocks(ctx: &Ctx, rng: &mut Rng) -> (String, String) {
    let n = ctx.lang.ledes.len();
    let a = rng.below(n);
    let b = (a + 1 + rng.below(n - 1)) % n;
    (ctx.render(ctx.lang.ledes[a]), ctx.render(ctx.lang.ledes[b]))
}

/// Body paragraphs until about `target` bytes: at least 4, at most 12, 2-5
/// sentences each, with up to 3 sub-headings between them.
fn body_blocks(ctx: &Ctx, target: usize, rng: &mut Rng) -> Vec<Block> {
    let mut deck = Deck::new(ctx.lang.body.len(), rng);
    let mut sub_deck = Deck::new(ctx.lang.subheads.len(), rng);
    let mut out = Vec::new();
    let (mut bytes, mut paragraphs, mut subs, mut since_sub) = (0, 0, 0, 0);
    while paragraphs < 4 || (bytes < target && paragraphs < 12) {
        if since_sub >= 2 && subs < 3 && rng.chance(35) {
            let s = subheading_block(ctx, &mut sub_deck, rng);
            bytes += s.len();
            out.push(Block::Subheading(s));
            subs += 1;
            since_sub = 0;
        }
        let p = sentence_paragraph(ctx, &mut deck, rng.range(2, 5) as usize, rng);
        bytes += p.len();
        out.push(Block::Paragraph(p));
        paragraphs += 1;
        since_sub += 1;
    }
    out
}

fn published_block(ctx: &Ctx, pub_date: Ymd, rng: &mut Rng) -> String {
    published_line(
        ctx.lang,
        pub_date,
        rng.range(6, 22) as u32,
        rng.range(0, 59) as u32,
    )
}

fn make_parts(ctx: &Ctx, pub_date: Ymd, rng: &mut Rng) -> Parts {
    let headline = headline_block(ctx, rng);
    let (lede, standfirst) = lede_blocks(ctx, rng);
    let caption = caption_block(ctx, rng);
    let target = rng.range(1600, 4200) as usize;
    let body = body_blocks(ctx, target, rng);
    let byline = byline_block(ctx, rng);
    let published = rng.chance(55).then(|| published_block(ctx, pub_date, rng));
    Parts {
        headline,
        lede,
        standfirst,
        caption,
        body,
        byline,
        published,
    }
}

// ---------------------------------------------------------------------------
// Page shapes
// ---------------------------------------------------------------------------

/// Site name, section, headline, caption twice (second with a Flickr credit),
/// lede with a date, body with sub-headings, byline.
fn write_wire_page(p: &Parts, ctx: &Ctx, rng: &mut Rng, out: &mut String) {
    let _ = write!(
        out,
        "{}\n{}\n\n{}\n\n",
        ctx.site,
        rng.pick(ctx.lang.sections),
        p.headline
    );
    if rng.chance(85) {
        let _ = write!(
            out,
            "{}\n\n{} - {} - Flickr - CC\n\n",
            p.caption,
            p.caption,
            rng.pick(PHOTOGRAPHERS)
        );
    }
    if let Some(line) = &p.published {
        let _ = write!(out, "{line}\n\n");
    }
    let _ = write!(out, "{}\n\n", p.lede);
    for block in &p.body {
        match block {
            Block::Paragraph(par) => {
                out.push_str(par);
                if rng.chance(8) {
                    out.push(' ');
                }
                out.push_str("\n\n");
            }
            Block::Subheading(sub) => {
                let _ = write!(out, "{sub}\n\n");
            }
        }
    }
    let _ = writeln!(out, "{}", p.byline);
}

/// Newsletter prompt, "x", headline, standfirst, share bar, "×", headline
/// twice (second with an Unsplash credit), body whose sub-headings sit right
/// above their paragraph, comment prompt, moderation notice, "media".
fn write_magazine_page(p: &Parts, ctx: &Ctx, rng: &mut Rng, out: &mut String) {
    let l = ctx.lang;
    let _ = write!(
        out,
        "{}\n\nx\n\n{}\n\n{}\n",
        rng.pick(l.newsletters),
        p.headline,
        p.standfirst
    );
    let share = if rng.chance(50) {
        SHARE_BAR
    } else {
        rng.pick(l.share_bars)
    };
    let _ = write!(
        out,
        "{share}\n×\n\n{}\n{} © {}/Unsplash\n\n",
        p.headline,
        p.headline,
        rng.pick(PHOTOGRAPHERS)
    );
    if let Some(line) = &p.published {
        let _ = write!(out, "{line}\n\n");
    }
    let _ = write!(out, "{}\n\n", p.lede);
    for block in &p.body {
        match block {
            Block::Paragraph(par) => {
                out.push_str(par);
                if rng.chance(8) {
                    out.push(' ');
                }
                out.push_str("\n\n");
                if rng.chance(10) {
                    out.push_str(" \n\n");
                }
            }
            Block::Subheading(sub) => {
                out.push_str(sub);
                out.push('\n');
            }
        }
    }
    if rng.chance(40) {
        let _ = write!(out, "{}\n\n", p.byline);
    }
    let notice = ctx.render(rng.pick(l.moderation));
    let _ = write!(
        out,
        "{}\n\n{notice}\n\n \nmedia\n",
        rng.pick(l.comment_prompts)
    );
}

fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[derive(Clone, Copy, PartialEq)]
enum FrontMatter {
    Toml,
    Yaml,
}

/// Markdown with front matter: lede, paragraphs, `##` sub-headings, byline.
fn write_markdown_page(p: &Parts, ctx: &Ctx, pub_date: Ymd, fm: FrontMatter, out: &mut String) {
    let date = format!("{:04}-{:02}-{:02}", pub_date.y, pub_date.m, pub_date.d);
    let (title, source) = (toml_string(&p.headline), toml_string(&ctx.site));
    match fm {
        FrontMatter::Toml => {
            let _ = write!(
                out,
                "+++\ntitle = {title}\ndate = {date}\nlang = \"{}\"\nsource = {source}\n+++\n\n",
                ctx.lang.code
            );
        }
        FrontMatter::Yaml => {
            // Double-quoted YAML scalars use the same escapes as TOML basic strings.
            let _ = write!(
                out,
                "---\ntitle: {title}\ndate: {date}\nlang: {}\nsource: {source}\n---\n\n",
                ctx.lang.code
            );
        }
    }
    let _ = write!(out, "{}\n\n", p.lede);
    for block in &p.body {
        match block {
            Block::Paragraph(par) => {
                let _ = write!(out, "{par}\n\n");
            }
            Block::Subheading(sub) => {
                let _ = write!(out, "## {sub}\n\n");
            }
        }
    }
    let _ = writeln!(out, "*{}*", p.byline);
}

// ---------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------

struct Article {
    lang: usize,
    source: usize,
    rel_path: String,
    text: String,
}

fn source_name(l: &Lang, i: usize) -> (String, String) {
    let (a, a_slug) = l.source_a[i / l.source_b.len()];
    let (b, b_slug) = l.source_b[i % l.source_b.len()];
    (
        format!("{a}{}{b}", l.source_join),
        format!("{a_slug}-{b_slug}"),
    )
}

fn fold_char(c: char, out: &mut String) {
    let s = match c {
        'a'..='z' | '0'..='9' => {
            out.push(c);
            return;
        }
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
        'ł' => "l",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'º' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ś' | 'ş' => "s",
        'ß' => "ss",
        'ź' | 'ż' => "z",
        'ğ' => "g",
        '\u{300}'..='\u{36f}' => return, // combining marks ("İ" lowercases to "i" + U+0307)
        _ => "-",
    };
    out.push_str(s);
}

/// ASCII slug of a Latin-script headline: at most 8 words, 60 bytes.
fn slugify(s: &str) -> String {
    let mut raw = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut raw);
    }
    let words: Vec<&str> = raw.split('-').filter(|w| !w.is_empty()).take(8).collect();
    let mut slug = String::new();
    for w in words {
        if !slug.is_empty() && slug.len() + 1 + w.len() > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(w);
    }
    slug
}

fn generate_article(index: usize, seed: u64, events: &[Event]) -> Article {
    let mut rng = Rng::new(seed, index as u64);
    let lang_idx = rng.weighted(&LANG_WEIGHTS);
    let lang = LANGS[lang_idx];
    let source = rng.below(lang.source_a.len() * lang.source_b.len());
    // A quarter of the coverage goes to the first 5% of events: big incidents
    // get many articles, most get a handful.
    let ev = if rng.chance(25) {
        &events[rng.below(events.len().div_ceil(20))]
    } else {
        &events[rng.below(events.len())]
    };
    let pub_date = civil_from_days(ev.day + rng.range(0, 2));
    let (site, source_slug) = source_name(lang, source);
    let ctx = Ctx::new(lang, ev, site, &mut rng);
    let parts = make_parts(&ctx, pub_date, &mut rng);

    let mut text = String::with_capacity(6 * 1024);
    let roll = rng.below(100);
    let ext = if roll < 10 {
        write_markdown_page(&parts, &ctx, pub_date, FrontMatter::Toml, &mut text);
        "md"
    } else if roll < 15 {
        write_markdown_page(&parts, &ctx, pub_date, FrontMatter::Yaml, &mut text);
        "md"
    } else if roll < 58 {
        write_wire_page(&parts, &ctx, &mut rng, &mut text);
        "txt"
    } else {
        write_magazine_page(&parts, &ctx, &mut rng, &mut text);
        "txt"
    };

    let slug = if lang.latin_slug {
        slugify(&parts.headline)
    } else {
        format!("{}-{}", COMPANIES[ev.company].1, KIND_SLUGS[ev.kind])
    };
    let rel_path = format!("{}/{source_slug}/{:06}-{slug}.{ext}", lang.code, index + 1);
    Article {
        lang: lang_idx,
        source,
        rel_path,
        text,
    }
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

fn prepare_out_dir(out: &Path, force: bool) -> Result<PathBuf, String> {
    let content = out.join("content");
    let non_empty = fs::read_dir(&content).is_ok_and(|mut d| d.next().is_some());
    if non_empty {
        if !force {
            return Err(format!(
                "{} exists and is not empty (use --force to replace it)",
                content.display()
            ));
        }
        fs::remove_dir_all(&content).map_err(|e| format!("removing {}: {e}", content.display()))?;
    }
    fs::create_dir_all(&content).map_err(|e| format!("creating {}: {e}", content.display()))?;
    fs::write(out.join("site.toml"), SITE_TOML).map_err(|e| format!("writing site.toml: {e}"))?;
    Ok(content)
}

/// Generates and writes articles `worker, worker + stride, …`; returns (files, bytes).
fn run_worker(
    worker: usize,
    stride: usize,
    n: usize,
    seed: u64,
    events: &[Event],
    content: &Path,
    failed: &AtomicBool,
) -> Result<(u64, u64), String> {
    let mut made_dirs: HashSet<(usize, usize)> = HashSet::new();
    let (mut files, mut bytes) = (0u64, 0u64);
    for index in (worker..n).step_by(stride) {
        if failed.load(Ordering::Relaxed) {
            break;
        }
        let a = generate_article(index, seed, events);
        let path = content.join(&a.rel_path);
        if made_dirs.insert((a.lang, a.source)) {
            fs::create_dir_all(path.parent().unwrap())
                .map_err(|e| format!("creating {}: {e}", path.display()))?;
        }
        let mut f =
            fs::File::create(&path).map_err(|e| format!("creating {}: {e}", path.display()))?;
        f.write_all(a.text.as_bytes())
            .map_err(|e| format!("writing {}: {e}", path.display()))?;
        files += 1;
        bytes += a.text.len() as u64;
    }
    Ok((files, bytes))
}

fn run(args: Args) -> Result<(), String> {
    let start = Instant::now();
    let content = prepare_out_dir(&args.out, args.force)?;
    let events = make_events(args.n.div_ceil(8).max(1), args.seed);
    let threads = std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .clamp(1, 16);
    let failed = AtomicBool::new(false);
    let results: Vec<Result<(u64, u64), String>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|w| {
                let (events, content, failed) = (&events, &content, &failed);
                s.spawn(move || {
                    let r = run_worker(w, threads, args.n, args.seed, events, content, failed);
                    if r.is_err() {
                        failed.store(true, Ordering::Relaxed);
                    }
                    r
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker panicked"))
            .collect()
    });
    let (mut files, mut bytes) = (1u64, SITE_TOML.len() as u64); // site.toml
    for r in results {
        let (f, b) = r?;
        files += f;
        bytes += b;
    }
    eprintln!(
        "gen_corpus: {} articles ({} events, seed {}) -> {}: {files} files, {bytes} bytes, {:.2} s",
        args.n,
        events.len(),
        args.seed,
        args.out.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen_corpus: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

// ===========================================================================
// Data
// ===========================================================================

/// (name, slug, product or service). Shared by all languages.
const COMPANIES: &[(&str, &str, &str)] = &[
    ("Twitter", "twitter", "TweetDeck"),
    ("Facebook", "facebook", "Messenger"),
    ("Instagram", "instagram", "Instagram"),
    ("WhatsApp", "whatsapp", "WhatsApp Web"),
    ("Microsoft", "microsoft", "Teams"),
    ("Google", "google", "Gmail"),
    ("YouTube", "youtube", "YouTube"),
    ("Amazon Web Services", "aws", "S3"),
    ("Cloudflare", "cloudflare", "1.1.1.1"),
    ("Fastly", "fastly", "Compute@Edge"),
    ("Akamai", "akamai", "Edge DNS"),
    ("Apple", "apple", "iCloud"),
    ("Slack", "slack", "Slack"),
    ("Zoom", "zoom", "Zoom Meetings"),
    ("Discord", "discord", "Discord"),
    ("GitHub", "github", "GitHub Actions"),
    ("Dropbox", "dropbox", "Dropbox"),
    ("PayPal", "paypal", "Venmo"),
    ("Visa", "visa", "Visa Direct"),
    ("Sony", "sony", "PlayStation Network"),
    ("Nintendo", "nintendo", "Nintendo Switch Online"),
    ("Netflix", "netflix", "Netflix"),
    ("Spotify", "spotify", "Spotify"),
    ("Telegram", "telegram", "Telegram"),
    ("Salesforce", "salesforce", "Heroku"),
    ("Oracle", "oracle", "Oracle Cloud"),
    ("IBM", "ibm", "IBM Cloud"),
    ("OVHcloud", "ovhcloud", "OVHcloud"),
    ("SolarWinds", "solarwinds", "Orion"),
    ("Okta", "okta", "Okta Verify"),
    ("LinkedIn", "linkedin", "LinkedIn"),
    ("Reddit", "reddit", "Reddit"),
    ("TikTok", "tiktok", "TikTok"),
    ("Uber", "uber", "Uber Eats"),
    ("Samsung", "samsung", "Galaxy Store"),
    ("Yahoo", "yahoo", "Yahoo Mail"),
    ("Atlassian", "atlassian", "Jira"),
    ("CrowdStrike", "crowdstrike", "Falcon"),
    ("Vodafone", "vodafone", "Vodafone"),
    ("Deutsche Telekom", "deutsche-telekom", "T-Online"),
];

/// Incident kinds; every language lists them in this order.
const KIND_SLUGS: [&str; 6] = [
    "outage",
    "data-breach",
    "cyberattack",
    "ddos-attack",
    "ransomware",
    "software-glitch",
];
const KIND_WEIGHTS: [u32; 6] = [40, 15, 15, 10, 10, 10];

/// Fictional threat-actor names.
const GROUPS: &[&str] = &[
    "Midnight Lynx",
    "Cobalt Heron",
    "NullSector",
    "Black Meridian",
    "Shadow Quill",
    "Iron Kestrel",
    "Grey Mantis",
    "Rusty Lantern",
    "Silent Orchard",
    "Velvet Hydra",
];

const TOOLS: &[&str] = &[
    "Downdetector",
    "ThousandEyes",
    "NetBlocks",
    "Cloudflare Radar",
    "Kentik",
    "StatusGator",
];

const PHOTOGRAPHERS: &[&str] = &[
    "Magnus Ehrlin",
    "Pia Lindqvist",
    "tomek_foto",
    "J. Okafor",
    "Lucía Marín",
    "R. Delacroix",
    "Kenji Mori",
    "S. Brandt",
    "Ana Ribeiro",
    "Wiktor Zieliński",
    "Yara Haddad",
    "nightowl_pics",
];

const SHARE_BAR: &str = "Twitter Facebook Linkedin Flipboard Email";

enum MonthsIn {
    /// "in <month>" is a fixed prefix plus the month name.
    Prefix(&'static str),
    /// The language inflects the month: full phrases.
    Table([&'static str; 12]),
}

/// Per-language vocabulary and templates.
///
/// Template slots: {CO} {CO2} {PRODUCT} {KIND} {KIND1} {KIND2} {WD_DATE} {DATE}
/// {PREV_MONTH} {PREV_MY} {PREV_YEAR} {TIME} {HOURS} {USERS} {PCT} {SMALL_PCT}
/// {REPORTS} {CITY} {CITY2} {PERSON} {ROLE} {EXPERT} {EXPERT_ROLE} {ORG} {TOOL}
/// {GROUP} {SITE} {BYLINE} {INITIALS}; `{^X}` capitalizes the first letter.
///
/// `kinds` gives three forms per incident kind, their meaning set by the
/// language's templates: base / indefinite / definite (en, fr, es, it, pt, nl,
/// sv, da, ar), nominative / genitive / locative (pl; ru with its о / об),
/// nominative / accusative / ablative (tr); de, ja and zh use the base form.
/// `cities` and `orgs` carry the preposition or case the templates need
/// ("in London", "w Warszawie", "İstanbul'da"). `persons` are
/// (name, is_female); `roles` and `expert_roles` are (masculine, feminine).
struct Lang {
    code: &'static str,
    weight: u32,
    /// Article slugs come from the headline (Latin script) or from the event.
    latin_slug: bool,
    sentence_sep: &'static str,
    /// Month names as used after a day number (genitive in pl and ru).
    months: [&'static str; 12],
    months_in: MonthsIn,
    /// Weekday names as used in a weekday-date phrase.
    weekdays: [&'static str; 7],
    kinds: [[&'static str; 3]; 6],
    /// Company names written in the language's own script, by company slug;
    /// companies not listed keep their Latin name.
    company_names: &'static [(&'static str, &'static str)],
    source_a: [(&'static str, &'static str); 5],
    source_b: [(&'static str, &'static str); 4],
    source_join: &'static str,
    sections: &'static [&'static str],
    newsletters: &'static [&'static str],
    comment_prompts: &'static [&'static str],
    moderation: &'static [&'static str],
    share_bars: &'static [&'static str],
    persons: &'static [(&'static str, bool)],
    roles: &'static [(&'static str, &'static str)],
    expert_roles: &'static [(&'static str, &'static str)],
    orgs: &'static [&'static str],
    cities: &'static [&'static str],
    bylines: &'static [&'static str],
    headlines: &'static [&'static str],
    ledes: &'static [&'static str],
    captions: &'static [&'static str],
    subheads: &'static [&'static str],
    body: &'static [&'static str],
}

const LANGS: [&Lang; 15] = [
    &EN, &FR, &DE, &ES, &IT, &PT, &NL, &PL, &SV, &DA, &RU, &JA, &ZH, &AR, &TR,
];

const LANG_WEIGHTS: [u32; 15] = {
    let mut w = [0; 15];
    let mut i = 0;
    while i < 15 {
        w[i] = LANGS[i].weight;
        i += 1;
    }
    w
};

// --- English ---------------------------------------------------------------

const EN: Lang = Lang {
    code: "en",
    weight: 22,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_in: MonthsIn::Prefix("in "),
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    kinds: [
        ["outage", "an outage", "the outage"],
        ["data breach", "a data breach", "the data breach"],
        ["cyberattack", "a cyberattack", "the cyberattack"],
        ["DDoS attack", "a DDoS attack", "the DDoS attack"],
        [
            "ransomware attack",
            "a ransomware attack",
            "the ransomware attack",
        ],
        [
            "software glitch",
            "a software glitch",
            "the software glitch",
        ],
    ],
    company_names: &[],
    source_a: [
        ("Byte", "byte"),
        ("Metro", "metro"),
        ("Northern", "northern"),
        ("Silicon", "silicon"),
        ("Harbor", "harbor"),
    ],
    source_b: [
        ("Wire", "wire"),
        ("Ledger", "ledger"),
        ("Dispatch", "dispatch"),
        ("Bulletin", "bulletin"),
    ],
    source_join: " ",
    sections: &[
        "Technology",
        "Business",
        "Tech News",
        "Services",
        "Security",
        "Internet",
    ],
    newsletters: &[
        "Get the day's technology news in your inbox every morning",
        "Sign up for our daily tech briefing",
    ],
    comment_prompts: &["Comment", "Join the conversation"],
    moderation: &[
        "* Comments posted on {SITE} are moderated by our editorial team.",
        "* Reader comments on {SITE} are reviewed by the editors before they appear.",
    ],
    share_bars: &["Share Tweet Email Print", "Facebook Twitter Reddit Email"],
    persons: &[
        ("James Whitfield", false),
        ("Sarah Collins", true),
        ("Daniel Okafor", false),
        ("Emily Hartmann", true),
        ("Michael Brennan", false),
        ("Rachel Kim", true),
        ("Thomas Reed", false),
        ("Laura Mitchell", true),
        ("Kevin Donovan", false),
        ("Hannah Price", true),
    ],
    roles: &[
        ("a spokesperson for {CO}", "a spokesperson for {CO}"),
        (
            "the chief technology officer of {CO}",
            "the chief technology officer of {CO}",
        ),
        (
            "head of communications at {CO}",
            "head of communications at {CO}",
        ),
        (
            "vice president of engineering at {CO}",
            "vice president of engineering at {CO}",
        ),
    ],
    expert_roles: &[
        ("a security researcher {ORG}", "a security researcher {ORG}"),
        ("a network engineer {ORG}", "a network engineer {ORG}"),
        (
            "who teaches computer science {ORG}",
            "who teaches computer science {ORG}",
        ),
    ],
    orgs: &[
        "at the University of Leeds",
        "at Imperial College London",
        "at the SANS Institute",
        "at Georgia Tech",
        "at the University of Toronto",
        "at Carnegie Mellon University",
    ],
    cities: &[
        "in London",
        "in New York",
        "in Chicago",
        "in Manchester",
        "in Toronto",
        "in Sydney",
        "in Dublin",
        "in San Francisco",
    ],
    bylines: &[
        "By {BYLINE}",
        "{INITIALS} with Reuters",
        "{BYLINE} and agencies",
        "Reporting by {BYLINE}",
    ],
    headlines: &[
        "{CO} hit by {KIND1} as users report problems with {PRODUCT}",
        "{PRODUCT} down for hours after {KIND1} at {CO}",
        "{CO} apologizes after {KIND1} affects {USERS} users",
        "What we know about the {KIND} at {CO}",
        "{^KIND2} at {CO}: {HOURS} of disruption and few answers",
        "{CO} investigates {KIND1} affecting millions of customers",
        "{CO} promises full report on {KIND2} that disrupted {PRODUCT}",
    ],
    ledes: &[
        "{CO} confirmed {KIND1} {WD_DATE} that left many users unable to access {PRODUCT} for nearly {HOURS}. The company said it was still investigating the cause.",
        "Users around the world reported problems with {PRODUCT} {WD_DATE}, when {KIND1} disrupted services at {CO}. \"Something went wrong on our side,\" the company said in a short statement.",
        "{CO} is dealing with the consequences of {KIND1} that began {WD_DATE} {TIME} and affected customers in dozens of countries, according to {TOOL}.",
        "The services of {CO} were severely disrupted {WD_DATE}. The company said it had identified the source of the problem and expected a return to normal within hours.",
    ],
    captions: &[
        "{CO} has around {USERS} users worldwide.",
        "The {CO} logo on a smartphone screen.",
        "{PRODUCT} was unavailable for several hours.",
        "Engineers at {CO} worked through the night to restore service.",
    ],
    subheads: &[
        "Thousands of reports",
        "No evidence of an attack",
        "A difficult year for {CO}",
        "What the company says",
        "Customers left in the dark",
        "Experts urge caution",
        "Questions about resilience",
        "A history of incidents",
    ],
    body: &[
        "{CO} said {KIND2} began {TIME} and lasted for nearly {HOURS}.",
        "According to {TOOL}, more than {REPORTS} users reported problems in the first hour alone.",
        "{CO} said it had found no evidence that customer data had been accessed by anyone outside the company.",
        "\"We know that many of you could not use {PRODUCT}, and we are working to get things back to normal for everyone,\" {PERSON}, {ROLE}, said in a statement.",
        "Users {CITY} and {CITY2} said they could not log in or send messages for most of the evening.",
        "{CO} had around {USERS} users at the end of {PREV_YEAR}, according to its own figures.",
        "{^PREV_MONTH}, the company had already suffered a similar incident that affected {PCT} of its customers.",
        "The incident comes at a difficult time for {CO}, which is trying to win back the trust of large business customers.",
        "{EXPERT}, {EXPERT_ROLE}, said that such failures are often caused by a faulty configuration change rather than by an attack.",
        "Shares in {CO} fell {SMALL_PCT} in early trading before recovering some of their losses.",
        "A group calling itself {GROUP} claimed responsibility on an online forum, but the claim could not be verified.",
        "Several banks and airlines that rely on {CO} said their own services had also been disrupted.",
        "{CO2}, whose infrastructure is used by {CO}, said its systems were operating normally {DATE}.",
        "The company promised to publish a detailed report on the causes of {KIND2} in the coming days.",
        "On social media, many users complained that they had received no information from {CO} for hours.",
        "In {PREV_YEAR}, a comparable incident at {CO2} cut off millions of users for an entire day.",
        "Engineers rolled back the latest changes shortly after midnight, and {PRODUCT} was available again the next morning.",
        "{CO} did not say how many customers were affected in total, or whether any data was lost.",
        "Security specialists advise users to change their passwords and to enable two-factor authentication on their {PRODUCT} accounts.",
        "{CO} apologized to its customers and said business users would receive a credit on their next invoice.",
        "The problems were first noticed by users {CITY}, before spreading to Europe and North America within minutes.",
        "According to {PERSON}, no payment data or passwords were affected by {KIND2}.",
        "The last disruption of this scale at {CO} happened {PREV_MY}.",
        "Regulators said they had asked {CO} for an explanation and would examine whether the company had met its legal obligations.",
        "Even the status page of {CO} was briefly unreachable {DATE}, which made it harder for customers to follow the situation.",
    ],
};

// --- French ----------------------------------------------------------------

const FR: Lang = Lang {
    code: "fr",
    weight: 14,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    months_in: MonthsIn::Prefix("en "),
    weekdays: [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    // All feminine, so templates can write "de la", "une vaste", "d'une".
    kinds: [
        ["panne", "une panne", "la panne"],
        [
            "fuite de données",
            "une fuite de données",
            "la fuite de données",
        ],
        ["cyberattaque", "une cyberattaque", "la cyberattaque"],
        ["attaque DDoS", "une attaque DDoS", "l'attaque DDoS"],
        [
            "attaque par rançongiciel",
            "une attaque par rançongiciel",
            "l'attaque par rançongiciel",
        ],
        [
            "défaillance logicielle",
            "une défaillance logicielle",
            "la défaillance logicielle",
        ],
    ],
    company_names: &[],
    source_a: [
        ("Le Courrier", "le-courrier"),
        ("La Gazette", "la-gazette"),
        ("L'Écho", "l-echo"),
        ("Le Journal", "le-journal"),
        ("La Lettre", "la-lettre"),
    ],
    source_b: [
        ("du Numérique", "du-numerique"),
        ("des Réseaux", "des-reseaux"),
        ("Tech", "tech"),
        ("de l'Informatique", "de-l-informatique"),
    ],
    source_join: " ",
    sections: &[
        "Services",
        "Numérique",
        "Économie",
        "Tech & Télécoms",
        "Cybersécurité",
        "Entreprises",
    ],
    newsletters: &[
        "Recevez chaque matin l'essentiel de l'actualité tech",
        "Inscrivez-vous à notre lettre d'information quotidienne",
    ],
    comment_prompts: &["Réagir", "Commenter"],
    moderation: &[
        "* Les commentaires publiés sur {SITE} sont soumis à une modération par la rédaction.",
        "* Les réactions des lecteurs de {SITE} sont relues par l'équipe éditoriale avant publication.",
    ],
    share_bars: &[
        "Partager Tweeter Envoyer par e-mail",
        "Facebook Twitter Linkedin E-mail",
    ],
    persons: &[
        ("Claire Dubois", true),
        ("Julien Moreau", false),
        ("Sophie Lambert", true),
        ("Nicolas Girard", false),
        ("Camille Roux", true),
        ("Antoine Lefèvre", false),
        ("Élodie Marchand", true),
        ("Thomas Fournier", false),
        ("Isabelle Chevalier", true),
        ("Mathieu Bonnet", false),
    ],
    roles: &[
        ("porte-parole de {CO}", "porte-parole de {CO}"),
        (
            "directeur technique de {CO}",
            "directrice technique de {CO}",
        ),
        (
            "responsable de la communication de {CO}",
            "responsable de la communication de {CO}",
        ),
        (
            "vice-président chargé de l'ingénierie chez {CO}",
            "vice-présidente chargée de l'ingénierie chez {CO}",
        ),
    ],
    expert_roles: &[
        (
            "chercheur en sécurité {ORG}",
            "chercheuse en sécurité {ORG}",
        ),
        (
            "spécialiste des réseaux {ORG}",
            "spécialiste des réseaux {ORG}",
        ),
        ("enseignant-chercheur {ORG}", "enseignante-chercheuse {ORG}"),
    ],
    orgs: &[
        "à l'Inria",
        "au CNRS",
        "à l'université de Rennes",
        "chez Wavestone",
        "à l'Epita",
        "à Télécom Paris",
    ],
    cities: &[
        "à Paris",
        "à Lyon",
        "à Marseille",
        "à Bordeaux",
        "à Lille",
        "à Toulouse",
        "à Bruxelles",
        "à Montréal",
    ],
    bylines: &[
        "Par {BYLINE}",
        "{INITIALS} avec AFP",
        "{BYLINE} avec AFP",
        "{BYLINE}, avec agences",
    ],
    headlines: &[
        "Touché par {KIND1} d'ampleur mondiale, {CO} promet des explications",
        "{PRODUCT} inaccessible pendant {HOURS} après {KIND1} chez {CO}",
        "{CO} : ce que l'on sait de {KIND2} qui a perturbé {PRODUCT}",
        "{^KIND2} chez {CO} touche {USERS} d'utilisateurs",
        "{CO} présente ses excuses après {KIND1}",
        "Après {KIND1}, {CO} sous pression",
        "Nouvelle {KIND} chez {CO} : {PRODUCT} perturbé pendant des heures",
        "{CO} enquête sur {KIND1} qui a privé ses clients de {PRODUCT}",
    ],
    ledes: &[
        "Les utilisateurs de {PRODUCT} ont été privés de service pendant près de {HOURS} {WD_DATE}, en raison d'{KIND1} chez {CO}. L'entreprise assure que l'incident est désormais sous contrôle.",
        "{CO} a confirmé {WD_DATE} avoir été touché par {KIND1} qui a perturbé {PRODUCT} dans de nombreux pays. La société dit ne pas encore connaître l'origine exacte du problème.",
        "Les services de {CO} ont été fortement perturbés {WD_DATE} {TIME}, selon les données du site {TOOL}. Des milliers d'internautes ont signalé des difficultés de connexion.",
        "C'est {KIND1} dont {CO} se serait bien passé. {^WD_DATE}, {PRODUCT} est resté inaccessible pendant plusieurs heures pour une grande partie des utilisateurs européens.",
    ],
    captions: &[
        "{CO} revendique {USERS} d'utilisateurs.",
        "Le logo de {CO} sur l'écran d'un smartphone.",
        "{PRODUCT} est resté inaccessible pendant plusieurs heures.",
        "Les équipes de {CO} ont travaillé toute la nuit pour rétablir le service.",
    ],
    subheads: &[
        "Des milliers de signalements",
        "Aucune preuve d'une attaque",
        "Une année difficile pour {CO}",
        "Ce que dit l'entreprise",
        "Des clients laissés sans nouvelles",
        "Les experts appellent à la prudence",
        "La question de la résilience",
        "Des précédents inquiétants",
    ],
    body: &[
        "{CO} a indiqué que {KIND2} avait commencé {TIME} et duré près de {HOURS}.",
        "Selon le site {TOOL}, plus de {REPORTS} signalements ont été enregistrés dans la première heure.",
        "{CO} affirme n'avoir trouvé aucune preuve d'un accès aux données de ses clients.",
        "\"Nous savons que beaucoup d'entre vous n'ont pas pu utiliser {PRODUCT} et nous travaillons à un retour à la normale\", a déclaré {PERSON}, {ROLE}.",
        "Des internautes {CITY} et {CITY2} expliquent ne pas avoir pu se connecter pendant la majeure partie de la soirée.",
        "{CO} revendiquait {USERS} d'utilisateurs à la fin de l'année {PREV_YEAR}, selon ses propres chiffres.",
        "{^PREV_MONTH}, l'entreprise avait déjà connu un incident similaire qui avait touché {PCT} de ses clients.",
        "L'incident tombe mal pour {CO}, qui tente de regagner la confiance de ses grands clients professionnels.",
        "Pour {EXPERT}, {EXPERT_ROLE}, ce type de défaillance est le plus souvent dû à une erreur de configuration plutôt qu'à une attaque.",
        "L'action de {CO} a reculé de {SMALL_PCT} en début de séance avant de réduire ses pertes.",
        "Un groupe se faisant appeler {GROUP} a revendiqué l'opération sur un forum, sans que cette revendication puisse être vérifiée.",
        "Plusieurs banques et compagnies aériennes qui s'appuient sur {CO} ont également signalé des perturbations de leurs propres services.",
        "{CO2}, dont l'infrastructure est utilisée par {CO}, assure que ses systèmes fonctionnaient normalement {DATE}.",
        "La société a promis de publier dans les prochains jours un rapport détaillé sur les causes de {KIND2}.",
        "Sur les réseaux sociaux, de nombreux utilisateurs se sont plaints de n'avoir reçu aucune information de la part de {CO} pendant des heures.",
        "En {PREV_YEAR}, un incident comparable chez {CO2} avait privé des millions d'utilisateurs de service pendant une journée entière.",
        "Les ingénieurs ont annulé les dernières modifications peu après minuit, et {PRODUCT} était de nouveau accessible le lendemain matin.",
        "{CO} n'a pas précisé combien de clients avaient été concernés au total, ni si des données avaient été perdues.",
        "Les spécialistes conseillent aux utilisateurs de changer leur mot de passe et d'activer la double authentification sur leur compte {PRODUCT}.",
        "{CO} a présenté ses excuses à ses clients et annoncé un geste commercial pour les entreprises.",
        "Les premiers problèmes ont été remarqués par des utilisateurs {CITY}, avant de s'étendre à l'Europe et à l'Amérique du Nord en quelques minutes.",
        "Selon {PERSON}, aucune donnée bancaire ni aucun mot de passe n'ont été compromis lors de {KIND2}.",
        "La dernière perturbation de cette ampleur chez {CO} s'est produite {PREV_MY}.",
        "Les autorités de régulation ont demandé des explications à {CO} et examineront si l'entreprise a respecté ses obligations légales.",
        "Même la page de statut de {CO} a été brièvement inaccessible {DATE}, ce qui a compliqué le suivi de la situation pour les clients.",
    ],
};

// --- German ----------------------------------------------------------------

const DE: Lang = Lang {
    code: "de",
    weight: 12,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    months_in: MonthsIn::Prefix("im "),
    weekdays: [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ],
    // All masculine: templates write "der", "den", "dem", "einen" themselves.
    kinds: [
        ["Ausfall", "einen Ausfall", "der Ausfall"],
        [
            "Datendiebstahl",
            "einen Datendiebstahl",
            "der Datendiebstahl",
        ],
        ["Hackerangriff", "einen Hackerangriff", "der Hackerangriff"],
        ["DDoS-Angriff", "einen DDoS-Angriff", "der DDoS-Angriff"],
        [
            "Ransomware-Angriff",
            "einen Ransomware-Angriff",
            "der Ransomware-Angriff",
        ],
        [
            "Softwarefehler",
            "einen Softwarefehler",
            "der Softwarefehler",
        ],
    ],
    company_names: &[],
    source_a: [
        ("Netz", "netz"),
        ("Digital", "digital"),
        ("Technik", "technik"),
        ("Daten", "daten"),
        ("Rechner", "rechner"),
    ],
    source_b: [
        ("kurier", "kurier"),
        ("rundschau", "rundschau"),
        ("bote", "bote"),
        ("blick", "blick"),
    ],
    source_join: "",
    sections: &[
        "Digital",
        "Wirtschaft",
        "Netzwelt",
        "Technik",
        "Sicherheit",
        "Internet",
    ],
    newsletters: &[
        "Die wichtigsten Tech-Nachrichten jeden Morgen in Ihrem Postfach",
        "Jetzt unseren täglichen Newsletter abonnieren",
    ],
    comment_prompts: &["Kommentieren", "Diskutieren Sie mit"],
    moderation: &[
        "* Kommentare auf {SITE} werden vor der Veröffentlichung von der Redaktion geprüft.",
        "* Die Redaktion von {SITE} behält sich vor, Leserkommentare zu kürzen oder nicht zu veröffentlichen.",
    ],
    share_bars: &[
        "Teilen Twittern Mailen Drucken",
        "Facebook Twitter WhatsApp E-Mail",
    ],
    persons: &[
        ("Markus Weber", false),
        ("Julia Schneider", true),
        ("Stefan Hoffmann", false),
        ("Katrin Becker", true),
        ("Andreas Wagner", false),
        ("Laura Fischer", true),
        ("Jonas Richter", false),
        ("Miriam Keller", true),
        ("Tobias Braun", false),
        ("Sabine Krüger", true),
    ],
    roles: &[
        ("Sprecher von {CO}", "Sprecherin von {CO}"),
        ("Technikchef von {CO}", "Technikchefin von {CO}"),
        (
            "Leiter der Unternehmenskommunikation bei {CO}",
            "Leiterin der Unternehmenskommunikation bei {CO}",
        ),
    ],
    expert_roles: &[
        ("Sicherheitsforscher {ORG}", "Sicherheitsforscherin {ORG}"),
        ("Netzwerkexperte {ORG}", "Netzwerkexpertin {ORG}"),
        ("Informatikprofessor {ORG}", "Informatikprofessorin {ORG}"),
    ],
    orgs: &[
        "am Hasso-Plattner-Institut",
        "an der Universität Bonn",
        "an der TU München",
        "am Fraunhofer-Institut SIT",
        "an der Ruhr-Universität Bochum",
    ],
    cities: &[
        "in Berlin",
        "in Hamburg",
        "in München",
        "in Köln",
        "in Frankfurt",
        "in Wien",
        "in Zürich",
        "in Leipzig",
    ],
    bylines: &[
        "Von {BYLINE}",
        "{INITIALS}/dpa",
        "{BYLINE}, mit Material von dpa und Reuters",
        "{BYLINE}",
    ],
    headlines: &[
        "Stundenlanger {KIND} bei {CO}: {PRODUCT} nicht erreichbar",
        "{CO} bestätigt {KIND1} – Nutzer verärgert",
        "Massiver {KIND} bei {CO}",
        "Nach dem {KIND}: {CO} verspricht Aufklärung",
        "{CO} entschuldigt sich für {KIND1}",
        "Was über den {KIND} bei {CO} bekannt ist",
        "{USERS} Nutzer betroffen: {CO} kämpft mit einem {KIND}",
        "{CO} untersucht {KIND1} bei {PRODUCT}",
    ],
    ledes: &[
        "Nutzerinnen und Nutzer von {PRODUCT} konnten den Dienst {WD_DATE} fast {HOURS} lang nicht verwenden. {CO} machte einen {KIND} dafür verantwortlich und kündigte eine genaue Untersuchung an.",
        "{CO} hat {WD_DATE} einen {KIND} bestätigt, der {PRODUCT} in zahlreichen Ländern beeinträchtigte. Die genaue Ursache sei noch unklar, teilte das Unternehmen mit.",
        "Die Dienste von {CO} waren {WD_DATE} {TIME} massiv gestört, wie Daten der Plattform {TOOL} zeigen. Tausende Menschen meldeten Probleme beim Anmelden.",
        "Für {CO} kommt der {KIND} zur Unzeit: {^WD_DATE} war {PRODUCT} für einen großen Teil der europäischen Kundschaft über Stunden nicht erreichbar.",
    ],
    captions: &[
        "{CO} hat nach eigenen Angaben {USERS} Nutzer.",
        "Das Logo von {CO} auf einem Smartphone.",
        "{PRODUCT} war über mehrere Stunden nicht erreichbar.",
        "Techniker von {CO} arbeiteten die ganze Nacht an einer Lösung.",
    ],
    subheads: &[
        "Tausende Störungsmeldungen",
        "Keine Hinweise auf einen Angriff",
        "Ein schwieriges Jahr für {CO}",
        "Was das Unternehmen sagt",
        "Kunden im Unklaren gelassen",
        "Experten mahnen zur Vorsicht",
        "Fragen zur Ausfallsicherheit",
        "Nicht der erste Vorfall",
    ],
    body: &[
        "Nach Angaben von {CO} begann der {KIND} {TIME} und dauerte fast {HOURS}.",
        "Laut {TOOL} gingen allein in der ersten Stunde mehr als {REPORTS} Störungsmeldungen ein.",
        "Hinweise darauf, dass Unbefugte auf Kundendaten zugegriffen haben, gebe es bislang nicht, erklärte {CO}.",
        "„Wir wissen, dass viele von Ihnen {PRODUCT} nicht nutzen konnten, und arbeiten mit Hochdruck an einer Lösung“, sagte {PERSON}, {ROLE}.",
        "Nutzer {CITY} und {CITY2} berichteten, dass sie sich den ganzen Abend über nicht anmelden konnten.",
        "Nach eigenen Angaben hatte {CO} Ende {PREV_YEAR} rund {USERS} Nutzer.",
        "Bereits {PREV_MONTH} hatte es bei dem Unternehmen einen ähnlichen Vorfall gegeben, von dem {PCT} der Kunden betroffen waren.",
        "Der Zeitpunkt ist für {CO} ungünstig, denn das Unternehmen bemüht sich gerade, das Vertrauen großer Geschäftskunden zurückzugewinnen.",
        "Solche Störungen gingen meist auf eine fehlerhafte Konfigurationsänderung zurück und nicht auf einen Angriff, sagte {EXPERT}, {EXPERT_ROLE}.",
        "Die Aktie von {CO} gab im frühen Handel um {SMALL_PCT} nach, erholte sich später aber teilweise.",
        "Eine Gruppe namens {GROUP} bekannte sich in einem Onlineforum zu der Aktion, das Bekennerschreiben ließ sich jedoch nicht überprüfen.",
        "Auch mehrere Banken und Fluggesellschaften, die auf Dienste von {CO} angewiesen sind, meldeten Störungen.",
        "{CO2}, dessen Infrastruktur {CO} nutzt, erklärte, die eigenen Systeme hätten {DATE} normal funktioniert.",
        "{CO} kündigte an, in den kommenden Tagen einen ausführlichen Bericht über die Ursachen des Vorfalls zu veröffentlichen.",
        "In sozialen Netzwerken beschwerten sich viele Nutzer, dass {CO} stundenlang keine Informationen herausgegeben habe.",
        "Im Jahr {PREV_YEAR} hatte ein vergleichbarer Vorfall bei {CO2} Millionen Menschen einen ganzen Tag lang vom Netz abgeschnitten.",
        "Die Techniker nahmen die jüngsten Änderungen kurz nach Mitternacht zurück, am nächsten Morgen war {PRODUCT} wieder erreichbar.",
        "Wie viele Kunden insgesamt betroffen waren und ob Daten verloren gingen, ließ {CO} offen.",
        "Fachleute raten, das Passwort zu ändern und für das {PRODUCT}-Konto die Zwei-Faktor-Authentifizierung einzuschalten.",
        "{CO} entschuldigte sich bei seinen Kunden und stellte Geschäftskunden eine Gutschrift in Aussicht.",
        "Zuerst fielen die Probleme Nutzern {CITY} auf, innerhalb weniger Minuten waren dann auch Europa und Nordamerika betroffen.",
        "Zahlungsdaten oder Passwörter seien von dem {KIND} nicht betroffen gewesen, sagte {PERSON}.",
        "Die letzte Störung dieses Ausmaßes gab es bei {CO} {PREV_MY}.",
        "Die Aufsichtsbehörden forderten von {CO} eine Erklärung und wollen prüfen, ob das Unternehmen seinen gesetzlichen Pflichten nachgekommen ist.",
        "Sogar die Statusseite von {CO} war {DATE} zeitweise nicht erreichbar, was es Kunden erschwerte, die Lage zu verfolgen.",
    ],
};

// --- Spanish ---------------------------------------------------------------

const ES: Lang = Lang {
    code: "es",
    weight: 11,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    months_in: MonthsIn::Prefix("en "),
    weekdays: [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    // All feminine, so "de la", "una", "nueva" agree.
    kinds: [
        ["caída", "una caída", "la caída"],
        [
            "filtración de datos",
            "una filtración de datos",
            "la filtración de datos",
        ],
        [
            "intrusión informática",
            "una intrusión informática",
            "la intrusión informática",
        ],
        [
            "oleada de ataques DDoS",
            "una oleada de ataques DDoS",
            "la oleada de ataques DDoS",
        ],
        [
            "infección por ransomware",
            "una infección por ransomware",
            "la infección por ransomware",
        ],
        [
            "actualización defectuosa",
            "una actualización defectuosa",
            "la actualización defectuosa",
        ],
    ],
    company_names: &[],
    source_a: [
        ("El Diario", "el-diario"),
        ("La Crónica", "la-cronica"),
        ("El Correo", "el-correo"),
        ("La Voz", "la-voz"),
        ("El Heraldo", "el-heraldo"),
    ],
    source_b: [
        ("Digital", "digital"),
        ("de la Red", "de-la-red"),
        ("del Software", "del-software"),
        ("de Internet", "de-internet"),
    ],
    source_join: " ",
    sections: &[
        "Tecnología",
        "Economía",
        "Internet",
        "Empresas",
        "Ciberseguridad",
        "Servicios",
    ],
    newsletters: &[
        "Recibe cada mañana las noticias de tecnología más importantes",
        "Suscríbete a nuestro boletín diario",
    ],
    comment_prompts: &["Comentar", "Deja tu opinión"],
    moderation: &[
        "* Los comentarios publicados en {SITE} son moderados por el equipo de redacción.",
        "* {SITE} revisa los comentarios de los lectores antes de publicarlos.",
    ],
    share_bars: &[
        "Compartir en Facebook Twitter WhatsApp Email",
        "Facebook Twitter Linkedin Email",
    ],
    persons: &[
        ("Lucía Fernández", true),
        ("Javier Morales", false),
        ("Carmen Ruiz", true),
        ("Alejandro Torres", false),
        ("Marta Navarro", true),
        ("Pablo Domínguez", false),
        ("Elena Castillo", true),
        ("Diego Romero", false),
        ("Sofía Herrera", true),
        ("Andrés Molina", false),
    ],
    roles: &[
        ("portavoz de {CO}", "portavoz de {CO}"),
        (
            "director de tecnología de {CO}",
            "directora de tecnología de {CO}",
        ),
        (
            "responsable de comunicación de {CO}",
            "responsable de comunicación de {CO}",
        ),
    ],
    expert_roles: &[
        (
            "investigador en ciberseguridad {ORG}",
            "investigadora en ciberseguridad {ORG}",
        ),
        ("profesor de redes {ORG}", "profesora de redes {ORG}"),
        (
            "experto en infraestructuras {ORG}",
            "experta en infraestructuras {ORG}",
        ),
    ],
    orgs: &[
        "de la Universidad Politécnica de Madrid",
        "de la Universidad de Granada",
        "del CSIC",
        "de la Universidad de Buenos Aires",
        "del Tecnológico de Monterrey",
    ],
    cities: &[
        "en Madrid",
        "en Barcelona",
        "en Sevilla",
        "en Valencia",
        "en Bilbao",
        "en Ciudad de México",
        "en Buenos Aires",
        "en Bogotá",
    ],
    bylines: &[
        "Por {BYLINE}",
        "{BYLINE} / EFE",
        "{INITIALS} con Europa Press",
        "{BYLINE}",
    ],
    headlines: &[
        "{CO} sufre {KIND1} y {PRODUCT} deja de funcionar durante {HOURS}",
        "{^KIND2} de {CO} afecta a {USERS} de usuarios",
        "{CO} pide disculpas tras {KIND1}",
        "Lo que se sabe de {KIND2} que afectó a {PRODUCT}",
        "{CO} investiga {KIND1} que dejó sin servicio a miles de clientes",
        "Nueva {KIND} en {CO}: {PRODUCT}, fuera de servicio durante horas",
        "{CO} promete explicaciones tras {KIND2}",
    ],
    ledes: &[
        "Los usuarios de {PRODUCT} no pudieron acceder al servicio durante casi {HOURS} {WD_DATE} debido a {KIND1} en {CO}. La empresa asegura que el incidente ya está bajo control.",
        "{CO} confirmó {WD_DATE} que sufrió {KIND1} que afectó a {PRODUCT} en numerosos países. La compañía todavía no sabe cuál fue el origen exacto del problema.",
        "Los servicios de {CO} sufrieron graves problemas {WD_DATE} {TIME}, según los datos del portal {TOOL}. Miles de internautas denunciaron dificultades para conectarse.",
        "Es {KIND1} que {CO} habría preferido evitar. {^WD_DATE}, {PRODUCT} estuvo inaccesible durante varias horas para buena parte de sus usuarios europeos.",
    ],
    captions: &[
        "{CO} tiene {USERS} de usuarios.",
        "El logotipo de {CO} en la pantalla de un móvil.",
        "{PRODUCT} estuvo inaccesible durante varias horas.",
        "Los equipos de {CO} trabajaron toda la noche para restablecer el servicio.",
    ],
    subheads: &[
        "Miles de avisos",
        "Sin pruebas de un ataque",
        "Un año difícil para {CO}",
        "Lo que dice la empresa",
        "Clientes sin información",
        "Los expertos piden prudencia",
        "Dudas sobre la resiliencia",
        "No es la primera vez",
    ],
    body: &[
        "{CO} indicó que {KIND2} comenzó {TIME} y se prolongó durante casi {HOURS}.",
        "Según {TOOL}, en la primera hora se registraron más de {REPORTS} avisos de usuarios.",
        "{CO} afirma que no ha encontrado ninguna prueba de que alguien haya accedido a los datos de sus clientes.",
        "\"Sabemos que muchos de ustedes no han podido usar {PRODUCT} y estamos trabajando para volver a la normalidad\", explicó {PERSON}, {ROLE}.",
        "Usuarios {CITY} y {CITY2} explicaron que no pudieron iniciar sesión durante gran parte de la tarde.",
        "{CO} contaba con unos {USERS} de usuarios a finales de {PREV_YEAR}, según sus propias cifras.",
        "{^PREV_MONTH}, la compañía ya había sufrido un incidente similar que afectó al {PCT} de sus clientes.",
        "El incidente llega en un mal momento para {CO}, que intenta recuperar la confianza de sus grandes clientes corporativos.",
        "Para {EXPERT}, {EXPERT_ROLE}, este tipo de fallos suele deberse a un error de configuración y no a un ataque.",
        "Las acciones de {CO} cayeron un {SMALL_PCT} en los primeros compases de la sesión antes de recuperar parte de lo perdido.",
        "Un grupo que se hace llamar {GROUP} reivindicó la acción en un foro de internet, aunque la reivindicación no ha podido ser verificada.",
        "Varios bancos y aerolíneas que dependen de {CO} también informaron de problemas en sus propios servicios.",
        "{CO2}, cuya infraestructura utiliza {CO}, aseguró que sus sistemas funcionaban con normalidad {DATE}.",
        "La compañía prometió publicar en los próximos días un informe detallado sobre las causas de {KIND2}.",
        "En las redes sociales, muchos usuarios se quejaron de que {CO} no ofreció información durante horas.",
        "En {PREV_YEAR}, un incidente similar en {CO2} dejó sin servicio a millones de personas durante un día entero.",
        "Los ingenieros revirtieron los últimos cambios poco después de la medianoche y {PRODUCT} volvió a estar disponible a la mañana siguiente.",
        "{CO} no precisó cuántos clientes se vieron afectados en total ni si se perdieron datos.",
        "Los especialistas recomiendan cambiar la contraseña y activar la verificación en dos pasos en las cuentas de {PRODUCT}.",
        "{CO} pidió disculpas a sus clientes y anunció una compensación para las empresas.",
        "Los primeros problemas los detectaron usuarios {CITY}, y en pocos minutos se extendieron a Europa y Norteamérica.",
        "Según {PERSON}, ni los datos de pago ni las contraseñas se vieron comprometidos durante {KIND2}.",
        "La última interrupción de esta magnitud en {CO} se produjo {PREV_MY}.",
        "Los reguladores han pedido explicaciones a {CO} y examinarán si la empresa cumplió con sus obligaciones legales.",
        "Incluso la página de estado de {CO} estuvo inaccesible durante unos minutos {DATE}, lo que complicó el seguimiento de la situación.",
    ],
};

// --- Italian ---------------------------------------------------------------

const IT: Lang = Lang {
    code: "it",
    weight: 6,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    months_in: MonthsIn::Table([
        "a gennaio",
        "a febbraio",
        "a marzo",
        "ad aprile",
        "a maggio",
        "a giugno",
        "a luglio",
        "ad agosto",
        "a settembre",
        "a ottobre",
        "a novembre",
        "a dicembre",
    ]),
    weekdays: [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
    // All masculine; the definite forms carry their own article (il / l').
    kinds: [
        ["guasto", "un guasto", "il guasto"],
        ["furto di dati", "un furto di dati", "il furto di dati"],
        [
            "attacco informatico",
            "un attacco informatico",
            "l'attacco informatico",
        ],
        ["attacco DDoS", "un attacco DDoS", "l'attacco DDoS"],
        [
            "attacco ransomware",
            "un attacco ransomware",
            "l'attacco ransomware",
        ],
        [
            "aggiornamento difettoso",
            "un aggiornamento difettoso",
            "l'aggiornamento difettoso",
        ],
    ],
    company_names: &[],
    source_a: [
        ("Il Corriere", "il-corriere"),
        ("La Gazzetta", "la-gazzetta"),
        ("L'Eco", "l-eco"),
        ("Il Giornale", "il-giornale"),
        ("La Voce", "la-voce"),
    ],
    source_b: [
        ("Digitale", "digitale"),
        ("della Rete", "della-rete"),
        ("dell'Informatica", "dell-informatica"),
        ("del Web", "del-web"),
    ],
    source_join: " ",
    sections: &[
        "Tecnologia",
        "Economia",
        "Internet",
        "Aziende",
        "Sicurezza informatica",
        "Servizi",
    ],
    newsletters: &[
        "Ricevi ogni mattina le principali notizie di tecnologia",
        "Iscriviti alla nostra newsletter quotidiana",
    ],
    comment_prompts: &["Commenta", "Lascia un commento"],
    moderation: &[
        "* I commenti pubblicati su {SITE} sono moderati dalla redazione.",
        "* La redazione di {SITE} si riserva di non pubblicare i commenti offensivi.",
    ],
    share_bars: &[
        "Condividi Twitta Invia",
        "Facebook Twitter Linkedin WhatsApp Email",
    ],
    persons: &[
        ("Giulia Rossi", true),
        ("Marco Bianchi", false),
        ("Francesca Romano", true),
        ("Luca Esposito", false),
        ("Chiara Ricci", true),
        ("Alessandro Greco", false),
        ("Valentina Conti", true),
        ("Matteo Marino", false),
        ("Sara Galli", true),
        ("Davide Costa", false),
    ],
    roles: &[
        ("portavoce di {CO}", "portavoce di {CO}"),
        ("direttore tecnico di {CO}", "direttrice tecnica di {CO}"),
        (
            "responsabile della comunicazione di {CO}",
            "responsabile della comunicazione di {CO}",
        ),
    ],
    expert_roles: &[
        (
            "ricercatore di sicurezza informatica {ORG}",
            "ricercatrice di sicurezza informatica {ORG}",
        ),
        ("docente di reti {ORG}", "docente di reti {ORG}"),
    ],
    orgs: &[
        "al Politecnico di Milano",
        "all'Università di Bologna",
        "alla Sapienza di Roma",
        "al CNR di Pisa",
        "all'Università di Padova",
    ],
    cities: &[
        "a Milano",
        "a Roma",
        "a Torino",
        "a Napoli",
        "a Bologna",
        "a Firenze",
        "a Palermo",
        "a Genova",
    ],
    bylines: &[
        "di {BYLINE}",
        "{BYLINE} (ANSA)",
        "{INITIALS} con agenzie",
        "{BYLINE}",
    ],
    headlines: &[
        "{CO} colpita da {KIND1}, {PRODUCT} fuori uso per ore",
        "{^KIND2} di {CO} coinvolge {USERS} di utenti",
        "{CO} si scusa dopo {KIND1}",
        "{CO}, tutto quello che sappiamo finora",
        "{CO} indaga su {KIND1} che ha colpito {PRODUCT}",
        "Nuovo {KIND} per {CO}: {PRODUCT} irraggiungibile per {HOURS}",
    ],
    ledes: &[
        "Gli utenti di {PRODUCT} non hanno potuto utilizzare il servizio per quasi {HOURS} {WD_DATE} a causa di {KIND1} presso {CO}. L'azienda assicura che la situazione è ora sotto controllo.",
        "{CO} ha confermato {WD_DATE} di essere stata colpita da {KIND1} che ha reso inaccessibile {PRODUCT} in diversi Paesi. La società non conosce ancora l'origine esatta del problema.",
        "I servizi di {CO} hanno subito gravi disservizi {WD_DATE} {TIME}, secondo i dati del sito {TOOL}. Migliaia di utenti hanno segnalato difficoltà di accesso.",
        "Per {CO} è {KIND1} che arriva nel momento peggiore. {^WD_DATE} {PRODUCT} è rimasto irraggiungibile per diverse ore per gran parte degli utenti europei.",
    ],
    captions: &[
        "{CO} conta {USERS} di utenti.",
        "Il logo di {CO} sullo schermo di uno smartphone.",
        "{PRODUCT} è rimasto irraggiungibile per diverse ore.",
        "I tecnici di {CO} hanno lavorato tutta la notte per ripristinare il servizio.",
    ],
    subheads: &[
        "Migliaia di segnalazioni",
        "Nessuna prova di un attacco",
        "Un anno difficile per {CO}",
        "Cosa dice l'azienda",
        "Clienti senza risposte",
        "Gli esperti invitano alla prudenza",
        "Dubbi sulla resilienza",
        "Non è la prima volta",
    ],
    body: &[
        "Secondo {CO}, {KIND2} è iniziato {TIME} ed è durato quasi {HOURS}.",
        "Secondo {TOOL}, nella prima ora sono arrivate oltre {REPORTS} segnalazioni.",
        "{CO} afferma di non aver trovato alcuna prova di accessi non autorizzati ai dati dei clienti.",
        "\"Sappiamo che molti di voi non hanno potuto usare {PRODUCT} e stiamo lavorando per tornare alla normalità\", ha dichiarato {PERSON}, {ROLE}.",
        "Alcuni utenti {CITY} e {CITY2} hanno raccontato di non essere riusciti ad accedere per gran parte della serata.",
        "Alla fine del {PREV_YEAR} {CO} contava circa {USERS} di utenti, secondo i dati diffusi dalla stessa società.",
        "Già {PREV_MONTH} l'azienda aveva subito un incidente simile, che aveva coinvolto il {PCT} dei clienti.",
        "L'incidente arriva in un momento delicato per {CO}, che cerca di riconquistare la fiducia dei grandi clienti aziendali.",
        "Secondo {EXPERT}, {EXPERT_ROLE}, guasti di questo tipo sono spesso causati da un errore di configurazione più che da un attacco.",
        "Il titolo di {CO} ha perso il {SMALL_PCT} nelle prime battute della seduta, per poi recuperare in parte.",
        "Un gruppo che si fa chiamare {GROUP} ha rivendicato l'azione su un forum online, ma la rivendicazione non è stata verificata.",
        "Anche diverse banche e compagnie aeree che si affidano a {CO} hanno segnalato problemi ai propri servizi.",
        "{CO2}, la cui infrastruttura è utilizzata da {CO}, ha assicurato che i suoi sistemi funzionavano regolarmente {DATE}.",
        "{CO} ha promesso di pubblicare nei prossimi giorni un rapporto dettagliato sulle cause dell'incidente.",
        "Sui social network molti utenti si sono lamentati di non aver ricevuto per ore alcuna informazione da {CO}.",
        "Nel {PREV_YEAR} un incidente simile presso {CO2} aveva lasciato milioni di utenti senza servizio per un'intera giornata.",
        "I tecnici hanno annullato le ultime modifiche poco dopo la mezzanotte e la mattina seguente {PRODUCT} era di nuovo disponibile.",
        "{CO} non ha precisato quanti clienti siano stati coinvolti in totale, né se siano andati persi dei dati.",
        "Gli esperti consigliano di cambiare la password e di attivare l'autenticazione a due fattori sull'account {PRODUCT}.",
        "{CO} si è scusata con i clienti e ha annunciato un indennizzo per le aziende.",
        "I primi problemi sono stati notati da utenti {CITY}, poi in pochi minuti si sono estesi all'Europa e al Nord America.",
        "Secondo {PERSON}, né i dati di pagamento né le password sono stati compromessi.",
        "L'ultima interruzione di queste dimensioni presso {CO} risale {PREV_MY}.",
        "Le autorità di vigilanza hanno chiesto spiegazioni a {CO} e verificheranno se l'azienda ha rispettato i propri obblighi di legge.",
        "Perfino la pagina di stato di {CO} è risultata irraggiungibile per alcuni minuti {DATE}, rendendo difficile seguire l'evolversi della situazione.",
    ],
};

// --- Portuguese ------------------------------------------------------------

const PT: Lang = Lang {
    code: "pt",
    weight: 6,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    months_in: MonthsIn::Prefix("em "),
    weekdays: [
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
        "no sábado",
        "no domingo",
    ],
    // All feminine, so templates can write "da", "na", "nova".
    kinds: [
        ["falha", "uma falha", "a falha"],
        [
            "violação de dados",
            "uma violação de dados",
            "a violação de dados",
        ],
        ["invasão hacker", "uma invasão hacker", "a invasão hacker"],
        [
            "onda de ataques DDoS",
            "uma onda de ataques DDoS",
            "a onda de ataques DDoS",
        ],
        [
            "infecção por ransomware",
            "uma infecção por ransomware",
            "a infecção por ransomware",
        ],
        [
            "atualização defeituosa",
            "uma atualização defeituosa",
            "a atualização defeituosa",
        ],
    ],
    company_names: &[],
    source_a: [
        ("Jornal", "jornal"),
        ("Folha", "folha"),
        ("Correio", "correio"),
        ("Diário", "diario"),
        ("Gazeta", "gazeta"),
    ],
    source_b: [
        ("Digital", "digital"),
        ("da Rede", "da-rede"),
        ("Tech", "tech"),
        ("do Futuro", "do-futuro"),
    ],
    source_join: " ",
    sections: &[
        "Tecnologia",
        "Economia",
        "Internet",
        "Negócios",
        "Segurança digital",
        "Serviços",
    ],
    newsletters: &[
        "Receba todas as manhãs as principais notícias de tecnologia",
        "Assine nossa newsletter diária",
    ],
    comment_prompts: &["Comentar", "Deixe seu comentário"],
    moderation: &[
        "* Os comentários publicados em {SITE} são moderados pela equipe editorial.",
        "* A redação de {SITE} pode remover comentários que violem as regras do site.",
    ],
    share_bars: &[
        "Compartilhe Facebook Twitter WhatsApp E-mail",
        "Facebook Twitter Linkedin E-mail",
    ],
    persons: &[
        ("Ana Souza", true),
        ("Pedro Almeida", false),
        ("Juliana Costa", true),
        ("Rafael Lima", false),
        ("Mariana Ribeiro", true),
        ("Gustavo Pereira", false),
        ("Beatriz Carvalho", true),
        ("Tiago Martins", false),
        ("Camila Rocha", true),
        ("Bruno Ferreira", false),
    ],
    roles: &[
        ("porta-voz de {CO}", "porta-voz de {CO}"),
        (
            "diretor de tecnologia de {CO}",
            "diretora de tecnologia de {CO}",
        ),
        (
            "gerente de comunicação de {CO}",
            "gerente de comunicação de {CO}",
        ),
    ],
    expert_roles: &[
        (
            "pesquisador de segurança {ORG}",
            "pesquisadora de segurança {ORG}",
        ),
        ("professor de redes {ORG}", "professora de redes {ORG}"),
    ],
    orgs: &[
        "da USP",
        "da Unicamp",
        "da UFRJ",
        "da Universidade de Lisboa",
        "do Instituto Superior Técnico",
    ],
    cities: &[
        "em São Paulo",
        "no Rio de Janeiro",
        "em Belo Horizonte",
        "em Lisboa",
        "no Porto",
        "em Brasília",
        "em Recife",
        "em Curitiba",
    ],
    bylines: &[
        "Por {BYLINE}",
        "{BYLINE}, com agências",
        "Da redação, com Reuters",
        "{BYLINE}",
    ],
    headlines: &[
        "{CO} sofre {KIND1} e {PRODUCT} fica fora do ar por {HOURS}",
        "{CO}: {KIND} afeta {USERS} de usuários",
        "{CO} pede desculpas após {KIND1}",
        "O que se sabe sobre a {KIND} que derrubou {PRODUCT}",
        "{CO} investiga {KIND1} que deixou clientes sem serviço",
        "Nova {KIND} atinge {CO}; {PRODUCT} fica instável durante horas",
    ],
    ledes: &[
        "Os usuários de {PRODUCT} ficaram sem acesso ao serviço por quase {HOURS} {WD_DATE}, por causa de {KIND1} na infraestrutura de {CO}. A empresa garante que a situação já está sob controle.",
        "{CO} confirmou {WD_DATE}, que foi vítima de {KIND1}, que afetou {PRODUCT} em vários países. A companhia ainda não sabe a origem exata do problema.",
        "Os serviços de {CO} apresentaram instabilidade {WD_DATE}, {TIME}, segundo dados do site {TOOL}. Milhares de internautas relataram dificuldades para acessar suas contas.",
        "Foi {KIND1} que {CO} preferia ter evitado. {^WD_DATE}, {PRODUCT} ficou fora do ar durante várias horas para grande parte dos usuários.",
    ],
    captions: &[
        "{CO} tem {USERS} de usuários.",
        "O logotipo de {CO} na tela de um celular.",
        "{PRODUCT} ficou fora do ar por várias horas.",
        "As equipes de {CO} trabalharam a noite toda para restabelecer o serviço.",
    ],
    subheads: &[
        "Milhares de queixas",
        "Sem indícios de ataque",
        "Um ano difícil para {CO}",
        "O que diz a empresa",
        "Clientes sem informação",
        "Especialistas pedem cautela",
        "Dúvidas sobre a resiliência",
        "Não é a primeira vez",
    ],
    body: &[
        "Segundo {CO}, a {KIND} começou {TIME} e durou quase {HOURS}.",
        "De acordo com o {TOOL}, mais de {REPORTS} queixas foram registradas apenas na primeira hora.",
        "{CO} afirma não ter encontrado nenhum indício de acesso indevido aos dados dos clientes.",
        "\"Sabemos que muitos de vocês não conseguiram usar o {PRODUCT} e estamos trabalhando para normalizar o serviço\", afirmou {PERSON}, {ROLE}.",
        "Usuários {CITY} e {CITY2} relataram que não conseguiram fazer login durante boa parte da noite.",
        "{CO} tinha cerca de {USERS} de usuários no fim de {PREV_YEAR}, de acordo com números divulgados pela própria empresa.",
        "{^PREV_MONTH}, a empresa já havia enfrentado um incidente parecido, que atingiu {PCT} dos clientes.",
        "O incidente acontece num momento delicado para {CO}, que tenta recuperar a confiança de grandes clientes corporativos.",
        "Para {EXPERT}, {EXPERT_ROLE}, falhas desse tipo costumam ser causadas por erros de configuração, e não por ataques.",
        "As ações de {CO} caíram {SMALL_PCT} no início do pregão, mas recuperaram parte das perdas ao longo do dia.",
        "Um grupo que se apresenta como {GROUP} reivindicou a ação em um fórum na internet, mas a alegação não pôde ser confirmada.",
        "Vários bancos e companhias aéreas que dependem de {CO} também relataram problemas em seus próprios serviços.",
        "{CO2}, cuja infraestrutura é usada por {CO}, disse que seus sistemas funcionavam normalmente {DATE}.",
        "{CO} prometeu divulgar nos próximos dias um relatório detalhado sobre as causas da {KIND}.",
        "Nas redes sociais, muitos usuários reclamaram que ficaram horas sem receber qualquer informação de {CO}.",
        "Em {PREV_YEAR}, um incidente semelhante envolvendo {CO2} deixou milhões de pessoas sem serviço por um dia inteiro.",
        "Os engenheiros desfizeram as últimas alterações pouco depois da meia-noite, e o {PRODUCT} voltou a funcionar na manhã seguinte.",
        "{CO} não informou quantos clientes foram afetados no total nem se houve perda de dados.",
        "Especialistas recomendam trocar a senha e ativar a autenticação em dois fatores na conta do {PRODUCT}.",
        "{CO} pediu desculpas aos clientes e anunciou uma compensação para as empresas.",
        "Os primeiros problemas foram percebidos por usuários {CITY} e, em poucos minutos, se espalharam pela Europa e pela América do Norte.",
        "Segundo {PERSON}, nem dados de pagamento nem senhas foram comprometidos durante a {KIND}.",
        "A última interrupção dessa magnitude envolvendo {CO} aconteceu {PREV_MY}.",
        "Órgãos reguladores pediram explicações a {CO} e vão avaliar se a empresa cumpriu suas obrigações legais.",
        "Até a página de status de {CO} ficou fora do ar por alguns minutos {DATE}, o que dificultou o acompanhamento da situação.",
    ],
};

// --- Dutch -----------------------------------------------------------------

const NL: Lang = Lang {
    code: "nl",
    weight: 5,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    months_in: MonthsIn::Prefix("in "),
    weekdays: [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    kinds: [
        ["storing", "een storing", "de storing"],
        ["datadiefstal", "een datadiefstal", "de datadiefstal"],
        ["cyberaanval", "een cyberaanval", "de cyberaanval"],
        ["DDoS-aanval", "een DDoS-aanval", "de DDoS-aanval"],
        [
            "ransomware-aanval",
            "een ransomware-aanval",
            "de ransomware-aanval",
        ],
        ["softwarefout", "een softwarefout", "de softwarefout"],
    ],
    company_names: &[],
    source_a: [
        ("Net", "net"),
        ("Tech", "tech"),
        ("Data", "data"),
        ("Computer", "computer"),
        ("Web", "web"),
    ],
    source_b: [
        ("krant", "krant"),
        ("blad", "blad"),
        ("nieuws", "nieuws"),
        ("bode", "bode"),
    ],
    source_join: "",
    sections: &[
        "Tech",
        "Economie",
        "Internet",
        "Digitaal",
        "Beveiliging",
        "Media",
    ],
    newsletters: &[
        "Ontvang elke ochtend het belangrijkste technieuws in je mailbox",
        "Schrijf je in voor onze dagelijkse nieuwsbrief",
    ],
    comment_prompts: &["Reageer", "Praat mee"],
    moderation: &[
        "* Reacties op {SITE} worden door de redactie gemodereerd.",
        "* De redactie van {SITE} leest alle reacties voordat ze online komen.",
    ],
    share_bars: &["Deel Tweet Mail", "Facebook Twitter WhatsApp E-mail"],
    persons: &[
        ("Sanne de Vries", true),
        ("Pieter Jansen", false),
        ("Eva Bakker", true),
        ("Jeroen Visser", false),
        ("Lotte Smit", true),
        ("Bas Meijer", false),
        ("Fleur Mulder", true),
        ("Ruben de Boer", false),
        ("Anouk Dekker", true),
        ("Thijs van Dijk", false),
    ],
    roles: &[
        ("woordvoerder van {CO}", "woordvoerster van {CO}"),
        (
            "technisch directeur van {CO}",
            "technisch directeur van {CO}",
        ),
        ("hoofd communicatie bij {CO}", "hoofd communicatie bij {CO}"),
    ],
    expert_roles: &[
        (
            "beveiligingsonderzoeker {ORG}",
            "beveiligingsonderzoeker {ORG}",
        ),
        (
            "hoogleraar netwerkbeveiliging {ORG}",
            "hoogleraar netwerkbeveiliging {ORG}",
        ),
    ],
    orgs: &[
        "aan de TU Delft",
        "aan de Universiteit Twente",
        "aan de Radboud Universiteit",
        "aan de KU Leuven",
        "bij TNO",
    ],
    cities: &[
        "in Amsterdam",
        "in Rotterdam",
        "in Utrecht",
        "in Den Haag",
        "in Eindhoven",
        "in Groningen",
        "in Antwerpen",
        "in Gent",
    ],
    bylines: &[
        "Door {BYLINE}",
        "{BYLINE} (ANP)",
        "Redactie {SITE}",
        "{BYLINE}",
    ],
    headlines: &[
        "{PRODUCT} urenlang onbereikbaar door {KIND1} bij {CO}",
        "{CO} bevestigt {KIND1}: {USERS} gebruikers getroffen",
        "{CO} biedt excuses aan na {KIND1}",
        "Wat we weten over de {KIND} bij {CO}",
        "{CO} onderzoekt {KIND1} bij {PRODUCT}",
        "Opnieuw {KIND1} bij {CO}, klanten urenlang in het ongewisse",
    ],
    ledes: &[
        "Gebruikers van {PRODUCT} konden de dienst {WD_DATE} bijna {HOURS} lang niet gebruiken door {KIND1} bij {CO}. Het bedrijf zegt dat de situatie inmiddels onder controle is.",
        "{CO} heeft {WD_DATE} bevestigd dat het getroffen is door {KIND1}, waardoor {PRODUCT} in tal van landen niet werkte. De precieze oorzaak is nog onduidelijk.",
        "De diensten van {CO} waren {WD_DATE} {TIME} ernstig verstoord, zo blijkt uit gegevens van {TOOL}. Duizenden mensen meldden problemen met inloggen.",
        "Voor {CO} komt de {KIND} op een slecht moment. {^WD_DATE} was {PRODUCT} urenlang onbereikbaar voor een groot deel van de Europese gebruikers.",
    ],
    captions: &[
        "{CO} heeft {USERS} gebruikers.",
        "Het logo van {CO} op het scherm van een smartphone.",
        "{PRODUCT} was urenlang onbereikbaar.",
        "Technici van {CO} werkten de hele nacht door aan een oplossing.",
    ],
    subheads: &[
        "Duizenden meldingen",
        "Geen aanwijzingen voor een aanval",
        "Een moeilijk jaar voor {CO}",
        "Wat het bedrijf zegt",
        "Klanten in het ongewisse",
        "Experts manen tot voorzichtigheid",
        "Vragen over de betrouwbaarheid",
        "Niet de eerste keer",
    ],
    body: &[
        "Volgens {CO} begon de {KIND} {TIME} en duurde die bijna {HOURS}.",
        "Volgens {TOOL} kwamen er alleen al in het eerste uur meer dan {REPORTS} meldingen binnen.",
        "{CO} zegt geen aanwijzingen te hebben gevonden dat onbevoegden toegang hebben gehad tot klantgegevens.",
        "\"We weten dat velen van jullie {PRODUCT} niet konden gebruiken en we werken hard aan een oplossing\", zei {PERSON}, {ROLE}.",
        "Gebruikers {CITY} en {CITY2} vertelden dat ze een groot deel van de avond niet konden inloggen.",
        "Eind {PREV_YEAR} had {CO} volgens eigen cijfers ongeveer {USERS} gebruikers.",
        "{^PREV_MONTH} had het bedrijf al te maken met een vergelijkbaar incident, waarbij {PCT} van de klanten werd getroffen.",
        "Het incident komt op een ongelukkig moment voor {CO}, dat probeert het vertrouwen van grote zakelijke klanten terug te winnen.",
        "Volgens {EXPERT}, {EXPERT_ROLE}, worden zulke storingen meestal veroorzaakt door een verkeerde configuratiewijziging en niet door een aanval.",
        "Het aandeel {CO} verloor in de vroege handel {SMALL_PCT}, maar herstelde later gedeeltelijk.",
        "Een groep die zich {GROUP} noemt, eiste de actie op in een onlineforum, maar die claim kon niet worden geverifieerd.",
        "Ook verschillende banken en luchtvaartmaatschappijen die afhankelijk zijn van {CO} meldden problemen met hun eigen diensten.",
        "{CO2}, waarvan de infrastructuur door {CO} wordt gebruikt, liet weten dat de eigen systemen {DATE} normaal werkten.",
        "{CO} belooft de komende dagen een uitgebreid rapport te publiceren over de oorzaken van de {KIND}.",
        "Op sociale media klaagden veel gebruikers dat ze urenlang geen informatie van {CO} hadden gekregen.",
        "In {PREV_YEAR} zorgde een vergelijkbaar incident bij {CO2} ervoor dat miljoenen mensen een hele dag zonder dienst zaten.",
        "Technici draaiden de laatste wijzigingen kort na middernacht terug, waarna {PRODUCT} de volgende ochtend weer beschikbaar was.",
        "Hoeveel klanten in totaal zijn getroffen en of er gegevens verloren zijn gegaan, maakte {CO} niet bekend.",
        "Deskundigen raden gebruikers aan hun wachtwoord te wijzigen en tweestapsverificatie in te schakelen voor hun {PRODUCT}-account.",
        "{CO} bood zijn klanten excuses aan en beloofde zakelijke gebruikers een compensatie.",
        "De eerste problemen werden opgemerkt door gebruikers {CITY}, waarna ze zich binnen enkele minuten uitbreidden naar Europa en Noord-Amerika.",
        "Volgens {PERSON} zijn er bij de {KIND} geen betaalgegevens of wachtwoorden gelekt.",
        "De laatste verstoring van deze omvang bij {CO} was {PREV_MY}.",
        "Toezichthouders hebben {CO} om opheldering gevraagd en onderzoeken of het bedrijf aan zijn wettelijke verplichtingen heeft voldaan.",
        "Zelfs de statuspagina van {CO} was {DATE} een tijdlang onbereikbaar, waardoor klanten de situatie moeilijk konden volgen.",
    ],
};

// --- Polish ----------------------------------------------------------------

const PL: Lang = Lang {
    code: "pl",
    weight: 4,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    months_in: MonthsIn::Table([
        "w styczniu",
        "w lutym",
        "w marcu",
        "w kwietniu",
        "w maju",
        "w czerwcu",
        "w lipcu",
        "w sierpniu",
        "we wrześniu",
        "w październiku",
        "w listopadzie",
        "w grudniu",
    ]),
    weekdays: [
        "w poniedziałek",
        "we wtorek",
        "w środę",
        "w czwartek",
        "w piątek",
        "w sobotę",
        "w niedzielę",
    ],
    // Nominative, genitive, locative.
    kinds: [
        ["awaria", "awarii", "awarii"],
        ["wyciek danych", "wycieku danych", "wycieku danych"],
        ["cyberatak", "cyberataku", "cyberataku"],
        ["atak DDoS", "ataku DDoS", "ataku DDoS"],
        ["atak ransomware", "ataku ransomware", "ataku ransomware"],
        [
            "błąd oprogramowania",
            "błędu oprogramowania",
            "błędzie oprogramowania",
        ],
    ],
    company_names: &[],
    source_a: [
        ("Gazeta", "gazeta"),
        ("Kurier", "kurier"),
        ("Przegląd", "przeglad"),
        ("Dziennik", "dziennik"),
        ("Puls", "puls"),
    ],
    source_b: [
        ("Sieci", "sieci"),
        ("Technologii", "technologii"),
        ("Internetu", "internetu"),
        ("Informatyki", "informatyki"),
    ],
    source_join: " ",
    sections: &[
        "Technologie",
        "Biznes",
        "Internet",
        "Bezpieczeństwo",
        "Nauka i technika",
        "Usługi",
    ],
    newsletters: &[
        "Codziennie rano najważniejsze wiadomości ze świata technologii",
        "Zapisz się na nasz codzienny newsletter",
    ],
    comment_prompts: &["Skomentuj", "Dodaj komentarz"],
    moderation: &[
        "* Komentarze publikowane w serwisie {SITE} są moderowane przez redakcję.",
        "* Redakcja {SITE} zastrzega sobie prawo do usuwania komentarzy naruszających regulamin.",
    ],
    share_bars: &[
        "Udostępnij Facebook Twitter E-mail",
        "Facebook Twitter Wykop E-mail",
    ],
    persons: &[
        ("Anna Kowalska", true),
        ("Piotr Nowak", false),
        ("Katarzyna Wiśniewska", true),
        ("Tomasz Wójcik", false),
        ("Magdalena Kamińska", true),
        ("Paweł Lewandowski", false),
        ("Agnieszka Zielińska", true),
        ("Michał Szymański", false),
        ("Joanna Woźniak", true),
        ("Krzysztof Dąbrowski", false),
    ],
    roles: &[
        (
            "rzecznik prasowy firmy {CO}",
            "rzeczniczka prasowa firmy {CO}",
        ),
        (
            "dyrektor ds. technologii w firmie {CO}",
            "dyrektor ds. technologii w firmie {CO}",
        ),
        (
            "szef działu komunikacji firmy {CO}",
            "szefowa działu komunikacji firmy {CO}",
        ),
    ],
    expert_roles: &[
        (
            "ekspert ds. cyberbezpieczeństwa {ORG}",
            "ekspertka ds. cyberbezpieczeństwa {ORG}",
        ),
        ("badacz {ORG}", "badaczka {ORG}"),
    ],
    orgs: &[
        "z Politechniki Warszawskiej",
        "z Uniwersytetu Jagiellońskiego",
        "z NASK",
        "z Politechniki Wrocławskiej",
        "z Akademii Górniczo-Hutniczej",
    ],
    cities: &[
        "w Warszawie",
        "w Krakowie",
        "we Wrocławiu",
        "w Gdańsku",
        "w Poznaniu",
        "w Łodzi",
        "w Katowicach",
        "w Lublinie",
    ],
    bylines: &["{BYLINE}", "Autor: {BYLINE}", "{BYLINE}, PAP"],
    headlines: &[
        "{^KIND} w firmie {CO}. Serwis {PRODUCT} nie działał przez {HOURS}",
        "Firma {CO} przeprasza po {KIND2}",
        "{USERS} użytkowników bez dostępu do usług firmy {CO}",
        "Co wiemy o {KIND2} w firmie {CO}",
        "Firma {CO} bada przyczyny {KIND1}",
        "Poważne problemy firmy {CO}. Serwis {PRODUCT} niedostępny",
    ],
    ledes: &[
        "{^WD_DATE} użytkownicy serwisu {PRODUCT} przez prawie {HOURS} nie mogli korzystać z usługi z powodu {KIND1} w firmie {CO}. Przedstawiciele spółki zapewniają, że sytuacja jest już pod kontrolą.",
        "Firma {CO} potwierdziła {WD_DATE}, że doszło do {KIND1}, przez co serwis {PRODUCT} nie działał w wielu krajach. Dokładna przyczyna problemu wciąż nie jest znana.",
        "Usługi firmy {CO} działały z dużymi zakłóceniami {WD_DATE} {TIME}, jak wynika z danych serwisu {TOOL}. Tysiące internautów zgłaszały problemy z logowaniem.",
        "Dla firmy {CO} to bardzo zły moment. {^WD_DATE} serwis {PRODUCT} przez kilka godzin był niedostępny dla dużej części europejskich użytkowników.",
    ],
    captions: &[
        "Z usług firmy {CO} korzysta {USERS} osób.",
        "Logo firmy {CO} na ekranie smartfona.",
        "Serwis {PRODUCT} był niedostępny przez kilka godzin.",
        "Inżynierowie firmy {CO} pracowali całą noc nad przywróceniem usług.",
    ],
    subheads: &[
        "Tysiące zgłoszeń",
        "Brak dowodów na atak",
        "Trudny rok dla firmy {CO}",
        "Co mówi firma",
        "Klienci bez informacji",
        "Eksperci apelują o ostrożność",
        "Pytania o niezawodność",
        "To nie pierwszy raz",
    ],
    body: &[
        "Według firmy {CO} problemy zaczęły się {TIME} i trwały prawie {HOURS}.",
        "Według serwisu {TOOL} w ciągu pierwszej godziny zgłoszono ponad {REPORTS} problemów.",
        "Firma {CO} twierdzi, że nie znalazła żadnych dowodów na to, by ktoś uzyskał dostęp do danych klientów.",
        "– Wiemy, że wielu z was nie mogło korzystać z serwisu {PRODUCT}, i pracujemy nad tym, by jak najszybciej przywrócić jego działanie – podkreśla {PERSON}, {ROLE}.",
        "Użytkownicy {CITY} i {CITY2} skarżyli się, że przez większą część wieczoru nie mogli się zalogować.",
        "Pod koniec {PREV_YEAR} r. z usług firmy {CO} korzystało około {USERS} osób.",
        "{^PREV_MONTH} w firmie doszło już do podobnego incydentu, który dotknął {PCT} klientów.",
        "Incydent to zła wiadomość dla firmy {CO}, która stara się odzyskać zaufanie dużych klientów biznesowych.",
        "Jak zauważa {EXPERT}, {EXPERT_ROLE}, takie awarie najczęściej wynikają z błędnej zmiany konfiguracji, a nie z ataku.",
        "Akcje firmy {CO} potaniały na początku sesji o {SMALL_PCT}, ale później częściowo odrobiły straty.",
        "Grupa nazywająca się {GROUP} przyznała się do ataku na jednym z forów internetowych, jednak tej deklaracji nie udało się potwierdzić.",
        "O problemach z własnymi usługami poinformowało też kilka banków i linii lotniczych, które korzystają z rozwiązań firmy {CO}.",
        "Firma {CO2}, z której infrastruktury korzysta {CO}, zapewnia, że jej systemy działały {DATE} normalnie.",
        "Firma {CO} zapowiedziała, że w najbliższych dniach opublikuje szczegółowy raport na temat przyczyn {KIND1}.",
        "W mediach społecznościowych wielu użytkowników skarżyło się, że przez kilka godzin nie otrzymali od firmy {CO} żadnych informacji.",
        "W {PREV_YEAR} r. podobny incydent w firmie {CO2} odciął miliony osób od usług na cały dzień.",
        "Inżynierowie wycofali ostatnie zmiany tuż po północy, a następnego ranka serwis {PRODUCT} znów działał.",
        "Firma {CO} nie podała, ilu klientów zostało łącznie dotkniętych problemami ani czy doszło do utraty danych.",
        "Specjaliści zalecają zmianę hasła i włączenie uwierzytelniania dwuskładnikowego na koncie w serwisie {PRODUCT}.",
        "Firma {CO} przeprosiła klientów i zapowiedziała rekompensaty dla firm.",
        "Pierwsze problemy zauważyli użytkownicy {CITY}, a w ciągu kilku minut zakłócenia objęły Europę i Amerykę Północną.",
        "Jak zapewnia {PERSON}, w wyniku {KIND1} nie wyciekły żadne dane płatnicze ani hasła.",
        "Ostatnia awaria na taką skalę w firmie {CO} miała miejsce {PREV_MY}.",
        "Regulatorzy zażądali od firmy {CO} wyjaśnień i sprawdzą, czy spółka wywiązała się z obowiązków prawnych.",
    ],
};

// --- Swedish ---------------------------------------------------------------

const SV: Lang = Lang {
    code: "sv",
    weight: 3,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    months_in: MonthsIn::Prefix("i "),
    weekdays: [
        "måndagen",
        "tisdagen",
        "onsdagen",
        "torsdagen",
        "fredagen",
        "lördagen",
        "söndagen",
    ],
    kinds: [
        ["driftstörning", "en driftstörning", "driftstörningen"],
        ["dataläcka", "en dataläcka", "dataläckan"],
        ["cyberattack", "en cyberattack", "cyberattacken"],
        ["DDoS-attack", "en DDoS-attack", "DDoS-attacken"],
        [
            "ransomwareattack",
            "en ransomwareattack",
            "ransomwareattacken",
        ],
        ["programvarufel", "ett programvarufel", "programvarufelet"],
    ],
    company_names: &[],
    source_a: [
        ("Nät", "nat"),
        ("Data", "data"),
        ("Teknik", "teknik"),
        ("Digital", "digital"),
        ("Webb", "webb"),
    ],
    source_b: [
        ("posten", "posten"),
        ("bladet", "bladet"),
        ("nytt", "nytt"),
        ("världen", "varlden"),
    ],
    source_join: "",
    sections: &[
        "Teknik",
        "Ekonomi",
        "Internet",
        "Näringsliv",
        "It-säkerhet",
        "Digitalt",
    ],
    newsletters: &[
        "Få de viktigaste tekniknyheterna i din inkorg varje morgon",
        "Prenumerera på vårt dagliga nyhetsbrev",
    ],
    comment_prompts: &["Kommentera", "Diskutera artikeln"],
    moderation: &[
        "* Kommentarer på {SITE} granskas av redaktionen innan de publiceras.",
        "* {SITE} förbehåller sig rätten att ta bort kommentarer som bryter mot våra regler.",
    ],
    share_bars: &["Dela Twittra Mejla", "Facebook Twitter Linkedin E-post"],
    persons: &[
        ("Anna Lindberg", true),
        ("Erik Johansson", false),
        ("Sara Nilsson", true),
        ("Johan Karlsson", false),
        ("Emma Andersson", true),
        ("Magnus Berg", false),
        ("Linnea Holm", true),
        ("Oskar Lund", false),
        ("Karin Ek", true),
        ("Fredrik Sjöberg", false),
    ],
    roles: &[
        ("presstalesperson på {CO}", "presstalesperson på {CO}"),
        ("teknikchef på {CO}", "teknikchef på {CO}"),
        ("kommunikationschef på {CO}", "kommunikationschef på {CO}"),
    ],
    expert_roles: &[
        ("säkerhetsforskare {ORG}", "säkerhetsforskare {ORG}"),
        (
            "docent i datavetenskap {ORG}",
            "docent i datavetenskap {ORG}",
        ),
    ],
    orgs: &[
        "vid KTH",
        "vid Chalmers",
        "vid Linköpings universitet",
        "vid Lunds universitet",
        "på RISE",
    ],
    cities: &[
        "i Stockholm",
        "i Göteborg",
        "i Malmö",
        "i Uppsala",
        "i Umeå",
        "i Linköping",
        "i Örebro",
        "i Helsingborg",
    ],
    bylines: &["{BYLINE}", "Text: {BYLINE}", "{BYLINE}/TT"],
    headlines: &[
        "{PRODUCT} låg nere i flera timmar efter {KIND1} hos {CO}",
        "{CO} bekräftar {KIND1} – {USERS} användare drabbade",
        "{CO} ber om ursäkt efter {KIND2}",
        "Det här vet vi om {KIND2} hos {CO}",
        "{CO} utreder {KIND2} som slog ut {PRODUCT}",
        "Kunder rasande efter {KIND2} hos {CO}",
    ],
    ledes: &[
        "Användare av {PRODUCT} kunde inte använda tjänsten i nästan {HOURS} {WD_DATE} på grund av {KIND1} hos {CO}. Företaget uppger att situationen nu är under kontroll.",
        "{CO} bekräftade {WD_DATE} att företaget drabbats av {KIND1} som gjorde att {PRODUCT} slutade fungera i flera länder. Den exakta orsaken är ännu inte känd.",
        "Tjänsterna hos {CO} var kraftigt störda {WD_DATE} {TIME}, enligt uppgifter från {TOOL}. Tusentals personer rapporterade problem med att logga in.",
        "För {CO} kommer {KIND2} vid sämsta tänkbara tidpunkt. {^WD_DATE} var {PRODUCT} otillgänglig i flera timmar för en stor del av användarna i Europa.",
    ],
    captions: &[
        "{CO} har {USERS} användare.",
        "Logotypen för {CO} på en mobilskärm.",
        "{PRODUCT} låg nere i flera timmar.",
        "Tekniker på {CO} arbetade hela natten för att lösa problemet.",
    ],
    subheads: &[
        "Tusentals felanmälningar",
        "Inga tecken på en attack",
        "Ett tufft år för {CO}",
        "Det här säger företaget",
        "Kunderna lämnades utan besked",
        "Experterna manar till försiktighet",
        "Frågor om driftsäkerheten",
        "Inte första gången",
    ],
    body: &[
        "Enligt {CO} började {KIND2} {TIME} och varade i nästan {HOURS}.",
        "Enligt {TOOL} kom det in mer än {REPORTS} felanmälningar bara under den första timmen.",
        "{CO} säger att man inte har hittat några tecken på att obehöriga har kommit åt kunddata.",
        "– Vi vet att många av er inte har kunnat använda {PRODUCT}, och vi arbetar för att allt ska fungera som vanligt igen, säger {PERSON}, {ROLE}.",
        "Användare {CITY} och {CITY2} berättade att de inte kunde logga in under större delen av kvällen.",
        "I slutet av {PREV_YEAR} hade {CO} omkring {USERS} användare, enligt företagets egna siffror.",
        "Redan {PREV_MONTH} drabbades företaget av en liknande incident som påverkade {PCT} av kunderna.",
        "Händelsen kommer olägligt för {CO}, som försöker vinna tillbaka förtroendet hos stora företagskunder.",
        "Enligt {EXPERT}, {EXPERT_ROLE}, beror sådana störningar oftast på en felaktig konfigurationsändring och inte på en attack.",
        "Aktien i {CO} föll med {SMALL_PCT} i den tidiga handeln men återhämtade sig delvis senare under dagen.",
        "En grupp som kallar sig {GROUP} tog på sig ansvaret i ett forum på nätet, men uppgiften har inte kunnat bekräftas.",
        "Även flera banker och flygbolag som är beroende av {CO} rapporterade problem med sina egna tjänster.",
        "{CO2}, vars infrastruktur används av {CO}, uppger att de egna systemen fungerade normalt {DATE}.",
        "{CO} lovar att under de närmaste dagarna publicera en utförlig rapport om orsakerna till {KIND2}.",
        "I sociala medier klagade många användare över att de inte hade fått någon information från {CO} på flera timmar.",
        "År {PREV_YEAR} gjorde en liknande incident hos {CO2} att miljontals människor stod utan tjänst en hel dag.",
        "Teknikerna backade de senaste ändringarna strax efter midnatt, och nästa morgon fungerade {PRODUCT} igen.",
        "{CO} har inte uppgett hur många kunder som drabbades totalt eller om några data gick förlorade.",
        "Experter råder användarna att byta lösenord och aktivera tvåstegsverifiering för sitt konto hos {PRODUCT}.",
        "{CO} har bett sina kunder om ursäkt och utlovat ersättning till företagskunder.",
        "De första problemen upptäcktes av användare {CITY}, och inom några minuter hade de spridit sig till Europa och Nordamerika.",
        "Enligt {PERSON} har inga betalningsuppgifter eller lösenord läckt i samband med {KIND2}.",
        "Den senaste störningen av den här omfattningen hos {CO} inträffade {PREV_MY}.",
        "Tillsynsmyndigheter har begärt en förklaring från {CO} och ska granska om företaget har följt lagen.",
    ],
};

// --- Danish ----------------------------------------------------------------

const DA: Lang = Lang {
    code: "da",
    weight: 2,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    months_in: MonthsIn::Prefix("i "),
    weekdays: [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    ],
    kinds: [
        ["nedbrud", "et nedbrud", "nedbruddet"],
        ["datalæk", "et datalæk", "datalækket"],
        ["cyberangreb", "et cyberangreb", "cyberangrebet"],
        ["DDoS-angreb", "et DDoS-angreb", "DDoS-angrebet"],
        [
            "ransomwareangreb",
            "et ransomwareangreb",
            "ransomwareangrebet",
        ],
        ["softwarefejl", "en softwarefejl", "softwarefejlen"],
    ],
    company_names: &[],
    source_a: [
        ("Kode", "kode"),
        ("Data", "data"),
        ("Tek", "tek"),
        ("Digital", "digital"),
        ("Web", "web"),
    ],
    source_b: [
        ("avisen", "avisen"),
        ("bladet", "bladet"),
        ("nyt", "nyt"),
        ("posten", "posten"),
    ],
    source_join: "",
    sections: &[
        "Teknologi",
        "Erhverv",
        "Internet",
        "Digitalt",
        "It-sikkerhed",
        "Tjenester",
    ],
    newsletters: &[
        "Få de vigtigste tech-nyheder i din indbakke hver morgen",
        "Tilmeld dig vores daglige nyhedsbrev",
    ],
    comment_prompts: &["Kommentér", "Deltag i debatten"],
    moderation: &[
        "* Kommentarer på {SITE} bliver modereret af redaktionen.",
        "* {SITE} forbeholder sig retten til at fjerne kommentarer, der overtræder vores regler.",
    ],
    share_bars: &["Del Tweet E-mail", "Facebook Twitter Linkedin E-mail"],
    persons: &[
        ("Mette Jensen", true),
        ("Lars Nielsen", false),
        ("Camilla Hansen", true),
        ("Søren Pedersen", false),
        ("Louise Andersen", true),
        ("Rasmus Christensen", false),
        ("Sofie Larsen", true),
        ("Mikkel Sørensen", false),
        ("Julie Rasmussen", true),
        ("Anders Poulsen", false),
    ],
    roles: &[
        ("pressechef hos {CO}", "pressechef hos {CO}"),
        ("teknisk direktør hos {CO}", "teknisk direktør hos {CO}"),
        ("kommunikationschef i {CO}", "kommunikationschef i {CO}"),
    ],
    expert_roles: &[
        ("sikkerhedsforsker {ORG}", "sikkerhedsforsker {ORG}"),
        ("lektor i datalogi {ORG}", "lektor i datalogi {ORG}"),
    ],
    orgs: &[
        "ved DTU",
        "ved Aarhus Universitet",
        "ved Københavns Universitet",
        "ved Aalborg Universitet",
        "ved IT-Universitetet",
    ],
    cities: &[
        "i København",
        "i Aarhus",
        "i Odense",
        "i Aalborg",
        "i Esbjerg",
        "i Roskilde",
        "i Vejle",
        "i Randers",
    ],
    bylines: &["{BYLINE}", "Af {BYLINE}", "{BYLINE}/Ritzau"],
    headlines: &[
        "{PRODUCT} var nede i flere timer efter {KIND1} hos {CO}",
        "{CO} bekræfter {KIND1}: {USERS} brugere ramt",
        "{CO} undskylder efter {KIND2}",
        "Det ved vi om {KIND2} hos {CO}",
        "{CO} undersøger {KIND2}, der lagde {PRODUCT} ned",
        "Vrede kunder efter {KIND2} hos {CO}",
    ],
    ledes: &[
        "Brugerne af {PRODUCT} kunne ikke bruge tjenesten i næsten {HOURS} {WD_DATE} på grund af {KIND1} hos {CO}. Virksomheden oplyser, at situationen nu er under kontrol.",
        "{CO} bekræftede {WD_DATE}, at virksomheden var blevet ramt af {KIND1}, som betød, at {PRODUCT} ikke virkede i en række lande. Den præcise årsag er endnu ikke kendt.",
        "Tjenesterne hos {CO} var {WD_DATE} {TIME} ramt af store forstyrrelser, viser tal fra {TOOL}. Tusindvis af brugere meldte om problemer med at logge ind.",
        "For {CO} kommer {KIND2} på et meget dårligt tidspunkt. {^WD_DATE} var {PRODUCT} utilgængelig i flere timer for en stor del af brugerne i Europa.",
    ],
    captions: &[
        "{CO} har {USERS} brugere.",
        "Logoet for {CO} på en mobilskærm.",
        "{PRODUCT} var nede i flere timer.",
        "Teknikere hos {CO} arbejdede hele natten på at løse problemet.",
    ],
    subheads: &[
        "Tusindvis af fejlmeldinger",
        "Ingen tegn på et angreb",
        "Et svært år for {CO}",
        "Det siger virksomheden",
        "Kunderne blev holdt hen i uvished",
        "Eksperter opfordrer til forsigtighed",
        "Spørgsmål om driftssikkerheden",
        "Ikke første gang",
    ],
    body: &[
        "Ifølge {CO} begyndte problemerne {TIME} og varede i næsten {HOURS}.",
        "Ifølge {TOOL} kom der mere end {REPORTS} fejlmeldinger alene i den første time.",
        "{CO} siger, at man ikke har fundet nogen tegn på, at uvedkommende har haft adgang til kundernes data.",
        "- Vi ved, at mange af jer ikke har kunnet bruge {PRODUCT}, og vi arbejder på at få alt til at fungere normalt igen, siger {PERSON}, {ROLE}.",
        "Brugere {CITY} og {CITY2} fortalte, at de ikke kunne logge ind i det meste af aftenen.",
        "Ved udgangen af {PREV_YEAR} havde {CO} omkring {USERS} brugere ifølge virksomhedens egne tal.",
        "Allerede {PREV_MONTH} blev virksomheden ramt af en lignende hændelse, som påvirkede {PCT} af kunderne.",
        "Hændelsen kommer på et uheldigt tidspunkt for {CO}, der forsøger at genvinde tilliden hos store erhvervskunder.",
        "Ifølge {EXPERT}, {EXPERT_ROLE}, skyldes den slags forstyrrelser oftest en forkert ændring af konfigurationen og ikke et angreb.",
        "Aktien i {CO} faldt {SMALL_PCT} i den tidlige handel, men hentede senere en del af tabet.",
        "En gruppe, der kalder sig {GROUP}, påtog sig ansvaret i et forum på nettet, men det har ikke været muligt at bekræfte oplysningen.",
        "Også flere banker og flyselskaber, som er afhængige af {CO}, meldte om problemer med deres egne tjenester.",
        "{CO2}, hvis infrastruktur bruges af {CO}, oplyser, at virksomhedens egne systemer fungerede normalt {DATE}.",
        "{CO} lover at offentliggøre en grundig rapport om årsagerne til {KIND2} inden for de næste dage.",
        "På de sociale medier klagede mange brugere over, at de i flere timer ikke havde fået nogen besked fra {CO} om, hvad der egentlig var sket.",
        "I {PREV_YEAR} betød en lignende hændelse hos {CO2}, at millioner af mennesker var uden tjeneste en hel dag.",
        "Kort efter midnat fik teknikerne rullet de seneste ændringer tilbage, og næste morgen kunne brugerne igen benytte {PRODUCT}, oplyser virksomheden.",
        "{CO} har ikke oplyst, hvor mange kunder der i alt blev ramt, eller om der gik data tabt.",
        "Eksperter anbefaler, at brugerne hurtigst muligt skifter deres adgangskode og slår totrinsbekræftelse til, så det bliver sværere for uvedkommende at få adgang til kontoen hos {PRODUCT}.",
        "{CO} har undskyldt over for kunderne og lovet erstatning til erhvervskunder.",
        "De første problemer blev opdaget af brugere {CITY}, og i løbet af få minutter havde de spredt sig til Europa og Nordamerika.",
        "Ifølge {PERSON} er der ikke lækket betalingsoplysninger eller adgangskoder i forbindelse med {KIND2}.",
        "Den seneste forstyrrelse af dette omfang hos {CO} fandt sted {PREV_MY}.",
        "Tilsynsmyndighederne har bedt {CO} om en forklaring og vil undersøge, om virksomheden har overholdt loven.",
    ],
};

// --- Russian ---------------------------------------------------------------

const RU: Lang = Lang {
    code: "ru",
    weight: 5,
    latin_slug: false,
    sentence_sep: " ",
    months: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    months_in: MonthsIn::Table([
        "в январе",
        "в феврале",
        "в марте",
        "в апреле",
        "в мае",
        "в июне",
        "в июле",
        "в августе",
        "в сентябре",
        "в октябре",
        "в ноябре",
        "в декабре",
    ]),
    weekdays: [
        "в понедельник,",
        "во вторник,",
        "в среду,",
        "в четверг,",
        "в пятницу,",
        "в субботу,",
        "в воскресенье,",
    ],
    // Nominative, genitive, and "about …" (о / об + prepositional).
    kinds: [
        ["сбой", "сбоя", "о сбое"],
        ["утечка данных", "утечки данных", "об утечке данных"],
        ["кибератака", "кибератаки", "о кибератаке"],
        ["DDoS-атака", "DDoS-атаки", "о DDoS-атаке"],
        [
            "атака вируса-вымогателя",
            "атаки вируса-вымогателя",
            "об атаке вируса-вымогателя",
        ],
        [
            "ошибка в обновлении ПО",
            "ошибки в обновлении ПО",
            "об ошибке в обновлении ПО",
        ],
    ],
    company_names: &[],
    source_a: [
        ("Цифровой", "tsifrovoy"),
        ("Сетевой", "setevoy"),
        ("Новый", "novy"),
        ("Городской", "gorodskoy"),
        ("Технический", "tekhnicheskiy"),
    ],
    source_b: [
        ("вестник", "vestnik"),
        ("курьер", "kurier"),
        ("обозреватель", "obozrevatel"),
        ("дайджест", "daidzhest"),
    ],
    source_join: " ",
    sections: &[
        "Технологии",
        "Экономика",
        "Интернет",
        "Бизнес",
        "Кибербезопасность",
        "Сервисы",
    ],
    newsletters: &[
        "Получайте главные новости технологий каждое утро",
        "Подпишитесь на нашу ежедневную рассылку",
    ],
    comment_prompts: &["Комментировать", "Обсудить"],
    moderation: &[
        "* Комментарии на сайте «{SITE}» проходят модерацию редакции.",
        "* Редакция «{SITE}» оставляет за собой право удалять комментарии, нарушающие правила сайта.",
    ],
    share_bars: &[
        "Поделиться ВКонтакте Telegram WhatsApp",
        "ВКонтакте Одноклассники Telegram",
    ],
    persons: &[
        ("Анна Смирнова", true),
        ("Дмитрий Волков", false),
        ("Елена Кузнецова", true),
        ("Алексей Морозов", false),
        ("Ольга Павлова", true),
        ("Сергей Новиков", false),
        ("Мария Соколова", true),
        ("Игорь Лебедев", false),
        ("Наталья Козлова", true),
        ("Павел Орлов", false),
    ],
    roles: &[
        (
            "пресс-секретарь компании {CO}",
            "пресс-секретарь компании {CO}",
        ),
        ("технический директор {CO}", "технический директор {CO}"),
        (
            "руководитель пресс-службы {CO}",
            "руководитель пресс-службы {CO}",
        ),
    ],
    expert_roles: &[
        (
            "эксперт по кибербезопасности {ORG}",
            "эксперт по кибербезопасности {ORG}",
        ),
        ("исследователь {ORG}", "исследовательница {ORG}"),
    ],
    orgs: &[
        "из МГУ",
        "из Высшей школы экономики",
        "из МФТИ",
        "из ИТМО",
        "из Сколтеха",
    ],
    cities: &[
        "в Москве",
        "в Санкт-Петербурге",
        "в Новосибирске",
        "в Екатеринбурге",
        "в Казани",
        "в Нижнем Новгороде",
        "в Самаре",
        "в Краснодаре",
    ],
    bylines: &[
        "{BYLINE}",
        "Автор: {BYLINE}",
        "По материалам ТАСС и «Интерфакса»",
    ],
    headlines: &[
        "{^KIND} в компании {CO}: {PRODUCT} не работал несколько часов",
        "Компания {CO} извинилась перед пользователями после {KIND1}",
        "Что известно {KIND2} в компании {CO}",
        "Компания {CO} расследует причины {KIND1}",
        "Около {USERS} пользователей остались без доступа к {PRODUCT}",
        "Пользователи {PRODUCT} несколько часов не могли войти в свои аккаунты",
    ],
    ledes: &[
        "Пользователи {PRODUCT} почти {HOURS} не могли воспользоваться сервисом {WD_DATE} из-за {KIND1} в компании {CO}. В компании заверяют, что ситуация уже под контролем.",
        "Компания {CO} {WD_DATE} сообщила {KIND2}. По словам представителей компании, у многих пользователей в разных странах возникли проблемы с доступом к {PRODUCT}, а точная причина пока не установлена.",
        "Сервисы компании {CO} работали с серьёзными перебоями {WD_DATE} {TIME}, следует из данных {TOOL}. Тысячи пользователей сообщили о проблемах со входом.",
        "Для компании {CO} это крайне неудачный момент. {^WD_DATE} {PRODUCT} в течение нескольких часов был недоступен для значительной части пользователей в Европе.",
    ],
    captions: &[
        "У компании {CO} около {USERS} пользователей.",
        "Логотип компании {CO} на экране смартфона.",
        "{PRODUCT} был недоступен несколько часов.",
        "Инженеры компании {CO} всю ночь восстанавливали работу сервисов.",
    ],
    subheads: &[
        "Тысячи жалоб",
        "Никаких признаков атаки",
        "Трудный год для компании {CO}",
        "Что говорят в компании",
        "Клиенты остались без информации",
        "Эксперты призывают к осторожности",
        "Вопросы о надёжности",
        "Не в первый раз",
    ],
    body: &[
        "По данным компании {CO}, проблемы начались {TIME} и продолжались почти {HOURS}.",
        "Согласно данным {TOOL}, только за первый час поступило более {REPORTS} жалоб.",
        "В компании {CO} утверждают, что не обнаружили никаких признаков несанкционированного доступа к данным клиентов.",
        "«Мы знаем, что многие из вас не смогли воспользоваться {PRODUCT}, и делаем всё, чтобы как можно скорее восстановить работу сервиса», — отмечает {PERSON}, {ROLE}.",
        "Пользователи {CITY} и {CITY2} рассказали, что большую часть вечера не могли войти в свои аккаунты.",
        "По собственным данным компании {CO}, в конце {PREV_YEAR} года у неё было около {USERS} пользователей.",
        "{^PREV_MONTH} компания уже сталкивалась с похожим инцидентом, который затронул {PCT} клиентов.",
        "Инцидент произошёл в неудачный момент для компании {CO}, которая пытается вернуть доверие крупных корпоративных клиентов.",
        "Как отмечает {EXPERT}, {EXPERT_ROLE}, подобные сбои чаще всего вызваны ошибкой в настройках, а не атакой.",
        "Акции компании {CO} в начале торгов подешевели на {SMALL_PCT}, но затем частично отыграли потери.",
        "Группировка под названием {GROUP} взяла на себя ответственность на одном из интернет-форумов, однако это заявление не удалось проверить.",
        "О проблемах с собственными сервисами сообщили также несколько банков и авиакомпаний, которые пользуются услугами компании {CO}.",
        "В компании {CO2}, инфраструктурой которой пользуется {CO}, заявили, что {DATE} её системы работали в штатном режиме.",
        "Компания {CO} пообещала в ближайшие дни опубликовать подробный отчёт о причинах {KIND1}.",
        "В социальных сетях многие пользователи жаловались, что компания {CO} несколько часов не давала никаких объяснений.",
        "В {PREV_YEAR} году похожий инцидент в компании {CO2} на целый день оставил без связи миллионы людей.",
        "Инженеры откатили последние изменения вскоре после полуночи, и на следующее утро {PRODUCT} снова заработал.",
        "Компания {CO} не уточнила, сколько всего клиентов пострадало и были ли потеряны данные.",
        "Специалисты советуют пользователям сменить пароль и включить двухфакторную аутентификацию в своей учётной записи {PRODUCT}.",
        "Компания {CO} принесла извинения клиентам и пообещала компенсацию корпоративным пользователям.",
        "Первыми проблемы заметили пользователи {CITY}, а уже через несколько минут сбои распространились на Европу и Северную Америку.",
        "Как заверяет {PERSON}, в результате {KIND1} платёжные данные и пароли не пострадали.",
        "Последний сбой такого масштаба в компании {CO} произошёл {PREV_MY}.",
        "Регуляторы потребовали от компании {CO} объяснений и проверят, выполнила ли она свои обязательства по закону.",
    ],
};

// --- Japanese --------------------------------------------------------------

const JA: Lang = Lang {
    code: "ja",
    weight: 4,
    latin_slug: false,
    sentence_sep: "",
    months: [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
    months_in: MonthsIn::Prefix(""),
    weekdays: ["月", "火", "水", "木", "金", "土", "日"],
    kinds: [
        ["障害", "障害", "障害"],
        ["情報漏えい", "情報漏えい", "情報漏えい"],
        ["サイバー攻撃", "サイバー攻撃", "サイバー攻撃"],
        ["DDoS攻撃", "DDoS攻撃", "DDoS攻撃"],
        [
            "ランサムウェア攻撃",
            "ランサムウェア攻撃",
            "ランサムウェア攻撃",
        ],
        [
            "ソフトウェアの不具合",
            "ソフトウェアの不具合",
            "ソフトウェアの不具合",
        ],
    ],
    company_names: &[
        ("twitter", "ツイッター"),
        ("facebook", "フェイスブック"),
        ("instagram", "インスタグラム"),
        ("microsoft", "マイクロソフト"),
        ("google", "グーグル"),
        ("youtube", "ユーチューブ"),
        ("aws", "アマゾン・ウェブ・サービス"),
        ("cloudflare", "クラウドフレア"),
        ("apple", "アップル"),
        ("sony", "ソニー"),
        ("nintendo", "任天堂"),
        ("netflix", "ネットフリックス"),
        ("spotify", "スポティファイ"),
        ("oracle", "オラクル"),
        ("samsung", "サムスン電子"),
        ("yahoo", "ヤフー"),
        ("uber", "ウーバー"),
        ("paypal", "ペイパル"),
        ("salesforce", "セールスフォース"),
        ("vodafone", "ボーダフォン"),
        ("deutsche-telekom", "ドイツテレコム"),
        ("linkedin", "リンクトイン"),
    ],
    source_a: [
        ("東都", "toto"),
        ("日本", "nihon"),
        ("未来", "mirai"),
        ("関西", "kansai"),
        ("電脳", "dennou"),
    ],
    source_b: [
        ("新聞", "shimbun"),
        ("テックニュース", "tech-news"),
        ("デジタル", "digital"),
        ("ネット通信", "net-tsushin"),
    ],
    source_join: "",
    sections: &[
        "テクノロジー",
        "経済",
        "IT・科学",
        "ネット",
        "セキュリティ",
        "ビジネス",
    ],
    newsletters: &[
        "毎朝、テクノロジーの重要ニュースをお届けします",
        "無料ニュースレターに登録する",
    ],
    comment_prompts: &["コメントする", "この記事にコメント"],
    moderation: &[
        "* {SITE}に投稿されたコメントは、編集部が確認した上で掲載します。",
        "* {SITE}の利用規約に反するコメントは削除することがあります。",
    ],
    share_bars: &[
        "ツイート シェア はてなブックマーク LINE",
        "Twitter Facebook LINE はてなブックマーク",
    ],
    persons: &[
        ("佐藤健一", false),
        ("鈴木美咲", true),
        ("高橋直樹", false),
        ("田中由紀", true),
        ("伊藤大輔", false),
        ("渡辺彩", true),
        ("山本拓也", false),
        ("中村恵", true),
        ("小林誠", false),
        ("加藤真理子", true),
    ],
    roles: &[
        ("{CO}広報担当の", "{CO}広報担当の"),
        (
            "{CO}の最高技術責任者（CTO）の",
            "{CO}の最高技術責任者（CTO）の",
        ),
        ("{CO}で技術部門を統括する", "{CO}で技術部門を統括する"),
    ],
    expert_roles: &[
        (
            "{ORG}でセキュリティを研究する",
            "{ORG}でセキュリティを研究する",
        ),
        ("ネットワークに詳しい{ORG}の", "ネットワークに詳しい{ORG}の"),
    ],
    orgs: &[
        "東京大学",
        "京都大学",
        "慶應義塾大学",
        "情報セキュリティ大学院大学",
        "国立情報学研究所",
    ],
    cities: &[
        "東京",
        "大阪",
        "名古屋",
        "福岡",
        "札幌",
        "横浜",
        "京都",
        "仙台",
    ],
    bylines: &["（{BYLINE}）", "（共同）", "{BYLINE}記者"],
    headlines: &[
        "{CO}で大規模な{KIND}、{PRODUCT}が約{HOURS}利用できず",
        "{CO}が{KIND}を謝罪　利用者{USERS}人に影響",
        "{CO}の{KIND}、原因の調査続く",
        "{PRODUCT}で{KIND}　世界各地で接続できず",
        "{CO}、{KIND}について詳しい報告書を公表へ",
        "{CO}の{KIND}で何が起きたのか",
    ],
    ledes: &[
        "{CO}は{WD_DATE}、{KIND}が発生し、{PRODUCT}が約{HOURS}にわたって利用できない状態になったと発表した。同社は、現在は問題が解決していると説明している。",
        "{WD_DATE}、{CO}のサービスで{KIND}が起き、世界各地の利用者から{PRODUCT}に接続できないという報告が相次いだ。原因はまだ特定されていない。",
        "{TOOL}のデータによると、{CO}のサービスは{WD_DATE}の{TIME}から大きく乱れた。数千人の利用者がログインできないと報告した。",
        "{CO}にとって最悪のタイミングでの{KIND}となった。{WD_DATE}、{PRODUCT}は欧州を中心に数時間にわたって利用できなかった。",
    ],
    captions: &[
        "{CO}の利用者は約{USERS}人に上る。",
        "スマートフォンの画面に表示された{CO}のロゴ。",
        "{PRODUCT}は数時間にわたって利用できなくなった。",
        "{CO}の技術者は夜を徹して復旧作業にあたった。",
    ],
    subheads: &[
        "相次ぐ報告",
        "攻撃の形跡なし",
        "{CO}にとって厳しい一年",
        "同社の説明",
        "情報提供の遅れに不満",
        "専門家は注意呼びかけ",
        "問われる信頼性",
        "過去にも同様のトラブル",
    ],
    body: &[
        "{CO}によると、{KIND}は{TIME}に始まり、約{HOURS}続いた。",
        "{TOOL}によると、最初の1時間だけで{REPORTS}件を超える報告が寄せられた。",
        "{CO}は、顧客のデータに不正にアクセスされた形跡は見つかっていないとしている。",
        "{ROLE}{PERSON}氏は「多くの方が{PRODUCT}を利用できなかったことを把握しており、全面的な復旧に向けて取り組んでいる」と述べた。",
        "{CITY}や{CITY2}の利用者からは、夜の大半の時間ログインできなかったという声が上がった。",
        "同社の発表によると、{CO}の利用者数は{PREV_YEAR}年末の時点で約{USERS}人だった。",
        "{CO}では{PREV_MONTH}にも同様のトラブルが起き、顧客の{PCT}に影響が出ていた。",
        "今回の問題は、大口の法人顧客からの信頼回復を目指す{CO}にとって痛手となりそうだ。",
        "{EXPERT_ROLE}{EXPERT}氏は、こうした障害の多くは攻撃ではなく設定変更のミスによって起きると指摘する。",
        "{CO}の株価は取引開始直後に{SMALL_PCT}下落したが、その後は下げ幅を縮めた。",
        "{GROUP}と名乗るグループがネット上の掲示板で犯行を主張したが、真偽は確認されていない。",
        "{CO}のサービスを利用している複数の銀行や航空会社でも、自社のサービスに影響が出たという。",
        "{CO}が利用するインフラを提供している{CO2}は、{DATE}の時点で自社のシステムは正常に稼働していたと説明した。",
        "{CO}は数日以内に、{KIND}の原因に関する詳しい報告書を公表するとしている。",
        "SNS上では、{CO}から何時間も説明がなかったことに不満を示す投稿が相次いだ。",
        "{PREV_YEAR}年には、{CO2}で起きた同様の障害により、数百万人が丸一日サービスを利用できなくなった。",
        "技術者らは深夜0時過ぎに直前の変更を元に戻し、翌朝には{PRODUCT}が再び使えるようになった。",
        "{CO}は、影響を受けた顧客の総数や、データが失われたかどうかについては明らかにしていない。",
        "専門家は、パスワードを変更し、{PRODUCT}のアカウントで二段階認証を有効にするよう呼びかけている。",
        "{CO}は利用者に謝罪し、法人顧客に対して補償を行う方針を示した。",
        "最初に異常に気づいたのは{CITY}の利用者で、数分のうちに欧州や北米にも影響が広がった。",
        "{PERSON}氏によると、今回の{KIND}による決済情報やパスワードの流出は確認されていない。",
        "{CO}でこれほど大規模な障害が起きたのは{PREV_MY}以来となる。",
        "規制当局は{CO}に説明を求めており、法的な義務を果たしていたかどうかを調べる方針だ。",
    ],
};

// --- Chinese (simplified) --------------------------------------------------

const ZH: Lang = Lang {
    code: "zh",
    weight: 4,
    latin_slug: false,
    sentence_sep: "",
    months: [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
    months_in: MonthsIn::Prefix(""),
    weekdays: [
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
        "星期日",
    ],
    kinds: [
        ["服务中断", "服务中断", "服务中断"],
        ["数据泄露", "数据泄露", "数据泄露"],
        ["网络攻击", "网络攻击", "网络攻击"],
        ["DDoS攻击", "DDoS攻击", "DDoS攻击"],
        ["勒索软件攻击", "勒索软件攻击", "勒索软件攻击"],
        ["软件故障", "软件故障", "软件故障"],
    ],
    company_names: &[
        ("twitter", "推特"),
        ("facebook", "脸书"),
        ("microsoft", "微软"),
        ("google", "谷歌"),
        ("aws", "亚马逊云科技"),
        ("apple", "苹果公司"),
        ("sony", "索尼"),
        ("nintendo", "任天堂"),
        ("netflix", "奈飞"),
        ("oracle", "甲骨文"),
        ("samsung", "三星电子"),
        ("yahoo", "雅虎"),
        ("uber", "优步"),
        ("paypal", "贝宝"),
        ("linkedin", "领英"),
        ("vodafone", "沃达丰"),
        ("deutsche-telekom", "德国电信"),
        ("ibm", "IBM公司"),
        ("visa", "维萨"),
    ],
    source_a: [
        ("科技", "keji"),
        ("数字", "shuzi"),
        ("网络", "wangluo"),
        ("未来", "weilai"),
        ("东方", "dongfang"),
    ],
    source_b: [
        ("日报", "ribao"),
        ("周刊", "zhoukan"),
        ("快讯", "kuaixun"),
        ("观察", "guancha"),
    ],
    source_join: "",
    sections: &["科技", "财经", "互联网", "网络安全", "产业", "数码"],
    newsletters: &["每天早上为您推送最重要的科技新闻", "订阅我们的每日简报"],
    comment_prompts: &["发表评论", "我要评论"],
    moderation: &[
        "* 在{SITE}发表的评论须经编辑部审核后显示。",
        "* {SITE}保留删除违反社区规则的评论的权利。",
    ],
    share_bars: &["分享到 微信 微博 QQ空间", "微信 微博 豆瓣 QQ"],
    persons: &[
        ("王丽", true),
        ("张伟", false),
        ("李娜", true),
        ("刘洋", false),
        ("陈静", true),
        ("杨帆", false),
        ("赵敏", true),
        ("黄磊", false),
        ("周婷", true),
        ("吴刚", false),
    ],
    roles: &[
        ("{CO}发言人", "{CO}发言人"),
        ("{CO}首席技术官", "{CO}首席技术官"),
        ("{CO}公关负责人", "{CO}公关负责人"),
    ],
    expert_roles: &[
        ("{ORG}网络安全研究员", "{ORG}网络安全研究员"),
        ("{ORG}教授", "{ORG}教授"),
    ],
    orgs: &["清华大学", "北京大学", "浙江大学", "中国科学院", "复旦大学"],
    cities: &[
        "北京", "上海", "广州", "深圳", "杭州", "成都", "香港", "台北",
    ],
    bylines: &["（记者 {BYLINE}）", "责任编辑：{BYLINE}", "（综合报道）"],
    headlines: &[
        "{CO}发生大规模{KIND}，{PRODUCT}约{HOURS}无法使用",
        "{CO}就{KIND}道歉，{USERS}用户受影响",
        "{CO}{KIND}原因仍在调查中",
        "{PRODUCT}出现{KIND}，全球多地用户无法登录",
        "{CO}：将公布{KIND}详细调查报告",
        "{CO}{KIND}事件始末",
    ],
    ledes: &[
        "{CO}{WD_DATE}表示，该公司发生{KIND}，导致{PRODUCT}近{HOURS}无法正常使用。公司称，目前问题已经得到控制。",
        "{WD_DATE}，{CO}旗下服务出现{KIND}，世界各地的用户纷纷反映无法访问{PRODUCT}。事故的具体原因尚未查明。",
        "根据{TOOL}的数据，{CO}的服务在{WD_DATE}{TIME}开始出现严重异常，数千名用户报告无法登录。",
        "对于{CO}来说，这次{KIND}来得不是时候。{WD_DATE}，{PRODUCT}在欧洲大部分地区连续数小时无法访问。",
    ],
    captions: &[
        "{CO}拥有约{USERS}用户。",
        "智能手机屏幕上的{CO}标志。",
        "{PRODUCT}数小时无法使用。",
        "{CO}的工程师连夜进行修复。",
    ],
    subheads: &[
        "大量用户报告故障",
        "未发现攻击迹象",
        "{CO}艰难的一年",
        "公司如何回应",
        "用户长时间得不到消息",
        "专家呼吁保持警惕",
        "系统可靠性受质疑",
        "并非首次发生",
    ],
    body: &[
        "据{CO}介绍，此次{KIND}始于{TIME}，持续了近{HOURS}。",
        "根据{TOOL}的统计，仅在第一个小时内就收到了超过{REPORTS}条用户报告。",
        "{CO}表示，目前没有发现客户数据遭到未经授权访问的迹象。",
        "{ROLE}{PERSON}表示：“我们知道很多用户无法使用{PRODUCT}，我们正在全力恢复服务。”",
        "{CITY}和{CITY2}的用户表示，当晚大部分时间都无法登录。",
        "根据{CO}公布的数据，截至{PREV_YEAR}年底，其用户数约为{USERS}。",
        "{PREV_MONTH}，该公司就曾发生过类似事件，影响了{PCT}的客户。",
        "此次事件发生的时机对{CO}十分不利，该公司正努力重新赢得大型企业客户的信任。",
        "{EXPERT_ROLE}{EXPERT}认为，这类故障通常是由配置错误而非攻击引起的。",
        "{CO}股价在开盘后一度下跌{SMALL_PCT}，随后跌幅有所收窄。",
        "一个自称“{GROUP}”的组织在网络论坛上声称对此事负责，但这一说法尚未得到证实。",
        "多家依赖{CO}服务的银行和航空公司也表示，其自身业务受到了影响。",
        "为{CO}提供基础设施的{CO2}表示，其系统在{DATE}运行正常。",
        "{CO}承诺将在未来几天内发布关于此次{KIND}原因的详细报告。",
        "在社交媒体上，许多用户抱怨{CO}在数小时内没有提供任何信息。",
        "{PREV_YEAR}年，{CO2}也曾发生类似事件，导致数百万用户一整天无法使用服务。",
        "工程师们在午夜过后不久撤回了最近的更改，第二天早上{PRODUCT}恢复了正常。",
        "{CO}没有透露受影响客户的总数，也没有说明是否有数据丢失。",
        "专家建议用户修改密码，并为{PRODUCT}账户开启双重验证。",
        "{CO}向用户致歉，并宣布将向企业客户提供补偿。",
        "最先发现问题的是{CITY}的用户，几分钟内影响就扩散到了欧洲和北美。",
        "{PERSON}表示，此次{KIND}并未导致支付信息或密码泄露。",
        "{CO}上一次发生如此规模的故障还是在{PREV_MY}。",
        "监管机构已要求{CO}作出解释，并将调查该公司是否履行了法律义务。",
    ],
};

// --- Arabic ----------------------------------------------------------------

const AR: Lang = Lang {
    code: "ar",
    weight: 3,
    latin_slug: false,
    sentence_sep: " ",
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    months_in: MonthsIn::Prefix("في "),
    weekdays: [
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
    ],
    // All masculine; indefinite and definite forms.
    kinds: [
        ["عطل", "عطل", "العطل"],
        ["تسريب بيانات", "تسريب بيانات", "تسريب البيانات"],
        ["هجوم إلكتروني", "هجوم إلكتروني", "الهجوم الإلكتروني"],
        ["هجوم حجب الخدمة", "هجوم لحجب الخدمة", "هجوم حجب الخدمة"],
        [
            "هجوم ببرنامج فدية",
            "هجوم ببرنامج فدية",
            "الهجوم ببرنامج الفدية",
        ],
        ["خلل برمجي", "خلل برمجي", "الخلل البرمجي"],
    ],
    company_names: &[
        ("twitter", "تويتر"),
        ("facebook", "فيسبوك"),
        ("instagram", "إنستغرام"),
        ("whatsapp", "واتساب"),
        ("microsoft", "مايكروسوفت"),
        ("google", "غوغل"),
        ("youtube", "يوتيوب"),
        ("aws", "أمازون ويب سيرفيسز"),
        ("apple", "آبل"),
        ("sony", "سوني"),
        ("nintendo", "نينتندو"),
        ("netflix", "نتفليكس"),
        ("spotify", "سبوتيفاي"),
        ("telegram", "تيليغرام"),
        ("oracle", "أوراكل"),
        ("samsung", "سامسونغ"),
        ("yahoo", "ياهو"),
        ("tiktok", "تيك توك"),
        ("uber", "أوبر"),
        ("vodafone", "فودافون"),
        ("paypal", "باي بال"),
        ("zoom", "زووم"),
    ],
    source_a: [
        ("بوابة", "bawabat"),
        ("صحيفة", "sahifat"),
        ("نشرة", "nashrat"),
        ("منصة", "manassat"),
        ("مجلة", "majallat"),
    ],
    source_b: [
        ("التقنية", "al-tiqniya"),
        ("الشبكة", "al-shabaka"),
        ("المستقبل", "al-mustaqbal"),
        ("الرقمنة", "al-raqmana"),
    ],
    source_join: " ",
    sections: &[
        "تكنولوجيا",
        "اقتصاد",
        "إنترنت",
        "أمن المعلومات",
        "شركات",
        "خدمات",
    ],
    newsletters: &[
        "احصل على أهم أخبار التكنولوجيا كل صباح",
        "اشترك في نشرتنا البريدية اليومية",
    ],
    comment_prompts: &["أضف تعليقًا", "شارك برأيك"],
    moderation: &[
        "* تخضع التعليقات المنشورة على {SITE} لمراجعة فريق التحرير.",
        "* يحتفظ فريق {SITE} بحق حذف التعليقات المخالفة لقواعد النشر.",
    ],
    share_bars: &[
        "شارك فيسبوك تويتر واتساب البريد الإلكتروني",
        "فيسبوك تويتر واتساب تيليجرام",
    ],
    // Male names only: the templates use masculine verbs after {PERSON}.
    persons: &[
        ("أحمد الخطيب", false),
        ("محمد العلي", false),
        ("خالد المنصوري", false),
        ("يوسف حداد", false),
        ("عمر الشامي", false),
        ("سامي النجار", false),
        ("طارق عبد الله", false),
        ("كريم الحسيني", false),
        ("ماجد السعدي", false),
        ("وليد الزين", false),
    ],
    roles: &[
        ("المتحدث باسم شركة {CO}", "المتحدث باسم شركة {CO}"),
        ("المدير التقني لشركة {CO}", "المدير التقني لشركة {CO}"),
        ("مسؤول الاتصال في شركة {CO}", "مسؤول الاتصال في شركة {CO}"),
    ],
    expert_roles: &[
        (
            "الباحث في أمن المعلومات {ORG}",
            "الباحث في أمن المعلومات {ORG}",
        ),
        ("أستاذ علوم الحاسوب {ORG}", "أستاذ علوم الحاسوب {ORG}"),
    ],
    orgs: &[
        "في جامعة القاهرة",
        "في الجامعة الأمريكية في بيروت",
        "في جامعة الملك سعود",
        "في جامعة خليفة",
        "في الجامعة الأردنية",
    ],
    cities: &[
        "في القاهرة",
        "في دبي",
        "في الرياض",
        "في عمّان",
        "في بيروت",
        "في الدار البيضاء",
        "في الدوحة",
        "في تونس",
    ],
    bylines: &["{BYLINE}", "كتب: {BYLINE}", "{BYLINE} - وكالات"],
    headlines: &[
        "{KIND} يضرب خدمات {CO} ويوقف {PRODUCT} لساعات",
        "{CO} تعتذر لمستخدميها بعد {KIND1}",
        "ماذا نعرف عن {KIND2} في {CO}؟",
        "{CO} تحقق في أسباب {KIND2}",
        "{KIND} في خدمات {CO} يطال {USERS} مستخدم",
        "مستخدمو {PRODUCT} حول العالم يشكون من انقطاع الخدمة",
    ],
    ledes: &[
        "لم يتمكن مستخدمو {PRODUCT} من استخدام الخدمة لمدة {HOURS} تقريبًا {WD_DATE} بسبب {KIND1} في أنظمة شركة {CO}. وأكدت الشركة أن الوضع أصبح تحت السيطرة.",
        "أكدت شركة {CO} {WD_DATE} تعرضها ل{KIND1} أثّر على خدمة {PRODUCT} في عدد من الدول. ولم تحدد الشركة بعد السبب الدقيق للمشكلة.",
        "شهدت خدمات شركة {CO} اضطرابات كبيرة {WD_DATE} {TIME}، بحسب بيانات موقع {TOOL}. وأبلغ آلاف المستخدمين عن صعوبات في تسجيل الدخول.",
        "جاء {KIND2} في توقيت سيئ بالنسبة لشركة {CO}. {WD_DATE}، ظلت خدمة {PRODUCT} غير متاحة لساعات عدة لدى جزء كبير من المستخدمين في أوروبا.",
    ],
    captions: &[
        "يبلغ عدد مستخدمي {CO} نحو {USERS} مستخدم.",
        "شعار {CO} على شاشة هاتف ذكي.",
        "توقفت خدمة {PRODUCT} لعدة ساعات.",
        "عمل مهندسو {CO} طوال الليل لاستعادة الخدمة.",
    ],
    subheads: &[
        "آلاف البلاغات",
        "لا دليل على هجوم",
        "عام صعب على {CO}",
        "ماذا تقول الشركة",
        "عملاء بلا معلومات",
        "خبراء يدعون إلى الحذر",
        "تساؤلات حول الموثوقية",
        "ليست المرة الأولى",
    ],
    body: &[
        "وقالت شركة {CO} إن {KIND2} بدأ {TIME} واستمر نحو {HOURS}.",
        "وبحسب موقع {TOOL}، تلقى الموقع أكثر من {REPORTS} بلاغ خلال الساعة الأولى وحدها.",
        "وأكدت {CO} أنها لم تعثر على أي دليل على وصول غير مصرح به إلى بيانات العملاء.",
        "وقال {PERSON}، {ROLE}: \"نعلم أن كثيرين منكم لم يتمكنوا من استخدام {PRODUCT}، ونعمل على إعادة الخدمة إلى طبيعتها في أسرع وقت\".",
        "وقال مستخدمون {CITY} و{CITY2} إنهم لم يتمكنوا من تسجيل الدخول طوال معظم المساء.",
        "وكان لدى {CO} نحو {USERS} مستخدم في نهاية عام {PREV_YEAR}، وفقًا لأرقام الشركة.",
        "وكانت الشركة قد تعرضت {PREV_MONTH} لحادث مماثل أثر على {PCT} من عملائها.",
        "ويأتي هذا الحادث في توقيت حساس بالنسبة لشركة {CO}، التي تحاول استعادة ثقة كبار عملائها من الشركات.",
        "ويرى {EXPERT}، {EXPERT_ROLE}، أن مثل هذه الأعطال تنجم في الغالب عن خطأ في الإعدادات وليس عن هجوم.",
        "وتراجع سهم {CO} بنسبة {SMALL_PCT} في بداية التداولات قبل أن يعوض جزءًا من خسائره.",
        "وأعلنت مجموعة تطلق على نفسها اسم {GROUP} مسؤوليتها عن الهجوم في أحد المنتديات على الإنترنت، غير أنه لم يتسن التحقق من هذا الادعاء.",
        "كما أبلغت عدة بنوك وشركات طيران تعتمد على خدمات {CO} عن مشكلات في خدماتها الخاصة.",
        "وقالت شركة {CO2}، التي توفر البنية التحتية لـ{CO}، إن أنظمتها كانت تعمل بشكل طبيعي {DATE}.",
        "ووعدت {CO} بنشر تقرير مفصل عن أسباب {KIND2} خلال الأيام المقبلة.",
        "وعلى مواقع التواصل الاجتماعي، اشتكى كثير من المستخدمين من عدم تلقيهم أي معلومات من {CO} لساعات.",
        "وفي عام {PREV_YEAR}، تسبب حادث مماثل لدى {CO2} في انقطاع الخدمة عن ملايين المستخدمين ليوم كامل.",
        "وتراجع المهندسون عن آخر التغييرات بعد منتصف الليل بقليل، وعادت خدمة {PRODUCT} إلى العمل في صباح اليوم التالي.",
        "ولم تكشف {CO} عن العدد الإجمالي للعملاء المتضررين، ولا عما إذا كانت هناك بيانات قد فقدت.",
        "وينصح الخبراء المستخدمين بتغيير كلمات المرور وتفعيل المصادقة الثنائية على حساباتهم في {PRODUCT}.",
        "واعتذرت {CO} لعملائها وأعلنت عن تعويضات للشركات.",
        "ولاحظ المستخدمون {CITY} المشكلة أولًا، قبل أن تمتد خلال دقائق إلى أوروبا وأمريكا الشمالية.",
        "وبحسب {PERSON}، لم تتأثر بيانات الدفع أو كلمات المرور جراء {KIND2}.",
        "ووقع آخر انقطاع بهذا الحجم في خدمات {CO} {PREV_MY}.",
        "وطالبت الجهات التنظيمية شركة {CO} بتقديم توضيحات، وستتحقق مما إذا كانت الشركة قد التزمت بواجباتها القانونية.",
    ],
};

// --- Turkish ---------------------------------------------------------------

const TR: Lang = Lang {
    code: "tr",
    weight: 3,
    latin_slug: true,
    sentence_sep: " ",
    months: [
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
        "Kasım", "Aralık",
    ],
    // Locative suffixes follow vowel harmony and consonant assimilation.
    months_in: MonthsIn::Table([
        "Ocak'ta",
        "Şubat'ta",
        "Mart'ta",
        "Nisan'da",
        "Mayıs'ta",
        "Haziran'da",
        "Temmuz'da",
        "Ağustos'ta",
        "Eylül'de",
        "Ekim'de",
        "Kasım'da",
        "Aralık'ta",
    ]),
    weekdays: [
        "Pazartesi",
        "Salı",
        "Çarşamba",
        "Perşembe",
        "Cuma",
        "Cumartesi",
        "Pazar",
    ],
    // Nominative, accusative, ablative.
    kinds: [
        ["kesinti", "kesintiyi", "kesintiden"],
        ["veri sızıntısı", "veri sızıntısını", "veri sızıntısından"],
        ["siber saldırı", "siber saldırıyı", "siber saldırıdan"],
        ["DDoS saldırısı", "DDoS saldırısını", "DDoS saldırısından"],
        [
            "fidye yazılımı saldırısı",
            "fidye yazılımı saldırısını",
            "fidye yazılımı saldırısından",
        ],
        ["yazılım hatası", "yazılım hatasını", "yazılım hatasından"],
    ],
    company_names: &[],
    source_a: [
        ("Dijital", "dijital"),
        ("Teknoloji", "teknoloji"),
        ("Ağ", "ag"),
        ("Yeni", "yeni"),
        ("Bilişim", "bilisim"),
    ],
    source_b: [
        ("Haber", "haber"),
        ("Gündem", "gundem"),
        ("Bülten", "bulten"),
        ("Dünya", "dunya"),
    ],
    source_join: " ",
    sections: &[
        "Teknoloji",
        "Ekonomi",
        "İnternet",
        "Siber Güvenlik",
        "Şirketler",
        "Bilim-Teknoloji",
    ],
    newsletters: &[
        "En önemli teknoloji haberleri her sabah e-posta kutunuzda",
        "Günlük bültenimize abone olun",
    ],
    comment_prompts: &["Yorum yap", "Yorumlar"],
    moderation: &[
        "* {SITE} sitesinde yayımlanan yorumlar editörlerimiz tarafından denetlenmektedir.",
        "* {SITE}, yayın ilkelerine aykırı yorumları kaldırma hakkını saklı tutar.",
    ],
    share_bars: &[
        "Paylaş Facebook Twitter WhatsApp E-posta",
        "Facebook Twitter Linkedin E-posta",
    ],
    persons: &[
        ("Ayşe Yılmaz", true),
        ("Mehmet Kaya", false),
        ("Elif Demir", true),
        ("Mustafa Çelik", false),
        ("Zeynep Şahin", true),
        ("Emre Aydın", false),
        ("Selin Öztürk", true),
        ("Burak Arslan", false),
        ("Derya Koç", true),
        ("Can Doğan", false),
    ],
    roles: &[
        ("{CO} sözcüsü", "{CO} sözcüsü"),
        ("{CO} teknoloji direktörü", "{CO} teknoloji direktörü"),
        ("{CO} iletişim müdürü", "{CO} iletişim müdürü"),
    ],
    expert_roles: &[
        (
            "{ORG} siber güvenlik araştırmacısı",
            "{ORG} siber güvenlik araştırmacısı",
        ),
        ("{ORG} öğretim üyesi", "{ORG} öğretim üyesi"),
    ],
    orgs: &[
        "ODTÜ'den",
        "Boğaziçi Üniversitesi'nden",
        "İTÜ'den",
        "Bilkent Üniversitesi'nden",
        "Hacettepe Üniversitesi'nden",
    ],
    cities: &[
        "İstanbul'da",
        "Ankara'da",
        "İzmir'de",
        "Bursa'da",
        "Antalya'da",
        "Adana'da",
        "Eskişehir'de",
        "Trabzon'da",
    ],
    bylines: &["{BYLINE}", "Haber: {BYLINE}", "{BYLINE} / AA"],
    headlines: &[
        "{CO} şirketinde {KIND}: {PRODUCT} saatlerce çalışmadı",
        "{CO}, {KIND} nedeniyle kullanıcılarından özür diledi",
        "{^KIND} {USERS} kullanıcıyı etkiledi",
        "{CO} şirketindeki {KIND} hakkında bilinenler",
        "{CO}, {KIND1} doğruladı",
        "{PRODUCT} kullanıcıları saatlerce hizmete erişemedi",
    ],
    ledes: &[
        "{PRODUCT} kullanıcıları, {CO} şirketinde yaşanan {KIND} nedeniyle {WD_DATE} yaklaşık {HOURS} boyunca hizmeti kullanamadı. Şirket, durumun artık kontrol altında olduğunu açıkladı.",
        "{CO}, {WD_DATE} yaptığı açıklamada {KIND1} doğruladı. Sorun nedeniyle {PRODUCT} birçok ülkede kullanılamadı ve kesin neden henüz belirlenemedi.",
        "{TOOL} verilerine göre {CO} şirketinin hizmetlerinde {WD_DATE} {TIME} ciddi aksaklıklar yaşandı. Binlerce kullanıcı giriş yapamadığını bildirdi.",
        "{^KIND}, {CO} için en kötü zamanda geldi. {WD_DATE} {PRODUCT}, Avrupa'daki kullanıcıların büyük bölümü için saatlerce erişilemez durumda kaldı.",
    ],
    captions: &[
        "{CO} şirketinin yaklaşık {USERS} kullanıcısı bulunuyor.",
        "Bir akıllı telefon ekranında {CO} logosu.",
        "{PRODUCT} saatlerce kullanılamadı.",
        "{CO} mühendisleri hizmeti yeniden başlatmak için sabaha kadar çalıştı.",
    ],
    subheads: &[
        "Binlerce şikâyet",
        "Saldırı belirtisi yok",
        "{CO} için zor bir yıl",
        "Şirket ne diyor?",
        "Müşteriler bilgisiz kaldı",
        "Uzmanlar dikkat çağrısında bulundu",
        "Güvenilirlik sorgulanıyor",
        "İlk kez yaşanmıyor",
    ],
    body: &[
        "{CO} şirketinin açıklamasına göre sorunlar {TIME} başladı ve yaklaşık {HOURS} sürdü.",
        "{TOOL} verilerine göre yalnızca ilk saatte {REPORTS} kullanıcı sorun bildirdi.",
        "{CO}, müşteri verilerine yetkisiz erişim sağlandığına dair herhangi bir kanıt bulunmadığını açıkladı.",
        "{ROLE} {PERSON}, \"Birçoğunuzun {PRODUCT} hizmetini kullanamadığını biliyoruz ve hizmeti bir an önce normale döndürmek için çalışıyoruz\" dedi.",
        "{CITY} ve {CITY2} yaşayan kullanıcılar, akşamın büyük bölümünde oturum açamadıklarını söyledi.",
        "Şirketin kendi verilerine göre {CO}, {PREV_YEAR} yılı sonunda yaklaşık {USERS} kullanıcıya sahipti.",
        "Şirket {PREV_MONTH} da benzer bir sorun yaşamış, o dönem müşterilerin {PCT} kadarı etkilenmişti.",
        "Yaşanan sorun, büyük kurumsal müşterilerinin güvenini yeniden kazanmaya çalışan {CO} için kötü bir zamanda geldi.",
        "{EXPERT_ROLE} {EXPERT}, bu tür arızaların çoğunlukla bir saldırıdan değil, hatalı bir yapılandırma değişikliğinden kaynaklandığını belirtti.",
        "{CO} hisseleri işlemlerin başında {SMALL_PCT} değer kaybetti, ancak daha sonra kayıplarının bir kısmını telafi etti.",
        "Kendisine {GROUP} adını veren bir grup, bir internet forumunda eylemi üstlendi ancak bu iddia doğrulanamadı.",
        "{CO} hizmetlerine bağımlı olan birçok banka ve havayolu şirketi de kendi hizmetlerinde sorunlar yaşandığını bildirdi.",
        "{CO} şirketinin altyapı sağlayıcısı {CO2}, {DATE} sistemlerinin normal şekilde çalıştığını açıkladı.",
        "{CO}, önümüzdeki günlerde sorunun nedenlerine ilişkin ayrıntılı bir rapor yayımlayacağını duyurdu.",
        "Sosyal medyada pek çok kullanıcı, {CO} şirketinden saatlerce hiçbir bilgi alamadıklarından şikâyet etti.",
        "{PREV_YEAR} yılında {CO2} şirketinde yaşanan benzer bir olay, milyonlarca kişinin bütün gün boyunca hizmetsiz kalmasına yol açmıştı.",
        "Mühendisler son değişiklikleri gece yarısından kısa süre sonra geri aldı ve ertesi sabah {PRODUCT} yeniden çalışmaya başladı.",
        "{CO}, toplamda kaç müşterinin etkilendiğini ve veri kaybı olup olmadığını açıklamadı.",
        "Uzmanlar, kullanıcıların şifrelerini değiştirmelerini ve {PRODUCT} hesaplarında iki adımlı doğrulamayı etkinleştirmelerini öneriyor.",
        "{CO}, müşterilerinden özür diledi ve kurumsal kullanıcılara tazminat verileceğini açıkladı.",
        "Sorunları ilk olarak {CITY} yaşayan kullanıcılar fark etti; birkaç dakika içinde sorunlar Avrupa ve Kuzey Amerika'ya yayıldı.",
        "{PERSON}, {KIND2} ödeme bilgilerinin veya şifrelerin etkilenmediğini vurguladı.",
        "{CO} şirketinde bu büyüklükte son kesinti {PREV_MY} yaşanmıştı.",
        "Düzenleyici kurumlar {CO} şirketinden açıklama istedi ve şirketin yasal yükümlülüklerini yerine getirip getirmediğini inceleyecek.",
    ],
};
