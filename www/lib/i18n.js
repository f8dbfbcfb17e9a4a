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
  loading: ['正在加载…', 'Loading…'],
  loadFailed: ['加载签名库失败', 'Could not load the signing package'],
  // Settings
  baseUrl: ['接口地址（Base URL）', 'Base URL'],
  baseUrlHelp: ['默认是本沙箱；也可填写鸿讯的环境地址（浏览器跨域受限时请用 curl）。', 'The sandbox by default; any Hongxun host (use curl where the browser is blocked by CORS).'],
  createBy: ['客户标识 createBy', 'createBy (customer id)'],
  dataSource: ['来源系统 dataSource', 'dataSource (source system)'],
  secret: ['密钥 SK', 'Secret key (SK)'],
  secretSet: ['已设置（{n} 个字符，不回显）', 'set ({n} characters, never shown)'],
  secretUnset: ['未设置', 'not set'],
  secretPlaceholder: ['输入新密钥', 'enter a new secret'],
  secretHelp: ['密钥只保存在本页内存中，仅用于计算签名；勾选“在此设备上记住”才会存入浏览器本地存储。', 'The secret stays in this page’s memory and only goes into the signature; it is stored in this browser only if you tick “remember on this device”.'],
  remember: ['在此设备上记住密钥', 'Remember on this device'],
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
  jsonInvalid: ['JSON 格式错误：', 'Invalid JSON: '],
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
  deliveries: ['发送失败', 'Failed deliveries'],
  verified: ['已验证', 'verified'],
  notVerified: ['验证失败', 'not verified'],
  openInVerify: ['在“验证回调”中打开', 'Open in “Verify a callback”'],
  // History
  noHistory: ['本次会话还没有调用。', 'No calls in this session yet.'],
  clearHistory: ['清空', 'Clear'],
  time: ['时间', 'Time'],
  type: ['接口', 'Type'],
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

/** A problem's message in the current language. */
export function problemText(problem) {
  return pick(problem.messageZh, problem.message);
}
