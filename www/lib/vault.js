// Secrets remembered on this device, encrypted: AES-GCM under a key derived from the operator's
// passphrase (PBKDF2-SHA-256, OWASP's 600,000 iterations), with a random salt per vault and a
// random IV per sealing. Only the sealed text is stored; the passphrase and the key stay in memory.

const ITERATIONS = 600_000;
const KDF = 'PBKDF2-SHA-256';

const toBase64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A non-extractable AES-GCM key from a passphrase and a salt. */
export async function deriveKey(passphrase, salt, iterations = ITERATIONS) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A fresh salt for a new vault. */
export function newSalt() {
  return crypto.getRandomValues(new Uint8Array(16));
}

/** Encrypts `plaintext` under `key` with a fresh IV: the JSON-able record to store. */
export async function seal(key, salt, plaintext) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext));
  return { kdf: KDF, iterations: ITERATIONS, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
}

/**
 * Decrypts a stored record with the passphrase. Resolves `{ plaintext, key, salt }` (the key to
 * seal again in this session), or null when the passphrase is wrong (AES-GCM's tag fails).
 */
export async function open(record, passphrase) {
  const salt = fromBase64(record.salt);
  const key = await deriveKey(passphrase, salt, record.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(record.iv) }, key, fromBase64(record.data));
    return { plaintext: new TextDecoder().decode(plain), key, salt };
  } catch {
    return null;
  }
}
