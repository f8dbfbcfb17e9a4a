//! The catalog against the documentation (§5 of the API reference): ids, titles, groups,
//! directions, paths, envelopes, shapes; and its own integrity (rules name real fields).

use hongxun_sign::catalog::{self, codes, Check, Direction, Envelope, Object, Provenance, Shape, Type, ENDPOINTS};
use test_case::test_case;

/// §5 in order: id, 中文, group, direction, path.
const SECTION_5: [(&str, &str, &str, &str, Option<&str>); 30] = [
    ("inOrder", "入库单创建", "order", "C→H", Some("/dtc/logistics/inOrder")),
    ("outOrder", "出库单创建", "order", "C→H", Some("/dtc/logistics/outOrder")),
    ("innerOrder", "物权单创建", "order", "C→H", Some("/dtc/logistics/innerOrder")),
    ("tmsOrder", "运输单创建", "order", "C→H", Some("/dtc/logistics/tmsOrder")),
    ("orderCancel", "订单取消", "order", "C→H", Some("/dtc/logistics/orderCancel")),
    ("inOrderConfirm", "入库单确认", "order", "H→C", None),
    ("inOrderStatusConfirm", "入库单状态确认(分批回传)", "order", "H→C", None),
    ("outOrderConfirm", "出库单确认", "order", "H→C", None),
    ("outOrderStatusConfirm", "出库单状态确认(分批回传)", "order", "H→C", None),
    ("innerOrderConfirm", "物权单确认", "order", "H→C", None),
    ("overseasLpn", "LPN接口", "order", "C→H", Some("/dtc/esboms/overseasLpn")),
    ("stockQuery", "库存查询", "order", "C→H", Some("/dtc/esboms/stockQuery")),
    ("routePush", "路由推送", "order", "H→C", None),
    ("signInfoPush", "签收信息推送", "order", "H→C", None),
    ("inOrderResultQuery", "入库单结果查询", "order", "C→H", Some("/dtc/esboms/inOrderResultQuery")),
    ("outOrderResultQuery", "出库单结果查询", "order", "C→H", Some("/dtc/esboms/outOrderResultQuery")),
    ("routeQuery", "路由查询", "order", "C→H", Some("/dtc/esboms/routeQuery")),
    ("signImagePush", "签收图片推送", "order", "H→C", None),
    ("vinStockQuery", "车库存查询", "order", "C→H", Some("/dtc/logistics/vinStockQuery")),
    ("vinCheckConfirm", "验车确认", "order", "H→C", None),
    ("tmsOrderConfirm", "运输单确认", "order", "H→C", None),
    ("cancelResult", "取消结果", "order", "H→C", None),
    ("serialNumberIssue", "串码下发", "order", "C→H", None),
    ("productSync", "产品同步", "base", "C→H", Some("/dtc/logistics/productCreate")),
    ("inventoryOrgSync", "库存组织同步", "base", "C→H", None),
    ("consigneeSync", "收货用户同步", "base", "C→H", None),
    ("productVolumeWeightSync", "产品体积重量同步", "base", "C→H", None),
    ("carrierRoutingPush", "承运商路由推送", "carrier", "Carrier→H", Some("/dtc/tms/carrierRoutingPush")),
    ("carrierSignImagePush", "承运商签收图片推送", "carrier", "Carrier→H", Some("/dtc/tms/carrierSignImagePush")),
    ("dwsPackage", "DWS包裹信息", "device", "Device→H", None),
];

#[test]
fn endpoints_are_those_of_section_5_in_order() {
    let ids: Vec<&str> = ENDPOINTS.iter().map(|e| e.id).collect();
    let expected: Vec<&str> = SECTION_5.iter().map(|row| row.0).collect();
    assert_eq!(ids, expected);
}

#[test]
fn each_endpoint_matches_its_row() {
    for (id, zh, group, direction, path) in SECTION_5 {
        let e = catalog::find(id).unwrap();
        assert_eq!((e.title_zh, e.group.as_str(), e.direction.as_str(), e.path), (zh, group, direction, path), "{id}");
        assert!(!e.title_en.is_empty(), "{id}");
    }
}

#[test]
fn find_is_exact() {
    assert_eq!(catalog::find("inOrder").map(|e| e.id), Some("inOrder"));
    assert!(catalog::find("inorder").is_none());
    assert!(catalog::find("").is_none());
    assert!(catalog::find("inOrder ").is_none());
}

#[test]
fn only_dws_package_uses_the_device_envelope() {
    let device: Vec<&str> = ENDPOINTS.iter().filter(|e| e.envelope == Envelope::Device).map(|e| e.id).collect();
    assert_eq!(device, ["dwsPackage"]);
}

#[test]
fn only_two_requests_are_arrays() {
    let arrays: Vec<&str> = ENDPOINTS.iter().filter(|e| e.shape == Shape::Array).map(|e| e.id).collect();
    assert_eq!(arrays, ["signImagePush", "carrierRoutingPush"]);
}

#[test]
fn inferred_directions_and_paths_are_marked() {
    let inferred = |f: fn(&catalog::Endpoint) -> Provenance| -> Vec<&str> {
        ENDPOINTS.iter().filter(|e| f(e) == Provenance::Inferred).map(|e| e.id).collect()
    };
    assert_eq!(inferred(|e| e.direction_provenance), ["routePush", "signInfoPush", "signImagePush", "tmsOrderConfirm"]);
    assert_eq!(inferred(|e| e.path_provenance), ["inOrderResultQuery"]);
}

#[test]
fn callbacks_have_no_path() {
    for e in ENDPOINTS.iter().filter(|e| e.direction == Direction::HongxunToCustomer) {
        assert_eq!(e.path, None, "{}", e.id);
    }
}

#[test_case(&codes::INBOUND, &["10", "20", "30", "40", "50", "60", "70", "80", "110"])]
#[test_case(&codes::OUTBOUND, &["10", "20", "30", "40", "50", "60", "70", "80"])]
#[test_case(&codes::TRANSPORT, &["10", "20"])]
#[test_case(&codes::IN_WAREHOUSE, &["20"])]
#[test_case(&codes::SIGN_TYPE, &["10", "20"])]
#[test_case(&codes::CANCEL_TYPE, &["10", "20"])]
#[test_case(&codes::GIFT, &["10", "20"])]
#[test_case(&codes::IMAGE_TYPE, &["imageBase64", "imageUrl"])]
#[test_case(&codes::ORDER_STATUS, &["FULFILLED"])]
#[test_case(&codes::ROUTE_NODE, &[
    "001", "100", "80", "81", "82", "83", "84", "85", "86", "87", "101", "102", "103", "104", "105",
    "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99", "002",
])]
fn code_lists_are_the_published_ones(set: &catalog::CodeSet, expected: &[&str]) {
    let listed: Vec<&str> = set.codes.iter().map(|c| c.code).collect();
    assert_eq!(listed, expected);
    assert!(set.codes.iter().all(|c| !c.label_zh.is_empty()));
}

#[test]
fn only_order_status_is_an_incomplete_list() {
    let incomplete: Vec<&str> = codes::ALL.iter().filter(|s| !s.complete).map(|s| s.id).collect();
    assert_eq!(incomplete, ["orderStatus"]);
}

#[test]
fn labels_are_the_published_ones() {
    assert_eq!(codes::INBOUND.label("110"), Some("入库检测"));
    assert_eq!(codes::OUTBOUND.label("80"), Some("退回工厂出库"));
    assert_eq!(codes::ROUTE_NODE.label("002"), Some("签收异常"));
    assert_eq!(codes::ROUTE_NODE.label("2"), None);
}

/// Every object of the catalog with a name for messages.
fn objects() -> Vec<(String, &'static Object)> {
    fn walk(name: String, object: &'static Object, out: &mut Vec<(String, &'static Object)>) {
        for field in object.fields {
            if let Some(nested) = field.ty.nested() {
                walk(format!("{name}/{}", field.name), nested, out);
            }
        }
        out.push((name, object));
    }
    let mut out = Vec::new();
    for e in ENDPOINTS {
        walk(e.id.to_string(), e.body, &mut out);
    }
    out
}

#[test]
fn field_names_are_unique_and_described() {
    for (name, object) in objects() {
        let mut names: Vec<&str> = object.fields.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), object.fields.len(), "{name} repeats a field");
        for f in object.fields {
            assert!(!f.zh.is_empty() && !f.en.is_empty(), "{name}/{}", f.name);
            assert!(f.codes.is_none() || matches!(f.ty, Type::String), "{name}/{}: codes on a non-string", f.name);
        }
    }
}

#[test]
fn rules_name_fields_of_the_right_type() {
    for (name, object) in objects() {
        let ty = |field: &str| object.field(field).map(|f| f.ty.as_str());
        for rule in object.rules {
            match rule.check {
                Check::RequiredWhen { field, when: (other, value) } => {
                    assert!(ty(field).is_some(), "{name}: {field}");
                    let codes = object.field(other).and_then(|f| f.codes).expect("a coded field");
                    assert!(codes.contains(value), "{name}: {other} = {value}");
                }
                Check::RequiredWithOption { field, .. } => assert!(ty(field).is_some(), "{name}: {field}"),
                Check::NotGreater { parts, limit } => {
                    for part in parts.iter().chain([&limit]) {
                        assert_eq!(ty(part), Some("integer"), "{name}: {part}");
                    }
                }
                Check::LengthEquals { array, count } => {
                    assert_eq!((ty(array), ty(count)), (Some("array"), Some("integer")), "{name}");
                }
            }
        }
    }
}

#[test]
fn documented_rules_are_the_two_the_docs_state() {
    let documented: Vec<String> = objects()
        .into_iter()
        .flat_map(|(name, object)| {
            object.rules.iter().filter(|r| r.provenance == Provenance::Documented).map(move |r| match r.check {
                Check::RequiredWhen { field, .. } => format!("{name}: {field} when"),
                Check::RequiredWithOption { field, .. } => format!("{name}: {field} with option"),
                _ => format!("{name}: other"),
            })
        })
        .collect();
    assert_eq!(
        documented,
        [
            "orderCancel: cancelBatch when",
            "orderCancel: item when",
            "carrierRoutingPush: vinCode with option",
            "carrierRoutingPush: longitude with option",
            "carrierRoutingPush: dimension with option",
        ]
    );
}

#[test]
fn examples_are_of_the_endpoints_shape() {
    for e in ENDPOINTS {
        let first = e.example.trim_start().chars().next();
        let expected = match e.shape {
            Shape::Object => '{',
            Shape::Array => '[',
        };
        assert_eq!(first, Some(expected), "{}", e.id);
    }
}
