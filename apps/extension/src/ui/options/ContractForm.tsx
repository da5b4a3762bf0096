import {
  type Benefit,
  type CompetencyCategory,
  type OfferId,
  type RulesetId,
  rulesetForDate,
} from '@supportlink/rules';
import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../i18n';
import type { ContractView, MessagePayload } from '../../messaging/protocol';
import { OFFERS, offerName } from '../shared/format';

type Input = MessagePayload<'contracts:upsert'>;

const RULESETS: RulesetId[] = ['mpn-2021', 'ai-cloud-partner-2023', 'ai-cloud-partner-2026'];

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

export function validate(d: Draft): { input: Omit<Input, 'id'> | null; errors: string[] } {
  const errors: string[] = [];
  const required: [keyof Draft, MessageKey][] = [
    ['accessId', 'form.accessId'],
    ['contractId', 'form.contractId'],
    ['startDate', 'form.startDate'],
    ['endDate', 'form.endDate'],
  ];
  for (const [field, label] of required) {
    if (!String(d[field]).trim()) errors.push(t('form.required', { field: t(label) }));
  }
  if (d.startDate && d.endDate && d.endDate < d.startDate) errors.push(t('form.dateOrder'));
  let allotment: Input['allotmentOverride'] = null as Input['allotmentOverride'];
  const raw = d.allotment.trim().toLowerCase();
  if (raw === 'unlimited') allotment = 'unlimited';
  else if (raw !== '') {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 0) allotment = n;
    else errors.push(t('form.allotmentInvalid'));
  }
  if (errors.length) return { input: null, errors };
  return {
    errors,
    input: {
      accessId: d.accessId.trim(),
      contractId: d.contractId.trim(),
      benefit: d.benefit,
      offer: d.offer,
      startDate: d.startDate,
      endDate: d.endDate,
      label: d.label.trim() || null,
      ruleset: d.ruleset === 'auto' ? rulesetForDate(d.startDate) : d.ruleset,
      competency: d.competency === '' ? null : d.competency,
      allotmentOverride: allotment,
    },
  };
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
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof Draft>(key: K) =>
    (e: Event) =>
      setDraft((d) => ({ ...d, [key]: (e.currentTarget as HTMLInputElement).value as Draft[K] }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const { input, errors: found } = validate(draft);
    setErrors(found);
    if (!input) return;
    setBusy(true);
    try {
      await onSave({ ...input, id: editing?.id ?? crypto.randomUUID() });
      if (!editing) setDraft(draftOf(null));
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };

  const title = editing ? t('contracts.editing') : t('contracts.add');
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
        <select id="f-offer" value={draft.offer} onChange={set('offer')}>
          {OFFERS.map((o) => (
            <option key={o} value={o}>
              {offerName(o)}
            </option>
          ))}
        </select>
        <label for="f-start">{t('form.startDate')}</label>
        <input id="f-start" type="date" value={draft.startDate} onInput={set('startDate')} required />
        <label for="f-end">{t('form.endDate')}</label>
        <input id="f-end" type="date" value={draft.endDate} onInput={set('endDate')} required />
        <label for="f-label">{t('form.label')}</label>
        <input id="f-label" value={draft.label} onInput={set('label')} />
        <label for="f-ruleset">{t('form.ruleset')}</label>
        <select id="f-ruleset" value={draft.ruleset} onChange={set('ruleset')}>
          <option value="auto">{t('ruleset.auto')}</option>
          {RULESETS.map((r) => (
            <option key={r} value={r}>
              {t(`ruleset.${r}` as MessageKey)}
            </option>
          ))}
        </select>
        <label for="f-competency">{t('form.competency')}</label>
        <select id="f-competency" value={draft.competency} onChange={set('competency')}>
          <option value="">{t('competency.none')}</option>
          <option value="cloud">{t('competency.cloud')}</option>
          <option value="other">{t('competency.other')}</option>
        </select>
        <label for="f-allotment">{t('form.allotment')}</label>
        <input id="f-allotment" value={draft.allotment} onInput={set('allotment')} inputMode="numeric" />
      </div>
      {errors.length > 0 && (
        <ul class="sl-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div class="sl-row">
        <button type="submit" class="primary" disabled={busy}>
          {t('form.save')}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            {t('contracts.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
