//! Numbers as the server re-writes them: integers as their digits, anything with `.`, `e` or `E`
//! as Java `BigDecimal.toString()` of the exact text (fastjson parses decimals to BigDecimal).

pub(super) struct Scanned {
    pub len: usize,
    /// Has a fraction or an exponent: a BigDecimal, not an integer.
    pub decimal: bool,
    /// Java's `new BigDecimal(text)` would throw (exponent or scale beyond 32 bits).
    pub out_of_range: bool,
}

/// Scans an RFC 8259 number at the start of `b`.
pub(super) fn scan(b: &[u8]) -> Option<Scanned> {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let integer_digits = match b.get(i) {
        Some(b'0') => 1,
        Some(b'1'..=b'9') => digits(i),
        _ => return None,
    };
    i += integer_digits;
    let mut fraction = 0;
    if b.get(i) == Some(&b'.') {
        fraction = digits(i + 1);
        if fraction == 0 {
            return None;
        }
        i += 1 + fraction;
    }
    let mut out_of_range = false;
    let decimal = fraction > 0 || matches!(b.get(i), Some(b'e' | b'E'));
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = digits(i);
        if n == 0 {
            return None;
        }
        // Java: the exponent itself and the resulting scale must each fit an int, and so must
        // the exponent `BigDecimal.toString()` writes, or the canonical text could not be read
        // back: the exponent plus the integer digits after the first (`51e2147483647` →
        // `5.1E+2147483648`; JSON's integer part has no leading zero, and a zero one only lowers it).
        out_of_range = match exponent(&b[i - 1..i + n]) {
            Some(exp) => {
                [exp, fraction as i64 - exp, exp + integer_digits as i64 - 1].iter().any(|&v| i32::try_from(v).is_err())
            }
            None => true,
        };
        i += n;
    }
    Some(Scanned { len: i, decimal, out_of_range })
}

/// The exponent value from `[+-]?digits` (the byte before may be the sign or `e`); `None` when
/// it has more than ten significant digits, which Java refuses outright.
fn exponent(text: &[u8]) -> Option<i64> {
    let negative = text[0] == b'-';
    let digits = if matches!(text[0], b'+' | b'-' | b'e' | b'E') { &text[1..] } else { text };
    let significant: &[u8] = {
        let zeros = digits.iter().take_while(|&&d| d == b'0').count();
        &digits[zeros..]
    };
    if significant.len() > 10 {
        return None;
    }
    let value = significant.iter().fold(0i64, |v, d| v * 10 + i64::from(d - b'0'));
    Some(if negative { -value } else { value })
}

/// Whether Java writes this scanned number exactly as it stands (so it can be copied): integers
/// but `-0`; decimals without exponent unless they are a negative zero or below 1e-6, which Java
/// writes in E notation (`0.0000001` → `1E-7`). A test checks this against [`write_java`].
pub(super) fn java_keeps(text: &[u8], decimal: bool) -> bool {
    let body = text.strip_prefix(b"-").unwrap_or(text);
    if !decimal {
        return body != b"0" || body.len() == text.len();
    }
    if text.iter().any(|&c| c == b'e' || c == b'E') {
        return false;
    }
    // An integer part other than 0 keeps every digit in plain notation.
    let Some(fraction) = body.strip_prefix(b"0.") else { return true };
    let zeros = fraction.iter().take_while(|&&d| d == b'0').count();
    if zeros == fraction.len() {
        // Zero: `0.000000` is written as is, but without its minus sign; smaller scales as `0E-7`.
        body.len() == text.len() && fraction.len() <= 6
    } else {
        zeros <= 5
    }
}

/// Writes a scanned number as the server does.
pub(crate) fn write_java(out: &mut Vec<u8>, text: &[u8], decimal: bool) {
    if !decimal {
        if text == b"-0" {
            out.push(b'0');
        } else {
            out.extend_from_slice(text);
        }
        return;
    }
    let parts = Parts::of(text);
    let coefficient = parts.coefficient();
    let ndigits = coefficient.len() as i64;
    let scale = parts.fraction.len() as i64 - parts.exp;
    let negative = parts.negative && coefficient != [b'0'];
    if negative {
        out.push(b'-');
    }
    let adjusted = -scale + (ndigits - 1);
    if scale == 0 {
        out.extend(coefficient);
    } else if scale > 0 && adjusted >= -6 {
        // Plain notation with `scale` digits after the point.
        let point = ndigits - scale;
        if point > 0 {
            let mut digits = coefficient;
            out.extend(digits.by_ref().take(point as usize));
            out.push(b'.');
            out.extend(digits);
        } else {
            out.extend_from_slice(b"0.");
            out.resize(out.len() + (-point) as usize, b'0');
            out.extend(coefficient);
        }
    } else {
        let mut digits = coefficient;
        out.push(digits.next().unwrap_or(b'0'));
        if ndigits > 1 {
            out.push(b'.');
            out.extend(digits);
        }
        out.push(b'E');
        if adjusted >= 0 {
            out.push(b'+');
        }
        out.extend_from_slice(adjusted.to_string().as_bytes());
    }
}

/// A decimal's text split into sign, integer digits, fraction digits and exponent.
struct Parts<'a> {
    negative: bool,
    int: &'a [u8],
    fraction: &'a [u8],
    exp: i64,
}

impl<'a> Parts<'a> {
    fn of(text: &'a [u8]) -> Self {
        let negative = text[0] == b'-';
        let body = if negative { &text[1..] } else { text };
        let (mantissa, exp) = match body.iter().position(|&c| c == b'e' || c == b'E') {
            Some(e) => (&body[..e], exponent(&body[e + 1..]).unwrap_or(0)),
            None => (body, 0),
        };
        let (int, fraction) = match mantissa.iter().position(|&c| c == b'.') {
            Some(p) => (&mantissa[..p], &mantissa[p + 1..]),
            None => (mantissa, &mantissa[mantissa.len()..]),
        };
        Parts { negative, int, fraction, exp }
    }

    /// The unscaled value's digits without leading zeros (`0` for zero).
    fn coefficient(&self) -> Coefficient<'a> {
        let all = self.int.iter().chain(self.fraction.iter());
        let zeros = all.clone().take_while(|&&d| d == b'0').count();
        let total = self.int.len() + self.fraction.len();
        let skip = zeros.min(total - 1);
        Coefficient { int: self.int, fraction: self.fraction, at: skip, len: total - skip }
    }
}

/// Digits of the unscaled value, iterated without copying.
#[derive(Clone)]
struct Coefficient<'a> {
    int: &'a [u8],
    fraction: &'a [u8],
    at: usize,
    len: usize,
}

impl Coefficient<'_> {
    fn len(&self) -> usize {
        self.len
    }
}

impl PartialEq<[u8; 1]> for Coefficient<'_> {
    fn eq(&self, other: &[u8; 1]) -> bool {
        self.len == 1 && self.clone().next() == Some(other[0])
    }
}

impl Iterator for Coefficient<'_> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.len == 0 {
            return None;
        }
        let d = if self.at < self.int.len() { self.int[self.at] } else { self.fraction[self.at - self.int.len()] };
        self.at += 1;
        self.len -= 1;
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::{java_keeps, scan, write_java};

    /// `java_keeps` against the writer, over every number of up to 9 characters built from a
    /// few digits, signs, points and exponents.
    #[test]
    fn java_keeps_exactly_what_write_java_keeps() {
        let alphabet = [b'0', b'1', b'9', b'.', b'-', b'e'];
        let mut checked = 0;
        let mut text = Vec::new();
        for len in 1..=9u32 {
            for mut n in 0..alphabet.len().pow(len) {
                text.clear();
                for _ in 0..len {
                    text.push(alphabet[n % alphabet.len()]);
                    n /= alphabet.len();
                }
                let Some(scanned) = scan(&text).filter(|s| s.len == text.len() && !s.out_of_range) else { continue };
                let mut java = Vec::new();
                write_java(&mut java, &text, scanned.decimal);
                let text_str = String::from_utf8_lossy(&text);
                assert_eq!(java_keeps(&text, scanned.decimal), java == text, "{text_str}");
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    /// A number is in range exactly when the text Java writes for it can be read again.
    #[test]
    fn in_range_when_what_java_writes_reads_back() {
        let out_of_range = |text: &str| scan(text.as_bytes()).unwrap().out_of_range;
        for (text, written) in [
            ("15e2147483646", "1.5E+2147483647"),
            ("1.5e2147483647", "1.5E+2147483647"),
            ("0.0051e2147483647", "5.1E+2147483644"),
            ("123e-2147483647", "1.23E-2147483645"),
            ("0e2147483647", "0E+2147483647"),
        ] {
            assert!(!out_of_range(text), "{text}");
            let mut java = Vec::new();
            write_java(&mut java, text.as_bytes(), true);
            assert_eq!(String::from_utf8(java).unwrap(), written);
            assert!(!out_of_range(written), "{written} read back");
        }
        for text in ["51e2147483647", "15e2147483647", "1e2147483648", "1e-2147483649", "1.0e-2147483648"] {
            assert!(out_of_range(text), "{text}");
        }
    }
}
