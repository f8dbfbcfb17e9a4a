// hongxun-sign/catalog for Node's `import`: the CommonJS bundle's names re-exported, without the
// `default` Node would add for a CommonJS module, so that every entry has the same names.

export * from './catalog.cjs';
