import nodemailer from 'nodemailer';
import type { EmailConfig } from './channels.js';
import type { SendResult } from './webhook.js';

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
}

function describeError(err: SmtpError): SendResult {
  // Server replies can echo addresses or user names: report codes, not messages.
  if (err.responseCode) {
    return {
      ok: false,
      detail: `SMTP ${err.responseCode}${err.code === 'EAUTH' ? ' (authentication failed)' : ''}`,
      retryable: err.responseCode < 500,
    };
  }
  switch (err.code) {
    case 'EAUTH':
      return { ok: false, detail: 'SMTP authentication failed', retryable: false };
    case 'ETIMEDOUT':
      return { ok: false, detail: 'SMTP timeout', retryable: true };
    case 'ESOCKET':
    case 'ECONNECTION':
      return { ok: false, detail: 'SMTP connection failed', retryable: true };
    case 'ETLS':
      return { ok: false, detail: 'SMTP TLS failed', retryable: true };
    default:
      return { ok: false, detail: `SMTP error${err.code ? ` (${err.code})` : ''}`, retryable: true };
  }
}

/**
 * Sends one e-mail over SMTP with nodemailer. `tls` is implicit TLS (usually port 465), `starttls`
 * requires the upgrade (587), `none` never upgrades (a relay on a trusted network only).
 */
export async function sendEmail(
  config: EmailConfig,
  password: string | null,
  message: EmailMessage,
  deliveryId: string,
): Promise<SendResult> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ignoreTLS: config.security === 'none',
    auth: config.username ? { user: config.username, pass: password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail({
      from: config.from,
      to: config.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<${deliveryId}@supportlink.invalid>`,
      headers: { 'X-SupportLink-Delivery': deliveryId },
    });
    const code = /^(\d{3})/.exec(info.response ?? '')?.[1];
    return { ok: true, detail: `SMTP ${code ?? '250'}`, retryable: false };
  } catch (err) {
    return describeError(err as SmtpError);
  } finally {
    transport.close();
  }
}
