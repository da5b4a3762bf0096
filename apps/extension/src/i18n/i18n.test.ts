import { resolveUiLocale } from '@supportlink/rules';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from './catalogs/en';
import { zhCN } from './catalogs/zh-CN';
import { setLocale, t } from './index';

describe('i18n', () => {
  afterEach(() => setLocale('en'));

  it('follows the browser unless the settings choose a language', () => {
    expect(resolveUiLocale(null, 'zh-CN')).toBe('zh-CN');
    expect(resolveUiLocale(null, 'zh-Hans-CN')).toBe('zh-CN');
    expect(resolveUiLocale(null, 'zh-TW')).toBe('en');
    expect(resolveUiLocale(null, 'de-DE')).toBe('en');
    expect(resolveUiLocale('en', 'zh-CN')).toBe('en');
    expect(resolveUiLocale('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('translates and fills placeholders', () => {
    expect(t('popup.daysLeft', { days: 3 })).toBe('3 days left');
    setLocale('zh-CN');
    expect(t('popup.daysLeft', { days: 3 })).toBe('还剩 3 天');
    expect(t('form.accessId')).toBe('访问 ID');
  });

  it('has every English string translated, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhCN[key], key).toBeTruthy();
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zhCN[key]), key).toEqual(names(en[key]));
    }
  });
});
