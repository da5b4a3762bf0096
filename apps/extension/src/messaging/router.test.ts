import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contractsItem, popupCacheItem } from '../storage/items';
import { MessageError, send } from './client';
import type { Handlers } from './router';
import { createRouter } from './router';
import { installFakeBackground } from './testing/fake-background';

const NOW = Date.parse('2026-03-01T10:00:00Z');

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('send() reaches the background and returns typed data', async () => {
    installFakeBackground({ now: () => NOW });
    const { contract, created } = await send('contracts:save-captured', {
      accessId: 'A-1',
      contractId: 'C-1',
      benefit: 'cloud',
      offer: 'solutions-partner',
      ruleset: 'ai-cloud-partner-2023',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      observedRemaining: 3,
    });
    expect(created).toBe(true);
    expect(contract.state.remaining).toBe(3);
    const again = await send('contracts:save-captured', {
      accessId: 'a-1',
      contractId: 'c-1',
      benefit: 'cloud',
      offer: 'solutions-partner',
      ruleset: 'ai-cloud-partner-2023',
    });
    expect(again.created).toBe(false);
    expect((await send('contracts:list', {})).contracts).toHaveLength(1);
    expect(await contractsItem.getValue()).toHaveLength(1);
  });

  it('every write refreshes the popup cache the popup paints from', async () => {
    installFakeBackground({ now: () => NOW });
    const { contract } = await send('contracts:save-captured', {
      accessId: 'A-1',
      contractId: 'C-1',
      benefit: 'on-premises',
      offer: 'solutions-partner',
      ruleset: 'ai-cloud-partner-2023',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    await send('events:append', { contractId: contract.id, event: { type: 'opened', count: 2 } });
    const cache = await popupCacheItem.getValue();
    expect(cache?.contracts[0]?.state.remaining).toBe(18);
    const cancelled = await send('links:record', {
      contractId: contract.id,
      portal: 'azure',
      account: 'ada@contoso.com',
      via: ' Abbrechen',
    });
    expect(cancelled.recorded).toBe(false);
    expect((await popupCacheItem.getValue())?.contracts[0]?.links).toHaveLength(0);
    const linked = await send('links:record', {
      contractId: contract.id,
      portal: 'azure',
      account: 'ada@contoso.com',
      via: 'Link',
    });
    expect(linked.recorded).toBe(true);
    expect((await popupCacheItem.getValue())?.contracts[0]?.links).toHaveLength(1);
  });

  it('answers guidance:get with the rules package text in the requested language', async () => {
    installFakeBackground({ now: () => NOW });
    const en = await send('guidance:get', { key: 'scenario:already-linked', locale: 'en' });
    const zh = await send('guidance:get', { key: 'scenario:already-linked', locale: 'zh-CN' });
    expect(en.guidance.title).not.toBe('');
    expect(en.guidance.steps.length).toBeGreaterThan(0);
    expect(zh.guidance.locale).toBe('zh-CN');
    expect(zh.guidance.title).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.guidance.title).not.toBe(en.guidance.title);
  });

  it('send() throws the background error message on { ok: false }', async () => {
    installFakeBackground({ now: () => NOW });
    const error = await send('contracts:delete', { id: 'x' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeNull();
    await expect(send('events:append', { contractId: 'missing', event: { type: 'opened' } })).rejects.toThrow(
      new MessageError('events:append', 'Unknown contract'),
    );
  });

  it('settings:set changes language and auto-fill but not the sync mode', async () => {
    installFakeBackground({ now: () => NOW });
    const { settings } = await send('settings:set', { language: 'zh-CN', autoFill: false, mode: 'sync' });
    expect(settings).toMatchObject({ language: 'zh-CN', autoFill: false, mode: 'local' });
  });

  it('the router ignores foreign senders and malformed messages, and reports unknown types', async () => {
    const handlers = { 'sync:status': async () => ({ status: 'x' }) } as unknown as Handlers;
    const route = createRouter(handlers, { id: 'me', origin: 'chrome-extension://me' });
    const page = { id: 'me', url: 'chrome-extension://me/popup.html' };
    expect(
      await route({ supportlink: 1, type: 'sync:status', payload: {} }, { ...page, id: 'other' }),
    ).toBeUndefined();
    expect(await route({ type: 'sync:status' }, page)).toBeUndefined();
    expect(await route({ supportlink: 1, type: 'sync:status', payload: {} }, page)).toEqual({
      ok: true,
      data: { status: 'x' },
    });
    expect(await route({ supportlink: 1, type: 'toString', payload: {} }, page)).toEqual({
      ok: false,
      error: 'Unknown message: toString',
    });
  });
});
