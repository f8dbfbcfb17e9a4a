//! What the generators derive from the catalog: JSON Schemas, the endpoint list for forms, the
//! OpenAPI document, the TypeScript types, docs/catalog.md and the README table. (The OpenAPI document and every
//! schema are also checked by real validators in `scripts/check-openapi.sh`.)

use crate::schema;
use hongxun_sign::catalog::{self, Direction, ENDPOINTS};
use serde_json::{json, Value};

fn request_schema(id: &str) -> Value {
    serde_json::from_str(&schema::request_schema_json(id).unwrap()).unwrap()
}

#[test]
fn every_endpoint_has_a_compact_2020_12_schema() {
    for e in ENDPOINTS {
        let text = schema::request_schema_json(e.id).unwrap();
        assert!(!text.contains('\n'), "{} is not compact", e.id);
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(schema["type"], e.shape.as_str(), "{}", e.id);
        let example: Value = serde_json::from_str(e.example).unwrap();
        assert_eq!(schema["examples"][0], example, "{}", e.id);
    }
    assert_eq!(schema::request_schema_json("nope"), None);
}

#[test]
fn required_lists_only_documented_required_fields() {
    let schema = request_schema("inOrder");
    assert_eq!(
        schema["required"],
        json!(["customerNumber", "documentType", "inventoryCode", "inventoryName", "subbaseCode"])
    );
    assert_eq!(request_schema("inOrderConfirm").get("required"), None);
}

#[test]
fn documented_code_lists_are_enums_with_labels() {
    let document_type = &request_schema("inOrder")["properties"]["documentType"];
    assert_eq!(document_type["type"], "string");
    assert_eq!(document_type["enum"], json!(["10", "20", "30", "40", "50", "60", "70", "80", "110"]));
    assert_eq!(document_type["x-enumLabels"]["110"], "入库检测");
    assert_eq!(document_type["description"], "单据类型 · document type");
}

#[test]
fn optional_members_may_be_null() {
    let cancel_type = &request_schema("orderCancel")["properties"]["cancelType"];
    assert_eq!(cancel_type["type"], json!(["string", "null"]));
    assert_eq!(cancel_type["enum"], json!(["10", "20", null]));
}

#[test]
fn incomplete_or_inferred_lists_are_examples_not_enums() {
    let status = &request_schema("inOrderStatusConfirm")["properties"]["orderStatus"];
    assert_eq!(status.get("enum"), None);
    assert_eq!(status["examples"], json!(["FULFILLED"]));
    let node = &request_schema("routePush")["properties"]["scanTypeCode"];
    assert_eq!((node.get("enum"), &node["x-provenance"]), (None, &json!("inferred")));
}

#[test]
fn inferred_parts_are_described_not_asserted() {
    let lines = &request_schema("inOrder")["properties"]["productList"];
    assert_eq!(lines["x-provenance"], "inferred");
    assert_eq!(lines["x-type"], "array");
    assert_eq!(lines.get("type"), None);
    let quantity = &lines["items"]["properties"]["quantity"];
    assert_eq!((quantity.get("type"), &quantity["x-type"]), (None, &json!("integer")));
    // The same product line is documented on signInfoPush.
    let signed = &request_schema("signInfoPush")["properties"]["productList"]["items"]["properties"]["quantity"];
    assert_eq!(signed["type"], json!(["integer", "null"]));
}

#[test]
fn beijing_datetimes_carry_format_and_pattern() {
    let signed_time = &request_schema("signInfoPush")["properties"]["signedTime"];
    assert_eq!(signed_time["format"], "beijing-date-time");
    assert_eq!(signed_time["x-pattern"], r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$");
}

#[test]
fn partial_cancel_rule_is_if_then() {
    let schema = request_schema("orderCancel");
    assert_eq!(
        schema["allOf"][0],
        json!({"if": {"properties": {"cancelType": {"const": "20"}}, "required": ["cancelType"]},
               "then": {"required": ["cancelBatch"], "properties": {"cancelBatch": {"not": {"type": "null"}}}}})
    );
    // A null or empty `item` does not satisfy a partial cancel, as in validation.
    assert_eq!(
        schema["allOf"][1]["then"],
        json!({"required": ["item"], "properties": {"item": {"not": {"type": "null"}, "minItems": 1}}})
    );
}

#[test]
fn an_inferred_code_list_of_a_documented_field_is_not_asserted() {
    let document_type = &request_schema("innerOrderConfirm")["properties"]["documentType"];
    assert_eq!(document_type["type"], "string");
    assert_eq!(document_type.get("enum"), None);
    assert_eq!((&document_type["examples"], &document_type["x-enumProvenance"]), (&json!(["20"]), &json!("inferred")));
    assert!(request_schema("innerOrderConfirm")["required"].as_array().unwrap().iter().any(|f| f == "documentType"));
}

#[test]
fn a_documented_type_is_asserted_when_only_the_requirement_is_inferred() {
    for (id, name) in [("innerOrder", "subbaseName"), ("innerOrderConfirm", "targetSubbaseCode")] {
        let schema = request_schema(id);
        let property = &schema["properties"][name];
        assert_eq!(property["type"], json!(["string", "null"]), "{id}.{name}");
        assert_eq!((property.get("x-provenance"), &property["x-usuallySent"]), (None, &json!(true)), "{id}.{name}");
        assert!(!schema["required"].as_array().unwrap().iter().any(|f| f == name), "{id}.{name}");
    }
}

#[test]
fn array_requests_describe_their_items() {
    let schema = request_schema("carrierRoutingPush");
    assert_eq!(schema["items"]["type"], "object");
    assert_eq!(schema["items"]["properties"]["scanTypeCode"]["enum"].as_array().unwrap().len(), 27);
    assert_eq!(schema["items"]["additionalProperties"], true);
}

#[test]
fn endpoint_list_has_what_a_form_needs() {
    let list: Value = serde_json::from_str(&schema::endpoints_json()).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 30);
    let cancel = list.iter().find(|e| e["id"] == "orderCancel").unwrap();
    assert_eq!(cancel["path"], "/dtc/logistics/orderCancel");
    assert_eq!((&cancel["envelope"], &cancel["shape"]), (&json!("signed"), &json!("object")));
    let cancel_type = &cancel["fields"][2];
    assert_eq!(cancel_type["name"], "cancelType");
    assert_eq!(cancel_type["enum"][1], json!({"code": "20", "labelZh": "部分取消", "labelEn": "Partial"}));
    let quantity = &cancel["fields"][4]["fields"][2];
    assert_eq!(
        (&quantity["name"], &quantity["provenance"], &quantity["minimum"]),
        (&json!("quantity"), &json!("inferred"), &json!(0))
    );
    assert_eq!(
        cancel["rules"][0],
        json!({"kind": "requiredWhen", "field": "cancelBatch", "when": {"field": "cancelType", "equals": "20"}, "provenance": "documented"})
    );
    let dws = list.iter().find(|e| e["id"] == "dwsPackage").unwrap();
    assert_eq!((&dws["path"], &dws["envelope"]), (&Value::Null, &json!("device")));
    // Where the sandbox serves each call, and which are callbacks, without reading display text.
    let served =
        |id: &str| list.iter().find(|e| e["id"] == id).map(|e| (e["callback"].clone(), e["sandboxPath"].clone()));
    assert_eq!(served("orderCancel"), Some((json!(false), json!("/dtc/logistics/orderCancel"))));
    assert_eq!(served("dwsPackage"), Some((json!(false), json!("/dtc/sandbox/dwsPackage"))));
    assert_eq!(served("routePush"), Some((json!(true), Value::Null)));
    let lines =
        list.iter().find(|e| e["id"] == "inOrder").unwrap()["fields"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (&lines["name"], &lines["required"], &lines["usuallySent"], &lines["complete"]),
        (&json!("productList"), &json!(false), &json!(true), &json!(false))
    );
    assert_eq!(schema::endpoints_pretty().parse::<Value>().ok(), Some(Value::Array(list.clone())));
}

#[test]
fn every_code_of_every_list_has_an_english_label() {
    let list: Value = serde_json::from_str(&schema::endpoints_json()).unwrap();
    let mut labelled = 0;
    let mut visit = vec![list];
    while let Some(value) = visit.pop() {
        match value {
            Value::Object(members) => {
                if let Some(Value::Array(codes)) = members.get("enum") {
                    for code in codes {
                        let en = code["labelEn"].as_str().unwrap_or_default();
                        assert!(!en.is_empty() && en.is_ascii(), "{code}");
                        labelled += 1;
                    }
                }
                visit.extend(members.into_iter().map(|(_, v)| v));
            }
            Value::Array(items) => visit.extend(items),
            _ => {}
        }
    }
    assert!(labelled >= catalog::codes::ALL.iter().map(|c| c.codes.len()).sum::<usize>());
    let route_node = catalog::codes::ROUTE_NODE.codes.iter().find(|c| c.code == "002").unwrap();
    assert_eq!(route_node.label_en.text(), "Signed for with exception");
}

#[test]
fn openapi_sends_unpublished_paths_to_the_sandbox_only() {
    let doc: Value = serde_json::from_str(&schema::openapi_json()).unwrap();
    let unpublished: Vec<&str> =
        ENDPOINTS.iter().filter(|e| e.path.is_none() && e.direction.to_hongxun()).map(|e| e.id).collect();
    assert_eq!(
        unpublished,
        ["serialNumberIssue", "inventoryOrgSync", "consigneeSync", "productVolumeWeightSync", "dwsPackage"]
    );
    for (path, item) in doc["paths"].as_object().unwrap() {
        let servers = &item["post"]["servers"];
        if path.starts_with("/dtc/sandbox/") {
            assert_eq!(servers[0]["url"], "http://127.0.0.1:8787", "{path}");
            assert_eq!(servers.as_array().unwrap().len(), 1, "{path}");
        } else {
            assert_eq!(servers, &Value::Null, "{path} keeps the document's UAT server");
        }
    }
}

#[test]
fn openapi_places_calls_at_paths_and_callbacks_as_webhooks() {
    let doc: Value = serde_json::from_str(&schema::openapi_json()).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["servers"][0]["url"], "https://uat.hongxunyun.cn");
    let paths = doc["paths"].as_object().unwrap();
    let webhooks = doc["webhooks"].as_object().unwrap();
    for e in ENDPOINTS {
        let operation = if e.direction == Direction::HongxunToCustomer {
            &webhooks[e.id]["post"]
        } else {
            &paths[&e.path.map_or(format!("/dtc/sandbox/{}", e.id), str::to_string)]["post"]
        };
        assert_eq!(operation["operationId"], e.id);
    }
    assert_eq!(paths.len() + webhooks.len(), 30);
    let dws = &paths["/dtc/sandbox/dwsPackage"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(dws["allOf"][0]["$ref"], "#/components/schemas/DeviceEnvelope");
    assert_eq!(dws["allOf"][1]["properties"]["request"]["$ref"], "#/components/schemas/DwsPackageRequest");
    let response = &doc["components"]["schemas"]["Response"];
    assert_eq!(response["required"], json!(["code", "message", "flag"]));
    assert_eq!(response["properties"]["flag"]["type"], "boolean");
    let signed = &doc["components"]["schemas"]["SignedEnvelope"]["allOf"][0];
    assert_eq!(signed["required"], json!(["createBy", "dataSource", "sign", "timestamp"]));
}

#[test]
fn typescript_has_an_interface_per_endpoint_and_the_map() {
    let ts = schema::typescript_requests();
    assert!(ts.contains("export interface InOrderRequest {\n"));
    assert!(ts.contains(
        "  documentType: \"10\" | \"20\" | \"30\" | \"40\" | \"50\" | \"60\" | \"70\" | \"80\" | \"110\";\n"
    ));
    assert!(ts.contains("  supplierCode?: string | null;\n"));
    assert!(ts.contains("  orderStatus: \"FULFILLED\" | (string & {});\n"));
    assert!(ts.contains("export type CarrierRoutingPushRequest = CarrierRoutingPushItem[];\n"));
    assert!(ts.contains("export interface CarrierRoutingPushItem {\n"));
    assert!(!ts.contains("[key: string]"), "request interfaces are exact");
    assert!(ts.contains("export type WithExtraFields<T, Extra extends Record<string, unknown>>"));
    let map_start = ts.find("export interface RequestTypes {\n").unwrap();
    let entries = ts[map_start..].lines().skip(1).take_while(|l| *l != "}").collect::<Vec<_>>();
    assert_eq!(entries.len(), 30);
    assert_eq!(entries[0], "  inOrder: InOrderRequest;");
    for entry in entries {
        let name = entry.trim_end_matches(';').rsplit(": ").next().unwrap();
        let declared =
            ts.contains(&format!("export interface {name} {{\n")) || ts.contains(&format!("export type {name} = "));
        assert!(declared, "{name} is not declared");
    }
}

#[test]
fn typescript_summaries_sit_on_the_request_types() {
    let ts = schema::typescript_requests();
    for e in ENDPOINTS {
        let name = format!("{}Request", e.id[..1].to_uppercase() + &e.id[1..]);
        let declaration = ts
            .find(&format!("export interface {name} {{\n"))
            .or_else(|| ts.find(&format!("export type {name} = ")))
            .unwrap_or_else(|| panic!("{name}"));
        let doc = ts[..declaration].trim_end().rsplit("/** ").next().unwrap();
        assert!(doc.starts_with(e.title_zh), "{name}: the JSDoc before it is {doc:?}");
    }
}

#[test]
fn typescript_marks_inferred_requirements_and_code_lists() {
    let ts = schema::typescript_requests();
    assert!(ts.contains(". Usually sent (inferred) */\n  productList?: InOrderProductListItem[] | null;\n"));
    // A documented field whose code list is inferred: required, but open to other codes.
    assert!(ts.contains("  documentType: \"20\" | (string & {});\n"));
    assert!(ts.contains("10 采购入库 (Purchase receipt)"));
    // orderCancel: cancelType decides, as in validation and the schema's if/then.
    assert!(ts.contains(
        "    | { cancelType: \"20\"; cancelBatch: NonNullable<OrderCancelFields[\"cancelBatch\"]>; item: [OrderCancelItemItem, ...OrderCancelItemItem[]] }\n"
    ));
    assert!(ts.contains("国家 · country. Spelt as published (sic: countryName) */\n  countyName: string;\n"));
}

#[test]
fn readme_table_has_a_row_per_endpoint() {
    let table = schema::readme_table();
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(rows.len(), 30);
    assert_eq!(
        rows[0],
        "| `inOrder` | 入库单创建 | Create inbound order | order | C→H | `/dtc/logistics/inOrder` | signed |"
    );
    assert!(rows.iter().any(|r| r.starts_with("| `dwsPackage` ")
        && r.contains("sandbox `/dtc/sandbox/dwsPackage`")
        && r.ends_with("| device |")));
    assert!(rows.iter().any(|r| r.contains("`/dtc/esboms/inOrderResultQuery` (inferred)")));
    assert!(rows.iter().any(|r| r.starts_with("| `routePush` ") && r.contains("| H→C (inferred) | customer's URL |")));
    assert_eq!(catalog::ENDPOINTS.len(), rows.len());
}

#[test]
fn catalog_doc_lists_types_inferences_misspellings_and_questions() {
    let doc = schema::catalog_doc_markdown();
    for e in ENDPOINTS {
        assert!(doc.contains(&format!("\n### `{}`\n", e.id)), "{}", e.id);
    }
    for row in [
        "| `innerOrderConfirm` | `documentType` | its code list, Appendix 2, in-warehouse operations |",
        "| `innerOrder` | `subbaseName` | that it is usually sent (its required flag is not documented) |",
        "| `overseasLpn` | `lpnList[]` | the members the documentation does not show | 33 fields, not seen",
        "| DWS device envelope | `timestamp` |",
        "| `serialNumberIssue` | `surPlusCount` | `surplusCount` |",
        "| `consigneeSync` | `countyName` | `countryName` |",
        "| `carrierRoutingPush` | `dimension` | `latitude` |",
        "| `productList[]` | array of objects | usually sent (inferred) |",
        "| `20` | 部分取消 | Partial |",
    ] {
        assert!(doc.contains(row), "missing: {row}");
    }
    // Every inference says why.
    let inferences = &doc[doc.find("## Inferences").unwrap()..doc.find("## Names kept as published").unwrap()];
    assert!(!inferences.contains("| — |"), "an inference without its reason");
    let questions = &doc[doc.find("## Open questions for Hongxun").unwrap()..];
    for asked in [
        "**`inOrder`**: the members not shown.",
        "**`dwsPackage`**: its path (not published",
        "**`inOrderResultQuery`**: is its path `/dtc/esboms/inOrderResultQuery`?",
        "**DWS device envelope** `timestamp`: its format and window.",
        "**`orderStatus`** (order status): which values besides `FULFILLED`?",
    ] {
        assert!(questions.contains(asked), "missing question: {asked}");
    }
}
