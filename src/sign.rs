//! Appendix 1: `sign = MD5(createBy & dataSource & request & SK & timestamp)`, lowercase hex.

use md5::{Digest, Md5};

use crate::error::{Error, ErrorKind};

/// What goes into a signature. `request` is the canonical request text ([`crate::canonicalize`]).
#[derive(Clone, Copy)]
pub struct Pieces<'a> {
    pub create_by: &'a str,
    pub data_source: &'a str,
    pub request: &'a str,
    pub secret: &'a str,
    pub timestamp: &'a str,
}

// The secret must never show up in debug output.
impl std::fmt::Debug for Pieces<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pieces")
            .field("create_by", &self.create_by)
            .field("data_source", &self.data_source)
            .field("request", &self.request)
            .field("secret", &"***")
            .field("timestamp", &self.timestamp)
            .finish()
    }
}

/// The signature as 32 lowercase hex digits; an empty secret is refused (`missing_secret`).
///
/// ```
/// use hongxun_sign::sign::{sign, Pieces};
/// let pieces = Pieces { create_by: "C001", data_source: "WEB", request: "{}", secret: "s3cr3t", timestamp: "2026-11-28 12:00:00" };
/// assert_eq!(sign(&pieces).unwrap().len(), 32);
/// assert_eq!(sign(&Pieces { secret: "", ..pieces }).unwrap_err().code(), "missing_secret");
/// ```
pub fn sign(pieces: &Pieces<'_>) -> Result<String, Error> {
    require_secret(pieces.secret)?;
    Ok(hex(&digest(pieces)))
}

/// [`sign`] of `createBy`, `dataSource` and the canonical request given as bytes (where a body
/// being written holds them), then `secret` and `timestamp`.
pub(crate) fn sign_parts(before_secret: [&[u8]; 3], secret: &str, timestamp: &str) -> Result<String, Error> {
    require_secret(secret)?;
    let [create_by, data_source, request] = before_secret;
    Ok(hex(&digest_parts([create_by, data_source, request, secret.as_bytes(), timestamp.as_bytes()])))
}

/// Every signature is made or checked with a secret: an empty one (an unset environment
/// variable, say) would let anyone sign, so signing and verifying refuse it.
pub fn require_secret(secret: &str) -> Result<(), Error> {
    if secret.is_empty() {
        return Err(Error::new(ErrorKind::MissingSecret));
    }
    Ok(())
}

/// The string to sign with the secret shown as `***` (what a portal may display), split around
/// the request: `before + request + after` is the whole. Apart, a megabyte request is not copied
/// again to show it.
pub fn masked_around_request(create_by: &str, data_source: &str, timestamp: &str) -> (String, String) {
    ([create_by, "&", data_source, "&"].concat(), ["&***&", timestamp].concat())
}

/// The raw MD5, hashed straight from the pieces (no joined copy of a large request).
pub(crate) fn digest(p: &Pieces<'_>) -> [u8; 16] {
    digest_parts([p.create_by, p.data_source, p.request, p.secret, p.timestamp].map(str::as_bytes))
}

/// MD5 of the five parts of Appendix 1 joined by `&`.
fn digest_parts(parts: [&[u8]; 5]) -> [u8; 16] {
    let mut md5 = Md5::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            md5.update(b"&");
        }
        md5.update(part);
    }
    md5.finalize().into()
}

/// MD5 of bytes, for measuring the raw hashing speed beside the whole pipeline.
pub fn md5_hex(bytes: &[u8]) -> String {
    hex(&Md5::digest(bytes).into())
}

fn hex(digest: &[u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(32);
    for b in digest {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 0xf) as usize] as char);
    }
    out
}

/// Compares a received signature with the expected digest in constant time, either hex case.
pub(crate) fn matches(received: &str, expected: &[u8; 16]) -> bool {
    let r = received.as_bytes();
    if r.len() != 32 {
        return false;
    }
    let mut diff = 0u8;
    for (i, b) in expected.iter().enumerate() {
        let (hi, lo) = (nibble(r[2 * i]), nibble(r[2 * i + 1]));
        // `nibble` gives 0xff for a non-hex digit, which never equals a real nibble.
        diff |= hi.0 ^ (b >> 4) | lo.0 ^ (b & 0xf) | hi.1 | lo.1;
    }
    diff == 0
}

/// A hex digit's value, and 0 or 0xff for valid or not; branch-free over the digit's value.
fn nibble(c: u8) -> (u8, u8) {
    let digit = c.wrapping_sub(b'0');
    let lower = (c | 0x20).wrapping_sub(b'a');
    let is_digit = digit < 10;
    let is_alpha = lower < 6;
    let value = if is_digit { digit } else { lower.wrapping_add(10) };
    (value & 0x0f, if is_digit | is_alpha { 0 } else { 0xff })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PIECES: Pieces<'static> = Pieces {
        create_by: "C001",
        data_source: "WEB",
        request: "{}",
        secret: "s3cr3t",
        timestamp: "2026-11-28 12:00:00",
    };

    #[test]
    fn hashes_the_joined_pieces() {
        assert_eq!(sign(&PIECES).unwrap(), md5_hex(b"C001&WEB&{}&s3cr3t&2026-11-28 12:00:00"));
    }

    #[test]
    fn matches_either_case_and_nothing_else() {
        let d = digest(&PIECES);
        let lower = sign(&PIECES).unwrap();
        assert!(matches(&lower, &d));
        assert!(matches(&lower.to_uppercase(), &d));
        assert!(!matches(&lower[..31], &d));
        let mut wrong = lower.clone().into_bytes();
        wrong[5] = if wrong[5] == b'0' { b'1' } else { b'0' };
        assert!(!matches(std::str::from_utf8(&wrong).unwrap(), &d));
        let mut not_hex = lower.into_bytes();
        not_hex[0] = b'g';
        assert!(!matches(std::str::from_utf8(&not_hex).unwrap(), &d));
    }

    #[test]
    fn debug_hides_the_secret() {
        assert!(!format!("{PIECES:?}").contains("s3cr3t"));
    }
}
