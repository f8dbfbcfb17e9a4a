//! The English and Chinese texts of validation problems, `(message, message_zh)`. The Chinese
//! text names the field by its Chinese description first: `单据类型 documentType: …`.

use crate::catalog::{CodeSet, Condition, Field, Object, Type};
use crate::error::join;
use crate::json::{Kind, Value};

/// What a problem is about: a field, or the request itself.
#[derive(Clone, Copy)]
pub(super) struct Subject<'a> {
    name: &'a str,
    zh: &'a str,
    en: &'a str,
}

impl Subject<'_> {
    pub const REQUEST: Subject<'static> = Subject { name: "request", zh: "请求内容", en: "payload" };

    /// A field of `object` by name (the bare name should the catalog not describe it).
    pub fn of<'a>(object: &'a Object, name: &'a str) -> Subject<'a> {
        object.field(name).map_or(Subject { name, zh: name, en: name }, Subject::from)
    }

    fn en(&self) -> String {
        format!("{} ({})", self.name, self.en)
    }

    fn zh(&self) -> String {
        format!("{} {}", self.zh, self.name)
    }
}

impl<'a> From<&'a Field> for Subject<'a> {
    fn from(field: &'a Field) -> Self {
        Subject { name: field.name, zh: field.zh, en: field.en }
    }
}

/// A kind of value in both languages, as it follows "must be" / "应为".
pub(super) type Noun = (&'static str, &'static str);

pub(super) const OBJECT: Noun = ("an object", "对象");
pub(super) const ARRAY: Noun = ("an array of objects", "对象数组");
/// What each item of an array of objects must be.
pub(super) const ITEM: Noun = ("an object in each item", "对象（每一项）");

pub(super) fn noun(ty: Type) -> Noun {
    match ty {
        Type::String => ("a string", "字符串"),
        Type::Integer => ("an integer", "整数"),
        Type::Number => ("a number", "数字"),
        Type::Boolean => ("true or false", "布尔值"),
        Type::Object(_) => OBJECT,
        Type::Array(_) => ARRAY,
    }
}

fn found(value: Value<'_>) -> Noun {
    match value.kind() {
        Kind::String => ("a string", "字符串"),
        Kind::Number if value.is_integer() => ("an integer", "整数"),
        Kind::Number => ("a decimal number", "小数"),
        Kind::True | Kind::False => ("a boolean", "布尔值"),
        Kind::Object => ("an object", "对象"),
        Kind::Array => ("an array", "数组"),
        Kind::Null => ("null", "null"),
    }
}

/// A value cut short for a message (it may be a Base64 image).
fn cut(text: &str) -> String {
    const MAX_CHARS: usize = 32;
    match text.char_indices().nth(MAX_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", cut(text))
}

/// The subject followed by a fixed text in each language (one formatting site for them all).
fn said(s: Subject<'_>, en: &str, zh: &str) -> (String, String) {
    (format!("{} {en}", s.en()), format!("{}: {zh}", s.zh()))
}

pub(super) fn required(s: Subject<'_>) -> (String, String) {
    said(s, "is required", "必填")
}

/// A member this project infers to be required (the documentation does not say).
pub(super) fn usually_sent(s: Subject<'_>) -> (String, String) {
    said(s, "is missing; it is usually sent (inferred)", "缺少；通常需要填写（推断）")
}

/// An integer written `5.0` or `5e0`.
pub(super) fn integral_decimal(s: Subject<'_>) -> (String, String) {
    said(
        s,
        "is a whole number written with a fraction or an exponent: the server reads it as an integer; write it as one",
        "为带小数或指数写法的整数：服务端按整数读取；应写作整数",
    )
}

pub(super) fn wrong_type(s: Subject<'_>, expected: Noun, value: Value<'_>) -> (String, String) {
    let actual = found(value);
    (
        format!("{} must be {}, not {}", s.en(), expected.0, actual.0),
        format!("{}: 应为{}，实际为{}", s.zh(), expected.1, actual.1),
    )
}

pub(super) fn not_a_code(s: Subject<'_>, codes: &CodeSet, text: &str) -> (String, String) {
    const LISTED: usize = 10;
    let mut list = join(codes.codes.iter().take(LISTED).map(|c| c.code), ", ");
    if codes.codes.len() > LISTED {
        list.push_str(", …");
    }
    let text = quoted(text);
    if codes.complete {
        (
            format!("{} must be one of {list} ({}); got {text}", s.en(), codes.name_en),
            format!("{}: 应为 {list}（{}），实际为 {text}", s.zh(), codes.name_zh),
        )
    } else {
        (
            format!("{} is not a known code ({list}); got {text}", s.en()),
            format!("{}: 不是已知代码 {list}，实际为 {text}", s.zh()),
        )
    }
}

pub(super) fn not_beijing_time(s: Subject<'_>, text: &str) -> (String, String) {
    let text = quoted(text);
    (
        format!("{} should be Beijing time \"yyyy-MM-dd HH:mm:ss\"; got {text}", s.en()),
        format!("{}: 应为北京时间 \"yyyy-MM-dd HH:mm:ss\"，实际为 {text}", s.zh()),
    )
}

pub(super) fn beyond_i64(s: Subject<'_>, raw: &str) -> (String, String) {
    let raw = cut(raw);
    (format!("{} {raw} is beyond a 64-bit integer", s.en()), format!("{}: {raw} 超出 64 位整数范围", s.zh()))
}

pub(super) fn beyond_i32(s: Subject<'_>, n: i64) -> (String, String) {
    (
        format!("{} {n} is beyond a 32-bit integer (Java int)", s.en()),
        format!("{}: {n} 超出 32 位整数（Java int）范围", s.zh()),
    )
}

pub(super) fn below(s: Subject<'_>, minimum: i64, n: i64) -> (String, String) {
    (format!("{} should be at least {minimum}; got {n}", s.en()), format!("{}: 应不小于 {minimum}，实际为 {n}", s.zh()))
}

/// An unknown member; the message ends with the suggestion, when there is one.
pub(super) fn unknown_field(key: &str, strict: bool, suggestion: Option<&str>) -> (String, String) {
    let mut en = quoted(key);
    let mut zh = en.clone();
    en.push_str(" is not a known field");
    zh.push_str(": 未知字段");
    if strict {
        en.push_str(" (strict mode)");
        zh.push_str("（严格模式）");
    }
    if let Some(name) = suggestion {
        for (text, ask, end) in [(&mut en, "; did you mean \"", "\"?"), (&mut zh, "，是否应为 \"", "\"？")] {
            text.push_str(ask);
            text.push_str(name);
            text.push_str(end);
        }
    }
    (en, zh)
}

/// The known member of `object` within edit distance 2 of `key`, the closest first.
pub(super) fn closest(object: &Object, key: &str) -> Option<&'static str> {
    const MAX_DISTANCE: usize = 2;
    object
        .fields
        .iter()
        .map(|f| (distance(f.name.as_bytes(), key.as_bytes()), f.name))
        .filter(|&(d, _)| d <= MAX_DISTANCE)
        .min_by_key(|&(d, _)| d)
        .map(|(_, name)| name)
}

/// Levenshtein distance over bytes (names are ASCII), one row at a time on the stack; a key
/// longer than any catalog name, or lengths 3 or more apart, count as far.
fn distance(name: &[u8], key: &[u8]) -> usize {
    const LONGEST: usize = 40;
    if name.len().abs_diff(key.len()) > 2 || key.len() >= LONGEST {
        return usize::MAX;
    }
    let mut row = [0usize; LONGEST];
    for (j, cell) in row.iter_mut().enumerate() {
        *cell = j;
    }
    for (i, &x) in name.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &y) in key.iter().enumerate() {
            let substitution = diagonal + usize::from(x != y);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[key.len()]
}

pub(super) fn required_when(s: Subject<'_>, other: Subject<'_>, value: &str, label: Option<&str>) -> (String, String) {
    let (label_en, label_zh) = label.map(|l| (format!(" ({l})"), format!("（{l}）"))).unwrap_or_default();
    (
        format!("{} is required when {} is \"{value}\"{label_en}", s.en(), other.name),
        format!("{}: {} 为 \"{value}\"{label_zh}时必填", s.zh(), other.zh()),
    )
}

pub(super) fn required_for(s: Subject<'_>, condition: Condition) -> (String, String) {
    (format!("{} is required for {}", s.en(), condition.en()), format!("{}: {}必填", s.zh(), condition.zh()))
}

pub(super) fn exceeds(parts: &[Subject<'_>], sum: i128, limit: Subject<'_>, max: i64) -> (String, String) {
    match parts {
        [one] => (
            format!("{} {sum} exceeds {} {max}", one.en(), limit.en()),
            format!("{}: {sum} 大于{} {max}", one.zh(), limit.zh()),
        ),
        _ => {
            let names = join(parts.iter().map(|p| p.name), " + ");
            (
                format!("{names} = {sum} exceeds {} {max}", limit.en()),
                format!("{names} 合计 {sum}，大于{} {max}", limit.zh()),
            )
        }
    }
}

pub(super) fn length_differs(array: Subject<'_>, len: usize, count: Subject<'_>, n: i64) -> (String, String) {
    (
        format!("{} has {len} item{} but {} is {n}", array.en(), if len == 1 { "" } else { "s" }, count.en()),
        format!("{}: 共 {len} 项，与{} {n} 不符", array.zh(), count.zh()),
    )
}
