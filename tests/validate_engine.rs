//! The validation engine across endpoints: integer tokens, ranges, null members, strict mode,
//! the vehicle option, parse failures, unknown endpoints, pointers and messages.

use hongxun_sign::catalog;
use hongxun_sign::json::Document;
use hongxun_sign::validate::{validate, validate_document, Options, Report};
use test_case::test_case;

const STRICT: Options = Options { strict: true, vehicle: false };
const VEHICLE: Options = Options { strict: false, vehicle: true };

fn pairs(problems: &[hongxun_sign::Problem]) -> Vec<(&str, &str)> {
    problems.iter().map(|p| (p.path.as_str(), p.code)).collect()
}

/// Problems as (path, code).
type Listed<'r> = Vec<(&'r str, &'r str)>;

/// (errors, warnings) as (path, code).
fn listed(report: &Report) -> (Listed<'_>, Listed<'_>) {
    (pairs(&report.errors), pairs(&report.warnings))
}

fn status(total: &str) -> String {
    format!(r#"{{"customerNumber":"N","orderStatus":"FULFILLED","totalQuantity":{total},"actualQuantity":0}}"#)
}

#[test_case("20", &[], &[] ; "integer")]
#[test_case("0", &[], &[] ; "zero")]
#[test_case("-0", &[], &[] ; "minus zero is zero")]
#[test_case(r#""12""#, &[("/totalQuantity", "type")], &[] ; "string of digits")]
#[test_case("1.5", &[("/totalQuantity", "type")], &[] ; "decimal")]
#[test_case("1.0", &[], &[("/totalQuantity", "type")] ; "integral decimal: fastjson reads 1")]
#[test_case("1e2", &[], &[("/totalQuantity", "type")] ; "integral exponent: fastjson reads 100")]
#[test_case("1.20e1", &[], &[("/totalQuantity", "type")] ; "integral mantissa and exponent")]
#[test_case("-0.0", &[], &[("/totalQuantity", "type")] ; "minus zero decimal")]
#[test_case("1.25e1", &[("/totalQuantity", "type")], &[] ; "fraction left after the exponent")]
#[test_case("5e-1", &[("/totalQuantity", "type")], &[] ; "negative exponent")]
#[test_case("-12.0", &[], &[("/totalQuantity", "type")] ; "negative integral decimal")]
#[test_case("0.5e1", &[], &[("/totalQuantity", "type")] ; "exponent moves the point past the fraction")]
#[test_case("0.55e1", &[("/totalQuantity", "type")], &[] ; "exponent leaves a fraction")]
#[test_case("100e-2", &[], &[("/totalQuantity", "type")] ; "negative exponent leaves a whole number")]
#[test_case("150e-2", &[("/totalQuantity", "type")], &[] ; "negative exponent leaves a fraction")]
#[test_case("true", &[("/totalQuantity", "type")], &[] ; "boolean")]
#[test_case("[]", &[("/totalQuantity", "type")], &[] ; "array")]
#[test_case("{}", &[("/totalQuantity", "type")], &[] ; "object")]
#[test_case("null", &[("/totalQuantity", "required")], &[] ; "null is absent")]
#[test_case("2147483647", &[], &[] ; "i32 max")]
#[test_case("2147483648", &[], &[("/totalQuantity", "range")] ; "beyond i32")]
#[test_case("-2147483649", &[], &[("/totalQuantity", "range"), ("/actualQuantity", "rule")] ; "below i32")]
#[test_case("9223372036854775807", &[], &[("/totalQuantity", "range")] ; "i64 max")]
#[test_case("9223372036854775808", &[("/totalQuantity", "range")], &[] ; "beyond i64")]
#[test_case("-9223372036854775809", &[("/totalQuantity", "range")], &[] ; "below i64")]
#[test_case("-1", &[], &[("/totalQuantity", "range"), ("/actualQuantity", "rule")] ; "negative quantity")]
fn documented_integer(total: &str, errors: &[(&str, &str)], warnings: &[(&str, &str)]) {
    let report = validate("inOrderStatusConfirm", &status(total), &Options::default());
    let (found_errors, found_warnings) = listed(&report);
    assert_eq!(found_errors, errors);
    assert_eq!(found_warnings, warnings);
}

#[test_case("inOrderStatusConfirm", r#"{"customerNumber":"N","orderStatus":"FULFILLED","totalQuantity":1,"actualQuantity":0,"remark":null}"# ; "unknown null member")]
#[test_case("outOrderResultQuery", r#"{"customerNumber":"N","inventoryCode":null,"subbaseCode":null}"# ; "optional nulls")]
#[test_case("orderCancel", r#"{"customerNumber":"N","reason":"r","cancelType":null,"item":null}"# ; "null cancel type is whole order")]
fn null_members_are_absent(id: &str, request: &str) {
    let report = validate(id, request, &STRICT);
    assert_eq!(listed(&report), (vec![], vec![]));
}

#[test]
fn null_required_members_are_missing() {
    let report = validate("routeQuery", r#"{"customerNumber":null}"#, &Options::default());
    assert_eq!(listed(&report).0, [("/customerNumber", "required")]);
}

#[test]
fn unknown_fields_pass_by_default_and_fail_when_strict() {
    let request = r#"{"customerNumber":"N","mailno":"M","extra":1,"a/b~c":{"x":1}}"#;
    assert_eq!(listed(&validate("routeQuery", request, &Options::default())), (vec![], vec![]));
    let report = validate("routeQuery", request, &STRICT);
    assert_eq!(listed(&report).0, [("/extra", "unknown_field"), ("/a~1b~0c", "unknown_field")]);
}

#[test]
fn strict_mode_looks_inside_objects_and_array_items() {
    let request = r#"[{"customerFlag":"C","customerOrderCode":"O","signList":[{"imageUrl":"u"}],"x":1}]"#;
    let report = validate("signImagePush", request, &STRICT);
    assert_eq!(listed(&report).0, [("/0/x", "unknown_field")]);
}

#[test]
fn strict_mode_only_warns_inside_partly_documented_objects() {
    // signList models 3 of 9 fields; lpnList 3 of 33; inOrder's page is cut off.
    let request = r#"[{"customerFlag":"C","customerOrderCode":"O","signList":[{"imageUrl":"u","size":3}]}]"#;
    assert_eq!(
        listed(&validate("signImagePush", request, &STRICT)),
        (vec![], vec![("/0/signList/0/size", "unknown_field")])
    );
    let lpn = r#"{"batchId":"B","sourceNum":"S","lpnList":[{"lpnNo":"L","palletNo":"P"}]}"#;
    assert_eq!(
        listed(&validate("overseasLpn", lpn, &STRICT)),
        (vec![], vec![("/lpnList/0/palletNo", "unknown_field")])
    );
    let order = r#"{"customerNumber":"N","documentType":"10","inventoryCode":"W","inventoryName":"n","subbaseCode":"O","productList":[],"orderSource":"x"}"#;
    assert_eq!(listed(&validate("inOrder", order, &STRICT)), (vec![], vec![("/orderSource", "unknown_field")]));
    // A fully documented object still fails.
    let routing = r#"[{"mailno":"M","scanTypeCode":"001","operator":"o","time":"2026-11-30 10:12:00","plannedDeliveryDate":"2026-11-30 18:00:00","transferAddress":"a","memo":"m","speed":1}]"#;
    assert_eq!(listed(&validate("carrierRoutingPush", routing, &STRICT)).0, [("/0/speed", "unknown_field")]);
}

#[test]
fn a_likely_typo_warns_with_a_suggestion_even_when_not_strict() {
    let request = r#"{"customerNumber":"N","documentType":"10","inventoryCode":"W","inventoryName":"n","subbaseCode":"O",
        "remakr":"x","orderSource":"y","productList":[{"customerProductCode":"P","quantiy":3}]}"#;
    let report = validate("inOrder", request, &Options::default());
    assert_eq!(
        listed(&report),
        (vec![], vec![("/productList/0/quantiy", "unknown_field"), ("/remakr", "unknown_field")])
    );
    assert_eq!(report.warnings[0].suggestion, Some("quantity"));
    let typo = &report.warnings[1];
    assert_eq!(typo.suggestion, Some("remark"));
    assert!(typo.message.ends_with(r#"did you mean "remark"?"#), "{}", typo.message);
    assert!(typo.message_zh.ends_with(r#"是否应为 "remark"？"#), "{}", typo.message_zh);
    // Strict: an error in a fully documented object, with the same suggestion.
    let strict = validate("routeQuery", r#"{"customerNumber":"N","mailNo":"M"}"#, &STRICT);
    assert_eq!(listed(&strict).0, [("/mailNo", "unknown_field")]);
    assert_eq!(strict.errors[0].suggestion, Some("mailno"));
    assert!(strict.errors[0].message.ends_with(r#"did you mean "mailno"?"#));
    // Nothing close: no warning unless strict.
    assert_eq!(
        listed(&validate("routeQuery", r#"{"customerNumber":"N","zzzzzz":1}"#, &Options::default())),
        (vec![], vec![])
    );
}

#[test]
fn inferred_requirements_read_as_usually_sent() {
    let request =
        r#"{"customerNumber":"N","documentType":"10","inventoryCode":"W","inventoryName":"n","subbaseCode":"O"}"#;
    let report = validate("inOrder", request, &Options::default());
    assert_eq!(listed(&report), (vec![], vec![("/productList", "required")]));
    let warning = &report.warnings[0];
    assert_eq!(warning.message, "productList (order lines) is missing; it is usually sent (inferred)");
    assert_eq!(warning.message_zh, "订单明细 productList: 缺少；通常需要填写（推断）");
    assert!(!warning.message.contains("required"));
}

const ROUTE_WITHOUT_VEHICLE_FIELDS: &str = r#"[{"mailno":"SF1","scanTypeCode":"001","operator":"王五","time":"2026-11-30 10:12:00","plannedDeliveryDate":"2026-11-30 18:00:00","transferAddress":"深圳","memo":"m"},{"mailno":"SF2","scanTypeCode":"80","operator":"王五","time":"2026-11-30 10:12:00","plannedDeliveryDate":"2026-11-30 18:00:00","transferAddress":"深圳","memo":"m","vinCode":"LSV","longitude":"114.05","dimension":"22.54"}]"#;

#[test]
fn vehicle_fields_are_required_only_with_the_option() {
    assert!(validate("carrierRoutingPush", ROUTE_WITHOUT_VEHICLE_FIELDS, &Options::default()).valid());
    let report = validate("carrierRoutingPush", ROUTE_WITHOUT_VEHICLE_FIELDS, &VEHICLE);
    assert_eq!(listed(&report).0, [("/0/vinCode", "rule"), ("/0/longitude", "rule"), ("/0/dimension", "rule")]);
    assert_eq!(report.errors[0].message_zh, "车架号 vinCode: 车运输必填");
}

#[test]
fn the_vehicle_option_touches_no_other_endpoint() {
    for e in catalog::ENDPOINTS.iter().filter(|e| e.id != "carrierRoutingPush") {
        assert_eq!(validate(e.id, e.example, &VEHICLE), validate(e.id, e.example, &Options::default()), "{}", e.id);
    }
}

#[test_case("{\"a\":1,}", "invalid_json", "" ; "trailing comma")]
#[test_case("{\"customerNumber\":\"a\",\"customerNumber\":\"b\"}", "duplicate_key", "/customerNumber" ; "duplicate key")]
#[test_case("{\"x\":{\"@type\":\"java.lang.Object\"}}", "reserved_key", "/x/@type" ; "reserved key")]
#[test_case("\"text\"", "not_a_container", "" ; "scalar")]
fn text_that_cannot_be_signed_is_one_error(request: &str, code: &str, path: &str) {
    let report = validate("routeQuery", request, &Options::default());
    assert_eq!(listed(&report), (vec![(path, code)], vec![]));
}

#[test]
fn unknown_endpoint_is_one_error_at_the_root() {
    let report = validate("inorder", "{}", &Options::default());
    assert_eq!(listed(&report), (vec![("", "unknown_endpoint")], vec![]));
    assert!(report.errors[0].message.contains("\"inorder\""));
}

#[test]
fn an_unknown_endpoint_is_reported_before_bad_json() {
    let report = validate("nope", "{", &Options::default());
    assert_eq!(listed(&report).0, [("", "unknown_endpoint")]);
}

#[test]
fn validate_document_equals_validate() {
    for e in catalog::ENDPOINTS {
        let doc = Document::parse(e.example).unwrap();
        assert_eq!(validate_document(e, doc.root(), &STRICT), validate(e.id, e.example, &STRICT));
    }
}

#[test]
fn messages_name_the_field_in_both_languages() {
    let report = validate(
        "outOrder",
        &catalog::find("outOrder").unwrap().example.replace("\"20\"", "\"110\""),
        &Options::default(),
    );
    let problem = &report.errors[0];
    assert_eq!(problem.path, "/documentType");
    assert_eq!(
        problem.message,
        "documentType (document type) must be one of 10, 20, 30, 40, 50, 60, 70, 80 (Appendix 2, outbound orders); got \"110\""
    );
    assert_eq!(
        problem.message_zh,
        "单据类型 documentType: 应为 10, 20, 30, 40, 50, 60, 70, 80（附录二 出库订单），实际为 \"110\""
    );
}

#[test]
fn long_values_are_cut_in_messages() {
    let image = "A".repeat(100_000);
    let request = format!(r#"{{"mailno":"M","imageType":"{image}","imageInfos":[]}}"#);
    let report = validate("carrierSignImagePush", &request, &Options::default());
    assert_eq!(listed(&report).0, [("/imageType", "enum")]);
    assert!(report.errors[0].message.len() < 200, "{}", report.errors[0].message);
    assert!(report.errors[0].message.contains("…"));
}

#[test]
fn warnings_do_not_make_a_request_invalid() {
    let report = validate("inOrderStatusConfirm", &status("-5"), &Options::default());
    assert!(report.valid());
    assert_eq!(listed(&report).1, [("/totalQuantity", "range"), ("/actualQuantity", "rule")]);
}

#[test]
fn a_large_valid_request_has_no_problems() {
    let line = r#"{"customerLineNumber":"1","customerProductCode":"SKU","quantity":1,"unitWeight":0.5}"#;
    let lines = vec![line; 2000].join(",");
    let request = format!(
        r#"{{"customerNumber":"N","documentType":"10","inventoryCode":"W","inventoryName":"n","subbaseCode":"s","productList":[{lines}]}}"#
    );
    assert_eq!(listed(&validate("inOrder", &request, &STRICT)), (vec![], vec![]));
}
