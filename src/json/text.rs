//! JSON string text: scanning the input, decoding escapes, and writing fastjson's escapes.
//!
//! Decoded text is WTF-8: valid UTF-8, except that an unpaired surrogate (accepted only in
//! fastjson mode) keeps its 3-byte form `ED A0..BF xx`, so it still sorts by its code unit.

pub(super) struct Scanned {
    /// Bytes up to (not including) the closing quote.
    pub len: usize,
    pub escaped: bool,
    /// Printable ASCII only (no escapes, no U+007F): fastjson writes it unchanged.
    pub plain: bool,
    pub lone_surrogate: bool,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` below `bound` (the classic SWAR test). Borrows only run
/// upwards, so the lowest flagged byte is always a real one; bytes above it may be flagged
/// falsely, which is why only the lowest is ever used.
#[inline(always)]
fn bytes_below(word: u64, bound: u8) -> u64 {
    word.wrapping_sub(ONES * u64::from(bound)) & !word & HIGHS
}

/// The high bit of each byte of `word` equal to `byte` (exact for the lowest, as above).
#[inline(always)]
fn bytes_equal(word: u64, byte: u8) -> u64 {
    bytes_below(word ^ (ONES * u64::from(byte)), 1)
}

/// How many of the 8 bytes at `b[i..]` (little-endian) come before the first `"`, `\\`, control
/// character or U+007F (8: none there); ORs those bytes into `seen`.
#[inline(always)]
fn ordinary_run(b: &[u8], i: usize, seen: &mut u64) -> usize {
    let word = u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
    let stops = bytes_below(word, 0x20) | bytes_equal(word, b'"') | bytes_equal(word, b'\\') | bytes_equal(word, 0x7f);
    let run = (stops.trailing_zeros() / 8) as usize;
    // The bytes before the stop: all 8 when there is none (`run` is then 8).
    *seen |= if run == 8 { word } else { word & ((1u64 << (8 * run)) - 1) };
    run
}

/// Scans the content of a string that starts after its opening quote.
/// Errors with the offset of the first byte that is not allowed.
pub(super) fn scan(b: &[u8]) -> Result<Scanned, usize> {
    let mut out = Scanned { len: 0, escaped: false, plain: true, lone_surrogate: false };
    let mut seen = 0u64;
    let mut i = 0;
    loop {
        // Eight bytes at a time up to the next byte that needs a look (the input goes on past
        // the closing quote, so only the input's last few bytes are read one by one).
        while i + 8 <= b.len() {
            let run = ordinary_run(b, i, &mut seen);
            i += run;
            if run < 8 {
                break;
            }
        }
        while i < b.len() && !matches!(b[i], b'"' | b'\\' | 0..=0x1f | 0x7f) {
            seen |= u64::from(b[i]);
            i += 1;
        }
        match b.get(i) {
            Some(b'"') => {
                out.len = i;
                out.plain &= !out.escaped && seen & HIGHS == 0;
                return Ok(out);
            }
            Some(0x7f) => {
                out.plain = false;
                i += 1;
            }
            Some(b'\\') => {
                out.escaped = true;
                match b.get(i + 1) {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => i += 2,
                    Some(b'u') => {
                        let unit = hex4(b, i + 2).ok_or(i)?;
                        i += 6;
                        match unit {
                            0xD800..=0xDBFF => match low_surrogate_at(b, i) {
                                Some(_) => i += 6,
                                None => out.lone_surrogate = true,
                            },
                            0xDC00..=0xDFFF => out.lone_surrogate = true,
                            _ => {}
                        }
                    }
                    _ => return Err(i),
                }
            }
            _ => return Err(i),
        }
    }
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut v = 0;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

/// A `\uDC00`–`\uDFFF` escape at `at`, if there is one.
fn low_surrogate_at(b: &[u8], at: usize) -> Option<u32> {
    if b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u') {
        hex4(b, at + 2).filter(|u| (0xDC00..=0xDFFF).contains(u))
    } else {
        None
    }
}

/// Whether fastjson writes this escape-free string content unchanged: nothing in it that it
/// escapes (U+007F–U+009F, U+2028, U+2029; controls and quotes cannot occur unescaped). Eight
/// bytes at a time past words without a 0x7F, 0xC2 or 0xE2 byte (Chinese text has none).
#[inline(never)] // only for strings with non-ASCII text: not worth a copy in the parser
pub(super) fn unchanged_by_fastjson(s: &[u8]) -> bool {
    let mut i = 0;
    while let Some(chunk) = s.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        if bytes_equal(word, 0x7f) | bytes_equal(word, 0xc2) | bytes_equal(word, 0xe2) != 0 {
            break;
        }
        i += 8;
    }
    while i < s.len() {
        match (s[i], s.get(i + 1), s.get(i + 2)) {
            (0x7f, ..) | (0xc2, Some(0x80..=0x9f), _) | (0xe2, Some(0x80), Some(0xa8 | 0xa9)) => return false,
            _ => i += 1,
        }
    }
    true
}

/// Decodes the content of a scanned string into WTF-8.
pub(super) fn unescape(raw: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < raw.len() {
        let run = raw[i..].iter().position(|&c| c == b'\\').unwrap_or(raw.len() - i);
        out.extend_from_slice(&raw[i..i + run]);
        i += run;
        if i >= raw.len() {
            break;
        }
        let simple = match raw[i + 1] {
            b'b' => Some(0x08),
            b'f' => Some(0x0c),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'u' => None,
            other => Some(other),
        };
        if let Some(c) = simple {
            out.push(c);
            i += 2;
            continue;
        }
        let unit = hex4(raw, i + 2).unwrap_or(0xFFFD);
        i += 6;
        let cp = match (unit, low_surrogate_at(raw, i)) {
            (0xD800..=0xDBFF, Some(low)) => {
                i += 6;
                0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            }
            _ => unit,
        };
        push_wtf8(out, cp);
    }
}

fn push_wtf8(out: &mut Vec<u8>, cp: u32) {
    match cp {
        0..=0x7f => out.push(cp as u8),
        0x80..=0x7ff => out.extend_from_slice(&[0xc0 | (cp >> 6) as u8, 0x80 | (cp & 0x3f) as u8]),
        0x800..=0xffff => {
            out.extend_from_slice(&[0xe0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3f) as u8, 0x80 | (cp & 0x3f) as u8])
        }
        _ => out.extend_from_slice(&[
            0xf0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3f) as u8,
            0x80 | ((cp >> 6) & 0x3f) as u8,
            0x80 | (cp & 0x3f) as u8,
        ]),
    }
}

/// Which serializer's string escapes to imitate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Escapes {
    /// fastjson 1.2.83: `\u00XX` upper-case for controls, U+007F–U+009F and U+2028/2029 escaped,
    /// `/` not; an unpaired surrogate becomes `?` when Java encodes the string as UTF-8.
    Fastjson,
    /// `JSON.stringify`: lower-case `\u00xx` for controls only, lone surrogates as `\udxxx`.
    Js,
}

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";
const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";

/// Bytes at which the fastjson writer must stop copying and look closer.
const FASTJSON_STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t[0x7f] = true;
    t[0xc2] = true; // U+0080–U+00BF
    t[0xe2] = true; // U+2000–U+2FFF
    t[0xed] = true; // U+D000–U+DFFF, where WTF-8 keeps lone surrogates
    t
};

/// Writes decoded (or escape-free raw) string text with quotes, escaped as `style` does.
pub(crate) fn write_quoted(out: &mut Vec<u8>, s: &[u8], style: Escapes) {
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let start = i;
        while i < s.len() && !FASTJSON_STOP[s[i] as usize] {
            i += 1;
        }
        out.extend_from_slice(&s[start..i]);
        if i >= s.len() {
            break;
        }
        i += write_special(out, &s[i..], style);
    }
    out.push(b'"');
}

/// Writes the character starting at `s[0]`, one of the stop bytes; returns its byte length.
fn write_special(out: &mut Vec<u8>, s: &[u8], style: Escapes) -> usize {
    let hex = if style == Escapes::Fastjson { HEX_UPPER } else { HEX_LOWER };
    let u_escape = |out: &mut Vec<u8>, unit: u32| {
        out.extend_from_slice(b"\\u");
        for shift in [12, 8, 4, 0] {
            out.push(hex[((unit >> shift) & 0xf) as usize]);
        }
    };
    match s[0] {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        b'\t' => out.extend_from_slice(b"\\t"),
        b'\n' => out.extend_from_slice(b"\\n"),
        0x0c => out.extend_from_slice(b"\\f"),
        b'\r' => out.extend_from_slice(b"\\r"),
        c @ 0..=0x1f => u_escape(out, c as u32),
        0x7f if style == Escapes::Fastjson => u_escape(out, 0x7f),
        0xc2 if style == Escapes::Fastjson && (0x80..=0x9f).contains(&s[1]) => {
            u_escape(out, s[1] as u32);
            return 2;
        }
        0xe2 if style == Escapes::Fastjson && s[1] == 0x80 && (s[2] == 0xa8 || s[2] == 0xa9) => {
            u_escape(out, 0x2000 | (s[2] as u32 - 0xa8 + 0x28));
            return 3;
        }
        0xed if s[1] >= 0xa0 => {
            match style {
                Escapes::Fastjson => out.push(b'?'),
                Escapes::Js => u_escape(out, 0xd000 | ((s[1] as u32 & 0x3f) << 6) | (s[2] as u32 & 0x3f)),
            }
            return 3;
        }
        c => {
            // A stop byte that needs no escape here: copy the whole character.
            let len = match c {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 1,
            };
            out.extend_from_slice(&s[..len]);
            return len;
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::scan;

    /// What fastjson escapes (and its near neighbours, which it does not) is found after ASCII
    /// runs of every length around the eight-byte steps, before Chinese text.
    #[test]
    fn what_fastjson_escapes_is_found_at_every_offset() {
        for lead in 0..20 {
            for (special, unchanged) in [
                ("\u{7f}", false),
                ("\u{85}", false),
                ("\u{2028}", false),
                ("\u{2029}", false),
                ("\u{a0}", true),
                ("\u{2027}", true),
                ("仓", true),
            ] {
                let text = format!("{}{special}智能", "a".repeat(lead));
                assert_eq!(super::unchanged_by_fastjson(text.as_bytes()), unchanged, "{text:?}");
            }
        }
    }

    /// The scanner's eight-byte steps against a byte-by-byte reading, with the byte that stops
    /// it (or a non-ASCII character before it) at every offset of the first words.
    #[test]
    fn word_steps_stop_where_a_byte_loop_does() {
        for lead in 0..20 {
            for special in ["\"", "\\n\"", "\u{7f}\"", "é\"", "\u{1}"] {
                // A non-ASCII character right after the closing quote must not count as inside.
                let text = format!("{}{special}é\"{}", "a".repeat(lead), "b\"".repeat(5));
                let bytes = text.as_bytes();
                let stop = |b: &u8| matches!(b, b'"' | 0..=0x1f);
                let close = lead + bytes[lead..].iter().position(stop).unwrap();
                match scan(bytes) {
                    Ok(s) if bytes[close] == b'"' => {
                        assert_eq!(s.len, close, "{text:?}");
                        assert_eq!(s.plain, special == "\"", "{text:?}");
                        assert_eq!(s.escaped, special.starts_with('\\'), "{text:?}");
                    }
                    Err(at) => assert_eq!((at, bytes[close]), (close, 1), "{text:?}"),
                    Ok(_) => panic!("{text:?} scanned past a control character"),
                }
            }
        }
    }
}
