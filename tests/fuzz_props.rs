//! Fuzzing in `cargo test` (issue 10): canonicalize, validate and verify on arbitrary bytes and
//! on JSON-like text built to reach deep, never panic; and what they accept holds together (a
//! canonical text canonicalizes to itself, a body built from it verifies). Each endpoint's
//! example request is mutated with hostile pieces, so validation gets past the first field.
//! Case counts are bounded so the file runs in seconds; `make fuzz` runs the JS API for minutes.

use hongxun_sign::build::{build_request, BuildOptions, Credentials};
use hongxun_sign::verify::{verify_device, verify_request, Expected, VerifyOptions};
use hongxun_sign::{canonicalize, validate};
use proptest::prelude::*;
use serde_json::Value;

const NOW: i64 = 1_795_838_400_000;
const SECRET: &str = "s3cr3t";

/// `(id, example request)` of every endpoint, from the catalog's generated descriptions.
fn examples() -> Vec<(String, Value)> {
    let all: Vec<Value> = serde_json::from_str(include_str!("../generated/endpoints.json")).unwrap();
    all.into_iter().map(|e| (e["id"].as_str().unwrap().to_string(), e["example"].clone())).collect()
}

/// Text pieces that have broken JSON readers: numbers at BigDecimal's edges, escapes of lone
/// surrogates, reserved and duplicate keys, deep nesting, stray tokens.
const HOSTILE: &[&str] = &[
    "51e2147483647",
    "1e-2147483648",
    "-0.0000001",
    "123456789012345678901234567890.5",
    "1E+2147483647",
    "-0",
    "\"\\ud800\"",
    "\"\\udc00x\"",
    "\"\\u0000\"",
    "\"中😀\"",
    "{\"@type\":\"x\"}",
    "{\"a\":1,\"a\":2}",
    "{\"$ref\":\"$\"}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "\"2026-02-30 10:00:00\"",
    "\"\"",
    "null",
    "true",
    "[]",
    "{}",
    ",",
    "\"",
    "\\",
    "]",
];

/// A JSON-like value: mostly real JSON, built from hostile pieces.
fn piece() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        prop::sample::select(HOSTILE).prop_map(str::to_string),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<String>().prop_map(|s| serde_json::to_string(&s).unwrap()),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|items| format!("[{}]", items.join(","))),
            prop::collection::vec(("[a-zA-Z@$]{0,12}", inner), 0..4).prop_map(|members| {
                let members: Vec<String> = members.iter().map(|(k, v)| format!("{k:?}:{v}")).collect();
                format!("{{{}}}", members.join(","))
            }),
        ]
    })
}

/// An endpoint's example with one member (at any depth) replaced by a hostile piece, or removed.
fn mutated_example() -> impl Strategy<Value = (String, String)> {
    let examples = examples();
    (0..examples.len(), any::<prop::sample::Index>(), prop::option::of(piece())).prop_map(
        move |(which, at, replacement)| {
            let (id, example) = &examples[which];
            let text = serde_json::to_string(example).unwrap();
            // Splice at the start of a value: right after a `:` or `[` or `,` (outside strings
            // is not guaranteed, which is the point: some of these are broken on purpose).
            let cuts: Vec<usize> = text.match_indices([':', '[', ',']).map(|(i, _)| i + 1).collect();
            let Some(&cut) = cuts.get(at.index(cuts.len().max(1))) else { return (id.clone(), text) };
            let end = value_end(&text, cut);
            let spliced = format!("{}{}{}", &text[..cut], replacement.unwrap_or_default(), &text[end..]);
            (id.clone(), spliced)
        },
    )
}

/// Where the JSON value starting at `from` ends (a scalar or a balanced container), roughly.
fn value_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut i) = (0i32, false, from);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            b'[' | b'{' if !in_string => depth += 1,
            b']' | b'}' if !in_string => {
                if depth == 0 {
                    return i;
                }
                depth -= 1;
            }
            b',' if !in_string && depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    bytes.len().min(i)
}

fn ids() -> impl Strategy<Value = String> {
    let ids: Vec<String> = examples().into_iter().map(|(id, _)| id).collect();
    prop_oneof![prop::sample::select(ids), "[a-zA-Z]{0,10}"]
}

/// Every entry point on one text: nothing panics, and what is accepted holds together.
fn exercise(id: &str, text: &str) -> Result<(), TestCaseError> {
    let canonical = canonicalize(text);
    let report = validate::validate(id, text, &validate::Options::default());
    if let Ok(canonical) = &canonical {
        let again = canonicalize(canonical);
        prop_assert_eq!(again.as_ref(), Ok(canonical), "not idempotent on {}", text);
    } else {
        prop_assert!(!report.valid(), "valid, yet not canonical: {}", text);
    }
    let expected = Expected { secret: SECRET, create_by: Some("C001"), data_source: Some("WEB") };
    let at = VerifyOptions { endpoint: Some(id), ..VerifyOptions::at(NOW) };
    let credentials = Credentials::Signed { create_by: "C001", data_source: "WEB", secret: SECRET };
    let options = BuildOptions { now_ms: NOW, validate: false, checks: Default::default() };
    let signed = hongxun_sign::catalog::find(id).filter(|e| e.envelope == hongxun_sign::catalog::Envelope::Signed);
    match (signed, build_request(id, text, &credentials, &options)) {
        (Some(_), Ok(built)) => {
            let verified = verify_request(&built.body, &expected, &VerifyOptions::at(NOW));
            prop_assert!(verified.ok(), "built body does not verify: {:?}", verified.errors);
            prop_assert_eq!(verified.request.as_deref(), canonical.as_deref().ok());
            let _ = verify_request(&built.body, &expected, &at);
        }
        (_, built) => prop_assert!(built.is_err() || signed.is_none()),
    }
    let body = format!(r#"{{"createBy":"C001","dataSource":"WEB","request":{text},"sign":"0","timestamp":"x"}}"#);
    prop_assert!(!verify_request(&body, &expected, &at).ok());
    let _ = verify_request(text, &expected, &at);
    let _ = verify_device(text, Some("WH01"), &at);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(id in ids(), bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        exercise(&id, &String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn json_like_text(id in ids(), text in piece()) {
        exercise(&id, &text)?;
    }

    #[test]
    fn mutated_examples((id, text) in mutated_example()) {
        exercise(&id, &text)?;
    }
}
