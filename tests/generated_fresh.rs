//! The checked-in generated files equal what the catalog generates now, and no schema file is
//! left of an endpoint that no longer exists (the generator's `--check`).

use std::process::Command;

#[test]
fn generated_files_are_fresh() {
    let out = Command::new(env!("CARGO_BIN_EXE_generate")).arg("--check").output().expect("the generator runs");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert_eq!(report, "generated files are fresh\n");
}
