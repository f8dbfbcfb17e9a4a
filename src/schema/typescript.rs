//! TypeScript request types: one interface per request type, literal unions for code lists,
//! `?` for members that are not documented as required, and an index signature so that fields
//! the catalog does not know stay allowed (as they do in validation).

use super::{inferred_note, summary, type_name};
use crate::catalog::{Field, Object, Provenance, Shape, Type, ENDPOINTS};

const HEADER: &str = "// Generated from the hongxun-sign catalog by `cargo run --example generate`. Do not edit.\n";

pub fn requests() -> String {
    let mut out = String::from(HEADER);
    for e in ENDPOINTS {
        let name = type_name(e.id);
        out.push_str(&format!("\n/** {} */\n", summary(e)));
        match e.shape {
            Shape::Object => out.push_str(&format!("export interface {name} ")),
            Shape::Array => {
                let item = format!("{}Item", name.trim_end_matches("Request"));
                out.push_str(&format!("export type {name} = {item}[];\n\n/** One item of {name}. */\n"));
                out.push_str(&format!("export interface {item} "));
            }
        }
        object(&mut out, e.body, Provenance::Documented, 0);
        out.push('\n');
    }
    out.push_str("\n/** The request type of every endpoint id. */\nexport interface RequestTypes {\n");
    for e in ENDPOINTS {
        out.push_str(&format!("  {}: {};\n", e.id, type_name(e.id)));
    }
    out.push_str("}\n\nexport type EndpointId = keyof RequestTypes;\n");
    out
}

fn indent(out: &mut String, depth: usize) {
    out.push_str(&"  ".repeat(depth));
}

/// `{ …members… }` at `depth`, members one level deeper.
fn object(out: &mut String, object: &Object, provenance: Provenance, depth: usize) {
    out.push_str("{\n");
    for field in object.fields {
        member(out, field, field.provenance.under(provenance), depth + 1);
    }
    indent(out, depth + 1);
    out.push_str("[key: string]: unknown;\n");
    indent(out, depth);
    out.push('}');
}

fn member(out: &mut String, field: &Field, provenance: Provenance, depth: usize) {
    indent(out, depth);
    out.push_str(&format!("/** {} */\n", doc(field, provenance)));
    indent(out, depth);
    let optional = if field.required && provenance == Provenance::Documented { "" } else { "?" };
    out.push_str(&format!("{}{optional}: ", field.name));
    match field.ty {
        Type::String => out.push_str(&string_type(field, provenance)),
        Type::Integer | Type::Number => out.push_str("number"),
        Type::Boolean => out.push_str("boolean"),
        Type::Object(nested) => object(out, nested, provenance, depth),
        Type::Array(items) => {
            out.push_str("Array<");
            object(out, items, provenance, depth);
            out.push('>');
        }
    }
    out.push_str(";\n");
}

/// A union of the codes; open (`| (string & {})`) where the list is inferred or incomplete.
fn string_type(field: &Field, provenance: Provenance) -> String {
    let Some(codes) = field.codes else { return "string".to_string() };
    let mut union = codes.codes.iter().map(|c| format!("\"{}\"", c.code)).collect::<Vec<_>>().join(" | ");
    if !codes.complete || provenance == Provenance::Inferred {
        union.push_str(" | (string & {})");
    }
    union
}

fn doc(field: &Field, provenance: Provenance) -> String {
    let mut text = format!("{} · {}{}", field.zh, field.en, inferred_note(provenance));
    if let Some(codes) = field.codes {
        let labels = codes.codes.iter().map(|c| format!("{} {}", c.code, c.label_zh)).collect::<Vec<_>>();
        text.push_str(&format!(". {}: {}", codes.name_zh, labels.join(", ")));
    }
    if field.format.is_some() {
        text.push_str(". Beijing time yyyy-MM-dd HH:mm:ss");
    }
    if field.required && provenance == Provenance::Inferred {
        text.push_str(". Probably required");
    }
    text
}
