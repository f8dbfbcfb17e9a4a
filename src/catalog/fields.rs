//! Fields and objects shared by several endpoints: the order header fields (same meaning
//! wherever they appear), the product line, and the address block of the master-data syncs.

use super::model::{Field, Object, Seen};

pub const CUSTOMER_NUMBER: Field = Field::string("customerNumber", "客户订单号", "customer order number");
pub const DOCUMENT_TYPE: Field = Field::string("documentType", "单据类型", "document type");
pub const INVENTORY_CODE: Field = Field::string("inventoryCode", "客户库存地编码", "warehouse code");
pub const INVENTORY_NAME: Field = Field::string("inventoryName", "客户库存地", "warehouse name");
pub const SUBBASE_CODE: Field = Field::string("subbaseCode", "客户子库编码", "owner code");
pub const SUBBASE_NAME: Field = Field::string("subbaseName", "客户子库", "owner name");
pub const SUPPLIER_CODE: Field = Field::string("supplierCode", "供应商编码", "supplier code");
pub const SUPPLIER_NAME: Field = Field::string("supplierName", "供应商名称", "supplier name");
pub const CUSTOMER_CODE: Field = Field::string("customerCode", "客户编码", "customer code");
pub const CUSTOMER_PRODUCT_CODE: Field = Field::string("customerProductCode", "客户产品编码", "customer product code");
pub const CUSTOMER_LINE_NUMBER: Field = Field::string("customerLineNumber", "客户行号", "customer line number");
pub const MAILNO: Field = Field::string("mailno", "承运商单号", "carrier waybill number");
pub const EXPRESS_CODE: Field = Field::string("expressCode", "鸿讯运输单号", "Hongxun transport number");
pub const DOWNSTREAM_ORDER_CODE: Field = Field::string("downstreamOrderCode", "仓库单号", "warehouse order number");
pub const REMARK: Field = Field::string("remark", "备注", "remark");
pub const QUANTITY: Field = Field::integer("quantity", "数量", "quantity").at_least(0);
pub const PAGE_NUM: Field = Field::integer("pageNum", "页码", "page number").at_least(1);
pub const PAGE_SIZE: Field = Field::integer("pageSize", "每页条数", "page size").at_least(1);

/// A product line: the 16 keys of signInfoPush's `productList` example (types from the
/// example, no required flags seen). The order endpoints reuse it, marked inferred there.
pub const PRODUCT_LINE: Object = Object { fields: &[
        CUSTOMER_LINE_NUMBER,
        CUSTOMER_PRODUCT_CODE,
        Field::string("customerProductDescription", "客户产品描述", "product description"),
        QUANTITY,
        Field::number("unitWeight", "单位重量", "unit weight"),
        Field::number("singlePieceVolume", "单件体积", "volume of one piece"),
        Field::string("productData", "产品数据", "product data"),
        Field::string("validPeriod", "有效期", "validity period"),
        Field::string("productBatchNumber", "产品批次号", "product batch number"),
        Field::string("specialInventoryFlag", "特殊库存标识", "special stock flag"),
        Field::string("associatedOrder", "关联单号", "associated order"),
        Field::string("relatedItems", "关联行项目", "related items"),
        Field::string("ebeln", "采购订单号", "purchase order number (SAP EBELN)"),
        Field::string("ebelp", "采购订单行号", "purchase order item (SAP EBELP)"),
        REMARK,
        Field::string("vinNum", "车架号", "vehicle identification number"),
    ], rules: &[], seen: Seen::part("The 16 keys of signInfoPush's productList example, with types from the example; the table with their required flags is not seen.") };

/// The order lines of the order endpoints, whose pages are cut off before them.
pub const ORDER_LINES: Field =
    Field::array("productList", &PRODUCT_LINE, "订单明细", "order lines").usually_sent().inferred();

pub const CONTACT: Field = Field::string("contact", "联系人", "contact person");
pub const PROVINCE_NAME: Field = Field::string("provinceName", "省", "province");
pub const CITY_NAME: Field = Field::string("cityName", "市", "city");
pub const AREA_NAME: Field = Field::string("areaName", "区/县", "district");
pub const STREET_NAME: Field = Field::string("streetName", "街道", "street");
pub const ADDRESS_DETAIL: Field = Field::string("addressDetail", "详细地址", "street address");

pub const SCAN_TYPE_CODE: Field = Field::string("scanTypeCode", "路由节点类型", "route node type");
pub const OPERATOR: Field = Field::string("operator", "操作人", "operator");
pub const TIME: Field = Field::string("time", "操作时间", "time of the scan").datetime();
pub const TRANSFER_ADDRESS: Field = Field::string("transferAddress", "路由地点", "place of the scan");
pub const MEMO: Field = Field::string("memo", "路由描述", "route note");
pub const PLANNED_DELIVERY_DATE: Field =
    Field::string("plannedDeliveryDate", "预计到货时间", "planned delivery time").datetime();

pub const LONGS: Field = Field::number("longs", "长（cm）", "length (cm)");
pub const WIDTHS: Field = Field::number("widths", "宽（cm）", "width (cm)");
pub const HEIGHTS: Field = Field::number("heights", "高（cm）", "height (cm)");
pub const WEIGHT: Field = Field::number("weight", "净重（g）", "net weight (g)");
pub const VOLUME: Field = Field::number("volume", "体积", "volume");

pub const IMAGE_NAME: Field = Field::string("imageName", "图片名称", "image file name");
pub const IMAGE_URL: Field = Field::string("imageUrl", "图片链接", "image URL");
