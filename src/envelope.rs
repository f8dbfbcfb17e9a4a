//! The exact body text to POST: the signed envelope (§1) and the DWS device envelope.

use crate::json;

/// `{"createBy":…,"dataSource":…,"request":<canonical>,"sign":…,"timestamp":…}`: keys in this
/// order (fastjson's own sorted order), the request exactly as it was hashed.
pub fn signed_body(
    create_by: &str,
    data_source: &str,
    canonical: &str,
    sign: &str,
    timestamp: &str,
) -> String {
    let mut out = Vec::with_capacity(canonical.len() + create_by.len() + data_source.len() + 110);
    out.extend_from_slice(b"{\"createBy\":");
    json::write_string(&mut out, create_by);
    out.extend_from_slice(b",\"dataSource\":");
    json::write_string(&mut out, data_source);
    out.extend_from_slice(b",\"request\":");
    out.extend_from_slice(canonical.as_bytes());
    out.extend_from_slice(b",\"sign\":");
    json::write_string(&mut out, sign);
    out.extend_from_slice(b",\"timestamp\":");
    json::write_string(&mut out, timestamp);
    out.push(b'}');
    into_string(out)
}

/// `{"warehouseCode":…,"timestamp":…,"request":…}`: the device envelope, without a signature.
pub fn device_body(warehouse_code: &str, timestamp: &str, canonical: &str) -> String {
    let mut out = Vec::with_capacity(canonical.len() + warehouse_code.len() + 64);
    out.extend_from_slice(b"{\"warehouseCode\":");
    json::write_string(&mut out, warehouse_code);
    out.extend_from_slice(b",\"timestamp\":");
    json::write_string(&mut out, timestamp);
    out.extend_from_slice(b",\"request\":");
    out.extend_from_slice(canonical.as_bytes());
    out.push(b'}');
    into_string(out)
}

// Every piece written is UTF-8: `&str` inputs escaped by the fastjson writer, which never splits
// a character.
fn into_string(out: Vec<u8>) -> String {
    String::from_utf8(out).unwrap_or_default()
}
