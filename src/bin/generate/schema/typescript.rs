//! TypeScript request types: one interface per request type, literal unions for code lists,
//! `?` (and `| null`: the server drops null members) for members not documented as required.
//! The interfaces are exact, so `tsc` catches a typo such as `remakr`; fields the catalog does
//! not know are passed with `WithExtraFields<T, Extra>` (validation lets them through as well).
//! Documented "required when" rules become a union (orderCancel's partial cancel needs its batch
//! and at least one line).
//!
//! Nested objects and array items get named interfaces (`InOrderProductListItem`), so callers can
//! type the lines they build; where one is the same as an earlier one (the product line several
//! order types share), its name is an alias of that earlier interface instead of a copy.

use super::{inferred_note, pascal, summary, type_name};
use crate::catalog::{Check, Field, Object, Provenance, Shape, Type, ENDPOINTS};

const HEADER: &str = "// Generated from the hongxun-sign catalog by `cargo run --bin generate`. Do not edit.\n";

const EXTRA_FIELDS: &str = "
/**
 * A request type with members the catalog does not know (the request interfaces are exact, so
 * that a typo such as `remakr` is a type error). For an array request, each item gets them:
 * `const order: WithExtraFields<InOrderRequest, { priority: string }> = { ...order, priority: 'high' }`.
 */
export type WithExtraFields<T, Extra extends Record<string, unknown>> = T extends readonly (infer Item)[]
  ? (Item & Extra)[]
  : T & Extra;
";

pub fn requests() -> String {
    let mut types = Types { out: format!("{HEADER}{EXTRA_FIELDS}"), declared: Vec::new() };
    for e in ENDPOINTS {
        let name = type_name(e.id);
        let base = name.trim_end_matches("Request");
        // The nested interfaces are declared first, so the summary sits on the request's own type.
        let declaration = match e.shape {
            Shape::Object => match required_when(e.body) {
                None => format!("export interface {name} {}", types.body(e.body, Provenance::Documented, base)),
                Some((fields, when)) => types.conditional(&name, base, e.body, &fields, when),
            },
            Shape::Array => {
                let item = format!("{base}Item");
                types.declare(&item, &format!("One item of {name}."), e.body, Provenance::Documented);
                format!("export type {name} = {item}[];")
            }
        };
        types.out.push_str(&format!("\n/** {} */\n{declaration}\n", summary(e)));
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

/// The documented "required when" rules of an object, if they all hang on one value of one
/// field: the fields they require, and that `(field, value)`.
fn required_when(object: &Object) -> Option<(Vec<&'static Field>, (&'static str, &'static str))> {
    let mut fields = Vec::new();
    let mut condition = None;
    for rule in object.rules.iter().filter(|r| r.provenance == Provenance::Documented) {
        if let Check::RequiredWhen { field, when } = rule.check {
            if condition.is_some_and(|c| c != when) {
                return None;
            }
            condition = Some(when);
            fields.push(object.field(field)?);
        }
    }
    condition.map(|when| (fields, when))
}

impl Types {
    /// A request whose required members depend on one field's value (orderCancel: a partial
    /// cancel needs its batch and at least one line), as validation and the JSON Schema have it:
    /// the members as `{base}Fields`, and the request as that with one branch per case.
    fn conditional(
        &mut self,
        name: &str,
        base: &str,
        object: &Object,
        required: &[&Field],
        (other, value): (&str, &str),
    ) -> String {
        let members = format!("{base}Fields");
        let body = self.body(object, Provenance::Documented, base);
        self.out.push_str(&format!(
            "\n/** The members of {name}; which of them are required depends on `{other}` (see {name}). */\nexport interface {members} {body}\n"
        ));
        let mut when = format!("{other}: \"{value}\"");
        for field in required {
            let ty = match field.ty {
                Type::Array(_) => {
                    let item = format!("{base}{}Item", pascal(field.name));
                    format!("[{item}, ...{item}[]]")
                }
                _ => format!("NonNullable<{members}[\"{}\"]>", field.name),
            };
            when.push_str(&format!("; {}: {ty}", field.name));
        }
        format!(
            "export type {name} = {members} &\n  (\n    | {{ {when} }}\n    | {{ {other}?: Exclude<{members}[\"{other}\"], \"{value}\"> }}\n  );"
        )
    }

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
            let outer = provenance;
            let provenance = field.provenance.under(outer);
            let ty = match field.ty {
                Type::String => string_type(field, outer),
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
            let (optional, null) = if field.hard_required(outer) { ("", "") } else { ("?", " | null") };
            out.push_str(&format!("  /** {} */\n  {}{optional}: {ty}{null};\n", doc(field, outer), field.name));
        }
        out.push('}');
        out
    }
}

/// A union of the codes; open (`| (string & {})`) where the list is inferred or incomplete.
fn string_type(field: &Field, outer: Provenance) -> String {
    let Some(codes) = field.codes else { return "string".to_string() };
    let mut union = codes.codes.iter().map(|c| format!("\"{}\"", c.code)).collect::<Vec<_>>().join(" | ");
    if !codes.complete || field.codes_under(outer) == Provenance::Inferred {
        union.push_str(" | (string & {})");
    }
    union
}

/// The JSDoc of a field inside a part of `outer` provenance.
fn doc(field: &Field, outer: Provenance) -> String {
    let mut text = format!("{} · {}{}", field.zh, field.en, inferred_note(field.provenance.under(outer)));
    if let Some(codes) = field.codes {
        let labels = codes
            .codes
            .iter()
            .map(|c| format!("{} {} ({})", c.code, c.label_zh, c.label_en.text()))
            .collect::<Vec<_>>();
        text.push_str(&format!(
            ". {} · {}{}: {}",
            codes.name_zh,
            codes.name_en,
            inferred_note(field.codes_under(outer)),
            labels.join(", ")
        ));
    }
    if field.format.is_some() {
        text.push_str(". Beijing time yyyy-MM-dd HH:mm:ss");
    }
    if field.requirement(outer) == Some(Provenance::Inferred) {
        text.push_str(". Usually sent (inferred)");
    }
    if !field.sic.text().is_empty() {
        text.push_str(&format!(". Spelt as published (sic: {})", field.sic.text()));
    }
    text
}
