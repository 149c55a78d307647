//! Dates written for readers of a language, with ICU4X's CLDR patterns:
//! `15 octobre 2020`, `15. Oktober 2020`, `October 15, 2020`, `2020年10月15日`.
//! Always the Gregorian calendar: these are dates reported by the press.

use std::cell::RefCell;
use std::collections::HashMap;

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{MD, Y, YM, YMD};
use icu_datetime::input::{DateTime, Time};
use icu_locale_core::Locale;

use super::{PartialDate, Precision};

type Fmt<F> = FixedCalendarDateTimeFormatter<Gregorian, F>;

#[derive(Default)]
struct Formatters {
    ymd: HashMap<String, Option<Fmt<YMD>>>,
    ym: HashMap<String, Option<Fmt<YM>>>,
    y: HashMap<String, Option<Fmt<Y>>>,
    md: HashMap<String, Option<Fmt<MD>>>,
}

thread_local! {
    /// Formatters are costly to build and cheap to use: one per language and
    /// field set per worker thread.
    static CACHE: RefCell<Formatters> = RefCell::new(Formatters::default());
}

fn locale(lang: &str) -> Locale {
    Locale::try_from_str(lang)
        .unwrap_or_else(|_| Locale::try_from_str("en").expect("en is a locale"))
}

/// Keeps the ICU4X debug assertion that [`month_year_formatter`] provokes
/// and catches (debug builds only) off the terminal; every other panic is
/// reported as usual. For binaries: the panic hook is process-wide.
pub fn quiet_known_icu_assertion() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let from_icu = info
            .location()
            .is_some_and(|l| l.file().contains("icu_datetime"));
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if !(from_icu && message.contains("DecimalFormatterNotLoaded")) {
            default(info);
        }
    }));
}

/// A month-and-year formatter that is known to work for the locale. Some
/// CLDR data (Brazilian Portuguese, long form) lacks what the pattern needs;
/// ICU4X then writes a broken string (and asserts in debug builds), so each
/// length is tried once on a sample date and checked to show the year.
fn month_year_formatter(l: &Locale) -> Option<Fmt<YM>> {
    let sample = Date::try_new_gregorian(2020, 10, 1).ok()?;
    [YM::long(), YM::medium(), YM::short()]
        .into_iter()
        .find_map(|fs| {
            let f = Fmt::<YM>::try_new(l.into(), fs).ok()?;
            let shown = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                f.format(&sample).to_string()
            }))
            .ok()?;
            (shown.chars().filter(|c| c.is_numeric()).count() >= 4).then_some(f)
        })
}

/// The date part of a fact, written for `lang` at the value's precision.
pub fn format_date(value: &PartialDate, lang: &str) -> String {
    let fallback = value.iso();
    CACHE.with(|cache| {
        let mut c = cache.borrow_mut();
        let l = locale(lang);
        let out = match (value.year, value.month, value.day) {
            (Some(y), Some(m), Some(d)) => {
                let date = Date::try_new_gregorian(y as i32, m as u8, d as u8).ok();
                let f = c
                    .ymd
                    .entry(lang.to_string())
                    .or_insert_with(|| Fmt::<YMD>::try_new(l.into(), YMD::long()).ok());
                f.as_ref().zip(date).map(|(f, d)| f.format(&d).to_string())
            }
            (Some(y), Some(m), None) => {
                let date = Date::try_new_gregorian(y as i32, m as u8, 1).ok();
                let f =
                    c.ym.entry(lang.to_string())
                        .or_insert_with(|| month_year_formatter(&l));
                f.as_ref().zip(date).map(|(f, d)| f.format(&d).to_string())
            }
            (Some(y), None, _) => {
                let date = Date::try_new_gregorian(y as i32, 1, 1).ok();
                let f =
                    c.y.entry(lang.to_string())
                        .or_insert_with(|| Fmt::<Y>::try_new(l.into(), Y::long()).ok());
                f.as_ref().zip(date).map(|(f, d)| f.format(&d).to_string())
            }
            (None, Some(m), Some(d)) => {
                // A leap year, so that 29 February can be written.
                let date = Date::try_new_gregorian(2024, m as u8, d as u8).ok();
                let f =
                    c.md.entry(lang.to_string())
                        .or_insert_with(|| Fmt::<MD>::try_new(l.into(), MD::long()).ok());
                f.as_ref().zip(date).map(|(f, d)| f.format(&d).to_string())
            }
            _ => None,
        };
        out.unwrap_or(fallback)
    })
}

/// A time of day in the reader's language (ICU4X's pattern for hours and minutes).
pub fn format_time(hour: i8, minute: i8, lang: &str) -> String {
    let fallback = format!("{hour:02}:{minute:02}");
    let Ok(time) = Time::try_new(hour as u8, minute as u8, 0, 0) else {
        return fallback;
    };
    let Ok(date) = Date::try_new_gregorian(2024, 1, 1) else {
        return fallback;
    };
    let fmt = Fmt::<icu_datetime::fieldsets::T>::try_new(
        locale(lang).into(),
        icu_datetime::fieldsets::T::hm(),
    );
    match fmt {
        Ok(f) => f.format(&DateTime { date, time }).to_string(),
        Err(_) => fallback,
    }
}

/// Everything a timeline shows of a fact's value.
pub struct Display {
    pub date: String,
    /// Local time as stated, with its zone, and the same instant in UTC.
    pub time: Option<String>,
    pub zone: Option<String>,
    pub utc: Option<String>,
}

pub fn display(value: &PartialDate, precision: Precision, lang: &str) -> Display {
    let date = format_date(value, lang);
    let time = match (precision, value.time) {
        (Precision::Minute, Some((h, m))) => Some(format_time(h, m, lang)),
        _ => None,
    };
    let utc = value.timestamp().map(|ts| {
        let t = ts.to_zoned(jiff::tz::TimeZone::UTC);
        format!("{} UTC", format_time(t.hour(), t.minute(), lang))
    });
    Display {
        date,
        time,
        zone: value.zone.clone(),
        utc,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i16, m: i8, d: i8) -> PartialDate {
        PartialDate {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            time: None,
            zone: None,
        }
    }

    #[test]
    fn dates_in_their_language() {
        assert_eq!(format_date(&day(2020, 10, 15), "fr"), "15 octobre 2020");
        assert_eq!(format_date(&day(2020, 10, 15), "de"), "15. Oktober 2020");
        assert_eq!(format_date(&day(2020, 10, 15), "en"), "October 15, 2020");
        assert_eq!(format_date(&day(2020, 10, 15), "ja"), "2020年10月15日");
        let month = PartialDate {
            day: None,
            ..day(2014, 9, 1)
        };
        assert_eq!(format_date(&month, "fr"), "septembre 2014");
    }

    #[test]
    fn times_show_zone_and_utc() {
        let v = PartialDate {
            time: Some((22, 30)),
            zone: Some("Europe/Paris".into()),
            ..day(2020, 10, 15)
        };
        let d = display(&v, Precision::Minute, "fr");
        assert_eq!(d.time.as_deref(), Some("22:30"));
        assert_eq!(d.utc.as_deref(), Some("20:30 UTC"));
    }
}

#[cfg(test)]
mod all_locales {
    use super::*;

    #[test]
    fn every_precision_in_every_site_language() {
        for lang in crate::langdata::all_codes() {
            let full = PartialDate {
                year: Some(2020),
                month: Some(10),
                day: Some(15),
                time: Some((22, 30)),
                zone: Some("Europe/Paris".into()),
            };
            for v in [
                full.clone(),
                PartialDate {
                    time: None,
                    zone: None,
                    ..full.clone()
                },
                PartialDate {
                    day: None,
                    time: None,
                    zone: None,
                    ..full.clone()
                },
                PartialDate {
                    month: None,
                    day: None,
                    time: None,
                    zone: None,
                    ..full.clone()
                },
                PartialDate {
                    year: None,
                    time: None,
                    zone: None,
                    ..full.clone()
                },
            ] {
                let d = display(&v, Precision::Minute, lang);
                assert!(!d.date.is_empty(), "{lang} {v:?}");
            }
        }
    }
}
