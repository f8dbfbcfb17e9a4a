//! What the boundary hands back: errors, validation and verification reports and a build's
//! warnings as JS objects made by serde-wasm-bindgen in the shapes the JS API documents
//! (camelCase keys, `path` as a JSON pointer, `null` where nothing applies); a built request as
//! the layout of its text, kept in wasm memory (`body`).

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

/// Keeps a built request for the wrapper: its text in wasm memory (see `body`) and where each
/// part is, as the layout `[address, bytes, encoding, canonicalStart, canonicalToBodyEnd, signed,
/// warnings, signUnits, timestampUnits, maskedBeforeUnits, maskedAfterUnits]`. The text is the body, then
/// the sign, the timestamp and the two ends of the masked string to sign, each as long as its
/// count of UTF-16 units says; the canonical request is in the body, `canonicalStart` units from
/// its start and `canonicalToBodyEnd` from its end. Counting units only in the short parts keeps a
/// megabyte request from being scanned again.
pub(super) fn built(b: Built<Vec<u8>>, for_node: bool) {
    let canonical = b.canonical_in_body.clone();
    let (before, after) = b.string_to_sign_around.unwrap_or_default();
    let sign = b.sign.unwrap_or_default();
    let counts = [&sign, &b.timestamp, &before, &after].map(|part| utf16_units(part.as_bytes()));
    let body = &b.body;
    let at = [body.get(..canonical.start), body.get(canonical.end..)].map(|part| utf16_units(part.unwrap_or_default()));
    // Appended within the room the body was written with (`build::Body`): no copy of the body.
    let mut text = b.body;
    for part in [&sign, &b.timestamp, &before, &after] {
        text.extend_from_slice(part.as_bytes());
    }
    let signed = usize::from(!sign.is_empty());
    let warnings = b.warnings.len();
    let (address, bytes, encoding) = body::keep(text, for_node, b.warnings);
    let head = [address, bytes, encoding as usize, at[0], at[1], signed, warnings];
    let mut layout = [0; body::LAYOUT];
    for (slot, n) in layout.iter_mut().zip(head.into_iter().chain(counts)) {
        // Counts and offsets of a wasm32 memory fit in 32 bits.
        *slot = n as u32;
    }
    body::keep_layout(layout);
}

/// The last build's warnings (see `built`).
pub(super) fn kept_warnings() -> JsValue {
    to_js(&body::kept_warnings())
}

/// UTF-16 units of UTF-8 text: one per character, two for the 4-byte ones.
fn utf16_units(text: &[u8]) -> usize {
    text.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
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
