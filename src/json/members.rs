//! Finding an object's members by name many times over: validation asks an object for each of
//! its type's fields (16 of them for a product line), and a fresh scan of the keys per field was
//! the largest single cost of validating. The keys go into a small hash table once per object;
//! each field is then found (or not) with a probe or two, from a slot the catalog worked out for
//! its name at compile time (`key_slot`): only the request's own keys are hashed per call.

use super::{order, parse, Value};

/// Objects with more members, or with as few as `SMALL`, are searched key by key (`Value::get`):
/// hashing a handful of keys costs more than it saves.
const INDEXED: usize = 32;
const SMALL: usize = 4;
/// Twice `INDEXED`: the table is at most half full, so probes stay short.
const SLOTS: usize = 64;

/// An object's members hashed by key, for repeated lookups by name.
pub(crate) struct Members<'d> {
    object: Value<'d>,
    /// The object's key nodes in server order.
    keys: &'d [u32],
    /// Per slot, 1 + the position of a key in `object`'s sorted keys; 0 for an empty slot.
    /// `None` for an object searched key by key.
    slots: Option<[u8; SLOTS]>,
}

/// The slot for a key, from its length and first, middle and last byte (a `const fn`, so that
/// the catalog stores its names' slots).
#[inline(always)]
pub(crate) const fn key_slot(key: &[u8]) -> u8 {
    let print = match key {
        [] => 0,
        [first, .., last] | [first @ last] => {
            (key.len() as u32) << 24 | (*first as u32) << 16 | (key[key.len() / 2] as u32) << 8 | *last as u32
        }
    };
    // Fibonacci hashing: the top six bits of the product (below SLOTS).
    (print.wrapping_mul(0x9E37_79B1) >> 26) as u8
}

impl<'d> Members<'d> {
    #[inline(always)]
    pub(crate) fn of(object: Value<'d>) -> Self {
        let keys = object.sorted_keys();
        if keys.len() <= SMALL || keys.len() > INDEXED {
            return Members { object, keys, slots: None };
        }
        let mut slots = [0u8; SLOTS];
        for (i, &key) in keys.iter().enumerate() {
            let mut at = usize::from(key_slot(object.key_bytes(key)));
            while slots[at] != 0 {
                at = (at + 1) % SLOTS;
            }
            slots[at] = i as u8 + 1;
        }
        Members { object, keys, slots: Some(slots) }
    }

    /// The member named `key`, as [`Value::get`] finds it; `slot` is `key_slot(key)`.
    #[inline(always)]
    pub(crate) fn get(&self, key: &str, slot: u8) -> Option<Value<'d>> {
        let Some(slots) = &self.slots else { return self.object.find(self.keys, key) };
        let keys = self.keys;
        let mut at = usize::from(slot);
        loop {
            let member = keys.get(usize::from(slots[at]).checked_sub(1)?)?;
            if order::same(self.object.key_bytes(*member), key.as_bytes()) {
                return Some(self.object.at(member + 1));
            }
            at = (at + 1) % SLOTS;
        }
    }
}

impl<'d> Value<'d> {
    /// The decoded bytes of the key node at `idx`.
    #[inline(always)]
    fn key_bytes(&self, idx: u32) -> &'d [u8] {
        parse::key_bytes(self.doc.src.as_bytes(), &self.doc.keys, &self.doc.nodes[idx as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::{key_slot, Members};
    use crate::json::Document;

    /// Every member is found and nothing else, at every size (key by key, hashed, and past the
    /// table's limit), with keys alike in length, ends and middle (the hash collides).
    #[test]
    fn finds_what_get_finds() {
        for n in 0..40 {
            let names: Vec<String> = (0..n).map(|i| format!("k{}x{i:02}", "a".repeat(i % 3))).collect();
            let text =
                format!("{{{}}}", names.iter().map(|k| format!("\"{k}\":\"{k}\"")).collect::<Vec<_>>().join(","));
            let doc = Document::parse(&text).unwrap();
            let members = Members::of(doc.root());
            for name in &names {
                let found = members.get(name, key_slot(name.as_bytes()));
                assert_eq!(found.map(|v| v.raw()), Some(name.as_str()), "{name} of {n}");
            }
            for absent in ["", "k", "kx", "kax99", "remark"] {
                assert!(members.get(absent, key_slot(absent.as_bytes())).is_none(), "{absent} of {n}");
            }
        }
    }
}
