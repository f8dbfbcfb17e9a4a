// The package, through its Node entry: the same code a partner's service uses to verify callbacks.
export * from '../pkg/node.mjs';
