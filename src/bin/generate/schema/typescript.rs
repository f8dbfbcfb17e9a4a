//! TypeScript request types: one interface per request type, literal unions for code lists,
//! `?` for members that are not documented as required, and an index signature so that fields
//! the catalog does not know stay allowed (as they do in validation).
//!
//! Nested objects and array items get named interfaces (`InOrderProductListItem`), so callers can
//! type the lines they build; where one is the same as an earlier one (the product line several
//! order types share), its name is an alias of that earlier interface instead of a copy.

use super::{inferred_note, pascal, summary, type_name};
use crate::catalog::{Field, Object, Provenance, Shape, Type, ENDPOINTS};

const HEADER: &str = "// Generated from the hongxun-sign catalog by `cargo run --bin generate`. Do not edit.\n";

pub fn requests() -> String {
    let mut types = Types { out: String::from(HEADER), declared: Vec::new() };
    for e in ENDPOINTS {
        let name = type_name(e.id);
        let base = name.trim_end_matches("Request");
        types.out.push_str(&format!("\n/** {} */\n", summary(e)));
        match e.shape {
            Shape::Object => {
                let body = types.body(e.body, Provenance::Documented, base);
                types.out.push_str(&format!("export interface {name} {body}\n"));
            }
            Shape::Array => {
                let item = format!("{base}Item");
                types.out.push_str(&format!("export type {name} = {item}[];\n"));
                types.declare(&item, &format!("One item of {name}."), e.body, Provenance::Documented);
            }
        }
    }
    let mut out = types.out;
    out.push_str("\n/** The request type of every endpoint id. */\nexport interface RequestTypes {\n");
    for e in ENDPOINTS {
        out.push_str(&format!("  {}: {};\n", e.id, type_name(e.id)));
    }
    out.push_str("}\n\nexport type EndpointId = keyof RequestTypes;\n");
    out
}

struct Types {
    out: String,
    /// Interfaces written so far: `(body, name)`.
    declared: Vec<(String, String)>,
}

impl Types {
    /// Writes `export interface name` for `object` (or an alias of an identical earlier one),
    /// after the interfaces of its own nested objects.
    fn declare(&mut self, name: &str, about: &str, object: &Object, provenance: Provenance) {
        let body = self.body(object, provenance, name);
        match self.declared.iter().find(|(earlier, _)| *earlier == body) {
            Some((_, same)) => {
                self.out.push_str(&format!("\n/** {about} The same as {same}. */\nexport type {name} = {same};\n"))
            }
            None => {
                self.out.push_str(&format!("\n/** {about} */\nexport interface {name} {body}\n"));
                self.declared.push((body, name.to_string()));
            }
        }
    }

    /// `{ …members… }`, declaring the nested objects' interfaces, named after `owner`.
    fn body(&mut self, object: &Object, provenance: Provenance, owner: &str) -> String {
        let mut out = String::from("{\n");
        for field in object.fields {
            let provenance = field.provenance.under(provenance);
            let ty = match field.ty {
                Type::String => string_type(field, provenance),
                Type::Integer | Type::Number => "number".to_string(),
                Type::Boolean => "boolean".to_string(),
                Type::Object(nested) => {
                    let name = format!("{owner}{}", pascal(field.name));
                    self.declare(&name, &format!("{owner}.{} ({}).", field.name, field.zh), nested, provenance);
                    name
                }
                Type::Array(items) => {
                    let name = format!("{owner}{}Item", pascal(field.name));
                    self.declare(
                        &name,
                        &format!("One item of {owner}.{} ({}).", field.name, field.zh),
                        items,
                        provenance,
                    );
                    format!("{name}[]")
                }
            };
            let optional = if field.required && provenance == Provenance::Documented { "" } else { "?" };
            out.push_str(&format!("  /** {} */\n  {}{optional}: {ty};\n", doc(field, provenance), field.name));
        }
        out.push_str("  [key: string]: unknown;\n}");
        out
    }
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
