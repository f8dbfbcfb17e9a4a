//! The vocabulary of the catalog: what an endpoint, a field, a code set and a rule are.
//! Everything here is `'static` data built with `const fn`s, so the catalog costs no start-up work.

/// Where a fact comes from. Documented facts make hard errors; inferred ones only warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    /// Read in the published documentation.
    Documented,
    /// Added by this project where the documentation is cut off or unreadable.
    Inferred,
}

impl Provenance {
    pub fn as_str(self) -> &'static str {
        match self {
            Provenance::Documented => "documented",
            Provenance::Inferred => "inferred",
        }
    }

    /// The provenance of a part inside an `outer` part: whatever sits inside an inferred part
    /// is inferred too.
    pub fn under(self, outer: Provenance) -> Provenance {
        if outer == Provenance::Inferred {
            outer
        } else {
            self
        }
    }
}

/// The chapter of the documentation an endpoint belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// 客户订单接口
    Order,
    /// 客户基础信息接口
    Base,
    /// 承运商接口
    Carrier,
    /// 设备接口
    Device,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Order, Group::Base, Group::Carrier, Group::Device];

    pub fn as_str(self) -> &'static str {
        match self {
            Group::Order => "order",
            Group::Base => "base",
            Group::Carrier => "carrier",
            Group::Device => "device",
        }
    }

    pub fn title_zh(self) -> &'static str {
        match self {
            Group::Order => "客户订单接口",
            Group::Base => "客户基础信息接口",
            Group::Carrier => "承运商接口",
            Group::Device => "设备接口",
        }
    }

    pub fn title_en(self) -> &'static str {
        match self {
            Group::Order => "Customer orders",
            Group::Base => "Customer master data",
            Group::Carrier => "Carriers",
            Group::Device => "Devices",
        }
    }
}

/// Who calls whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The customer calls Hongxun.
    CustomerToHongxun,
    /// Hongxun calls the customer's URL (a callback).
    HongxunToCustomer,
    CarrierToHongxun,
    DeviceToHongxun,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::CustomerToHongxun => "C→H",
            Direction::HongxunToCustomer => "H→C",
            Direction::CarrierToHongxun => "Carrier→H",
            Direction::DeviceToHongxun => "Device→H",
        }
    }

    /// Whether Hongxun receives the call (and so publishes a path for it).
    pub fn to_hongxun(self) -> bool {
        self != Direction::HongxunToCustomer
    }
}

/// The body around the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Envelope {
    /// `{createBy, dataSource, sign, timestamp, request}` (Appendix 1).
    Signed,
    /// `{warehouseCode, timestamp, request}`, unsigned (DWS devices).
    Device,
}

impl Envelope {
    pub fn as_str(self) -> &'static str {
        match self {
            Envelope::Signed => "signed",
            Envelope::Device => "device",
        }
    }
}

/// The top level of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Object,
    /// An array whose items all have the endpoint's fields.
    Array,
}

impl Shape {
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Object => "object",
            Shape::Array => "array",
        }
    }
}

/// One request type.
#[derive(Debug)]
pub struct Endpoint {
    /// Stable id: the URL's last segment where one is published.
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub group: Group,
    pub direction: Direction,
    pub direction_provenance: Provenance,
    /// Published path on Hongxun's host; `None` for callbacks and unpublished endpoints.
    pub path: Option<&'static str>,
    pub path_provenance: Provenance,
    pub envelope: Envelope,
    pub shape: Shape,
    /// The fields and rules of the request object (of each item, for array requests).
    pub body: &'static Object,
    /// A complete, valid request (no errors, no warnings): for docs, forms and tests.
    pub example: &'static str,
    /// Whether a long request may be sent in several calls, and how (see `batch`).
    pub batch: Option<Batching>,
}

impl Endpoint {
    /// What most endpoints share, for struct update (`..Endpoint::CALL`): a documented call from
    /// the customer to Hongxun in the signed envelope, an object request, no published path.
    /// Every endpoint sets its own id, titles, body and example.
    pub const CALL: Endpoint = Endpoint {
        id: "",
        title_zh: "",
        title_en: "",
        group: Group::Order,
        direction: Direction::CustomerToHongxun,
        direction_provenance: Provenance::Documented,
        path: None,
        path_provenance: Provenance::Documented,
        envelope: Envelope::Signed,
        shape: Shape::Object,
        body: &Object { fields: &[], rules: &[] },
        example: "",
        batch: None,
    };

    /// A documented callback from Hongxun to the customer's URL.
    pub const CALLBACK: Endpoint = Endpoint { direction: Direction::HongxunToCustomer, ..Endpoint::CALL };
}

/// A request whose lines may go in several calls: the top-level array that holds the lines, and
/// the integer fields that count them where the type has such fields. Every other member is
/// repeated in each call.
#[derive(Debug, Clone, Copy)]
pub struct Batching {
    pub lines: &'static str,
    pub counts: Option<LineCounts>,
}

/// The fields that tell the receiver where a batch sits in the whole list.
#[derive(Debug, Clone, Copy)]
pub struct LineCounts {
    /// Lines in the whole list.
    pub total: &'static str,
    /// Lines in this call.
    pub current: &'static str,
    /// Lines still to send after this call.
    pub remaining: &'static str,
}

/// The fields of an object and the rules across them.
#[derive(Debug)]
pub struct Object {
    pub fields: &'static [Field],
    pub rules: &'static [Rule],
}

impl Object {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// The JSON type a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    String,
    /// Written without fraction or exponent (`12`, not `"12"`, `12.0` or `1.2e1`).
    Integer,
    /// Any JSON number (the documentation's "Double").
    Number,
    Boolean,
    Object(&'static Object),
    /// An array of objects.
    Array(&'static Object),
}

impl Type {
    pub fn as_str(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Integer => "integer",
            Type::Number => "number",
            Type::Boolean => "boolean",
            Type::Object(_) => "object",
            Type::Array(_) => "array",
        }
    }

    /// The fields of an object, or of each item of an array.
    pub fn nested(self) -> Option<&'static Object> {
        match self {
            Type::Object(object) | Type::Array(object) => Some(object),
            _ => None,
        }
    }
}

/// A text format a string field should follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Beijing time `yyyy-MM-dd HH:mm:ss`, e.g. `2026-11-28 12:00:00`.
    BeijingDateTime,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::BeijingDateTime => "beijing-date-time",
        }
    }

    pub fn pattern(self) -> &'static str {
        match self {
            Format::BeijingDateTime => r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$",
        }
    }

    pub fn example(self) -> &'static str {
        match self {
            Format::BeijingDateTime => "2026-11-28 12:00:00",
        }
    }
}

/// One member of a request object.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    pub required: bool,
    /// The codes a string field may hold.
    pub codes: Option<&'static CodeSet>,
    pub format: Option<Format>,
    /// Smallest sensible value of an integer field (a warning below it).
    pub minimum: Option<i64>,
    /// Chinese description, as published where documented.
    pub zh: &'static str,
    pub en: &'static str,
    pub provenance: Provenance,
}

impl Field {
    const fn of(name: &'static str, ty: Type, zh: &'static str, en: &'static str) -> Field {
        Field {
            name,
            ty,
            required: false,
            codes: None,
            format: None,
            minimum: None,
            zh,
            en,
            provenance: Provenance::Documented,
        }
    }

    pub const fn string(name: &'static str, zh: &'static str, en: &'static str) -> Field {
        Field::of(name, Type::String, zh, en)
    }

    pub const fn integer(name: &'static str, zh: &'static str, en: &'static str) -> Field {
        Field::of(name, Type::Integer, zh, en)
    }

    pub const fn number(name: &'static str, zh: &'static str, en: &'static str) -> Field {
        Field::of(name, Type::Number, zh, en)
    }

    pub const fn boolean(name: &'static str, zh: &'static str, en: &'static str) -> Field {
        Field::of(name, Type::Boolean, zh, en)
    }

    pub const fn object(name: &'static str, object: &'static Object, zh: &'static str, en: &'static str) -> Field {
        Field::of(name, Type::Object(object), zh, en)
    }

    pub const fn array(name: &'static str, items: &'static Object, zh: &'static str, en: &'static str) -> Field {
        Field::of(name, Type::Array(items), zh, en)
    }

    pub const fn required(self) -> Field {
        Field { required: true, ..self }
    }

    pub const fn inferred(self) -> Field {
        Field { provenance: Provenance::Inferred, ..self }
    }

    pub const fn codes(self, codes: &'static CodeSet) -> Field {
        Field { codes: Some(codes), ..self }
    }

    pub const fn datetime(self) -> Field {
        Field { format: Some(Format::BeijingDateTime), ..self }
    }

    pub const fn at_least(self, minimum: i64) -> Field {
        Field { minimum: Some(minimum), ..self }
    }
}

/// A list of codes with their Chinese labels. Codes are strings: `001` is not `1`.
#[derive(Debug)]
pub struct CodeSet {
    /// Stable name, e.g. `appendix2.inbound`.
    pub id: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub codes: &'static [Code],
    /// Whether the documentation lists every code. Values outside an incomplete list only warn.
    pub complete: bool,
}

impl CodeSet {
    pub fn contains(&self, code: &str) -> bool {
        self.codes.iter().any(|c| c.code == code)
    }

    pub fn label(&self, code: &str) -> Option<&'static str> {
        self.codes.iter().find(|c| c.code == code).map(|c| c.label_zh)
    }
}

#[derive(Debug)]
pub struct Code {
    pub code: &'static str,
    pub label_zh: &'static str,
}

/// A constraint across fields of one object, checked after its fields.
#[derive(Debug)]
pub struct Rule {
    pub check: Check,
    pub provenance: Provenance,
}

/// The kinds of cross-field constraint. One generic engine evaluates them for any endpoint.
#[derive(Debug)]
pub enum Check {
    /// `field` must be present when the string field `when.0` equals `when.1`.
    RequiredWhen { field: &'static str, when: (&'static str, &'static str) },
    /// `field` must be present when the caller sets `option` (the request cannot say so itself).
    RequiredWithOption { field: &'static str, option: Condition },
    /// The sum of the integer fields `parts` must not exceed the integer field `limit`.
    NotGreater { parts: &'static [&'static str], limit: &'static str },
    /// The array `array` must have as many items as the integer field `count` says.
    LengthEquals { array: &'static str, count: &'static str },
}

/// A fact about a request that only the caller knows (see `validate::Options`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// The shipment is a vehicle transport (车运输).
    Vehicle,
}

impl Condition {
    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Vehicle => "vehicle",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Condition::Vehicle => "车运输",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Condition::Vehicle => "vehicle transport",
        }
    }
}

impl Rule {
    pub const fn documented(check: Check) -> Rule {
        Rule { check, provenance: Provenance::Documented }
    }

    pub const fn inferred(check: Check) -> Rule {
        Rule { check, provenance: Provenance::Inferred }
    }
}
