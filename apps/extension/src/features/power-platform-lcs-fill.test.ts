// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contractView, type Harness, harness, waitFor } from '../__fixtures__/harness';
import { FILLED_ATTR } from '../dom/fill';
import { powerPlatformLcsFill } from './power-platform-lcs-fill';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
});

describe('power-platform-lcs-fill', () => {
  it('fills Access ID and Password (the contract ID) in the Power Platform admin center', async () => {
    const cloud = contractView({ benefit: 'cloud', accessId: 'PP-AC-1', contractId: 'PP-CT-1' });
    h = harness({ contracts: [contractView({ benefit: 'on-premises' }), cloud] });
    await h.start(powerPlatformLcsFill, 'https://admin.powerplatform.microsoft.com/support/supportPlans');
    document.body.innerHTML =
      '<div class="ms-Panel"><h2>Add a new plan</h2>' +
      '<div class="ms-TextField"><label class="ms-Label" for="tf1">Access ID</label><input id="tf1" type="text"></div>' +
      '<div class="ms-TextField"><label class="ms-Label" for="tf2">Password</label><input id="tf2" type="password"></div></div>';
    await waitFor(() => document.querySelectorAll(`[${FILLED_ATTR}]`).length === 2);
    expect((document.getElementById('tf1') as HTMLInputElement).value).toBe('PP-AC-1');
    expect((document.getElementById('tf2') as HTMLInputElement).value).toBe('PP-CT-1');
  });

  it('fills the LCS Add contract form (zh-CN labels)', async () => {
    const cloud = contractView({ benefit: 'cloud', accessId: 'LCS-AC-1', contractId: 'LCS-CT-1' });
    h = harness({ contracts: [cloud] });
    await h.start(powerPlatformLcsFill, 'https://lcs.dynamics.com/v2/SupportPlans');
    document.body.innerHTML =
      '<form><label>访问 ID <input name="a"></label><label>合同 ID <input name="b"></label></form>';
    await waitFor(() => document.querySelectorAll(`[${FILLED_ATTR}]`).length === 2);
    expect((document.querySelector('[name=b]') as HTMLInputElement).value).toBe('LCS-CT-1');
  });
});
