//! Finding an object's members by name many times over: validation asks an object for each of
//! its type's fields (16 of them for a product line), and a fresh scan of the keys per field was
//! the largest single cost of validating. Each key's print (length and three of its bytes) is
//! taken once; most keys are then told apart by one comparison of two `u32`s.

use super::{order, parse, Value};

/// Objects with more members, or with as few as `SMALL`, are searched key by key (`Value::get`):
/// printing a handful of keys costs more than it saves.
const INDEXED: usize = 32;
const SMALL: usize = 4;

/// An object's members with their prints, for repeated lookups by name.
pub(crate) struct Members<'d> {
    object: Value<'d>,
    /// One per key in server order; empty for an object searched key by key.
    prints: Vec<u32>,
}

/// Length, first, middle and last byte of a key: equal keys have equal prints.
#[inline(always)]
fn print(key: &[u8]) -> u32 {
    match key {
        [] => 0,
        [first, .., last] | [first @ last] => {
            (key.len() as u32) << 24 | u32::from(*first) << 16 | u32::from(key[key.len() / 2]) << 8 | u32::from(*last)
        }
    }
}

impl<'d> Members<'d> {
    #[inline(always)]
    pub(crate) fn of(object: Value<'d>) -> Self {
        let keys = object.sorted_keys();
        let prints = match keys.len() {
            n if n > SMALL && n <= INDEXED => keys.iter().map(|&key| print(object.key_bytes(key))).collect(),
            _ => Vec::new(),
        };
        Members { object, prints }
    }

    /// The member named `key`, as [`Value::get`] finds it.
    #[inline(always)]
    pub(crate) fn get(&self, key: &str) -> Option<Value<'d>> {
        if self.prints.is_empty() {
            return self.object.get(key);
        }
        let (key, wanted) = (key.as_bytes(), print(key.as_bytes()));
        let keys = self.object.sorted_keys();
        let found =
            self.prints.iter().zip(keys).find(|&(&p, &k)| p == wanted && order::same(self.object.key_bytes(k), key));
        found.map(|(_, &k)| self.object.at(k + 1))
    }
}

impl<'d> Value<'d> {
    /// The decoded bytes of the key node at `idx`.
    #[inline(always)]
    fn key_bytes(&self, idx: u32) -> &'d [u8] {
        parse::key_bytes(self.doc.src.as_bytes(), &self.doc.keys, &self.doc.nodes[idx as usize])
    }
}
