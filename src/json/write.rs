//! Serializing a parsed document: fastjson's canonical form, and the variants that common client
//! mistakes produce (which the signature doctor re-creates).

use super::{js_number, number, text, Escapes, Kind, Value};

/// How to lay out the text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Layout {
    Compact,
    /// `JSON.stringify(v, null, indent)`.
    Indent(&'static str),
}

/// A serializer's choices.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Style {
    /// Keys in the server's order (otherwise input order).
    pub sorted: bool,
    /// Object members whose value is null left out.
    pub drop_nulls: bool,
    /// Numbers as JavaScript prints a parsed double (otherwise as Java re-writes them).
    pub js_numbers: bool,
    pub escapes: Escapes,
    pub layout: Layout,
}

impl Style {
    /// What the server hashes.
    pub const FASTJSON: Style = Style {
        sorted: true,
        drop_nulls: true,
        js_numbers: false,
        escapes: Escapes::Fastjson,
        layout: Layout::Compact,
    };
}

pub(super) fn value(out: &mut Vec<u8>, v: Value<'_>, style: &Style, level: usize) {
    if v.node().verbatim && *style == Style::FASTJSON {
        // Already canonical: copied whole (a string's raw text is inside its quotes).
        let quoted = v.kind() == Kind::String;
        if quoted {
            out.push(b'"');
        }
        out.extend_from_slice(v.raw().as_bytes());
        if quoted {
            out.push(b'"');
        }
        return;
    }
    match v.kind() {
        Kind::Object => {
            out.push(b'{');
            let mut first = true;
            let mut member = |out: &mut Vec<u8>, key: Value<'_>, val: Value<'_>| {
                if style.drop_nulls && val.kind() == Kind::Null {
                    return;
                }
                if !first {
                    out.push(b',');
                }
                first = false;
                if *style == Style::FASTJSON {
                    if let Some(text) = key.member_text(val) {
                        // `"key":value` copied at once, as the input has it.
                        out.extend_from_slice(text.as_bytes());
                        return;
                    }
                }
                newline(out, style, level + 1);
                string(out, key, style);
                out.push(b':');
                if style.layout != Layout::Compact {
                    out.push(b' ');
                }
                value(out, val, style, level + 1);
            };
            if style.sorted {
                v.sorted_members().for_each(|(k, val)| member(out, k, val));
            } else {
                v.members_with_key_nodes().for_each(|(k, val)| member(out, k, val));
            }
            if !first {
                newline(out, style, level);
            }
            out.push(b'}');
        }
        Kind::Array => {
            out.push(b'[');
            let mut first = true;
            for item in v.items() {
                if !first {
                    out.push(b',');
                }
                first = false;
                newline(out, style, level + 1);
                value(out, item, style, level + 1);
            }
            if !first {
                newline(out, style, level);
            }
            out.push(b']');
        }
        Kind::String => string(out, v, style),
        Kind::Number if style.js_numbers => js_number::write(out, v.raw()),
        Kind::Number => number::write_java(out, v.raw().as_bytes(), !v.is_integer()),
        Kind::True => out.extend_from_slice(b"true"),
        Kind::False => out.extend_from_slice(b"false"),
        Kind::Null => out.extend_from_slice(b"null"),
    }
}

fn newline(out: &mut Vec<u8>, style: &Style, level: usize) {
    if let Layout::Indent(indent) = style.layout {
        out.push(b'\n');
        for _ in 0..level {
            out.extend_from_slice(indent.as_bytes());
        }
    }
}

fn string(out: &mut Vec<u8>, v: Value<'_>, style: &Style) {
    let node = v.node();
    if node.plain {
        out.push(b'"');
        out.extend_from_slice(v.raw().as_bytes());
        out.push(b'"');
    } else if node.escaped {
        let mut decoded = Vec::with_capacity(v.raw().len());
        text::unescape(v.raw().as_bytes(), &mut decoded);
        text::write_quoted(out, &decoded, style.escapes);
    } else {
        text::write_quoted(out, v.raw().as_bytes(), style.escapes);
    }
}
