//! From what an expression says to a calendar value, against the reference
//! date (DESIGN.md, "Dates"): an explicit year wins; else the year that makes
//! a stated weekday true, nearest the reference and preferring the past; else
//! the reference's year (the previous one when that would put the date well
//! after the reference: news reports the past). Without a reference a yearless
//! date keeps its year unknown.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use serde::Serialize;

use super::grammar::Unit;
use super::scan::{Part, Spec};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Early,
    Mid,
    Late,
    Day,
    Minute,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ResolvedBy {
    Explicit,
    Weekday,
    Reference,
    Relative,
}

/// A date that may lack its year (`--12-25`), month or day.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: Option<i16>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    /// Hour, minute, and the IANA zone they were stated in.
    pub time: Option<(i8, i8)>,
    pub zone: Option<String>,
}

impl PartialDate {
    /// ISO 8601 at the value's precision: `2014-12-28`, `2014-12`, `2014`,
    /// `--12-28`, `2020-10-15T22:30+02:00`.
    pub fn iso(&self) -> String {
        let date = match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, _) => String::new(),
        };
        match (self.time, self.civil_date()) {
            (Some((h, mi)), Some(day)) => {
                let local = format!("{date}T{h:02}:{mi:02}");
                match self.zoned(day, h, mi) {
                    Some(z) => {
                        let secs = z.offset().seconds();
                        let sign = if secs < 0 { '-' } else { '+' };
                        let secs = secs.abs();
                        format!("{local}{sign}{:02}:{:02}", secs / 3600, secs % 3600 / 60)
                    }
                    None => local,
                }
            }
            _ => date,
        }
    }

    pub fn civil_date(&self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?).ok()
    }

    fn zoned(&self, day: Date, h: i8, mi: i8) -> Option<jiff::Zoned> {
        let tz = jiff::tz::TimeZone::get(self.zone.as_deref()?).ok()?;
        day.at(h, mi, 0, 0).to_zoned(tz).ok()
    }

    /// The instant, for a time stated with its zone.
    pub fn timestamp(&self) -> Option<jiff::Timestamp> {
        let (h, mi) = self.time?;
        Some(self.zoned(self.civil_date()?, h, mi)?.timestamp())
    }
}

/// A resolved value.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub value: PartialDate,
    pub precision: Precision,
    pub resolved_by: ResolvedBy,
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// How far after the reference a weekday-resolved date may fall: articles
/// announce what is coming, but not by much.
const FUTURE_SLACK_DAYS: i64 = 30;

/// The month `months` away from the reference's, as a relative month fact.
fn months_from(reference: Date, months: i64) -> Option<Resolved> {
    let d = reference
        .first_of_month()
        .checked_add(months.months())
        .ok()?;
    Some(Resolved {
        value: PartialDate {
            day: None,
            ..date_value(d)
        },
        precision: Precision::Month,
        resolved_by: ResolvedBy::Relative,
    })
}

fn date_value(d: Date) -> PartialDate {
    PartialDate {
        year: Some(d.year()),
        month: Some(d.month()),
        day: Some(d.day()),
        time: None,
        zone: None,
    }
}

pub fn resolve(spec: &Spec, reference: Option<Date>) -> Option<Resolved> {
    let r = |value, precision, resolved_by| {
        Some(Resolved {
            value,
            precision,
            resolved_by,
        })
    };
    match spec {
        Spec::Year(y) => r(
            PartialDate {
                year: Some(*y as i16),
                month: None,
                day: None,
                time: None,
                zone: None,
            },
            Precision::Year,
            ResolvedBy::Explicit,
        ),
        Spec::Deictic(offset) => {
            let d = reference?.checked_add((*offset as i64).days()).ok()?;
            r(date_value(d), Precision::Day, ResolvedBy::Relative)
        }
        Spec::Ago(n, unit) => {
            let reference = reference?;
            let n = *n as i64;
            match unit {
                Unit::Day | Unit::Week => {
                    let days = if *unit == Unit::Week { n * 7 } else { n };
                    let d = reference.checked_sub(days.days()).ok()?;
                    r(date_value(d), Precision::Day, ResolvedBy::Relative)
                }
                Unit::Month | Unit::Year => {
                    let months = if *unit == Unit::Year { n * 12 } else { n };
                    months_from(reference, -months)
                }
            }
        }
        Spec::RelativeMonth(dir) => months_from(reference?, *dir as i64),
        Spec::RelativeYear(dir) => {
            let y = reference?.year() + *dir as i16;
            r(
                PartialDate {
                    year: Some(y),
                    month: None,
                    day: None,
                    time: None,
                    zone: None,
                },
                Precision::Year,
                ResolvedBy::Relative,
            )
        }
        Spec::Time { time, zone } => {
            zone.as_ref()?;
            let mut value = date_value(reference?);
            value.time = Some((time.0 as i8, time.1 as i8));
            value.zone = zone.clone();
            r(value, Precision::Minute, ResolvedBy::Reference)
        }
        Spec::Calendar {
            year,
            month,
            day,
            weekday,
            part,
            time,
            zone,
            direction,
        } => {
            let mut res = calendar(*year, *month, *day, *weekday, *direction, reference)?;
            if let Some(p) = part {
                res.precision = match p {
                    Part::Early => Precision::Early,
                    Part::Mid => Precision::Mid,
                    Part::Late => Precision::Late,
                };
            }
            if let (Some((h, m)), Some(_)) = (time, res.value.day) {
                res.value.time = Some((*h as i8, *m as i8));
                res.value.zone = zone.clone();
                if res.value.year.is_some() {
                    res.precision = Precision::Minute;
                }
            }
            Some(res)
        }
    }
}

fn calendar(
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    weekday: Option<u8>,
    direction: i8,
    reference: Option<Date>,
) -> Option<Resolved> {
    let res = |value, precision, resolved_by| {
        Some(Resolved {
            value,
            precision,
            resolved_by,
        })
    };
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => {
            let date = Date::new(y as i16, m as i8, d as i8).ok()?;
            res(date_value(date), Precision::Day, ResolvedBy::Explicit)
        }
        (Some(y), Some(m), None) => res(
            PartialDate {
                year: Some(y as i16),
                month: Some(m as i8),
                day: None,
                time: None,
                zone: None,
            },
            Precision::Month,
            ResolvedBy::Explicit,
        ),
        (None, Some(m), Some(d)) => {
            // Reject what no year makes valid (31 février), keep 29 February.
            Date::new(2024, m as i8, d as i8).ok()?;
            let Some(reference) = reference else {
                return res(
                    PartialDate {
                        year: None,
                        month: Some(m as i8),
                        day: Some(d as i8),
                        time: None,
                        zone: None,
                    },
                    Precision::Day,
                    ResolvedBy::Reference,
                );
            };
            if let Some(w) = weekday {
                let y = year_for_weekday(m, d, WEEKDAYS[w as usize % 7], reference)?;
                return res(
                    date_value(Date::new(y, m as i8, d as i8).ok()?),
                    Precision::Day,
                    ResolvedBy::Weekday,
                );
            }
            let date = yearless(reference, |y| Date::new(y, m as i8, d as i8).ok())?;
            res(date_value(date), Precision::Day, ResolvedBy::Reference)
        }
        (None, Some(m), None) => {
            let Some(reference) = reference else {
                return res(
                    PartialDate {
                        year: None,
                        month: Some(m as i8),
                        day: None,
                        time: None,
                        zone: None,
                    },
                    Precision::Month,
                    ResolvedBy::Reference,
                );
            };
            let first = |y: i16| Date::new(y, m as i8, 1).ok();
            let (date, by) = match direction {
                // "今年3月": this year's March.
                super::scan::THIS_YEAR => (first(reference.year())?, ResolvedBy::Relative),
                // "en octobre de l'année dernière", "в октябре прошлого года"
                d if d.abs() == super::scan::YEAR_DIRECTION => (
                    first(reference.year() + d.signum() as i16)?,
                    ResolvedBy::Relative,
                ),
                // "juillet dernier": the last July before this month.
                -1 => {
                    let this = first(reference.year())?;
                    (
                        if this < reference.first_of_month() {
                            this
                        } else {
                            first(reference.year() - 1)?
                        },
                        ResolvedBy::Relative,
                    )
                }
                1 => {
                    let this = first(reference.year())?;
                    (
                        if this > reference.first_of_month() {
                            this
                        } else {
                            first(reference.year() + 1)?
                        },
                        ResolvedBy::Relative,
                    )
                }
                _ => {
                    let mid = |y: i16| Date::new(y, m as i8, 15).ok();
                    (
                        first(yearless(reference, mid)?.year())?,
                        ResolvedBy::Reference,
                    )
                }
            };
            res(
                PartialDate {
                    day: None,
                    ..date_value(date)
                },
                Precision::Month,
                by,
            )
        }
        (None, None, Some(d)) => {
            // "5日": a day of the reference's month, or of the month before
            // when that day is still to come.
            let reference = reference?;
            let this = Date::new(reference.year(), reference.month(), d as i8).ok();
            let date = match this {
                Some(date)
                    if date <= reference.checked_add(FUTURE_SLACK_DAYS.days()).ok()?
                        && (date - reference).get_days() <= 2 =>
                {
                    date
                }
                _ => {
                    let prev = reference.first_of_month().checked_sub(1.month()).ok()?;
                    Date::new(prev.year(), prev.month(), d as i8).ok()?
                }
            };
            res(date_value(date), Precision::Day, ResolvedBy::Reference)
        }
        (None, None, None) => {
            // A lone weekday: the nearest such day around the reference.
            let reference = reference?;
            let target = WEEKDAYS[weekday? as usize % 7];
            let back = (reference.weekday().to_monday_zero_offset()
                - target.to_monday_zero_offset())
            .rem_euclid(7) as i64;
            let offset = match direction {
                -1 => -(if back == 0 { 7 } else { back }),
                1 => (7 - back) % 7 + if back == 0 { 7 } else { 0 },
                // "ce jeudi", "this Thursday": the day of the reference's week.
                2 => {
                    target.to_monday_zero_offset() as i64
                        - reference.weekday().to_monday_zero_offset() as i64
                }
                _ => -back,
            };
            let date = reference.checked_add(offset.days()).ok()?;
            res(date_value(date), Precision::Day, ResolvedBy::Relative)
        }
        _ => None,
    }
}

/// The year nearest the reference for a yearless date, the past preferred:
/// a date after the reference counts as twice as far. "6 décembre" read on
/// 7 October is this December; "25 décembre" read on 5 January, last one.
fn yearless(reference: Date, make: impl Fn(i16) -> Option<Date>) -> Option<Date> {
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(&make)
        .min_by_key(|d| {
            let days = (*d - reference).get_days() as i64;
            if days > 0 { days * 2 } else { -days }
        })
}

/// The year, within a few years of the reference, in which `m`/`d` falls on
/// `weekday`; the past is preferred over a nearer future.
fn year_for_weekday(m: u8, d: u8, weekday: Weekday, reference: Date) -> Option<i16> {
    let limit = reference.checked_add(FUTURE_SLACK_DAYS.days()).ok()?;
    let candidates = (reference.year() - 11..=reference.year() + 1)
        .filter_map(|y| Date::new(y, m as i8, d as i8).ok())
        .filter(|date| date.weekday() == weekday);
    let past = candidates.clone().filter(|date| *date <= limit).max();
    past.or_else(|| candidates.min()).map(|d| d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn weekday_picks_the_year() {
        let spec = Spec::Calendar {
            year: None,
            month: Some(12),
            day: Some(28),
            weekday: Some(6),
            part: None,
            time: None,
            zone: None,
            direction: 0,
        };
        let r = resolve(&spec, at("2014-12-29")).unwrap();
        assert_eq!(r.value.iso(), "2014-12-28");
        assert_eq!(r.resolved_by, ResolvedBy::Weekday);
        // Without a reference the year stays unknown.
        assert_eq!(resolve(&spec, None).unwrap().value.iso(), "--12-28");
    }

    #[test]
    fn yearless_dates_prefer_the_past() {
        let spec = Spec::Calendar {
            year: None,
            month: Some(12),
            day: Some(25),
            weekday: None,
            part: None,
            time: None,
            zone: None,
            direction: 0,
        };
        assert_eq!(
            resolve(&spec, at("2015-01-05")).unwrap().value.iso(),
            "2014-12-25"
        );
        assert_eq!(
            resolve(&spec, at("2014-12-10")).unwrap().value.iso(),
            "2014-12-25"
        );
    }

    #[test]
    fn times_carry_their_zone_offset() {
        let spec = Spec::Time {
            time: (22, 30),
            zone: Some("Europe/Paris".into()),
        };
        let r = resolve(&spec, at("2020-10-15")).unwrap();
        assert_eq!(r.value.iso(), "2020-10-15T22:30+02:00");
        assert_eq!(
            r.value.timestamp().unwrap().to_string(),
            "2020-10-15T20:30:00Z"
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        let spec = Spec::Calendar {
            year: Some(2021),
            month: Some(2),
            day: Some(31),
            weekday: None,
            part: None,
            time: None,
            zone: None,
            direction: 0,
        };
        assert!(resolve(&spec, None).is_none());
    }
}
