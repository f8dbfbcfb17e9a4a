//! Beijing time (UTC+8, no daylight saving): the server's clock, whatever the caller's zone.
//!
//! Hand-written civil-date arithmetic (Howard Hinnant's days-from-civil) rather than the `time`
//! crate: one fixed offset and one format need ~60 lines, not a calendar library in the wasm.

use crate::error::{Error, ErrorKind};

/// Beijing's offset from UTC, in minutes.
pub const BEIJING_OFFSET_MINUTES: i32 = 8 * 60;

const MS_PER_DAY: i64 = 86_400_000;

/// Formats a Unix instant (milliseconds) as Beijing `yyyy-MM-dd HH:mm:ss`; an instant outside
/// the years 0000–9999 has no such text (`bad_timestamp`), so nothing can read it back.
///
/// ```
/// use hongxun_sign::time::format_beijing;
/// assert_eq!(format_beijing(1764302400000).unwrap(), "2025-11-28 12:00:00");
/// assert_eq!(format_beijing(8.64e15 as i64).unwrap_err().code(), "bad_timestamp");
/// ```
pub fn format_beijing(unix_ms: i64) -> Result<String, Error> {
    const OFFSET_MS: i64 = BEIJING_OFFSET_MINUTES as i64 * 60_000;
    const WRITABLE: std::ops::Range<i64> =
        days_from_civil(0, 1, 1) * MS_PER_DAY - OFFSET_MS..days_from_civil(10_000, 1, 1) * MS_PER_DAY - OFFSET_MS;
    if !WRITABLE.contains(&unix_ms) {
        return Err(Error::new(ErrorKind::BadTimestamp));
    }
    Ok(format_at_offset(unix_ms, BEIJING_OFFSET_MINUTES))
}

/// Formats a Unix instant as `yyyy-MM-dd HH:mm:ss` at a fixed offset from UTC.
pub fn format_at_offset(unix_ms: i64, offset_minutes: i32) -> String {
    let local = unix_ms.div_euclid(1000) * 1000 + i64::from(offset_minutes) * 60_000;
    let days = local.div_euclid(MS_PER_DAY);
    let ms_of_day = local.rem_euclid(MS_PER_DAY);
    let (y, m, d) = civil_from_days(days);
    let secs = ms_of_day / 1000;
    let fields = [(y, 4), (m, 2), (d, 2), (secs / 3600, 2), (secs / 60 % 60, 2), (secs % 60, 2)];
    if !(0..=9999).contains(&y) {
        // Only the doctor's guesses at other offsets reach past year 9999 or before year 0.
        return format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}", fields[3].0, fields[4].0, fields[5].0);
    }
    // Digit by digit: `format!` was a tenth of a small buildRequest's own work.
    let mut out = String::with_capacity(19);
    for (i, (value, width)) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push([' ', '-', '-', ' ', ':', ':'][i]);
        }
        for place in (0..width).rev() {
            out.push(char::from(b'0' + (value / 10i64.pow(place) % 10) as u8));
        }
    }
    out
}

/// Parses Beijing `yyyy-MM-dd HH:mm:ss` into a Unix instant (milliseconds).
/// Refuses any other shape and any date or time that does not exist.
pub fn parse_beijing(text: &str) -> Result<i64, Error> {
    let bad = || Error::new(ErrorKind::BadTimestamp);
    let b = text.as_bytes();
    if b.len() != 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b' ' || b[13] != b':' || b[16] != b':' {
        return Err(bad());
    }
    let field = |from: usize, to: usize| -> Result<i64, Error> {
        let digits = &b[from..to];
        if !digits.iter().all(u8::is_ascii_digit) {
            return Err(bad());
        }
        Ok(digits.iter().fold(0, |v, d| v * 10 + i64::from(d - b'0')))
    };
    let (y, mo, d) = (field(0, 4)?, field(5, 7)?, field(8, 10)?);
    let (h, mi, s) = (field(11, 13)?, field(14, 16)?, field(17, 19)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || s > 59 {
        return Err(bad());
    }
    let local = days_from_civil(y, mo, d) * MS_PER_DAY + (h * 3600 + mi * 60 + s) * 1000;
    Ok(local - i64::from(BEIJING_OFFSET_MINUTES) * 60_000)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

const fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}
