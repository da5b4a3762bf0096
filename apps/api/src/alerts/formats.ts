import { alertLabels } from '@supportlink/rules';
import type { WebhookFormat } from './channels.js';
import type { AlertMessage } from './payload.js';

// Bodies per channel kind. Inputs are AlertMessages, which never hold an Access ID or Contract ID.

const isAbsolute = (link: string) => /^https?:\/\//.test(link);

/** Name/value lines shown under the text (remaining, end date, forecast). */
export function factLines(m: AlertMessage): { name: string; value: string }[] {
  const f = m.facts;
  if (!f) return [];
  const l = alertLabels(m.locale);
  const lines = [
    {
      name: l.remaining,
      value: f.remaining === 'unlimited' ? l.unlimited : `${f.remaining} / ${f.allotment}`,
    },
    { name: l.ends, value: f.endDate },
  ];
  if (f.daysToExpiry >= 0) lines.push({ name: l.daysLeft, value: String(f.daysToExpiry) });
  if (f.runsOutOn) lines.push({ name: l.forecast, value: l.runsOutAround(f.runsOutOn) });
  else if (f.unusedAtExpiry !== null && f.unusedAtExpiry > 0 && f.daysToExpiry >= 0)
    lines.push({ name: l.forecast, value: l.unusedAtExpiry(f.unusedAtExpiry) });
  return lines;
}

export function genericBody(m: AlertMessage, deliveryId: string, test: boolean) {
  return { type: 'supportlink.alert', version: 1, deliveryId, test, alert: m };
}

/**
 * An Adaptive Card in the message envelope that Teams incoming webhooks and Workflows accept
 * (MicrosoftDocs/msteams-docs, "Send adaptive cards using an incoming webhook").
 */
export function teamsBody(m: AlertMessage) {
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: m.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: m.text, wrap: true },
      ...(m.facts
        ? [{ type: 'FactSet', facts: factLines(m).map((f) => ({ title: f.name, value: f.value })) }]
        : []),
    ],
    actions: isAbsolute(m.link)
      ? [{ type: 'Action.OpenUrl', title: alertLabels(m.locale).open, url: m.link }]
      : [],
  };
  return {
    type: 'message',
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
    ],
  };
}

/** Slack mrkdwn treats &, < and > as control characters. */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function slackBody(m: AlertMessage) {
  const facts = factLines(m);
  return {
    text: m.title,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.title.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: slackEscape(m.text) } },
      ...(facts.length
        ? [
            {
              type: 'section',
              fields: facts.map((f) => ({
                type: 'mrkdwn',
                text: `*${slackEscape(f.name)}*\n${slackEscape(f.value)}`,
              })),
            },
          ]
        : []),
      ...(isAbsolute(m.link)
        ? [
            {
              type: 'actions',
              elements: [
                {
                  type: 'button',
                  text: { type: 'plain_text', text: alertLabels(m.locale).open },
                  url: m.link,
                },
              ],
            },
          ]
        : []),
    ],
  };
}

export function webhookBody(
  format: WebhookFormat,
  m: AlertMessage,
  deliveryId: string,
  test: boolean,
): unknown {
  switch (format) {
    case 'teams':
      return teamsBody(m);
    case 'slack':
      return slackBody(m);
    default:
      return genericBody(m, deliveryId, test);
  }
}

const htmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function emailBody(m: AlertMessage) {
  const facts = factLines(m);
  const l = alertLabels(m.locale);
  const text = [m.text, '', ...facts.map((f) => `${f.name}: ${f.value}`), '', `${l.open}: ${m.link}`].join(
    '\n',
  );
  const html = [
    `<p>${htmlEscape(m.text)}</p>`,
    facts.length
      ? `<table>${facts.map((f) => `<tr><th align="left">${htmlEscape(f.name)}</th><td>${htmlEscape(f.value)}</td></tr>`).join('')}</table>`
      : '',
    isAbsolute(m.link) ? `<p><a href="${htmlEscape(m.link)}">${htmlEscape(l.open)}</a></p>` : '',
  ].join('\n');
  return { subject: m.title, text, html };
}
