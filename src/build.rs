//! The exact body text to POST: the signed envelope (§1) and the DWS device envelope.

use crate::catalog::{self, Envelope};
use crate::error::{Error, ErrorKind, Problem};
use crate::json::{self, Document};
use crate::sign::{self, Pieces};
use crate::{time, validate};

/// `{"createBy":…,"dataSource":…,"request":<canonical>,"sign":…,"timestamp":…}`: keys in this
/// order (fastjson's own sorted order), the request exactly as it was hashed.
pub fn signed_body(create_by: &str, data_source: &str, canonical: &str, sign: &str, timestamp: &str) -> String {
    signed_object(create_by, data_source, canonical, sign, timestamp).0
}

/// `{"warehouseCode":…,"timestamp":…,"request":…}`: the device envelope, without a signature.
pub fn device_body(warehouse_code: &str, timestamp: &str, canonical: &str) -> String {
    device_object(warehouse_code, timestamp, canonical).0
}

fn signed_object(create_by: &str, data_source: &str, canonical: &str, sign: &str, timestamp: &str) -> (String, usize) {
    object(&[
        ("createBy", Member::Text(create_by)),
        ("dataSource", Member::Text(data_source)),
        ("request", Member::Json(canonical)),
        ("sign", Member::Text(sign)),
        ("timestamp", Member::Text(timestamp)),
    ])
}

fn device_object(warehouse_code: &str, timestamp: &str, canonical: &str) -> (String, usize) {
    object(&[
        ("warehouseCode", Member::Text(warehouse_code)),
        ("timestamp", Member::Text(timestamp)),
        ("request", Member::Json(canonical)),
    ])
}

enum Member<'a> {
    /// Written as a JSON string with fastjson's escapes.
    Text(&'a str),
    /// Already JSON text, written as is.
    Json(&'a str),
}

/// One JSON object with the members in the order given, and where its (one) JSON member starts.
fn object(members: &[(&str, Member<'_>)]) -> (String, usize) {
    let size: usize = members.iter().map(|(k, Member::Text(v) | Member::Json(v))| k.len() + v.len() + 8).sum();
    let mut out = Vec::with_capacity(size + 2);
    let mut json_at = 0;
    for (i, (key, value)) in members.iter().enumerate() {
        out.push(if i == 0 { b'{' } else { b',' });
        json::write_string(&mut out, key);
        out.push(b':');
        match value {
            Member::Text(text) => json::write_string(&mut out, text),
            Member::Json(text) => {
                json_at = out.len();
                out.extend_from_slice(text.as_bytes());
            }
        }
    }
    out.push(b'}');
    // Every piece is UTF-8: `&str` inputs, escaped by a writer that never splits a character.
    (String::from_utf8(out).unwrap_or_default(), json_at)
}

/// Who sends: a partner with Appendix 1 credentials, or a DWS device.
#[derive(Clone, Copy)]
pub enum Credentials<'a> {
    Signed { create_by: &'a str, data_source: &'a str, secret: &'a str },
    Device { warehouse_code: &'a str },
}

// The secret must never show up in debug output.
impl std::fmt::Debug for Credentials<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Signed { create_by, data_source, .. } => {
                f.debug_struct("Signed").field("create_by", create_by).field("data_source", data_source).finish()
            }
            Credentials::Device { warehouse_code } => {
                f.debug_struct("Device").field("warehouse_code", warehouse_code).finish()
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// The instant to stamp, Unix milliseconds (formatted as Beijing time).
    pub now_ms: i64,
    /// Validate against the catalog first and refuse an invalid request (default on).
    pub validate: bool,
    pub checks: validate::Options,
}

impl BuildOptions {
    pub fn at(now_ms: i64) -> Self {
        BuildOptions { now_ms, validate: true, checks: validate::Options::default() }
    }
}

/// A request ready to POST.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// The exact body text.
    pub body: String,
    /// `None` for the unsigned device envelope.
    pub sign: Option<String>,
    pub timestamp: String,
    /// The published path, if Hongxun published one.
    pub path: Option<&'static str>,
    /// The request as hashed (and as it stands in the body).
    pub canonical: String,
    /// Where `canonical` starts in `body` (bytes).
    pub canonical_at: usize,
    /// The string to sign with the secret as `***`, around `canonical` (see
    /// [`Built::string_to_sign`]); `None` for the unsigned device envelope.
    pub string_to_sign_around: Option<(String, String)>,
    pub warnings: Vec<Problem>,
}

impl Built {
    /// What was hashed, with the secret as `***`; `None` for the unsigned device envelope.
    pub fn string_to_sign(&self) -> Option<String> {
        self.string_to_sign_around.as_ref().map(|(before, after)| format!("{before}{}{after}", self.canonical))
    }
}

/// Validates (unless switched off), canonicalizes, stamps with Beijing time, signs, and writes
/// the body of a request of type `endpoint_id`.
pub fn build_request(
    endpoint_id: &str,
    request_json: &str,
    credentials: &Credentials<'_>,
    options: &BuildOptions,
) -> Result<Built, Error> {
    let endpoint = catalog::find(endpoint_id).ok_or_else(|| Error::unknown_endpoint(endpoint_id))?;
    match (endpoint.envelope, credentials) {
        (Envelope::Signed, Credentials::Signed { secret, .. }) => sign::require_secret(secret)?,
        (Envelope::Device, Credentials::Device { .. }) => {}
        _ => return Err(Error::new(ErrorKind::WrongEnvelope)),
    }
    let timestamp = time::format_beijing(options.now_ms)?;
    let doc = Document::parse(request_json)?;
    let mut warnings = Vec::new();
    if options.validate {
        let report = validate::validate_document(endpoint, doc.root(), &options.checks);
        if !report.valid() {
            return Err(Error::new(ErrorKind::InvalidRequest(report.errors)));
        }
        warnings = report.warnings;
    }
    let canonical = doc.root().canonical();
    let ((body, canonical_at), sign, string_to_sign_around) = match *credentials {
        Credentials::Signed { create_by, data_source, secret } => {
            let pieces = Pieces { create_by, data_source, request: &canonical, secret, timestamp: &timestamp };
            let sign = sign::sign(&pieces)?;
            let body = signed_object(create_by, data_source, &canonical, &sign, &timestamp);
            (body, Some(sign), Some(pieces.masked_around_request()))
        }
        Credentials::Device { warehouse_code } => (device_object(warehouse_code, &timestamp, &canonical), None, None),
    };
    Ok(Built { body, sign, timestamp, path: endpoint.path, canonical, canonical_at, string_to_sign_around, warnings })
}
