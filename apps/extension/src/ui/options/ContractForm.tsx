import {
  allotmentFact,
  type Benefit,
  type CompetencyCategory,
  type ContractProblem,
  contractFieldName,
  contractProblemText,
  OFFERS_NEWEST_FIRST,
  type OfferId,
  RULESET_IDS,
  type RulesetId,
  rulesetFor,
  validateContract,
} from '@supportlink/rules';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getLocale, type MessageKey, t } from '../../i18n';
import type { ContractView, MessagePayload } from '../../messaging/protocol';
import { benefitName, offerName } from '../shared/format';

type Input = MessagePayload<'contracts:upsert'>;

/** The problems the form shows beside itself, worded at render time (a language switch rewords them). */
interface FormProblems {
  problems: ContractProblem[];
  raw: string[];
}

/** The form's fields as typed (exported for the cross-path test). */
export interface Draft {
  accessId: string;
  contractId: string;
  benefit: Benefit;
  offer: OfferId;
  startDate: string;
  /** Kept from the capture until the user changes the start date. */
  startDateEstimated: boolean;
  endDate: string;
  label: string;
  ruleset: RulesetId | 'auto';
  competency: CompetencyCategory | '';
  allotment: string;
}

function draftOf(c: ContractView | null): Draft {
  return {
    accessId: c?.accessId ?? '',
    contractId: c?.contractId ?? '',
    benefit: c?.benefit ?? 'cloud',
    offer: c?.offer ?? OFFERS_NEWEST_FIRST[0] ?? 'solutions-partner',
    startDate: c?.startDate ?? '',
    startDateEstimated: c?.startDateEstimated ?? false,
    endDate: c?.endDate ?? '',
    label: c?.label ?? '',
    ruleset: c?.ruleset ?? 'auto',
    competency: c?.competency ?? '',
    allotment:
      c?.allotmentOverride === null || c?.allotmentOverride === undefined ? '' : String(c.allotmentOverride),
  };
}

/** The override as typed: empty → none, "unlimited", a whole number, or the text itself (the rules refuse it). */
function overrideOf(raw: string): unknown {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (text === 'unlimited') return 'unlimited';
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The rules decide: errors stop the save, warnings (no incidents for the benefit) ask first. */
export function validate(d: Draft): {
  input: Omit<Input, 'id'> | null;
  problems: ContractProblem[];
} {
  const checked = validateContract({
    ...d,
    competency: d.competency || null,
    allotmentOverride: overrideOf(d.allotment),
  });
  if (!checked.ok) return { input: null, problems: checked.problems };
  const v = checked.value;
  return {
    problems: checked.problems,
    input: {
      accessId: v.accessId,
      contractId: v.contractId,
      benefit: v.benefit,
      offer: v.offer,
      startDate: v.startDate,
      endDate: v.endDate,
      startDateEstimated: v.startDateEstimated,
      label: d.label.trim() || null,
      ruleset: v.ruleset,
      competency: v.competency,
      allotmentOverride: v.allotmentOverride,
    },
  };
}

/** What the programme gives this draft, from the rules (the ruleset they would choose, or the one chosen). */
function included(d: Draft) {
  const ruleset =
    d.ruleset === 'auto' ? rulesetFor({ offer: d.offer, startDate: d.startDate || null }) : d.ruleset;
  return allotmentFact({
    ruleset,
    offer: d.offer,
    benefit: d.benefit,
    competency: d.competency === '' ? null : d.competency,
  });
}

function problemText(p: ContractProblem): string {
  const locale = getLocale();
  return `${contractFieldName(p.field, locale)}: ${contractProblemText(p, locale)}`;
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
      const value = (e.currentTarget as HTMLInputElement).value as Draft[K];
      // A start date the user sets is no longer an estimate.
      setDraft((d) => ({
        ...d,
        [key]: value,
        ...(key === 'startDate' ? { startDateEstimated: false } : {}),
      }));
    };

  const fact = included(draft);
  const overridden = draft.allotment.trim() !== '';
  const notIncluded = !overridden && fact.value === 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    const { input, problems } = validate(draft);
    if (!input) {
      say({ problems: problems.filter((p) => p.severity === 'error'), raw: [] });
      return;
    }
    const warned = problems.some((p) => p.code === 'no-incidents-for-benefit');
    if (warned && !confirmNotIncluded) {
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
      say({ problems: [], raw: [error instanceof Error ? error.message : String(error)] });
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
            {OFFERS_NEWEST_FIRST.map((o) => (
              <option key={o} value={o}>
                {offerName(o)}
              </option>
            ))}
          </select>
          <p id="f-includes" class={`hint${notIncluded ? ' warn' : ''}`} data-testid="includes">
            {!overridden
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
        <div class="field">
          <input
            id="f-start"
            type="date"
            value={draft.startDate}
            onInput={set('startDate')}
            required
            aria-describedby={draft.startDateEstimated ? 'f-start-estimated' : undefined}
          />
          {draft.startDateEstimated && (
            <p id="f-start-estimated" class="hint" data-testid="start-estimated">
              {t('form.startEstimated')}
            </p>
          )}
        </div>
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
            ...RULESET_IDS.map((r): [string, string] => [r, t(`ruleset.${r}` as MessageKey)]),
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
              {message.problems.map((p) => (
                <li key={`${p.field}-${p.code}`}>{problemText(p)}</li>
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
