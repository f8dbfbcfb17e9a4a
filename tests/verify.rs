//! Verification of received bodies: one test per failure code and per diagnosed mistake.
//! Expected signatures are computed here by hand from the joined string, independent of the
//! library's own signing and doctor code.

use hongxun_sign::build::signed_body;
use hongxun_sign::sign::md5_hex;
use hongxun_sign::verify::{verify_request, Expected, Verification, VerifyOptions};
use test_case::test_case;

const SECRET: &str = "s3cr3t";
const TS: &str = "2026-11-28 12:00:00";
/// 2026-11-28 12:00:00 in Beijing is 04:00:00 UTC.
const NOW: i64 = 1_795_838_400_000;

fn md5_sign(request: &str, timestamp: &str) -> String {
    md5_hex(format!("C001&WEB&{request}&{SECRET}&{timestamp}").as_bytes())
}

fn body(request: &str, sign: &str, timestamp: &str) -> String {
    format!(r#"{{"createBy":"C001","dataSource":"WEB","request":{request},"sign":"{sign}","timestamp":"{timestamp}"}}"#)
}

fn verify(body: &str) -> Verification {
    verify_request(
        body,
        &Expected { secret: SECRET, create_by: Some("C001"), data_source: Some("WEB") },
        &VerifyOptions::at(NOW),
    )
}

fn codes(v: &Verification) -> Vec<(&str, &str)> {
    v.errors.iter().map(|p| (p.code, p.path.as_str())).collect()
}

#[test]
fn now_is_the_signed_instant() {
    assert_eq!(hongxun_sign::time::format_beijing(NOW).unwrap(), TS);
}

#[test]
fn accepts_an_authentic_body() {
    let canonical = r#"{"a":1,"b":"中"}"#;
    let v = verify(&signed_body("C001", "WEB", canonical, &md5_sign(canonical, TS), TS));
    assert!(v.ok(), "{:?}", v.errors);
    assert!(v.warnings.is_empty());
    assert_eq!(v.request.as_deref(), Some(canonical));
}

#[test]
fn reports_the_clock_skew_inside_and_outside_the_window() {
    let canonical = "{}";
    let signed = signed_body("C001", "WEB", canonical, &md5_sign(canonical, TS), TS);
    let expected = Expected { secret: SECRET, create_by: None, data_source: None };
    let skew = |now: i64| verify_request(&signed, &expected, &VerifyOptions::at(now)).skew_seconds;
    assert_eq!(skew(NOW), Some(0));
    assert_eq!(skew(NOW - 90_000), Some(90), "sent 90 s ahead of the verifier's clock");
    assert_eq!(skew(NOW + 601_999), Some(-601), "behind, outside the window, still reported");
    let unreadable = verify(&body(canonical, &md5_sign(canonical, TS), "2026-11-28 25:00:00"));
    assert_eq!(unreadable.skew_seconds, None);
    assert_eq!(verify("not json").skew_seconds, None);
}

#[test]
fn an_empty_secret_verifies_nothing_not_even_a_body_signed_with_it() {
    let forged = md5_hex(format!("C001&WEB&{{}}&&{TS}").as_bytes());
    let expected = Expected { secret: "", create_by: None, data_source: None };
    let v = verify_request(&body("{}", &forged, TS), &expected, &VerifyOptions::at(NOW));
    assert_eq!(codes(&v), [("missing_secret", "")]);
}

#[test]
fn hashes_the_received_request_as_the_server_reserializes_it() {
    // Sent unsorted with a null and spacing, signed over the canonical form: valid.
    let v = verify(&body(r#"{ "b" : 1.50, "a" : null }"#, &md5_sign(r#"{"b":1.50}"#, TS), TS));
    assert!(v.ok(), "{:?}", v.errors);
}

#[test]
fn upper_case_hex_is_accepted_with_a_warning() {
    let v = verify(&body("{}", &md5_sign("{}", TS).to_uppercase(), TS));
    assert!(v.ok());
    assert_eq!(v.warnings[0].code, "uppercase_signature");
}

#[test_case("not json", "malformed_envelope", ""; "not json")]
#[test_case("[1,2]", "malformed_envelope", ""; "array body")]
#[test_case(r#"{"createBy":"C001","dataSource":"WEB","sign":"x","timestamp":"2026-11-28 12:00:00"}"#, "missing_field", "/request"; "no request")]
#[test_case(r#"{"createBy":"C001","dataSource":"WEB","request":"{}","sign":"x","timestamp":"2026-11-28 12:00:00"}"#, "not_a_container", "/request"; "request as a string")]
#[test_case(r#"{"createBy":"C001","dataSource":"WEB","request":{},"timestamp":"2026-11-28 12:00:00"}"#, "missing_field", "/sign"; "no sign")]
#[test_case(r#"{"createBy":"C001","dataSource":"WEB","request":{},"sign":1,"timestamp":"2026-11-28 12:00:00"}"#, "missing_field", "/sign"; "numeric sign")]
#[test_case(r#"{"dataSource":"WEB","request":{},"sign":"x","timestamp":"2026-11-28 12:00:00"}"#, "missing_field", "/createBy"; "no createBy")]
#[test_case(r#"{"createBy":"C001","dataSource":"WEB","request":{"@type":"x"},"sign":"x","timestamp":"t"}"#, "reserved_key", "/@type"; "reserved key in request")]
fn refuses_malformed_envelopes(body: &str, code: &str, path: &str) {
    assert_eq!(codes(&verify(body)), vec![(code, path)]);
}

#[test_case("2026-02-30 12:00:00"; "no such day")]
#[test_case("2026-11-28 24:00:00"; "hour 24")]
#[test_case("2026-11-28T12:00:00"; "iso separator")]
#[test_case("1764302400000"; "epoch millis")]
fn refuses_bad_timestamps(ts: &str) {
    let v = verify(&body("{}", &md5_sign("{}", ts), ts));
    assert_eq!(codes(&v), vec![("bad_timestamp", "/timestamp")]);
}

#[test_case("2026-11-28 12:10:00", true; "10 minutes ahead is inside")]
#[test_case("2026-11-28 11:50:00", true; "10 minutes behind is inside")]
#[test_case("2026-11-28 12:10:01", false; "just over ahead")]
#[test_case("2026-11-28 11:49:59", false; "just over behind")]
#[test_case("2026-11-28 04:00:00", false; "utc clock")]
fn enforces_the_ten_minute_window(ts: &str, inside: bool) {
    let v = verify(&body("{}", &md5_sign("{}", ts), ts));
    if inside {
        assert!(v.ok(), "{:?}", v.errors);
    } else {
        assert_eq!(codes(&v), vec![("timestamp_out_of_window", "/timestamp")]);
    }
}

#[test]
fn tolerance_is_configurable() {
    let ts = "2026-11-28 12:20:00";
    let b = body("{}", &md5_sign("{}", ts), ts);
    let strict = VerifyOptions { tolerance_seconds: 60, ..VerifyOptions::at(NOW) };
    let loose = VerifyOptions { tolerance_seconds: 1800, ..VerifyOptions::at(NOW) };
    let expected = Expected { secret: SECRET, create_by: None, data_source: None };
    assert!(!verify_request(&b, &expected, &strict).ok());
    assert!(verify_request(&b, &expected, &loose).ok());
}

#[test]
fn checks_credentials_when_expected_values_are_given() {
    let b = body("{}", &md5_sign("{}", TS), TS);
    let other = Expected { secret: SECRET, create_by: Some("C002"), data_source: Some("APP") };
    let v = verify_request(&b, &other, &VerifyOptions::at(NOW));
    assert_eq!(codes(&v), vec![("credential_mismatch", "/createBy"), ("credential_mismatch", "/dataSource")]);
}

fn diagnosis_of(request: &str, signed_text: &str, signed_ts: &str) -> String {
    let v = verify(&body(request, &md5_sign(signed_text, signed_ts), TS));
    assert_eq!(codes(&v), vec![("signature_mismatch", "/sign")]);
    v.errors[0].diagnosis.as_ref().expect("a diagnosis").code()
}

#[test_case(r#"{"b":1,"a":2}"#, r#"{"b":1,"a":2}"#, "keys_not_sorted"; "unsorted keys")]
#[test_case(r#"{"a":1,"b":null}"#, r#"{"a":1,"b":null}"#, "nulls_kept"; "null kept")]
#[test_case(r#"{"n":1.50}"#, r#"{"n":1.5}"#, "js_numbers"; "javascript number")]
#[test_case(r#"{"s":"a\u2028b\u007f"}"#, "{\"s\":\"a\u{2028}b\u{7f}\"}", "js_escapes"; "javascript escapes")]
#[test_case(r#"{"a":[1]}"#, "{\n  \"a\": [\n    1\n  ]\n}", "pretty_printed"; "pretty printed")]
#[test_case(r#"{"a" :1}"#, r#"{"a" :1}"#, "raw_request_text"; "raw text")]
#[test_case(r#"{"z":null,"a":1}"#, r#"{"z":null,"a":1}"#, "keys_not_sorted+nulls_kept"; "plain JSON.stringify")]
fn diagnoses_serializer_mistakes(request: &str, signed_text: &str, code: &str) {
    assert_eq!(diagnosis_of(request, signed_text, TS), code);
}

#[test_case("2026-11-28 04:00:00", "utc_timestamp"; "utc")]
#[test_case("2026-11-28 05:00:00", "local_timestamp"; "berlin winter")]
#[test_case("2026-11-27 23:00:00", "local_timestamp"; "new york")]
fn diagnoses_the_wrong_clock_in_the_signed_string(signed_ts: &str, code: &str) {
    assert_eq!(diagnosis_of(r#"{"a":1}"#, r#"{"a":1}"#, signed_ts), code);
}

#[test]
fn local_time_diagnosis_names_the_zone() {
    let v = verify(&body("{}", &md5_sign("{}", "2026-11-28 05:00:00"), TS));
    assert!(v.errors[0].message.contains("UTC+1"), "{}", v.errors[0].message);
}

#[test]
fn wrong_secret_when_no_mistake_matches() {
    let sign = md5_hex(format!("C001&WEB&{{}}&other-secret&{TS}").as_bytes());
    let v = verify(&body("{}", &sign, TS));
    assert_eq!(v.errors[0].diagnosis.as_ref().unwrap().code(), "wrong_secret");
}

#[test]
fn upper_case_hex_is_a_mistake_when_case_sensitive() {
    let b = body("{}", &md5_sign("{}", TS).to_uppercase(), TS);
    let options = VerifyOptions { case_sensitive: true, ..VerifyOptions::at(NOW) };
    let v = verify_request(&b, &Expected { secret: SECRET, create_by: None, data_source: None }, &options);
    assert_eq!(v.errors[0].diagnosis.as_ref().unwrap().code(), "uppercase_hex");
}

#[test]
fn fastjson_changes_in_a_received_request_verify_with_warnings() {
    // fastjson keeps the last duplicate and hashes the lone surrogate as "?".
    let v = verify(&body(r#"{"a":1,"a":2,"s":"\ud800"}"#, &md5_sign(r#"{"a":2,"s":"?"}"#, TS), TS));
    assert!(v.ok(), "{:?}", v.errors);
    let warnings: Vec<_> = v.warnings.iter().map(|w| (w.code, w.path.as_str())).collect();
    assert_eq!(warnings, vec![("lone_surrogate", "/s"), ("duplicate_key", "/a")]);
}

#[test]
fn no_message_ever_contains_the_secret() {
    let bodies = [
        body("{}", &md5_sign("{}", TS), "2026-11-28 13:00:00"),
        body(r#"{"b":1,"a":2}"#, &md5_sign(r#"{"b":1,"a":2}"#, TS), TS),
        body("{}", "00000000000000000000000000000000", TS),
        "garbage".to_string(),
    ];
    for b in &bodies {
        let v = verify(b);
        for p in v.errors.iter().chain(&v.warnings) {
            let diagnosis = p.diagnosis.as_ref().map(|d| d.message() + &d.message_zh()).unwrap_or_default();
            for text in [&p.message, &p.message_zh, &diagnosis, &format!("{p:?}")] {
                assert!(!text.contains(SECRET), "{text}");
            }
        }
    }
}

#[test]
fn checks_the_request_schema_when_the_endpoint_is_named() {
    let request = r#"{"mailno":"SF1"}"#;
    let b = body(request, &md5_sign(request, TS), TS);
    let expected = Expected { secret: SECRET, create_by: None, data_source: None };
    let named =
        |endpoint| verify_request(&b, &expected, &VerifyOptions { endpoint: Some(endpoint), ..VerifyOptions::at(NOW) });
    assert_eq!(codes(&named("routeQuery")), vec![("required", "/customerNumber")]);
    assert_eq!(codes(&named("noSuchType")), vec![("unknown_endpoint", "")]);
    assert!(verify_request(&b, &expected, &VerifyOptions::at(NOW)).ok());
}

#[test]
fn device_bodies_are_checked_without_a_signature() {
    use hongxun_sign::verify::verify_device;
    let request = r#"{"mailno":"SF1","longs":30,"widths":20,"heights":10,"weight":1500,"volume":6000}"#;
    let device = |wh: &str| format!(r#"{{"warehouseCode":"{wh}","timestamp":"{TS}","request":{request}}}"#);
    let options = VerifyOptions { endpoint: Some("dwsPackage"), ..VerifyOptions::at(NOW) };
    assert!(verify_device(&device("WH01"), Some("WH01"), &options).ok());
    assert_eq!(
        codes(&verify_device(&device("WH02"), Some("WH01"), &options)),
        vec![("credential_mismatch", "/warehouseCode")]
    );
    let no_warehouse = format!(r#"{{"timestamp":"{TS}","request":{request}}}"#);
    assert_eq!(codes(&verify_device(&no_warehouse, None, &options)), vec![("missing_field", "/warehouseCode")]);
}

#[test]
fn a_device_timestamp_outside_the_signed_envelopes_rules_only_warns() {
    use hongxun_sign::verify::verify_device;
    let request = r#"{"mailno":"SF1","longs":30,"widths":20,"heights":10,"weight":1500,"volume":6000}"#;
    let device = |ts: &str| format!(r#"{{"warehouseCode":"WH01","timestamp":"{ts}","request":{request}}}"#);
    let options = VerifyOptions { endpoint: Some("dwsPackage"), ..VerifyOptions::at(NOW) };
    for (timestamp, code) in
        [("2026-11-28 11:49:59", "timestamp_out_of_window"), ("2026/11/28 12:00:00", "bad_timestamp")]
    {
        let v = verify_device(&device(timestamp), Some("WH01"), &options);
        assert!(v.ok(), "{timestamp}: {:?}", v.errors);
        let warned: Vec<(&str, &str)> = v.warnings.iter().map(|p| (p.code, p.path.as_str())).collect();
        assert_eq!(warned, [(code, "/timestamp")], "{timestamp}");
        assert!(v.warnings[0].message.ends_with("(inferred for device bodies: a warning)"));
    }
}

#[test]
fn messages_name_the_mistake_or_the_likely_wrong_secret() {
    let unsorted = verify(&body(r#"{"b":1,"a":2}"#, &md5_sign(r#"{"b":1,"a":2}"#, TS), TS));
    assert!(unsorted.errors[0].message.contains("keys were not sorted"), "{}", unsorted.errors[0].message);
    assert!(unsorted.errors[0].message_zh.contains("键未排序"));
    let wrong = verify(&body("{}", &md5_hex(b"C001&WEB&{}&nope&2026-11-28 12:00:00"), TS));
    assert_eq!(
        wrong.errors[0].message,
        "signature does not match: most likely a wrong secret key, or the request was changed after signing"
    );
    assert_eq!(wrong.errors[0].message_zh, "签名不一致：很可能密钥错误，或请求在签名后被修改");
}

#[test]
fn a_request_nested_to_the_limit_verifies_inside_its_envelope() {
    let deepest = format!("{}1{}", "[".repeat(128), "]".repeat(128));
    assert!(hongxun_sign::canonicalize(&deepest).is_ok());
    assert!(verify(&body(&deepest, &md5_sign(&deepest, TS), TS)).ok());
    let too_deep = format!("[{deepest}]");
    let v = verify(&body(&too_deep, &md5_sign(&too_deep, TS), TS));
    assert_eq!(v.errors[0].code, "too_deep");
}

/// The shape JS receives (serde-wasm-bindgen follows the same Serialize impls): camelCase, the
/// diagnosis as `{code, message, messageZh}`, no `diagnosis` member on other problems.
#[test]
fn problems_serialize_as_the_js_api_documents() {
    let v = verify(&body("{}", &md5_sign("{}", "2026-11-28 11:00:00"), TS));
    let problem = serde_json::to_value(&v.errors[0]).unwrap();
    let diagnosis = v.errors[0].diagnosis.as_ref().unwrap();
    assert_eq!(
        problem,
        serde_json::json!({
            "path": "/sign",
            "code": "signature_mismatch",
            "message": v.errors[0].message,
            "messageZh": v.errors[0].message_zh,
            "diagnosis": { "code": "local_timestamp", "message": diagnosis.message(), "messageZh": diagnosis.message_zh() },
        })
    );
    let late = verify(&body("{}", &md5_sign("{}", TS), "2026-11-28 13:00:00"));
    let keys: Vec<String> =
        serde_json::to_value(&late.errors[0]).unwrap().as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["code", "message", "messageZh", "path"]);
}
