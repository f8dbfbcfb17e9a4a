//! Everything derived from the catalog: a JSON Schema per request type, the endpoint list for
//! forms, one OpenAPI 3.1 document, the TypeScript request types, the README table and
//! docs/catalog.md.
//!
//! Part of the generator, not of the library: the package ships the generated JSON (see
//! `scripts/catalog-module.mjs`), so none of this is in the wasm.

mod catalog_doc;
mod endpoints;
mod files;
mod json_schema;
mod openapi;
mod readme;
mod typescript;
mod writer;

use crate::catalog::{self, Direction, Endpoint, Provenance};
use crate::json::Document;
use writer::Writer;

/// The JSON Schema (2020-12) of the request of type `id`, compact; `None` for an unknown id.
#[cfg(test)]
pub fn request_schema_json(id: &str) -> Option<String> {
    catalog::find(id).map(|endpoint| {
        let mut w = Writer::compact();
        json_schema::request(&mut w, endpoint, true);
        w.finish()
    })
}

/// The same schema indented, as checked in under `generated/schemas/`.
pub fn request_schema_pretty(endpoint: &Endpoint) -> String {
    let mut w = Writer::pretty();
    json_schema::request(&mut w, endpoint, true);
    w.finish()
}

/// Every request type with the fields a portal needs to render a form, compact.
#[cfg(test)]
pub fn endpoints_json() -> String {
    let mut w = Writer::compact();
    endpoints::write(&mut w);
    w.finish()
}

/// The same list indented, as checked in as `generated/endpoints.json`.
pub fn endpoints_pretty() -> String {
    let mut w = Writer::pretty();
    endpoints::write(&mut w);
    w.finish()
}

/// The OpenAPI 3.1 document of the whole API, indented.
pub fn openapi_json() -> String {
    let mut w = Writer::pretty();
    openapi::write(&mut w);
    w.finish()
}

pub use catalog_doc::markdown as catalog_doc_markdown;
pub use files::{generated_files, readme_with_table};
pub use readme::table as readme_table;
pub use typescript::requests as typescript_requests;

/// Where a call to Hongxun is described: its published path, or a sandbox path for a type whose
/// path is not published. `None` for callbacks (they go to the customer's URL).
pub fn operation_path(endpoint: &Endpoint) -> Option<String> {
    match (endpoint.path, endpoint.direction) {
        (_, Direction::HongxunToCustomer) => None,
        (Some(path), _) => Some(path.to_string()),
        (None, _) => Some(format!("/dtc/sandbox/{}", endpoint.id)),
    }
}

/// Marks what this project inferred.
fn inferred_note(provenance: Provenance) -> &'static str {
    match provenance {
        Provenance::Documented => "",
        Provenance::Inferred => " (inferred)",
    }
}

/// The name of the request's type in TypeScript and in the OpenAPI components: `InOrderRequest`.
fn type_name(id: &str) -> String {
    format!("{}Request", pascal(id))
}

/// `productList` → `ProductList`.
fn pascal(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_ascii_uppercase()).into_iter().chain(chars).collect()
}

/// One line on direction, path and envelope.
fn summary(endpoint: &Endpoint) -> String {
    let direction = format!("{}{}", endpoint.direction.as_str(), inferred_note(endpoint.direction_provenance));
    let place = match (endpoint.path, operation_path(endpoint)) {
        (Some(path), _) => format!("POST {path}{}", inferred_note(endpoint.path_provenance)),
        (None, Some(sandbox)) => format!("path not published (sandbox: {sandbox})"),
        (None, None) => "POST to the customer's URL".to_string(),
    };
    format!(
        "{} · {}. {direction}; {place}; {} envelope; request is an {}.",
        endpoint.title_zh,
        endpoint.title_en,
        endpoint.envelope.as_str(),
        match endpoint.shape {
            catalog::Shape::Object => "object",
            catalog::Shape::Array => "array of objects",
        }
    )
}

/// The endpoint's example request as a JSON value.
fn example(w: &mut Writer, endpoint: &Endpoint) {
    if let Ok(doc) = Document::parse(endpoint.example) {
        w.value(doc.root());
    }
}
