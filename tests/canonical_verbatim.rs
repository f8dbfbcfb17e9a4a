//! Text that is already canonical is copied whole; text that only looks canonical (sorted and
//! compact) must still be re-written wherever fastjson or Java would change it.

use hongxun_sign::canonicalize;
use hongxun_sign::json::canonicalize_as_received;
use test_case::test_case;

#[test_case(r#"{"a":[1,null,"中",0.45,1.50,true,false],"b":{"c":"x","d":[]},"e":{}}"# ; "canonical text")]
#[test_case("[{\"a\":\"😀\"},[[\"\u{e000}\"]],-12,0.000001]" ; "canonical array")]
fn canonical_text_is_kept(text: &str) {
    assert_eq!(canonicalize(text).unwrap(), text);
}

#[test_case(r#"{"a":-0}"#, r#"{"a":0}"# ; "negative zero integer")]
#[test_case(r#"{"a":-0.0}"#, r#"{"a":0.0}"# ; "negative zero decimal")]
#[test_case(r#"{"a":0.0000001}"#, r#"{"a":1E-7}"# ; "small decimal in E notation")]
#[test_case(r#"{"a":1e5}"#, r#"{"a":1E+5}"# ; "exponent")]
#[test_case("{\"a\":\"\u{7f}\"}", r#"{"a":"\u007F"}"# ; "raw delete")]
#[test_case("{\"a\":\"x\u{85}\"}", r#"{"a":"x\u0085"}"# ; "raw C1 control")]
#[test_case("{\"a\":\"\u{2028}\u{2029}\"}", r#"{"a":"\u2028\u2029"}"# ; "raw line and paragraph separators")]
#[test_case(r#"{"a":"\/\u0041"}"#, r#"{"a":"/A"}"# ; "escapes")]
#[test_case(r#"{"a":null,"b":1}"#, r#"{"b":1}"# ; "null member")]
#[test_case(r#"[{"b":1,"a":2}]"#, r#"[{"a":2,"b":1}]"# ; "unsorted inside a sorted array")]
#[test_case("{\"\u{e000}\":2,\"😀\":1}", "{\"😀\":1,\"\u{e000}\":2}" ; "UTF-16 order differs from bytes")]
#[test_case("{\"b\":[1, 2],\"a\":0}", r#"{"a":0,"b":[1,2]}"# ; "whitespace")]
#[test_case("[1,{\"a\":2} ]", r#"[1,{"a":2}]"# ; "whitespace after a sorted object")]
fn looks_canonical_but_is_rewritten(text: &str, canonical: &str) {
    assert_eq!(canonicalize(text).unwrap(), canonical);
}

#[test]
fn a_dropped_duplicate_is_not_copied() {
    assert_eq!(canonicalize_as_received(r#"{"a":1,"a":2}"#).unwrap(), r#"{"a":2}"#);
    assert_eq!(canonicalize_as_received(r#"[{"a":1,"a":2,"b":3}]"#).unwrap(), r#"[{"a":2,"b":3}]"#);
}
