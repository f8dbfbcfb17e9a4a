//! The signature doctor: which common client mistake a wrong signature matches.

/// A client mistake the doctor can recognise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mistake {
    KeysNotSorted,
}

impl Mistake {
    pub fn code(&self) -> &'static str {
        "keys_not_sorted"
    }
    pub fn message(&self) -> &'static str {
        "keys not sorted"
    }
    pub fn message_zh(&self) -> &'static str {
        "键未排序"
    }
}
