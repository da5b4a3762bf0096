// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTAL_MATCHES } from '../src/hosts';
// @ts-expect-error plain ESM script without types
import { ALLOWED, checkCode, checkLocales, checkManifest } from './check-manifest.mjs';

const good = {
  permissions: ['storage', 'alarms'],
  host_permissions: [...PORTAL_MATCHES],
  optional_permissions: ['notifications'],
  optional_host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', 'https://*/*'],
  content_scripts: [{ matches: ['https://portal.azure.com/*'], js: ['content-scripts/azure.js'] }],
};

describe('manifest allow-list', () => {
  it('accepts exactly the allowed permissions, derived from the portal host list', () => {
    expect(checkManifest(good)).toEqual([]);
    expect([...ALLOWED.host_permissions].sort()).toEqual([...PORTAL_MATCHES].sort());
  });

  it('rejects an extra permission, <all_urls>, eval in the CSP and foreign content-script hosts', () => {
    expect(checkManifest({ ...good, permissions: [...good.permissions, 'tabs'] })).toHaveLength(1);
    expect(checkManifest({ ...good, host_permissions: ['<all_urls>'] }).join()).toContain('<all_urls>');
    expect(
      checkManifest({
        ...good,
        content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" },
      }).join(),
    ).toContain('eval');
    expect(
      checkManifest({
        ...good,
        content_scripts: [{ matches: ['https://example.com/*'], js: ['x.js'] }],
      }).join(),
    ).toContain('not a portal host');
    expect(checkManifest({ ...good, optional_permissions: ['tabs'] })).toHaveLength(1);
  });
});

describe('shipped code check', () => {
  it('flags eval, new Function, remote imports and raw HTML writes, and passes plain code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-code-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'ok.js'), 'const a = el.innerHTML === b; el.textContent = x;');
    expect(checkCode(dir)).toEqual([]);
    writeFileSync(
      join(dir, 'chunks', 'bad.js'),
      'el.innerHTML = x; eval(y); import("https://x.example/a.js")',
    );
    const problems = checkCode(dir).join('\n');
    expect(problems).toContain('chunks/bad.js assigns innerHTML');
    expect(problems).toContain('chunks/bad.js calls eval');
    expect(problems).toContain('chunks/bad.js imports remote code');
  });
});

describe('store listing locales', () => {
  const localized = { name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' };
  const write = (dir: string, locale: string, messages: Record<string, string>) => {
    mkdirSync(join(dir, '_locales', locale), { recursive: true });
    const body = Object.fromEntries(Object.entries(messages).map(([k, message]) => [k, { message }]));
    writeFileSync(join(dir, '_locales', locale, 'messages.json'), JSON.stringify(body));
  };

  it('passes the shipped _locales (en, zh_CN) and flags a missing translation, a long description, a plain name', () => {
    expect(checkLocales(localized, join(import.meta.dirname, '..', 'public'))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'sl-locales-'));
    write(dir, 'en', { extName: 'SupportLink', extDescription: 'x'.repeat(133) });
    write(dir, 'zh_CN', { extName: 'SupportLink' });
    const problems = checkLocales(localized, dir).join('\n');
    expect(problems).toContain('_locales/en description is 133 characters');
    expect(problems).toContain('_locales/zh_CN has no extDescription');
    expect(checkLocales({ ...localized, name: 'SupportLink' }, dir).join()).toContain(
      'name is not localized',
    );
    expect(checkLocales({ ...localized, default_locale: undefined }, dir).join()).toContain('default_locale');
  });
});
