//! What a build leaves in wasm memory for the wrapper to read right after the call: the built
//! request's text (the body, then its sign, timestamp and the two ends of the masked string to
//! sign), the layout of that text (`answer::built`) and its warnings. One text read from memory
//! instead of an object of seven members and six strings built across the boundary: measured
//! 4.4 -> 2.0 µs per small call in Chromium, 6.1 -> 2.6 in Node.
//!
//! The text's encoding is the one its reader decodes fastest. Browsers decode UTF-8 fast
//! (UTF-16LE slower), so they get the UTF-8 as it is. Node's UTF-8 decoder (V8's) is slow on
//! non-ASCII text (a 2.6 KB body with some Chinese: 6 µs) and on long ASCII (1 MB: 0.8 ms),
//! while it copies Latin-1 and UTF-16LE bytes into a string at memory speed (0.2 and 0.4 µs;
//! 0.1 ms): so for Node, ASCII stays as its own bytes, read as Latin-1, anything else becomes
//! UTF-16LE.

use crate::error::Problem;
use crate::utf16le::{is_ascii, utf16le};

/// How the kept text is encoded (the wrapper's `readText` takes the number).
#[derive(Clone, Copy)]
pub(super) enum Encoding {
    Utf8 = 0,
    Latin1 = 1,
    Utf16Le = 2,
}

/// Numbers in a build's layout (`answer::built`).
pub(super) const LAYOUT: usize = 11;

struct Kept {
    /// Read by the wrapper at the address `keep` returned, never here: held until the next build.
    #[allow(dead_code)]
    text: Vec<u8>,
    warnings: Vec<Problem>,
    /// Read by the wrapper at `layout_address`: a fixed place, so no array crosses per call.
    layout: [u32; LAYOUT],
}

/// The last build's text and warnings, kept until the next build. A plain static (a
/// thread-local added 0.2 KB of code): the crate is built for wasm32 without threads, and the
/// wrapper never calls the core from within a call.
static mut KEPT: Kept = Kept { text: Vec::new(), warnings: Vec::new(), layout: [0; LAYOUT] };

/// Keeps `text` (UTF-8 as it is, or Latin-1/UTF-16LE when `for_node`) and `warnings`; returns
/// where the text's bytes are in wasm memory, how many, and their encoding. The UTF-8 is not
/// checked here: a browser's reader decodes it with a checking decoder, and Node's UTF-16LE is
/// checked as it is made.
pub(super) fn keep(text: Vec<u8>, for_node: bool, warnings: Vec<Problem>) -> (usize, usize, Encoding) {
    let (bytes, encoding) = match (for_node, for_node && is_ascii(&text)) {
        (false, _) => (text, Encoding::Utf8),
        (true, true) => (text, Encoding::Latin1),
        (true, false) => (utf16le(&text), Encoding::Utf16Le),
    };
    let place = (bytes.as_ptr() as usize, bytes.len(), encoding);
    // SAFETY: one thread, and nothing else refers to KEPT during the assignments (see KEPT).
    unsafe {
        KEPT.text = bytes;
        KEPT.warnings = warnings;
    }
    place
}

/// Keeps the layout of the text kept last.
pub(super) fn keep_layout(layout: [u32; LAYOUT]) {
    // SAFETY: as in `keep`.
    unsafe { KEPT.layout = layout };
}

/// Where the layout is kept: the same address for the instance's life.
pub(super) fn layout_address() -> usize {
    // SAFETY: only the address is taken; nothing is read or written.
    unsafe { std::ptr::addr_of!(KEPT.layout) as usize }
}

/// The last build's warnings.
pub(super) fn kept_warnings() -> &'static [Problem] {
    // SAFETY: as in `keep`; the reference is used at once, before the next build replaces them.
    unsafe { &*std::ptr::addr_of!(KEPT.warnings) }
}
