//! Beijing time: formatting an instant and parsing it back, at the edges of days, months, years
//! and leap days, independent of the machine's time zone.

use hongxun_sign::time::{format_beijing, parse_beijing};
use proptest::prelude::*;
use test_case::test_case;

/// Unix milliseconds of a UTC date-time, computed independently of the library.
fn utc(y: i64, mo: u32, d: u32, h: i64, mi: i64, s: i64) -> i64 {
    let days_before_year: i64 =
        (1970..y).map(|y| if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 { 366 } else { 365 }).sum();
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let days = days_before_year + month_days[..(mo - 1) as usize].iter().sum::<i64>() + i64::from(d - 1);
    ((days * 24 + h) * 60 + mi) * 60_000 + s * 1000
}

#[test_case(utc(2026, 11, 27, 16, 0, 0), "2026-11-28 00:00:00"; "utc afternoon is beijing midnight")]
#[test_case(utc(2026, 11, 27, 15, 59, 59), "2026-11-27 23:59:59"; "one second before beijing midnight")]
#[test_case(utc(2026, 1, 31, 16, 0, 0), "2026-02-01 00:00:00"; "month end")]
#[test_case(utc(2026, 12, 31, 16, 0, 0), "2027-01-01 00:00:00"; "year end")]
#[test_case(utc(2026, 12, 31, 15, 59, 59), "2026-12-31 23:59:59"; "last second of the year")]
#[test_case(utc(2028, 2, 28, 16, 0, 0), "2028-02-29 00:00:00"; "leap day")]
#[test_case(utc(2028, 2, 29, 16, 0, 0), "2028-03-01 00:00:00"; "after the leap day")]
#[test_case(utc(2027, 2, 28, 16, 0, 0), "2027-03-01 00:00:00"; "no leap day in 2027")]
#[test_case(utc(2100, 2, 28, 16, 0, 0), "2100-03-01 00:00:00"; "no leap day in 2100")]
#[test_case(utc(2000, 2, 28, 16, 0, 0), "2000-02-29 00:00:00"; "leap day in 2000")]
#[test_case(0, "1970-01-01 08:00:00"; "epoch")]
#[test_case(utc(2026, 11, 28, 4, 0, 0) + 999, "2026-11-28 12:00:00"; "milliseconds are truncated")]
fn formats_and_parses_back(unix_ms: i64, beijing: &str) {
    assert_eq!(format_beijing(unix_ms).unwrap(), beijing);
    assert_eq!(parse_beijing(beijing).unwrap(), unix_ms - unix_ms % 1000);
}

#[test]
fn the_machine_time_zone_does_not_matter() {
    // The library never reads TZ; set it to something far from Beijing to prove it.
    std::env::set_var("TZ", "America/Los_Angeles");
    assert_eq!(format_beijing(utc(2026, 11, 28, 4, 0, 0)).unwrap(), "2026-11-28 12:00:00");
}

#[test_case("2026-02-29 10:00:00"; "not a leap year")]
#[test_case("2026-02-30 10:00:00"; "february 30")]
#[test_case("2026-04-31 10:00:00"; "april 31")]
#[test_case("2026-13-01 10:00:00"; "month 13")]
#[test_case("2026-00-10 10:00:00"; "month 0")]
#[test_case("2026-01-00 10:00:00"; "day 0")]
#[test_case("2026-11-28 24:00:00"; "hour 24")]
#[test_case("2026-11-28 23:60:00"; "minute 60")]
#[test_case("2026-11-28 23:59:60"; "leap second")]
#[test_case("2026-11-28T10:00:00"; "iso t")]
#[test_case("2026-11-28 10:00"; "no seconds")]
#[test_case("2026/11/28 10:00:00"; "slashes")]
#[test_case("2026-11-28 10:00:00Z"; "zone suffix")]
#[test_case("+026-11-28 10:00:00"; "sign in year")]
#[test_case(" 2026-11-28 10:00:00"; "leading space")]
#[test_case("２０２６-11-28 10:00:00"; "full-width digits")]
fn refuses_impossible_or_misshapen_times(text: &str) {
    assert_eq!(parse_beijing(text).unwrap_err().code(), "bad_timestamp");
}

#[test]
fn writes_only_the_years_0000_to_9999() {
    let first = parse_beijing("0000-01-01 00:00:00").unwrap();
    let last = parse_beijing("9999-12-31 23:59:59").unwrap();
    assert_eq!(format_beijing(first).unwrap(), "0000-01-01 00:00:00");
    assert_eq!(format_beijing(last + 999).unwrap(), "9999-12-31 23:59:59");
    // A JS Date reaches ±8.64e15 ms (year ±275760): six-digit years no one could read back.
    for outside in [first - 1, last + 1000, 8.64e15 as i64, -8.64e15 as i64, i64::MIN, i64::MAX] {
        assert_eq!(format_beijing(outside).unwrap_err().code(), "bad_timestamp", "{outside}");
    }
}

#[test]
fn accepts_the_leap_day_of_a_leap_year() {
    assert!(parse_beijing("2028-02-29 23:59:59").is_ok());
}

proptest! {
    #[test]
    fn round_trips_every_second_from_1970_to_9999(secs in 0i64..253_402_271_999) {
        let text = format_beijing(secs * 1000).unwrap();
        prop_assert_eq!(parse_beijing(&text).unwrap(), secs * 1000);
    }
}
