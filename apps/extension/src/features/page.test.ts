import { describe, expect, it } from 'vitest';
import { onAzurePortal, pageOf } from './page';

describe('pageOf', () => {
  it('recognises pages from the URL and Azure portal frames from the portal around them', () => {
    expect(
      pageOf(
        new URL('https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans'),
        null,
      ),
    ).toBe('azure-support-plans');
    const frame = new URL('https://afd-v2.reactblade.portal.azure.net/');
    expect(pageOf(frame, 'https://portal.azure.com')).toBe('azure-reactblade');
    expect(pageOf(frame, 'https://engagecenter.microsoft.com')).toBe('engagecenter-help-support');
    expect(pageOf(frame, null)).toBe('azure-reactblade');
  });

  it('knows the Azure hosts, frames included, and nothing else', () => {
    expect(onAzurePortal(new URL('https://portal.azure.com/'))).toBe(true);
    expect(onAzurePortal(new URL('https://x.reactblade-ms.portal.azure.net/'))).toBe(true);
    for (const host of ['ms.portal.azure.com', 'preview.portal.azure.com', 'entra.microsoft.com'])
      expect(
        onAzurePortal(new URL(`https://${host}/#view/Microsoft_Azure_Support/HelpAndSupportBlade`)),
      ).toBe(true);
    expect(onAzurePortal(new URL('http://portal.azure.com/'))).toBe(false);
    expect(onAzurePortal(new URL('https://engagecenter.microsoft.com/'))).toBe(false);
    expect(onAzurePortal(new URL('https://portal.azure.com.evil.example/'))).toBe(false);
    expect(onAzurePortal(new URL('https://reactblade.portal.azure.net.evil.example/'))).toBe(false);
  });
});
