//! The vocabulary of the catalog: what an endpoint, a field, a code set and a rule are.
//! Everything here is `'static` data built with `const fn`s, so the catalog costs no start-up work.
//!
//! Texts only the generated docs show (English code labels, the reasons behind inferences) are
//! `Note`s, compiled out of the wasm (where a note reads `""`): `endpoints()` of `hongxun-sign/catalog` serves them from the generated JSON,
//! validation messages do not use them, and the wasm's size budget (scripts/wasm-size.mjs) has no room for them.

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
        body: &Object { fields: &[], rules: &[], seen: Seen::All },
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
    /// How much of the object the documentation shows.
    pub seen: Seen,
}

impl Object {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Whether the documentation shows every member. In an incomplete object (a cut-off page,
    /// "33 fields, not seen") an unknown member may be a real one, so it only warns, even in
    /// strict mode.
    pub fn complete(&self) -> bool {
        matches!(self.seen, Seen::All)
    }
}

/// How much of an object the documentation shows.
#[derive(Debug, Clone, Copy)]
pub enum Seen {
    All,
    /// Part of it; the note says what is seen and how the rest is modelled.
    Part(Note),
}

impl Seen {
    pub const fn part(note: &'static str) -> Seen {
        Seen::Part(Note::new(note))
    }

    /// The note of a partly seen object (`""` when all is seen, and in the wasm).
    pub fn note(self) -> &'static str {
        match self {
            Seen::All => "",
            Seen::Part(note) => note.text(),
        }
    }
}

/// A text only the generated docs show. The wasm does not carry it (see the module comment):
/// there the note is empty.
#[derive(Debug, Clone, Copy)]
pub struct Note {
    #[cfg(not(target_arch = "wasm32"))]
    text: &'static str,
}

impl Note {
    pub const EMPTY: Note = Note::new("");

    pub const fn new(text: &'static str) -> Note {
        let _ = text;
        Note {
            #[cfg(not(target_arch = "wasm32"))]
            text,
        }
    }

    pub fn text(self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.text;
        #[cfg(target_arch = "wasm32")]
        ""
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
// In this order (the one-byte members together, after the rest) the catalog's data in the wasm
// is 0.4 KB smaller gzipped than in the compiler's own order.
#[repr(C)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    /// The codes a string field may hold.
    pub codes: Option<&'static CodeSet>,
    /// Smallest sensible value of an integer field (a warning below it); a Java Integer, as the
    /// field is.
    pub minimum: Option<i32>,
    /// Chinese description, as published where documented.
    pub zh: &'static str,
    pub en: &'static str,
    /// Whether the member must be sent, and where that comes from: documented as required, or
    /// inferred ("usually sent": a warning when missing). `None`: optional.
    pub required: Option<Provenance>,
    /// Where the code list of this field comes from (the field may be documented while the
    /// list that applies to it is inferred).
    pub codes_provenance: Provenance,
    pub format: Option<Format>,
    /// Where the member itself (its name and type) comes from.
    pub provenance: Provenance,
    /// `name`'s slot in a request object's table of keys (`json::key_slot`), worked out at
    /// compile time: validation finds the member without hashing the name.
    pub(crate) slot: u8,
    /// Why something about this field is inferred, when the object's note does not say it.
    pub why: Note,
    /// For a name published misspelt and kept as published: the name meant.
    pub sic: Note,
}

impl Field {
    const fn of(name: &'static str, ty: Type, zh: &'static str, en: &'static str) -> Field {
        Field {
            name,
            slot: crate::json::key_slot(name.as_bytes()),
            ty,
            required: None,
            codes: None,
            codes_provenance: Provenance::Documented,
            format: None,
            minimum: None,
            zh,
            en,
            provenance: Provenance::Documented,
            why: Note::EMPTY,
            sic: Note::EMPTY,
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

    /// Documented as required.
    pub const fn required(self) -> Field {
        Field { required: Some(Provenance::Documented), ..self }
    }

    /// Inferred to be required: "usually sent", a warning when missing.
    pub const fn usually_sent(self) -> Field {
        Field { required: Some(Provenance::Inferred), ..self }
    }

    /// The member itself is inferred: every problem with it only warns.
    pub const fn inferred(self) -> Field {
        Field { provenance: Provenance::Inferred, ..self }
    }

    pub const fn codes(self, codes: &'static CodeSet) -> Field {
        Field { codes: Some(codes), ..self }
    }

    /// A documented field whose code list is inferred (a value outside it only warns).
    pub const fn inferred_codes(self, codes: &'static CodeSet) -> Field {
        Field { codes: Some(codes), codes_provenance: Provenance::Inferred, ..self }
    }

    /// Why something about it is inferred (docs only).
    pub const fn why(self, why: &'static str) -> Field {
        Field { why: Note::new(why), ..self }
    }

    /// The name is published misspelt and kept as published; `meant` is the name meant (docs only).
    pub const fn sic(self, meant: &'static str) -> Field {
        Field { sic: Note::new(meant), ..self }
    }

    /// Whether the member must be sent, as it applies inside a part of `outer` provenance.
    pub fn requirement(&self, outer: Provenance) -> Option<Provenance> {
        self.required.map(|r| r.under(self.provenance.under(outer)))
    }

    /// Documented as required where it sits (a hard error when missing).
    pub fn hard_required(&self, outer: Provenance) -> bool {
        self.requirement(outer) == Some(Provenance::Documented)
    }

    /// The provenance of the field's code list inside a part of `outer` provenance.
    pub fn codes_under(&self, outer: Provenance) -> Provenance {
        self.codes_provenance.under(self.provenance.under(outer))
    }

    pub const fn datetime(self) -> Field {
        Field { format: Some(Format::BeijingDateTime), ..self }
    }

    pub const fn at_least(self, minimum: i32) -> Field {
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
    /// This project's translation (docs and `endpoints()` only).
    pub label_en: Note,
}

/// A constraint across fields of one object, checked after its fields.
#[derive(Debug)]
pub struct Rule {
    pub check: Check,
    pub provenance: Provenance,
    /// Why an inferred rule is inferred (docs only).
    pub why: Note,
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
        Rule { check, provenance: Provenance::Documented, why: Note::EMPTY }
    }

    /// A rule this project infers, and why.
    pub const fn inferred(check: Check, why: &'static str) -> Rule {
        Rule { check, provenance: Provenance::Inferred, why: Note::new(why) }
    }
}
