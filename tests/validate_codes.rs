//! The code lists as validation sees them: every Appendix 2 code is accepted in its own family
//! and refused in the others; every Appendix 3 code is accepted on carrier route pushes, and
//! look-alikes (`1` for `001`) are refused. The lists here are typed from the documentation,
//! not read from the catalog.

use hongxun_sign::validate::{validate, Options};
use test_case::test_case;

/// Every code any Appendix 2 family uses.
const APPENDIX_2: [&str; 9] = ["10", "20", "30", "40", "50", "60", "70", "80", "110"];

/// An order request with every field any of the four order endpoints requires.
fn order(document_type: &str) -> String {
    let line = r#"[{"customerLineNumber":"1","customerProductCode":"SKU-1","quantity":1}]"#;
    format!(
        r#"{{"customerNumber":"N1","documentType":"{document_type}","inventoryCode":"WH","inventoryName":"仓","subbaseCode":"O","subbaseName":"主","customerCode":"C","productList":{line}}}"#
    )
}

fn problems(id: &str, request: &str) -> Vec<(String, &'static str)> {
    let report = validate(id, request, &Options::default());
    report.errors.iter().chain(&report.warnings).map(|p| (p.path.clone(), p.code)).collect()
}

#[test_case("inOrder", &["10", "20", "30", "40", "50", "60", "70", "80", "110"] ; "inbound")]
#[test_case("outOrder", &["10", "20", "30", "40", "50", "60", "70", "80"] ; "outbound")]
#[test_case("tmsOrder", &["10", "20"] ; "transport")]
#[test_case("innerOrder", &["20"] ; "in warehouse")]
fn appendix_2_family(id: &str, family: &[&str]) {
    for code in APPENDIX_2 {
        let found = problems(id, &order(code));
        if family.contains(&code) {
            assert_eq!(found, vec![], "{id} should accept {code}");
        } else {
            assert_eq!(found, vec![("/documentType".to_string(), "enum")], "{id} should refuse {code}");
        }
    }
}

#[test_case("inOrder" ; "inbound")]
#[test_case("outOrder" ; "outbound")]
#[test_case("tmsOrder" ; "transport")]
#[test_case("innerOrder" ; "in warehouse")]
fn appendix_2_codes_are_strings_without_padding(id: &str) {
    for code in ["010", "2", "20 ", "", "采购入库"] {
        assert_eq!(problems(id, &order(code)), vec![("/documentType".to_string(), "enum")], "{id} {code:?}");
    }
}

fn route(scan_type_code: &str) -> String {
    format!(
        r#"[{{"mailno":"SF1","scanTypeCode":{scan_type_code},"operator":"王五","time":"2026-11-30 10:12:00","plannedDeliveryDate":"2026-11-30 18:00:00","transferAddress":"深圳","memo":"m"}}]"#
    )
}

#[test_case("001")]
#[test_case("100")]
#[test_case("80")]
#[test_case("81")]
#[test_case("82")]
#[test_case("83")]
#[test_case("84")]
#[test_case("85")]
#[test_case("86")]
#[test_case("87")]
#[test_case("101")]
#[test_case("102")]
#[test_case("103")]
#[test_case("104")]
#[test_case("105")]
#[test_case("89")]
#[test_case("90")]
#[test_case("91")]
#[test_case("92")]
#[test_case("93")]
#[test_case("94")]
#[test_case("95")]
#[test_case("96")]
#[test_case("97")]
#[test_case("98")]
#[test_case("99")]
#[test_case("002")]
fn appendix_3_code_is_accepted(code: &str) {
    assert_eq!(problems("carrierRoutingPush", &route(&format!("\"{code}\""))), vec![]);
}

#[test_case("\"1\"", "enum" ; "1 is not 001")]
#[test_case("\"2\"", "enum" ; "2 is not 002")]
#[test_case("\"01\"", "enum" ; "01 is not 001")]
#[test_case("\"088\"", "enum" ; "not padded")]
#[test_case("\"88\"", "enum" ; "gap in the list")]
#[test_case("\"签收\"", "enum" ; "label is not a code")]
#[test_case("1", "type" ; "number 1")]
#[test_case("100", "type" ; "number 100")]
fn appendix_3_look_alike_is_refused(value: &str, code: &'static str) {
    assert_eq!(problems("carrierRoutingPush", &route(value)), vec![("/0/scanTypeCode".to_string(), code)]);
}

#[test]
fn route_push_callback_only_warns_on_unknown_nodes() {
    let request = r#"{"customerNumber":"T1","scanTypeCode":"1"}"#;
    let report = validate("routePush", request, &Options::default());
    assert!(report.valid());
    assert_eq!(
        report.warnings.iter().map(|p| (p.path.as_str(), p.code)).collect::<Vec<_>>(),
        [("/scanTypeCode", "enum")]
    );
}

#[test_case("signInfoPush", "/signType", &["10", "20"], &["30", "1", "正常签收"])]
#[test_case("orderCancel", "/cancelType", &["10"], &["30", "0"])]
#[test_case("productSync", "/gift", &["10", "20"], &["Y", "true", "1"])]
#[test_case("carrierSignImagePush", "/imageType", &["imageBase64", "imageUrl"], &["base64", "url", "IMAGEURL"])]
fn single_page_code_lists(id: &str, pointer: &str, accepted: &[&str], refused: &[&str]) {
    let example = hongxun_sign::catalog::find(id).unwrap().example;
    let mut request: serde_json::Value = serde_json::from_str(example).unwrap();
    for code in accepted.iter().chain(refused) {
        *request.pointer_mut(pointer).unwrap() = serde_json::Value::String(code.to_string());
        let expected = if accepted.contains(code) { vec![] } else { vec![(pointer.to_string(), "enum")] };
        assert_eq!(problems(id, &request.to_string()), expected, "{id} {code}");
    }
}
