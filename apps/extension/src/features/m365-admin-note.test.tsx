// @vitest-environment happy-dom
import { guidance } from '@supportlink/rules';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, harness, hosts, uiText, waitFor } from '../__fixtures__/harness';
import { m365AdminNote } from './m365-admin-note';

let h: Harness | null = null;
afterEach(() => {
  h?.stop();
  h = null;
});

describe('m365-admin-note', () => {
  it('says on the support pages that a pair cannot be linked there and where to go', async () => {
    h = harness({ locale: 'zh-CN' });
    await h.start(m365AdminNote, 'https://admin.microsoft.com/Adminportal/Home#/support');
    const host = await waitFor(() => hosts('m365-admin-note')[0]);
    await waitFor(() => uiText(host).includes(guidance('page:m365-admin-support', 'zh-CN').title));
    expect(host.hasAttribute('data-floating')).toBe(true);
    const close = host.shadowRoot!.querySelector('button')!;
    expect(close.textContent).toBe('不再显示');
    close.click();
    await waitFor(() => h!.calls.some((c) => c.type === 'settings:set'));
  });

  it('matches the support pages only', () => {
    expect(
      m365AdminNote.matches('m365-admin-support', new URL('https://admin.microsoft.com/#/support')),
    ).toBe(true);
    expect(m365AdminNote.matches(null, new URL('https://admin.microsoft.com/#/users'))).toBe(false);
  });
});
