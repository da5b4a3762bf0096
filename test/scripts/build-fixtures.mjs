#!/usr/bin/env node
// Bundles the fixture portals (test/fixtures/src) into test/fixtures/dist with esbuild.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '../fixtures/src');
const out = join(here, '../fixtures/dist');
mkdirSync(out, { recursive: true });

const entries = [
  'azure-portal.ts',
  'azure-reactview.tsx',
  'partner-center.ts',
  'serviceshub.ts',
  'power-platform.tsx',
  'decoy.ts',
];
const started = Date.now();
await build({
  entryPoints: entries.map((e) => join(src, e)),
  outdir: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log(
  `fixtures: bundled ${entries.length} pages into test/fixtures/dist in ${Date.now() - started} ms`,
);
