// Types of hongxun-sign/catalog (hand-written, like js/api.d.ts, which declares the shapes).

import type { EndpointId, EndpointInfo } from './index.js';

/** Every request type, with what a form needs (a fresh copy). */
export function endpoints(): EndpointInfo[];

/** The JSON Schema (2020-12) of a request type's `request` (a fresh copy); `unknown_endpoint` for an unknown id. */
export function requestSchema(id: EndpointId): Record<string, unknown>;
