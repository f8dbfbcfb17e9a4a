//! Sending a long request in several calls. The catalog names the array that holds a request
//! type's lines (`Endpoint::batch`); [`split_batches`] cuts it into batches of at most so many
//! lines or bytes, repeats every other member in each batch, and fills in the count fields where
//! the type has them (serialNumberIssue: `totalCount`, `currentCount`, `surPlusCount`), so that
//! each batch is a valid request on its own.
//!
//! Each batch is canonical JSON text (what the body carries and the signature covers), so a
//! byte limit bounds exactly what goes over the wire as `request`.

use crate::catalog::{self, Batching};
use crate::error::{Error, ErrorKind};
use crate::json::{self, Document, Kind, Value};

/// How large one batch may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// At most this many lines.
    Lines(usize),
    /// At most this many bytes of canonical request text (UTF-8).
    Bytes(usize),
}

/// How to split, and where the request's lines sit in a longer list sent piece by piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchOptions {
    pub limit: Limit,
    /// Lines of the same list sent before this request's first one (counts continue from there).
    pub lines_before: usize,
    /// Lines in the whole list; `None`: `lines_before` plus this request's lines.
    pub lines_total: Option<usize>,
}

impl BatchOptions {
    /// The whole list is in this request.
    pub fn new(limit: Limit) -> Self {
        BatchOptions { limit, lines_before: 0, lines_total: None }
    }
}

/// One call's worth of a split request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The batch's request, canonical JSON text.
    pub request: String,
    /// How many lines it carries.
    pub lines: usize,
}

/// Splits `request_json` of request type `endpoint` into batches in line order. A request
/// without lines (an empty array) gives no batch.
///
/// Errors: `unknown_endpoint`; `not_batchable` for a type without a list of lines; the
/// canonical-JSON codes; `no_lines` (with its path) when the request is not an object holding
/// that array; `line_too_large` (path of the line) when one line alone exceeds a byte limit;
/// `invalid_argument` for a zero limit or counts that do not add up.
///
/// ```
/// use hongxun_sign::batch::{split_batches, BatchOptions, Limit};
///
/// let request = r#"{"customerOrderCode":"SO1","productList":[{"serialNumber":"A"},{"serialNumber":"B"},{"serialNumber":"C"}]}"#;
/// let batches = split_batches("serialNumberIssue", request, &BatchOptions::new(Limit::Lines(2))).unwrap();
/// assert_eq!(batches[1].request, r#"{"currentCount":1,"customerOrderCode":"SO1","productList":[{"serialNumber":"C"}],"surPlusCount":0,"totalCount":3}"#);
/// ```
pub fn split_batches(endpoint: &str, request_json: &str, options: &BatchOptions) -> Result<Vec<Batch>, Error> {
    let found = catalog::find(endpoint).ok_or_else(|| Error::new(ErrorKind::UnknownEndpoint(endpoint.to_string())))?;
    let batching = found.batch.ok_or_else(|| Error::new(ErrorKind::NotBatchable(endpoint.to_string())))?;
    if matches!(options.limit, Limit::Lines(0) | Limit::Bytes(0)) {
        return Err(invalid("the limit must be at least 1", "上限至少为 1"));
    }
    let document = Document::parse(request_json)?;
    let lines = Lines::of(document.root(), &batching)?;
    let before = options.lines_before;
    let total = options.lines_total.unwrap_or(before + lines.len());
    if before + lines.len() > total {
        return Err(invalid(
            "linesBefore plus the request's lines exceed linesTotal",
            "已发送行数加本次行数超过总行数",
        ));
    }
    let rest = Rest::of(document.root(), &batching)?;
    let mut batches = Vec::new();
    let mut first = 0;
    while first < lines.len() {
        // As many lines as the limit lets in; at least one, or the line cannot go at all.
        let counts = |end: usize| [total, end - first, total - before - end];
        let mut end = first + 1;
        match options.limit {
            Limit::Lines(n) => end = lines.len().min(first + n),
            Limit::Bytes(max) => {
                let size = |end: usize| rest.len(counts(end)) + lines.text(first, end).len();
                if size(end) > max {
                    let path = format!("/{}/{}", batching.lines, first);
                    return Err(Error::at(ErrorKind::LineTooLarge { bytes: size(end), limit: max }, path));
                }
                while end < lines.len() && size(end + 1) <= max {
                    end += 1;
                }
            }
        }
        let request = rest.with(lines.text(first, end), counts(end))?;
        batches.push(Batch { request, lines: end - first });
        first = end;
    }
    Ok(batches)
}

fn invalid(en: &'static str, zh: &'static str) -> Error {
    Error::new(ErrorKind::InvalidArgument { en, zh })
}

/// The lines' canonical texts one after the other with commas between, so that the lines of any
/// batch are one slice of it, ready to go between `[` and `]`.
struct Lines {
    text: String,
    /// Where each line's text starts and ends.
    spans: Vec<(usize, usize)>,
}

impl Lines {
    fn of(root: Value<'_>, batching: &Batching) -> Result<Lines, Error> {
        let array = root.get(batching.lines).filter(|v| root.kind() == Kind::Object && v.kind() == Kind::Array);
        let array = array.ok_or_else(|| Error::at(ErrorKind::NoLines, format!("/{}", batching.lines)))?;
        let mut lines = Lines { text: String::with_capacity(array.raw().len()), spans: Vec::new() };
        for line in array.items() {
            if !lines.spans.is_empty() {
                lines.text.push(',');
            }
            let start = lines.text.len();
            lines.text.push_str(&line.canonical());
            lines.spans.push((start, lines.text.len()));
        }
        Ok(lines)
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    /// Lines `first..end` (`first < end`), with the commas between them.
    fn text(&self, first: usize, end: usize) -> &str {
        &self.text[self.spans[first].0..self.spans[end - 1].1]
    }
}

/// Everything of a batch but its lines and counts: the request's other members as written, and
/// the size of the canonical batch with no lines and one-digit counts.
struct Rest {
    batching: Batching,
    members: String,
    empty_len: usize,
}

impl Rest {
    fn of(root: Value<'_>, batching: &Batching) -> Result<Rest, Error> {
        let counts = batching.counts.map_or([batching.lines; 3], |c| [c.total, c.current, c.remaining]);
        let mut members = Vec::new();
        for (key, value) in root.members() {
            // The lines and the counts are replaced in every batch.
            if key != batching.lines && !counts.contains(&key.as_ref()) {
                members.push(b',');
                json::write_string(&mut members, &key);
                members.push(b':');
                let quote: &[u8] = if value.kind() == Kind::String { b"\"" } else { b"" };
                members.extend_from_slice(quote);
                members.extend_from_slice(value.raw().as_bytes()); // a string's still escaped
                members.extend_from_slice(quote);
            }
        }
        let members = String::from_utf8(members).unwrap_or_default();
        let mut rest = Rest { batching: *batching, members, empty_len: 0 };
        rest.empty_len = rest.with("", [0; 3])?.len();
        Ok(rest)
    }

    /// Bytes of the canonical batch with these counts, but its lines.
    fn len(&self, counts: [usize; 3]) -> usize {
        let more_digits: usize = counts.iter().map(|&n| digits(n) - 1).sum();
        self.empty_len + if self.batching.counts.is_some() { more_digits } else { 0 }
    }

    /// The canonical batch request.
    fn with(&self, lines: &str, counts: [usize; 3]) -> Result<String, Error> {
        let mut text = format!("{{\"{}\":[{lines}]", self.batching.lines);
        if let Some(c) = self.batching.counts {
            text += &format!(
                ",\"{}\":{},\"{}\":{},\"{}\":{}",
                c.total, counts[0], c.current, counts[1], c.remaining, counts[2]
            );
        }
        text += &self.members;
        text.push('}');
        crate::canonicalize(&text)
    }
}

fn digits(n: usize) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}
