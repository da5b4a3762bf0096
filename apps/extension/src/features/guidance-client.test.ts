import { describe, expect, it, vi } from 'vitest';
import { guidanceClient } from './guidance-client';
import type { Send } from './types';

const GUIDANCE = {
  key: 'no-benefits-yet',
  locale: 'en',
  title: 'T',
  body: 'B',
  steps: [],
  links: [],
  unverified: false,
} as const;

describe('guidanceClient', () => {
  it('asks the background once per key and caches the answer', async () => {
    const send = vi.fn(async () => ({ guidance: GUIDANCE }));
    const get = guidanceClient('en', send as unknown as Send);
    expect(await get('no-benefits-yet')).toEqual(GUIDANCE);
    await get('no-benefits-yet');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('guidance:get', { key: 'no-benefits-yet', locale: 'en' });
  });

  it('degrades to an empty guidance when the background cannot answer, and asks again later', async () => {
    const send = vi.fn(async () => {
      throw new Error('No answer from the background');
    });
    const get = guidanceClient('zh-CN', send as unknown as Send);
    expect(await get('scenario:unknown')).toMatchObject({
      key: 'scenario:unknown',
      locale: 'zh-CN',
      title: '',
    });
    await get('scenario:unknown');
    expect(send).toHaveBeenCalledTimes(2);
  });
});
