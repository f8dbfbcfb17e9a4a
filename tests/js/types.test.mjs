// The TypeScript declarations of the built package compile under `tsc --strict`, and reject
// what they should (the sample's `@ts-expect-error` lines).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const declarations = fileURLToPath(new URL('../../pkg/index.d.ts', import.meta.url));
const catalogDeclarations = fileURLToPath(new URL('../../pkg/catalog.d.ts', import.meta.url));

function typeCheck(project) {
  const run = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
}

test('a sample program type-checks against index.d.ts and catalog.d.ts with tsc --strict', () => {
  typeCheck(fileURLToPath(new URL('types/tsconfig.json', import.meta.url)));
});

test("the npm README's TypeScript blocks type-check with tsc --strict", () => {
  const readme = readFileSync(new URL('../../js/README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length > 0, 'js/README.md has a ts block');
  const dir = mkdtempSync(join(tmpdir(), 'hongxun-readme-ts-'));
  try {
    const files = blocks.map((code, i) => {
      const file = `block${i}.ts`;
      // The README's blocks use SECRET as a placeholder for the partner's secret key.
      writeFileSync(join(dir, file), `declare const SECRET: string;\nexport {};\n${code}`);
      return file;
    });
    const compilerOptions = JSON.parse(readFileSync(new URL('types/tsconfig.json', import.meta.url), 'utf8')).compilerOptions;
    const config = { compilerOptions: { ...compilerOptions, paths: { 'hongxun-sign': [declarations], 'hongxun-sign/catalog': [catalogDeclarations] } }, files };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    typeCheck(join(dir, 'tsconfig.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('HongxunErrorCode names every validation code', () => {
  const text = readFileSync(declarations, 'utf8');
  const start = text.indexOf('export type HongxunErrorCode');
  const union = text.slice(start, text.indexOf('(string & {});', start));
  for (const code of ['required', 'type', 'enum', 'format', 'range', 'rule', 'unknown_field']) {
    assert.ok(union.includes(`| '${code}'`), code);
  }
});
