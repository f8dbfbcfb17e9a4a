//! The core compiled to wasm32 (32-bit sizes, the talc allocator), in Node and in headless
//! Chromium: `make test-wasm`. The published vectors run here too (tests/vectors.rs is
//! compiled for both targets); these add what only the wasm build can get wrong.
#![cfg(target_arch = "wasm32")]

use hongxun_sign::build::{build_request, BuildOptions, Credentials};
use hongxun_sign::sign::{sign, Pieces};
use hongxun_sign::verify::{verify_request, Expected, VerifyOptions};
use hongxun_sign::{canonicalize, validate};
use wasm_bindgen_test::wasm_bindgen_test;

const NOW: i64 = 1_795_838_400_000; // 2026-11-28 12:00:00 in Beijing
const DEMO: Credentials<'static> = Credentials::Signed { create_by: "C001", data_source: "WEB", secret: "s3cr3t" };

/// A serialNumberIssue batch of about `bytes` bytes.
fn serial_number_batch(bytes: usize) -> String {
    let line = |i: usize| format!(r#"{{"customerProductCode":"CAM-{:02}","serialNumber":"SN{i:010}"}}"#, i % 7);
    let count = bytes / line(0).len();
    let lines: Vec<String> = (0..count).map(line).collect();
    format!(
        r#"{{"customerOrderCode":"SO20261128001","totalCount":{count},"currentCount":{count},"surPlusCount":0,"productList":[{}]}}"#,
        lines.join(",")
    )
}

#[wasm_bindgen_test]
fn builds_and_verifies_a_megabyte_request() {
    let request = serial_number_batch(1 << 20);
    let built = build_request("serialNumberIssue", &request, &DEMO, &BuildOptions::at(NOW)).unwrap();
    let canonical = canonicalize(&request).unwrap();
    let pieces = Pieces {
        create_by: "C001",
        data_source: "WEB",
        request: &canonical,
        secret: "s3cr3t",
        timestamp: &built.timestamp,
    };
    assert_eq!(built.sign.as_deref(), Some(sign(&pieces).unwrap().as_str()));
    assert!(built.body.len() > 1 << 20);

    let expected = Expected { secret: "s3cr3t", create_by: Some("C001"), data_source: Some("WEB") };
    let verification = verify_request(&built.body, &expected, &VerifyOptions::at(NOW));
    assert!(verification.ok(), "{:?}", verification.errors);
    assert_eq!(verification.request.as_deref(), Some(canonical.as_str()));
}

/// A wasm panic is a trap the JS wrapper can only report as `internal`: every prefix of every
/// vector must come back as a value or an error.
#[wasm_bindgen_test]
fn any_prefix_of_any_vector_is_answered_without_a_trap() {
    let expected = Expected { secret: "s3cr3t", create_by: None, data_source: None };
    let mut refused = 0;
    for line in include_str!("../vectors/sign-vectors.jsonl").lines() {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = case["request"].as_str().unwrap();
        // About 40 cut points per vector (every one would take minutes in a debug wasm build).
        let stride = text.len() / 40 + 1;
        for end in (0..=text.len()).step_by(stride).filter(|&i| text.is_char_boundary(i)) {
            let prefix = &text[..end];
            refused += usize::from(canonicalize(prefix).is_err());
            validate::validate("inOrder", prefix, &validate::Options::default());
            verify_request(prefix, &expected, &VerifyOptions::at(NOW));
        }
    }
    assert!(refused > 5_000, "{refused}");
}
