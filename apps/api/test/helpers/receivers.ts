import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  headers: http.IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: bodies are inspected loosely
  body: any;
  raw: string;
}

/**
 * A webhook receiver on loopback (port 0). `plan` answers each request in turn (status codes; the
 * last one repeats): e.g. [500, 500, 200] fails twice, then succeeds. 'hang' never answers.
 */
export async function webhookReceiver(plan: (number | 'hang' | 'redirect')[] = [200]) {
  const received: Received[] = [];
  const hung: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = JSON.parse(raw);
      } catch {
        body = null;
      }
      received.push({ headers: req.headers, body, raw });
      const step = plan[Math.min(received.length - 1, plan.length - 1)] ?? 200;
      if (step === 'hang') {
        hung.push(res);
        return;
      }
      if (step === 'redirect') {
        res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
        return;
      }
      res.writeHead(step, { 'content-type': 'text/plain' }).end(step < 300 ? 'ok' : 'nope');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook/secret-path-token-1234`,
    port,
    received,
    close: async () => {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A real SMTP server on loopback (smtp-server), requiring AUTH with the given credentials. */
export async function smtpReceiver(credentials = { username: 'alerts', password: 'smtp-pass-9f2c' }) {
  const mails: ParsedMail[] = [];
  const rawMails: string[] = [];
  const auths: string[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, cb) {
      auths.push(auth.username ?? '');
      if (auth.username === credentials.username && auth.password === credentials.password) {
        cb(null, { user: auth.username });
      } else cb(new Error('Invalid username or password'));
    },
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        rawMails.push(raw.toString('utf8'));
        mails.push(await simpleParser(raw));
        cb();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    rawMails,
    auths,
    credentials,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
