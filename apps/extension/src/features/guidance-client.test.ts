import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidanceClient } from './guidance-client';

afterEach(() => {
  fakeBrowser.reset();
});

describe('guidanceClient', () => {
  it('asks the background once per key and caches the answer', async () => {
    const guidance = {
      key: 'no-benefits-yet',
      locale: 'en',
      title: 'T',
      body: 'B',
      steps: [],
      links: [],
      unverified: false,
    };
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, data: { guidance } });
    const get = guidanceClient('en');
    expect(await get('no-benefits-yet')).toEqual(guidance);
    await get('no-benefits-yet');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toEqual({
      supportlink: 1,
      type: 'guidance:get',
      payload: { key: 'no-benefits-yet', locale: 'en' },
    });
  });

  it('degrades to an empty guidance when the background cannot answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'Unknown message' });
    const g = await guidanceClient('zh-CN')('scenario:unknown');
    expect(g).toMatchObject({ key: 'scenario:unknown', locale: 'zh-CN', title: '', steps: [], links: [] });
  });
});
