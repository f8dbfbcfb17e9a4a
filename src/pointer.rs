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

/// `base` extended by one segment.
pub(crate) fn join(base: &str, segment: &str) -> String {
    let mut out = String::with_capacity(base.len() + segment.len() + 1);
    out.push_str(base);
    out.push('/');
    push_escaped(&mut out, segment);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_tilde_and_slash() {
        assert_eq!(super::join("/a", "b/c~d"), "/a/b~1c~0d");
    }
}
