// The package's public surface is typed: no `any` in its own declarations, nor in the generated
// models it exports (followed through every model they refer to).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(__dirname, '..', '..', 'dist');
const models = join(dist, 'generated', 'models');

/** Declarations without their comments, which may say "any" in prose. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

function declarationOf(name: string): string {
  const text = readFileSync(join(models, `${name}.d.ts`), 'utf8');
  const start = text.indexOf(`export interface ${name} {`);
  assert.ok(start >= 0, `${name} is an interface`);
  return code(text.slice(start, text.indexOf('\n}', start)));
}

test('our own declarations have no any', () => {
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.d.ts'))) {
    const text = code(readFileSync(join(dist, file), 'utf8'));
    assert.doesNotMatch(text, /\bany\b/, file);
  }
});

test('the exported models have no any, nor the models they use', () => {
  const index = readFileSync(join(dist, 'index.d.ts'), 'utf8');
  const exported: string[] = index.slice(index.lastIndexOf('export type {')).match(/\b[A-Z]\w+/g) ?? [];
  assert.ok(exported.includes('ContactResponse'), 'the models are exported');
  const seen = new Set<string>();
  const queue = [...exported];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name) || !existsSync(join(models, `${name}.d.ts`))) {
      continue;
    }
    seen.add(name);
    const declaration = declarationOf(name);
    assert.doesNotMatch(declaration, /\bany\b/, name);
    queue.push(...(declaration.match(/\b[A-Z]\w+/g) ?? []));
  }
  assert.ok(seen.size > 30, `${seen.size} models checked`);
});
