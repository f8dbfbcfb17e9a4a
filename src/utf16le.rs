//! UTF-8 text as UTF-16LE bytes, for Node's reader of a built body (`wasm::body`): V8 makes a
//! string of UTF-16LE (or Latin-1, when the text is ASCII) at memory speed, while its UTF-8
//! decoder is slow on non-ASCII text. Plain Rust, so that it is tested natively.

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

// The loops below read and write through `first_chunk`/`split_first_chunk_mut`: measured when the
// crate was built at opt-level "z", a range index (`out[a..b]`) stayed a call, and
// `copy_from_slice` calls memcpy (wasm's `memory.copy`, a call out of the compiled code), which
// made the transcoding four times slower.

/// Whether `bytes` are all ASCII, checked eight at a time (std's `is_ascii` takes four, a wasm32 word).
pub(crate) fn is_ascii(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some((eight, tail)) = rest.split_first_chunk() {
        if u64::from_le_bytes(*eight) & HIGH_BITS != 0 {
            return false;
        }
        rest = tail;
    }
    rest.is_ascii()
}

/// `text` as UTF-16LE bytes, decoded and checked in one pass (a separate check,
/// `String::from_utf8_lossy`, was 8 % of a 1 KB build in Node). A sequence that is not UTF-8
/// becomes U+FFFD, as a checking decoder would make it; a body never has one (`build::text`).
pub(crate) fn utf16le(text: &[u8]) -> Vec<u8> {
    // One UTF-16 unit (two bytes) at most per UTF-8 byte: `put` always has room.
    let mut out = vec![0; 2 * text.len()];
    let room = out.len();
    let mut free = &mut out[..];
    let mut rest = text;
    while !rest.is_empty() {
        // ASCII runs eight bytes at a time, each widened to one unit.
        let word = rest.first_chunk().map(|eight| u64::from_le_bytes(*eight));
        if let Some(w) = word.filter(|w| w & HIGH_BITS == 0) {
            let units = u128::from(widen(w as u32)) | u128::from(widen((w >> 32) as u32)) << 64;
            put(&mut free, units.to_le_bytes());
            rest = rest.get(8..).unwrap_or_default();
            continue;
        }
        let (c, len) = decode(rest);
        if let Ok(unit) = u16::try_from(c) {
            put(&mut free, unit.to_le_bytes());
        } else {
            // A surrogate pair, high first.
            let c = c - 0x1_0000;
            put(&mut free, ((0xDC00 | c & 0x3FF) << 16 | 0xD800 | c >> 10).to_le_bytes());
        }
        rest = rest.get(len..).unwrap_or_default();
    }
    let len = room - free.len();
    out.truncate(len);
    out
}

/// The character `bytes` (not empty) start with, and its length in bytes; U+FFFD and 1 for a
/// sequence that is not UTF-8 (a stray or missing continuation byte, an overlong form, a
/// surrogate, beyond U+10FFFF).
fn decode(bytes: &[u8]) -> (u32, usize) {
    const NOT_UTF8: (u32, usize) = (0xFFFD, 1);
    // The low six bits of the continuation byte at `i`, if there is one.
    let tail = |i: usize| bytes.get(i).filter(|&&b| b & 0xC0 == 0x80).map(|&b| u32::from(b & 0x3F));
    let lead = u32::from(bytes.first().copied().unwrap_or(0));
    let (c, len, least) = match lead {
        0..=0x7F => return (lead, 1),
        0xC0..=0xDF => (tail(1).map(|b1| (lead & 0x1F) << 6 | b1), 2, 0x80),
        0xE0..=0xEF => (tail(1).zip(tail(2)).map(|(b1, b2)| (lead & 0x0F) << 12 | b1 << 6 | b2), 3, 0x800),
        0xF0..=0xF7 => {
            let bits = tail(1).zip(tail(2)).zip(tail(3));
            (bits.map(|((b1, b2), b3)| (lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3), 4, 0x1_0000)
        }
        _ => return NOT_UTF8,
    };
    match c {
        Some(c) if c >= least && c <= 0x10_FFFF && !(0xD800..=0xDFFF).contains(&c) => (c, len),
        _ => NOT_UTF8,
    }
}

/// Writes `bytes` at the start of `free` and moves past them.
fn put<const N: usize>(free: &mut &mut [u8], bytes: [u8; N]) {
    if let Some((slot, rest)) = std::mem::take(free).split_first_chunk_mut() {
        *slot = bytes;
        *free = rest;
    }
}

/// Four ASCII bytes (a little-endian word) each widened to a little-endian 16-bit unit.
fn widen(four: u32) -> u64 {
    let x = u64::from(four);
    let x = (x | x << 16) & 0x0000_FFFF_0000_FFFF;
    (x | x << 8) & 0x00FF_00FF_00FF_00FF
}

#[cfg(test)]
mod tests {
    use super::{is_ascii, utf16le};

    fn units(bytes: &[u8]) -> Vec<u16> {
        utf16le(bytes).chunks(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect()
    }

    /// Characters of 1 to 4 bytes, alone and after ASCII runs of every length around the
    /// eight-byte steps, give what std gives.
    #[test]
    fn text_gives_std_units() {
        for c in ["", "a", "é", "\u{7ff}", "\u{800}", "仓", "\u{ffff}", "\u{10000}", "😀", "\u{10ffff}"] {
            for n in 0..=20 {
                let text = format!("{}{c}{}", "x".repeat(n), "y".repeat(n % 3));
                assert_eq!(units(text.as_bytes()), text.encode_utf16().collect::<Vec<_>>(), "{text:?}");
                assert_eq!(is_ascii(text.as_bytes()), text.is_ascii(), "{text:?}");
            }
        }
    }

    /// What is not UTF-8 becomes U+FFFD, a unit per byte not taken; what follows is read again.
    #[test]
    fn bytes_that_are_not_utf8_give_replacement_characters() {
        let cases: [(&[u8], &[u16]); 9] = [
            (b"\x80a", &[0xFFFD, 0x61]),                          // a stray continuation byte
            (b"\xC3", &[0xFFFD]),                                 // a sequence cut short
            (b"\xE4\xB8a", &[0xFFFD, 0xFFFD, 0x61]),              // cut short before ASCII
            (b"\xC0\xAF", &[0xFFFD, 0xFFFD]),                     // an overlong '/'
            (b"\xE0\x80\xAF", &[0xFFFD, 0xFFFD, 0xFFFD]),         // overlong in three bytes
            (b"\xED\xA0\x80", &[0xFFFD, 0xFFFD, 0xFFFD]),         // a surrogate, U+D800
            (b"\xF4\x90\x80\x80", &[0xFFFD; 4]),                  // beyond U+10FFFF
            (b"\xF8\x88\x80\x80\x80", &[0xFFFD; 5]),              // no such lead byte
            (b"\xF0\x9F\x98\x80\xFF", &[0xD83D, 0xDE00, 0xFFFD]), // a pair, then a byte never in UTF-8
        ];
        for (bytes, expected) in cases {
            assert_eq!(units(bytes), expected, "{bytes:x?}");
        }
    }
}
