//! Properties of canonicalize: idempotent, blind to key order and whitespace, and total (it
//! returns a result, never panics) on arbitrary bytes and strings.

use hongxun_sign::canonicalize;
use proptest::prelude::*;

/// A JSON value whose objects keep their members as a list, so tests choose the written order.
#[derive(Clone, Debug)]
enum Json {
    Null,
    Bool(bool),
    Number(String),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        (any::<i32>(), 0u32..6, -30i32..30)
            .prop_map(|(m, frac, e)| format!("{m}.{}e{e}", "0".repeat(frac as usize) + "5")),
        "-?(0|[1-9][0-9]{0,25})(\\.[0-9]{1,12})?".prop_map(|s| s),
    ]
}

fn json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        number().prop_map(Json::Number),
        any::<String>().prop_map(Json::Str),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::btree_map(
                any::<String>().prop_filter("reserved", |k| k != "@type" && k != "$ref"),
                inner,
                0..6
            )
            .prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

fn container() -> impl Strategy<Value = Json> {
    json().prop_filter("top level must be a container", |j| matches!(j, Json::Array(_) | Json::Object(_)))
}

/// Writes `j`, reversing every object's member order if `reverse`, with `ws` between tokens.
fn write(j: &Json, reverse: bool, ws: &str, out: &mut String) {
    match j {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::Str(s) => out.push_str(&serde_json::to_string(s).unwrap()),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(ws);
                    out.push(',');
                }
                out.push_str(ws);
                write(item, reverse, ws, out);
            }
            out.push_str(ws);
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            let ordered: Vec<_> = if reverse { members.iter().rev().collect() } else { members.iter().collect() };
            for (i, (k, v)) in ordered.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(ws);
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push_str(ws);
                out.push(':');
                out.push_str(ws);
                write(v, reverse, ws, out);
            }
            out.push_str(ws);
            out.push('}');
        }
    }
}

fn text(j: &Json, reverse: bool, ws: &str) -> String {
    let mut out = String::new();
    write(j, reverse, ws, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn is_idempotent(j in container()) {
        let once = canonicalize(&text(&j, false, "")).unwrap();
        prop_assert_eq!(canonicalize(&once).unwrap(), once);
    }

    #[test]
    fn ignores_key_order_and_whitespace(j in container(), ws in "[ \t\r\n]{0,3}") {
        prop_assert_eq!(canonicalize(&text(&j, false, "")).unwrap(), canonicalize(&text(&j, true, &ws)).unwrap());
    }

    #[test]
    fn output_is_json_a_standard_parser_reads_back(j in container()) {
        let canonical = canonicalize(&text(&j, false, "")).unwrap();
        prop_assert!(serde_json::from_str::<serde_json::Value>(&canonical).is_ok(), "{}", canonical);
    }

    #[test]
    fn never_panics_on_arbitrary_strings(s in any::<String>()) {
        let _ = canonicalize(&s);
    }

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = canonicalize(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn never_panics_on_json_like_noise(s in r#"[\[\]{}":,0-9eE.+\-\\u tnrfal"dD8]{0,64}"#) {
        let _ = canonicalize(&s);
        let _ = hongxun_sign::json::canonicalize_as_received(&s);
    }
}
