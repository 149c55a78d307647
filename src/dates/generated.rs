//! Month and weekday names for languages without a grammar table, generated
//! from CLDR through ICU4X by formatting each month and weekday (in the
//! "format" form used inside dates — Polish "października" — and the
//! standalone one), and the numeric field order read off the locale's short
//! date pattern. That gives `15 <month> 2020`, weekdays and numeric dates in
//! every language ICU4X knows, without typing a table by hand.

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{E, M, MD, YMD};
use icu_locale_core::Locale;

use super::grammar::Order;

/// Months (January first) and weekdays (Monday first), lowercase, full and
/// abbreviated forms, plus the numeric order; `None` where ICU4X has no data.
pub struct LocaleNames {
    pub months: Vec<Vec<String>>,
    pub weekdays: Vec<Vec<String>>,
    pub order: Order,
}

/// The name part of a formatted "15 <month>": digits, punctuation and the
/// day's own markers stripped.
fn name_of(formatted: &str) -> Option<String> {
    let name: String = formatted
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .max_by_key(|w| w.chars().count())?
        .to_lowercase();
    (name.chars().count() >= 2).then_some(name)
}

pub fn locale_names(lang: &str) -> Option<LocaleNames> {
    let locale = Locale::try_from_str(lang).ok()?;
    type F<S> = FixedCalendarDateTimeFormatter<Gregorian, S>;
    let md_long = F::<MD>::try_new((&locale).into(), MD::long()).ok()?;
    let md_medium = F::<MD>::try_new((&locale).into(), MD::medium()).ok()?;
    let m_long = F::<M>::try_new((&locale).into(), M::long()).ok()?;
    let e_long = F::<E>::try_new((&locale).into(), E::long()).ok()?;
    let e_short = F::<E>::try_new((&locale).into(), E::short()).ok()?;
    let ymd_short = F::<YMD>::try_new((&locale).into(), YMD::short()).ok()?;
    let mut months = Vec::with_capacity(12);
    for m in 1..=12u8 {
        let date = Date::try_new_gregorian(2024, m, 15).ok()?;
        let mut names: Vec<String> = [
            md_long.format(&date).to_string(),
            m_long.format(&date).to_string(),
            md_medium.format(&date).to_string(),
        ]
        .iter()
        .filter_map(|s| name_of(s))
        .collect();
        names.dedup();
        months.push(names);
    }
    let mut weekdays = Vec::with_capacity(7);
    // 1 January 2024 was a Monday.
    for d in 1..=7u8 {
        let date = Date::try_new_gregorian(2024, 1, d).ok()?;
        let mut names: Vec<String> = [
            e_long.format(&date).to_string(),
            e_short.format(&date).to_string(),
        ]
        .iter()
        .filter_map(|s| name_of(s))
        .collect();
        names.dedup();
        weekdays.push(names);
    }
    // Read the field order off the short pattern of 15 October 2020.
    let sample = ymd_short
        .format(&Date::try_new_gregorian(2020, 10, 15).ok()?)
        .to_string();
    let digits: Vec<String> = sample
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let pos = |v: &str| {
        digits
            .iter()
            .position(|d| d == v || d.trim_start_matches('0') == v)
    };
    let order = match (pos("15"), pos("10")) {
        (Some(d), Some(m)) if d < m => Order::Dmy,
        (Some(_), Some(_)) if digits.first().is_some_and(|f| f.len() == 4) => Order::Ymd,
        (Some(_), Some(_)) => Order::Mdy,
        _ => Order::Dmy,
    };
    Some(LocaleNames {
        months,
        weekdays,
        order,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_months_in_both_forms() {
        let n = locale_names("pl").unwrap();
        assert!(
            n.months[9].iter().any(|m| m == "października"),
            "{:?}",
            n.months[9]
        );
        assert!(
            n.months[9].iter().any(|m| m == "październik"),
            "{:?}",
            n.months[9]
        );
        assert!(
            n.weekdays[0].iter().any(|w| w == "poniedziałek"),
            "{:?}",
            n.weekdays[0]
        );
        assert_eq!(n.order, Order::Dmy);
    }

    #[test]
    fn orders_follow_the_locale() {
        assert_eq!(locale_names("en").unwrap().order, Order::Mdy);
        assert_eq!(locale_names("sv").unwrap().order, Order::Ymd);
    }
}
