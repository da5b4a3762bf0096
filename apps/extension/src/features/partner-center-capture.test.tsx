// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contractView, type Harness, harness, hosts, sleep, uiText, waitFor } from '../__fixtures__/harness';
import { mountTechnicalBenefits, PC_EN } from '../__fixtures__/partner-center';
import { captureEn } from '../i18n/catalogs/capture.en';
import { captureZhCN } from '../i18n/catalogs/capture.zh-CN';
import type { CapturedContract } from '../messaging/protocol';
import { partnerCenterCapture } from './partner-center-capture';

const V2 = 'https://partner.microsoft.com/dashboard/v2/benefits/technical-support';
const OLD = 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
  document.documentElement.lang = '';
});

async function card(): Promise<ShadowRoot> {
  const host = await waitFor(() => hosts('partner-center-capture')[0]);
  return host.shadowRoot!;
}

async function openForm(caption = 'Save to SupportLink'): Promise<ShadowRoot> {
  const shadow = await card();
  const open = await waitFor(() =>
    [...shadow.querySelectorAll('button')].find((b) => b.textContent === caption),
  );
  open.click();
  await waitFor(() => shadow.querySelector('form'));
  return shadow;
}

function field(shadow: ShadowRoot, label: string): HTMLInputElement | HTMLSelectElement {
  const wrapper = [...shadow.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  if (!wrapper) throw new Error(`no field ${label}`);
  return wrapper.querySelector('select, input') as HTMLInputElement | HTMLSelectElement;
}

/** What a person does: pick or type, and the page sees a committed change. */
async function change(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await sleep(20);
}

function submit(shadow: ShadowRoot) {
  shadow.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

const saves = () => h!.calls.filter((c) => c.type === 'contracts:save-captured');

describe('partner-center-capture', () => {
  it('finds the IDs rendered late inside shadow roots and saves what the page shows', async () => {
    h = harness();
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: '7f3e9a21-4b6c-4d2e-9f10-a1b2c3d4e5f6' },
        { label: PC_EN.contractId, value: '55120987' },
        { label: PC_EN.remaining, value: '7' },
        { label: PC_EN.activateBy, value: '6/30/2025' },
        { label: 'Start date', value: '7/1/2025' },
        { label: 'End date', value: '6/30/2026' },
      ],
      { heading: 'Signature Cloud Support', intro: 'Partner Success Core benefits' },
    );
    const shadow = await openForm();
    const host = hosts('partner-center-capture')[0]!;
    // Placed right after the Contract ID value, inside the grid's shadow root.
    expect(host.previousElementSibling?.textContent).toBe('55120987');
    expect(field(shadow, 'Benefit').value).toBe('cloud');
    expect(field(shadow, 'Offer').value).toBe('partner-success-core');
    expect(field(shadow, 'Start date').value).toBe('2025-07-01');
    expect(field(shadow, 'End date').value).toBe('2026-06-30');
    const text = shadow.querySelector('.sl')!.textContent!;
    expect(text).toContain('Remaining incidents shown on the page: 7');
    expect(text).toContain('Activate by: 2025-06-30');
    expect(text).toContain('Read from the page.');
    const form = shadow.querySelector('form')!;
    expect(shadow.getElementById(form.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Save these IDs to SupportLink',
    );
    submit(shadow);
    const call = await waitFor(() => saves()[0]);
    expect(call.payload as CapturedContract).toMatchObject({
      accessId: '7f3e9a21-4b6c-4d2e-9f10-a1b2c3d4e5f6',
      contractId: '55120987',
      benefit: 'cloud',
      offer: 'partner-success-core',
      ruleset: 'ai-cloud-partner-2026',
      startDate: '2025-07-01',
      endDate: '2026-06-30',
      observedRemaining: 7,
    });
    await waitFor(() => shadow.textContent?.includes('Saved to SupportLink.'));
  });

  it('estimates a missing start date from the end date, marks it, and says so after saving', async () => {
    h = harness();
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: 'AB12CD34' },
        { label: PC_EN.contractId, value: '99887766' },
        { label: 'End date', value: '6/30/2026' },
      ],
      { heading: 'Partner Cloud Support 5', intro: 'Partner Success Expanded' },
    );
    const shadow = await openForm();
    const start = field(shadow, 'Start date (estimated)');
    expect(start.value).toBe('2025-07-01');
    expect(shadow.textContent).toContain('Estimated: one year before the end date');
    expect(start.getAttribute('aria-describedby')).toBe('sl-start-hint');
    submit(shadow);
    const call = await waitFor(() => saves()[0]);
    expect(call.payload).toMatchObject({ startDate: '2025-07-01', endDate: '2026-06-30' });
    await waitFor(() => shadow.textContent?.includes('The start date is an estimate'));
  });

  it('asks for the dates when the page shows none, and will not save before', async () => {
    h = harness();
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: 'AB12CD34' },
        { label: PC_EN.contractId, value: '99887766' },
      ],
      { heading: 'Partner Cloud Support', intro: 'Partner Success Core' },
    );
    const shadow = await openForm();
    expect(field(shadow, 'Start date').value).toBe('');
    expect(shadow.textContent).toContain('The page shows no start date. Enter it.');
    expect(shadow.textContent).toContain('The page shows no end date. Enter it.');
    const save = [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Save contract')!;
    expect(save.disabled).toBe(true);
    submit(shadow);
    await sleep(30);
    expect(saves()).toHaveLength(0);
    await change(field(shadow, 'End date'), '2026-12-31');
    // The end date alone brings an estimate; the user's own start date replaces it.
    await waitFor(() => field(shadow, 'Start date (estimated)').value === '2026-01-01');
    await change(field(shadow, 'Start date (estimated)'), '2026-01-15');
    await waitFor(() => field(shadow, 'Start date').value === '2026-01-15');
    await change(field(shadow, 'End date'), '2025-12-31');
    // The rules' own problem, shown before saving, and the save held back.
    const problem = await waitFor(() => shadow.querySelector('[aria-live] li.note'));
    expect(problem.textContent).toMatch(/^End date: /);
    expect(save.disabled).toBe(true);
    await change(field(shadow, 'End date'), '2026-12-31');
    await waitFor(() => !save.disabled);
    submit(shadow);
    const call = await waitFor(() => saves()[0]);
    expect(call.payload).toMatchObject({ startDate: '2026-01-15', endDate: '2026-12-31' });
  });

  it('lets the user choose the benefit when the page names none (no guess)', async () => {
    h = harness();
    document.documentElement.lang = 'ja';
    await h.start(partnerCenterCapture, OLD);
    await mountTechnicalBenefits(
      [
        { label: 'アクセス ID', value: 'AB12CD34' },
        { label: '契約 ID', value: '99887766' },
        { label: '終了日', value: '2026/06/30' },
      ],
      { heading: 'テクニカル サポート' },
    );
    const shadow = await openForm();
    const benefit = field(shadow, 'Benefit') as HTMLSelectElement;
    expect(benefit.value).toBe('');
    expect(benefit.options[0]!.textContent).toBe('Choose…');
    expect(shadow.textContent).toContain('The page does not say which benefit this is. Choose one.');
    await change(benefit, 'on-premises');
    await change(field(shadow, 'Offer'), 'solutions-partner');
    await waitFor(() => !(shadow.querySelector('button.primary') as HTMLButtonElement).disabled);
    submit(shadow);
    const call = await waitFor(() => saves()[0]);
    expect(call.payload).toMatchObject({
      accessId: 'AB12CD34',
      contractId: '99887766',
      benefit: 'on-premises',
      offer: 'solutions-partner',
      endDate: '2026-06-30',
    });
  });

  it('reads a localized page (de): labels, dates in the page’s order, benefit name', async () => {
    h = harness();
    document.documentElement.lang = 'de-DE';
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: 'Zugriffs-ID', value: 'AB12CD34' },
        { label: 'Vertrags-ID', value: '99887766' },
        { label: 'Verbleibende Incidents', value: '12' },
        { label: 'Startdatum', value: '01.07.2025' },
        { label: 'Enddatum', value: '30.06.2026' },
      ],
      { heading: 'Microsoft-Produktsupport (lokal)', intro: 'Solutions Partner' },
    );
    const shadow = await openForm();
    expect(field(shadow, 'Benefit').value).toBe('on-premises');
    expect(field(shadow, 'Offer').value).toBe('solutions-partner');
    expect(field(shadow, 'Start date').value).toBe('2025-07-01');
    expect(field(shadow, 'End date').value).toBe('2026-06-30');
    expect(shadow.textContent).toContain('Remaining incidents shown on the page: 12');
  });

  it('shows "Saved in SupportLink" for a pair it holds, and offers the page’s newer count', async () => {
    const held = contractView({
      benefit: 'cloud',
      offer: 'partner-success-expanded',
      accessId: 'AB12CD34',
      contractId: '99887766',
      startDate: '2025-07-01',
      endDate: '2026-06-30',
    });
    h = harness({ contracts: [held] });
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: 'AB12CD34' },
        { label: PC_EN.contractId, value: '99887766' },
        { label: PC_EN.remaining, value: '3' },
      ],
      { heading: 'Partner Cloud Support 5' },
    );
    const shadow = await card();
    await waitFor(() => shadow.textContent?.includes('Saved in SupportLink'));
    expect(shadow.textContent).not.toContain('Save to SupportLink');
    expect(shadow.textContent).toContain('The page shows 3 incidents left; SupportLink has 5.');
    const form = await openForm('Update from this page');
    expect(form.textContent).toContain('Update SupportLink from this page');
    expect(field(form, 'Start date').value).toBe('2025-07-01');
    submit(form);
    const call = await waitFor(() => saves()[0]);
    expect(call.payload).toMatchObject({ observedRemaining: 3, offer: 'partner-success-expanded' });
    await waitFor(() => form.textContent?.includes('Updated in SupportLink.'));
  });

  it('offers no update when the saved pair agrees with the page', async () => {
    const held = contractView({ benefit: 'cloud', accessId: 'AB12CD34', contractId: '99887766' });
    h = harness({ contracts: [held] });
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits([
      { label: PC_EN.accessId, value: 'AB12CD34' },
      { label: PC_EN.contractId, value: '99887766' },
    ]);
    const shadow = await card();
    await waitFor(() => shadow.textContent?.includes('Saved in SupportLink'));
    expect(shadow.querySelector('button')).toBeNull();
  });

  it('reads "Label: value" text on the old page (zh-CN UI)', async () => {
    h = harness({ locale: 'zh-CN' });
    document.body.innerHTML =
      '<div class="benefit"><h3>签名云支持</h3><p>访问 ID：AC-2021-0042</p><p>合同 ID：CT-2021-0043</p><p>结束日期：2022年6月30日</p></div>';
    await h.start(partnerCenterCapture, OLD);
    const host = await waitFor(() => hosts('partner-center-capture')[0]);
    await waitFor(() => uiText(host) === '保存到 SupportLink');
    const shadow = await openForm('保存到 SupportLink');
    expect(field(shadow, '权益').value).toBe('cloud');
    expect(field(shadow, '结束日期').value).toBe('2022-06-30');
    expect(shadow.textContent).toContain('开始日期（估算）');
  });

  it('reads each benefit card on its own when the page shows two', async () => {
    h = harness();
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: 'CLOUD1234' },
        { label: PC_EN.contractId, value: '11112222' },
        { label: 'End date', value: '6/30/2026' },
      ],
      { heading: 'Partner Cloud Support 5', intro: 'Partner Success Expanded' },
    );
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: 'ONPREM5678' },
        { label: PC_EN.contractId, value: '33334444' },
        { label: 'End date', value: '12/31/2026' },
      ],
      { heading: 'Partner On-premises Support 20', intro: 'Solutions Partner' },
    );
    await waitFor(() => hosts('partner-center-capture').length === 2);
    const values: string[][] = [];
    for (const host of hosts('partner-center-capture')) {
      const shadow = host.shadowRoot!;
      const open = await waitFor(() => shadow.querySelector('button'));
      open.click();
      await waitFor(() => shadow.querySelector('form'));
      values.push([
        field(shadow, 'Benefit').value,
        field(shadow, 'Offer').value,
        field(shadow, 'End date').value,
      ]);
    }
    expect(values).toEqual([
      ['cloud', 'partner-success-expanded', '2026-06-30'],
      ['on-premises', 'solutions-partner', '2026-12-31'],
    ]);
  });

  it('does not offer to save labels without IDs or a lone ID', async () => {
    h = harness();
    document.body.innerHTML =
      '<p>Access ID: <button>Copy</button></p><p>Contract ID: pending</p><div><span>Access ID</span><span>ABC12345</span></div>';
    await h.start(partnerCenterCapture, V2);
    await sleep(60);
    expect(hosts('partner-center-capture')).toHaveLength(0);
  });

  it('tells the user when saving failed, without the IDs in the log', async () => {
    h = harness({ failSend: ['contracts:save-captured'] });
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: 'AB12CD34' },
        { label: PC_EN.contractId, value: '99887766' },
        { label: 'End date', value: '6/30/2026' },
      ],
      { heading: 'Partner Cloud Support', intro: 'Partner Success Core' },
    );
    const shadow = await openForm();
    submit(shadow);
    const alert = await waitFor(() => shadow.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('Could not save');
    expect(h.logs.join('\n')).not.toContain('AB12CD34');
  });

  it('says so when the background cannot read the page', async () => {
    h = harness({ failSend: ['capture:propose'] });
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits([
      { label: PC_EN.accessId, value: 'AB12CD34' },
      { label: PC_EN.contractId, value: '99887766' },
    ]);
    const shadow = await card();
    const alert = await waitFor(() => shadow.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('Could not save');
  });
});

describe('capture card strings', () => {
  it('has every English string in Chinese, with the same placeholders', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(captureEn) as (keyof typeof captureEn)[]) {
      expect(captureZhCN[key], key).toBeTruthy();
      expect(names(captureZhCN[key]), key).toEqual(names(captureEn[key]));
    }
  });
});
