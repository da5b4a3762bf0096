// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contractView, type Harness, harness, sleep, waitFor } from '../__fixtures__/harness';
import { FILLED_ATTR } from '../dom/fill';
import { readPlanRows } from './plans-list';
import { servicesHub } from './serviceshub';

const CREATE =
  'https://support.serviceshub.microsoft.com/supportforbusiness/create?sapId=0b4c7e0a-1111-4222-8333-944445555666';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.documentElement.lang = '';
});

const EN_US_TABLE = `
  <table class="ms-DetailsList plans">
    <thead><tr><th>Support plan</th><th>Start date</th><th>End date</th><th>Incidents remaining</th></tr></thead>
    <tbody>
      <tr><td>Partner Network - Signature 10 pack</td><td>3/1/2026</td><td>2/28/2027</td><td>7</td></tr>
    </tbody>
  </table>`;

const ZH_CARDS = `
  <div role="list">
    <div role="listitem" class="plan-card"><div class="name">合作伙伴网络</div>
      <div><span>开始日期</span><span>2026/3/1</span></div>
      <div><span>结束日期</span><span>2027/2/28</span></div>
      <div><span>剩余事件</span><span>7</span></div></div>
    <div role="listitem" class="plan-card"><div class="name">Premier</div>
      <div><span>开始日期</span><span>2025/7/1</span></div>
      <div><span>结束日期</span><span>2026/6/30</span></div>
      <div><span>剩余事件</span><span>无限制</span></div></div>
  </div>`;

describe('readPlanRows', () => {
  it('reads an en-US table', () => {
    document.body.innerHTML = EN_US_TABLE;
    expect(readPlanRows([document], 'en-US')).toEqual([
      expect.objectContaining({ start: '2026-03-01', end: '2027-02-28', remaining: 7 }),
    ]);
  });

  it('reads zh-CN cards, one row per card', () => {
    document.body.innerHTML = ZH_CARDS;
    expect(
      readPlanRows([document], 'zh-CN').map(({ start, end, remaining }) => ({ start, end, remaining })),
    ).toEqual([
      { start: '2026-03-01', end: '2027-02-28', remaining: 7 },
      { start: '2025-07-01', end: '2026-06-30', remaining: 'unlimited' },
    ]);
  });

  it('reads en-GB "Label: value" text with written-out months', () => {
    document.body.innerHTML =
      '<ul><li class="plan"><p>Start date: 1 March 2026</p><p>End date: 28 February 2027</p><p>Incidents remaining: 12</p></li></ul>';
    expect(readPlanRows([document], 'en-GB')).toEqual([
      expect.objectContaining({ start: '2026-03-01', end: '2027-02-28', remaining: 12 }),
    ]);
  });

  it.each([
    ['de', 'de-DE', ['Startdatum', 'Enddatum', 'Verbleibende Incidents'], ['01.03.2026', '28.02.2027', '7']],
    [
      'fr',
      'fr-FR',
      ['Date de début', 'Date d’expiration', 'Incidents restants'],
      ['01/03/2026', '28/02/2027', '7'],
    ],
    [
      'es (accents dropped)',
      'es',
      ['Fecha de inicio', 'Fecha de finalizacion', 'INCIDENTES RESTANTES'],
      ['1/3/2026', '28/2/2027', '7'],
    ],
    [
      'pt-PT',
      'pt-PT',
      ['Data de início', 'Data de fim', 'Incidentes restantes'],
      ['01-03-2026', '28-02-2027', '7'],
    ],
    [
      'pl',
      'pl-PL',
      ['Data rozpoczęcia', 'Data zakończenia', 'Pozostałe incydenty'],
      ['1 marca 2026', '28 lutego 2027', '7'],
    ],
    [
      'cs',
      'cs-CZ',
      ['Datum zahájení', 'Datum ukončení', 'Zbývající incidenty'],
      ['1. 3. 2026', '28. 2. 2027', '7'],
    ],
    [
      'hu',
      'hu-HU',
      ['Kezdő dátum', 'Befejező dátum', 'Fennmaradó incidensek'],
      ['2026. 03. 01.', '2027. 02. 28.', '7'],
    ],
    ['tr', 'tr-TR', ['BAŞLANGIÇ TARİHİ', 'Bitiş tarihi', 'Kalan olaylar'], ['01.03.2026', '28.02.2027', '7']],
    ['sv', 'sv-SE', ['Startdatum', 'Slutdatum', 'Återstående incidenter'], ['2026-03-01', '2027-02-28', '7']],
    ['nl', 'nl-NL', ['Begindatum', 'Einddatum', 'Resterende incidenten'], ['1-3-2026', '28-2-2027', '7']],
    [
      'id',
      'id-ID',
      ['Tanggal mulai', 'Tanggal berakhir', 'Insiden tersisa'],
      ['1 Maret 2026', '28 Februari 2027', '7'],
    ],
    ['ko', 'ko-KR', ['시작 날짜', '종료 날짜', '남은 인시던트'], ['2026. 3. 1.', '2027. 2. 28.', '7']],
    ['zh-TW', 'zh-TW', ['開始日期', '結束日期', '剩餘事件'], ['2026/3/1', '2027/2/28', '7']],
    [
      'ru',
      'ru-RU',
      ['Дата начала', 'Дата окончания', 'Осталось инцидентов'],
      ['01.03.2026', '28.02.2027', '7'],
    ],
  ])('reads a %s ARIA grid with headers in a shadow root', (_name, lang, headers, cells) => {
    document.body.innerHTML = '';
    const host = document.createElement('sh-plan-grid');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div role="grid"><div role="row">${['Plan', ...headers]
      .map((t) => `<div role="columnheader"><span>${t}</span>\u00a0<i class="sort"></i></div>`)
      .join('')}</div><div role="row">${['Partner support Gold 20pack', ...cells]
      .map((t) => `<div role="gridcell">${t}</div>`)
      .join('')}</div></div>`;
    expect(readPlanRows([document, root], lang)).toEqual([
      expect.objectContaining({ start: '2026-03-01', end: '2027-02-28', remaining: 7 }),
    ]);
  });

  it('reads nothing from a page without plans', () => {
    document.body.innerHTML = '<p>Start date</p><p>Choose a product</p>';
    expect(readPlanRows([document], 'en')).toEqual([]);
  });
});

describe('serviceshub', () => {
  const contract = () =>
    contractView({
      benefit: 'on-premises',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      ruleset: 'mpn-2021',
      offer: 'gold',
    });

  it('records the portal’s remaining count as an observation, once', async () => {
    const c = contract();
    h = harness({ contracts: [c, contractView({ benefit: 'cloud' })] });
    await h.start(servicesHub, CREATE);
    document.body.innerHTML = EN_US_TABLE;
    const call = await waitFor(() => h!.calls.find((x) => x.type === 'events:append'));
    expect(call.payload).toEqual({
      contractId: c.id,
      event: { type: 'observed', remaining: 7, portal: 'serviceshub' },
    });
    document.body.insertAdjacentHTML('beforeend', '<p>unrelated change</p>');
    await sleep(1200);
    expect(h.calls.filter((x) => x.type === 'events:append')).toHaveLength(1);
  });

  it('reads the contracts again on the next change after the background could not answer', async () => {
    const c = contract();
    const failSend: Array<'contracts:list'> = ['contracts:list'];
    h = harness({ contracts: [c], failSend });
    await h.start(servicesHub, CREATE);
    document.body.innerHTML = EN_US_TABLE;
    await waitFor(() => h!.logs.some((l) => l.includes('could not load contracts')));
    failSend.length = 0; // the background is back
    document.body.insertAdjacentHTML('beforeend', '<p>a change on the page</p>');
    const call = await waitFor(() => h!.calls.find((x) => x.type === 'events:append'), 3000);
    expect(call.payload).toMatchObject({ contractId: c.id, event: { remaining: 7 } });
  });

  it('does not record a count equal to the last observation', async () => {
    const c = contractView({
      benefit: 'on-premises',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      events: [{ id: 'e1', type: 'observed', at: 1, remaining: 7, portal: 'serviceshub' }],
    });
    h = harness({ contracts: [c] });
    document.documentElement.lang = 'zh-CN';
    document.body.innerHTML = ZH_CARDS;
    await h.start(servicesHub, CREATE);
    await sleep(60);
    expect(h.calls.filter((x) => x.type === 'events:append')).toHaveLength(0);
  });

  it('matches the only on-premises contract when the page shows one plan without matching dates', async () => {
    const c = contractView({ benefit: 'on-premises', startDate: '2026-03-01', endDate: '2027-02-28' });
    h = harness({ contracts: [c] });
    document.body.innerHTML =
      '<div><p>Incidents remaining: 4</p><p>End date: —</p><p>Start date: 3/1/2026</p></div>';
    await h.start(servicesHub, CREATE);
    const call = await waitFor(() => h!.calls.find((x) => x.type === 'events:append'));
    expect(call.payload).toMatchObject({ contractId: c.id, event: { remaining: 4 } });
  });

  it('matches by the contract number the plans list shows, whatever the dates', async () => {
    const c = contractView({ benefit: 'on-premises', contractId: 'MPN-8841-2207', startDate: '2025-01-01' });
    h = harness({ contracts: [contractView({ benefit: 'on-premises' }), c] });
    document.body.innerHTML = EN_US_TABLE.replace(
      '<td>Partner Network - Signature 10 pack</td>',
      '<td>Partner</td><td>MPN-8841-2207</td>',
    ).replace('<th>Support plan</th>', '<th>Support plan</th><th>Contract</th>');
    await h.start(servicesHub, CREATE);
    const call = await waitFor(() => h!.calls.find((x) => x.type === 'events:append'));
    expect(call.payload).toMatchObject({ contractId: c.id, event: { remaining: 7 } });
  });

  it('leaves a plan alone when it is not one of the stored contracts', async () => {
    h = harness({ contracts: [contract()] });
    document.body.innerHTML = EN_US_TABLE.replace('3/1/2026', '7/1/2025').replace('2/28/2027', '6/30/2026');
    await h.start(servicesHub, CREATE);
    await sleep(60);
    expect(h.calls.filter((x) => x.type === 'events:append')).toHaveLength(0);
  });

  it('fills "Add contract" with the on-premises contract, in Engage Center too', async () => {
    const c = contractView({
      benefit: 'on-premises',
      accessId: 'ONPREM-AC-1',
      contractId: 'ONPREM-CT-1',
      offer: 'gold',
      ruleset: 'mpn-2021',
    });
    h = harness({ contracts: [contractView({ benefit: 'cloud' }), c] });
    await h.start(
      servicesHub,
      'https://engagecenter.microsoft.com/#view/Microsoft_AzureCXP_EngageHub/EngageHubMenu.MenuView/~/helpSupport',
    );
    document.body.innerHTML =
      '<div role="dialog" aria-label="Add contract"><label for="a">Access ID</label><input id="a"><label for="b">Contract ID</label><input id="b"><button>Add</button></div>';
    await waitFor(() => document.querySelectorAll(`[${FILLED_ATTR}]`).length === 2);
    expect((document.getElementById('a') as HTMLInputElement).value).toBe('ONPREM-AC-1');
    expect((document.getElementById('b') as HTMLInputElement).value).toBe('ONPREM-CT-1');
  });
});
