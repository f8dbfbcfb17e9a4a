//! One pass over the request text into a flat node list of borrowed byte ranges.
//!
//! Strict RFC 8259 only. Each object's members are sorted once, here, by the server's key order
//! (UTF-16 code units), which is also where duplicate keys show up: adjacent after the sort.

use super::{number, order, text, Change, Document, Kind, Mode, Node, Note};
use crate::error::{Error, ErrorKind};

pub(super) fn parse(src: &str, mode: Mode, max_depth: usize) -> Result<Document<'_>, Error> {
    let mut p = Parser {
        src: src.as_bytes(),
        pos: 0,
        mode,
        max_depth,
        // Sized up front (a member takes at least 6 bytes: `"k":1,`), so that they rarely grow:
        // each growth is an allocation and a copy.
        nodes: Vec::with_capacity(src.len() / 8 + 4),
        sorted: Vec::with_capacity(src.len() / 16 + 4),
        keys: Vec::new(),
        notes: Vec::new(),
        scratch: Vec::with_capacity(32),
        spaced: 0,
    };
    p.skip_ws();
    match p.peek() {
        Some(b'{') | Some(b'[') => {}
        Some(_) => {
            // A scalar is valid JSON but not a request; bad text is still bad text.
            p.value(0)?;
            p.skip_ws();
            p.expect_end()?;
            return Err(Error::new(ErrorKind::NotAContainer));
        }
        None => return Err(p.invalid("a JSON object or array")),
    }
    p.value(0)?;
    p.skip_ws();
    p.expect_end()?;
    Ok(Document { src, nodes: p.nodes, sorted: p.sorted, keys: p.keys, notes: p.notes })
}

/// A member key of an object being read: its node, and its first bytes for sorting.
#[derive(Clone, Copy)]
struct Member {
    prefix: u64,
    key: u32,
}

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
    mode: Mode,
    /// Deepest nesting of containers allowed (the top level counts as 1).
    max_depth: usize,
    nodes: Vec<Node>,
    sorted: Vec<u32>,
    keys: Vec<u8>,
    notes: Vec<Note>,
    /// Member keys of the objects still open, innermost last.
    scratch: Vec<Member>,
    /// Runs of whitespace skipped so far: a container that saw none inside may be verbatim.
    spaced: u32,
}

// `#[inline(always)]` on the per-byte helpers, as on `Value`'s accessors (opt-level "z").
impl Parser<'_> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    #[inline(always)]
    fn skip_ws(&mut self) {
        if let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.spaced += 1;
            while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
                self.pos += 1;
            }
        }
    }

    fn invalid(&self, expected: &'static str) -> Error {
        Error::new(ErrorKind::InvalidJson { offset: self.pos, expected })
    }

    fn expect_end(&self) -> Result<(), Error> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.invalid("end of input")),
        }
    }

    /// Appends a node (its `next` set to the node after it) and returns its index.
    #[inline(always)]
    fn push(&mut self, node: Node) -> usize {
        let idx = self.nodes.len();
        self.nodes.push(Node { next: idx as u32 + 1, ..node });
        idx
    }

    fn value(&mut self, depth: usize) -> Result<(), Error> {
        self.skip_ws();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(|_| ()),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal(b"true", Kind::True),
            Some(b'f') => self.literal(b"false", Kind::False),
            Some(b'n') => self.literal(b"null", Kind::Null),
            _ => Err(self.invalid("a JSON value")),
        }
    }

    fn literal(&mut self, word: &'static [u8], kind: Kind) -> Result<(), Error> {
        if !self.src[self.pos..].starts_with(word) {
            return Err(self.invalid("true, false or null"));
        }
        self.push(Node { verbatim: true, ..Node::new(kind, self.pos, self.pos + word.len()) });
        self.pos += word.len();
        Ok(())
    }

    fn number(&mut self) -> Result<(), Error> {
        let start = self.pos;
        let scanned = number::scan(&self.src[start..]).ok_or_else(|| self.invalid("a JSON number"))?;
        self.pos += scanned.len;
        let verbatim = number::java_keeps(&self.src[start..self.pos], scanned.decimal);
        self.push(Node { escaped: scanned.decimal, verbatim, ..Node::new(Kind::Number, start, self.pos) });
        if scanned.out_of_range {
            return Err(Error::at(ErrorKind::NumberOutOfRange, ""));
        }
        Ok(())
    }

    /// A string value or key; returns its node index. Keys with escapes are decoded into `keys`.
    fn string(&mut self) -> Result<usize, Error> {
        let start = self.pos + 1;
        let scanned = text::scan(&self.src[start..]).map_err(|at| {
            Error::new(ErrorKind::InvalidJson { offset: start + at, expected: "a valid string character or escape" })
        })?;
        let end = start + scanned.len;
        self.pos = end + 1;
        let verbatim = scanned.plain || (!scanned.escaped && text::unchanged_by_fastjson(&self.src[start..end]));
        let idx = self.push(Node {
            escaped: scanned.escaped,
            plain: scanned.plain,
            verbatim,
            ..Node::new(Kind::String, start, end)
        });
        if scanned.lone_surrogate {
            match self.mode {
                Mode::Strict => return Err(Error::at(ErrorKind::LoneSurrogate, "")),
                Mode::Fastjson => self.notes.push(Note { change: Change::LoneSurrogate, node: idx as u32 }),
            }
        }
        Ok(idx)
    }

    fn enter(&self, depth: usize) -> Result<(), Error> {
        if depth > self.max_depth {
            return Err(Error::at(ErrorKind::TooDeep { max: super::MAX_DEPTH }, ""));
        }
        Ok(())
    }

    fn array(&mut self, depth: usize) -> Result<(), Error> {
        self.enter(depth)?;
        let idx = self.push(Node::new(Kind::Array, self.pos, 0));
        let spaced = self.spaced;
        let mut verbatim = true;
        self.pos += 1;
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            let mut i = 0usize;
            loop {
                let item = self.nodes.len();
                self.value(depth).map_err(|e| e.within(&i.to_string()))?;
                verbatim &= self.nodes[item].verbatim;
                i += 1;
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b']') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.invalid("',' or ']'")),
                }
            }
        }
        self.close(idx);
        self.nodes[idx].verbatim = verbatim && self.spaced == spaced;
        Ok(())
    }

    fn object(&mut self, depth: usize) -> Result<(), Error> {
        self.enter(depth)?;
        let idx = self.push(Node::new(Kind::Object, self.pos, 0));
        let spaced = self.spaced;
        let mut verbatim = true;
        self.pos += 1;
        let open = self.scratch.len();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.skip_ws();
                if self.peek() != Some(b'"') {
                    return Err(self.invalid("a string key"));
                }
                let key = self.string()?;
                self.decode_key(key);
                self.skip_ws();
                if self.peek() != Some(b':') {
                    return Err(self.invalid("':'"));
                }
                self.pos += 1;
                let name = self.key_bytes(key);
                if matches!(name.first(), Some(b'@' | b'$')) && (name == b"@type" || name == b"$ref") {
                    let name = String::from_utf8_lossy(name).into_owned();
                    return Err(Error::at(ErrorKind::ReservedKey, "").within(&name));
                }
                let member = Member { prefix: order::prefix(name), key: key as u32 };
                if let Err(e) = self.value(depth) {
                    let name = String::from_utf8_lossy(self.key_bytes(key)).into_owned();
                    return Err(e.within(&name));
                }
                let value = &self.nodes[key + 1];
                verbatim &= self.nodes[key].verbatim && value.verbatim && value.kind != Kind::Null;
                self.scratch.push(member);
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.invalid("',' or '}'")),
                }
            }
        }
        let in_order = self.sort_members(idx, open)?;
        self.close(idx);
        self.nodes[idx].verbatim = verbatim && in_order && self.spaced == spaced;
        Ok(())
    }

    fn close(&mut self, idx: usize) {
        let next = self.nodes.len() as u32;
        let node = &mut self.nodes[idx];
        node.end = self.pos as u32;
        node.next = next;
    }

    fn decode_key(&mut self, key: usize) {
        let node = self.nodes[key];
        if node.escaped {
            let at = self.keys.len();
            text::unescape(&self.src[node.start as usize..node.end as usize], &mut self.keys);
            let n = &mut self.nodes[key];
            n.aux = at as u32;
            n.len = (self.keys.len() - at) as u32;
        }
    }

    fn key_bytes(&self, key: usize) -> &[u8] {
        key_bytes(self.src, &self.keys, &self.nodes[key])
    }

    /// Sorts the members of the object at `idx` (pushed onto `scratch` since `open`) into `sorted`;
    /// returns whether they were already in that order, none repeated.
    fn sort_members(&mut self, idx: usize, open: usize) -> Result<bool, Error> {
        let (src, keys, nodes) = (self.src, &self.keys[..], &self.nodes[..]);
        let members = &mut self.scratch[open..];
        let equal_keys = std::cell::Cell::new(false);
        // Ties broken by position: among equal keys the last written stays last, the one fastjson keeps.
        let compared_every_neighbour = sort_by(members, |a, b| {
            let order = order::by_prefix(a.prefix, b.prefix).unwrap_or_else(|| {
                order::utf16_cmp(
                    key_bytes(src, keys, &nodes[a.key as usize]),
                    key_bytes(src, keys, &nodes[b.key as usize]),
                )
            });
            equal_keys.set(equal_keys.get() | order.is_eq());
            order.then(a.key.cmp(&b.key)).is_lt()
        });
        // Keys were pushed in input order, so ascending node indices mean nothing moved.
        let mut in_order = members.windows(2).all(|pair| pair[0].key < pair[1].key);
        let at = self.sorted.len();
        if compared_every_neighbour && !equal_keys.get() {
            // No two keys alike (the usual case): no neighbours to compare again.
            self.sorted.extend(members.iter().map(|m| m.key));
            self.scratch.truncate(open);
            return Ok(self.close_members(idx, at, in_order));
        }
        for i in 0..members.len() {
            let key = members[i].key;
            let same_as_next = members.get(i + 1).map(|m| m.key).is_some_and(|next| {
                order::same(key_bytes(src, keys, &nodes[key as usize]), key_bytes(src, keys, &nodes[next as usize]))
            });
            if same_as_next {
                match self.mode {
                    Mode::Strict => {
                        let name = String::from_utf8_lossy(key_bytes(src, keys, &nodes[key as usize])).into_owned();
                        return Err(Error::at(ErrorKind::DuplicateKey, "").within(&name));
                    }
                    Mode::Fastjson => {
                        self.notes.push(Note { change: Change::DuplicateKey, node: key });
                        in_order = false;
                        continue;
                    }
                }
            }
            self.sorted.push(key);
        }
        self.scratch.truncate(open);
        Ok(self.close_members(idx, at, in_order))
    }

    /// Points the object at `idx` to its sorted keys, `sorted[at..]`; passes `in_order` on.
    fn close_members(&mut self, idx: usize, at: usize, in_order: bool) -> bool {
        let node = &mut self.nodes[idx];
        node.aux = at as u32;
        node.len = (self.sorted.len() - at) as u32;
        in_order
    }
}

/// Sorts `items` by `less`, a strict total order: insertion sort for up to 32 items (n-1
/// compares on sorted input, the usual case), else a check for sorted input, then heapsort.
/// core's `sort_unstable` costs 5 KB of wasm (2 KB gzipped) for what members need.
/// Returns whether every two items that end up side by side were compared with each other
/// (always by insertion sort: an item stops beside the one it was last compared with).
fn sort_by<T: Copy>(items: &mut [T], less: impl Fn(T, T) -> bool) -> bool {
    const SMALL: usize = 32;
    let n = items.len();
    if n <= SMALL {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(items[j], items[j - 1]) {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        return true;
    }
    if (1..n).all(|i| less(items[i - 1], items[i])) {
        return true;
    }
    let sift = |items: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(items[child], items[child + 1]) {
            child += 1;
        }
        if !less(items[root], items[child]) {
            break;
        }
        items.swap(root, child);
        root = child;
    };
    for root in (0..n / 2).rev() {
        sift(items, root, n);
    }
    for end in (1..n).rev() {
        items.swap(0, end);
        sift(items, 0, end);
    }
    false
}

/// The decoded bytes of a key node (WTF-8: a lone surrogate kept as its 3-byte form).
#[inline(always)]
pub(super) fn key_bytes<'s>(src: &'s [u8], keys: &'s [u8], node: &Node) -> &'s [u8] {
    if node.escaped {
        &keys[node.aux as usize..(node.aux + node.len) as usize]
    } else {
        &src[node.start as usize..node.end as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by;
    use crate::json::Document;

    /// Whatever the members' number and order, and wherever the repeated key stands, it is found:
    /// by insertion sort's comparisons up to 32 members, by a second look past them.
    #[test]
    fn a_repeated_key_is_found_at_every_size_and_place() {
        for n in 2..40 {
            // Keys in a scrambled order, so that the sort moves them.
            let keys: Vec<String> = (0..n).map(|i| format!("k{:02}", (n - 1 - i + n / 3) % n)).collect();
            for (first, second) in [(0, n - 1), (n / 2, n / 3), (n - 1, 0)] {
                let mut keys = keys.clone();
                keys[second] = keys[first].clone();
                if first == second {
                    continue;
                }
                let text = format!("{{{}}}", keys.iter().map(|k| format!("\"{k}\":1")).collect::<Vec<_>>().join(","));
                let error = Document::parse(&text).err().unwrap_or_else(|| panic!("{text} parsed"));
                assert_eq!(error.code(), "duplicate_key", "{text}");
            }
        }
    }

    #[test]
    fn sort_by_agrees_with_core_sort_at_every_size() {
        let mut seed = 7u32;
        for n in 0..100 {
            for shape in 0..3 {
                let mut items: Vec<u32> = (0..n)
                    .map(|i| match shape {
                        0 => i,
                        1 => n - i,
                        _ => {
                            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                            seed >> 16
                        }
                    })
                    .collect();
                let mut expected = items.clone();
                expected.sort_unstable();
                sort_by(&mut items, |a, b| a < b);
                assert_eq!(items, expected, "{n} items, shape {shape}");
            }
        }
    }
}
