import { describe, expect, it } from 'vitest';
import {
  diagnose,
  GUIDANCE_KEYS,
  GUIDANCE_LOCALES,
  guidance,
  hasGuidance,
  MESSAGE_INFO,
  PAGE_IDS,
  toUiLocale,
} from '../src/index.js';
import type { GuidanceKey, MessageId } from '../src/types.js';

const MESSAGE_IDS = Object.keys(MESSAGE_INFO) as MessageId[];
const REQUIRED: GuidanceKey[] = [
  ...MESSAGE_IDS,
  'scenario:already-linked',
  'scenario:expired-or-exhausted',
  'scenario:no-cloud-benefit',
  'scenario:unknown',
  'page:azure-support-plans',
  'page:m365-admin-support',
  'page:serviceshub-support-for-business',
  'page:power-platform-support',
  'page:partner-center-technical-benefits',
];
const CJK = /[\u4e00-\u9fff]/;

describe('guidance: complete in every shipped locale', () => {
  it('has every message id, every scenario and the pages with in-page help', () => {
    for (const key of REQUIRED) expect(GUIDANCE_KEYS, key).toContain(key);
  });

  it.each(GUIDANCE_LOCALES.flatMap((locale) => GUIDANCE_KEYS.map((key) => [locale, key] as const)))(
    '%s: %s',
    (locale, key) => {
      const g = guidance(key, locale);
      expect(g.key).toBe(key);
      expect(g.locale).toBe(locale);
      expect(g.title.length).toBeGreaterThan(5);
      expect(g.body.length).toBeGreaterThan(40);
      expect(g.steps.length).toBeGreaterThan(0);
      for (const step of g.steps) expect(step.length).toBeGreaterThan(5);
      expect(g.links.length).toBeGreaterThan(0);
      for (const link of g.links) {
        expect(link.url).toMatch(/^https:\/\//);
        expect(link.label.length).toBeGreaterThan(1);
      }
      // zh-CN must really be Chinese, not English copied over.
      expect(CJK.test(g.title + g.body)).toBe(locale === 'zh-CN');
    },
  );

  it('has the same links and the same unverified marks in both locales', () => {
    for (const key of GUIDANCE_KEYS) {
      const en = guidance(key, 'en');
      const zh = guidance(key, 'zh-CN');
      expect(
        zh.links.map((l) => l.url),
        key,
      ).toEqual(en.links.map((l) => l.url));
      expect(zh.unverified, key).toBe(en.unverified);
    }
  });
});

describe('guidance: content from the seed', () => {
  it('already-linked: ignore the error, "+ Support request", the plan is offered (seed: scenario 1)', () => {
    const g = guidance('scenario:already-linked', 'en');
    expect(g.steps.join(' ')).toContain('+ Support request');
    expect(g.body).toMatch(/one link is enough/i);
    expect(g.links.map((l) => l.url)).toContain(
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    );
    expect(guidance('scenario:already-linked', 'zh-CN').steps.join('')).toContain('+ 支持请求');
  });

  it('expired-or-exhausted: buy a new plan, partner support plan links (seed: scenario 2)', () => {
    const g = guidance('scenario:expired-or-exhausted', 'en');
    expect(g.steps.join(' ')).toMatch(/buy a new support plan/i);
    expect(g.links.map((l) => l.url)).toContain('https://partner.microsoft.com/support/partnersupport');
  });

  it('no-cloud-benefit: Action Pack only on-premises, CSP plan and Admin agent (seed)', () => {
    const g = guidance('scenario:no-cloud-benefit', 'en');
    expect(g.body).toMatch(/Action Pack includes only on-premises support/);
    expect(g.steps.join(' ')).toMatch(/Cloud Solution Provider.*Admin agent/);
  });

  it('says where remaining counts can be seen (seed: Services Hub step 2; PROGRAM-2026.md [L25])', () => {
    const g = guidance('page:serviceshub-support-for-business', 'en');
    expect(g.steps.join(' ')).toMatch(/Step 2.*remaining incidents/);
    expect(guidance('plan-expired-or-exhausted', 'en').steps[0]).toMatch(/Partner Center.*June 2025/);
  });

  it('Support plans help: plan kinds, Action Pack, CSP plan, Admin agent path, where counts show (seed; [L25])', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const g = guidance('page:azure-support-plans', locale);
      expect(g.body).toMatch(/Action Pack/);
      expect(g.links.map((l) => l.url)).toContain('https://partner.microsoft.com/commerce/customers/list');
    }
    const en = guidance('page:azure-support-plans', 'en');
    expect(en.body).toMatch(/no cloud support/);
    expect(en.body).toMatch(/Cloud Solution Provider/);
    expect(en.body).toMatch(/Services Hub.*Partner Center/);
    expect(en.steps.join(' ')).toMatch(/Admin agent.*Service management.*New request/);
  });

  it('Support plans help also comes in short sections (now, incidents left, plan kinds, CSP) saying what the body says', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const g = guidance('page:azure-support-plans', locale);
      expect(g.sections?.map((s) => s.id)).toEqual(['now', 'remaining', 'plan-kinds', 'csp']);
      for (const s of g.sections ?? []) {
        expect(s.heading.length).toBeGreaterThan(1);
        expect(s.points.length).toBeGreaterThan(0);
        // short enough to scan: no point is a paragraph
        for (const p of s.points) expect(p.length).toBeLessThan(locale === 'en' ? 130 : 70);
      }
      const urls = (g.sections ?? []).flatMap((s) => s.links.map((l) => l.url));
      expect(new Set(urls)).toEqual(new Set(g.links.map((l) => l.url)));
    }
    const en = guidance('page:azure-support-plans', 'en').sections ?? [];
    const text = (id: string) => en.find((s) => s.id === id)?.points.join(' ') ?? '';
    expect(text('now')).toMatch(/Link support benefits.*\+ Support request/);
    expect(text('plan-kinds')).toMatch(/Action Pack: no cloud support/);
    expect(text('remaining')).toMatch(/Services Hub.*Partner Center/);
    expect(text('csp')).toMatch(/Cloud Solution Provider.*Admin agents.*New request/);
    const copy = guidance('page:azure-support-plans', 'en');
    copy.sections?.[0]?.points.push('x');
    expect(guidance('page:azure-support-plans', 'en').sections?.[0]?.points).not.toContain('x');
  });

  it('marks guidance resting on unverified facts (PROGRAM-2026.md [D26]: Engage Center)', () => {
    expect(guidance('page:engagecenter-help-support', 'en').unverified).toBe(true);
    expect(guidance('scenario:already-linked', 'en').unverified).toBe(false);
  });

  it('has a card for every diagnosis', () => {
    for (const context of [{}, { offer: 'action-pack' as const }, { contractState: 'expired' as const }]) {
      expect(guidance(diagnose('access-id-already-associated', context).guidanceKey, 'en').title).toMatch(
        /\S/,
      );
    }
  });
});

describe('guidance: locales and keys', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_SG', 'zh-CN'],
    ['de-DE', 'en'],
    ['zh-TW', 'en'],
    [null, 'en'],
  ] as const)('%s falls back to %s', (tag, locale) => {
    expect(toUiLocale(tag)).toBe(locale);
    expect(guidance('no-benefits-yet', tag).locale).toBe(locale);
  });

  it('defaults to English', () => {
    expect(guidance('no-benefits-yet').locale).toBe('en');
  });

  it('covers every page id (the reactblade frame shares the support plans card)', () => {
    for (const page of PAGE_IDS) expect(guidance(`page:${page}`, 'en').title).toMatch(/\S/);
    expect(guidance('page:azure-reactblade', 'en').title).toBe(
      guidance('page:azure-support-plans', 'en').title,
    );
    expect(hasGuidance('page:azure-reactblade')).toBe(false);
  });

  it('returns copies callers may change', () => {
    const g = guidance('no-benefits-yet', 'en');
    g.steps.push('x');
    g.links[0]!.url = 'changed';
    expect(guidance('no-benefits-yet', 'en').steps).not.toContain('x');
    expect(guidance('no-benefits-yet', 'en').links[0]!.url).not.toBe('changed');
  });

  it('throws for strings that are not guidance keys', () => {
    expect(() => guidance('nope' as GuidanceKey, 'en')).toThrow(RangeError);
  });
});

describe('guidance: facts brought up to date (PROGRAM-2026.md "Found later", rules README facts table)', () => {
  it('quotes the English source of the CSP-only message, not the back-translation', () => {
    const en = guidance('not-authorized-csp-only', 'en');
    expect(en.body).toContain('You are not authorized for this action');
    expect(en.body).toContain('program-associated account');
    expect(en.body).not.toContain("don't have permission");
    expect(guidance('not-authorized-csp-only', 'zh-CN').body).toContain(
      'You are not authorized for this action',
    );
  });

  it('Azure needs the contract linked by hand since July 2024 (azure-docs PR 119384)', () => {
    expect(guidance('page:azure-help-support', 'en').body).toMatch(/July 2024.*by hand/);
    expect(guidance('page:azure-support-plans', 'en').body).toMatch(/July 2024/);
    expect(guidance('page:azure-help-support', 'zh-CN').body).toContain('2024 年 7 月');
  });

  it('Services Hub: Windows 11, "Types of support", invalid plans under "Do you need to purchase…" (SH25)', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const g = guidance('page:serviceshub-support-for-business', locale);
      expect(g.steps.join(' ')).toContain('Windows 11');
    }
    const en = guidance('page:serviceshub-support-for-business', 'en').steps.join(' ');
    expect(en).toContain('"Types of support"');
    expect(en).toMatch(
      /Do you need to purchase or add more support plans\?.*cannot be used for support of the specified product\(s\)/,
    );
    expect(guidance('plan-not-for-product', 'en').body).toContain(
      'Support plan cannot be used for support of the specified product(s)',
    );
  });

  it('Power Platform: panel, Password, Save, up to an hour, agent chat (PP26)', () => {
    const en = guidance('page:power-platform-support', 'en');
    expect(en.body).toMatch(
      /View existing plans.*Add a new plan.*Password.*Save.*up to an hour.*Add a new support contract/,
    );
    const zh = guidance('page:power-platform-support', 'zh-CN');
    expect(zh.body).toMatch(/密码.*一小时/);
  });
});
