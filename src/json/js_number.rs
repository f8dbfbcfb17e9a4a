//! A number as `JSON.stringify(JSON.parse(text))` writes it: the exact text rounded to the nearest
//! double (ties to even), printed with the fewest digits that read back as that double, in
//! ECMAScript's `Number::toString` layout.
//!
//! Written with small exact integer arithmetic instead of `str::parse::<f64>` and `{:e}`: core's
//! float parsing and printing tables weigh about 25 KB of the gzipped wasm, and this runs only when
//! the signature doctor tries the "JavaScript numbers" mistake, where speed does not matter.

/// Significant digits kept from the input: more than the 767 that can decide a rounding, plus
/// a sticky digit standing for any non-zero digit beyond.
const KEPT_DIGITS: usize = 800;

/// A finite, non-zero double: `m × 2^e`, `m < 2^53`; normal numbers have `m ≥ 2^52`, subnormal
/// ones `e = -1074`, so each double has exactly one form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Double {
    m: u64,
    e: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rounded {
    Zero,
    Finite(Double),
    Infinite,
}

/// Writes `raw` (an RFC 8259 number) as JavaScript prints the double it parses to.
pub(super) fn write(out: &mut Vec<u8>, raw: &str) {
    let (negative, digits, exp10) = decompose(raw.as_bytes());
    match nearest(&digits, exp10) {
        // JSON.parse gives ±Infinity, which JSON.stringify writes as null.
        Rounded::Infinite => out.extend_from_slice(b"null"),
        // -0 prints as 0.
        Rounded::Zero => out.push(b'0'),
        Rounded::Finite(x) => {
            if negative {
                out.push(b'-');
            }
            let (digits, n) = shortest(x);
            layout(out, &digits, n);
        }
    }
}

/// Sign, significant digits (no leading zeros; empty for zero) and the power of ten they scale by.
fn decompose(b: &[u8]) -> (bool, Vec<u8>, i64) {
    let negative = b.first() == Some(&b'-');
    let body = &b[usize::from(negative)..];
    let mantissa_end = body.iter().position(|c| matches!(c, b'e' | b'E')).unwrap_or(body.len());
    let (mantissa, exponent) = body.split_at(mantissa_end);
    let fraction_len = mantissa.iter().position(|&c| c == b'.').map_or(0, |dot| mantissa.len() - dot - 1);
    let digits: Vec<u8> =
        mantissa.iter().filter(|c| c.is_ascii_digit()).map(|c| c - b'0').skip_while(|&d| d == 0).collect();
    let exp_text = exponent.get(1..).unwrap_or_default();
    let exp_negative = exp_text.first() == Some(&b'-');
    // Saturates far beyond any exponent that can still give a finite, non-zero double.
    let magnitude =
        exp_text.iter().filter(|c| c.is_ascii_digit()).fold(0i64, |v, &d| (v * 10 + i64::from(d - b'0')).min(1 << 40));
    let exp = if exp_negative { -magnitude } else { magnitude };
    (negative, digits, exp - fraction_len as i64)
}

/// The double nearest to `digits × 10^exp10` (ties to even).
fn nearest(digits: &[u8], exp10: i64) -> Rounded {
    if digits.is_empty() {
        return Rounded::Zero;
    }
    let leading = exp10 + digits.len() as i64 - 1; // the value is in [10^leading, 10^(leading+1))
    if leading >= 309 {
        return Rounded::Infinite;
    }
    if leading <= -325 {
        return Rounded::Zero;
    }
    let kept = digits.len().min(KEPT_DIGITS);
    let mut d = Big::from_digits(&digits[..kept]);
    let mut exp = exp10 + (digits.len() - kept) as i64;
    if digits[kept..].iter().any(|&x| x != 0) {
        d.mul_add(10, 1);
        exp -= 1;
    }
    if exp >= 0 {
        d.mul_pow5(exp as u32);
        return round(&d, exp, false);
    }
    // value = d / (5^k · 2^k): a 56–57-bit quotient, the remainder only as a sticky bit.
    let k = -exp;
    let mut den = Big::from_u64(1);
    den.mul_pow5(k as u32);
    let shift = 56 + den.bits() as i64 - d.bits() as i64;
    if shift >= 0 {
        d.shl(shift as u64);
    } else {
        den.shl((-shift) as u64);
    }
    let (q, exact) = d.div_to_u64(&den);
    round(&Big::from_u64(q), -k - shift, !exact)
}

/// Rounds `q × 2^e0` (plus less than one unit of `q` when `sticky`) to a double.
fn round(q: &Big, e0: i64, sticky: bool) -> Rounded {
    let top = q.bits() as i64 - 1 + e0;
    if top > 1023 {
        return Rounded::Infinite;
    }
    let mut lsb = (top - 52).max(-1074);
    let drop = lsb - e0;
    let mut m = if drop <= 0 {
        q.low_u64() << -drop
    } else {
        let kept = q.shr_u64(drop as u64);
        let half = q.bit(drop as u64 - 1);
        let rest = sticky || q.any_below(drop as u64 - 1);
        kept + u64::from(half && (rest || kept & 1 == 1))
    };
    if m == 1 << 53 {
        m >>= 1;
        lsb += 1;
    }
    match m {
        0 => Rounded::Zero,
        _ if lsb + 52 > 1023 && m >= 1 << 52 => Rounded::Infinite,
        _ => Rounded::Finite(Double { m, e: lsb }),
    }
}

/// The fewest significant digits that read back as `x`, closest to `x` when several do (ties
/// to even), and `n` such that `x ≈ 0.digits × 10^n`.
fn shortest(x: Double) -> (Vec<u8>, i64) {
    let (exact, n) = exact_decimal(x);
    for k in 1..exact.len() {
        let down = exact[..k].to_vec();
        let (up, up_n) = increment(&down, n);
        let reads_back = |digits: &[u8], n: i64| nearest(digits, n - digits.len() as i64) == Rounded::Finite(x);
        let (down_ok, up_ok) = (reads_back(&down, n), reads_back(&up, up_n));
        let rest = &exact[k..];
        let up_closer = match rest[0].cmp(&5) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => rest[1..].iter().any(|&d| d != 0) || down[k - 1] % 2 == 1,
        };
        match (down_ok, up_ok) {
            (true, true) if up_closer => return (up, up_n),
            (true, _) => return (down, n),
            (false, true) => return (up, up_n),
            (false, false) => {}
        }
    }
    (exact, n)
}

/// The exact decimal expansion of `x` without trailing zeros, and its `n`.
fn exact_decimal(x: Double) -> (Vec<u8>, i64) {
    let mut big = Big::from_u64(x.m);
    let mut point = 0;
    if x.e >= 0 {
        big.shl(x.e as u64);
    } else {
        big.mul_pow5((-x.e) as u32); // m · 2^e = m · 5^-e · 10^e
        point = x.e;
    }
    let mut digits = big.to_digits();
    let n = digits.len() as i64 + point;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, n)
}

/// `digits` plus one unit in the last place, without trailing zeros; a carry out of the first
/// digit gives `1` one place higher.
fn increment(digits: &[u8], n: i64) -> (Vec<u8>, i64) {
    let mut out = digits.to_vec();
    while let Some(last) = out.pop() {
        if last < 9 {
            out.push(last + 1);
            return (out, n);
        }
    }
    (vec![1], n + 1)
}

/// ECMAScript Number::toString: plain up to 21 integer digits, `0.000…` down to 1e-7, else
/// exponent form (`1.5e-7`, `1e+21`).
fn layout(out: &mut Vec<u8>, digits: &[u8], n: i64) {
    let k = digits.len() as i64;
    let push_digits = |out: &mut Vec<u8>, ds: &[u8]| out.extend(ds.iter().map(|d| d + b'0'));
    if k <= n && n <= 21 {
        push_digits(out, digits);
        out.extend(std::iter::repeat_n(b'0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        push_digits(out, &digits[..n as usize]);
        out.push(b'.');
        push_digits(out, &digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', (-n) as usize));
        push_digits(out, digits);
    } else {
        push_digits(out, &digits[..1]);
        if k > 1 {
            out.push(b'.');
            push_digits(out, &digits[1..]);
        }
        out.push(b'e');
        out.push(if n > 0 { b'+' } else { b'-' });
        // At most 3 digits (|n - 1| ≤ 324); written by hand, which keeps integer formatting
        // out of the wasm.
        let exp = (n - 1).unsigned_abs() as u16;
        let digits = [exp / 100, exp / 10 % 10, exp % 10].map(|d| d as u8);
        let first = digits.iter().position(|&d| d != 0).unwrap_or(2);
        push_digits(out, &digits[first..]);
    }
}

/// An unsigned big integer: 32-bit limbs, least significant first, no high zero limbs.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for &d in digits {
            b.mul_add(10, u32::from(d));
        }
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn bits(&self) -> u64 {
        self.0.last().map_or(0, |top| self.0.len() as u64 * 32 - u64::from(top.leading_zeros()))
    }

    fn bit(&self, i: u64) -> bool {
        self.0.get((i / 32) as usize).is_some_and(|limb| limb >> (i % 32) & 1 == 1)
    }

    fn any_below(&self, i: u64) -> bool {
        let (whole, part) = ((i / 32) as usize, i % 32);
        self.0.iter().take(whole).any(|&l| l != 0) || self.0.get(whole).is_some_and(|&l| l & ((1 << part) - 1) != 0)
    }

    /// `self >> n`, known to fit 64 bits.
    fn shr_u64(&self, n: u64) -> u64 {
        (0..64).filter(|&i| self.bit(n + i)).fold(0, |v, i| v | 1 << i)
    }

    fn low_u64(&self) -> u64 {
        self.shr_u64(0)
    }

    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut n: u32) {
        const POW5_13: u32 = 1_220_703_125;
        while n >= 13 {
            self.mul_add(POW5_13, 0);
            n -= 13;
        }
        self.mul_add(5u32.pow(n), 0);
    }

    fn shl(&mut self, n: u64) {
        let (whole, part) = ((n / 32) as usize, (n % 32) as u32);
        if part > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = *limb;
                *limb = v << part | carry;
                carry = v >> (32 - part);
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        if whole > 0 {
            let mut shifted = vec![0; whole];
            shifted.append(&mut self.0);
            self.0 = shifted;
        }
    }

    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = v as u32;
            borrow = i64::from(v < 0);
        }
        self.trim();
    }

    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// `(self / den, whether it divides exactly)` for a quotient below 2^58.
    fn div_to_u64(&self, den: &Big) -> (u64, bool) {
        let mut rest = self.clone();
        let mut q = 0;
        for i in (0..58).rev() {
            let mut step = den.clone();
            step.shl(i);
            if rest.cmp(&step) != std::cmp::Ordering::Less {
                rest.sub(&step);
                q |= 1 << i;
            }
        }
        (q, rest.0.is_empty())
    }

    /// Decimal digits, most significant first.
    fn to_digits(&self) -> Vec<u8> {
        let mut limbs = self.0.clone();
        let mut digits = Vec::new();
        while !limbs.is_empty() {
            let mut rem = 0u64;
            for limb in limbs.iter_mut().rev() {
                let v = rem << 32 | u64::from(*limb);
                *limb = (v / 10) as u32;
                rem = v % 10;
            }
            digits.push(rem as u8);
            while limbs.last() == Some(&0) {
                limbs.pop();
            }
        }
        digits.reverse();
        digits
    }
}

#[cfg(test)]
mod tests {
    use super::{nearest, shortest, Rounded};
    use proptest::prelude::*;

    fn js(raw: &str) -> String {
        let mut out = Vec::new();
        super::write(&mut out, raw);
        String::from_utf8(out).unwrap()
    }

    fn digits_of(text: &str) -> Vec<u8> {
        text.bytes().filter(u8::is_ascii_digit).map(|d| d - b'0').collect()
    }

    /// Checks `raw` against std's correctly rounded parse and shortest round-trip digits. std
    /// breaks an exact tie between two shortest candidates away from zero where ECMAScript picks
    /// the even one, so a difference must be exactly such a tie.
    fn check(raw: &str) -> Result<(), String> {
        let x: f64 = raw.parse().unwrap();
        let (_, digits, exp10) = super::decompose(raw.as_bytes());
        let ours = nearest(&digits, exp10);
        if !x.is_finite() || x == 0.0 {
            let expected = if x == 0.0 { Rounded::Zero } else { Rounded::Infinite };
            return if ours == expected { Ok(()) } else { Err(format!("{raw}: {ours:?}, std {x}")) };
        }
        let Rounded::Finite(double) = ours else { return Err(format!("{raw}: {ours:?}, std {x}")) };
        let (mantissa, e) = (double.m as f64, double.e as i32);
        if mantissa * 2f64.powi(e.max(-1000)) * 2f64.powi((e + 1000).min(0)) != x.abs() {
            return Err(format!("{raw}: rounds to {double:?}, std to {x:e}"));
        }
        let (mine, n) = shortest(double);
        let sci = format!("{:e}", x.abs());
        let (std_mantissa, std_exp) = sci.split_once('e').unwrap();
        let (theirs, their_n) = (digits_of(std_mantissa), std_exp.parse::<i64>().unwrap() + 1);
        if (&mine, n) == (&theirs, their_n) {
            return Ok(());
        }
        let exact = digits_of(format!("{:.1100e}", x.abs()).split('e').next().unwrap());
        let k = mine.len();
        let tie = theirs.len() == k
            && n == their_n
            && exact[..k] == *mine.clone().min(theirs.clone())
            && exact[k] == 5
            && exact[k + 1..].iter().all(|&d| d == 0)
            && mine[k - 1] % 2 == 0;
        if tie {
            Ok(())
        } else {
            Err(format!("{raw}: {mine:?}e{n}, std {theirs:?}e{their_n}"))
        }
    }

    #[test]
    fn numbers_as_javascript_prints_them() {
        // Expected texts checked with Node's JSON.stringify(JSON.parse(raw)).
        for (raw, expected) in [
            ("1.50", "1.5"),
            ("1e21", "1e+21"),
            ("1e20", "100000000000000000000"),
            ("1.5e-7", "1.5e-7"),
            ("0.000001", "0.000001"),
            ("-0.0", "0"),
            ("-1e-400", "0"),
            ("9007199254740993", "9007199254740992"),
            ("123.456e1", "1234.56"),
            ("1e400", "null"),
            ("-1e400", "null"),
            ("0.1", "0.1"),
            ("1e23", "1e+23"),
            ("5e-324", "5e-324"),
            ("2.4703282292062327e-324", "0"),
            ("2.4703282292062328e-324", "5e-324"),
            ("1.7976931348623157e308", "1.7976931348623157e+308"),
            ("1.7976931348623158e308", "1.7976931348623157e+308"),
            ("1.7976931348623159e308", "null"),
            ("2.2250738585072011e-308", "2.225073858507201e-308"),
            ("0.30000000000000004", "0.30000000000000004"),
            // An exact tie between two shortest candidates: ECMAScript takes the even one.
            ("600000000000000.2", "600000000000000.2"),
        ] {
            assert_eq!(js(raw), expected, "{raw}");
            check(raw).unwrap();
        }
    }

    #[test]
    fn long_inputs_round_by_all_their_digits() {
        // Just above the halfway point between 1 and the next double, by a digit at place 900.
        let above_half = format!("1.00000000000000011102230246251565404236316680908203125{}1", "0".repeat(850));
        assert_eq!(js(&above_half), "1.0000000000000002");
        check(&above_half).unwrap();
        assert_eq!(js("1.00000000000000011102230246251565404236316680908203125"), "1");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn agrees_with_std_on_every_double(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite());
            check(&format!("{:e}", x)).map_err(TestCaseError::fail)?;
        }

        #[test]
        fn agrees_with_std_on_decimal_text(
            negative in any::<bool>(),
            int in "(0|[1-9][0-9]{0,25})",
            frac in proptest::option::of("[0-9]{1,25}"),
            exp in proptest::option::of(-340i32..340),
        ) {
            let raw = format!(
                "{}{int}{}{}",
                if negative { "-" } else { "" },
                frac.map(|f| format!(".{f}")).unwrap_or_default(),
                exp.map(|e| format!("e{e}")).unwrap_or_default(),
            );
            check(&raw).map_err(TestCaseError::fail)?;
        }
    }
}
