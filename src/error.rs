//! The one error type of the library: a stable `code`, a JSON-pointer `path` where it applies,
//! and a message in English and in Chinese. Callers match on `code()`; the wording may change.

use std::fmt;

use serde::Serialize;

mod diagnosis;

pub use diagnosis::{Diagnosis, Mistake};

/// A failure of any operation of the library. The secret key never appears in it.
///
/// Boxed, so that a `Result` holding it is one word: the parser's recursive calls return theirs
/// in a register rather than through memory (an unboxed error made every `Result` 40 bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct Error(Box<Failure>);

#[derive(Debug, Clone, PartialEq)]
struct Failure {
    kind: ErrorKind,
    path: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ErrorKind {
    InvalidJson { offset: usize, expected: &'static str },
    NotAContainer,
    DuplicateKey,
    ReservedKey,
    LoneSurrogate,
    TooDeep { max: usize },
    NumberOutOfRange,
    MalformedEnvelope(&'static str),
    MissingField(&'static str),
    BadTimestamp,
    TimestampOutOfWindow { skew_seconds: i64, tolerance_seconds: i64 },
    CredentialMismatch(&'static str),
    SignatureMismatch(Option<Diagnosis>),
    MissingSecret,
    UnknownEndpoint(String),
    WrongEnvelope,
    InvalidRequest(Vec<Problem>),
    InvalidArgument { en: &'static str, zh: &'static str },
    NotBatchable(String),
    NoLines,
    LineTooLarge { bytes: usize, limit: usize },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error(Box::new(Failure { kind, path: None }))
    }

    pub(crate) fn at(kind: ErrorKind, path: impl Into<String>) -> Self {
        Error(Box::new(Failure { kind, path: Some(path.into()) }))
    }

    /// An unknown request type. The message echoes at most 64 bytes of the id (cut between
    /// characters): a caller may pass megabytes.
    pub(crate) fn unknown_endpoint(id: &str) -> Self {
        let mut cut = id.len().min(64);
        while !id.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut echo = id[..cut].to_string();
        if cut < id.len() {
            echo.push('…');
        }
        Error::new(ErrorKind::UnknownEndpoint(echo))
    }

    /// Prefixes the path with one more JSON-pointer segment (used while unwinding a parse).
    pub(crate) fn within(mut self, segment: &str) -> Self {
        let inner = self.0.path.take().unwrap_or_default();
        let mut path = String::with_capacity(segment.len() + inner.len() + 1);
        path.push('/');
        crate::pointer::push_escaped(&mut path, segment);
        path.push_str(&inner);
        self.0.path = Some(path);
        self
    }

    /// The same error at another path (e.g. relative to the request instead of the body).
    pub(crate) fn relocated(mut self, path: &str) -> Self {
        self.0.path = Some(path.to_string());
        self
    }

    /// The stable, machine-readable code, e.g. `duplicate_key` or `signature_mismatch`.
    pub fn code(&self) -> &'static str {
        use ErrorKind::*;
        match &self.0.kind {
            InvalidJson { .. } => "invalid_json",
            NotAContainer => "not_a_container",
            DuplicateKey => "duplicate_key",
            ReservedKey => "reserved_key",
            LoneSurrogate => "lone_surrogate",
            TooDeep { .. } => "too_deep",
            NumberOutOfRange => "number_out_of_range",
            MalformedEnvelope(_) => "malformed_envelope",
            MissingField(_) => "missing_field",
            BadTimestamp => "bad_timestamp",
            TimestampOutOfWindow { .. } => "timestamp_out_of_window",
            CredentialMismatch(_) => "credential_mismatch",
            SignatureMismatch(_) => "signature_mismatch",
            MissingSecret => "missing_secret",
            UnknownEndpoint(_) => "unknown_endpoint",
            WrongEnvelope => "wrong_envelope",
            InvalidRequest(_) => "invalid_request",
            InvalidArgument { .. } => "invalid_argument",
            NotBatchable(_) => "not_batchable",
            NoLines => "no_lines",
            LineTooLarge { .. } => "line_too_large",
        }
    }

    /// JSON pointer to the offending place, relative to the request (or the envelope for
    /// envelope errors); `None` where no place applies.
    pub fn path(&self) -> Option<&str> {
        self.0.path.as_deref()
    }

    /// On `signature_mismatch`: the common client mistake the received signature matches.
    pub fn diagnosis(&self) -> Option<&Diagnosis> {
        match &self.0.kind {
            ErrorKind::SignatureMismatch(diagnosis) => diagnosis.as_ref(),
            _ => None,
        }
    }

    /// On `invalid_request`: every problem found.
    pub fn problems(&self) -> &[Problem] {
        match &self.0.kind {
            ErrorKind::InvalidRequest(problems) => problems,
            _ => &[],
        }
    }

    /// English message.
    pub fn message(&self) -> String {
        self.texts().0
    }

    /// Chinese message.
    pub fn message_zh(&self) -> String {
        self.texts().1
    }

    /// `(English, Chinese)`: each message beside its translation.
    pub(crate) fn texts(&self) -> (String, String) {
        use ErrorKind::*;
        let (at, at_zh) = match self.0.path.as_deref() {
            Some(p) => (format!(" at \"{p}\""), format!("（位置 \"{p}\"）")),
            None => Default::default(),
        };
        let both = |en: &str, zh: &str| (en.to_string(), zh.to_string());
        match &self.0.kind {
            InvalidJson { offset, expected } => (
                format!("invalid JSON at byte {offset}: expected {expected}"),
                format!("JSON 格式错误，位于第 {offset} 字节"),
            ),
            NotAContainer => both("the request must be a JSON object or array", "request 必须是 JSON 对象或数组"),
            DuplicateKey => (
                format!("duplicate key{at}: the server would silently keep only the last"),
                format!("键重复{at_zh}：服务端只会保留最后一个"),
            ),
            ReservedKey => (
                format!("reserved key{at}: \"@type\" and \"$ref\" are interpreted by the server's JSON parser"),
                format!("保留键{at_zh}：\"@type\" 与 \"$ref\" 会被服务端 JSON 解析器特殊处理"),
            ),
            LoneSurrogate => (
                format!("unpaired UTF-16 surrogate{at}: the server would hash it as \"?\""),
                format!("存在不成对的 UTF-16 代理字符{at_zh}：服务端会按 \"?\" 计算签名"),
            ),
            TooDeep { max } => (format!("nesting deeper than {max} levels{at}"), format!("嵌套层级超过 {max} 层{at_zh}")),
            NumberOutOfRange => (
                format!("number{at} is beyond what the server's BigDecimal can hold"),
                format!("数值超出服务端 BigDecimal 的范围{at_zh}"),
            ),
            MalformedEnvelope(why) => (format!("malformed envelope: {why}"), "报文格式错误".into()),
            MissingField(field) => (
                format!("envelope field \"{field}\" is missing or not a string"),
                format!("报文缺少字段 \"{field}\" 或其不是字符串"),
            ),
            BadTimestamp => both(
                "timestamp is not a real \"yyyy-MM-dd HH:mm:ss\" Beijing time",
                "时间戳不是有效的北京时间 \"yyyy-MM-dd HH:mm:ss\"",
            ),
            TimestampOutOfWindow { skew_seconds, tolerance_seconds } => (
                format!(
                    "timestamp is {} s {} the verifier's clock, outside the ±{} s window",
                    skew_seconds.abs(),
                    if *skew_seconds > 0 { "ahead of" } else { "behind" },
                    tolerance_seconds
                ),
                format!("时间戳与校验方时钟相差 {} 秒，超出 ±{} 秒的有效期", skew_seconds.abs(), tolerance_seconds),
            ),
            CredentialMismatch(field) => (format!("{field} is not the expected one"), format!("{field} 与预期不符")),
            SignatureMismatch(diagnosis) => match diagnosis.as_ref().filter(|d| d.explains()) {
                Some(d) => {
                    let (en, zh) = d.texts();
                    (
                        format!("signature does not match; it is what this mistake produces: {en}"),
                        format!("签名不一致；与以下错误生成的签名相符：{zh}"),
                    )
                }
                None => both(
                    "signature does not match: most likely a wrong secret key, or the request was changed after signing",
                    "签名不一致：很可能密钥错误，或请求在签名后被修改",
                ),
            },
            MissingSecret => both("a secret key is required to sign or verify", "签名或验签需要密钥"),
            UnknownEndpoint(id) => (format!("unknown request type \"{id}\""), format!("未知的接口类型 \"{id}\"")),
            WrongEnvelope => both(
                "credentials do not fit this request type's envelope (signed: createBy, dataSource, secret; device: warehouseCode)",
                "凭证与该接口的报文类型不符（签名报文：createBy、dataSource、密钥；设备报文：warehouseCode）",
            ),
            InvalidRequest(problems) => (
                format!(
                    "the request is invalid ({} problem{}): {}",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" },
                    join(problems.iter().map(|p| format!("{} {}", p.path_or_root(), p.message)), "; ")
                ),
                format!(
                    "请求校验失败（{} 处问题）：{}",
                    problems.len(),
                    join(problems.iter().map(|p| format!("{} {}", p.path_or_root(), p.message_zh)), "；")
                ),
            ),
            InvalidArgument { en, zh } => (format!("invalid argument: {en}"), format!("参数错误：{zh}")),
            NotBatchable(id) => (
                format!("request type \"{id}\" has no list of lines to send in batches"),
                format!("接口类型 \"{id}\" 没有可分批发送的明细列表"),
            ),
            NoLines => (format!("expected the array of lines{at}"), format!("应为明细数组{at_zh}")),
            LineTooLarge { bytes, limit } => (
                format!("the line{at} alone makes a batch of {bytes} bytes, over the limit of {limit} bytes"),
                format!("该明细{at_zh}单独成批也有 {bytes} 字节，超过上限 {limit} 字节"),
            ),
        }
    }
}

/// The items with `separator` between them. A plain loop: `[String]::join` costs ~1 KB of wasm
/// per element type for what messages need.
pub(crate) fn join<S: AsRef<str>>(items: impl IntoIterator<Item = S>, separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

/// One problem found in a request or a received body: validation errors and warnings, and each
/// verification failure. `path` is a JSON pointer (`""` for the request itself).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub path: String,
    pub code: &'static str,
    pub message: String,
    pub message_zh: String,
    /// On `signature_mismatch`: the client mistakes that reproduce the received signature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnosis: Option<Diagnosis>,
    /// On `unknown_field`: the known name it is likely a typo of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<&'static str>,
}

impl Problem {
    pub fn new(path: String, code: &'static str, message: String, message_zh: String) -> Self {
        Problem { path, code, message, message_zh, diagnosis: None, suggestion: None }
    }

    pub(crate) fn path_or_root(&self) -> &str {
        if self.path.is_empty() {
            "(request)"
        } else {
            &self.path
        }
    }
}

impl From<&Error> for Problem {
    fn from(e: &Error) -> Self {
        let (message, message_zh) = e.texts();
        Problem {
            path: e.path().unwrap_or("").to_string(),
            code: e.code(),
            message,
            message_zh,
            diagnosis: e.diagnosis().cloned(),
            suggestion: None,
        }
    }
}
