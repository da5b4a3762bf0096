/**
 * Scenarios 5, 6 and 8 share one real API process and two browsers:
 * 5 — Team sync: browser A (owner's token) saves a contract; browser B (a member's token
 *     created by the owner in the Team tab) receives it within one sync and fills the
 *     Azure form with it; an incident logged in B appears in A.
 * 6 — Offline: the API is stopped; B logs two incidents; the API restarts; both arrive
 *     exactly once (counted through the API).
 * 8 — Isolation: pages on other hosts are untouched; B's token cannot see another
 *     organisation's contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type InitResult, startApi } from '../harness/api.js';
import { listOf, openedEvents } from '../harness/api-shapes.js';
import {
  type Browser,
  expectedExtensionId,
  expectOnlyAllowedTraffic,
  launchWithExtension,
  openAzureLinkForm,
  screenshot,
  supportlinkHosts,
} from '../harness/suite.js';
import {
  addContractByHand,
  addTeamMember,
  connectSync,
  openOptions,
  openPopup,
  popupCard,
  popupLogIncidents,
  popupRemaining,
} from '../harness/ui.js';

const SHARED = { accessId: '9034411', contractId: 'SHR-5521-0087', label: 'Shared cloud contract' };

describe('team: sync, offline, isolation (real API)', () => {
  let api: Api;
  let owner: InitResult;
  let a: Browser;
  let b: Browser;
  let memberToken = '';
  let contractId = '';

  beforeAll(async () => {
    const id = await expectedExtensionId();
    api = await startApi({ corsOrigins: [`chrome-extension://${id}`] });
    owner = api.init('Contoso', 'Olivia Owner');
    a = await launchWithExtension({ apiOrigin: api.origin });
    b = await launchWithExtension({ apiOrigin: api.origin });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await api?.dispose();
  });

  it('scenario 5: a contract saved in A reaches B in one sync, fills Azure there, and B’s incident reaches A', async () => {
    const optionsA = await openOptions(a);
    await connectSync(optionsA, api.origin, owner.token);
    await addContractByHand(optionsA, {
      ...SHARED,
      benefit: 'Cloud',
      offer: /solutions partner/i,
      startDate: '2026-01-01',
      endDate: '2027-06-30',
    });
    // A pushed it to the server.
    await expect
      .poll(async () => listOf(await api.json(owner.token, '/v1/contracts')).map((c) => c.label), {
        timeout: 15_000,
      })
      .toContain(SHARED.label);
    contractId = String(
      listOf(await api.json(owner.token, '/v1/contracts')).find((c) => c.label === SHARED.label)?.id,
    );

    memberToken = await addTeamMember(optionsA, 'Ben Member');
    await screenshot(optionsA, '05-options-team');
    expect(memberToken.length).toBeGreaterThan(20);

    const optionsB = await openOptions(b);
    await connectSync(optionsB, api.origin, memberToken);
    await optionsB.close();
    // Opening the popup runs one sync.
    const popupB = await openPopup(b);
    await expect.poll(() => popupCard(popupB, SHARED.label).count(), { timeout: 15_000 }).toBe(1);
    const before = await popupRemaining(popupB, SHARED.label);
    await popupB.close();

    const { page, frame } = await openAzureLinkForm(b, { form: 'react' });
    await expect
      .poll(() => frame.getByLabel('Access ID', { exact: true }).inputValue(), { timeout: 10_000 })
      .toBe(SHARED.accessId);
    await expect
      .poll(() => frame.getByLabel('Contract ID', { exact: true }).inputValue())
      .toBe(SHARED.contractId);
    await frame.locator('#link-submit').click();
    await expect
      .poll(() => b.portals.submissions)
      .toEqual([expect.objectContaining({ accessId: SHARED.accessId, contractId: SHARED.contractId })]);
    await page.close();

    const popupB2 = await openPopup(b);
    await popupLogIncidents(popupB2, SHARED.label, 1);
    const after = await popupRemaining(popupB2, SHARED.label);
    expect(Number(after)).toBe(Number(before) - 1);
    await popupB2.close();

    await expect
      .poll(
        async () => openedEvents(await api.json(owner.token, `/v1/contracts/${contractId}/events`)).length,
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    const popupA = await openPopup(a);
    await expect.poll(() => popupRemaining(popupA, SHARED.label), { timeout: 15_000 }).toBe(after);
    await popupA.close();

    expect(a.portals.apiRequests.length).toBeGreaterThan(0);
    expect(b.portals.apiRequests.length).toBeGreaterThan(0);
    expectOnlyAllowedTraffic(a);
    expectOnlyAllowedTraffic(b);
  });

  it('scenario 6: two incidents logged while the API is down arrive exactly once after it restarts', async () => {
    expect(contractId).not.toBe('');
    await api.stop();
    const popup = await openPopup(b);
    const before = Number(await popupRemaining(popup, SHARED.label));
    await popupLogIncidents(popup, SHARED.label, 2);
    expect(Number(await popupRemaining(popup, SHARED.label))).toBe(before - 2);
    await expect
      .poll(() => popup.locator('main').innerText(), { timeout: 15_000 })
      .toMatch(/offline|waiting/i);
    await screenshot(popup, '06-popup-offline');
    await popup.close();

    await api.start();
    // The popup opening is a sync trigger; retry until the queue drained.
    await expect
      .poll(
        async () => {
          const p = await openPopup(b);
          await p.waitForTimeout(1_000);
          await p.close();
          return openedEvents(await api.json(owner.token, `/v1/contracts/${contractId}/events`)).length;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(3);
    // Further syncs change nothing: each incident landed exactly once.
    const again = await openPopup(b);
    await again.waitForTimeout(2_000);
    await again.close();
    const events = openedEvents(await api.json(owner.token, `/v1/contracts/${contractId}/events`));
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    const popupA = await openPopup(a);
    await expect
      .poll(() => popupRemaining(popupA, SHARED.label), { timeout: 15_000 })
      .toBe(String(before - 2));
    await popupA.close();
    expectOnlyAllowedTraffic(b);
  });

  it('scenario 8: other hosts are untouched and B’s token cannot see another organisation’s contract', async () => {
    await api.start();
    // Another organisation with its own contract.
    const other = api.init('Fabrikam', 'Fiona Owner');
    const created = await api.json<Record<string, unknown>>(other.token, '/v1/contracts', {
      method: 'POST',
      body: JSON.stringify({
        ruleset: 'ai-cloud-partner-2026',
        offer: 'solutions-partner',
        benefit: 'cloud',
        accessId: '1112223',
        contractId: 'FAB-0000-9999',
        startDate: '2026-01-01',
        endDate: '2027-06-30',
        label: 'Fabrikam contract',
      }),
    });
    const otherId = String((created.contract as Record<string, unknown> | undefined)?.id ?? created.id);
    expect((await api.fetch(memberToken, `/v1/contracts/${otherId}`)).status).toBe(404);
    expect((await api.fetch(memberToken, `/v1/contracts/${otherId}/events`)).status).toBe(404);
    const mine = listOf(await api.json(memberToken, '/v1/contracts')).map((c) => c.label);
    expect(mine).toContain(SHARED.label);
    expect(mine).not.toContain('Fabrikam contract');
    const snapshot = JSON.stringify(await api.json(memberToken, '/v1/sync'));
    expect(snapshot).not.toContain('FAB-0000-9999');
    expect(snapshot).not.toContain('Fabrikam contract');
    const popup = await openPopup(b);
    await popup.waitForTimeout(1_500);
    expect(await popup.locator('main').innerText()).not.toContain('Fabrikam');
    await popup.close();

    for (const url of ['https://www.example.com/', 'https://portal.azure.com.evil.example/']) {
      const page = await b.newPage();
      await page.goto(url);
      await page.locator('.fxs-messagebox a').waitFor();
      await page.waitForTimeout(1_500);
      expect(await supportlinkHosts(page), url).toEqual([]);
      expect(
        await page.locator('input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
      ).toEqual(['', '']);
      await page.close();
    }
    expectOnlyAllowedTraffic(b);
  });
});
