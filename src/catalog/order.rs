//! 客户订单接口: orders, their confirmations and callbacks, queries (23 request types).

use super::codes::{CANCEL_TYPE, INBOUND, IN_WAREHOUSE, ORDER_STATUS, OUTBOUND, ROUTE_NODE, SIGN_TYPE, TRANSPORT};
use super::fields::*;
use super::model::Check::{LengthEquals, NotGreater, RequiredWhen};
use super::model::{Batching, Endpoint, Field, LineCounts, Object, Provenance::Inferred, Rule, Seen, Shape};

pub const IN_ORDER: Endpoint = Endpoint {
    id: "inOrder",
    title_zh: "入库单创建",
    title_en: "Create inbound order",
    path: Some("/dtc/logistics/inOrder"),
    body: &Object { fields: &[
            CUSTOMER_NUMBER.required(),
            DOCUMENT_TYPE.codes(&INBOUND).required(),
            SUPPLIER_CODE,
            SUPPLIER_NAME,
            INVENTORY_CODE.required(),
            INVENTORY_NAME.required(),
            SUBBASE_CODE.required(),
            SUBBASE_NAME.inferred(),
            REMARK.inferred(),
            ORDER_LINES,
        ], rules: &[], seen: Seen::part("The page is cut off after subbaseCode: subbaseName and remark are modelled on the other order types, the order lines on signInfoPush's product line.") },
    example: r#"{"customerNumber":"IN20261128001","documentType":"10","supplierCode":"SUP01","supplierName":"深圳供应商","inventoryCode":"WH01","inventoryName":"上海一号仓","subbaseCode":"OWN01","subbaseName":"货主一","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":20,"unitWeight":0.45}]}"#,
    ..Endpoint::CALL
};

pub const OUT_ORDER: Endpoint = Endpoint {
    id: "outOrder",
    title_zh: "出库单创建",
    title_en: "Create outbound order",
    path: Some("/dtc/logistics/outOrder"),
    body: &Object {
        fields: &[
            CUSTOMER_NUMBER.required(),
            DOCUMENT_TYPE.codes(&OUTBOUND).required(),
            INVENTORY_CODE.required(),
            INVENTORY_NAME.required(),
            SUBBASE_CODE.required(),
            SUBBASE_NAME.required(),
            CUSTOMER_CODE,
            REMARK.inferred(),
            ORDER_LINES,
        ],
        rules: &[],
        seen: Seen::part("The page is cut off after customerCode: remark and the order lines as in inOrder."),
    },
    example: r#"{"customerNumber":"SO20261128001","documentType":"20","inventoryCode":"WH01","inventoryName":"上海一号仓","subbaseCode":"OWN01","subbaseName":"货主一","customerCode":"CUST01","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":5}]}"#,
    ..Endpoint::CALL
};

const TARGET_INVENTORY_CODE: Field = Field::string("targetInventoryCode", "目标仓库编码", "target warehouse code");
const TARGET_SUBBASE_CODE: Field = Field::string("targetSubbaseCode", "目标货主编码", "target owner code");

pub const INNER_ORDER: Endpoint = Endpoint {
    id: "innerOrder",
    title_zh: "物权单创建",
    title_en: "Create ownership transfer order",
    path: Some("/dtc/logistics/innerOrder"),
    body: &Object { fields: &[
            CUSTOMER_NUMBER.required(),
            DOCUMENT_TYPE.codes(&IN_WAREHOUSE).required(),
            SUPPLIER_CODE,
            SUPPLIER_NAME,
            INVENTORY_CODE.required(),
            INVENTORY_NAME.required(),
            SUBBASE_CODE.required(),
            SUBBASE_NAME
                .usually_sent()
                .why("Seen on the page; its required flag is cut off. outOrder and tmsOrder require it."),
            TARGET_INVENTORY_CODE.inferred(),
            TARGET_SUBBASE_CODE.inferred(),
            REMARK.inferred(),
            ORDER_LINES,
        ], rules: &[], seen: Seen::part("The page is cut off at subbaseName (its name is seen, its flags are not): the target codes come from innerOrderConfirm, remark and the order lines as in inOrder.") },
    example: r#"{"customerNumber":"IO20261128001","documentType":"20","inventoryCode":"WH01","inventoryName":"上海一号仓","subbaseCode":"OWN01","subbaseName":"货主一","targetSubbaseCode":"OWN02","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":3}]}"#,
    ..Endpoint::CALL
};

pub const TMS_ORDER: Endpoint = Endpoint {
    id: "tmsOrder",
    title_zh: "运输单创建",
    title_en: "Create transport order",
    path: Some("/dtc/logistics/tmsOrder"),
    body: &Object { fields: &[
            CUSTOMER_NUMBER.required(),
            DOCUMENT_TYPE.codes(&TRANSPORT).required(),
            INVENTORY_CODE.required(),
            INVENTORY_NAME.required(),
            SUBBASE_CODE.required(),
            SUBBASE_NAME.required(),
            CUSTOMER_CODE.required(),
            PLANNED_DELIVERY_DATE.inferred(),
            REMARK.inferred(),
            ORDER_LINES,
        ], rules: &[], seen: Seen::part("The page is cut off after customerCode: plannedDeliveryDate as the carrier route push names it, remark and the order lines as in inOrder.") },
    example: r#"{"customerNumber":"TO20261128001","documentType":"10","inventoryCode":"WH01","inventoryName":"上海一号仓","subbaseCode":"OWN01","subbaseName":"货主一","customerCode":"CUST01","plannedDeliveryDate":"2026-11-30 18:00:00","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":5}]}"#,
    ..Endpoint::CALL
};

/// A cancelled line (orderCancel's `item`, cancelResult's `orderProductList`): 3 to 5 fields not
/// seen; modelled on the product line.
const CANCEL_LINE: Object = Object {
    fields: &[CUSTOMER_LINE_NUMBER.inferred(), CUSTOMER_PRODUCT_CODE.inferred(), QUANTITY.inferred()],
    rules: &[],
    seen: Seen::part("3 fields (5 in cancelResult's orderProductList), not seen: modelled on the product line."),
};

pub const ORDER_CANCEL: Endpoint = Endpoint {
    id: "orderCancel",
    title_zh: "订单取消",
    title_en: "Cancel order",
    path: Some("/dtc/logistics/orderCancel"),
    body: &Object {
        fields: &[
            CUSTOMER_NUMBER.required(),
            Field::string("cancelBatch", "取消批次", "cancel batch"),
            // Absent: the whole order (10).
            Field::string("cancelType", "取消类型", "cancel type").codes(&CANCEL_TYPE),
            Field::string("reason", "取消原因", "reason").required(),
            Field::array("item", &CANCEL_LINE, "取消明细", "cancelled lines"),
        ],
        rules: &[
            Rule::documented(RequiredWhen { field: "cancelBatch", when: ("cancelType", "20") }),
            Rule::documented(RequiredWhen { field: "item", when: ("cancelType", "20") }),
        ],
        seen: Seen::All,
    },
    example: r#"{"customerNumber":"SO20261128001","cancelType":"20","cancelBatch":"1","reason":"客户取消","item":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":2}]}"#,
    ..Endpoint::CALL
};

const INBOUND_TIME: Field = Field::string("inboundTime", "入库时间", "time received").datetime();

pub const IN_ORDER_CONFIRM: Endpoint = Endpoint {
    id: "inOrderConfirm",
    title_zh: "入库单确认",
    title_en: "Inbound order confirmation",
    body: &Object {
        fields: &[
            CUSTOMER_NUMBER.usually_sent().inferred(),
            DOWNSTREAM_ORDER_CODE.inferred(),
            DOCUMENT_TYPE.codes(&INBOUND).inferred(),
            INVENTORY_CODE.inferred(),
            SUBBASE_CODE.inferred(),
            INBOUND_TIME.inferred(),
            ORDER_LINES,
        ],
        rules: &[],
        seen: Seen::part(
            "The page is cut off after \"customer…\": modelled on innerOrderConfirm, with the time received.",
        ),
    },
    example: r#"{"customerNumber":"IN20261128001","downstreamOrderCode":"HX-IN-0001","documentType":"10","inventoryCode":"WH01","subbaseCode":"OWN01","inboundTime":"2026-11-28 15:30:00","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":18}]}"#,
    ..Endpoint::CALLBACK
};

/// The batched status confirms (分批回传), inbound and outbound alike.
const STATUS_CONFIRM: Object = Object {
    fields: &[
        CUSTOMER_NUMBER.required(),
        Field::string("orderStatus", "单据状态", "order status").codes(&ORDER_STATUS).required(),
        Field::integer("totalQuantity", "订单总数量", "total order quantity").at_least(0).required(),
        Field::integer("actualQuantity", "实际数量", "actual quantity").at_least(0).required(),
    ],
    rules: &[Rule::inferred(
        NotGreater { parts: &["actualQuantity"], limit: "totalQuantity" },
        "Not stated; a confirmation cannot report more than the order holds.",
    )],
    seen: Seen::All,
};

pub const IN_ORDER_STATUS_CONFIRM: Endpoint = Endpoint {
    id: "inOrderStatusConfirm",
    title_zh: "入库单状态确认(分批回传)",
    title_en: "Inbound order status confirmation (batched)",
    body: &STATUS_CONFIRM,
    example: r#"{"customerNumber":"IN20261128001","orderStatus":"FULFILLED","totalQuantity":20,"actualQuantity":18}"#,
    ..Endpoint::CALLBACK
};

const DELIVERY_TIME: Field = Field::string("deliveryTime", "发货时间", "time shipped").datetime();

pub const OUT_ORDER_CONFIRM: Endpoint = Endpoint {
    id: "outOrderConfirm",
    title_zh: "出库单确认",
    title_en: "Outbound order confirmation",
    body: &Object {
        fields: &[
            CUSTOMER_NUMBER.usually_sent().inferred(),
            DOWNSTREAM_ORDER_CODE.inferred(),
            DOCUMENT_TYPE.codes(&OUTBOUND).inferred(),
            INVENTORY_CODE.inferred(),
            SUBBASE_CODE.inferred(),
            EXPRESS_CODE.inferred(),
            MAILNO.inferred(),
            DELIVERY_TIME.inferred(),
            ORDER_LINES,
        ],
        rules: &[],
        seen: Seen::part("Not readable: modelled on the inbound confirmation, with the shipment's numbers and time."),
    },
    example: r#"{"customerNumber":"SO20261128001","downstreamOrderCode":"HX-OUT-0001","documentType":"20","inventoryCode":"WH01","subbaseCode":"OWN01","expressCode":"HX0001","mailno":"SF1234567890","deliveryTime":"2026-11-28 15:30:00","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":5}]}"#,
    ..Endpoint::CALLBACK
};

pub const OUT_ORDER_STATUS_CONFIRM: Endpoint = Endpoint {
    id: "outOrderStatusConfirm",
    title_zh: "出库单状态确认(分批回传)",
    title_en: "Outbound order status confirmation (batched)",
    body: &STATUS_CONFIRM,
    example: r#"{"customerNumber":"SO20261128001","orderStatus":"FULFILLED","totalQuantity":5,"actualQuantity":5}"#,
    ..Endpoint::CALLBACK
};

pub const INNER_ORDER_CONFIRM: Endpoint = Endpoint {
    id: "innerOrderConfirm",
    title_zh: "物权单确认",
    title_en: "Ownership transfer order confirmation",
    body: &Object { fields: &[
            CUSTOMER_NUMBER.required(),
            Field::string("callbackBatchId", "批次号", "callback batch id").required(),
            DOWNSTREAM_ORDER_CODE,
            DOCUMENT_TYPE.inferred_codes(&IN_WAREHOUSE).required().why(
                "The reference names no Appendix 2 family for this callback; that of its order (innerOrder) is assumed.",
            ),
            INVENTORY_CODE.required(),
            SUBBASE_CODE.required(),
            TARGET_INVENTORY_CODE.required(),
            TARGET_SUBBASE_CODE
                .usually_sent()
                .why("Seen on the page; its required flag is cut off. targetInventoryCode beside it is required."),
            ORDER_LINES,
        ], rules: &[], seen: Seen::part("The page is cut off at targetSubbaseCode (its name is seen, its flags are not): the order lines as in inOrder.") },
    example: r#"{"customerNumber":"IO20261128001","callbackBatchId":"CB0001","downstreamOrderCode":"HX-IO-0001","documentType":"20","inventoryCode":"WH01","subbaseCode":"OWN01","targetInventoryCode":"WH01","targetSubbaseCode":"OWN02","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":3}]}"#,
    ..Endpoint::CALLBACK
};

pub const OVERSEAS_LPN: Endpoint = Endpoint {
    id: "overseasLpn",
    title_zh: "LPN接口",
    title_en: "LPN (licence plate numbers)",
    path: Some("/dtc/esboms/overseasLpn"),
    body: &Object {
        fields: &[
            Field::string("batchId", "传输批次号", "transfer batch id").required(),
            Field::string("sourceNum", "采购订单号", "purchase order number").required(),
            Field::array(
                "lpnList",
                &Object {
                    fields: &[
                        Field::string("lpnNo", "LPN号", "licence plate number").inferred(),
                        CUSTOMER_PRODUCT_CODE.inferred(),
                        QUANTITY.inferred(),
                    ],
                    rules: &[],
                    seen: Seen::part("33 fields, not seen: the few any LPN line carries."),
                },
                "LPN明细",
                "LPN lines",
            )
            .required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"batchId":"LPN-B0001","sourceNum":"PO20261128001","lpnList":[{"lpnNo":"LPN0001","customerProductCode":"SKU-1001","quantity":12}]}"#,
    batch: Some(Batching { lines: "lpnList", counts: None }),
    ..Endpoint::CALL
};

pub const STOCK_QUERY: Endpoint = Endpoint {
    id: "stockQuery",
    title_zh: "库存查询",
    title_en: "Stock query",
    path: Some("/dtc/esboms/stockQuery"),
    body: &Object {
        fields: &[
            INVENTORY_CODE.required(),
            SUBBASE_CODE.required(),
            Field::array(
                "productCodeList",
                &Object {
                    fields: &[CUSTOMER_PRODUCT_CODE.inferred()],
                    rules: &[],
                    seen: Seen::part("Its one field is not seen: the product code."),
                },
                "客户产品编号集合",
                "customer product codes",
            )
            .required(),
            PAGE_SIZE.required(),
            PAGE_NUM.required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"inventoryCode":"WH01","subbaseCode":"OWN01","productCodeList":[{"customerProductCode":"SKU-1001"}],"pageSize":50,"pageNum":1}"#,
    ..Endpoint::CALL
};

pub const ROUTE_PUSH: Endpoint = Endpoint {
    id: "routePush",
    title_zh: "路由推送",
    title_en: "Route push",
    direction_provenance: Inferred,
    body: &Object {
        fields: &[
            CUSTOMER_NUMBER.usually_sent().inferred(),
            MAILNO.inferred(),
            SCAN_TYPE_CODE.codes(&ROUTE_NODE).inferred(),
            OPERATOR.inferred(),
            TIME.inferred(),
            TRANSFER_ADDRESS.inferred(),
            MEMO.inferred(),
        ],
        rules: &[],
        seen: Seen::part("Not readable: the carrier's route push (carrierRoutingPush) forwarded per customer order."),
    },
    example: r#"{"customerNumber":"TO20261128001","mailno":"SF1234567890","scanTypeCode":"82","operator":"王五","time":"2026-11-29 09:00:00","transferAddress":"深圳","memo":"派送中"}"#,
    ..Endpoint::CALLBACK
};

pub const SIGN_INFO_PUSH: Endpoint = Endpoint {
    id: "signInfoPush",
    title_zh: "签收信息推送",
    title_en: "Proof of delivery push",
    direction_provenance: Inferred,
    body: &Object {
        fields: &[
            CUSTOMER_NUMBER.required(),
            Field::string("signType", "签收类型", "sign type").codes(&SIGN_TYPE).required(),
            EXPRESS_CODE,
            Field::string("waybillNumber", "运单号/指令号", "waybill or instruction number"),
            MAILNO,
            Field::integer("actualQuantity", "签收数量", "quantity signed for").at_least(0).required(),
            Field::string("signer", "签收人", "signed by").required(),
            Field::string("signedTime", "签收时间", "time signed").datetime().required(),
            REMARK,
            Field::string("ext8", "扩展字段", "extension field"),
            Field::array("productList", &PRODUCT_LINE, "签收明细", "signed lines").required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"customerNumber":"TO20261128001","signType":"10","expressCode":"HX0001","mailno":"SF1234567890","actualQuantity":5,"signer":"张三","signedTime":"2026-11-30 10:12:00","productList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":5}]}"#,
    ..Endpoint::CALLBACK
};

pub const IN_ORDER_RESULT_QUERY: Endpoint = Endpoint {
    id: "inOrderResultQuery",
    title_zh: "入库单结果查询",
    title_en: "Inbound order result query",
    path: Some("/dtc/esboms/inOrderResultQuery"),
    path_provenance: Inferred,
    body: &Object {
        fields: &[CUSTOMER_NUMBER.usually_sent().inferred(), INVENTORY_CODE.inferred(), SUBBASE_CODE.inferred()],
        rules: &[],
        seen: Seen::part("Not readable: the fields of its twin outOrderResultQuery."),
    },
    example: r#"{"customerNumber":"IN20261128001","inventoryCode":"WH01","subbaseCode":"OWN01"}"#,
    ..Endpoint::CALL
};

pub const OUT_ORDER_RESULT_QUERY: Endpoint = Endpoint {
    id: "outOrderResultQuery",
    title_zh: "出库单结果查询",
    title_en: "Outbound order result query",
    path: Some("/dtc/esboms/outOrderResultQuery"),
    body: &Object { fields: &[CUSTOMER_NUMBER.required(), INVENTORY_CODE, SUBBASE_CODE], rules: &[], seen: Seen::All },
    example: r#"{"customerNumber":"SO20261128001","inventoryCode":"WH01","subbaseCode":"OWN01"}"#,
    ..Endpoint::CALL
};

pub const ROUTE_QUERY: Endpoint = Endpoint {
    id: "routeQuery",
    title_zh: "路由查询",
    title_en: "Route query",
    path: Some("/dtc/esboms/routeQuery"),
    body: &Object { fields: &[CUSTOMER_NUMBER.required(), MAILNO], rules: &[], seen: Seen::All },
    example: r#"{"customerNumber":"TO20261128001","mailno":"SF1234567890"}"#,
    ..Endpoint::CALL
};

pub const SIGN_IMAGE_PUSH: Endpoint = Endpoint {
    id: "signImagePush",
    title_zh: "签收图片推送",
    title_en: "Proof of delivery image push",
    direction_provenance: Inferred,
    shape: Shape::Array,
    body: &Object {
        fields: &[
            Field::string("customerFlag", "客户标识", "customer identifier").required(),
            Field::string("customerOrderCode", "客户订单号", "customer order number").required(),
            Field::array(
                "signList",
                &Object {
                    fields: &[
                        IMAGE_NAME.inferred(),
                        IMAGE_URL.inferred(),
                        Field::string("signedTime", "签收时间", "time signed").datetime().inferred(),
                    ],
                    rules: &[],
                    seen: Seen::part("9 fields, not seen: an image's name, link and time."),
                },
                "签收图片列表",
                "proof of delivery images",
            )
            .required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"[{"customerFlag":"C001","customerOrderCode":"TO20261128001","signList":[{"imageName":"pod-1.jpg","imageUrl":"https://example.com/pod-1.jpg","signedTime":"2026-11-30 10:12:00"}]}]"#,
    ..Endpoint::CALLBACK
};

pub const VIN_STOCK_QUERY: Endpoint = Endpoint {
    id: "vinStockQuery",
    title_zh: "车库存查询",
    title_en: "Vehicle stock query",
    path: Some("/dtc/logistics/vinStockQuery"),
    body: &Object { fields: &[
            Field::object(
                "mode",
                &Object { fields: &[
                        Field::string("ownerId", "货主编码", "owner id").inferred(),
                        Field::string("whCode", "仓库编码", "warehouse code").inferred(),
                        Field::string("skuProdCode", "产品编码", "product code").inferred(),
                    ], rules: &[], seen: Seen::part("The example starts with ownerId, whCode, skuProdCode and is cut off; their types are not shown.") },
                "查询条件",
                "query conditions",
            )
            .required(),
            PAGE_NUM.required(),
            PAGE_SIZE.required(),
        ], rules: &[], seen: Seen::All },
    example: r#"{"mode":{"ownerId":"OWN01","whCode":"WH01","skuProdCode":"CAR-001"},"pageNum":1,"pageSize":20}"#,
    ..Endpoint::CALL
};

const CHECK_RESULT: Field = Field::string("checkResult", "验车结果", "inspection result");
const VIN_CODE: Field = Field::string("vinCode", "车架号", "vehicle identification number");

pub const VIN_CHECK_CONFIRM: Endpoint = Endpoint {
    id: "vinCheckConfirm",
    title_zh: "验车确认",
    title_en: "Vehicle inspection confirmation",
    body: &Object {
        fields: &[
            Field::string("batchCode", "客户单号", "customer batch number").required(),
            Field::array(
                "dataList",
                &Object {
                    fields: &[
                        VIN_CODE.inferred(),
                        CHECK_RESULT.inferred(),
                        Field::string("checkTime", "验车时间", "time inspected").datetime().inferred(),
                        Field::array(
                            "checkItemList",
                            &Object {
                                fields: &[
                                    Field::string("categoryId", "检查类别编号", "check category id").inferred(),
                                    Field::string("categoryName", "检查类别名称", "check category name").inferred(),
                                    CHECK_RESULT.inferred(),
                                ],
                                rules: &[],
                                seen: Seen::part(
                                    "The items start with categoryId and are cut off: a category and its result.",
                                ),
                            },
                            "检查项目",
                            "check items",
                        ),
                    ],
                    rules: &[],
                    seen: Seen::part("4 fields: checkItemList is seen; the vehicle, result and time are modelled."),
                },
                "验车数据",
                "inspections",
            )
            .required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"batchCode":"VC20261128001","dataList":[{"vinCode":"LSVAU2180N2183294","checkResult":"合格","checkTime":"2026-11-28 10:00:00","checkItemList":[{"categoryId":"1","categoryName":"外观","checkResult":"合格"}]}]}"#,
    ..Endpoint::CALLBACK
};

pub const TMS_ORDER_CONFIRM: Endpoint = Endpoint {
    id: "tmsOrderConfirm",
    title_zh: "运输单确认",
    title_en: "Transport order confirmation",
    direction_provenance: Inferred,
    body: &Object {
        fields: &[
            CUSTOMER_NUMBER.usually_sent().inferred(),
            EXPRESS_CODE.inferred(),
            MAILNO.inferred(),
            Field::string("carrierName", "承运商名称", "carrier name").inferred(),
            PLANNED_DELIVERY_DATE.inferred(),
        ],
        rules: &[],
        seen: Seen::part("Not readable: the numbers a transport confirmation hands back."),
    },
    example: r#"{"customerNumber":"TO20261128001","expressCode":"HX0001","mailno":"SF1234567890","carrierName":"顺丰","plannedDeliveryDate":"2026-11-30 18:00:00"}"#,
    ..Endpoint::CALLBACK
};

pub const CANCEL_RESULT: Endpoint = Endpoint {
    id: "cancelResult",
    title_zh: "取消结果",
    title_en: "Cancellation result",
    body: &Object {
        fields: &[
            Field::object(
                "orderBasicInfo",
                &Object {
                    fields: &[
                        DOCUMENT_TYPE.inferred(),
                        Field::string("orderStatus", "单据状态", "order status").inferred(),
                        CUSTOMER_NUMBER.inferred(),
                    ],
                    rules: &[],
                    seen: Seen::part(
                        "The example starts documentType, orderStatus, customerNumber and is cut off; types not shown.",
                    ),
                },
                "订单基本信息",
                "order header",
            )
            .required(),
            Field::array("orderProductList", &CANCEL_LINE, "订单产品明细", "order lines").required(),
            Field::object(
                "originalDocument",
                &Object {
                    fields: &[CUSTOMER_NUMBER.inferred(), DOCUMENT_TYPE.inferred()],
                    rules: &[],
                    seen: Seen::part("Not seen: the original order's number and type."),
                },
                "原始单据",
                "original document",
            )
            .required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"orderBasicInfo":{"documentType":"20","orderStatus":"CANCELLED","customerNumber":"SO20261128001"},"orderProductList":[{"customerLineNumber":"1","customerProductCode":"SKU-1001","quantity":2}],"originalDocument":{"customerNumber":"SO20261128001","documentType":"20"}}"#,
    ..Endpoint::CALLBACK
};

pub const SERIAL_NUMBER_ISSUE: Endpoint = Endpoint {
    id: "serialNumberIssue",
    title_zh: "串码下发",
    title_en: "Serial number issue",
    body: &Object {
        fields: &[
            Field::string("customerOrderCode", "客户订单号", "customer order number").required(),
            Field::string("hkTransferDataType", "海康调拨数据类型", "Hikvision transfer data type"),
            Field::string("customerReferenceNumber", "客户参考单号", "customer reference number"),
            Field::integer("totalCount", "传输总数量", "total count").at_least(0).required(),
            Field::integer("currentCount", "当前传递数量", "count in this batch").at_least(0).required(),
            Field::integer("surPlusCount", "剩余未传串码数", "count still to send")
                .sic("surplusCount")
                .at_least(0)
                .required(),
            Field::array(
                "productList",
                &Object {
                    fields: &[
                        CUSTOMER_LINE_NUMBER.inferred(),
                        CUSTOMER_PRODUCT_CODE.inferred(),
                        Field::string("serialNumber", "串码", "serial number").inferred(),
                    ],
                    rules: &[],
                    seen: Seen::part("3 fields, not seen: one serial number per line."),
                },
                "串码明细",
                "serial numbers",
            )
            .required(),
        ],
        rules: &[
            Rule::inferred(
                NotGreater { parts: &["currentCount", "surPlusCount"], limit: "totalCount" },
                "Not stated; a batch sends currentCount and leaves surPlusCount, together at most totalCount.",
            ),
            Rule::inferred(
                LengthEquals { array: "productList", count: "currentCount" },
                "Not stated; currentCount reads as the number of serial numbers in this batch.",
            ),
        ],
        seen: Seen::All,
    },
    example: r#"{"customerOrderCode":"SO20261128001","totalCount":2,"currentCount":2,"surPlusCount":0,"productList":[{"customerProductCode":"CAM-01","serialNumber":"SN0001"},{"customerProductCode":"CAM-01","serialNumber":"SN0002"}]}"#,
    // Serial numbers go in batches: each says how many it carries and how many are still to come.
    batch: Some(Batching {
        lines: "productList",
        counts: Some(LineCounts { total: "totalCount", current: "currentCount", remaining: "surPlusCount" }),
    }),
    ..Endpoint::CALL
};
