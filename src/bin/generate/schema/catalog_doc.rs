//! `docs/catalog.md`: the catalog for people. Every request type with its direction, path and
//! fields; every inference (where, what, why, and what validation does with it); the names kept
//! misspelt as published; and the questions to ask Hongxun, all from the catalog's data.

use super::{inferred_note, operation_path};
use crate::catalog::{codes, envelope, Check, CodeSet, Endpoint, Field, Object, Provenance, Shape, Type, ENDPOINTS};
use Provenance::{Documented, Inferred};

const HEADER: &str = "# The request catalog

Generated from the catalog (`src/catalog/`) by `cargo run --bin generate`; `tests/generated_fresh.rs`
fails when this file is stale. Do not edit it by hand.

The catalog is what the package knows of Hongxun's API: the published documentation where it
could be read (**documented**), and this project's model where a page is cut off or unreadable
(**inferred**). Validation follows the difference: a documented fact is an error when broken, an
inferred one only a warning, so that no request the real server accepts is refused. A member
inferred to be required reads \"usually sent (inferred)\". Unknown members pass; `strict` makes
them errors, except inside objects the documentation shows only in part (a cut-off page, \"33
fields, not seen\"), where they may be real and stay warnings. An unknown member close to a known
one (`remakr`) warns with a suggestion in any mode.
";

/// One inferred fact.
struct Inference {
    endpoint: String,
    place: String,
    what: String,
    why: String,
    validation: &'static str,
}

#[derive(Default)]
struct Doc {
    out: String,
    inferences: Vec<Inference>,
    /// (endpoint, field path, the name meant).
    misspellings: Vec<(String, String, &'static str)>,
    questions: Vec<String>,
    fields: usize,
    inferred_fields: usize,
}

pub fn markdown() -> String {
    let mut doc = Doc::default();
    for e in ENDPOINTS {
        doc.endpoint(e);
    }
    doc.device_timestamp();
    for set in codes::ALL.iter().filter(|c| !c.complete) {
        doc.questions.push(format!(
            "**`{}`** ({}): which values besides {}? Others only warn.",
            set.id,
            set.name_en,
            code_list(set)
        ));
    }
    if !doc.misspellings.is_empty() {
        let names = doc.misspellings.iter().map(|(_, place, _)| format!("`{place}`")).collect::<Vec<_>>();
        doc.questions.push(format!("Are {} (kept as published) the names the server reads?", names.join(", ")));
    }
    let types = std::mem::take(&mut doc.out);
    let mut out = String::from(HEADER);
    let code_count: usize = codes::ALL.iter().map(|c| c.codes.len()).sum();
    out.push_str(&format!(
        "\n{} request types, {} fields ({} inferred), {} inferences, {} code lists ({code_count} codes, \
         each with the published Chinese label and an English translation).\n",
        ENDPOINTS.len(),
        doc.fields,
        doc.inferred_fields,
        doc.inferences.len(),
        codes::ALL.len(),
    ));
    out.push_str("\n## Request types\n\n| id | 中文 | English | direction | path | envelope | request |\n");
    out.push_str("|---|---|---|---|---|---|---|\n");
    for e in ENDPOINTS {
        out.push_str(&format!(
            "| [`{id}`](#{anchor}) | {} | {} | {}{} | {} | {} | {} |\n",
            e.title_zh,
            e.title_en,
            e.direction.as_str(),
            inferred_note(e.direction_provenance),
            path_text(e),
            e.envelope.as_str(),
            shape_text(e.shape),
            id = e.id,
            anchor = anchor(e.id),
        ));
    }
    out.push_str(&types);
    out.push_str(&code_lists());
    out.push_str(&doc.inference_table());
    out.push_str(&doc.misspelling_table());
    out.push_str("\n## Open questions for Hongxun\n\n");
    for (i, question) in doc.questions.iter().enumerate() {
        out.push_str(&format!("{}. {question}\n", i + 1));
    }
    out
}

fn path_text(e: &Endpoint) -> String {
    match (e.path, operation_path(e)) {
        (Some(path), _) => format!("`{path}`{}", inferred_note(e.path_provenance)),
        (None, Some(sandbox)) => format!("not published (sandbox `{sandbox}`)"),
        (None, None) => "the customer's URL".to_string(),
    }
}

fn shape_text(shape: Shape) -> &'static str {
    match shape {
        Shape::Object => "object",
        Shape::Array => "array of objects",
    }
}

fn type_text(ty: Type) -> &'static str {
    match ty {
        Type::Array(_) => "array of objects",
        ty => ty.as_str(),
    }
}

fn code_list(set: &CodeSet) -> String {
    set.codes.iter().map(|c| format!("`{}`", c.code)).collect::<Vec<_>>().join(", ")
}

/// A rule of `object` in words.
fn rule_text(object: &Object, check: &Check) -> String {
    match check {
        Check::RequiredWhen { field, when: (other, value) } => {
            let items = match object.field(field).map(|f| f.ty) {
                Some(Type::Array(_)) => ", with at least one item,",
                _ => "",
            };
            format!("`{field}` is required{items} when `{other}` is `\"{value}\"`")
        }
        Check::RequiredWithOption { field, option } => {
            format!("`{field}` is required with the `{}` option ({})", option.as_str(), option.en())
        }
        Check::NotGreater { parts, limit } => {
            format!(
                "{} must not exceed `{limit}`",
                parts.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(" + ")
            )
        }
        Check::LengthEquals { array, count } => format!("`{array}` has as many items as `{count}` says"),
    }
}

/// `productList[].quantity` from the parent's place and the field.
fn place_of(prefix: &str, field: &Field) -> String {
    let name = format!("{prefix}{}", field.name);
    match field.ty {
        Type::Array(_) => format!("{name}[]"),
        _ => name,
    }
}

impl Doc {
    fn endpoint(&mut self, e: &Endpoint) {
        self.out.push_str(&format!("\n### `{}`\n\n{} · {}. ", e.id, e.title_zh, e.title_en));
        self.out.push_str(&format!(
            "{}{}; {}; {} envelope; the request is {}.\n",
            e.direction.as_str(),
            inferred_note(e.direction_provenance),
            path_text(e),
            e.envelope.as_str(),
            match e.shape {
                Shape::Object => "an object",
                Shape::Array => "an array of objects",
            }
        ));
        if !e.body.complete() {
            self.out.push_str(&format!("\nPartly documented: {}\n", e.body.seen.note()));
        }
        self.out.push_str("\n| field | type | required | 中文 | English | notes |\n|---|---|---|---|---|---|\n");
        let mut rules = Vec::new();
        self.object(e, e.body, "", Documented, &mut rules);
        if !rules.is_empty() {
            self.out.push_str("\nRules:\n");
            for rule in rules {
                self.out.push_str(&format!("- {rule}\n"));
            }
        }
        if e.direction_provenance == Inferred {
            self.infer(
                e,
                "(direction)",
                format!("direction {}", e.direction.as_str()),
                "The reference does not say who calls whom; by its name, Hongxun sends it to the customer's URL."
                    .into(),
                "none: it only places the type under the OpenAPI webhooks",
            );
            self.questions.push(format!("**`{}`**: who calls whom? (Inferred: {}.)", e.id, e.direction.as_str()));
        }
        match (e.path, e.path_provenance, e.direction.to_hongxun()) {
            (Some(path), Inferred, _) => {
                self.infer(
                    e,
                    "(path)",
                    format!("path `{path}`"),
                    "The page is not readable; the path follows its twin's.".into(),
                    "none: `buildRequest` returns it as `path`",
                );
                self.questions.push(format!("**`{}`**: is its path `{path}`?", e.id));
            }
            (None, _, true) => self.questions.push(format!(
                "**`{}`**: its path (not published; the sandbox serves `/dtc/sandbox/{}`, and the OpenAPI \
                 document sends it to the sandbox only).",
                e.id, e.id
            )),
            _ => {}
        }
    }

    /// The rows of `object`'s fields (and their nested ones), and its inferences.
    fn object(&mut self, e: &Endpoint, object: &Object, prefix: &str, outer: Provenance, rules: &mut Vec<String>) {
        let place = if prefix.is_empty() { "(request)".to_string() } else { prefix.trim_end_matches('.').to_string() };
        if !object.complete() && outer == Documented {
            self.infer(
                e,
                &place,
                "the members the documentation does not show".into(),
                object.seen.note().into(),
                "unknown members only warn, even in strict mode",
            );
            let within = if prefix.is_empty() { String::new() } else { format!(" `{place}`") };
            self.questions.push(format!("**`{}`**{within}: the members not shown. {}", e.id, object.seen.note()));
        }
        for rule in object.rules {
            let provenance = rule.provenance.under(outer);
            let at = if prefix.is_empty() { String::new() } else { format!(" (in `{place}`)") };
            let text = rule_text(object, &rule.check);
            rules.push(format!("{text}{at}{}", inferred_note(provenance)));
            if provenance == Inferred && outer == Documented {
                self.infer(e, &place, text, rule.why.text().into(), "a warning when broken");
            }
        }
        for field in object.fields {
            self.field(e, object, field, prefix, outer, rules);
        }
    }

    fn field(
        &mut self,
        e: &Endpoint,
        parent: &Object,
        field: &Field,
        prefix: &str,
        outer: Provenance,
        rules: &mut Vec<String>,
    ) {
        let provenance = field.provenance.under(outer);
        let place = place_of(prefix, field);
        let why = || match field.why.text() {
            "" => parent.seen.note().to_string(),
            why => why.to_string(),
        };
        self.fields += 1;
        self.inferred_fields += usize::from(provenance == Inferred);
        let mut notes = Vec::new();
        if provenance == Inferred {
            notes.push("inferred".to_string());
        }
        if let Some(set) = field.codes {
            let mut text = format!("codes: [`{}`](#{})", set.id, anchor(set.id));
            if field.codes_under(outer) == Inferred && provenance == Documented {
                text.push_str(" (inferred)");
            }
            if !set.complete {
                text.push_str(" (incomplete)");
            }
            notes.push(text);
        }
        if field.format.is_some() {
            notes.push("Beijing time `yyyy-MM-dd HH:mm:ss`".into());
        }
        if let Some(minimum) = field.minimum {
            notes.push(format!("≥ {minimum}"));
        }
        if field.ty.nested().is_some_and(|o| !o.complete()) {
            notes.push("partly documented".into());
        }
        if !field.sic.text().is_empty() {
            notes.push(format!("sic: meant `{}`", field.sic.text()));
            self.misspellings.push((e.id.to_string(), place.clone(), field.sic.text()));
        }
        let required = match field.requirement(outer) {
            Some(Documented) => "yes",
            Some(Inferred) => "usually sent (inferred)",
            None => "no",
        };
        self.out.push_str(&format!(
            "| `{place}` | {} | {required} | {} | {} | {} |\n",
            type_text(field.ty),
            field.zh,
            field.en,
            notes.join("; ")
        ));
        if outer == Documented {
            if provenance == Inferred {
                let what = format!("the member itself ({})", type_text(field.ty));
                self.infer(e, &place, what, why(), "every problem with it only warns");
            } else {
                if field.requirement(outer) == Some(Inferred) {
                    self.infer(
                        e,
                        &place,
                        "that it is usually sent (its required flag is not documented)".into(),
                        why(),
                        "a warning when missing: \"usually sent (inferred)\"",
                    );
                    self.questions.push(format!("**`{}`** `{place}`: required or optional?", e.id));
                }
                if let Some(set) = field.codes.filter(|_| field.codes_under(outer) == Inferred) {
                    self.infer(
                        e,
                        &place,
                        format!("its code list, {}", set.name_en),
                        why(),
                        "a code outside the list only warns",
                    );
                    self.questions
                        .push(format!("**`{}`** `{place}`: which codes apply? (Assumed: {}.)", e.id, set.name_en));
                }
            }
        }
        if let Some(nested) = field.ty.nested() {
            let prefix = format!("{place}.");
            self.object(e, nested, &prefix, provenance, rules);
        }
    }

    fn device_timestamp(&mut self) {
        for field in envelope::DEVICE.fields.iter().filter(|f| !f.why.text().is_empty()) {
            self.inferences.push(Inference {
                endpoint: "DWS device envelope".into(),
                place: format!("`{}`", field.name),
                what: "the format `yyyy-MM-dd HH:mm:ss` (Beijing time) and the ±10-minute window".into(),
                why: field.why.text().into(),
                validation: "`verifyRequest` and the sandbox report `bad_timestamp` and `timestamp_out_of_window` as \
                             warnings, not errors",
            });
            self.questions.push(format!(
                "**DWS device envelope** `{}`: its format and window. (Assumed: those of the signed envelope.)",
                field.name
            ));
        }
    }

    fn infer(&mut self, e: &Endpoint, place: &str, what: String, why: String, validation: &'static str) {
        let place = if place.starts_with('(') { place.to_string() } else { format!("`{place}`") };
        self.inferences.push(Inference { endpoint: format!("`{}`", e.id), place, what, why, validation });
    }

    fn inference_table(&self) -> String {
        let mut out = String::from("\n## Inferences\n\n");
        out.push_str(
            "Everything the catalog holds that the documentation does not state, and what validation does with it.\n\n",
        );
        out.push_str("| # | request type | where | what is inferred | why | validation |\n|---|---|---|---|---|---|\n");
        for (i, inference) in self.inferences.iter().enumerate() {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                i + 1,
                inference.endpoint,
                inference.place,
                inference.what,
                if inference.why.is_empty() { "—" } else { &inference.why },
                inference.validation
            ));
        }
        out
    }

    fn misspelling_table(&self) -> String {
        let mut out = String::from("\n## Names kept as published\n\n");
        out.push_str("These names look misspelt; the server reads them as published, so the catalog keeps them.\n\n");
        out.push_str("| request type | field | meant |\n|---|---|---|\n");
        for (endpoint, place, meant) in &self.misspellings {
            out.push_str(&format!("| `{endpoint}` | `{place}` | `{meant}` |\n"));
        }
        out
    }
}

/// The markdown heading anchor of an id (`appendix2.inbound` → `appendix2inbound`).
fn anchor(id: &str) -> String {
    id.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

fn code_lists() -> String {
    let mut out = String::from(
        "\n## Code lists\n\nLabels are published in Chinese; the English ones are this project's translations.\n",
    );
    for set in codes::ALL {
        out.push_str(&format!("\n### {}\n\n{} · {}. ", set.id, set.name_zh, set.name_en));
        out.push_str(if set.complete {
            "The documentation lists every code.\n"
        } else {
            "The documentation may not list every code: others only warn.\n"
        });
        out.push_str("\n| code | 中文 | English |\n|---|---|---|\n");
        for code in set.codes {
            out.push_str(&format!("| `{}` | {} | {} |\n", code.code, code.label_zh, code.label_en.text()));
        }
    }
    out
}
