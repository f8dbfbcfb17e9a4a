// Every way the sandbox gateway can refuse a call: one distinct numeric `code` per failure, with a
// Chinese and an English message. On Hongxun's paths answers go out with HTTP 200 and `flag: false`,
// the way the documented response shape `{code, message, flag, value}` reports failures; 1006 goes
// out as 421, and `/relay` and `/sign` answers carry HTTP statuses of their own (relay.js).

/** @typedef {{ code: number, zh: string, en: string }} Failure */

export const FAILURES = Object.freeze({
  // Transport: the HTTP request itself is wrong.
  unknownPath: { code: 1001, zh: '接口路径不存在', en: 'Unknown path' },
  wrongMethod: { code: 1002, zh: '请求方法错误，只接受 POST', en: 'Wrong method: only POST is accepted' },
  wrongContentType: {
    code: 1003,
    zh: '请求类型错误，Content-Type 必须是 application/json（UTF-8）',
    en: 'Wrong content type: Content-Type must be application/json (UTF-8)',
  },
  bodyTooLarge: { code: 1004, zh: '请求体过大', en: 'Body too large' },
  malformedJson: { code: 1005, zh: '请求体不是合法的 JSON', en: 'Malformed JSON body' },
  // Answered with HTTP 421: a Host header the sandbox does not serve (DNS rebinding).
  misdirectedHost: { code: 1006, zh: '主机名不属于本沙箱', en: 'Host not served by this sandbox' },
  // Envelope and authentication.
  malformedEnvelope: { code: 2001, zh: '报文格式错误', en: 'Malformed envelope' },
  unknownPartner: { code: 2002, zh: '未知的客户标识或来源系统', en: 'Unknown partner (createBy / dataSource)' },
  unknownDevice: { code: 2003, zh: '未知的仓库编码（设备）', en: 'Unknown device warehouseCode' },
  badTimestamp: {
    code: 2004,
    zh: '时间戳格式错误，应为北京时间 yyyy-MM-dd HH:mm:ss',
    en: 'Bad timestamp: expected Beijing time yyyy-MM-dd HH:mm:ss',
  },
  timestampExpired: { code: 2005, zh: '时间戳已过期（超过 10 分钟）', en: 'Timestamp expired (older than 10 minutes)' },
  timestampInFuture: { code: 2006, zh: '时间戳超前（超过 10 分钟）', en: 'Timestamp in the future (more than 10 minutes ahead)' },
  badSignature: { code: 2007, zh: '签名错误', en: 'Bad signature' },
  // The request payload.
  invalidRequest: { code: 3001, zh: '请求参数校验失败', en: 'Invalid request' },
  // Business rules of the sandbox's state.
  duplicateOrder: { code: 4001, zh: '客户订单号重复', en: 'Duplicate customer order number' },
  orderNotFound: { code: 4002, zh: '订单不存在', en: 'Order not found' },
  orderNotCancellable: { code: 4003, zh: '订单当前状态不可取消', en: 'Order cannot be cancelled in its current state' },
  // The sandbox itself.
  internalError: { code: 5000, zh: '沙箱内部错误', en: 'Sandbox internal error' },
  // The relay (/relay) and signing at the gateway (/sign): the gateway's own answers, never the
  // upstream's. Upstream failures get 5xx HTTP statuses (see relay.js) so that clients retry them.
  unknownEnvironment: { code: 6001, zh: '未配置的环境', en: 'Unknown environment' },
  pathRefused: { code: 6002, zh: '转发路径不允许', en: 'Relay path refused' },
  upstreamDns: { code: 6003, zh: '上游主机名无法解析', en: 'Upstream host name does not resolve' },
  upstreamRefused: { code: 6004, zh: '上游拒绝连接', en: 'Upstream refused the connection' },
  upstreamTimeout: { code: 6005, zh: '上游超时未应答', en: 'Upstream did not answer in time' },
  upstreamTls: { code: 6006, zh: '与上游的 TLS 握手失败', en: 'TLS with the upstream failed' },
  upstreamClosed: { code: 6007, zh: '上游提前关闭了连接', en: 'Upstream closed the connection early' },
  upstreamAnswerTooLarge: { code: 6008, zh: '上游应答过大', en: 'Upstream answer too large' },
  upstreamUnreachable: { code: 6009, zh: '无法连接上游', en: 'Upstream unreachable' },
  noKey: { code: 6010, zh: '网关没有该环境的密钥', en: 'The gateway holds no key for this environment' },
  unknownRequestType: { code: 6011, zh: '未知的请求类型（或不是发往鸿讯的类型）', en: 'Unknown request type (or not one Hongxun receives)' },
  noPublishedPath: { code: 6012, zh: '该请求类型没有公布的路径', en: 'This request type has no published path' },
  originRefused: { code: 6013, zh: '来源（Origin）不允许', en: 'Origin not allowed' },
});

export const SUCCESS_CODE = 200;
/** The success message as the documentation shows it. */
export const SUCCESS_MESSAGE = '响应成功';

/** The documented response shape for a success. */
export function success(value) {
  return value === undefined
    ? { code: SUCCESS_CODE, message: SUCCESS_MESSAGE, flag: true }
    : { code: SUCCESS_CODE, message: SUCCESS_MESSAGE, flag: true, value };
}

/**
 * The documented response shape for a failure. `detail` (optional) refines the message in both
 * languages; `value` carries machine-readable specifics (validation errors, diagnosis, limits).
 */
export function failure(kind, { detailZh, detailEn, value } = {}) {
  const zh = detailZh ? `${kind.zh}：${detailZh}` : kind.zh;
  const en = detailEn ? `${kind.en}: ${detailEn}` : kind.en;
  return { code: kind.code, message: `${zh} / ${en}`, flag: false, value: value ?? {} };
}
