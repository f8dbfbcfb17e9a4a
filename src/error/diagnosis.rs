//! What a signature mismatch reports: the client mistakes that reproduce the received
//! signature. Found by `crate::doctor`; part of the error so that `error` imports no domain
//! module.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::join;

/// One client mistake the doctor can recognise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mistake {
    /// Keys left in input order instead of sorted at every depth.
    KeysNotSorted,
    /// Members whose value is null kept instead of left out.
    NullsKept,
    /// Numbers written as JavaScript prints a double (`1.50` → `1.5`).
    JsNumbers,
    /// Strings escaped as `JSON.stringify` does (U+2028, U+007F–U+009F raw; `\u001f` lower-case).
    JsEscapes,
    /// Request serialized with indentation.
    PrettyPrinted,
    /// The request text hashed exactly as written by the client, not re-serialized.
    RawRequestText,
    /// The signed timestamp was UTC (offset 0) or another zone's local time, not Beijing time.
    /// Carries that zone's offset from UTC in minutes.
    NotBeijingTime(i32),
    /// Hex digits in upper case where the verifier compares case-sensitively.
    UppercaseHex,
    /// No common mistake reproduces it: most likely a wrong secret key.
    WrongSecret,
}

impl Mistake {
    pub fn code(&self) -> &'static str {
        match self {
            Mistake::KeysNotSorted => "keys_not_sorted",
            Mistake::NullsKept => "nulls_kept",
            Mistake::JsNumbers => "js_numbers",
            Mistake::JsEscapes => "js_escapes",
            Mistake::PrettyPrinted => "pretty_printed",
            Mistake::RawRequestText => "raw_request_text",
            Mistake::NotBeijingTime(0) => "utc_timestamp",
            Mistake::NotBeijingTime(_) => "local_timestamp",
            Mistake::UppercaseHex => "uppercase_hex",
            Mistake::WrongSecret => "wrong_secret",
        }
    }

    pub fn message(&self) -> String {
        self.texts().0
    }

    pub fn message_zh(&self) -> String {
        self.texts().1
    }

    /// `(English, Chinese)`: each message beside its translation.
    pub(crate) fn texts(&self) -> (String, String) {
        let (en, zh) = match self {
            Mistake::KeysNotSorted => ("keys were not sorted (signed in input order)", "键未排序（按输入顺序签名）"),
            Mistake::NullsKept => {
                ("null members were kept (the server leaves them out)", "保留了值为 null 的字段（服务端会去掉）")
            }
            Mistake::JsNumbers => (
                "numbers were written as JavaScript prints them (e.g. 1.50 as 1.5)",
                "数字按 JavaScript 方式输出（如 1.50 写成 1.5）",
            ),
            Mistake::JsEscapes => (
                "strings were escaped as JSON.stringify does, not as fastjson does",
                "字符串按 JSON.stringify 方式转义，而非 fastjson 方式",
            ),
            Mistake::PrettyPrinted => {
                ("the request was pretty-printed (whitespace in the signed text)", "请求被格式化（签名文本含空白）")
            }
            Mistake::RawRequestText => (
                "the request text was hashed as written, not as the server re-serializes it",
                "直接对原始请求文本签名，而非服务端重新序列化后的文本",
            ),
            Mistake::NotBeijingTime(0) => (
                "the signed timestamp was UTC, not Beijing time (UTC+8)",
                "签名用的时间戳是 UTC 时间，而非北京时间（UTC+8）",
            ),
            Mistake::NotBeijingTime(offset) => {
                let zone = utc_offset(*offset);
                return (
                    format!("the signed timestamp was local time {zone}, not Beijing time (UTC+8)"),
                    format!("签名用的时间戳是本地时间 {zone}，而非北京时间（UTC+8）"),
                );
            }
            Mistake::UppercaseHex => ("the signature is upper-case hex; emit lower-case", "签名为大写十六进制，应为小写"),
            Mistake::WrongSecret => (
                "no common mistake reproduces it: most likely a wrong secret key, or the request was changed after signing",
                "未匹配任何常见错误：很可能密钥错误，或请求在签名后被修改",
            ),
        };
        (en.into(), zh.into())
    }
}

fn utc_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    if m % 60 == 0 {
        format!("UTC{sign}{}", m / 60)
    } else {
        format!("UTC{sign}{}:{:02}", m / 60, m % 60)
    }
}

/// The mistakes that reproduce a received signature (one or two), or `[WrongSecret]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    mistakes: Vec<Mistake>,
}

impl Diagnosis {
    pub(crate) fn of(mistakes: Vec<Mistake>) -> Self {
        Diagnosis { mistakes }
    }

    pub fn mistakes(&self) -> &[Mistake] {
        &self.mistakes
    }

    /// Whether a client mistake reproduces the signature (not just "probably a wrong secret").
    pub fn explains(&self) -> bool {
        self.mistakes != [Mistake::WrongSecret]
    }

    /// Stable code: the mistakes' codes joined by `+`, e.g. `keys_not_sorted+nulls_kept`.
    pub fn code(&self) -> String {
        join(self.mistakes.iter().map(Mistake::code), "+")
    }

    pub fn message(&self) -> String {
        self.texts().0
    }

    pub fn message_zh(&self) -> String {
        self.texts().1
    }

    /// `(English, Chinese)`: the mistakes' texts joined.
    pub(crate) fn texts(&self) -> (String, String) {
        let texts: Vec<(String, String)> = self.mistakes.iter().map(Mistake::texts).collect();
        (join(texts.iter().map(|t| &t.0), "; and "), join(texts.iter().map(|t| &t.1), "；并且"))
    }
}

/// `{code, message, messageZh}`, as the JS API shows it.
impl Serialize for Diagnosis {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Diagnosis", 3)?;
        out.serialize_field("code", &self.code())?;
        let (message, message_zh) = self.texts();
        out.serialize_field("message", &message)?;
        out.serialize_field("messageZh", &message_zh)?;
        out.end()
    }
}
