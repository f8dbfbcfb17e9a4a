// The package, through its Node entries: the same code a partner's service uses to verify
// callbacks, and its catalog (hongxun-sign/catalog).
export * from '../pkg/node.mjs';
export * from '../pkg/catalog.mjs';
