import { resolveUiLocale } from '@supportlink/rules';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { formatDay, setLocale, t } from '../src/i18n/index';
import { zhCN } from '../src/i18n/zh-CN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('zh-CN has every key, none empty, with the same placeholders', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const zh = zhCN[key as keyof typeof en];
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });

  it('resolves the language: saved choice, else the browser (Simplified Chinese only)', () => {
    expect(resolveUiLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(resolveUiLocale(null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(resolveUiLocale(null, ['zh-TW'])).toBe('en');
    expect(resolveUiLocale('fr', [])).toBe('en');
  });

  it('fills placeholders and formats calendar days in UTC', () => {
    setLocale('en');
    expect(t('days.n', { n: 3 })).toBe('in 3 days');
    expect(formatDay('2026-03-12')).toBe('12 March 2026');
    setLocale('zh-CN');
    expect(formatDay('2026-03-12')).toBe('2026年3月12日');
    expect(formatDay('not a day')).toBe('not a day');
    // No calendar day: shown as stored, not rolled over (Date.parse reads 30 February as 2 March).
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
    setLocale('en');
  });
});
