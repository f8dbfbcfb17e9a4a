//! Validation of a request against its catalog entry. (Filled in with the catalog.)

/// One problem found in a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON pointer relative to the request; `""` for the request itself.
    pub path: String,
    pub code: &'static str,
    pub message: String,
    pub message_zh: String,
}

impl Problem {
    pub(crate) fn path_or_root(&self) -> &str {
        if self.path.is_empty() { "(request)" } else { &self.path }
    }
}
