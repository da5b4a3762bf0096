import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

export interface SendResult {
  ok: boolean;
  /** Short, safe to show and log: never the URL, a password or a response body. */
  detail: string;
  /** False when retrying cannot help (e.g. 404 from the receiver, authentication refused). */
  retryable: boolean;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4096;

function agentsFor(allowPrivate: boolean) {
  // The agents check every address DNS returns, at connection time (so rebinding cannot slip past).
  const options = { allowPrivateIPAddress: allowPrivate, allowMetaIPAddress: false, keepAlive: false };
  return { http: new RequestFilteringHttpAgent(options), https: new RequestFilteringHttpsAgent(options) };
}

const agents = { public: agentsFor(false), private: agentsFor(true) };

function describeError(err: NodeJS.ErrnoException): SendResult {
  const message = err.message ?? '';
  if (/is not allowed/.test(message)) {
    return { ok: false, detail: 'address not allowed (private or loopback)', retryable: false };
  }
  switch (err.code) {
    case 'ECONNREFUSED':
      return { ok: false, detail: 'connection refused', retryable: true };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { ok: false, detail: 'host name not found', retryable: true };
    case 'ECONNRESET':
      return { ok: false, detail: 'connection reset', retryable: true };
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return { ok: false, detail: `TLS certificate not trusted (${err.code})`, retryable: true };
    default:
      return { ok: false, detail: `network error${err.code ? ` (${err.code})` : ''}`, retryable: true };
  }
}

/**
 * POSTs JSON to a webhook. No redirects are followed (a 3xx is a failure), the whole exchange is
 * bounded by a timeout, and only http(s) targets outside private address space are reached unless
 * `allowPrivate`. Teams answers some throttling with 200 and an error text; that counts as a failure.
 */
export function postWebhook(
  url: string,
  body: unknown,
  opts: { deliveryId: string; allowPrivate: boolean; timeoutMs?: number },
): Promise<SendResult> {
  const timeoutMs = opts.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const target = new URL(url);
  if (!/^https?:$/.test(target.protocol)) {
    return Promise.resolve({ ok: false, detail: 'only http and https webhooks', retryable: false });
  }
  const secure = target.protocol === 'https:';
  const agent = (opts.allowPrivate ? agents.private : agents.public)[secure ? 'https' : 'http'];
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = (secure ? https : http).request(target, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(payload.length),
        'user-agent': 'SupportLink-Alerts/1',
        'idempotency-key': opts.deliveryId,
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ok: false, detail: `timeout after ${timeoutMs / 1000} s`, retryable: true });
    }, timeoutMs);
    req.on('error', (err) => finish(describeError(err)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        if (size < MAX_RESPONSE_BYTES) chunks.push(c);
        size += c.length;
      });
      res.on('error', (err) => finish(describeError(err)));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        if (status >= 200 && status < 300) {
          if (/returned HTTP error 429/.test(text)) {
            finish({ ok: false, detail: `HTTP ${status} (throttled by Teams)`, retryable: true });
          } else finish({ ok: true, detail: `HTTP ${status}`, retryable: false });
        } else if (status >= 300 && status < 400) {
          finish({ ok: false, detail: `HTTP ${status} (redirects are not followed)`, retryable: false });
        } else {
          const retryable = status >= 500 || status === 408 || status === 425 || status === 429;
          finish({ ok: false, detail: `HTTP ${status}`, retryable });
        }
      });
    });
    req.end(payload);
  });
}
