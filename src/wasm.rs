//! The JavaScript boundary: the only module that knows about wasm-bindgen.
//!
//! Requests cross as JSON text (the JS wrapper `JSON.stringify`s a JS value: faster than walking
//! an object graph through the boundary, and a string keeps `1.50` and big integers exact), as
//! UTF-8 bytes the wrapper encodes with `TextEncoder.encodeInto`: wasm-bindgen's own `&str`
//! passing copies ASCII one character at a time in JS (measured on 1 MB: 2.6 ms in Node against
//! 0.06 ms for `encodeInto`, 2.0 ms against 1.2 ms in Chromium), and checking the bytes are UTF-8
//! here costs 0.07 ms.
//! Reports and errors go back as JS objects built by serde-wasm-bindgen from `answer`'s types. A
//! built request does not: its text (body, sign, timestamp, the masked string to sign's ends) is
//! kept in wasm memory for the wrapper to read in one piece, and only its layout crosses, as
//! numbers (`answer::built`, `body`). splitBatches answers canonical JSON text, one batch per
//! line, then a JSON array of line counts. A failure is thrown as the error's object, which the
//! wrapper turns into a `HongxunError`. Nothing here panics on any input: numbers from JS are
//! clamped, every core call returns a `Result` or a report.

mod answer;
mod body;

use wasm_bindgen::prelude::*;

use crate::batch::{self, BatchOptions, Limit};
use crate::build::{self, BuildOptions, Credentials};
use crate::error::{Error, ErrorKind};
use crate::sign::Pieces;
use crate::verify::{self, Expected, VerifyOptions};
use crate::{time, validate};

/// Talc instead of the default dlmalloc: about 6 KB less wasm (dlmalloc is ~7 KB of code), and
/// faster on the large buffers a 1 MB request needs.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

type Thrown = JsValue;

fn thrown(e: &Error) -> Thrown {
    answer::error(e)
}

/// A JS number of milliseconds (checked finite and within Date's range by the wrapper) as an
/// integer; `as` saturates, so even an unchecked value cannot overflow.
fn millis(ms: f64) -> i64 {
    ms as i64
}

/// Request text passed as bytes (see the module comment). `TextEncoder` only writes UTF-8, so
/// the error is for callers of the raw exports.
fn utf8(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes)
        .map_err(|e| Error::new(ErrorKind::InvalidJson { offset: e.valid_up_to(), expected: "UTF-8 text" }))
}

#[wasm_bindgen]
pub fn canonicalize(request: &[u8]) -> Result<String, Thrown> {
    utf8(request).and_then(crate::canonicalize).map_err(|e| thrown(&e))
}

/// Appendix 1 over the canonical form of `request`, with a timestamp that must be a real
/// Beijing `yyyy-MM-dd HH:mm:ss` (the server refuses anything else).
#[wasm_bindgen]
pub fn sign(
    create_by: &str,
    data_source: &str,
    secret: &str,
    timestamp: &str,
    request: &[u8],
) -> Result<String, Thrown> {
    time::parse_beijing(timestamp).map_err(|e| thrown(&e))?;
    let canonical = utf8(request).and_then(crate::canonicalize).map_err(|e| thrown(&e))?;
    crate::sign::sign(&Pieces { create_by, data_source, request: &canonical, secret, timestamp })
        .map_err(|e| thrown(&e))
}

#[wasm_bindgen(js_name = formatTimestamp)]
pub fn format_timestamp(unix_ms: f64) -> Result<String, Thrown> {
    time::format_beijing(millis(unix_ms)).map_err(|e| thrown(&e))
}

/// `{valid, errors, warnings}`.
#[wasm_bindgen]
pub fn validate(endpoint: &str, request: &[u8], strict: bool, vehicle: bool) -> JsValue {
    let report = match utf8(request) {
        Ok(request) => validate::validate(endpoint, request, &validate::Options { strict, vehicle }),
        Err(e) => validate::Report::failed(&e),
    };
    answer::validation(&report)
}

#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = buildSigned)]
pub fn build_signed(
    endpoint: &str,
    request: &[u8],
    create_by: &str,
    data_source: &str,
    secret: &str,
    now_ms: f64,
    validate: bool,
    strict: bool,
    vehicle: bool,
    for_node: bool,
) -> Result<Vec<u32>, Thrown> {
    let credentials = Credentials::Signed { create_by, data_source, secret };
    build(endpoint, request, &credentials, now_ms, [validate, strict, vehicle, for_node])
}

#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = buildDevice)]
pub fn build_device(
    endpoint: &str,
    request: &[u8],
    warehouse_code: &str,
    now_ms: f64,
    validate: bool,
    strict: bool,
    vehicle: bool,
    for_node: bool,
) -> Result<Vec<u32>, Thrown> {
    let switches = [validate, strict, vehicle, for_node];
    build(endpoint, request, &Credentials::Device { warehouse_code }, now_ms, switches)
}

/// Builds and keeps the request's text in wasm memory, returning where its parts are
/// (`answer::built`); `for_node`: the text in the encodings Node reads fastest (see `body`).
fn build(
    endpoint: &str,
    request: &[u8],
    credentials: &Credentials<'_>,
    now_ms: f64,
    [validate, strict, vehicle, for_node]: [bool; 4],
) -> Result<Vec<u32>, Thrown> {
    let options = BuildOptions { now_ms: millis(now_ms), validate, checks: validate::Options { strict, vehicle } };
    utf8(request)
        .and_then(|request| build::build_request(endpoint, request, credentials, &options))
        .map(|built| answer::built(built, for_node))
        .map_err(|e| thrown(&e))
}

/// The instance's memory, where the wrapper reads a build's text.
#[wasm_bindgen(js_name = wasmMemory)]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// The warnings of the last build (read only when it had some).
#[wasm_bindgen(js_name = keptWarnings)]
pub fn kept_warnings() -> JsValue {
    answer::kept_warnings()
}

/// The published path of a request type, if Hongxun published one (the wrapper asks once per type).
#[wasm_bindgen(js_name = endpointPath)]
pub fn endpoint_path(endpoint: &str) -> Option<String> {
    crate::catalog::find(endpoint).and_then(|e| e.path).map(str::to_owned)
}

/// `{ok, errors, warnings, skewSeconds, toleranceSeconds, request}`. With a secret the body is a signed envelope;
/// without one, the DWS device envelope `{warehouseCode, timestamp, request}` (one export for
/// both keeps the wasm small).
#[wasm_bindgen(js_name = verifyRequest)]
#[allow(clippy::too_many_arguments)]
pub fn verify_request(
    body: &[u8],
    secret: Option<String>,
    create_by: Option<String>,
    data_source: Option<String>,
    warehouse_code: Option<String>,
    endpoint: Option<String>,
    now_ms: f64,
    tolerance_seconds: Option<f64>,
) -> JsValue {
    let options = VerifyOptions {
        tolerance_seconds: tolerance_seconds.map_or(verify::DEFAULT_TOLERANCE_SECONDS, |s| s as i64),
        endpoint: endpoint.as_deref(),
        ..VerifyOptions::at(millis(now_ms))
    };
    let body = match utf8(body) {
        Ok(body) => body,
        Err(e) => return answer::verification(&verify::Verification::fail(e), options.tolerance_seconds),
    };
    let verification = match secret.as_deref() {
        Some(secret) => {
            let expected = Expected { secret, create_by: create_by.as_deref(), data_source: data_source.as_deref() };
            verify::verify_request(body, &expected, &options)
        }
        None => verify::verify_device(body, warehouse_code.as_deref(), &options),
    };
    answer::verification(&verification, options.tolerance_seconds)
}

/// Epoch milliseconds of a Beijing `yyyy-MM-dd HH:mm:ss` text (refused unless a real time).
#[wasm_bindgen(js_name = parseTimestamp)]
pub fn parse_timestamp(text: &str) -> Result<f64, Thrown> {
    time::parse_beijing(text).map(|ms| ms as f64).map_err(|e| thrown(&e))
}

/// `request` cut into batches (`batch::split_batches`; a limit of lines, or of bytes when
/// `by_bytes`): each batch's request text on a line of its own (canonical JSON holds no raw line
/// break), then a last line with the JSON array of their line counts.
#[wasm_bindgen(js_name = splitBatches)]
pub fn split_batches(
    endpoint: &str,
    request: &[u8],
    by_bytes: bool,
    limit: f64,
    lines_before: f64,
    lines_total: Option<f64>,
) -> Result<String, Thrown> {
    // The wrapper passes non-negative safe integers; `as` saturates anything else.
    let limit = if by_bytes { Limit::Bytes(limit as usize) } else { Limit::Lines(limit as usize) };
    let options =
        BatchOptions { limit, lines_before: lines_before as usize, lines_total: lines_total.map(|n| n as usize) };
    let batches =
        utf8(request).and_then(|request| batch::split_batches(endpoint, request, &options)).map_err(|e| thrown(&e))?;
    let mut answer = crate::error::join(batches.iter().map(|b| &b.request), "\n");
    answer.push('\n');
    answer.push_str(&format!("[{}]", crate::error::join(batches.iter().map(|b| b.lines.to_string()), ",")));
    Ok(answer)
}
