//! What the boundary hands back: errors, validation and verification reports and built
//! requests, as JS objects made by serde-wasm-bindgen in the shapes the JS API documents
//! (camelCase keys, `path` as a JSON pointer, `null` where nothing applies).

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::JsValue;

use crate::build::Built;
use crate::doctor::Diagnosis;
use crate::error::{Error, Problem};
use crate::validate::Report;
use crate::verify::Verification;

use super::body;

/// `value` as a JS object; `None` as `null`. Nothing here can fail to convert (strings, booleans,
/// numbers well within 2^53), so a failure would only lose the answer, not panic.
fn to_js(value: &impl Serialize) -> JsValue {
    value.serialize(&Serializer::new().serialize_missing_as_null(true)).unwrap_or(JsValue::NULL)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Thrown<'a> {
    code: &'static str,
    path: Option<&'a str>,
    message: String,
    message_zh: String,
    errors: &'a [Problem],
    diagnosis: Option<&'a Diagnosis>,
}

/// `{code, path, message, messageZh, errors, diagnosis}`, thrown to the wrapper.
pub(super) fn error(e: &Error) -> JsValue {
    let (message, message_zh) = e.texts();
    to_js(&Thrown {
        code: e.code(),
        path: e.path(),
        message,
        message_zh,
        errors: e.problems(),
        diagnosis: e.diagnosis(),
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BuiltRequest<'a> {
    /// Null when the body is left in wasm memory (`keptBody`): as UTF-16LE if `bodyUtf16`, else
    /// as ASCII.
    body: Option<&'a str>,
    body_utf16: bool,
    sign: Option<&'a str>,
    timestamp: &'a str,
    path: Option<&'a str>,
    warnings: &'a [Problem],
    /// Where the canonical request is in `body`, in UTF-16 units: from the start, and from the
    /// end. The wrapper slices it out instead of a second copy crossing (megabytes, at times).
    canonical_in_body: [usize; 2],
    /// The masked string to sign around the canonical request, joined by the wrapper.
    string_to_sign_around: Option<[&'a str; 2]>,
}

/// `{body, bodyUtf16, sign, timestamp, path, warnings, canonicalInBody, stringToSignAround}`
/// (`sign`, `path` and `stringToSignAround` may be null); with `body_in_memory`, `body` is null
/// and the body kept for `keptBody`.
pub(super) fn built(mut b: Built, body_in_memory: bool) -> JsValue {
    // UTF-16 units of UTF-8 text: one per character, two for the 4-byte ones.
    let utf16 = |text: &str| text.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum();
    let (before, after) = b.body.split_at(b.canonical_in_body.start);
    let canonical_in_body = [utf16(before), utf16(&after[b.canonical_in_body.len()..])];
    let body_utf16 = body_in_memory && body::keep(std::mem::take(&mut b.body));
    to_js(&BuiltRequest {
        body: (!body_in_memory).then_some(&*b.body),
        body_utf16,
        sign: b.sign.as_deref(),
        timestamp: &b.timestamp,
        path: b.path,
        warnings: &b.warnings,
        canonical_in_body,
        string_to_sign_around: b
            .string_to_sign_around
            .as_ref()
            .map(|(before, after)| [before.as_str(), after.as_str()]),
    })
}

#[derive(Serialize)]
struct Validation<'a> {
    valid: bool,
    errors: &'a [Problem],
    warnings: &'a [Problem],
}

/// `{valid, errors, warnings}`.
pub(super) fn validation(report: &Report) -> JsValue {
    to_js(&Validation { valid: report.valid(), errors: &report.errors, warnings: &report.warnings })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Verified<'a> {
    ok: bool,
    errors: &'a [Problem],
    warnings: &'a [Problem],
    /// A number (seconds are far within 2^53) or null.
    skew_seconds: Option<f64>,
    /// The window applied, ± seconds.
    tolerance_seconds: f64,
    /// Left out when the envelope could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    request: Option<&'a str>,
}

/// `{ok, errors, warnings, skewSeconds, toleranceSeconds, request}`.
pub(super) fn verification(v: &Verification, tolerance_seconds: i64) -> JsValue {
    to_js(&Verified {
        ok: v.ok(),
        errors: &v.errors,
        warnings: &v.warnings,
        skew_seconds: v.skew_seconds.map(|s| s as f64),
        tolerance_seconds: tolerance_seconds as f64,
        request: v.request.as_deref(),
    })
}
