//! Validation of a request against its catalog entry: one generic walk over the catalog's
//! fields and rules that collects every problem in one pass.
//!
//! Severity follows provenance: what the documentation states is an error, what this project
//! inferred only warns. Formats, 32-bit ranges and minimums always only warn (the documentation
//! does not state them), and so does an integer written `5.0` (fastjson reads it as 5). An
//! unknown member close to a known one (`remakr`) warns with a suggestion; strict mode makes
//! every unknown member an error, except in objects the documentation shows only in part. Paths are built only when a problem is reported, so a valid request
//! costs no allocation beyond the report itself.

mod message;

use crate::catalog::{self, Check, Endpoint, Field, Format, Object, Provenance, Rule, Shape, Type};
use crate::error::Error;
pub use crate::error::Problem;
use crate::json::{Document, Kind, Members, Value};
use message::Subject;
use Provenance::{Documented, Inferred};

/// What the caller knows that the request does not say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Report fields the catalog does not know as `unknown_field` errors (warnings inside
    /// objects the documentation shows only in part).
    pub strict: bool,
    /// The shipment is a vehicle transport: vinCode, longitude and dimension become required on
    /// carrier route pushes.
    pub vehicle: bool,
}

/// Every problem of one request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Report {
    /// The report of a request that could not be checked at all: one error.
    pub(crate) fn failed(error: &Error) -> Report {
        Report { errors: vec![Problem::from(error)], warnings: Vec::new() }
    }

    /// No errors (warnings allowed).
    pub fn valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Validates `request_json` as a request of type `endpoint_id`. An unknown id or text that is
/// not canonical-ready JSON gives one error.
pub fn validate(endpoint_id: &str, request_json: &str, options: &Options) -> Report {
    let Some(endpoint) = catalog::find(endpoint_id) else {
        return Report::failed(&Error::unknown_endpoint(endpoint_id));
    };
    match Document::parse(request_json) {
        Ok(doc) => validate_document(endpoint, doc.root(), options),
        Err(e) => Report::failed(&e),
    }
}

/// Validates an already parsed request (parse once, then validate and canonicalize).
pub fn validate_document(endpoint: &Endpoint, root: Value<'_>, options: &Options) -> Report {
    let mut walk = Walk { options, report: Report::default() };
    let subject = Subject::REQUEST;
    match endpoint.shape {
        Shape::Object if root.kind() == Kind::Object => walk.object(endpoint.body, root, &Place::Root, Documented),
        Shape::Array if root.kind() == Kind::Array => {
            walk.items(endpoint.body, root, &Place::Root, Documented, subject)
        }
        Shape::Object => walk.mismatch(Documented, &Place::Root, subject, message::OBJECT, root),
        Shape::Array => walk.mismatch(Documented, &Place::Root, subject, message::ARRAY, root),
    }
    walk.report
}

/// Where a value sits, as a chain on the stack; turned into a JSON pointer only on a problem.
enum Place<'p> {
    Root,
    Member(&'p Place<'p>, &'p str),
    Item(&'p Place<'p>, usize),
}

impl Place<'_> {
    fn pointer(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Place::Root => {}
            Place::Member(parent, name) => {
                parent.write(out);
                out.push('/');
                crate::pointer::push_escaped(out, name);
            }
            Place::Item(parent, index) => {
                parent.write(out);
                out.push('/');
                out.push_str(&index.to_string());
            }
        }
    }
}

/// A member that is absent or `null` (the server's parser drops null members).
fn present<'d>(value: Option<Value<'d>>) -> Option<Value<'d>> {
    value.filter(|v| v.kind() != Kind::Null)
}

/// Whether a number written with a fraction or an exponent is a whole number (`5.0`, `1.2e1`):
/// no digit other than 0 after the decimal point once the exponent has moved it.
fn integral(raw: &str) -> bool {
    let (mantissa, exponent) = raw.split_once(['e', 'E']).unwrap_or((raw, "0"));
    let Ok(exponent) = exponent.parse::<i64>() else { return false };
    let point = mantissa.bytes().position(|b| b == b'.').unwrap_or(mantissa.len());
    let point = i64::try_from(point - usize::from(mantissa.starts_with('-'))).unwrap_or(0) + exponent;
    mantissa.bytes().filter(u8::is_ascii_digit).zip(0..).all(|(digit, i)| i < point || digit == b'0')
}

/// An integer member's value, if it is one.
fn integer(value: Option<Value<'_>>) -> Option<i64> {
    value.filter(Value::is_integer).and_then(|v| v.raw().parse().ok())
}

struct Walk<'o> {
    options: &'o Options,
    report: Report,
}

impl Walk<'_> {
    /// Records a problem: an error when `provenance` is documented, else a warning.
    fn report(&mut self, provenance: Provenance, place: &Place<'_>, code: &'static str, texts: (String, String)) {
        self.push(provenance, Problem::new(place.pointer(), code, texts.0, texts.1));
    }

    fn push(&mut self, provenance: Provenance, problem: Problem) {
        match provenance {
            Documented => self.report.errors.push(problem),
            Inferred => self.report.warnings.push(problem),
        }
    }

    fn mismatch(
        &mut self,
        provenance: Provenance,
        place: &Place<'_>,
        subject: Subject<'_>,
        expected: message::Noun,
        value: Value<'_>,
    ) {
        self.report(provenance, place, "type", message::wrong_type(subject, expected, value));
    }

    fn object(&mut self, object: &Object, value: Value<'_>, place: &Place<'_>, provenance: Provenance) {
        let members = Members::of(value);
        let mut known = 0;
        for field in object.fields {
            let at = Place::Member(place, field.name);
            let member = members.get(field.name, field.slot);
            known += usize::from(member.is_some());
            match (present(member), field.requirement(provenance)) {
                (Some(member), _) => self.field(field, member, &at, field.provenance.under(provenance)),
                (None, Some(Documented)) => self.report(Documented, &at, "required", message::required(field.into())),
                (None, Some(Inferred)) => self.report(Inferred, &at, "required", message::usually_sent(field.into())),
                (None, None) => {}
            }
        }
        if known < value.member_count() {
            self.unknown_members(object, value, place);
        }
        for rule in object.rules {
            self.rule(rule, object, value, place, rule.provenance.under(provenance));
        }
    }

    /// Members the catalog does not know: errors in strict mode (warnings where the object is
    /// only partly documented); otherwise warnings only for likely typos of a known name.
    fn unknown_members(&mut self, object: &Object, value: Value<'_>, place: &Place<'_>) {
        for (key, member) in value.members() {
            if member.kind() == Kind::Null || object.field(&key).is_some() {
                continue;
            }
            let suggestion = message::closest(object, &key);
            if !self.options.strict && suggestion.is_none() {
                continue;
            }
            let provenance = if self.options.strict && object.complete() { Documented } else { Inferred };
            let texts = message::unknown_field(&key, self.options.strict, suggestion);
            let mut problem = Problem::new(Place::Member(place, &key).pointer(), "unknown_field", texts.0, texts.1);
            problem.suggestion = suggestion;
            self.push(provenance, problem);
        }
    }

    /// The items of an array of objects.
    fn items(
        &mut self,
        object: &Object,
        value: Value<'_>,
        place: &Place<'_>,
        provenance: Provenance,
        subject: Subject<'_>,
    ) {
        for (index, item) in value.items().enumerate() {
            let at = Place::Item(place, index);
            if item.kind() == Kind::Object {
                self.object(object, item, &at, provenance);
            } else {
                self.mismatch(provenance, &at, subject, message::ITEM, item);
            }
        }
    }

    fn field(&mut self, field: &Field, value: Value<'_>, at: &Place<'_>, provenance: Provenance) {
        let kind = value.kind();
        let expected = match field.ty {
            Type::String if kind == Kind::String => return self.string(field, value, at, provenance),
            Type::Integer if value.is_integer() => return self.integer(field, value, at, provenance),
            // fastjson reads `5.0` into an Integer field as 5.
            Type::Integer if kind == Kind::Number && integral(value.raw()) => {
                return self.report(Inferred, at, "type", message::integral_decimal(field.into()));
            }
            Type::Number if kind == Kind::Number => return,
            Type::Boolean if matches!(kind, Kind::True | Kind::False) => return,
            Type::Object(object) if kind == Kind::Object => return self.object(object, value, at, provenance),
            Type::Array(items) if kind == Kind::Array => return self.items(items, value, at, provenance, field.into()),
            ty => message::noun(ty),
        };
        self.mismatch(provenance, at, field.into(), expected, value);
    }

    fn string(&mut self, field: &Field, value: Value<'_>, at: &Place<'_>, provenance: Provenance) {
        if field.codes.is_none() && field.format.is_none() {
            return;
        }
        let text = value.text();
        if let Some(codes) = field.codes {
            if !codes.contains(&text) {
                // An inferred list, or one the documentation may not give in full, only warns.
                let provenance = if codes.complete { field.codes_provenance.under(provenance) } else { Inferred };
                self.report(provenance, at, "enum", message::not_a_code(field.into(), codes, &text));
            }
        }
        match field.format {
            Some(Format::BeijingDateTime) if crate::time::parse_beijing(&text).is_err() => {
                self.report(Inferred, at, "format", message::not_beijing_time(field.into(), &text));
            }
            _ => {}
        }
    }

    fn integer(&mut self, field: &Field, value: Value<'_>, at: &Place<'_>, provenance: Provenance) {
        let Ok(n) = value.raw().parse::<i64>() else {
            return self.report(provenance, at, "range", message::beyond_i64(field.into(), value.raw()));
        };
        if i32::try_from(n).is_err() {
            self.report(Inferred, at, "range", message::beyond_i32(field.into(), n));
        } else if let Some(minimum) = field.minimum.map(i64::from).filter(|&m| n < m) {
            self.report(Inferred, at, "range", message::below(field.into(), minimum, n));
        }
    }

    fn rule(&mut self, rule: &Rule, object: &Object, value: Value<'_>, place: &Place<'_>, provenance: Provenance) {
        let subject = |name| Subject::of(object, name);
        match rule.check {
            Check::RequiredWhen { field, when: (other, expected) } => {
                let applies =
                    present(value.get(other)).is_some_and(|v| v.kind() == Kind::String && v.text() == expected);
                // An empty array lists nothing: a partial cancel without lines is not one.
                let empty =
                    present(value.get(field)).is_none_or(|v| v.kind() == Kind::Array && v.items().next().is_none());
                if applies && empty {
                    let label = object.field(other).and_then(|f| f.codes).and_then(|c| c.label(expected));
                    let texts = message::required_when(subject(field), subject(other), expected, label);
                    self.report(provenance, &Place::Member(place, field), "rule", texts);
                }
            }
            Check::RequiredWithOption { field, option } => {
                let holds = match option {
                    catalog::Condition::Vehicle => self.options.vehicle,
                };
                if holds && present(value.get(field)).is_none() {
                    let texts = message::required_for(subject(field), option);
                    self.report(provenance, &Place::Member(place, field), "rule", texts);
                }
            }
            Check::NotGreater { parts, limit } => {
                let sum: Option<i128> = parts.iter().map(|p| integer(value.get(p)).map(i128::from)).sum();
                if let (Some(sum), Some(max)) = (sum, integer(value.get(limit))) {
                    if sum > i128::from(max) {
                        let names: Vec<Subject<'_>> = parts.iter().map(|p| subject(p)).collect();
                        let texts = message::exceeds(&names, sum, subject(limit), max);
                        self.report(provenance, &Place::Member(place, parts[0]), "rule", texts);
                    }
                }
            }
            Check::LengthEquals { array, count } => {
                let items = present(value.get(array)).filter(|v| v.kind() == Kind::Array).map(|v| v.items().count());
                if let (Some(len), Some(n)) = (items, integer(value.get(count))) {
                    if i64::try_from(len) != Ok(n) {
                        let texts = message::length_differs(subject(array), len, subject(count), n);
                        self.report(provenance, &Place::Member(place, array), "rule", texts);
                    }
                }
            }
        }
    }
}
