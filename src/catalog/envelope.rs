//! The documented fields around every request (§1) and of every response, as catalog data so the
//! OpenAPI document describes them from the same source. The envelope's `request` member is the
//! endpoint's body and is added by whoever describes a particular endpoint.

use super::model::{Field, Object, Seen};

const TIMESTAMP: Field = Field::string(
    "timestamp",
    "时间戳（北京时间，允许误差10分钟）",
    "Beijing time, accepted within 10 minutes of the server's clock",
)
.datetime()
.required();

/// `{createBy, dataSource, sign, timestamp, request}`.
pub static SIGNED: Object = Object {
    fields: &[
        Field::string("createBy", "客户标识（鸿讯提供）", "customer identifier, issued by Hongxun").required(),
        Field::string("dataSource", "来源系统（鸿讯提供）", "source system, issued by Hongxun").required(),
        Field::string(
            "sign",
            "签名（附录一）",
            "MD5 of createBy&dataSource&request&secret&timestamp, lowercase hex (Appendix 1)",
        )
        .required(),
        TIMESTAMP,
    ],
    rules: &[],
    seen: Seen::All,
};

/// The device envelope's timestamp: documented as a member, but its format and window are
/// stated for the signed envelope only. Assumed the same, they only warn (`verify_device`).
pub const DEVICE_TIMESTAMP: Field = Field::string(
    "timestamp",
    "时间戳（推断：与签名报文相同的北京时间格式与10分钟误差）",
    "Beijing time within 10 minutes, as in the signed envelope (inferred: a mismatch only warns)",
)
.datetime()
.required()
.why("The device envelope names a timestamp but not its format or window; the signed envelope's are assumed.");

/// `{warehouseCode, timestamp, request}`: unsigned, for DWS devices.
pub static DEVICE: Object = Object {
    fields: &[Field::string("warehouseCode", "仓库编码", "warehouse code").required(), DEVICE_TIMESTAMP],
    rules: &[],
    seen: Seen::All,
};

/// `{code, message, flag, value}`.
pub static RESPONSE: Object = Object {
    fields: &[
        Field::integer("code", "响应码", "response code").required(),
        Field::string("message", "错误说明", "message").required(),
        Field::boolean("flag", "响应标识（true 成功，false 失败）", "true on success, false on failure").required(),
        Field::object(
            "value",
            &Object { fields: &[], rules: &[], seen: Seen::part("Each endpoint's own answer; not described.") },
            "响应内容",
            "response content",
        ),
    ],
    rules: &[],
    seen: Seen::All,
};
