/**
 * A tiny MV3 extension used only to test the harness itself: its content script marks
 * every portal frame it runs in, and its service worker fetches whatever URL it is told
 * to, so the test can prove that routing reaches iframes and content scripts, and that
 * the network recorder sees the service worker's requests.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const matches = [
  'https://partner.microsoft.com/*',
  'https://portal.azure.com/*',
  'https://*.reactblade.portal.azure.net/*',
  'https://support.serviceshub.microsoft.com/*',
  'https://admin.powerplatform.microsoft.com/*',
];

export function writeProbeExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'supportlink-probe-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'e2e probe',
      version: '1.0.0',
      background: { service_worker: 'sw.js' },
      host_permissions: [...matches, 'http://127.0.0.1/*'],
      content_scripts: [{ matches, js: ['cs.js'], all_frames: true, run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'cs.js'), `document.documentElement.dataset.probe = 'injected:' + location.host;`);
  writeFileSync(
    join(dir, 'sw.js'),
    `self.probeFetch = async (url) => {
       try { const r = await fetch(url); return 'status ' + r.status; } catch (e) { return 'error ' + e.message; }
     };`,
  );
  return dir;
}
