/**
 * A recording HTTP proxy that forwards nothing. Chromium is started with
 * `--proxy-server` pointing here, so any request that Playwright's routing did not
 * fulfil (for instance one made by a context Playwright cannot intercept) lands here,
 * is recorded and refused. Loopback (the API) bypasses proxies in Chromium.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** `host:port` of every CONNECT and the URL of every plain request seen. */
  seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the SupportLink e2e harness');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, socket) => {
    seen.push(req.url ?? '?');
    // Node hands a CONNECT socket over without its error listener; the browser resetting a refused
    // tunnel (ECONNRESET) is expected and must not become an uncaught exception in the test run.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
