import { launchWithExtension, AZURE_SUPPORT_PLANS } from './harness/suite.js';
import { addContractByHand, openOptions } from './harness/ui.js';
const b = await launchWithExtension({ apiOrigin: null });
const o = await openOptions(b);
await addContractByHand(o, { accessId: '6610442', contractId: 'CLD-7730-1185', benefit: 'Cloud', offer: /solutions partner/i, startDate: '2026-01-01', endDate: '2027-06-30', label: 'L' });
for (const url of [`https://portal.azure.com/${AZURE_SUPPORT_PLANS}`, `https://portal.azure.com/?l=en&linkForm=react${AZURE_SUPPORT_PLANS}`]) {
  const page = await b.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  await page.goto(url);
  await page.waitForTimeout(3000);
  console.log(url, await page.locator('[data-supportlink]').evaluateAll((e) => e.map((x) => x.getAttribute('data-supportlink'))));
  await page.close();
}
await b.close();
