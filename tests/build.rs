//! Building the exact body to POST: the envelope vectors byte for byte, and the refusals.

use hongxun_sign::build::{build_request, device_body, BuildOptions, Credentials};
use serde::Deserialize;

#[derive(Deserialize)]
struct Vector {
    endpoint: String,
    now: i64,
    #[serde(rename = "createBy")]
    create_by: String,
    #[serde(rename = "dataSource")]
    data_source: String,
    secret: String,
    request: String,
    timestamp: String,
    sign: String,
    body: String,
}

const DEMO: Credentials<'static> = Credentials::Signed { create_by: "C001", data_source: "WEB", secret: "s3cr3t" };

#[test]
fn every_envelope_vector_byte_for_byte() {
    let vectors: Vec<Vector> =
        include_str!("vectors/envelopes.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(vectors.len(), 4);
    for v in vectors {
        let credentials =
            Credentials::Signed { create_by: &v.create_by, data_source: &v.data_source, secret: &v.secret };
        let built = build_request(&v.endpoint, &v.request, &credentials, &BuildOptions::at(v.now)).unwrap();
        assert_eq!(built.timestamp, v.timestamp, "{}", v.endpoint);
        assert_eq!(built.sign.as_deref(), Some(v.sign.as_str()), "{}", v.endpoint);
        assert_eq!(built.body, v.body, "{}", v.endpoint);
        assert!(!built.body.contains(&v.secret));
        // What a portal shows: the hashed request where the body holds it, and the string to
        // sign with the secret masked, whose MD5 with the secret put back is the signature.
        assert_eq!(&built.body[built.canonical_in_body.clone()], built.canonical());
        let shown = built.string_to_sign().unwrap();
        assert_eq!(shown, format!("{}&{}&{}&***&{}", v.create_by, v.data_source, built.canonical(), v.timestamp));
        let hashed = shown.replacen("&***&", &format!("&{}&", v.secret), 1);
        assert_eq!(hongxun_sign::sign::md5_hex(hashed.as_bytes()), v.sign, "{}", v.endpoint);
    }
}

#[test]
fn returns_the_published_path() {
    let request = r#"{"customerNumber":"SO1","reason":"客户取消"}"#;
    let built = build_request("orderCancel", request, &DEMO, &BuildOptions::at(0)).unwrap();
    assert_eq!(built.path, Some("/dtc/logistics/orderCancel"));
    assert_eq!(built.timestamp, "1970-01-01 08:00:00");
}

#[test]
fn refuses_to_sign_an_invalid_request_and_says_everything_wrong() {
    let request = r#"{"documentType":"110","inventoryCode":"WH01"}"#;
    let err = build_request("outOrder", request, &DEMO, &BuildOptions::at(0)).unwrap_err();
    assert_eq!(err.code(), "invalid_request");
    let problems: Vec<_> = err.problems().iter().map(|p| (p.path.as_str(), p.code)).collect();
    assert!(problems.contains(&("/documentType", "enum")), "{problems:?}");
    assert!(problems.contains(&("/customerNumber", "required")), "{problems:?}");
    assert!(problems.len() >= 4, "{problems:?}");
}

#[test]
fn validation_can_be_switched_off() {
    let options = BuildOptions { validate: false, ..BuildOptions::at(0) };
    assert!(build_request("outOrder", r#"{"documentType":"110"}"#, &DEMO, &options).is_ok());
}

#[test]
fn refuses_what_it_cannot_sign_faithfully() {
    let options = BuildOptions { validate: false, ..BuildOptions::at(0) };
    for (request, code) in
        [(r#"{"a":1,"a":2}"#, "duplicate_key"), (r#"{"s":"\ud800"}"#, "lone_surrogate"), ("[1", "invalid_json")]
    {
        assert_eq!(build_request("inOrder", request, &DEMO, &options).unwrap_err().code(), code);
    }
}

#[test]
fn unknown_endpoint_missing_secret_and_wrong_envelope() {
    let o = BuildOptions::at(0);
    assert_eq!(build_request("nope", "{}", &DEMO, &o).unwrap_err().code(), "unknown_endpoint");
    let no_secret = Credentials::Signed { create_by: "C001", data_source: "WEB", secret: "" };
    assert_eq!(build_request("routeQuery", "{}", &no_secret, &o).unwrap_err().code(), "missing_secret");
    let device = Credentials::Device { warehouse_code: "WH01" };
    assert_eq!(build_request("routeQuery", "{}", &device, &o).unwrap_err().code(), "wrong_envelope");
    assert_eq!(build_request("dwsPackage", "{}", &DEMO, &o).unwrap_err().code(), "wrong_envelope");
}

#[test]
fn device_envelope_has_no_signature() {
    let request = r#"{"mailno":"SF1","longs":30.5,"widths":20,"heights":10,"weight":1500,"volume":6100}"#;
    let built =
        build_request("dwsPackage", request, &Credentials::Device { warehouse_code: "WH01" }, &BuildOptions::at(0))
            .unwrap();
    assert_eq!(built.sign, None);
    assert_eq!(
        built.body,
        r#"{"warehouseCode":"WH01","timestamp":"1970-01-01 08:00:00","request":{"heights":10,"longs":30.5,"mailno":"SF1","volume":6100,"weight":1500,"widths":20}}"#
    );
    assert_eq!(built.body, device_body("WH01", "1970-01-01 08:00:00", built.canonical()));
}

#[test]
fn credentials_are_escaped_as_json_strings() {
    let odd = Credentials::Signed { create_by: "C\"1", data_source: "W\u{2028}", secret: "k" };
    let built = build_request("routeQuery", r#"{"customerNumber":"SO1"}"#, &odd, &BuildOptions::at(0)).unwrap();
    assert!(built.body.starts_with(r#"{"createBy":"C\"1","dataSource":"W\u2028","#), "{}", built.body);
}

#[test]
fn debug_output_hides_the_secret() {
    assert!(!format!("{DEMO:?}").contains("s3cr3t"));
}
