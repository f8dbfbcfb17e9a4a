//! hongxun-sign: build, sign, validate and verify requests of the Hongxun (鸿讯) logistics API
//! exactly as its Java server expects (Appendix 1: MD5 over fastjson's sorted-key JSON).
//!
//! The core is plain Rust; `wasm` is the only module that knows about JavaScript.

mod error;
mod pointer;

pub mod batch;
pub mod build;
pub mod catalog;
pub mod doctor;
pub mod json;
pub mod sign;
pub mod time;
pub mod validate;
pub mod verify;

#[cfg(any(target_arch = "wasm32", test))]
mod utf16le;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, Problem};
pub use json::canonicalize;
pub use sign::sign;

/// The README's Rust examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
