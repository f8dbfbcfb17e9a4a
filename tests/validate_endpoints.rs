//! Every request type: its catalog example edited into invalid requests, with the exact paths
//! and codes expected as errors (documented facts) and as warnings (inferred ones).

use hongxun_sign::catalog;
use hongxun_sign::validate::{validate, Options};
use serde_json::Value;
use test_case::test_case;

/// A change to an endpoint's example: set the value at a JSON pointer, or remove it.
enum Edit {
    Set(&'static str, &'static str),
    Remove(&'static str),
}
use Edit::{Remove, Set};

fn edited(id: &str, edits: &[Edit]) -> String {
    let mut request: Value = serde_json::from_str(catalog::find(id).unwrap().example).unwrap();
    for edit in edits {
        match edit {
            Set(pointer, json) => *request.pointer_mut(pointer).unwrap() = serde_json::from_str(json).unwrap(),
            Remove(pointer) => {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                match request.pointer_mut(parent).unwrap() {
                    Value::Object(members) => assert!(members.remove(key).is_some(), "{pointer}"),
                    Value::Array(items) => drop(items.remove(key.parse().unwrap())),
                    _ => panic!("{pointer}"),
                }
            }
        }
    }
    request.to_string()
}

type Expected<'a> = &'a [(&'a str, &'a str)];

fn check(id: &str, edits: &[Edit], errors: Expected<'_>, warnings: Expected<'_>) {
    let report = validate(id, &edited(id, edits), &Options::default());
    let listed = |problems: &[hongxun_sign::Problem]| -> Vec<(String, String)> {
        problems.iter().map(|p| (p.path.clone(), p.code.to_string())).collect()
    };
    let expected = |pairs: Expected<'_>| -> Vec<(String, String)> {
        pairs.iter().map(|(path, code)| (path.to_string(), code.to_string())).collect()
    };
    assert_eq!(listed(&report.errors), expected(errors), "errors");
    assert_eq!(listed(&report.warnings), expected(warnings), "warnings");
    assert_eq!(report.valid(), errors.is_empty());
}

#[test_case("inOrder", &[Remove("/customerNumber")], &[("/customerNumber", "required")], &[] ; "inOrder missing customerNumber")]
#[test_case("inOrder", &[Set("/documentType", r#""90""#)], &[("/documentType", "enum")], &[] ; "inOrder unknown document type")]
#[test_case("inOrder", &[Set("/documentType", "10")], &[("/documentType", "type")], &[] ; "inOrder document type as number")]
#[test_case("inOrder", &[Remove("/productList")], &[], &[("/productList", "required")] ; "inOrder lines inferred required")]
#[test_case("inOrder", &[Set("/productList/0/quantity", r#""20""#)], &[], &[("/productList/0/quantity", "type")] ; "inOrder inferred line quantity")]
#[test_case("inOrder", &[Remove("/inventoryName"), Remove("/subbaseCode")], &[("/inventoryName", "required"), ("/subbaseCode", "required")], &[] ; "inOrder two missing")]
#[test_case("outOrder", &[Set("/documentType", r#""110""#)], &[("/documentType", "enum")], &[] ; "outOrder inbound-only code")]
#[test_case("outOrder", &[Remove("/subbaseName")], &[("/subbaseName", "required")], &[] ; "outOrder missing subbaseName")]
#[test_case("outOrder", &[Set("/customerCode", "5")], &[("/customerCode", "type")], &[] ; "outOrder customerCode number")]
#[test_case("innerOrder", &[Set("/documentType", r#""10""#)], &[("/documentType", "enum")], &[] ; "innerOrder only 20")]
#[test_case("innerOrder", &[Remove("/inventoryCode")], &[("/inventoryCode", "required")], &[] ; "innerOrder missing inventoryCode")]
#[test_case("innerOrder", &[Set("/subbaseName", "2")], &[("/subbaseName", "type")], &[] ; "innerOrder owner name is a string")]
#[test_case("innerOrder", &[Remove("/subbaseName")], &[], &[("/subbaseName", "required")] ; "innerOrder owner name usually sent")]
#[test_case("innerOrder", &[Set("/targetSubbaseCode", "2")], &[], &[("/targetSubbaseCode", "type")] ; "innerOrder inferred target")]
#[test_case("tmsOrder", &[Remove("/customerCode")], &[("/customerCode", "required")], &[] ; "tmsOrder customerCode required")]
#[test_case("tmsOrder", &[Set("/documentType", r#""80""#)], &[("/documentType", "enum")], &[] ; "tmsOrder not transport")]
#[test_case("tmsOrder", &[Set("/plannedDeliveryDate", r#""2026/11/30""#)], &[], &[("/plannedDeliveryDate", "format")] ; "tmsOrder date format")]
#[test_case("orderCancel", &[Remove("/cancelBatch")], &[("/cancelBatch", "rule")], &[] ; "partial cancel without batch")]
#[test_case("orderCancel", &[Remove("/item")], &[("/item", "rule")], &[] ; "partial cancel without item")]
#[test_case("orderCancel", &[Remove("/cancelBatch"), Remove("/item")], &[("/cancelBatch", "rule"), ("/item", "rule")], &[] ; "partial cancel without both")]
#[test_case("orderCancel", &[Set("/cancelType", r#""10""#), Remove("/cancelBatch"), Remove("/item")], &[], &[] ; "whole cancel needs neither")]
#[test_case("orderCancel", &[Remove("/cancelType"), Remove("/cancelBatch"), Remove("/item")], &[], &[] ; "default cancel is whole")]
#[test_case("orderCancel", &[Set("/cancelType", r#""30""#)], &[("/cancelType", "enum")], &[] ; "cancel type unknown")]
#[test_case("orderCancel", &[Remove("/reason")], &[("/reason", "required")], &[] ; "cancel reason required")]
#[test_case("orderCancel", &[Set("/item", "{}")], &[("/item", "type")], &[] ; "cancel item not an array")]
#[test_case("orderCancel", &[Set("/item", "[]")], &[("/item", "rule")], &[] ; "partial cancel with no lines")]
#[test_case("orderCancel", &[Set("/item", "null"), Set("/cancelBatch", "null")], &[("/cancelBatch", "rule"), ("/item", "rule")], &[] ; "partial cancel with null batch and lines")]
#[test_case("inOrderConfirm", &[Remove("/customerNumber")], &[], &[("/customerNumber", "required")] ; "inOrderConfirm inferred required")]
#[test_case("inOrderConfirm", &[Set("/documentType", r#""90""#)], &[], &[("/documentType", "enum")] ; "inOrderConfirm inferred enum")]
#[test_case("inOrderConfirm", &[Set("/inboundTime", r#""2026-11-28""#)], &[], &[("/inboundTime", "format")] ; "inOrderConfirm time format")]
#[test_case("inOrderStatusConfirm", &[Set("/totalQuantity", r#""20""#)], &[("/totalQuantity", "type")], &[] ; "status total as string")]
#[test_case("inOrderStatusConfirm", &[Set("/actualQuantity", "1.5")], &[("/actualQuantity", "type")], &[] ; "status actual decimal")]
#[test_case("inOrderStatusConfirm", &[Set("/actualQuantity", "true")], &[("/actualQuantity", "type")], &[] ; "status actual boolean")]
#[test_case("inOrderStatusConfirm", &[Set("/orderStatus", r#""DONE""#)], &[], &[("/orderStatus", "enum")] ; "status list may be incomplete")]
#[test_case("inOrderStatusConfirm", &[Set("/actualQuantity", "21")], &[], &[("/actualQuantity", "rule")] ; "status actual over total")]
#[test_case("inOrderStatusConfirm", &[Set("/actualQuantity", "-1")], &[], &[("/actualQuantity", "range")] ; "status negative quantity")]
#[test_case("inOrderStatusConfirm", &[Remove("/orderStatus")], &[("/orderStatus", "required")], &[] ; "status missing")]
#[test_case("outOrderConfirm", &[Set("/documentType", r#""110""#)], &[], &[("/documentType", "enum")] ; "outOrderConfirm inferred enum")]
#[test_case("outOrderConfirm", &[Set("/productList", r#""x""#)], &[], &[("/productList", "type")] ; "outOrderConfirm inferred lines")]
#[test_case("outOrderConfirm", &[Set("/deliveryTime", r#""x""#)], &[], &[("/deliveryTime", "format")] ; "outOrderConfirm time")]
#[test_case("outOrderStatusConfirm", &[Set("/orderStatus", "null")], &[("/orderStatus", "required")], &[] ; "out status null is absent")]
#[test_case("outOrderStatusConfirm", &[Set("/totalQuantity", "9223372036854775808")], &[("/totalQuantity", "range")], &[] ; "out status beyond i64")]
#[test_case("outOrderStatusConfirm", &[Set("/totalQuantity", "3000000000")], &[], &[("/totalQuantity", "range")] ; "out status beyond i32")]
#[test_case("innerOrderConfirm", &[Remove("/callbackBatchId")], &[("/callbackBatchId", "required")], &[] ; "inner confirm batch id")]
#[test_case("innerOrderConfirm", &[Set("/documentType", r#""30""#)], &[], &[("/documentType", "enum")] ; "inner confirm family is inferred")]
#[test_case("innerOrderConfirm", &[Set("/documentType", "20")], &[("/documentType", "type")], &[] ; "inner confirm document type is a string")]
#[test_case("innerOrderConfirm", &[Set("/targetSubbaseCode", "2")], &[("/targetSubbaseCode", "type")], &[] ; "inner confirm target owner is a string")]
#[test_case("innerOrderConfirm", &[Remove("/targetSubbaseCode")], &[], &[("/targetSubbaseCode", "required")] ; "inner confirm inferred target")]
#[test_case("overseasLpn", &[Remove("/lpnList")], &[("/lpnList", "required")], &[] ; "lpn list required")]
#[test_case("overseasLpn", &[Set("/lpnList", "[1]")], &[("/lpnList/0", "type")], &[] ; "lpn items are objects")]
#[test_case("overseasLpn", &[Set("/lpnList/0/quantity", r#""12""#)], &[], &[("/lpnList/0/quantity", "type")] ; "lpn inferred quantity")]
#[test_case("overseasLpn", &[Set("/batchId", "1")], &[("/batchId", "type")], &[] ; "lpn batch id number")]
#[test_case("stockQuery", &[Set("/pageNum", "0")], &[], &[("/pageNum", "range")] ; "stock page zero")]
#[test_case("stockQuery", &[Set("/pageSize", r#""50""#)], &[("/pageSize", "type")], &[] ; "stock page size string")]
#[test_case("stockQuery", &[Remove("/productCodeList")], &[("/productCodeList", "required")], &[] ; "stock product list")]
#[test_case("stockQuery", &[Set("/productCodeList", r#"["SKU-1001"]"#)], &[("/productCodeList/0", "type")], &[] ; "stock product codes are objects")]
#[test_case("routePush", &[Set("/scanTypeCode", r#""1""#)], &[], &[("/scanTypeCode", "enum")] ; "route push inferred node")]
#[test_case("routePush", &[Set("/time", r#""bad""#)], &[], &[("/time", "format")] ; "route push time")]
#[test_case("routePush", &[Remove("/customerNumber")], &[], &[("/customerNumber", "required")] ; "route push inferred required")]
#[test_case("signInfoPush", &[Set("/signType", r#""30""#)], &[("/signType", "enum")], &[] ; "sign type unknown")]
#[test_case("signInfoPush", &[Set("/signedTime", r#""2026-11-30T10:12:00""#)], &[], &[("/signedTime", "format")] ; "signed time iso")]
#[test_case("signInfoPush", &[Remove("/signer")], &[("/signer", "required")], &[] ; "signer required")]
#[test_case("signInfoPush", &[Set("/productList/0/quantity", "1.5")], &[("/productList/0/quantity", "type")], &[] ; "signed line quantity documented")]
#[test_case("signInfoPush", &[Set("/actualQuantity", r#""5""#)], &[("/actualQuantity", "type")], &[] ; "signed quantity string")]
#[test_case("inOrderResultQuery", &[Remove("/customerNumber")], &[], &[("/customerNumber", "required")] ; "in result inferred required")]
#[test_case("inOrderResultQuery", &[Set("/inventoryCode", "1")], &[], &[("/inventoryCode", "type")] ; "in result inferred type")]
#[test_case("outOrderResultQuery", &[Remove("/customerNumber")], &[("/customerNumber", "required")], &[] ; "out result required")]
#[test_case("outOrderResultQuery", &[Set("/subbaseCode", "[]")], &[("/subbaseCode", "type")], &[] ; "out result type")]
#[test_case("routeQuery", &[Remove("/customerNumber")], &[("/customerNumber", "required")], &[] ; "route query required")]
#[test_case("routeQuery", &[Set("/mailno", "123")], &[("/mailno", "type")], &[] ; "route query mailno number")]
#[test_case("routeQuery", &[Set("", "[]")], &[("", "type")], &[] ; "route query array request")]
#[test_case("signImagePush", &[Set("", r#"{"customerFlag":"C001"}"#)], &[("", "type")], &[] ; "sign image push object request")]
#[test_case("signImagePush", &[Remove("/0/customerFlag")], &[("/0/customerFlag", "required")], &[] ; "sign image item flag")]
#[test_case("signImagePush", &[Set("/0/signList/0/signedTime", r#""x""#)], &[], &[("/0/signList/0/signedTime", "format")] ; "sign image time")]
#[test_case("signImagePush", &[Set("/0", r#""x""#)], &[("/0", "type")], &[] ; "sign image item string")]
#[test_case("vinStockQuery", &[Remove("/mode")], &[("/mode", "required")], &[] ; "vin stock mode required")]
#[test_case("vinStockQuery", &[Set("/mode", "[]")], &[("/mode", "type")], &[] ; "vin stock mode object")]
#[test_case("vinStockQuery", &[Set("/mode/ownerId", "1")], &[], &[("/mode/ownerId", "type")] ; "vin stock inferred owner")]
#[test_case("vinStockQuery", &[Set("/pageNum", "1.0")], &[], &[("/pageNum", "type")] ; "vin stock page written 1.0")]
#[test_case("vinStockQuery", &[Set("/pageNum", "1.5")], &[("/pageNum", "type")], &[] ; "vin stock page decimal")]
#[test_case("vinCheckConfirm", &[Remove("/batchCode")], &[("/batchCode", "required")], &[] ; "vin check batch")]
#[test_case("vinCheckConfirm", &[Set("/dataList/0/checkItemList", "{}")], &[("/dataList/0/checkItemList", "type")], &[] ; "vin check items array")]
#[test_case("vinCheckConfirm", &[Set("/dataList/0/checkTime", r#""x""#)], &[], &[("/dataList/0/checkTime", "format")] ; "vin check time")]
#[test_case("vinCheckConfirm", &[Set("/dataList/0/checkItemList/0/categoryId", "1")], &[], &[("/dataList/0/checkItemList/0/categoryId", "type")] ; "vin check category")]
#[test_case("tmsOrderConfirm", &[Set("/plannedDeliveryDate", r#""soon""#)], &[], &[("/plannedDeliveryDate", "format")] ; "tms confirm date")]
#[test_case("tmsOrderConfirm", &[Remove("/customerNumber")], &[], &[("/customerNumber", "required")] ; "tms confirm inferred required")]
#[test_case("tmsOrderConfirm", &[Set("/expressCode", "7")], &[], &[("/expressCode", "type")] ; "tms confirm inferred type")]
#[test_case("cancelResult", &[Remove("/orderBasicInfo")], &[("/orderBasicInfo", "required")], &[] ; "cancel result header")]
#[test_case("cancelResult", &[Set("/originalDocument", r#""x""#)], &[("/originalDocument", "type")], &[] ; "cancel result original")]
#[test_case("cancelResult", &[Set("/orderProductList/0/quantity", "1.5")], &[], &[("/orderProductList/0/quantity", "type")] ; "cancel result inferred quantity")]
#[test_case("serialNumberIssue", &[Set("/surPlusCount", "1")], &[], &[("/currentCount", "rule")] ; "serial batch over total")]
#[test_case("serialNumberIssue", &[Set("/currentCount", "1")], &[], &[("/productList", "rule")] ; "serial list length")]
#[test_case("serialNumberIssue", &[Remove("/totalCount")], &[("/totalCount", "required")], &[] ; "serial total required")]
#[test_case("serialNumberIssue", &[Set("/totalCount", r#""2""#)], &[("/totalCount", "type")], &[] ; "serial total string")]
#[test_case("productSync", &[Set("/gift", r#""Y""#)], &[("/gift", "enum")], &[] ; "product gift")]
#[test_case("productSync", &[Set("/price", r#""199""#)], &[("/price", "type")], &[] ; "product price string")]
#[test_case("productSync", &[Remove("/brand"), Remove("/modelName"), Remove("/color")], &[("/brand", "required"), ("/modelName", "required"), ("/color", "required")], &[] ; "product three missing")]
#[test_case("productSync", &[Set("/widths", r#""8""#)], &[], &[("/widths", "type")] ; "product inferred width")]
#[test_case("inventoryOrgSync", &[Remove("/phone")], &[("/phone", "required")], &[] ; "org phone")]
#[test_case("inventoryOrgSync", &[Remove("/contact")], &[("/contact", "required")], &[] ; "org contact")]
#[test_case("inventoryOrgSync", &[Set("/addressDetail", "88")], &[], &[("/addressDetail", "type")] ; "org inferred address")]
#[test_case("consigneeSync", &[Remove("/countyName")], &[("/countyName", "required")], &[] ; "consignee country sic")]
#[test_case("consigneeSync", &[Set("/mobile", "13800000000")], &[("/mobile", "type")], &[] ; "consignee mobile number")]
#[test_case("consigneeSync", &[Remove("/code"), Set("/fullName", "{}")], &[("/code", "required"), ("/fullName", "type")], &[] ; "consignee two problems")]
#[test_case("productVolumeWeightSync", &[Set("/productList/0/vol", r#""0.1""#)], &[("/productList/0/vol", "type")], &[] ; "volume string")]
#[test_case("productVolumeWeightSync", &[Remove("/productList")], &[("/productList", "required")], &[] ; "volume list required")]
#[test_case("carrierRoutingPush", &[Set("/0/scanTypeCode", r#""1""#)], &[("/0/scanTypeCode", "enum")], &[] ; "route node 1 is not 001")]
#[test_case("carrierRoutingPush", &[Set("/0/scanTypeCode", "1")], &[("/0/scanTypeCode", "type")], &[] ; "route node number")]
#[test_case("carrierRoutingPush", &[Remove("/0/memo")], &[("/0/memo", "required")], &[] ; "route memo required")]
#[test_case("carrierRoutingPush", &[Set("/0/time", r#""2026-11-30 24:00:00""#)], &[], &[("/0/time", "format")] ; "route hour 24")]
#[test_case("carrierSignImagePush", &[Set("/imageType", r#""imagebase64""#)], &[("/imageType", "enum")], &[] ; "image type case")]
#[test_case("carrierSignImagePush", &[Remove("/imageInfos")], &[("/imageInfos", "required")], &[] ; "image infos required")]
#[test_case("carrierSignImagePush", &[Set("/imageInfos/0/imageUrl", "5")], &[], &[("/imageInfos/0/imageUrl", "type")] ; "image inferred url")]
#[test_case("dwsPackage", &[Set("/weight", r#""1250""#)], &[("/weight", "type")], &[] ; "dws weight string")]
#[test_case("dwsPackage", &[Remove("/volume")], &[("/volume", "required")], &[] ; "dws volume required")]
#[test_case("dwsPackage", &[Set("/longs", "true")], &[("/longs", "type")], &[] ; "dws length boolean")]
fn invalid(id: &str, edits: &[Edit], errors: Expected<'_>, warnings: Expected<'_>) {
    check(id, edits, errors, warnings);
}

#[test]
fn every_endpoint_has_cases_here() {
    let source = include_str!("validate_endpoints.rs");
    for e in catalog::ENDPOINTS {
        assert!(source.contains(&format!("#[test_case(\"{}\", ", e.id)), "no case for {}", e.id);
    }
}

#[test]
fn several_problems_are_all_reported_in_one_pass() {
    let request = r#"{"customerNumber":7,"documentType":"110","inventoryCode":"WH01","subbaseCode":"OWN01",
        "subbaseName":"货主","productList":[{"quantity":"3"},{"quantity":-2}],"plannedDeliveryDate":"tomorrow"}"#;
    let report = validate("tmsOrder", request, &Options::default());
    let errors: Vec<(&str, &str)> = report.errors.iter().map(|p| (p.path.as_str(), p.code)).collect();
    let warnings: Vec<(&str, &str)> = report.warnings.iter().map(|p| (p.path.as_str(), p.code)).collect();
    assert_eq!(
        errors,
        [
            ("/customerNumber", "type"),
            ("/documentType", "enum"),
            ("/inventoryName", "required"),
            ("/customerCode", "required")
        ]
    );
    assert_eq!(
        warnings,
        [("/plannedDeliveryDate", "format"), ("/productList/0/quantity", "type"), ("/productList/1/quantity", "range")]
    );
}
