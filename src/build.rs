//! The exact body text to POST: the signed envelope (§1) and the DWS device envelope.

use std::ops::Range;

use crate::catalog::{self, Envelope};
use crate::error::{Error, ErrorKind, Problem};
use crate::json::{self, Document, Value};
use crate::{sign, time, validate};

/// `{"createBy":…,"dataSource":…,"request":<canonical>,"sign":…,"timestamp":…}`: keys in this
/// order (fastjson's own sorted order), the request exactly as it was hashed.
pub fn signed_body(create_by: &str, data_source: &str, canonical: &str, sign: &str, timestamp: &str) -> String {
    let signed = signed_envelope(create_by, data_source, Request::Canonical(canonical), timestamp, |_| Ok(sign.into()));
    signed.map(|(body, ..)| text(body.finish())).unwrap_or_default()
}

/// `{"warehouseCode":…,"timestamp":…,"request":…}`: the device envelope, without a signature.
pub fn device_body(warehouse_code: &str, timestamp: &str, canonical: &str) -> String {
    text(device_envelope(warehouse_code, timestamp, Request::Canonical(canonical)).0.finish())
}

/// A body's bytes as text. Every piece of a body is UTF-8: `&str` inputs, escaped or copied by
/// writers that never split a character (and write fastjson's `?` for a lone surrogate, the one
/// non-UTF-8 input).
fn text(body: Vec<u8>) -> String {
    String::from_utf8(body).unwrap_or_default()
}

/// The value of an envelope's `request` member.
enum Request<'a> {
    /// Canonical text already, written as is.
    Canonical(&'a str),
    /// A parsed request, written in its canonical form.
    Parsed(Value<'a>),
}

impl Request<'_> {
    fn len(&self) -> usize {
        match self {
            Request::Canonical(text) => text.len(),
            Request::Parsed(value) => value.raw().len(),
        }
    }
}

/// The signed envelope's members in their order; `sign` makes the signature from the request as
/// written. Returns the body so far (see [`Body::finish`]), where the request is, and the sign.
fn signed_envelope(
    create_by: &str,
    data_source: &str,
    request: Request<'_>,
    timestamp: &str,
    sign: impl FnOnce(&[u8]) -> Result<String, Error>,
) -> Result<(Body, Range<usize>, String), Error> {
    let mut body = Body::with_capacity(request.len());
    body.text("createBy", create_by);
    body.text("dataSource", data_source);
    let canonical = body.request("request", request);
    let sign = sign(body.written(canonical.clone()))?;
    body.text("sign", &sign);
    body.text("timestamp", timestamp);
    Ok((body, canonical, sign))
}

/// The device envelope's members in their order, and where the request is.
fn device_envelope(warehouse_code: &str, timestamp: &str, request: Request<'_>) -> (Body, Range<usize>) {
    let mut body = Body::with_capacity(request.len());
    body.text("warehouseCode", warehouse_code);
    body.text("timestamp", timestamp);
    let canonical = body.request("request", request);
    (body, canonical)
}

/// An envelope being written: one JSON object, members in the order written. The request is
/// written into it directly (and hashed from there): a megabyte is neither copied again nor
/// checked as UTF-8 twice.
struct Body {
    out: Vec<u8>,
}

impl Body {
    /// Room for the request and the envelope around it, and for what the wasm boundary appends
    /// to a built body (its sign, timestamp and masked string to sign, `wasm::answer::built`):
    /// growing the buffer would copy a megabyte request once more.
    fn with_capacity(request: usize) -> Body {
        Body { out: Vec::with_capacity(request + 512) }
    }

    fn key(&mut self, key: &str) {
        self.out.push(if self.out.is_empty() { b'{' } else { b',' });
        json::write_string(&mut self.out, key);
        self.out.push(b':');
    }

    /// A member whose value is written as a JSON string with fastjson's escapes.
    fn text(&mut self, key: &str, value: &str) {
        self.key(key);
        json::write_string(&mut self.out, value);
    }

    /// A member whose value is the request's canonical text; returns where that text is.
    fn request(&mut self, key: &str, request: Request<'_>) -> Range<usize> {
        self.key(key);
        let start = self.out.len();
        match request {
            Request::Canonical(text) => self.out.extend_from_slice(text.as_bytes()),
            Request::Parsed(value) => value.write(&mut self.out, &json::Style::FASTJSON),
        }
        start..self.out.len()
    }

    fn written(&self, range: Range<usize>) -> &[u8] {
        self.out.get(range).unwrap_or_default()
    }

    fn finish(mut self) -> Vec<u8> {
        self.out.push(b'}');
        self.out
    }
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

/// A request ready to POST. `Text` is how the body is held: a `String`, or (for the wasm
/// boundary, whose reader checks the UTF-8 as it decodes, see [`build_request_bytes`]) its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Built<Text = String> {
    /// The exact body text.
    pub body: Text,
    /// `None` for the unsigned device envelope.
    pub sign: Option<String>,
    pub timestamp: String,
    /// The published path, if Hongxun published one.
    pub path: Option<&'static str>,
    /// Where the request as hashed stands in `body` (bytes; see [`Built::canonical`]).
    pub canonical_in_body: Range<usize>,
    /// The string to sign with the secret as `***`, around the canonical request (see
    /// [`Built::string_to_sign`]); `None` for the unsigned device envelope.
    pub string_to_sign_around: Option<(String, String)>,
    pub warnings: Vec<Problem>,
}

impl Built<Vec<u8>> {
    fn into_text(self) -> Built {
        let Built { body, sign, timestamp, path, canonical_in_body, string_to_sign_around, warnings } = self;
        Built { body: text(body), sign, timestamp, path, canonical_in_body, string_to_sign_around, warnings }
    }
}

impl Built {
    /// The request as hashed, as it stands in the body.
    pub fn canonical(&self) -> &str {
        self.body.get(self.canonical_in_body.clone()).unwrap_or_default()
    }

    /// What was hashed, with the secret as `***`; `None` for the unsigned device envelope.
    pub fn string_to_sign(&self) -> Option<String> {
        self.string_to_sign_around.as_ref().map(|(before, after)| [before.as_str(), self.canonical(), after].concat())
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
    build_request_bytes(endpoint_id, request_json, credentials, options).map(Built::into_text)
}

/// [`build_request`] with the body as bytes, not checked again as UTF-8 (1 KB: 4 % of the build):
/// for the wasm boundary, whose JavaScript reader decodes them with a checking decoder.
pub(crate) fn build_request_bytes(
    endpoint_id: &str,
    request_json: &str,
    credentials: &Credentials<'_>,
    options: &BuildOptions,
) -> Result<Built<Vec<u8>>, Error> {
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
    let request = Request::Parsed(doc.root());
    let (body, canonical_in_body, sign, string_to_sign_around) = match *credentials {
        Credentials::Signed { create_by, data_source, secret } => {
            let sign = |canonical: &[u8]| {
                sign::sign_parts([create_by.as_bytes(), data_source.as_bytes(), canonical], secret, &timestamp)
            };
            let (body, canonical, sign) = signed_envelope(create_by, data_source, request, &timestamp, sign)?;
            let masked = sign::masked_around_request(create_by, data_source, &timestamp);
            (body, canonical, Some(sign), Some(masked))
        }
        Credentials::Device { warehouse_code } => {
            let (body, canonical) = device_envelope(warehouse_code, &timestamp, request);
            (body, canonical, None, None)
        }
    };
    let body = body.finish();
    Ok(Built { body, sign, timestamp, path: endpoint.path, canonical_in_body, string_to_sign_around, warnings })
}
