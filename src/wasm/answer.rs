//! The JSON text of what the boundary hands back: errors, problems, validation and verification
//! reports, in the shapes the JS API documents (camelCase keys, `path` as a JSON pointer).

use crate::build::Built;
use crate::doctor::Diagnosis;
use crate::error::{Error, Problem};
use crate::validate::Report;
use crate::verify::Verification;

// The code generator's JSON writer, until the boundary hands typed values to JS instead of text.
#[allow(dead_code)] // the generator uses more of it
#[path = "../bin/generate/schema/writer.rs"]
mod writer;
use writer::Writer;

/// `{code, path, message, messageZh, errors, diagnosis}`.
pub(super) fn error(e: &Error) -> String {
    let mut w = Writer::compact();
    w.object(|w| {
        w.key("code").string(e.code());
        nullable(w.key("path"), e.path());
        w.key("message").string(&e.message());
        w.key("messageZh").string(&e.message_zh());
        w.key("errors").array(|w| e.problems().iter().for_each(|p| problem(w, p)));
        diagnosis(w, e.diagnosis());
    });
    w.finish()
}

/// `{sign, timestamp, path, warnings}` of a built request (`sign` and `path` may be null).
pub(super) fn built(b: &Built) -> String {
    let mut w = Writer::compact();
    w.object(|w| {
        nullable(w.key("sign"), b.sign.as_deref());
        w.key("timestamp").string(&b.timestamp);
        nullable(w.key("path"), b.path);
        w.key("warnings").array(|w| b.warnings.iter().for_each(|p| problem(w, p)));
    });
    w.finish()
}

/// `text`, a line break, then one line of compact JSON (which never holds a raw line break, so
/// the last line break of the answer is always this one).
pub(super) fn then_line(mut text: String, json_line: &str) -> String {
    text.reserve_exact(1 + json_line.len());
    text.push('\n');
    text.push_str(json_line);
    text
}

/// `{valid, errors, warnings}`.
pub(super) fn validation(report: &Report) -> String {
    outcome("valid", report.valid(), &report.errors, &report.warnings)
}

/// `{ok, errors, warnings}` (the request text travels separately).
pub(super) fn verification(v: &Verification) -> String {
    outcome("ok", v.ok(), &v.errors, &v.warnings)
}

fn outcome(verdict: &str, passed: bool, errors: &[Problem], warnings: &[Problem]) -> String {
    let mut w = Writer::compact();
    w.object(|w| {
        w.key(verdict).boolean(passed);
        w.key("errors").array(|w| errors.iter().for_each(|p| problem(w, p)));
        w.key("warnings").array(|w| warnings.iter().for_each(|p| problem(w, p)));
    });
    w.finish()
}

fn problem(w: &mut Writer, p: &Problem) {
    w.object(|w| {
        w.key("path").string(&p.path);
        w.key("code").string(p.code);
        w.key("message").string(&p.message);
        w.key("messageZh").string(&p.message_zh);
        if p.diagnosis.is_some() {
            diagnosis(w, p.diagnosis.as_ref());
        }
    });
}

/// `"diagnosis": {code, message, messageZh}` or `null`.
fn diagnosis(w: &mut Writer, d: Option<&Diagnosis>) {
    match d {
        Some(d) => w.key("diagnosis").object(|w| {
            w.key("code").string(&d.code());
            w.key("message").string(&d.message());
            w.key("messageZh").string(&d.message_zh());
        }),
        None => w.key("diagnosis").raw("null"),
    }
}

fn nullable(w: &mut Writer, text: Option<&str>) {
    match text {
        Some(text) => w.string(text),
        None => w.raw("null"),
    }
}
