/** The alert routes (/v1/alerts/*) as the dashboard reads them; admins and owners only. */
import type { AlertConditionId, UiLocale } from '@supportlink/rules';
import type { ApiClient } from './client';

export type Confidence = 'low' | 'medium' | 'high';
export const WEBHOOK_FORMATS = ['generic', 'teams', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];

export interface AlertSettings {
  enabled: boolean;
  locale: UiLocale;
  dashboardUrl: string | null;
  expiryDays: number[];
  remainingAtMost: number;
  forecastMinConfidence: Confidence;
  conditions: Record<AlertConditionId, boolean>;
  updatedAt: string | null;
}

export interface AlertChannel {
  id: string;
  name: string;
  kind: 'webhook' | 'email';
  enabled: boolean;
  webhook: { format: WebhookFormat; urlHint: string } | null;
  email: {
    to: string[];
    from: string;
    host: string;
    port: number;
    security: SmtpSecurity;
    username: string | null;
    passwordSet: boolean;
  } | null;
  createdAt: string;
  updatedAt: string;
  lastDelivery: { at: string; status: 'delivered' | 'failed' } | null;
}

export type NewChannel =
  | { kind: 'webhook'; name: string; format: WebhookFormat; url: string }
  | {
      kind: 'email';
      name: string;
      to: string[];
      from: string;
      host: string;
      port: number;
      security: SmtpSecurity;
      username: string | null;
      password: string | null;
    };

export interface TestResult {
  ok: boolean;
  status: 'delivered' | 'failed';
  detail: string;
  durationMs: number;
}

export interface Delivery {
  id: string;
  at: string;
  channelId: string;
  channelName: string | null;
  alertId: string | null;
  test: boolean;
  attempt: number;
  status: 'delivered' | 'failed';
  detail: string;
  durationMs: number;
  nextAttemptAt: string | null;
  gaveUp: boolean;
}

export interface DeliveryPage {
  deliveries: Delivery[];
  next: string | null;
}

export interface FiredAlert {
  id: string;
  condition: AlertConditionId;
  contractId: string;
  firedAt: string;
  clearedAt: string | null;
  active: boolean;
  title: string;
  text: string;
  link: string;
  deliveries: { pending: number; delivered: number; failed: number };
}

const enc = encodeURIComponent;

export function alertsApi(api: ApiClient) {
  return {
    settings: () => api.request<AlertSettings>('GET', '/v1/alerts/settings'),
    saveSettings: (s: Omit<AlertSettings, 'updatedAt'>) =>
      api.request<AlertSettings>('PUT', '/v1/alerts/settings', s),
    channels: async () =>
      (await api.request<{ channels: AlertChannel[] }>('GET', '/v1/alerts/channels')).channels,
    createChannel: (c: NewChannel) => api.request<AlertChannel>('POST', '/v1/alerts/channels', c),
    setEnabled: (id: string, enabled: boolean) =>
      api.request<AlertChannel>('PATCH', `/v1/alerts/channels/${enc(id)}`, { enabled }),
    removeChannel: (id: string) => api.request<void>('DELETE', `/v1/alerts/channels/${enc(id)}`),
    test: (id: string) => api.request<TestResult>('POST', `/v1/alerts/channels/${enc(id)}/test`),
    fired: (opts: { active?: boolean; limit?: number } = {}) => {
      const q = new URLSearchParams({ limit: String(opts.limit ?? 50) });
      if (opts.active !== undefined) q.set('active', String(opts.active));
      return api.request<{ alerts: FiredAlert[]; next: string | null }>('GET', `/v1/alerts?${q}`);
    },
    evaluate: () =>
      api.request<{ fired: number; cleared: number; skipped: number }>('POST', '/v1/alerts/evaluate'),
    deliveries: (before?: string | null) =>
      api.request<DeliveryPage>('GET', `/v1/alerts/deliveries${before ? `?before=${enc(before)}` : ''}`),
  };
}
export type AlertsApi = ReturnType<typeof alertsApi>;
