//! Key order of the server: Java `String.compareTo`, i.e. by UTF-16 code units.

use std::cmp::Ordering;

/// Compares two WTF-8 keys by their UTF-16 code units.
///
/// UTF-8 byte order is code point order, which agrees with UTF-16 order everywhere except
/// between U+E000–U+FFFF and the supplementary planes (surrogates sort below U+E000 in UTF-16).
/// So bytes decide, unless the first differing character involves one of those ranges.
pub(crate) fn utf16_cmp(a: &[u8], b: &[u8]) -> Ordering {
    let n = a.len().min(b.len());
    let i = common_prefix(&a[..n], &b[..n]);
    if i == n {
        return a.len().cmp(&b.len());
    }
    let (x, y) = (a[i], b[i]);
    if x < 0xed && y < 0xed {
        return x.cmp(&y);
    }
    // Equal prefixes, so the first difference is a lead byte on both sides.
    units(&a[i..]).cmp(units(&b[i..]))
}

/// A key's first eight bytes as a little-endian number (zeros after a shorter key), so that the
/// first byte where two keys' starts differ is the lowest byte where their prefixes do.
/// Little-endian: one load in wasm, which has no byte swap (big-endian took a dozen shifts).
#[inline(always)]
pub(crate) fn prefix(key: &[u8]) -> u64 {
    match key.first_chunk() {
        Some(first) => u64::from_le_bytes(*first),
        None => key.iter().enumerate().fold(0, |v, (i, &b)| v | u64::from(b) << (8 * i)),
    }
}

/// The keys' order as their prefixes tell it, when they can: the prefixes differ at a byte below
/// 0xED on both sides (see [`utf16_cmp`]). Padding zeros count as such bytes: a key that ends
/// where the other goes on sorts first either way.
#[inline(always)]
pub(crate) fn by_prefix(a: u64, b: u64) -> Option<Ordering> {
    if a == b {
        return None;
    }
    let shift = (a ^ b).trailing_zeros() & !7;
    let (x, y) = ((a >> shift) as u8, (b >> shift) as u8);
    (x < 0xed && y < 0xed).then(|| x.cmp(&y))
}

/// Whether two keys are the same bytes (inline: keys are short, and a call to `memcmp` costs
/// more than comparing them).
#[inline(always)]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && common_prefix(a, b) == a.len()
}

/// How many leading bytes two equally long slices share, eight at a time (keys often share a
/// long prefix: `customerProductCode`, `customerProductDescription`).
#[inline(always)]
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let word = |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().unwrap_or([0; 8]));
    let mut i = 0;
    while i + 8 <= a.len() {
        let diff = word(a, i) ^ word(b, i);
        if diff != 0 {
            return i + (diff.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < a.len() && a[i] == b[i] {
        i += 1;
    }
    i
}

/// The UTF-16 code units of WTF-8 text.
fn units(s: &[u8]) -> impl Iterator<Item = u16> + '_ {
    let mut rest = s;
    let mut low = None;
    std::iter::from_fn(move || {
        if let Some(unit) = low.take() {
            return Some(unit);
        }
        let lead = *rest.first()?;
        let (len, cp) = match lead {
            0..=0x7f => (1, lead as u32),
            0xc0..=0xdf => (2, (lead as u32 & 0x1f) << 6 | (rest[1] as u32 & 0x3f)),
            0xe0..=0xef => (3, (lead as u32 & 0x0f) << 12 | (rest[1] as u32 & 0x3f) << 6 | (rest[2] as u32 & 0x3f)),
            _ => (
                4,
                (lead as u32 & 0x07) << 18
                    | (rest[1] as u32 & 0x3f) << 12
                    | (rest[2] as u32 & 0x3f) << 6
                    | (rest[3] as u32 & 0x3f),
            ),
        };
        rest = &rest[len..];
        if cp < 0x10000 {
            return Some(cp as u16);
        }
        let c = cp - 0x10000;
        low = Some(0xdc00 + (c & 0x3ff) as u16);
        Some(0xd800 + (c >> 10) as u16)
    })
}

#[cfg(test)]
mod tests {
    use super::{by_prefix, prefix, same, utf16_cmp};
    use std::cmp::Ordering::*;

    #[test]
    fn supplementary_sorts_below_private_use_and_fullwidth() {
        assert_eq!(utf16_cmp("😀".as_bytes(), "\u{e000}".as_bytes()), Less);
        assert_eq!(utf16_cmp("a😀".as_bytes(), "a～".as_bytes()), Less);
        assert_eq!(utf16_cmp("ÿ".as_bytes(), "😀".as_bytes()), Less);
        assert_eq!(utf16_cmp(b"a", b"ab"), Less);
        assert_eq!(utf16_cmp(b"B", b"a"), Less);
    }

    #[test]
    fn word_steps_find_the_first_difference() {
        let base = b"customerProductDescription".to_vec();
        for at in 0..base.len() {
            let mut other = base.clone();
            other[at] = b'~';
            assert_eq!(utf16_cmp(&base, &other), Less, "difference at {at}");
            assert_eq!(utf16_cmp(&other, &base), Greater, "difference at {at}");
            assert!(!same(&base, &other) && same(&other, &other.clone()));
            assert_eq!(utf16_cmp(&base[..at], &base), Less);
            // Every length, short of eight bytes too: the same until the difference is in.
            for len in 0..=base.len() {
                assert_eq!(same(&base[..len], &other[..len]), len <= at, "difference at {at}, length {len}");
            }
        }
    }

    #[test]
    fn prefixes_order_as_the_keys_do_or_defer() {
        let keys: [&[u8]; 12] = [
            b"",
            b"a",
            b"a\0",
            b"a\0b",
            b"ab",
            b"customerLineNumber",
            b"customerProductCode",
            b"ebeln",
            b"ebelp",
            "\u{e000}".as_bytes(),
            "😀".as_bytes(),
            "a😀".as_bytes(),
        ];
        for a in keys {
            for b in keys {
                if let Some(order) = by_prefix(prefix(a), prefix(b)) {
                    assert_eq!(order, utf16_cmp(a, b), "{a:?} {b:?}");
                }
            }
        }
        assert_eq!(by_prefix(prefix(b"ebeln"), prefix(b"ebelp")), Some(Less));
        assert_eq!(by_prefix(prefix("😀".as_bytes()), prefix("\u{e000}".as_bytes())), None);
    }

    #[test]
    fn lone_surrogate_sorts_by_its_unit() {
        let lone_d83d = [0xed, 0xa0, 0xbd]; // U+D83D alone, WTF-8
        assert_eq!(utf16_cmp(&lone_d83d, "😀".as_bytes()), Less); // D83D < D83D DE00
        assert_eq!(utf16_cmp(&lone_d83d, "\u{d7ff}".as_bytes()), Greater);
    }
}
