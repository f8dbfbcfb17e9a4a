//! The signature doctor: when a received signature does not match, find which common client
//! mistake would have produced it, by re-signing the request the way that mistake would.
//!
//! Runs only on the failure path. Variants are tried fewest mistakes first, so the simplest
//! explanation wins. The secret is used only as a hash input, never in any text.

pub use crate::error::{Diagnosis, Mistake};
use crate::json::{Escapes, Layout, Style, Value};
use crate::sign::{self, Pieces};
use crate::time;

/// Requests larger than this are not re-signed dozens of times on a failure path.
const MAX_DIAGNOSED_BYTES: usize = 256 * 1024;

/// Finds the mistakes that turn `pieces` (with the server's canonical request) into `received`.
/// `request` is the parsed received request and `raw` its text as it appeared in the body.
pub(crate) fn diagnose(received: &str, pieces: &Pieces<'_>, request: Value<'_>, raw: &str) -> Option<Diagnosis> {
    if raw.len() > MAX_DIAGNOSED_BYTES {
        return None;
    }
    let hit = |text: &str, timestamp: &str| {
        sign::matches(received, &sign::digest(&Pieces { request: text, timestamp, ..*pieces }))
    };
    let found = request_variants(request)
        .find(|(_, text)| text != pieces.request && hit(text, pieces.timestamp))
        .map(|(mistakes, _)| mistakes)
        .or_else(|| (raw != pieces.request && hit(raw, pieces.timestamp)).then(|| vec![Mistake::RawRequestText]))
        .or_else(|| timestamp_variant(pieces, &hit));
    Some(Diagnosis::of(found.unwrap_or_else(|| vec![Mistake::WrongSecret])))
}

/// The request as each combination of serializer mistakes writes it, fewest mistakes first.
fn request_variants(request: Value<'_>) -> impl Iterator<Item = (Vec<Mistake>, String)> + '_ {
    const FLAGS: [Mistake; 5] =
        [Mistake::KeysNotSorted, Mistake::NullsKept, Mistake::JsNumbers, Mistake::JsEscapes, Mistake::PrettyPrinted];
    // Every non-empty subset of FLAGS as a bit set, fewest mistakes first; enumerated in that
    // order rather than sorted, which keeps a sort instantiation (~1 KB) out of the wasm.
    let sets =
        (1..=FLAGS.len() as u32).flat_map(|size| (1..1u32 << FLAGS.len()).filter(move |set| set.count_ones() == size));
    sets.flat_map(move |set| {
        let mistakes: Vec<Mistake> =
            FLAGS.iter().enumerate().filter(|(i, _)| set & (1 << i) != 0).map(|(_, m)| *m).collect();
        let has = |m: Mistake| mistakes.contains(&m);
        let base = Style {
            sorted: !has(Mistake::KeysNotSorted),
            drop_nulls: !has(Mistake::NullsKept),
            js_numbers: has(Mistake::JsNumbers),
            escapes: if has(Mistake::JsEscapes) { Escapes::Js } else { Escapes::Fastjson },
            layout: Layout::Compact,
        };
        let layouts: &[Layout] = if has(Mistake::PrettyPrinted) {
            &[Layout::Indent("  "), Layout::Indent("    "), Layout::Indent("\t")]
        } else {
            &[Layout::Compact]
        };
        layouts.iter().map(move |&layout| {
            let mut out = Vec::new();
            request.write(&mut out, &Style { layout, ..base });
            (mistakes.clone(), String::from_utf8_lossy(&out).into_owned())
        })
    })
}

/// The timestamp as another zone's clock would have written the same instant.
fn timestamp_variant(pieces: &Pieces<'_>, hit: &dyn Fn(&str, &str) -> bool) -> Option<Vec<Mistake>> {
    let instant = time::parse_beijing(pieces.timestamp).ok()?;
    // Every zone offset in use, in quarter hours from UTC-12 to UTC+14.
    (-48..=56)
        .map(|quarters| quarters * 15)
        .filter(|&offset| offset != time::BEIJING_OFFSET_MINUTES)
        .find(|&offset| hit(pieces.request, &time::format_at_offset(instant, offset)))
        .map(|offset| vec![Mistake::NotBeijingTime(offset)])
}
