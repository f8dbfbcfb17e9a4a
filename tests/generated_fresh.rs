//! The checked-in generated files equal what the catalog generates now.

use std::fs;
use std::path::Path;

use hongxun_sign::schema;

const HOW: &str = "run `cargo run --example generate` and commit the result";

#[test]
fn generated_files_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for (path, expected) in schema::generated_files() {
        if fs::read_to_string(root.join(&path)).ok().as_deref() != Some(expected.as_str()) {
            stale.push(path);
        }
    }
    let readme = fs::read_to_string(root.join("README.md")).ok();
    if readme.as_deref() != Some(schema::readme_with_table(readme.as_deref()).as_str()) {
        stale.push("README.md (endpoint table)".into());
    }
    assert!(stale.is_empty(), "stale generated files: {}; {HOW}", stale.join(", "));
}

#[test]
fn no_stray_schema_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expected: Vec<String> = schema::generated_files().into_iter().map(|(path, _)| path).collect();
    let stray: Vec<String> = fs::read_dir(root.join("generated/schemas"))
        .expect("generated/schemas exists")
        .map(|entry| format!("generated/schemas/{}", entry.unwrap().file_name().to_string_lossy()))
        .filter(|path| !expected.contains(path))
        .collect();
    assert!(stray.is_empty(), "schemas of no endpoint: {}; delete them and {HOW}", stray.join(", "));
}
