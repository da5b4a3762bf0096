#!/usr/bin/env node
// Size budgets of the built chrome-mv3 extension, gzipped: each content script ≤ 25 KB,
// the popup (its HTML's scripts, their static imports and its CSS) ≤ 45 KB.
// Prints a table; exits 1 when something is over budget. `--write` also updates the
// table between the budget markers in README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.output', 'chrome-mv3');
const KB = 1024;
export const BUDGETS = { contentScript: 25 * KB, popup: 45 * KB };

function gz(file) {
  return gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
}

/** A JS file plus everything it imports statically (dynamic imports are loaded on demand, not counted). */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(out, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    withImports(normalize(join(dirname(file), m[1])).replaceAll('\\', '/'), seen);
  }
  return seen;
}

function pageFiles(html) {
  const text = readFileSync(join(out, html), 'utf8');
  const files = new Set();
  for (const m of text.matchAll(/<script[^>]*\ssrc="\/?([^"]+)"/g))
    for (const f of withImports(m[1])) files.add(f);
  for (const m of text.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="\/?([^"]+)"/g)) {
    if (m[1].endsWith('.js')) for (const f of withImports(m[1])) files.add(f);
    else files.add(m[1]);
  }
  return [...files];
}

export function measure() {
  if (!existsSync(join(out, 'manifest.json'))) throw new Error(`No build at ${out}; run npm run build first`);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const rows = [];
  const contentFiles = new Set();
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) {
      if (contentFiles.has(js)) continue;
      contentFiles.add(js);
      const files = [...withImports(js), ...(cs.css ?? [])];
      rows.push({ name: js, bytes: files.reduce((n, f) => n + gz(f), 0), budget: BUDGETS.contentScript });
    }
  }
  const popup = manifest.action?.default_popup;
  if (!popup) throw new Error('The manifest has no popup');
  rows.push({
    name: `${popup} (JS + CSS)`,
    bytes: pageFiles(popup).reduce((n, f) => n + gz(f), 0),
    budget: BUDGETS.popup,
  });
  return rows;
}

/** A Markdown table laid out the way the repository's formatter (Biome) writes it. */
export function table(rows) {
  const head = ['bundle', 'gzipped', 'budget', 'status'];
  const right = [false, true, true, false];
  const body = rows.map((r) => [
    `\`${r.name}\``,
    `${(r.bytes / KB).toFixed(1)} KB`,
    `${(r.budget / KB).toFixed(0)} KB`,
    r.bytes <= r.budget ? 'ok' : 'OVER',
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const cell = (text, i) => (right[i] ? text.padStart(width[i]) : text.padEnd(width[i]));
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${width.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measure();
  const text = table(rows);
  console.log(text);
  if (process.argv.includes('--write')) {
    const readme = join(root, 'README.md');
    const body = readFileSync(readme, 'utf8');
    const start = '<!-- budgets:start -->';
    const end = '<!-- budgets:end -->';
    const i = body.indexOf(start);
    const j = body.indexOf(end);
    if (i < 0 || j < i) throw new Error('README.md has no budget markers');
    writeFileSync(readme, `${body.slice(0, i + start.length)}\n${text}\n${body.slice(j)}`);
    console.log('README.md updated');
  }
  const over = rows.filter((r) => r.bytes > r.budget);
  if (over.length) {
    console.error(`Over budget: ${over.map((r) => r.name).join(', ')}`);
    process.exit(1);
  }
}
