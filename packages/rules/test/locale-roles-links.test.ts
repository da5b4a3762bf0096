import { describe, expect, it } from 'vitest';
import {
  canWrite,
  isRole,
  NEW_SUPPORT_REQUEST_URL,
  ROLES,
  recognizePage,
  resolveUiLocale,
  roleAtLeast,
  toUiLocale,
  UI_LOCALES,
} from '../src/index.js';

describe('locale resolution (one function for the extension and the rules)', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh_cn', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-CN-u-ca-chinese', 'zh-CN'],
    ['zh-TW', 'en'],
    ['zh-Hant-HK', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('toUiLocale(%s) → %s', (tag, locale) => {
    expect(toUiLocale(tag)).toBe(locale);
  });

  it('the setting wins over the browser', () => {
    expect(resolveUiLocale('en', 'zh-CN')).toBe('en');
    expect(resolveUiLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('without a setting, the first browser language we ship', () => {
    expect(resolveUiLocale(null, 'zh-CN')).toBe('zh-CN');
    expect(resolveUiLocale(undefined, ['de-DE', 'zh-Hans'])).toBe('zh-CN');
    expect(resolveUiLocale('auto', ['en-GB', 'zh-CN'])).toBe('en');
    expect(resolveUiLocale(null, ['zh-TW', 'fr'])).toBe('en');
    expect(resolveUiLocale(null)).toBe('en');
    expect(resolveUiLocale(null, null)).toBe('en');
    expect(UI_LOCALES).toEqual(['en', 'zh-CN']);
  });
});

describe('roles', () => {
  it('one tuple, least to most privileged', () => {
    expect(ROLES).toEqual(['viewer', 'member', 'admin', 'owner']);
    expect(roleAtLeast('admin', 'member')).toBe(true);
    expect(roleAtLeast('member', 'admin')).toBe(false);
    expect(roleAtLeast('owner', 'owner')).toBe(true);
    expect(isRole('admin')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(3)).toBe(false);
  });

  it('a viewer only reads; a member and above may log incidents and refunds', () => {
    expect(ROLES.filter(canWrite)).toEqual(['member', 'admin', 'owner']);
  });
});

describe('new support request URL', () => {
  it('is an Azure help page', () => {
    expect(recognizePage(NEW_SUPPORT_REQUEST_URL)).toBe('azure-help-support');
  });
});
