// Entry for Node's `import`: the CommonJS entry re-exported (its names are read by Node from the
// bundle's export annotation), so that a process mixing `import` and `require` shares one
// WebAssembly instance and one HongxunError class.

import api from './node.cjs';

export * from './node.cjs';
export default api.init;
