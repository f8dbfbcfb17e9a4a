// The checks the real server makes on a received body — envelope, known sender, ±10-minute
// window, Appendix 1 signature (with the doctor's diagnosis), request schema — all made by the
// package's verifyRequest. What stays here is the gateway's part: whose key a body is verified
// with, and which of the server's failure answers (2001–2007, 3001) a verification maps to.
// Used by the gateway for calls to Hongxun and by the callback receiver for Hongxun's calls.

import { problemKind } from '../shared/problems.js';
import { FAILURES, failure } from './failures.js';
import { verifyRequest } from './hongxun.js';

/**
 * The window the package applies unless told otherwise: the server's (10 minutes). Read from a
 * verification, which reports the window it applied, so the number is written only in the crate.
 */
export const TOLERANCE_SECONDS = verifyRequest('{}', {}).toleranceSeconds;

/** Verifies a body that names no known sender: reads its envelope, no signature to check. */
const UNKNOWN_SENDER_KEY = 'no-partner';

/**
 * A signed body `{createBy, dataSource, sign, timestamp, request}`.
 * Returns `{ partner, request, warnings }` or `{ answer }` (a failure answer).
 */
export function checkSigned({ text, envelope, endpoint, partners, now }) {
  const { createBy, dataSource } = envelope ?? {};
  const partner = partners.find((p) => p.createBy === createBy && p.dataSource === dataSource);
  if (!partner) {
    // The server reads the envelope before it looks up the sender: the package names what is
    // missing (no partner's key, so no signature can hold and none is reported).
    const shape = envelopeFailure(verifyRequest(text, { secret: UNKNOWN_SENDER_KEY }, { now }));
    if (shape) return { answer: shape };
    return {
      answer: failure(FAILURES.unknownPartner, {
        detailZh: `createBy "${createBy}"，dataSource "${dataSource}"`,
        detailEn: `createBy "${createBy}", dataSource "${dataSource}"`,
        value: { createBy, dataSource },
      }),
    };
  }
  const { secret } = partner;
  const verification = verifyRequest(text, { secret, createBy, dataSource }, { endpoint: endpoint.id, now });
  if (!verification.ok) return { answer: verificationFailure(verification, envelope) };
  return { partner, request: envelope.request, warnings: verification.warnings };
}

/** A device body `{warehouseCode, timestamp, request}`: no signature, a known warehouse. */
export function checkDevice({ text, envelope, endpoint, devices, now }) {
  const warehouseCode = envelope?.warehouseCode;
  if (!devices.includes(warehouseCode)) {
    const shape = envelopeFailure(verifyRequest(text, {}, { now }));
    if (shape) return { answer: shape };
    return {
      answer: failure(FAILURES.unknownDevice, {
        detailZh: `warehouseCode "${warehouseCode}"`,
        detailEn: `warehouseCode "${warehouseCode}"`,
        value: { warehouseCode },
      }),
    };
  }
  const verification = verifyRequest(text, { warehouseCode }, { endpoint: endpoint.id, now });
  if (!verification.ok) return { answer: verificationFailure(verification, envelope) };
  return { partner: null, device: warehouseCode, request: envelope.request, warnings: verification.warnings };
}

/** The first failure the real server would report, with every problem found in `value.errors`. */
function verificationFailure(verification, envelope) {
  const { errors, warnings } = verification;
  const byCode = (code) => errors.find((e) => e.code === code);
  const shape = envelopeFailure(verification);
  if (shape) return shape;
  const clock = clockFailure(verification, envelope.timestamp);
  if (clock) return clock;
  const signature = byCode('signature_mismatch');
  if (signature) {
    return failure(FAILURES.badSignature, {
      detailZh: signature.messageZh,
      detailEn: signature.message,
      value: { diagnosis: signature.diagnosis ?? null, errors },
    });
  }
  return invalidRequest(errors.filter((e) => problemKind(e) === 'request'), warnings);
}

/** 2001 when the envelope cannot be read (a field missing or of the wrong type); else null. */
function envelopeFailure({ errors }) {
  const envelopeError = errors.find((e) => problemKind(e) === 'envelope');
  if (!envelopeError) return null;
  const missing = errors.filter((e) => e.code === 'missing_field').map((e) => e.path.slice(1));
  return failure(FAILURES.malformedEnvelope, {
    detailZh: envelopeError.messageZh,
    detailEn: envelopeError.message,
    value: { missing, errors },
  });
}

/** A bad, expired or future timestamp; null when the timestamp is a Beijing time in the window. */
function clockFailure({ errors, skewSeconds, toleranceSeconds }, timestamp) {
  if (errors.some((e) => e.code === 'bad_timestamp')) {
    return failure(FAILURES.badTimestamp, { detailZh: `"${timestamp}"`, detailEn: `"${timestamp}"`, value: { timestamp, errors } });
  }
  if (!errors.some((e) => e.code === 'timestamp_out_of_window')) return null;
  const kind = skewSeconds < 0 ? FAILURES.timestampExpired : FAILURES.timestampInFuture;
  const seconds = Math.abs(skewSeconds);
  return failure(kind, {
    detailZh: `与服务器时钟相差 ${seconds} 秒，允许 ±${toleranceSeconds} 秒`,
    detailEn: `${seconds} s off the server clock, ±${toleranceSeconds} s allowed`,
    value: { timestamp, skewSeconds, toleranceSeconds, errors },
  });
}

export function invalidRequest(errors, warnings = []) {
  const n = errors.length;
  return failure(FAILURES.invalidRequest, {
    detailZh: `${n} 处错误：${errors.map((e) => `${e.path || '/'} ${e.messageZh}`).join('；')}`,
    detailEn: `${n} error${n === 1 ? '' : 's'}: ${errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ')}`,
    value: { errors, warnings },
  });
}
