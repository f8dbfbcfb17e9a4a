// The portal's own words in Chinese and English. Titles, field descriptions and messages of the
// API come from the package (titleZh/titleEn, zh/en, messageZh/message), chosen by `pick`.

import { DATA_WORDS } from './words-data.js';

const STORAGE_KEY = 'hongxun.portal.lang';

const WORDS = {
  ...DATA_WORDS,
  appTitle: ['鸿讯接口沙箱与调试台', 'Hongxun sandbox & partner portal'],
  navRequests: ['接口调用', 'Requests'],
  navVerify: ['验证回调', 'Verify a callback'],
  navCallbacks: ['回调记录', 'Callbacks'],
  navHistory: ['调用历史', 'History'],
  navSettings: ['设置', 'Settings'],
  requestTypes: ['接口列表', 'Request types'],
  loadFailed: ['加载签名库失败', 'Could not load the signing package'],
  skipToContent: ['跳到主要内容', 'Skip to the content'],
  menu: ['接口列表', 'Request types'],
  closeMenu: ['关闭接口列表', 'Close the list of request types'],
  environment: ['环境', 'Environment'],
  customEnv: ['自定义地址', 'custom URL'],
  production: ['生产环境', 'production'],
  gatewaySigns: ['网关签名', 'signed at the gateway'],
  // Settings
  envSettingsFor: ['环境“{env}”的设置', 'Settings of the environment “{env}”'],
  customUrl: ['自定义地址（Base URL）', 'Custom base URL'],
  customUrlHelp: ['由本页直接调用：只有该地址允许跨域（CORS）时浏览器才会放行；否则请在网关上配置该环境，通过中转调用。', 'Called straight from this page: the browser lets it through only where that host allows CORS; otherwise configure it on the gateway and go through its relay.'],
  signAt: ['签名方式', 'Signing'],
  signAtBrowser: ['在此浏览器中签名（需要输入密钥）', 'In this browser (you type the secret key)'],
  signAtGateway: ['由网关签名（网关保存密钥，本页不接触密钥）', 'At the gateway (it holds the key; this page never sees it)'],
  signAtGatewayUnavailable: ['网关未配置此环境的密钥，只能在浏览器中签名。', 'The gateway holds no key for this environment: signing happens in this browser.'],
  createBy: ['客户标识 createBy', 'createBy (customer id)'],
  dataSource: ['来源系统 dataSource', 'dataSource (source system)'],
  secret: ['密钥 SK', 'Secret key (SK)'],
  secretSet: ['已设置（{n} 个字符，不回显）', 'set ({n} characters, never shown)'],
  secretUnset: ['未设置', 'not set'],
  secretPlaceholder: ['输入新密钥', 'enter a new secret'],
  secretHelp: ['密钥只保存在本页内存中，仅用于计算签名；关闭页面即消失。', 'The secret stays in this page’s memory and only goes into the signature; it is gone when the page closes.'],
  remember: ['在此设备上记住密钥（加密保存）', 'Remember the secret on this device (encrypted)'],
  passphrase: ['口令', 'Passphrase'],
  passphraseHelp: ['密钥用此口令加密（AES-GCM，PBKDF2-SHA-256 60 万次迭代）后存入本浏览器；口令本身不保存，每次打开页面输入一次以解锁。', 'The secret is encrypted with this passphrase (AES-GCM, PBKDF2-SHA-256 with 600,000 iterations) before it is stored in this browser; the passphrase is not stored: enter it once each time the page opens.'],
  needPassphrase: ['请输入口令：没有口令，密钥只保存在内存中。', 'Enter a passphrase: without one the secret stays in memory only.'],
  vaultLocked: ['此设备上有加密保存的密钥。输入口令解锁：', 'Secrets are remembered on this device, encrypted. Enter the passphrase to unlock them:'],
  unlock: ['解锁', 'Unlock'],
  unlocked: ['已解锁', 'Unlocked'],
  wrongPassphrase: ['口令不正确。', 'Wrong passphrase.'],
  eraseVault: ['删除此设备上保存的密钥', 'Erase the remembered secrets from this device'],
  migratedSecret: ['旧版本以明文保存在浏览器中的密钥已从存储中删除，仅保留在本页内存中。如需记住，请设置口令。', 'A secret that an earlier version stored in plain text was erased from this browser’s storage and kept in this page’s memory only. Set a passphrase to remember it.'],
  forget: ['清除密钥', 'Forget the secret'],
  warehouseCode: ['设备仓库编码 warehouseCode', 'Device warehouseCode'],
  save: ['保存', 'Save'],
  saved: ['已保存', 'Saved'],
  language: ['语言', 'Language'],
  // Request view
  form: ['表单', 'Form'],
  json: ['JSON', 'JSON'],
  addRow: ['添加一行', 'Add row'],
  removeRow: ['删除此行', 'Remove row'],
  row: ['第 {n} 行', 'Row {n}'],
  required: ['必填', 'required'],
  inferred: ['推断', 'inferred'],
  beijingTime: ['北京时间', 'Beijing time'],
  emptyOption: ['（不填）', '(none)'],
  extraFields: ['表单之外的字段（请在 JSON 中编辑）：', 'Fields outside the form (edit them in JSON):'],
  errorsTitle: ['校验错误', 'Validation errors'],
  warningsTitle: ['提示', 'Warnings'],
  valid: ['请求校验通过', 'The request is valid'],
  published: ['发布路径', 'Published path'],
  unpublished: ['未发布路径，沙箱地址', 'No published path; sandbox path'],
  preview: ['发送前预览', 'Before sending'],
  canonical: ['规范化请求（参与签名的 JSON）', 'Canonical request (the JSON that is signed)'],
  stringToSign: ['待签名字符串（密钥已隐藏）', 'String to sign (secret masked)'],
  signature: ['签名 sign', 'Signature'],
  finalBody: ['最终请求体', 'Final body'],
  curl: ['curl 命令', 'curl command'],
  copy: ['复制', 'Copy'],
  copied: ['已复制', 'Copied'],
  send: ['发送', 'Send'],
  sending: ['发送中…', 'Sending…'],
  needSecret: ['请先在“设置”中填写密钥。', 'Set the secret in Settings first.'],
  needUnlock: ['请先在“设置”中输入口令，解锁保存的密钥。', 'Unlock the remembered secret in Settings first.'],
  sandboxOnly: ['此接口没有公布的路径，只有沙箱提供（/dtc/sandbox/…）：请切换到 sandbox 环境。', 'This type has no published path: only the sandbox serves it (/dtc/sandbox/…). Switch to the sandbox environment.'],
  needCustomUrl: ['请先在“设置”中填写自定义地址。', 'Set the custom URL in Settings first.'],
  validUntil: ['有效期至 {time}（北京时间），剩余 {left}', 'valid until {time} (Beijing), {left} left'],
  aheadOfWindow: ['网关会拒绝此时间戳：它比网关时钟超前 {tolerance} 秒以上', 'The gateway will refuse this timestamp: it is more than {tolerance} s ahead of the gateway’s clock'],
  expired: ['签名已于 {time}（北京时间）过期；发送和复制时会重新签名', 'expired at {time} (Beijing); Send and copy sign afresh'],
  signedAtGateway: ['由网关用其为“{env}”保存的密钥签名，时间戳在发送时生成。', 'Signed at the gateway with the key it holds for “{env}”, with a timestamp taken when it is sent.'],
  confirmProduction: ['将向生产环境“{env}”（{host}）发送真实请求。确定发送？', 'This sends a real call to the production environment “{env}” ({host}). Send it?'],
  clockAhead: ['本机时钟比网关快 {offset}。签名时间戳用本机时钟，超出 ±{tolerance} 秒会被拒绝：请校准本机时钟。', 'This computer’s clock is {offset} ahead of the gateway’s. Timestamps are signed with this clock and refused beyond ±{tolerance} s: set the clock right.'],
  clockBehind: ['本机时钟比网关慢 {offset}。签名时间戳用本机时钟，超出 ±{tolerance} 秒会被拒绝：请校准本机时钟。', 'This computer’s clock is {offset} behind the gateway’s. Timestamps are signed with this clock and refused beyond ±{tolerance} s: set the clock right.'],
  corsBlocked: ['浏览器没有放行对 {origin} 的调用：该地址不允许本页跨域调用（CORS），或无法连接。请在网关上配置该环境并通过中转调用，或使用 curl 命令。', 'The browser did not let this page call {origin}: that host does not allow calls from this page (CORS), or it cannot be reached. Configure it as an environment on the gateway and go through the relay, or use the curl command.'],
  cspBlocked: ['本页只允许调用网关本身和已配置的上游（内容安全策略 CSP），不能直接调用 {origin}。请在网关上把它配置为环境（HONGXUN_SANDBOX_UPSTREAMS），或加入 HONGXUN_SANDBOX_CONNECT_ORIGINS。', 'This page may only call the gateway and its configured upstreams (content security policy), not {origin}. Configure it on the gateway as an environment (HONGXUN_SANDBOX_UPSTREAMS), or add it to HONGXUN_SANDBOX_CONNECT_ORIGINS.'],
  gatewayRefused: ['网关拒绝（HTTP {status}）：', 'The gateway refused (HTTP {status}): '],
  signedEnvelope: ['网关签名后的报文（密钥已隐藏）', 'The envelope the gateway signed (secret masked)'],
  needCredentials: ['请先在“设置”中填写 createBy 和 dataSource。', 'Set createBy and dataSource in Settings first.'],
  fixErrors: ['请先修正校验错误。', 'Fix the validation errors first.'],
  deviceNoSign: ['设备报文不签名。', 'Device envelopes are not signed.'],
  response: ['响应', 'Response'],
  httpStatus: ['HTTP 状态', 'HTTP status'],
  latency: ['耗时', 'Latency'],
  accepted: ['成功', 'Accepted'],
  refused: ['失败', 'Refused'],
  diagnosis: ['诊断', 'Diagnosis'],
  networkError: ['请求未送达：', 'The request did not get through: '],
  unreadable: ['无法解析的响应：', 'Unreadable response: '],
  // Verify
  skewBehind: ['签名时间比本机时钟早 {offset}（允许 ±{tolerance} 秒）', 'signed {offset} behind this computer’s clock (±{tolerance} s allowed)'],
  skewAhead: ['签名时间比本机时钟晚 {offset}（允许 ±{tolerance} 秒）', 'signed {offset} ahead of this computer’s clock (±{tolerance} s allowed)'],
  receivedSign: ['收到的签名', 'Received signature'],
  expectedSign: ['用你的密钥算出的签名', 'Signature with your secret'],
  verifyIntro: ['粘贴鸿讯发来的回调请求体，检查签名、时间戳和请求格式。使用“设置”中的密钥。', 'Paste a body Hongxun sent you to check its signature, timestamp and schema, with the secret from Settings.'],
  callbackType: ['回调类型', 'Callback type'],
  anyType: ['（不检查请求格式）', '(do not check the schema)'],
  body: ['请求体', 'Body'],
  verify: ['验证', 'Verify'],
  checkEnvelope: ['报文', 'Envelope'],
  checkSignature: ['签名', 'Signature'],
  checkTimestamp: ['时间戳', 'Timestamp'],
  checkSchema: ['请求格式', 'Schema'],
  checkOk: ['通过', 'OK'],
  checkFailed: ['不通过', 'Failed'],
  checkSkipped: ['未检查', 'Not checked'],
  verifiedOk: ['验证通过：签名、时间戳和格式均正确。', 'Verified: signature, timestamp and schema hold.'],
  verifiedBad: ['验证不通过', 'Verification failed'],
  // Callbacks
  callbacksIntro: ['沙箱在创建订单后会以鸿讯身份回调，默认发往自己的接收地址，并用 verifyRequest 验证。', 'After an order is created the sandbox calls back as Hongxun would — by default to its own receiver, which checks each call with verifyRequest.'],
  noCallbacks: ['还没有收到回调。创建一个订单试试。', 'No callbacks yet. Create an order to see some.'],
  received: ['收到的回调', 'Received'],
  deliveries: ['发送失败（重试中或已放弃）', 'Failed deliveries (retrying or given up)'],
  attempts: ['次尝试', 'attempts'],
  nextAttempt: ['下次重试', 'next attempt'],
  givenUp: ['已放弃', 'given up'],
  verified: ['已验证', 'verified'],
  notVerified: ['验证失败', 'not verified'],
  openInVerify: ['在“验证回调”中打开', 'Open in “Verify a callback”'],
  // History
  noHistory: ['还没有调用记录。', 'No calls yet.'],
  clearHistory: ['清空', 'Clear'],
  result: ['结果', 'Result'],
  // Badges
  callbackMode: ['回调类型：在“验证回调”中检查收到的请求', 'A callback: check what you receive in “Verify a callback”'],
};

let lang = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
const listeners = new Set();

export function currentLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const fn of listeners) fn(lang);
}

export function onLangChange(fn) {
  listeners.add(fn);
}

/** A portal word, with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const pair = WORDS[key];
  const text = pair ? pair[lang === 'zh' ? 0 : 1] : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** The Chinese or the English of a pair that came from the package. */
export function pick(zh, en) {
  return lang === 'zh' ? (zh ?? en) : (en ?? zh);
}

/** A whole number of seconds as `11 min 3 s` / `11 分 3 秒` (an offset, a time left). */
export function duration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (lang === 'zh') return m ? `${m} 分 ${s} 秒` : `${s} 秒`;
  return m ? `${m} min ${s} s` : `${s} s`;
}

/** A problem's message in the current language. */
export function problemText(problem) {
  return pick(problem.messageZh, problem.message);
}
