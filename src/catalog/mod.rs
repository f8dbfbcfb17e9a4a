//! The 30 request types of the Hongxun API as data: the single source of truth for validation,
//! the JSON Schemas, the OpenAPI document, the TypeScript types and the README table.
//!
//! One file per documentation chapter (`order`, `base`, `carrier`, `device`); the vocabulary is
//! in `model`, the code lists in `codes`. Adding an endpoint means adding it here and nowhere else.

mod base;
mod carrier;
pub mod codes;
mod device;
pub mod envelope;
mod fields;
mod model;
mod order;

pub use model::{
    Batching, Check, Code, CodeSet, Condition, Direction, Endpoint, Envelope, Field, Format, Group, LineCounts, Note,
    Object, Provenance, Rule, Seen, Shape, Type,
};

/// Every request type, in the order of the documentation (§5).
pub static ENDPOINTS: &[Endpoint] = &[
    order::IN_ORDER,
    order::OUT_ORDER,
    order::INNER_ORDER,
    order::TMS_ORDER,
    order::ORDER_CANCEL,
    order::IN_ORDER_CONFIRM,
    order::IN_ORDER_STATUS_CONFIRM,
    order::OUT_ORDER_CONFIRM,
    order::OUT_ORDER_STATUS_CONFIRM,
    order::INNER_ORDER_CONFIRM,
    order::OVERSEAS_LPN,
    order::STOCK_QUERY,
    order::ROUTE_PUSH,
    order::SIGN_INFO_PUSH,
    order::IN_ORDER_RESULT_QUERY,
    order::OUT_ORDER_RESULT_QUERY,
    order::ROUTE_QUERY,
    order::SIGN_IMAGE_PUSH,
    order::VIN_STOCK_QUERY,
    order::VIN_CHECK_CONFIRM,
    order::TMS_ORDER_CONFIRM,
    order::CANCEL_RESULT,
    order::SERIAL_NUMBER_ISSUE,
    base::PRODUCT_SYNC,
    base::INVENTORY_ORG_SYNC,
    base::CONSIGNEE_SYNC,
    base::PRODUCT_VOLUME_WEIGHT_SYNC,
    carrier::CARRIER_ROUTING_PUSH,
    carrier::CARRIER_SIGN_IMAGE_PUSH,
    device::DWS_PACKAGE,
];

/// The request type with this id (case-sensitive, as in §5).
pub fn find(id: &str) -> Option<&'static Endpoint> {
    ENDPOINTS.iter().find(|e| e.id == id)
}
