//! Verifying a received body, as the server does and as a partner's callback receiver must:
//! envelope shape, credentials, the ±10-minute window, the Appendix 1 signature (with the
//! doctor's diagnosis when it fails) and, when the endpoint is named, the request schema.
//!
//! Every failure is collected, so one answer says everything that is wrong.

use std::borrow::Cow;

use crate::error::{Error, ErrorKind, Problem};
use crate::json::{Change, Document, Kind, Value};
use crate::sign::{self, Pieces};
use crate::time;
use crate::{catalog, doctor, validate};

/// What the receiver knows about the sender.
#[derive(Clone, Copy)]
pub struct Expected<'a> {
    pub secret: &'a str,
    /// When given, the body's `createBy` must be exactly this.
    pub create_by: Option<&'a str>,
    /// When given, the body's `dataSource` must be exactly this.
    pub data_source: Option<&'a str>,
}

// The secret must never show up in debug output.
impl std::fmt::Debug for Expected<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Expected").field("create_by", &self.create_by).field("data_source", &self.data_source).finish()
    }
}

/// The server accepts a client clock error of 10 minutes.
pub const DEFAULT_TOLERANCE_SECONDS: i64 = 600;

#[derive(Debug, Clone, Copy)]
pub struct VerifyOptions<'a> {
    /// The verifier's clock, Unix milliseconds.
    pub now_ms: i64,
    pub tolerance_seconds: i64,
    /// Request type to validate the request against (skipped when `None`).
    pub endpoint: Option<&'a str>,
    /// Refuse upper-case hex instead of accepting it with a warning.
    pub case_sensitive: bool,
}

impl VerifyOptions<'_> {
    pub fn at(now_ms: i64) -> Self {
        VerifyOptions { now_ms, tolerance_seconds: DEFAULT_TOLERANCE_SECONDS, endpoint: None, case_sensitive: false }
    }
}

/// The outcome: `errors` empty means the body is authentic, fresh and (if checked) valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Verification {
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
    /// The received request text, when the envelope could be read.
    pub request: Option<String>,
    /// How far the sender's timestamp is ahead of (+) or behind (−) the verifier's clock, in
    /// seconds; `None` when there is no readable timestamp.
    pub skew_seconds: Option<i64>,
}

impl Verification {
    pub fn ok(&self) -> bool {
        self.errors.is_empty()
    }

    pub(crate) fn fail(error: Error) -> Self {
        Verification { errors: vec![Problem::from(&error)], warnings: Vec::new(), request: None, skew_seconds: None }
    }
}

/// Verifies a signed body `{createBy, dataSource, request, sign, timestamp}`. An empty secret
/// fails every body with `missing_secret`: anyone can sign with it.
pub fn verify_request(body: &str, expected: &Expected<'_>, options: &VerifyOptions<'_>) -> Verification {
    if let Err(e) = sign::require_secret(expected.secret) {
        return Verification::fail(e);
    }
    let doc = match Document::parse_envelope(body) {
        Ok(doc) => doc,
        Err(e) => return Verification::fail(envelope_error(e)),
    };
    let (request, [create_by, data_source, received_sign, timestamp]) =
        match open(&doc, ["createBy", "dataSource", "sign", "timestamp"]) {
            Ok(opened) => opened,
            Err(failed) => return failed,
        };
    let mut errors = Vec::new();
    for (name, got, want) in
        [("createBy", &create_by, expected.create_by), ("dataSource", &data_source, expected.data_source)]
    {
        if want.is_some_and(|want| want != got) {
            errors.push(Error::at(ErrorKind::CredentialMismatch(name), format!("/{name}")));
        }
    }
    let skew_seconds = check_window(&timestamp, options, &mut errors);

    let canonical = request.canonical();
    let pieces = Pieces {
        create_by: &create_by,
        data_source: &data_source,
        request: &canonical,
        secret: expected.secret,
        timestamp: &timestamp,
    };
    let mut warnings = Vec::new();
    if !sign::matches(&received_sign, &sign::digest(&pieces)) {
        let diagnosis = doctor::diagnose(&received_sign, &pieces, request, request.raw());
        errors.push(Error::at(ErrorKind::SignatureMismatch(diagnosis), "/sign"));
    } else if received_sign.bytes().any(|b| b.is_ascii_uppercase()) {
        if options.case_sensitive {
            let diagnosis = doctor::Diagnosis::of(vec![doctor::Mistake::UppercaseHex]);
            errors.push(Error::at(ErrorKind::SignatureMismatch(Some(diagnosis)), "/sign"));
        } else {
            warnings.push(uppercase_warning());
        }
    }
    finish(&doc, request, (errors, warnings), skew_seconds, options)
}

/// Verifies a DWS device body `{warehouseCode, timestamp, request}` (unsigned: only its shape,
/// the expected warehouse when given and the schema can be checked; its timestamp only warns).
pub fn verify_device(body: &str, warehouse_code: Option<&str>, options: &VerifyOptions<'_>) -> Verification {
    let doc = match Document::parse_envelope(body) {
        Ok(doc) => doc,
        Err(e) => return Verification::fail(envelope_error(e)),
    };
    let (request, [warehouse, timestamp]) = match open(&doc, ["warehouseCode", "timestamp"]) {
        Ok(opened) => opened,
        Err(failed) => return failed,
    };
    let mut errors = Vec::new();
    if warehouse_code.is_some_and(|want| want != warehouse) {
        errors.push(Error::at(ErrorKind::CredentialMismatch("warehouseCode"), "/warehouseCode"));
    }
    // The format and the window are documented for the signed envelope only; assumed for
    // devices (catalog::envelope::DEVICE_TIMESTAMP), so they only warn.
    let mut window = Vec::new();
    let skew_seconds = check_window(&timestamp, options, &mut window);
    let warnings = window.iter().map(inferred_for_devices).collect();
    finish(&doc, request, (errors, warnings), skew_seconds, options)
}

fn inferred_for_devices(e: &Error) -> Problem {
    let mut problem = Problem::from(e);
    problem.message.push_str(" (inferred for device bodies: a warning)");
    problem.message_zh.push_str("（设备报文为推断规则：仅警告）");
    problem
}

/// The envelope's request and its named string fields, or a verification naming what is missing.
fn open<'d, const N: usize>(
    doc: &'d Document<'d>,
    names: [&'static str; N],
) -> Result<(Value<'d>, [Cow<'d, str>; N]), Verification> {
    let envelope = doc.root();
    let request = read_request(envelope).map_err(Verification::fail)?;
    let fields = names.map(|name| string_field(envelope, name));
    if fields.iter().any(Result::is_err) {
        let missing = fields.iter().filter_map(|f| f.as_ref().err()).map(Problem::from).collect();
        let request = Some(request.raw().into());
        return Err(Verification { errors: missing, warnings: Vec::new(), request, skew_seconds: None });
    }
    Ok((request, fields.map(|f| f.unwrap_or_default())))
}

/// A string member of the envelope, decoded.
fn string_field<'d>(envelope: Value<'d>, name: &'static str) -> Result<Cow<'d, str>, Error> {
    match envelope.get(name) {
        Some(v) if v.kind() == Kind::String => Ok(v.text()),
        _ => Err(Error::at(ErrorKind::MissingField(name), format!("/{name}"))),
    }
}

/// Adds what fastjson silently changed and, when an endpoint is named, the schema's verdict.
fn finish(
    doc: &Document<'_>,
    request: Value<'_>,
    (errors, mut warnings): (Vec<Error>, Vec<Problem>),
    skew_seconds: Option<i64>,
    options: &VerifyOptions<'_>,
) -> Verification {
    warnings.extend(doc.notes().map(|(change, path)| received_change(change, path)));
    let mut errors: Vec<Problem> = errors.iter().map(Problem::from).collect();
    if let Some(id) = options.endpoint {
        match catalog::find(id) {
            Some(endpoint) => {
                let report = validate::validate_document(endpoint, request, &validate::Options::default());
                errors.extend(report.errors);
                warnings.extend(report.warnings);
            }
            None => errors.push(Problem::from(&Error::unknown_endpoint(id))),
        }
    }
    Verification { errors, warnings, request: Some(request.raw().to_string()), skew_seconds }
}

/// The `request` member: an object or an array.
fn read_request<'d>(envelope: Value<'d>) -> Result<Value<'d>, Error> {
    if envelope.kind() != Kind::Object {
        return Err(Error::new(ErrorKind::MalformedEnvelope("the body is not a JSON object")));
    }
    match envelope.get("request") {
        Some(r) if matches!(r.kind(), Kind::Object | Kind::Array) => Ok(r),
        Some(_) => Err(Error::at(ErrorKind::NotAContainer, "/request")),
        None => Err(Error::at(ErrorKind::MissingField("request"), "/request")),
    }
}

/// A body that is not JSON is a malformed envelope; a canonical-JSON failure inside `request`
/// keeps its own code and a path relative to the request.
fn envelope_error(e: Error) -> Error {
    match e.path().and_then(|p| p.strip_prefix("/request")).map(str::to_string) {
        Some(inner) if e.code() != "invalid_json" => e.relocated(&inner),
        _ => Error::new(ErrorKind::MalformedEnvelope("the body is not a JSON object")),
    }
}

/// The timestamp's skew from the verifier's clock (seconds), adding an error when it is not a
/// real Beijing time or falls outside the window.
fn check_window(timestamp: &str, options: &VerifyOptions<'_>, errors: &mut Vec<Error>) -> Option<i64> {
    let sent = match time::parse_beijing(timestamp) {
        Ok(sent) => sent,
        Err(e) => {
            errors.push(e.relocated("/timestamp"));
            return None;
        }
    };
    // Timestamps carry whole seconds: compare against the verifier's clock truncated likewise.
    let skew_seconds = (sent - options.now_ms.div_euclid(1000) * 1000) / 1000;
    if skew_seconds.abs() > options.tolerance_seconds {
        errors.push(Error::at(
            ErrorKind::TimestampOutOfWindow { skew_seconds, tolerance_seconds: options.tolerance_seconds },
            "/timestamp",
        ));
    }
    Some(skew_seconds)
}

fn uppercase_warning() -> Problem {
    Problem::new(
        "/sign".into(),
        "uppercase_signature",
        "signature is upper-case hex: accepted, but emit lower-case (the server's case rule is unstated)".into(),
        "签名为大写十六进制：已接受，但应输出小写（服务端未说明大小写规则）".into(),
    )
}

/// A warning for what fastjson silently changed in the received request (it was signed as changed).
fn received_change(change: Change, path: String) -> Problem {
    let path = path.strip_prefix("/request").map(str::to_string).unwrap_or(path);
    let (code, message, message_zh) = match change {
        Change::DuplicateKey => {
            ("duplicate_key", "duplicate key: the server keeps only the last one", "键重复：服务端只保留最后一个")
        }
        Change::LoneSurrogate => (
            "lone_surrogate",
            "unpaired UTF-16 surrogate: the server hashes it as \"?\"",
            "不成对的 UTF-16 代理字符：服务端按 \"?\" 计算签名",
        ),
    };
    Problem::new(path, code, message.into(), message_zh.into())
}
