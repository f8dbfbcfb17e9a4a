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
        nodes: Vec::with_capacity(src.len() / 8 + 4),
        sorted: Vec::new(),
        keys: Vec::new(),
        notes: Vec::new(),
        scratch: Vec::new(),
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
    /// Member key indices of the objects still open, innermost last.
    scratch: Vec<u32>,
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

    fn push(&mut self, kind: Kind, start: usize, end: usize) -> usize {
        let idx = self.nodes.len();
        self.nodes.push(Node {
            kind,
            escaped: false,
            plain: false,
            verbatim: false,
            start: start as u32,
            end: end as u32,
            next: idx as u32 + 1,
            aux: 0,
            len: 0,
        });
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
        let idx = self.push(kind, self.pos, self.pos + word.len());
        self.nodes[idx].verbatim = true;
        self.pos += word.len();
        Ok(())
    }

    fn number(&mut self) -> Result<(), Error> {
        let start = self.pos;
        let scanned = number::scan(&self.src[start..]).ok_or_else(|| self.invalid("a JSON number"))?;
        self.pos += scanned.len;
        let idx = self.push(Kind::Number, start, self.pos);
        self.nodes[idx].escaped = scanned.decimal;
        self.nodes[idx].verbatim = number::java_keeps(&self.src[start..self.pos], scanned.decimal);
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
        let idx = self.push(Kind::String, start, end);
        self.nodes[idx].escaped = scanned.escaped;
        self.nodes[idx].plain = scanned.plain;
        self.nodes[idx].verbatim =
            scanned.plain || (!scanned.escaped && text::unchanged_by_fastjson(&self.src[start..end]));
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
        let idx = self.push(Kind::Array, self.pos, 0);
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
        let idx = self.push(Kind::Object, self.pos, 0);
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
                if name == b"@type" || name == b"$ref" {
                    let name = String::from_utf8_lossy(name).into_owned();
                    return Err(Error::at(ErrorKind::ReservedKey, "").within(&name));
                }
                if let Err(e) = self.value(depth) {
                    let name = String::from_utf8_lossy(self.key_bytes(key)).into_owned();
                    return Err(e.within(&name));
                }
                let value = &self.nodes[key + 1];
                verbatim &= self.nodes[key].verbatim && value.verbatim && value.kind != Kind::Null;
                self.scratch.push(key as u32);
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
        // Ties broken by position: among equal keys the last written stays last, the one fastjson keeps.
        sort_by(members, |a, b| {
            order::utf16_cmp(key_bytes(src, keys, &nodes[a as usize]), key_bytes(src, keys, &nodes[b as usize]))
                .then(a.cmp(&b))
                .is_lt()
        });
        // Keys were pushed in input order, so ascending node indices mean nothing moved.
        let mut in_order = members.windows(2).all(|pair| pair[0] < pair[1]);
        let at = self.sorted.len();
        for i in 0..members.len() {
            let key = members[i];
            let same_as_next = members.get(i + 1).is_some_and(|&next| {
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
        let node = &mut self.nodes[idx];
        node.aux = at as u32;
        node.len = (self.sorted.len() - at) as u32;
        Ok(in_order)
    }
}

/// Sorts `items` by `less`, a strict total order: insertion sort for up to 32 items (n-1
/// compares on sorted input, the usual case), else a check for sorted input, then heapsort.
/// core's `sort_unstable` costs 5 KB of wasm (2 KB gzipped) for what members need.
fn sort_by(items: &mut [u32], less: impl Fn(u32, u32) -> bool) {
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
        return;
    }
    if (1..n).all(|i| less(items[i - 1], items[i])) {
        return;
    }
    let sift = |items: &mut [u32], mut root: usize, end: usize| loop {
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
