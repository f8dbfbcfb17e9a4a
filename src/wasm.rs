//! The JavaScript boundary: the only module that knows about wasm-bindgen.
//!
//! Requests cross as JSON text (the JS wrapper writes a JS value as `JSON.stringify` would:
//! faster than walking an object graph through the boundary, and a string keeps `1.50` and big
//! integers exact), as UTF-8 the wrapper puts straight into the core's input buffer (`input`),
//! encoding a caller's text with `TextEncoder.encodeInto`: wasm-bindgen's own `&str` passing
//! copies ASCII one character at a time in JS (measured on 1 MB: 2.6 ms in Node against 0.06 ms
//! for `encodeInto`, 2.0 ms against 1.2 ms in Chromium), and checking the bytes are UTF-8 here
//! costs 0.07 ms.
//! Reports and errors go back as JS objects built by serde-wasm-bindgen from `answer`'s types. A
//! built request does not: its text (body, sign, timestamp, the masked string to sign's ends) is
//! kept in wasm memory for the wrapper to read in one piece, with its layout (`answer::built`,
//! `body`): the build itself returns nothing. splitBatches answers canonical JSON text, one batch
//! per line, then a JSON array of line counts. A failure is thrown as the error's object, which
//! the wrapper turns into a `HongxunError`. Nothing here panics on any input: numbers from JS are
//! clamped, every core call returns a `Result` or a report.

mod answer;
mod body;
mod input;

use wasm_bindgen::prelude::*;

use crate::batch::{self, BatchOptions, Limit};
use crate::build::{self, BuildOptions, Credentials};
use crate::error::Error;
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

/// Where the wrapper writes the next call's text (see `input`): at least `bytes` bytes.
#[wasm_bindgen(js_name = inputBuffer)]
pub fn input_buffer(bytes: usize) -> usize {
    input::room(bytes)
}

// Each `request` (and `body`) below is the number of bytes the wrapper wrote into the input buffer.

#[wasm_bindgen]
pub fn canonicalize(request: usize) -> Result<String, Thrown> {
    input::read(request, |text| text.and_then(crate::canonicalize)).map_err(|e| thrown(&e))
}

/// Appendix 1 over the canonical form of `request`, with a timestamp that must be a real
/// Beijing `yyyy-MM-dd HH:mm:ss` (the server refuses anything else).
#[wasm_bindgen]
pub fn sign(
    create_by: &str,
    data_source: &str,
    secret: &str,
    timestamp: &str,
    request: usize,
) -> Result<String, Thrown> {
    time::parse_beijing(timestamp).map_err(|e| thrown(&e))?;
    let canonical = input::read(request, |text| text.and_then(crate::canonicalize)).map_err(|e| thrown(&e))?;
    crate::sign::sign(&Pieces { create_by, data_source, request: &canonical, secret, timestamp })
        .map_err(|e| thrown(&e))
}

#[wasm_bindgen(js_name = formatTimestamp)]
pub fn format_timestamp(unix_ms: f64) -> Result<String, Thrown> {
    time::format_beijing(millis(unix_ms)).map_err(|e| thrown(&e))
}

/// `{valid, errors, warnings}`.
#[wasm_bindgen]
pub fn validate(endpoint: &str, request: usize, strict: bool, vehicle: bool) -> JsValue {
    let report = input::read(request, |text| match text {
        Ok(request) => validate::validate(endpoint, request, &validate::Options { strict, vehicle }),
        Err(e) => validate::Report::failed(&e),
    });
    answer::validation(&report)
}

#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = buildSigned)]
pub fn build_signed(
    endpoint: &str,
    request: usize,
    create_by: &str,
    data_source: &str,
    secret: &str,
    now_ms: f64,
    validate: bool,
    strict: bool,
    vehicle: bool,
    for_node: bool,
) -> Result<(), Thrown> {
    let credentials = Credentials::Signed { create_by, data_source, secret };
    build(endpoint, request, &credentials, now_ms, [validate, strict, vehicle, for_node])
}

#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = buildDevice)]
pub fn build_device(
    endpoint: &str,
    request: usize,
    warehouse_code: &str,
    now_ms: f64,
    validate: bool,
    strict: bool,
    vehicle: bool,
    for_node: bool,
) -> Result<(), Thrown> {
    let switches = [validate, strict, vehicle, for_node];
    build(endpoint, request, &Credentials::Device { warehouse_code }, now_ms, switches)
}

/// Builds and keeps the request's text in wasm memory with the layout of its parts
/// (`answer::built`); `for_node`: the text in the encodings Node reads fastest (see `body`).
fn build(
    endpoint: &str,
    request: usize,
    credentials: &Credentials<'_>,
    now_ms: f64,
    [validate, strict, vehicle, for_node]: [bool; 4],
) -> Result<(), Thrown> {
    let options = BuildOptions { now_ms: millis(now_ms), validate, checks: validate::Options { strict, vehicle } };
    input::read(request, |text| {
        text.and_then(|request| build::build_request_bytes(endpoint, request, credentials, &options))
    })
    .map(|built| answer::built(built, for_node))
    .map_err(|e| thrown(&e))
}

/// The instance's memory, where the wrapper reads a build's text.
#[wasm_bindgen(js_name = wasmMemory)]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}

/// Where the last build's layout is (`answer::built`): the same address for the instance's life.
#[wasm_bindgen(js_name = keptLayout)]
pub fn kept_layout() -> usize {
    body::layout_address()
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
    body: usize,
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
    let verification = input::read(body, |text| match (text, secret.as_deref()) {
        (Err(e), _) => verify::Verification::fail(e),
        (Ok(body), Some(secret)) => {
            let expected = Expected { secret, create_by: create_by.as_deref(), data_source: data_source.as_deref() };
            verify::verify_request(body, &expected, &options)
        }
        (Ok(body), None) => verify::verify_device(body, warehouse_code.as_deref(), &options),
    });
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
    request: usize,
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
        input::read(request, |text| text.and_then(|request| batch::split_batches(endpoint, request, &options)))
            .map_err(|e| thrown(&e))?;
    let mut answer = crate::error::join(batches.iter().map(|b| &b.request), "\n");
    answer.push('\n');
    answer.push_str(&format!("[{}]", crate::error::join(batches.iter().map(|b| b.lines.to_string()), ",")));
    Ok(answer)
}
