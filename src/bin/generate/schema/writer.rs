//! A small JSON text writer for the generated files: keys in the order the generators choose,
//! indented as checked in (compact for the tests' single-line checks).

use crate::json::{Kind, Value};

pub(crate) struct Writer {
    out: String,
    indent: Option<&'static str>,
    depth: usize,
    /// A value was just written: the next key or item needs a comma.
    after_value: bool,
    /// A key was just written: its value follows on the same line.
    after_key: bool,
    /// The container just opened has nothing in it yet.
    empty: bool,
}

impl Writer {
    pub fn compact() -> Self {
        Writer { out: String::new(), indent: None, depth: 0, after_value: false, after_key: false, empty: true }
    }

    pub fn pretty() -> Self {
        Writer { indent: Some("  "), ..Writer::compact() }
    }

    /// The text written (pretty text ends with a newline, as a file should).
    pub fn finish(mut self) -> String {
        if self.indent.is_some() {
            self.out.push('\n');
        }
        self.out
    }

    fn newline(&mut self) {
        if let Some(indent) = self.indent {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(indent);
            }
        }
    }

    /// Comma and line break before a key or an array item.
    fn next_entry(&mut self) {
        if self.after_value {
            self.out.push(',');
        }
        if self.depth > 0 {
            self.newline();
        }
        self.empty = false;
    }

    fn value_start(&mut self) {
        if self.after_key {
            self.after_key = false;
        } else {
            self.next_entry();
        }
    }

    pub fn key(&mut self, key: &str) -> &mut Self {
        self.next_entry();
        self.escaped(key);
        self.out.push(':');
        if self.indent.is_some() {
            self.out.push(' ');
        }
        self.after_key = true;
        self.after_value = false;
        self
    }

    fn container(&mut self, open: char, close: char, body: impl FnOnce(&mut Self)) {
        self.value_start();
        self.out.push(open);
        self.depth += 1;
        self.after_value = false;
        self.empty = true;
        body(self);
        self.depth -= 1;
        if !self.empty {
            self.newline();
        }
        self.out.push(close);
        self.after_value = true;
        self.empty = false;
    }

    pub fn object(&mut self, body: impl FnOnce(&mut Self)) {
        self.container('{', '}', body);
    }

    pub fn array(&mut self, body: impl FnOnce(&mut Self)) {
        self.container('[', ']', body);
    }

    /// A number or literal written as given.
    pub fn raw(&mut self, text: &str) {
        self.value_start();
        self.out.push_str(text);
        self.after_value = true;
    }

    pub fn string(&mut self, text: &str) {
        self.value_start();
        self.escaped(text);
        self.after_value = true;
    }

    pub fn boolean(&mut self, value: bool) {
        self.raw(if value { "true" } else { "false" });
    }

    /// An array of strings, on one line even when indented.
    pub fn strings<'s>(&mut self, items: impl IntoIterator<Item = &'s str>) {
        self.value_start();
        self.out.push('[');
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.out.push_str(if self.indent.is_some() { ", " } else { "," });
            }
            self.escaped(item);
        }
        self.out.push(']');
        self.after_value = true;
    }

    /// A parsed JSON value, as written (numbers keep their spelling).
    pub fn value(&mut self, value: Value<'_>) {
        match value.kind() {
            Kind::Object => self.object(|w| {
                for (key, member) in value.members() {
                    w.key(&key).value(member);
                }
            }),
            Kind::Array => self.array(|w| value.items().for_each(|item| w.value(item))),
            Kind::String => self.string(&value.text()),
            _ => self.raw(value.raw()),
        }
    }

    fn escaped(&mut self, text: &str) {
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\t' => self.out.push_str("\\t"),
                '\r' => self.out.push_str("\\r"),
                c if c < ' ' => self.out.push_str(&format!("\\u{:04x}", c as u32)),
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::Writer;

    fn sample(mut w: Writer) -> String {
        w.object(|w| {
            w.key("a").string("x\"\n\u{1}中");
            w.key("b").array(|w| {
                w.raw("1");
                w.object(|_| {});
                w.boolean(false);
            });
            w.key("c").array(|_| {});
            w.key("d").strings(["x", "y"]);
        });
        w.finish()
    }

    #[test]
    fn compact_and_pretty() {
        assert_eq!(sample(Writer::compact()), r#"{"a":"x\"\n\u0001中","b":[1,{},false],"c":[],"d":["x","y"]}"#);
        assert_eq!(
            sample(Writer::pretty()),
            "{\n  \"a\": \"x\\\"\\n\\u0001中\",\n  \"b\": [\n    1,\n    {},\n    false\n  ],\n  \"c\": [],\n  \"d\": [\"x\", \"y\"]\n}\n"
        );
    }
}
