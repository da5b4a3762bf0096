// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../__fixtures__/harness';
import { PORTAL_MATCHES } from '../hosts';
import { pageOf } from './page';
import {
  AZURE_FEATURES,
  AZURE_MATCHES,
  FEATURES,
  PARTNER_CENTER_FEATURES,
  PARTNER_CENTER_MATCHES,
  SUPPORT_PORTAL_FEATURES,
  SUPPORT_PORTAL_MATCHES,
} from './registry';
import { runFeatures, safeLog, textScope } from './run';
import type { Feature, Services } from './types';
import { DEFAULT_SETTINGS } from './types';

const services = (log = vi.fn()): Omit<Services, 'hub'> => ({
  send: vi.fn() as unknown as Services['send'],
  now: () => 0,
  locale: 'en',
  settings: DEFAULT_SETTINGS,
  guidance: vi.fn(),
  messages: vi.fn(),
  log,
});

afterEach(() => {
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

describe('runFeatures', () => {
  it('keeps going when a feature throws or rejects, and logs only the feature and error type', async () => {
    const log = vi.fn();
    const started: string[] = [];
    const features: Feature[] = [
      {
        id: 'throws',
        matches: () => true,
        init: () => {
          throw new Error('secret ACCESS-123');
        },
      },
      {
        id: 'rejects',
        matches: () => true,
        init: async () => {
          throw new TypeError('secret');
        },
      },
      {
        id: 'bad-match',
        matches: () => {
          throw new Error('x');
        },
        init: () => {},
      },
      {
        id: 'fine',
        matches: () => true,
        init: () => {
          started.push('fine');
        },
      },
    ];
    const controller = new AbortController();
    const running = runFeatures({ window, features, services: services(log), signal: controller.signal });
    expect(started).toEqual(['fine']);
    expect(running.active()).toEqual(['throws', 'rejects', 'fine']);
    await waitFor(() => log.mock.calls.length === 3);
    expect(log.mock.calls.map((c) => c[0])).toEqual(['throws', 'bad-match', 'rejects']);
    controller.abort();
  });

  it('aborts and reruns features on in-page navigation', async () => {
    const runs: string[] = [];
    const aborted: string[] = [];
    const feature: Feature = {
      id: 'f',
      matches: (_page, url) => url.hash !== '#off',
      init: (ctx, signal) => {
        runs.push(ctx.url.hash);
        signal.addEventListener('abort', () => aborted.push(ctx.url.hash));
      },
    };
    const controller = new AbortController();
    runFeatures({ window, features: [feature], services: services(), signal: controller.signal });
    location.hash = '#a';
    await waitFor(() => runs.length === 2);
    history.pushState(null, '', '#off');
    document.body.append(document.createElement('div')); // an SPA re-renders on route change
    await waitFor(() => aborted.length === 2);
    expect(runs).toEqual(['', '#a']);
    controller.abort();
  });

  it('safeLog writes no error message (it may hold an ID)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    safeLog('x', 'failed', new Error('ACCESS-SECRET-1'));
    expect(warn.mock.calls[0]!.join(' ')).not.toContain('ACCESS-SECRET-1');
    expect(warn.mock.calls[0]!.join(' ')).toContain('Error');
    warn.mockRestore();
  });
});

describe('registry', () => {
  it('lists every feature once, with the ids other tests rely on', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'partner-center-capture',
        'partner-center-explain',
        'azure-link-fill',
        'already-associated',
        'azure-support-plans-help',
        'serviceshub',
        'power-platform-lcs-fill',
        'm365-admin-note',
      ]),
    );
    const grouped = [...AZURE_FEATURES, ...PARTNER_CENTER_FEATURES, ...SUPPORT_PORTAL_FEATURES].map(
      (f) => f.id,
    );
    expect(grouped.sort()).toEqual([...ids].sort());
  });

  it('splits the portal hosts between the content scripts without gaps or overlaps', () => {
    const all = [...AZURE_MATCHES, ...PARTNER_CENTER_MATCHES, ...SUPPORT_PORTAL_MATCHES];
    expect([...all].sort()).toEqual([...PORTAL_MATCHES].sort());
    expect(AZURE_MATCHES).toEqual(expect.arrayContaining(['https://*.reactblade.portal.azure.net/*']));
  });

  it('on an Azure view no feature applies to (a VM blade), starts nothing and watches no text', () => {
    const vm = new URL(
      'https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm/overview',
    );
    const ctx = { document, url: vm, page: pageOf(vm, null) };
    expect(AZURE_FEATURES.filter((f) => f.matches(ctx.page, vm))).toEqual([]);
    expect(textScope(AZURE_FEATURES, ctx)).toBeNull();
    const plans = new URL(
      'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
    );
    const onPlans = { document, url: plans, page: pageOf(plans, null) };
    expect(AZURE_FEATURES.map((f) => f.matches(onPlans.page, plans))).toEqual([true, true, true]);
    // Only message regions' text: the flagger's; the fill watcher and the help panel need none.
    expect(textScope(AZURE_FEATURES, onPlans)).toMatch(/role="alert"/);
    // A feature that does not say watches every text edit.
    expect(textScope([...AZURE_FEATURES, { id: 'x', matches: () => true, init: () => {} }], onPlans)).toBe(
      '*',
    );
  });
});
