//! The text a call works on (a request, a received body), written by the wrapper straight into
//! wasm memory: `room` hands out a buffer that lives from call to call, the wrapper encodes the
//! text into it with `TextEncoder.encodeInto` (or copies in the UTF-8 it wrote from a JS value),
//! and the call is given the number of bytes written.
//! A `&[u8]` parameter would have wasm-bindgen allocate a buffer per call, copy the bytes in from
//! a second buffer in JS and free it afterwards.

use crate::error::{Error, ErrorKind};

/// Grown, never shrunk: zero-filled once per growth rather than once per call (a megabyte
/// request keeps its room for the next one).
static mut INPUT: Vec<u8> = Vec::new();

/// The address of at least `bytes` bytes for the wrapper to write the next call's text into.
/// The address changes only when the buffer grows (the wrapper asks again only then).
pub(super) fn room(bytes: usize) -> usize {
    // SAFETY: wasm32 without threads, and no reference to INPUT is held between calls (`read`).
    let input = unsafe { &mut *std::ptr::addr_of_mut!(INPUT) };
    if input.len() < bytes {
        input.resize(bytes, 0);
    }
    input.as_ptr() as usize
}

/// Runs `use_text` on the first `bytes` written as UTF-8 text (fewer if the buffer is shorter,
/// which only a caller of the raw exports can cause). `TextEncoder` only writes UTF-8, so the
/// error is for those callers too.
pub(super) fn read<T>(bytes: usize, use_text: impl FnOnce(Result<&str, Error>) -> T) -> T {
    // SAFETY: as in `room`; the reference lives only for this call, which never calls `room`.
    let input = unsafe { &*std::ptr::addr_of!(INPUT) };
    let written = input.get(..bytes).unwrap_or(input);
    use_text(
        std::str::from_utf8(written)
            .map_err(|e| Error::new(ErrorKind::InvalidJson { offset: e.valid_up_to(), expected: "UTF-8 text" })),
    )
}
