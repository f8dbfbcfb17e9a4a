//! JSON Schema (2020-12) of a request, from its catalog entry. Used alone (`requestSchema`) and
//! inside the OpenAPI document.
//!
//! The schema asserts exactly what validation reports as errors: documented types, required
//! fields and complete code lists. Inferred parts are described, not asserted: an inferred member
//! carries `x-provenance: "inferred"` and its guessed type as `x-type`, an inferred requirement
//! `x-usuallySent: true`, an inferred code list `x-enumProvenance: "inferred"` (and `examples`
//! instead of `enum`). Optional members may be `null` (the server's parser drops null members).
//! Formats are annotations (`format`, `x-pattern`) because a wrong date only warns.

use super::writer::Writer;
use crate::catalog::{Check, CodeSet, Endpoint, Field, Object, Provenance, Shape, Type};

pub(super) const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The schema of `endpoint`'s request. `standalone` adds `$schema` and `$id`.
pub(super) fn request(w: &mut Writer, endpoint: &Endpoint, standalone: bool) {
    w.object(|w| {
        if standalone {
            w.key("$schema").string(DIALECT);
            w.key("$id").string(&format!("urn:hongxun-sign:request:{}", endpoint.id));
        }
        w.key("title").string(&format!("{} · {} · {}", endpoint.id, endpoint.title_zh, endpoint.title_en));
        w.key("description").string(&super::summary(endpoint));
        match endpoint.shape {
            Shape::Object => object(w, endpoint.body, Provenance::Documented, true),
            Shape::Array => {
                w.key("type").string("array");
                w.key("items").object(|w| object(w, endpoint.body, Provenance::Documented, true));
            }
        }
        w.key("examples").array(|w| super::example(w, endpoint));
    });
}

/// The keywords of an object's schema, written into the schema object being built.
pub(super) fn object(w: &mut Writer, object: &Object, provenance: Provenance, nonnull: bool) {
    let hard = provenance == Provenance::Documented;
    if hard {
        type_keyword(w, "object", nonnull);
    }
    w.key("properties").object(|w| {
        for field in object.fields {
            w.key(field.name);
            property(w, field, field.provenance.under(provenance));
        }
    });
    if hard {
        let required = || object.fields.iter().filter(|f| f.hard_required(provenance));
        if required().next().is_some() {
            w.key("required").strings(required().map(|f| f.name));
        }
        conditional_requirements(w, object);
    }
    w.key("additionalProperties").boolean(true);
}

fn type_keyword(w: &mut Writer, name: &str, nonnull: bool) {
    if nonnull {
        w.key("type").string(name);
    } else {
        w.key("type").strings([name, "null"]);
    }
}

fn property(w: &mut Writer, field: &Field, provenance: Provenance) {
    let hard = provenance == Provenance::Documented;
    let required = field.hard_required(provenance);
    w.object(|w| {
        w.key("description").string(&format!("{} · {}", field.zh, field.en));
        if hard {
            match field.ty {
                Type::Object(_) | Type::Array(_) => {}
                Type::Integer => {
                    type_keyword(w, "integer", required);
                    w.key("format").string("int64");
                }
                ty => type_keyword(w, ty.as_str(), required),
            }
        } else {
            w.key("x-provenance").string(Provenance::Inferred.as_str());
            w.key("x-type").string(field.ty.as_str());
        }
        if field.requirement(provenance) == Some(Provenance::Inferred) {
            w.key("x-usuallySent").boolean(true);
        }
        if let Some(codes) = field.codes {
            let codes_provenance = field.codes_under(provenance);
            if hard && codes_provenance == Provenance::Inferred {
                w.key("x-enumProvenance").string(codes_provenance.as_str());
            }
            code_keywords(w, codes, codes_provenance == Provenance::Documented && codes.complete, required);
        }
        if let Some(format) = field.format {
            w.key("format").string(format.as_str());
            w.key("x-pattern").string(format.pattern());
            w.key("examples").strings([format.example()]);
        }
        match field.ty {
            Type::Object(nested) => object(w, nested, provenance, required),
            Type::Array(items) => {
                if hard {
                    type_keyword(w, "array", required);
                }
                w.key("items").object(|w| object(w, items, provenance, true));
            }
            _ => {}
        }
    });
}

/// `enum` where the list is a documented, complete one; `examples` otherwise. Labels either way.
fn code_keywords(w: &mut Writer, codes: &CodeSet, assert: bool, required: bool) {
    let list = || codes.codes.iter().map(|c| c.code);
    if assert {
        w.key("enum").array(|w| {
            list().for_each(|c| w.string(c));
            if !required {
                w.raw("null");
            }
        });
    } else {
        w.key("examples").strings(list());
    }
    w.key("x-enumLabels").object(|w| {
        for code in codes.codes {
            w.key(code.code).string(code.label_zh);
        }
    });
}

/// Documented "required when" rules as `if`/`then`: then the member is there, not `null`, and
/// an array has an item (as validation counts an empty one absent).
fn conditional_requirements(w: &mut Writer, object: &Object) {
    let rules = || {
        object.rules.iter().filter(|r| r.provenance == Provenance::Documented).filter_map(|r| match r.check {
            Check::RequiredWhen { field, when } => Some((field, when)),
            _ => None,
        })
    };
    if rules().next().is_none() {
        return;
    }
    w.key("allOf").array(|w| {
        for (name, (other, value)) in rules() {
            w.object(|w| {
                w.key("if").object(|w| {
                    w.key("properties").object(|w| {
                        w.key(other).object(|w| {
                            w.key("const").string(value);
                        });
                    });
                    w.key("required").strings([other]);
                });
                w.key("then").object(|w| {
                    w.key("required").strings([name]);
                    w.key("properties").object(|w| {
                        w.key(name).object(|w| {
                            w.key("not").object(|w| {
                                w.key("type").string("null");
                            });
                            if matches!(object.field(name).map(|f| f.ty), Some(Type::Array(_))) {
                                w.key("minItems").raw("1");
                            }
                        });
                    });
                });
            });
        }
    });
}
