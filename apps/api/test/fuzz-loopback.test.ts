import { mkdtempSync, rmSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleContract } from './helpers/harness.js';
import { startServer, stop } from './helpers/process.js';

const dir = mkdtempSync(join(tmpdir(), 'slk-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sends raw bytes to the server and returns whatever it answers (or '' if it just closes). */
function raw(port: number, payload: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    let answer = '';
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (d) => {
      answer += d.toString('latin1');
    });
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.write(payload, 'latin1', () => socket.end());
  });
}

describe('bounded fuzz over loopback (real server process)', () => {
  it('malformed HTTP and malformed API requests: no 5xx, the server stays up', async () => {
    const s = await startServer({
      DATABASE_URL: join(dir, 'fuzz.sqlite'),
      RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '100000',
    });
    try {
      const port = Number(new URL(s.base).port);
      const token = /(slk_[A-Za-z0-9_-]{43})/.exec(s.stdout.join('\n'))?.[1] ?? '';
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const created = await fetch(`${s.base}/v1/contracts`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(sampleContract()),
      });
      const contractId = ((await created.json()) as { id: string }).id;

      const garbage = [
        'GET / HTTP/1.1\r\n\r\n',
        'GARBAGE\r\n\r\n',
        'GET /v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \u0000\u0001\r\n\r\n',
        `GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
        'POST /v1/contracts HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n{',
        'POST /v1/contracts HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
        `GET /${'%'.repeat(5000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        'GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n',
        '\r\n\r\n\r\n',
      ];
      for (const payload of garbage) {
        const answer = await raw(port, payload);
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
        expect(status, payload.slice(0, 60)).toBeLessThan(500);
      }

      const paths = [
        '/v1/me',
        '/v1/contracts',
        `/v1/contracts/${contractId}`,
        `/v1/contracts/${contractId}/events`,
        `/v1/contracts/${contractId}/links/azure`,
        '/v1/members',
        '/v1/tokens',
        '/v1/sync?since=-1',
        '/v1/sync?limit=99999',
        '/v1/summary',
        '/v1/contracts/%2e%2e',
        '/v1/../healthz',
      ];
      const bodies = [
        '{',
        '[]',
        'null',
        '{"type":"opened"}',
        JSON.stringify({ ...sampleContract(), extra: 1 }),
        '\u0000',
        '',
      ];
      const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
      const jobs: Promise<number>[] = [];
      let k = 0;
      for (let i = 0; i < 600; i++) {
        const method = methods[i % methods.length] as string;
        const path = paths[(i * 7) % paths.length] as string;
        const body = method === 'GET' ? undefined : bodies[(i * 3) % bodies.length];
        const headers: Record<string, string> =
          i % 4 === 0 ? { authorization: 'Bearer nope' } : { ...auth, 'if-match': i % 3 ? '"1"' : 'junk' };
        jobs.push(
          fetch(`${s.base}${path}`, { method, headers, body }).then(async (r) => {
            await r.arrayBuffer();
            return r.status;
          }),
        );
        if (++k % 50 === 0) {
          const statuses = await Promise.all(jobs.splice(0));
          for (const st of statuses) expect(st).toBeLessThan(500);
        }
      }
      for (const st of await Promise.all(jobs)) expect(st).toBeLessThan(500);
      expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
      expect((await fetch(`${s.base}/v1/me`, { headers: auth })).status).toBe(200);
      expect(s.child.exitCode).toBeNull();
    } finally {
      await stop(s);
    }
  }, 120_000);
});
