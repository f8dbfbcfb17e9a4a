// What the wrapper reads and writes in the instance's memory around a call into the core: the
// input buffer a call's text is encoded (or a request's bytes copied) into (src/wasm/input.rs)
// and the layout a build leaves (src/wasm/body.rs); and the scratch buffer a request given as a
// JS value is written in first. Addresses and views belong to one instance: `forget` drops them
// when the instance is replaced after a trap, and a view is made again when the memory has grown
// (its old buffer is then detached).

const encoder = new TextEncoder();
/** Numbers in a build's layout: `LAYOUT` in src/wasm/body.rs. */
const LAYOUT = 11;

let raw = null;
let memory = null;
let inputAddress = 0;
let inputRoom = 0;
let input = null;
let layout = null;
/** The scratch buffer a request written from a JS value is taken from (see `takeScratch`). */
let spare = null;

/** Binds to the raw exports of one instance. */
export function bindMemory(rawExports) {
  raw = rawExports;
  forget();
}

/** Forgets the instance's memory, addresses and views (it has been replaced). */
export function forget() {
  memory = null;
  inputAddress = 0;
  inputRoom = 0;
  input = null;
  layout = null;
}

/** The instance's memory (asked for once per instance). */
export function wasmMemory() {
  return (memory ??= raw.wasmMemory());
}

/**
 * Puts a request into the core's input buffer, `s` as its JSON text (encoded as UTF-8) or as the
 * UTF-8 bytes written from a JS value (request-value.js); returns how many bytes it wrote. Call
 * it right before the call that reads them, after every argument has been read: a caller's
 * getter, `toJSON` or `getTime` may call the package again, which would overwrite them.
 * `encodeInto` rather than wasm-bindgen's string passing, which copies ASCII one character at a
 * time in JS (measured on 1 MB: 2.6 ms in Node against 0.06 ms, in Chromium 2.0 against 1.2 ms).
 */
export function encodeInput(s) {
  const bytes = typeof s === 'string' ? null : s;
  // UTF-8 needs at most 3 bytes per UTF-16 unit.
  const need = bytes === null ? s.length * 3 : bytes.length;
  if (inputRoom < need) {
    inputAddress = raw.inputBuffer(need);
    inputRoom = need;
    input = null;
  }
  const { buffer } = wasmMemory();
  if (input === null || input.buffer !== buffer) {
    input = new Uint8Array(buffer, inputAddress, inputRoom);
  }
  if (bytes === null) return encoder.encodeInto(s, input).written;
  input.set(bytes);
  giveScratch(bytes);
  return bytes.length;
}

/**
 * A buffer to write a request from a JS value into, the caller's until `encodeInput` has copied
 * its bytes (then it is given back): a getter of the caller's that calls the package meanwhile
 * gets one of its own.
 */
export function takeScratch() {
  const buffer = spare ?? new Uint8Array(4096);
  spare = null;
  return buffer;
}

/** Gives back the buffer `bytes` were written in (see `takeScratch`) once they are copied. */
export function giveScratch(bytes) {
  spare = new Uint8Array(bytes.buffer);
}

/** The last build's layout (see src/wasm/answer.rs `built`), read right after the build. */
export function keptLayout() {
  const { buffer } = wasmMemory();
  if (layout === null || layout.buffer !== buffer) layout = new Uint32Array(buffer, raw.keptLayout(), LAYOUT);
  return layout;
}
