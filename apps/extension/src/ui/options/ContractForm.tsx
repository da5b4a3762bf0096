import {
  allotmentFact,
  type Benefit,
  type CompetencyCategory,
  type OfferId,
  type RulesetId,
  rulesetForDate,
} from '@supportlink/rules';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../i18n';
import type { ContractView, MessagePayload } from '../../messaging/protocol';
import { benefitName, OFFERS, offerName } from '../shared/format';

type Input = MessagePayload<'contracts:upsert'>;

const RULESETS: RulesetId[] = ['mpn-2021', 'ai-cloud-partner-2023', 'ai-cloud-partner-2026'];

type Problem = { key: MessageKey; params?: Record<string, string> };

interface Draft {
  accessId: string;
  contractId: string;
  benefit: Benefit;
  offer: OfferId;
  startDate: string;
  endDate: string;
  label: string;
  ruleset: RulesetId | 'auto';
  competency: CompetencyCategory | '';
  allotment: string;
}

/** The problems the form shows beside itself, worded at render time. */
interface FormProblems {
  keys: Problem[];
  raw: string[];
}

function draftOf(c: ContractView | null): Draft {
  return {
    accessId: c?.accessId ?? '',
    contractId: c?.contractId ?? '',
    benefit: c?.benefit ?? 'cloud',
    offer: c?.offer ?? 'solutions-partner',
    startDate: c?.startDate ?? '',
    endDate: c?.endDate ?? '',
    label: c?.label ?? '',
    ruleset: c?.ruleset ?? 'auto',
    competency: c?.competency ?? '',
    allotment:
      c?.allotmentOverride === null || c?.allotmentOverride === undefined ? '' : String(c.allotmentOverride),
  };
}

/** The ruleset the contract will follow: the one chosen, or the rules' automatic choice. */
function effectiveRuleset(d: Draft): RulesetId | null {
  if (d.ruleset !== 'auto') return d.ruleset;
  return /^\d{4}-\d{2}-\d{2}$/.test(d.startDate) ? rulesetForDate(d.startDate) : null;
}

export function validate(d: Draft): { input: Omit<Input, 'id'> | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const required: [keyof Draft, MessageKey][] = [
    ['accessId', 'form.accessId'],
    ['contractId', 'form.contractId'],
    ['startDate', 'form.startDate'],
    ['endDate', 'form.endDate'],
  ];
  for (const [field, label] of required) {
    if (!String(d[field]).trim()) problems.push({ key: 'form.required', params: { field: label } });
  }
  if (d.startDate && d.endDate && d.endDate < d.startDate) problems.push({ key: 'form.dateOrder' });
  let allotment: Input['allotmentOverride'] = null as Input['allotmentOverride'];
  const raw = d.allotment.trim().toLowerCase();
  if (raw === 'unlimited') allotment = 'unlimited';
  else if (raw !== '') {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 0) allotment = n;
    else problems.push({ key: 'form.allotmentInvalid' });
  }
  const ruleset = effectiveRuleset(d);
  if (problems.length || !ruleset) return { input: null, problems };
  return {
    problems,
    input: {
      accessId: d.accessId.trim(),
      contractId: d.contractId.trim(),
      benefit: d.benefit,
      offer: d.offer,
      startDate: d.startDate,
      endDate: d.endDate,
      label: d.label.trim() || null,
      ruleset,
      competency: d.competency === '' ? null : d.competency,
      allotmentOverride: allotment,
    },
  };
}

/** What the programme gives this draft, from the rules (null until the start date is known). */
function included(d: Draft) {
  const ruleset = effectiveRuleset(d);
  if (!ruleset) return null;
  return allotmentFact({
    ruleset,
    offer: d.offer,
    benefit: d.benefit,
    competency: d.competency === '' ? null : d.competency,
  });
}

function problemText(p: Problem): string {
  const params = p.params?.field ? { field: t(p.params.field as MessageKey) } : p.params;
  return t(p.key, params);
}

/** A labelled choice with a short help text read out with it. */
function HelpedSelect(props: {
  id: string;
  label: string;
  help: string;
  value: string;
  onChange: (e: Event) => void;
  options: [string, string][];
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <div class="field">
        <select
          id={props.id}
          value={props.value}
          onChange={props.onChange}
          aria-describedby={`${props.id}-help`}
        >
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <p id={`${props.id}-help`} class="hint">
          {props.help}
        </p>
      </div>
    </>
  );
}

export function ContractForm({
  editing,
  onSave,
  onCancel,
}: {
  editing: ContractView | null;
  onSave: (input: Input) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing));
  const [message, setMessage] = useState<FormProblems | null>(null);
  const [confirmNotIncluded, setConfirmNotIncluded] = useState(false);
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const focusMessage = useRef(false);

  useEffect(() => {
    if (message && focusMessage.current) {
      focusMessage.current = false;
      messageRef.current?.focus();
    }
  }, [message]);

  const say = (next: FormProblems | null) => {
    focusMessage.current = true;
    setMessage(next);
  };

  const set =
    <K extends keyof Draft>(key: K) =>
    (e: Event) => {
      setConfirmNotIncluded(false);
      setDraft((d) => ({ ...d, [key]: (e.currentTarget as HTMLInputElement).value as Draft[K] }));
    };

  const fact = included(draft);
  const overridden = draft.allotment.trim() !== '';
  const notIncluded = !overridden && fact?.value === 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    const { input, problems } = validate(draft);
    if (!input) {
      say({ keys: problems, raw: [] });
      return;
    }
    if (notIncluded && !confirmNotIncluded) {
      setConfirmNotIncluded(true);
      return;
    }
    setBusy(true);
    try {
      await onSave({ ...input, id: editing?.id ?? crypto.randomUUID() });
      if (!editing) setDraft(draftOf(null));
      setConfirmNotIncluded(false);
      setMessage(null);
    } catch (error) {
      say({ keys: [], raw: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(false);
    }
  };

  const title = editing ? t('contracts.editing') : t('contracts.add');
  const benefit = benefitName(draft.benefit).toLowerCase();
  return (
    <form class="contract-form" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      <div class="grid">
        <label for="f-access-id">{t('form.accessId')}</label>
        <input
          id="f-access-id"
          value={draft.accessId}
          onInput={set('accessId')}
          autocomplete="off"
          spellcheck={false}
          required
        />
        <label for="f-contract-id">{t('form.contractId')}</label>
        <input
          id="f-contract-id"
          value={draft.contractId}
          onInput={set('contractId')}
          autocomplete="off"
          spellcheck={false}
          required
        />
        <label for="f-benefit">{t('form.benefit')}</label>
        <select id="f-benefit" value={draft.benefit} onChange={set('benefit')}>
          <option value="cloud">{t('benefit.cloud')}</option>
          <option value="on-premises">{t('benefit.on-premises')}</option>
        </select>
        <label for="f-offer">{t('form.offer')}</label>
        <div class="field">
          <select id="f-offer" value={draft.offer} onChange={set('offer')} aria-describedby="f-includes">
            {OFFERS.map((o) => (
              <option key={o} value={o}>
                {offerName(o)}
              </option>
            ))}
          </select>
          <p id="f-includes" class={`hint${notIncluded ? ' warn' : ''}`} data-testid="includes">
            {fact && !overridden
              ? `${t('form.includes', {
                  count:
                    fact.value === 'unlimited'
                      ? t('form.includesUnlimited', { benefit })
                      : t('form.includesCount', { count: String(fact.value), benefit }),
                })}${fact.provenance.confidence === 'unverified' ? ` ${t('form.includesUnverified')}` : ''}`
              : ''}
          </p>
        </div>
        <label for="f-start">{t('form.startDate')}</label>
        <input id="f-start" type="date" value={draft.startDate} onInput={set('startDate')} required />
        <label for="f-end">{t('form.endDate')}</label>
        <input id="f-end" type="date" value={draft.endDate} onInput={set('endDate')} required />
        <label for="f-label">{t('form.label')}</label>
        <input id="f-label" value={draft.label} onInput={set('label')} />
        <HelpedSelect
          id="f-ruleset"
          label={t('form.ruleset')}
          help={t('form.help.ruleset')}
          value={draft.ruleset}
          onChange={set('ruleset')}
          options={[
            ['auto', t('ruleset.auto')],
            ...RULESETS.map((r): [string, string] => [r, t(`ruleset.${r}` as MessageKey)]),
          ]}
        />
        <HelpedSelect
          id="f-competency"
          label={t('form.competency')}
          help={t('form.help.competency')}
          value={draft.competency}
          onChange={set('competency')}
          options={[
            ['', t('competency.none')],
            ['cloud', t('competency.cloud')],
            ['other', t('competency.other')],
          ]}
        />
        <label for="f-allotment">{t('form.allotment')}</label>
        <div class="field">
          <input
            id="f-allotment"
            value={draft.allotment}
            onInput={set('allotment')}
            inputMode="numeric"
            aria-describedby="f-allotment-help"
          />
          <p id="f-allotment-help" class="hint">
            {t('form.help.allotment')}
          </p>
        </div>
      </div>
      {confirmNotIncluded && (
        <div class="form-warning" role="alert" data-testid="not-included-warning">
          {t('form.warnNotIncluded', { offer: offerName(draft.offer), benefit })}
        </div>
      )}
      <div class="sl-row">
        <button type="submit" class="primary" disabled={busy}>
          {confirmNotIncluded ? t('form.saveAnyway') : t('form.save')}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            {t('contracts.cancel')}
          </button>
        )}
      </div>
      <div ref={messageRef} tabIndex={-1} class="form-message" data-testid="form-message">
        {message && (
          <div role="alert" class="sl-error">
            <p>{t('form.problems')}</p>
            <ul>
              {message.keys.map((p) => (
                <li key={p.key + (p.params?.field ?? '')}>{problemText(p)}</li>
              ))}
              {message.raw.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}
