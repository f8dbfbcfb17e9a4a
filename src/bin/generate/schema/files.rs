//! The checked-in generated files, as the generator (`main.rs`) writes them and
//! `tests/generated_fresh.rs` compares them.

use crate::catalog::ENDPOINTS;

const START: &str = "<!-- endpoints:start -->";
const END: &str = "<!-- endpoints:end -->";

/// Every file under `generated/`, and docs/catalog.md, as (path from the crate root, contents).
pub fn generated_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = ENDPOINTS
        .iter()
        .map(|e| (format!("generated/schemas/{}.schema.json", e.id), super::request_schema_pretty(e)))
        .collect();
    files.push(("generated/openapi.json".into(), super::openapi_json()));
    files.push(("generated/requests.d.ts".into(), super::typescript_requests()));
    files.push(("generated/endpoints.json".into(), super::endpoints_pretty()));
    files.push(("docs/catalog.md".into(), super::catalog_doc_markdown()));
    files
}

/// `readme` with the endpoint table between the markers replaced; the markers and table are
/// appended where there are none yet (`None`: no README at all).
pub fn readme_with_table(readme: Option<&str>) -> String {
    let table = format!("{START}\n{}{END}", super::readme_table());
    let current = readme.unwrap_or("");
    match (current.find(START), current.find(END)) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{table}{}", &current[..start], &current[end + END.len()..])
        }
        _ if current.is_empty() => format!("{table}\n"),
        _ => format!("{current}\n{table}\n"),
    }
}
