//! 客户基础信息接口: master data the customer syncs to Hongxun (4 request types).

use super::codes::GIFT;
use super::fields::*;
use super::model::{Endpoint, Field, Group, Object, Seen};

pub const PRODUCT_SYNC: Endpoint = Endpoint {
    id: "productSync",
    title_zh: "产品同步",
    title_en: "Product sync",
    group: Group::Base,
    path: Some("/dtc/logistics/productCreate"),
    body: &Object {
        fields: &[
            CUSTOMER_PRODUCT_CODE.required(),
            Field::string("customerDescription", "产品名称", "product name").required(),
            Field::string("englishDesc", "英文描述", "English description"),
            Field::string("barCode", "条形码", "barcode"),
            Field::number("price", "价格", "price"),
            Field::string("productBigType", "产品大类", "product category"),
            Field::string("brand", "品牌", "brand").required(),
            Field::string("modelName", "型号", "model").required(),
            Field::string("color", "颜色", "colour").required(),
            Field::string("gift", "是否赠品", "gift").codes(&GIFT),
            Field::string("unit", "单位", "unit"),
            LONGS,
            WIDTHS.inferred(),
            HEIGHTS.inferred(),
            WEIGHT.inferred(),
            VOLUME.inferred(),
        ],
        rules: &[],
        seen: Seen::part("The page is cut off after longs: the other dimensions as the DWS device names them."),
    },
    example: r#"{"customerProductCode":"SKU-1001","customerDescription":"智能摄像机","brand":"海康","modelName":"C6","color":"白","gift":"20","unit":"台","price":199.00,"longs":12.5,"widths":8,"heights":8,"weight":350,"volume":800}"#,
    ..Endpoint::CALL
};

pub const INVENTORY_ORG_SYNC: Endpoint = Endpoint {
    id: "inventoryOrgSync",
    title_zh: "库存组织同步",
    title_en: "Inventory organisation sync",
    group: Group::Base,
    body: &Object {
        fields: &[
            INVENTORY_CODE.required(),
            INVENTORY_NAME.required(),
            SUBBASE_CODE.required(),
            SUBBASE_NAME.required(),
            CONTACT.required(),
            Field::string("phone", "联系电话", "phone").required(),
            Field::string("createUserName", "创建人", "created by"),
            Field::string("countryName", "国家", "country"),
            PROVINCE_NAME,
            CITY_NAME,
            AREA_NAME,
            STREET_NAME,
            ADDRESS_DETAIL.inferred(),
        ],
        rules: &[],
        seen: Seen::part("The page is cut off after streetName: the address line consigneeSync has."),
    },
    example: r#"{"inventoryCode":"WH01","inventoryName":"上海一号仓","subbaseCode":"OWN01","subbaseName":"货主一","contact":"李四","phone":"021-12345678","countryName":"中国","provinceName":"上海市","cityName":"上海市","areaName":"浦东新区","streetName":"张江镇","addressDetail":"科苑路88号"}"#,
    ..Endpoint::CALL
};

pub const CONSIGNEE_SYNC: Endpoint = Endpoint {
    id: "consigneeSync",
    title_zh: "收货用户同步",
    title_en: "Consignee sync",
    group: Group::Base,
    body: &Object {
        fields: &[
            Field::string("code", "客户编号", "consignee code").required(),
            Field::string("socialCreditCode", "统一社会信用代码", "unified social credit code"),
            Field::string("fullName", "客户全称", "full name").required(),
            Field::string("shortName", "客户简称", "short name"),
            CONTACT.required(),
            Field::string("mobile", "手机号", "mobile phone").required(),
            Field::string("countyName", "国家", "country").sic("countryName").required(),
            PROVINCE_NAME.required(),
            CITY_NAME.required(),
            AREA_NAME.required(),
            STREET_NAME.required(),
            ADDRESS_DETAIL.required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"code":"CUST01","fullName":"上海某某贸易有限公司","contact":"赵六","mobile":"13800000000","countyName":"中国","provinceName":"上海市","cityName":"上海市","areaName":"浦东新区","streetName":"张江镇","addressDetail":"科苑路88号"}"#,
    ..Endpoint::CALL
};

pub const PRODUCT_VOLUME_WEIGHT_SYNC: Endpoint = Endpoint {
    id: "productVolumeWeightSync",
    title_zh: "产品体积重量同步",
    title_en: "Product volume and weight sync",
    group: Group::Base,
    body: &Object {
        fields: &[Field::array(
            "productList",
            &Object {
                fields: &[
                    CUSTOMER_PRODUCT_CODE,
                    Field::number("roughWeight", "毛重", "gross weight"),
                    Field::number("vol", "体积", "volume"),
                ],
                rules: &[],
                seen: Seen::part("The example's keys and types; no required flags seen."),
            },
            "产品列表",
            "products",
        )
        .required()],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"productList":[{"customerProductCode":"SKU-1001","roughWeight":0.4,"vol":0.0012}]}"#,
    ..Endpoint::CALL
};
