//! Writes everything derived from the catalog: `generated/schemas/<id>.schema.json`,
//! `generated/openapi.json`, `generated/requests.d.ts`, `generated/endpoints.json`, and the
//! endpoint table between the markers in README.md. `tests/generated_fresh.rs` checks that the
//! checked-in files equal what this writes.
//!
//! Run: `cargo run --example generate`.

use std::fs;
use std::path::Path;

use hongxun_sign::schema;

fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::create_dir_all(root.join("generated/schemas"))?;
    for (path, contents) in schema::generated_files() {
        fs::write(root.join(&path), contents)?;
        println!("wrote {path}");
    }
    let readme = root.join("README.md");
    let current = fs::read_to_string(&readme).ok();
    fs::write(&readme, schema::readme_with_table(current.as_deref()))?;
    println!("updated the endpoint table in README.md");
    Ok(())
}
