// Cold-start page of the pure-JS pipeline: ajv compiles signInfoPush's JSON Schema (inlined at
// build time as SIGN_INFO_PUSH_SCHEMA, see bench/cold.mjs), then the first signature of the
// 2.5 KB request from a JS object, with safe-stable-stringify and js-md5.
/* global SIGN_INFO_PUSH_SCHEMA */

import { fail, report, scriptStart } from './cold-clock.mjs';
import md5 from 'js-md5';
import { javascriptPipeline } from './pipelines.mjs';
import { signInfoPush } from './requests.mjs';

try {
  const start = performance.now();
  const sign = javascriptPipeline(SIGN_INFO_PUSH_SCHEMA, md5.hex);
  const compiled = performance.now();
  const request = signInfoPush();
  const called = performance.now();
  const body = sign(request);
  report({ evaluation: start - scriptStart, compile: compiled - start, firstCall: performance.now() - called }, body);
} catch (e) {
  fail(e);
}
