#!/usr/bin/env node
// The built manifests ask for exactly the permissions listed here and nothing else.
// A new permission means changing this allow-list and the README's justification.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const ALLOWED = {
  permissions: ['alarms', 'storage'],
  host_permissions: [
    'https://*.reactblade-ms.portal.azure.net/*',
    'https://*.reactblade-rc.portal.azure.net/*',
    'https://*.reactblade.portal.azure.net/*',
    'https://admin.cloud.microsoft/*',
    'https://admin.microsoft.com/*',
    'https://admin.powerplatform.microsoft.com/*',
    'https://engagecenter.microsoft.com/*',
    'https://entra.microsoft.com/*',
    'https://lcs.dynamics.com/*',
    'https://ms.portal.azure.com/*',
    'https://partner.microsoft.com/*',
    'https://portal.azure.com/*',
    'https://preview.portal.azure.com/*',
    'https://rc.portal.azure.com/*',
    'https://support.serviceshub.microsoft.com/*',
  ],
  optional_permissions: ['notifications'],
  optional_host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*'],
};

const sorted = (list) => [...(list ?? [])].sort();
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

export function checkManifest(manifest) {
  const problems = [];
  for (const key of Object.keys(ALLOWED)) {
    if (!same(manifest[key], ALLOWED[key])) {
      problems.push(
        `${key} is ${JSON.stringify(sorted(manifest[key]))}, expected ${JSON.stringify(ALLOWED[key])}`,
      );
    }
  }
  const text = JSON.stringify(manifest);
  if (text.includes('<all_urls>')) problems.push('<all_urls> appears in the manifest');
  if (/\*:\/\/\*\/\*/.test(text)) problems.push('a match-everything pattern appears in the manifest');
  const csp = manifest.content_security_policy;
  const cspText = typeof csp === 'string' ? csp : JSON.stringify(csp ?? {});
  if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval/.test(cspText))
    problems.push(`CSP allows eval: ${cspText}`);
  if (/https?:\/\//.test(cspText)) problems.push(`CSP allows remote sources: ${cspText}`);
  if (manifest.externally_connectable) problems.push('externally_connectable is set');
  if (manifest.web_accessible_resources?.some((r) => (r.matches ?? []).includes('<all_urls>'))) {
    problems.push('a web accessible resource is exposed to every site');
  }
  for (const cs of manifest.content_scripts ?? []) {
    for (const m of cs.matches ?? []) {
      if (!ALLOWED.host_permissions.includes(m))
        problems.push(`content script matches ${m}, not a portal host`);
    }
  }
  return problems;
}

/** Locales the store listing must be translated into (folder names under _locales). */
export const LOCALES = ['en', 'zh_CN'];

/** Every `__MSG_x__` in the manifest resolves in every locale, and the default locale is one of them. */
export function checkLocales(manifest, dir) {
  const problems = [];
  if (manifest.default_locale !== 'en')
    problems.push(`default_locale is ${manifest.default_locale}, expected en`);
  const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
  for (const key of ['name', 'description']) {
    if (!/^__MSG_\w+__$/.test(manifest[key] ?? '')) problems.push(`${key} is not localized (__MSG_…__)`);
  }
  for (const locale of LOCALES) {
    let messages;
    try {
      messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'));
    } catch {
      problems.push(`_locales/${locale}/messages.json is missing or not JSON`);
      continue;
    }
    for (const key of used) {
      const text = messages[key]?.message;
      if (!text) problems.push(`_locales/${locale} has no ${key}`);
      else if (key === 'extDescription' && text.length > 132)
        problems.push(`_locales/${locale} description is ${text.length} characters (store limit 132)`);
    }
  }
  return problems;
}

/** Remote code or eval in the shipped JavaScript. */
export function checkCode(dir) {
  const problems = [];
  for (const file of listJs(dir)) {
    const code = readFileSync(join(dir, file), 'utf8');
    if (/\beval\s*\(/.test(code)) problems.push(`${file} calls eval`);
    if (/new\s+Function\s*\(/.test(code)) problems.push(`${file} calls new Function`);
    if (/\.(?:innerHTML|outerHTML)\s*=(?!=)/.test(code)) problems.push(`${file} assigns innerHTML/outerHTML`);
    if (/\.insertAdjacentHTML\s*\(|document\.write\s*\(/.test(code)) problems.push(`${file} writes raw HTML`);
    if (/import\s*\(\s*["']https?:/.test(code)) problems.push(`${file} imports remote code`);
  }
  return problems;
}

function listJs(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listJs(dir, rel));
    else if (name.endsWith('.js')) out.push(rel);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const dir = join(root, '.output', target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const problems = [...checkManifest(manifest), ...checkCode(dir), ...checkLocales(manifest, dir)];
    if (target === 'chrome-mv3' && !manifest.key) problems.push('the fixed extension key is missing');
    if (target === 'firefox-mv3' && !manifest.browser_specific_settings?.gecko?.id)
      problems.push('gecko id missing');
    if (problems.length) {
      failed = true;
      console.error(`${target}:\n  ${problems.join('\n  ')}`);
    } else {
      console.log(
        `${target}: permissions match the allow-list; no <all_urls>, eval, remote code or HTML writes; name and description in ${LOCALES.join(', ')}`,
      );
    }
  }
  if (failed) process.exit(1);
}
