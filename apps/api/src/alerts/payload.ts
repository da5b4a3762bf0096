import type { AlertConditionId, AlertFacts } from '@supportlink/rules';

/** What an alert says, computed once when it fires and stored with it. No Access ID, no Contract ID. */
export interface AlertPayload {
  title: string;
  text: string;
  /** Absolute when a public URL is known, else `/#/contracts/<id>`. */
  link: string;
  locale: 'en' | 'zh-CN';
  facts: AlertFacts;
}

/** One alert as channels receive it (and as GET /v1/alerts shows it). */
export interface AlertMessage {
  id: string;
  condition: AlertConditionId | 'test';
  threshold: number | null;
  contractId: string | null;
  memberId: string | null;
  firedAt: string;
  title: string;
  text: string;
  link: string;
  locale: 'en' | 'zh-CN';
  facts: AlertFacts | null;
}

export const dashboardLink = (base: string | null, contractId: string) =>
  `${base ?? ''}/#/contracts/${encodeURIComponent(contractId)}`;
