//! 承运商接口: what carriers push to Hongxun (2 request types).

use super::codes::{IMAGE_TYPE, ROUTE_NODE};
use super::fields::*;
use super::model::Check::RequiredWithOption;
use super::model::{Condition, Direction, Endpoint, Field, Group, Object, Rule, Seen, Shape};

pub const CARRIER_ROUTING_PUSH: Endpoint = Endpoint {
    id: "carrierRoutingPush",
    title_zh: "承运商路由推送",
    title_en: "Carrier route push",
    group: Group::Carrier,
    direction: Direction::CarrierToHongxun,
    path: Some("/dtc/tms/carrierRoutingPush"),
    shape: Shape::Array,
    body: &Object {
        fields: &[
            MAILNO.required(),
            SCAN_TYPE_CODE.codes(&ROUTE_NODE).required(),
            OPERATOR.required(),
            TIME.required(),
            PLANNED_DELIVERY_DATE.required(),
            TRANSFER_ADDRESS.required(),
            MEMO.required(),
            Field::string("vinCode", "车架号", "vehicle identification number"),
            Field::string("longitude", "经度", "longitude"),
            Field::string("dimension", "纬度", "latitude").sic("latitude"),
        ],
        rules: &[
            Rule::documented(RequiredWithOption { field: "vinCode", option: Condition::Vehicle }),
            Rule::documented(RequiredWithOption { field: "longitude", option: Condition::Vehicle }),
            Rule::documented(RequiredWithOption { field: "dimension", option: Condition::Vehicle }),
        ],
        seen: Seen::All,
    },
    example: r#"[{"mailno":"SF1234567890","scanTypeCode":"001","operator":"王五","time":"2026-11-30 10:12:00","plannedDeliveryDate":"2026-11-30 18:00:00","transferAddress":"深圳","memo":"已签收"}]"#,
    ..Endpoint::CALL
};

pub const CARRIER_SIGN_IMAGE_PUSH: Endpoint = Endpoint {
    id: "carrierSignImagePush",
    title_zh: "承运商签收图片推送",
    title_en: "Carrier proof of delivery image push",
    group: Group::Carrier,
    direction: Direction::CarrierToHongxun,
    path: Some("/dtc/tms/carrierSignImagePush"),
    body: &Object {
        fields: &[
            MAILNO.required(),
            Field::string("imageType", "图片类型", "image type").codes(&IMAGE_TYPE).required(),
            Field::array(
                "imageInfos",
                &Object {
                    fields: &[
                        IMAGE_NAME.inferred(),
                        IMAGE_URL.inferred(),
                        Field::string("imageBase64", "图片Base64内容", "image as Base64").inferred(),
                    ],
                    rules: &[],
                    seen: Seen::part("4 fields, not seen: the image as a link or as Base64, whichever imageType says."),
                },
                "图片信息",
                "images",
            )
            .required(),
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"mailno":"SF1234567890","imageType":"imageUrl","imageInfos":[{"imageName":"pod-1.jpg","imageUrl":"https://example.com/pod-1.jpg"}]}"#,
    ..Endpoint::CALL
};
