//! JSON Pointer (RFC 6901) text, as used in every error and problem `path`.

/// Appends `segment` escaped as one pointer segment (`~` → `~0`, `/` → `~1`).
pub(crate) fn push_escaped(out: &mut String, segment: &str) {
    for c in segment.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_tilde_and_slash() {
        let mut out = String::from("/a/");
        super::push_escaped(&mut out, "b/c~d");
        assert_eq!(out, "/a/b~1c~0d");
    }
}
