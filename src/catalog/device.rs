//! 设备接口: what warehouse devices send (1 request type, unsigned device envelope).

use super::fields::*;
use super::model::{Direction, Endpoint, Envelope, Group, Object, Seen};

pub const DWS_PACKAGE: Endpoint = Endpoint {
    id: "dwsPackage",
    title_zh: "DWS包裹信息",
    title_en: "DWS package measurement",
    group: Group::Device,
    direction: Direction::DeviceToHongxun,
    envelope: Envelope::Device,
    body: &Object {
        fields: &[
            MAILNO.required(),
            LONGS.required(),
            WIDTHS.required(),
            HEIGHTS.required(),
            WEIGHT.required(),
            VOLUME.required(),
            REMARK,
        ],
        rules: &[],
        seen: Seen::All,
    },
    example: r#"{"mailno":"SF1234567890","longs":30.5,"widths":20,"heights":15,"weight":1250,"volume":9150}"#,
    ..Endpoint::CALL
};
