// @vitest-environment happy-dom
import { it } from 'vitest';
import { contractView, harness, sleep } from '../__fixtures__/harness';
import { servicesHub } from './serviceshub';
it('dbg', async () => {
  const c = contractView({ benefit: 'on-premises', accessId: 'ONPREM-AC-1', contractId: 'ONPREM-CT-1' });
  const h = harness({ contracts: [contractView({ benefit: 'cloud' }), c] });
  await h.start(servicesHub, 'https://engagecenter.microsoft.com/#view/Microsoft_AzureCXP_EngageHub/EngageHubMenu.MenuView/~/helpSupport');
  document.body.innerHTML = '<div role="dialog" aria-label="Add contract"><label for="a">Access ID</label><input id="a"><label for="b">Contract ID</label><input id="b"><button>Add</button></div>';
  await sleep(300);
  console.log('XX', JSON.stringify(h.calls.map(c=>c.type)), h.logs, document.body.innerHTML.slice(0,400), c.state);
});
