// The checks the real server makes on a received body, after it has been read as JSON:
// envelope, known sender, ±10-minute window, Appendix 1 signature (through the package's
// verifyRequest, with the doctor's diagnosis) and the request schema. Used by the gateway for
// calls to Hongxun and by the callback receiver for Hongxun's calls to the customer.

import { problemKind } from '../www/lib/problems.js';
import { FAILURES, failure } from './failures.js';
import { parseTimestamp, verifyRequest } from './hongxun.js';

/** The server accepts a client clock error of 10 minutes. */
export const TOLERANCE_SECONDS = 600;

const SIGNED_FIELDS = ['createBy', 'dataSource', 'sign', 'timestamp'];
const DEVICE_FIELDS = ['warehouseCode', 'timestamp'];

/**
 * A signed body `{createBy, dataSource, sign, timestamp, request}`.
 * Returns `{ partner, request, warnings }` or `{ answer }` (a failure answer).
 */
export function checkSigned({ text, envelope, endpoint, partners, now }) {
  const shape = envelopeProblem(envelope, SIGNED_FIELDS);
  if (shape) return { answer: shape };
  const partner = partners.find((p) => p.createBy === envelope.createBy && p.dataSource === envelope.dataSource);
  if (!partner) {
    return {
      answer: failure(FAILURES.unknownPartner, {
        detailZh: `createBy "${envelope.createBy}"，dataSource "${envelope.dataSource}"`,
        detailEn: `createBy "${envelope.createBy}", dataSource "${envelope.dataSource}"`,
        value: { createBy: envelope.createBy, dataSource: envelope.dataSource },
      }),
    };
  }
  const verification = verifyRequest(
    text,
    { secret: partner.secret, createBy: partner.createBy, dataSource: partner.dataSource },
    { endpoint: endpoint.id, now, toleranceSeconds: TOLERANCE_SECONDS },
  );
  if (!verification.ok) return { answer: verificationFailure(verification, envelope.timestamp, now) };
  return { partner, request: envelope.request, warnings: verification.warnings };
}

/** A device body `{warehouseCode, timestamp, request}`: no signature, a known warehouse. */
export function checkDevice({ text, envelope, endpoint, devices, now }) {
  const shape = envelopeProblem(envelope, DEVICE_FIELDS);
  if (shape) return { answer: shape };
  if (!devices.includes(envelope.warehouseCode)) {
    return {
      answer: failure(FAILURES.unknownDevice, {
        detailZh: `warehouseCode "${envelope.warehouseCode}"`,
        detailEn: `warehouseCode "${envelope.warehouseCode}"`,
        value: { warehouseCode: envelope.warehouseCode },
      }),
    };
  }
  const verification = verifyRequest(
    text,
    { warehouseCode: envelope.warehouseCode },
    { endpoint: endpoint.id, now, toleranceSeconds: TOLERANCE_SECONDS },
  );
  if (!verification.ok) return { answer: verificationFailure(verification, envelope.timestamp, now) };
  return { partner: null, device: envelope.warehouseCode, request: envelope.request, warnings: verification.warnings };
}

/** The envelope's own shape: an object with the string fields and a request object or array. */
function envelopeProblem(envelope, stringFields) {
  if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope)) {
    return failure(FAILURES.malformedEnvelope, {
      detailZh: '报文必须是 JSON 对象',
      detailEn: 'the body must be a JSON object',
      value: { expected: [...stringFields, 'request'] },
    });
  }
  const missing = stringFields.filter((f) => typeof envelope[f] !== 'string');
  const request = envelope.request;
  if (request === null || typeof request !== 'object') missing.push('request');
  if (missing.length === 0) return null;
  return failure(FAILURES.malformedEnvelope, {
    detailZh: `缺少字段或类型错误：${missing.join('、')}`,
    detailEn: `missing or mistyped: ${missing.join(', ')}`,
    value: { missing },
  });
}

/** The first failure the real server would report, with every problem found in `value.errors`. */
function verificationFailure(verification, timestamp, now) {
  const { errors, warnings } = verification;
  const byCode = (code) => errors.find((e) => e.code === code);
  const envelopeError = errors.find((e) => problemKind(e) === 'envelope');
  if (envelopeError) {
    return failure(FAILURES.malformedEnvelope, {
      detailZh: envelopeError.messageZh,
      detailEn: envelopeError.message,
      value: { errors },
    });
  }
  const clock = clockFailure(timestamp, now, {
    bad: Boolean(byCode('bad_timestamp')),
    outside: Boolean(byCode('timestamp_out_of_window')),
    errors,
  });
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

/**
 * A bad, expired or future timestamp; null when neither `bad` nor `outside` the window.
 * The direction (expired or future) is read from the timestamp itself.
 */
function clockFailure(timestamp, now, { bad, outside, errors }) {
  if (bad) {
    return failure(FAILURES.badTimestamp, { detailZh: `"${timestamp}"`, detailEn: `"${timestamp}"`, value: { timestamp, errors } });
  }
  if (!outside) return null;
  const skewSeconds = Math.trunc((parseTimestamp(timestamp) - now) / 1000);
  const kind = skewSeconds < 0 ? FAILURES.timestampExpired : FAILURES.timestampInFuture;
  const seconds = Math.abs(skewSeconds);
  return failure(kind, {
    detailZh: `与服务器时钟相差 ${seconds} 秒，允许 ±${TOLERANCE_SECONDS} 秒`,
    detailEn: `${seconds} s off the server clock, ±${TOLERANCE_SECONDS} s allowed`,
    value: { timestamp, skewSeconds, toleranceSeconds: TOLERANCE_SECONDS, errors },
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
