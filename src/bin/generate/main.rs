//! The code generator: writes everything derived from the catalog, `generated/schemas/<id>.schema.json`,
//! `generated/openapi.json`, `generated/requests.d.ts`, `generated/endpoints.json`, `docs/catalog.md`
//! and the endpoint table between the markers in README.md. Apart from the library: none of this is
//! needed at run time (the package ships the generated JSON, not its generator).
//!
//! Run: `cargo run --bin generate`; `cargo run --bin generate -- --check` only reports stale or
//! stray files and fails (as `tests/generated_fresh.rs` does).

mod schema;
#[cfg(test)]
mod tests;

// The library's catalog and JSON reader, under the names the generator's modules use.
use hongxun_sign::{catalog, json};

use std::fs;
use std::path::Path;
use std::process::ExitCode;

fn main() -> std::io::Result<ExitCode> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::args().skip(1).any(|arg| arg == "--check") {
        return Ok(check(root));
    }
    fs::create_dir_all(root.join("generated/schemas"))?;
    for (path, contents) in schema::generated_files() {
        fs::write(root.join(&path), contents)?;
        println!("wrote {path}");
    }
    let readme = root.join("README.md");
    let current = fs::read_to_string(&readme).ok();
    fs::write(&readme, schema::readme_with_table(current.as_deref()))?;
    println!("updated the endpoint table in README.md");
    Ok(ExitCode::SUCCESS)
}

/// Lists every checked-in file that differs from what the catalog generates now, and every
/// schema file of no endpoint; fails when there is one.
fn check(root: &Path) -> ExitCode {
    let files = schema::generated_files();
    let mut stale: Vec<String> = files
        .iter()
        .filter(|(path, expected)| fs::read_to_string(root.join(path)).ok().as_deref() != Some(expected.as_str()))
        .map(|(path, _)| format!("stale: {path}"))
        .collect();
    let readme = fs::read_to_string(root.join("README.md")).ok();
    if readme.as_deref() != Some(schema::readme_with_table(readme.as_deref()).as_str()) {
        stale.push("stale: README.md (endpoint table)".into());
    }
    let schemas = fs::read_dir(root.join("generated/schemas")).into_iter().flatten().flatten();
    stale.extend(
        schemas
            .map(|entry| format!("generated/schemas/{}", entry.file_name().to_string_lossy()))
            .filter(|path| !files.iter().any(|(p, _)| p == path))
            .map(|path| format!("stray (schema of no endpoint, delete it): {path}")),
    );
    if stale.is_empty() {
        println!("generated files are fresh");
        return ExitCode::SUCCESS;
    }
    stale.iter().for_each(|line| println!("{line}"));
    println!("run `cargo run --bin generate` and commit the result");
    ExitCode::FAILURE
}
