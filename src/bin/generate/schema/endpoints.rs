//! The endpoint list a portal renders forms from: every request type with its fields (nested for
//! objects and arrays), codes with labels, formats, provenance, rules and an example.

use super::writer::Writer;
use crate::catalog::{Check, Endpoint, Field, Object, Provenance, Rule, ENDPOINTS};

pub(super) fn write(w: &mut Writer) {
    w.array(|w| ENDPOINTS.iter().for_each(|e| endpoint(w, e)));
}

fn endpoint(w: &mut Writer, e: &Endpoint) {
    w.object(|w| {
        w.key("id").string(e.id);
        w.key("titleZh").string(e.title_zh);
        w.key("titleEn").string(e.title_en);
        w.key("group").string(e.group.as_str());
        w.key("groupTitleZh").string(e.group.title_zh());
        w.key("groupTitleEn").string(e.group.title_en());
        w.key("direction").string(e.direction.as_str());
        w.key("directionProvenance").string(e.direction_provenance.as_str());
        match e.path {
            Some(path) => w.key("path").string(path),
            None => w.key("path").raw("null"),
        }
        w.key("pathProvenance").string(e.path_provenance.as_str());
        // Machine-readable twins of `direction` and `path` for clients (portal, gateway).
        w.key("callback").boolean(!e.direction.to_hongxun());
        match super::operation_path(e) {
            Some(path) => w.key("sandboxPath").string(&path),
            None => w.key("sandboxPath").raw("null"),
        }
        w.key("envelope").string(e.envelope.as_str());
        w.key("shape").string(e.shape.as_str());
        object(w, e.body, Provenance::Documented);
        if let Some(batch) = e.batch {
            // Which list `splitBatches` cuts, and the fields it fills in for each batch.
            w.key("batch").object(|w| {
                w.key("lines").string(batch.lines);
                if let Some(c) = batch.counts {
                    w.key("counts").object(|w| {
                        w.key("total").string(c.total);
                        w.key("current").string(c.current);
                        w.key("remaining").string(c.remaining);
                    });
                }
            });
        }
        w.key("example");
        super::example(w, e);
    });
}

/// The `fields` and `rules` members of an object or array item.
fn object(w: &mut Writer, object: &Object, provenance: Provenance) {
    w.key("complete").boolean(object.complete());
    w.key("fields").array(|w| object.fields.iter().for_each(|f| field(w, f, provenance)));
    w.key("rules").array(|w| object.rules.iter().for_each(|r| rule(w, r, r.provenance.under(provenance))));
}

/// A field inside a part of `outer` provenance.
fn field(w: &mut Writer, f: &Field, outer: Provenance) {
    let provenance = f.provenance.under(outer);
    w.object(|w| {
        w.key("name").string(f.name);
        w.key("type").string(f.ty.as_str());
        // `required`: documented (an error when missing); `usuallySent`: inferred (a warning).
        w.key("required").boolean(f.hard_required(outer));
        if f.requirement(outer) == Some(Provenance::Inferred) {
            w.key("usuallySent").boolean(true);
        }
        w.key("descriptionZh").string(f.zh);
        w.key("descriptionEn").string(f.en);
        w.key("provenance").string(provenance.as_str());
        if let Some(codes) = f.codes {
            w.key("enum").array(|w| {
                for code in codes.codes {
                    w.object(|w| {
                        w.key("code").string(code.code);
                        w.key("labelZh").string(code.label_zh);
                        w.key("labelEn").string(code.label_en.text());
                    });
                }
            });
            w.key("enumSet").string(codes.id);
            w.key("enumComplete").boolean(codes.complete);
            w.key("enumProvenance").string(f.codes_under(outer).as_str());
        }
        if let Some(format) = f.format {
            w.key("format").string(format.as_str());
        }
        if let Some(minimum) = f.minimum {
            w.key("minimum").raw(&minimum.to_string());
        }
        if let Some(nested) = f.ty.nested() {
            object(w, nested, provenance);
        }
    });
}

fn rule(w: &mut Writer, r: &Rule, provenance: Provenance) {
    w.object(|w| {
        match r.check {
            Check::RequiredWhen { field, when: (other, value) } => {
                w.key("kind").string("requiredWhen");
                w.key("field").string(field);
                w.key("when").object(|w| {
                    w.key("field").string(other);
                    w.key("equals").string(value);
                });
            }
            Check::RequiredWithOption { field, option } => {
                w.key("kind").string("requiredWithOption");
                w.key("field").string(field);
                w.key("option").string(option.as_str());
            }
            Check::NotGreater { parts, limit } => {
                w.key("kind").string("notGreater");
                w.key("sumOf").strings(parts.iter().copied());
                w.key("limit").string(limit);
            }
            Check::LengthEquals { array, count } => {
                w.key("kind").string("lengthEquals");
                w.key("array").string(array);
                w.key("count").string(count);
            }
        }
        w.key("provenance").string(provenance.as_str());
    });
}
