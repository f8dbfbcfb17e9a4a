//! The code lists of the documentation: Appendix 2 (document types, one list per order family),
//! Appendix 3 (route node types) and the small lists published on single pages. Labels are
//! published in Chinese; the English ones are this project's translations.

use super::model::{Code, CodeSet, Note};

const fn code(code: &'static str, label_zh: &'static str, label_en: &'static str) -> Code {
    Code { code, label_zh, label_en: Note::new(label_en) }
}

/// Appendix 2, 入库订单: `documentType` of inbound orders.
pub static INBOUND: CodeSet = CodeSet {
    id: "appendix2.inbound",
    name_zh: "附录二 入库订单",
    name_en: "Appendix 2, inbound orders",
    codes: &[
        code("10", "采购入库", "Purchase receipt"),
        code("20", "销退入库", "Sales return receipt"),
        code("30", "调拨入库", "Transfer receipt"),
        code("40", "货权转移入库", "Ownership transfer receipt"),
        code("50", "其它入库", "Other receipt"),
        code("60", "借用入库", "Loan receipt"),
        code("70", "换货入库", "Exchange receipt"),
        code("80", "拒收入库", "Refused delivery receipt"),
        code("110", "入库检测", "Inbound inspection"),
    ],
    complete: true,
};

/// Appendix 2, 出库订单: `documentType` of outbound orders.
pub static OUTBOUND: CodeSet = CodeSet {
    id: "appendix2.outbound",
    name_zh: "附录二 出库订单",
    name_en: "Appendix 2, outbound orders",
    codes: &[
        code("10", "采退出库", "Purchase return shipment"),
        code("20", "销售出库", "Sales shipment"),
        code("30", "调拨出库", "Transfer shipment"),
        code("40", "货权转移出库", "Ownership transfer shipment"),
        code("50", "其它出库", "Other shipment"),
        code("60", "借用出库", "Loan shipment"),
        code("70", "换货出库", "Exchange shipment"),
        code("80", "退回工厂出库", "Return to factory shipment"),
    ],
    complete: true,
};

/// Appendix 2, 运输订单: `documentType` of transport orders.
pub static TRANSPORT: CodeSet = CodeSet {
    id: "appendix2.transport",
    name_zh: "附录二 运输订单",
    name_en: "Appendix 2, transport orders",
    codes: &[code("10", "正常运输", "Normal transport"), code("20", "逆向运输", "Reverse transport")],
    complete: true,
};

/// Appendix 2, 库内作业: `documentType` of in-warehouse (ownership) orders.
pub static IN_WAREHOUSE: CodeSet = CodeSet {
    id: "appendix2.inWarehouse",
    name_zh: "附录二 库内作业",
    name_en: "Appendix 2, in-warehouse operations",
    codes: &[code("20", "物权转换", "Ownership change")],
    complete: true,
};

/// Appendix 3: `scanTypeCode` of route pushes, in the order published.
pub static ROUTE_NODE: CodeSet = CodeSet {
    id: "appendix3.routeNode",
    name_zh: "附录三 路由节点类型",
    name_en: "Appendix 3, route node types",
    codes: &[
        code("001", "签收", "Signed for"),
        code("100", "到达", "Arrived"),
        code("80", "汽运-启运", "Road: departed"),
        code("81", "汽运-在途", "Road: in transit"),
        code("82", "汽运-派送", "Road: out for delivery"),
        code("83", "空运-航班信息", "Air: flight details"),
        code("84", "空运-起飞时间", "Air: take-off time"),
        code("85", "空运-降落时间", "Air: landing time"),
        code("86", "空运-提货时间", "Air: pick-up time"),
        code("87", "空运-派送时间", "Air: delivery time"),
        code("101", "入站", "Arrived at station"),
        code("102", "分配派送员", "Courier assigned"),
        code("103", "妥投", "Delivered"),
        code("104", "滞留", "Held"),
        code("105", "拒收", "Refused"),
        code("89", "到达目的城市", "Arrived at destination city"),
        code("90", "空运-入目的库", "Air: into destination warehouse"),
        code("91", "空运-出目的库", "Air: out of destination warehouse"),
        code("92", "汽运-中转库入库", "Road: into transfer warehouse"),
        code("93", "汽运-中转库出库", "Road: out of transfer warehouse"),
        code("94", "汽运-入目的库", "Road: into destination warehouse"),
        code("95", "汽运-出目的库", "Road: out of destination warehouse"),
        code("96", "汽运-装车", "Road: loaded"),
        code("97", "汽运-发运", "Road: dispatched"),
        code("98", "汽运-中转装车", "Road: loaded at transfer"),
        code("99", "汽运-中转发运", "Road: dispatched from transfer"),
        code("002", "签收异常", "Signed for with exception"),
    ],
    complete: true,
};

/// `signType` of signInfoPush.
pub static SIGN_TYPE: CodeSet = CodeSet {
    id: "signType",
    name_zh: "签收类型",
    name_en: "sign type",
    codes: &[code("10", "正常签收", "Signed normally"), code("20", "异常签收", "Signed with exception")],
    complete: true,
};

/// `cancelType` of orderCancel (absent: whole order).
pub static CANCEL_TYPE: CodeSet = CodeSet {
    id: "cancelType",
    name_zh: "取消类型",
    name_en: "cancel type",
    codes: &[code("10", "整单取消", "Whole order"), code("20", "部分取消", "Partial")],
    complete: true,
};

/// `gift` of productSync.
pub static GIFT: CodeSet = CodeSet {
    id: "gift",
    name_zh: "是否赠品",
    name_en: "gift",
    codes: &[code("10", "是", "Yes"), code("20", "否", "No")],
    complete: true,
};

/// `imageType` of carrierSignImagePush.
pub static IMAGE_TYPE: CodeSet = CodeSet {
    id: "imageType",
    name_zh: "图片类型",
    name_en: "image type",
    codes: &[code("imageBase64", "图片Base64内容", "Image as Base64"), code("imageUrl", "图片链接", "Image link")],
    complete: true,
};

/// `orderStatus` of the status confirms: the page shows only `FULFILLED`, so the list may be
/// incomplete and other values only warn.
pub static ORDER_STATUS: CodeSet = CodeSet {
    id: "orderStatus",
    name_zh: "单据状态",
    name_en: "order status",
    codes: &[code("FULFILLED", "完成", "Completed")],
    complete: false,
};

/// Every code list, for documentation and tests.
pub static ALL: &[&CodeSet] = &[
    &INBOUND,
    &OUTBOUND,
    &TRANSPORT,
    &IN_WAREHOUSE,
    &ROUTE_NODE,
    &SIGN_TYPE,
    &CANCEL_TYPE,
    &GIFT,
    &IMAGE_TYPE,
    &ORDER_STATUS,
];
