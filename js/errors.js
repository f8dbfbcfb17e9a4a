// Making HongxunErrors, the one error type the package throws, whether the failure was found by
// the Rust core (thrown across the boundary as a plain object) or by this wrapper (argument checks,
// responses, a trapped WebAssembly instance).

import { HongxunError } from './hongxun-error.js';

/** A failure of a `createClient` call: how many attempts were made, and the last HTTP status. */
export function callFailure(code, { attempts, status = null, ...what }) {
  const error = failure(code, what);
  error.attempts = attempts;
  error.status = status;
  return error;
}

/** Failures the wrapper itself finds, in both languages. */
const OWN = {
  not_initialized: [
    'the WebAssembly module is not loaded yet: `await init()` first',
    'WebAssembly 模块尚未加载：请先 `await init()`',
  ],
  invalid_argument: ['invalid argument', '参数错误'],
  unknown_endpoint: ['unknown request type', '未知的接口类型'],
  lone_surrogate: ['unpaired UTF-16 surrogate', '存在不成对的 UTF-16 代理字符'],
  unsupported_value: [
    'a value JSON.stringify would drop or change, so it cannot be signed as written',
    'JSON.stringify 会丢弃或改变该值，无法按原样签名',
  ],
  malformed_response: ['malformed response', '响应格式错误'],
  timeout: ['no answer in time', '等待应答超时'],
  network: ['the request could not be sent or its answer not received', '请求无法发送或未收到应答'],
  http_status: ['HTTP error status without a documented answer', 'HTTP 错误状态，且应答不是约定的格式'],
  aborted: ['the call was cancelled by its AbortSignal', '调用已被 AbortSignal 取消'],
  internal: [
    'internal error: the WebAssembly instance trapped and has been restarted',
    '内部错误：WebAssembly 实例异常中止，已重新初始化',
  ],
};

/** A wrapper-side failure; `detail` / `detailZh` say what exactly (never a secret). */
export function failure(code, { path = null, detail, detailZh, cause } = {}) {
  const [message, messageZh] = OWN[code];
  return new HongxunError(
    {
      code,
      path,
      message: detail ? `${message}: ${detail}` : message,
      messageZh: detailZh ? `${messageZh}：${detailZh}` : messageZh,
    },
    cause === undefined ? undefined : { cause },
  );
}

/**
 * What the core threw, as a HongxunError. The core throws its errors as plain objects with a
 * `code`; anything else (an `Error`) is a trap (a Rust panic or out-of-memory), after which
 * `restart` gives a fresh instance.
 */
export function fromCore(thrown, restart) {
  if (thrown instanceof HongxunError) return thrown;
  if (Object.getPrototypeOf(thrown ?? 0) === Object.prototype && typeof thrown.code === 'string') {
    return new HongxunError(thrown);
  }
  restart();
  return failure('internal', { cause: thrown });
}
