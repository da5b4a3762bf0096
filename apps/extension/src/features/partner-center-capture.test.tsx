// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, harness, hosts, sleep, uiText, waitFor } from '../__fixtures__/harness';
import { mountTechnicalBenefits, PC_EN } from '../__fixtures__/partner-center';
import type { CapturedContract } from '../messaging/protocol';
import { partnerCenterCapture } from './partner-center-capture';

const V2 = 'https://partner.microsoft.com/dashboard/v2/benefits/technical-support';
const OLD = 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
});

async function openForm(): Promise<ShadowRoot> {
  const host = await waitFor(() => hosts('partner-center-capture')[0]);
  const shadow = host.shadowRoot!;
  const save = await waitFor(() => shadow.querySelector('button'));
  expect(save.textContent).toBe('Save to SupportLink');
  save.click();
  await waitFor(() => shadow.querySelector('form'));
  return shadow;
}

describe('partner-center-capture', () => {
  it('finds the IDs rendered late inside shadow roots and saves them with what the page shows', async () => {
    h = harness();
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits(
      [
        { label: PC_EN.accessId, value: '7f3e9a21-4b6c-4d2e-9f10-a1b2c3d4e5f6' },
        { label: PC_EN.contractId, value: '55120987' },
        { label: PC_EN.remaining, value: '7' },
        { label: PC_EN.activateBy, value: '6/30/2026' },
      ],
      { heading: 'Signature Cloud Support', intro: 'Partner Success Core benefits' },
    );
    const shadow = await openForm();
    const host = hosts('partner-center-capture')[0]!;
    // Placed right after the Contract ID value, inside the grid's shadow root.
    expect(host.previousElementSibling?.textContent).toBe('55120987');
    const selects = shadow.querySelectorAll('select');
    expect(selects[0]!.value).toBe('cloud');
    expect(selects[1]!.value).toBe('partner-success-core');
    expect(shadow.querySelector('.sl')!.textContent).toContain('Remaining incidents shown on the page: 7');
    expect(shadow.querySelector('.sl')!.textContent).toContain('Activate by: 2026-06-30');
    const form = shadow.querySelector('form')!;
    expect(shadow.getElementById(form.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Save these IDs to SupportLink',
    );
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const call = await waitFor(() => h!.calls.find((c) => c.type === 'contracts:save-captured'));
    const payload = call.payload as CapturedContract;
    expect(payload).toMatchObject({
      accessId: '7f3e9a21-4b6c-4d2e-9f10-a1b2c3d4e5f6',
      contractId: '55120987',
      benefit: 'cloud',
      offer: 'partner-success-core',
      ruleset: 'ai-cloud-partner-2026',
      observedRemaining: 7,
    });
    await waitFor(() => shadow.textContent?.includes('Saved to SupportLink.'));
  });

  it('reads Japanese labels and lets the user correct the guessed benefit', async () => {
    h = harness();
    document.documentElement.lang = 'ja';
    await h.start(partnerCenterCapture, OLD);
    await mountTechnicalBenefits(
      [
        { label: 'アクセス ID', value: 'AB12CD34' },
        { label: '契約 ID', value: '99887766' },
      ],
      { heading: 'オンプレミス サポート' },
    );
    const shadow = await openForm();
    const benefit = shadow.querySelector('select')!;
    expect(benefit.value).toBe('on-premises');
    benefit.value = 'cloud';
    benefit.dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(10);
    shadow.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const call = await waitFor(() => h!.calls.find((c) => c.type === 'contracts:save-captured'));
    expect(call.payload).toMatchObject({ accessId: 'AB12CD34', contractId: '99887766', benefit: 'cloud' });
    document.documentElement.lang = '';
  });

  it('reads "Label: value" text on the old page (zh-CN)', async () => {
    h = harness({ locale: 'zh-CN' });
    document.body.innerHTML =
      '<div class="benefit"><h3>云支持</h3><p>访问 ID：AC-2021-0042</p><p>合同 ID：CT-2021-0043</p></div>';
    await h.start(partnerCenterCapture, OLD);
    const host = await waitFor(() => hosts('partner-center-capture')[0]);
    expect(uiText(host)).toBe('保存到 SupportLink');
  });

  it('does not offer to save labels without IDs or a lone ID', async () => {
    h = harness();
    document.body.innerHTML =
      '<p>Access ID: <button>Copy</button></p><p>Contract ID: pending</p><div><span>Access ID</span><span>ABC12345</span></div>';
    await h.start(partnerCenterCapture, V2);
    await sleep(60);
    expect(hosts('partner-center-capture')).toHaveLength(0);
  });

  it('tells the user when saving failed', async () => {
    h = harness({ failSend: ['contracts:save-captured'] });
    await h.start(partnerCenterCapture, V2);
    await mountTechnicalBenefits([
      { label: PC_EN.accessId, value: 'AB12CD34' },
      { label: PC_EN.contractId, value: '99887766' },
    ]);
    const shadow = await openForm();
    shadow.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const alert = await waitFor(() => shadow.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('Could not save');
    expect(h.logs.join('\n')).not.toContain('AB12CD34');
  });
});
