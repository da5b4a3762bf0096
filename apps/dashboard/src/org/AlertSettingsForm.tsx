import {
  ALERT_CONDITIONS,
  type AlertConditionId,
  UI_LOCALE_NAMES,
  UI_LOCALES,
  type UiLocale,
} from '@supportlink/rules';
import { useState } from 'preact/hooks';
import type { AlertSettings, AlertsApi, Confidence } from '../api/alerts';
import { errorText } from '../components/errors';
import { formatInstant, type MessageKey, t } from '../i18n';
import { parseExpiryDays, parseRemainingAtMost } from '../model/alert-forms';

const CONFIDENCES: Confidence[] = ['low', 'medium', 'high'];

/** When the server warns: on/off, the language of the alerts, thresholds and which conditions. */
export function AlertSettingsForm({
  alerts,
  initial,
  announce,
}: {
  alerts: AlertsApi;
  initial: AlertSettings;
  announce(text: string): void;
}) {
  const [s, setS] = useState(initial);
  const [expiry, setExpiry] = useState(initial.expiryDays.join(', '));
  const [remaining, setRemaining] = useState(String(initial.remainingAtMost));
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof AlertSettings>(k: K, v: AlertSettings[K]) => setS((o) => ({ ...o, [k]: v }));
  const setCondition = (c: AlertConditionId, on: boolean) =>
    setS((o) => ({ ...o, conditions: { ...o.conditions, [c]: on } }));

  const save = async (e: Event) => {
    e.preventDefault();
    const days = parseExpiryDays(expiry);
    const most = parseRemainingAtMost(remaining);
    const bad = !days.ok ? days : !most.ok ? most : null;
    if (bad && !bad.ok) {
      setProblem({ field: bad.field, text: t(bad.problem) });
      document.getElementById(bad.field)?.focus();
      return;
    }
    if (!days.ok || !most.ok) return;
    setProblem(null);
    setBusy(true);
    try {
      const { updatedAt: _, ...body } = { ...s, expiryDays: days.value, remainingAtMost: most.value };
      const saved = await alerts.saveSettings(body);
      setS(saved);
      setExpiry(saved.expiryDays.join(', '));
      announce(t('alerts.saved'));
    } catch (err) {
      setProblem({ field: 'form', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: string) =>
    problem?.field === field ? { 'aria-invalid': 'true' as const, 'aria-describedby': 'settings-error' } : {};

  return (
    <form class="stack-form" onSubmit={save} aria-labelledby="alert-settings-title" noValidate>
      <h3 id="alert-settings-title">{t('alerts.settings')}</h3>
      <label class="check">
        <input
          type="checkbox"
          id="alerts-enabled"
          checked={s.enabled}
          onChange={(e) => set('enabled', (e.currentTarget as HTMLInputElement).checked)}
        />
        {t('alerts.enabled')}
      </label>
      <fieldset>
        <legend>{t('alerts.conditions')}</legend>
        {ALERT_CONDITIONS.map((c) => (
          <label class="check" key={c}>
            <input
              type="checkbox"
              checked={s.conditions[c]}
              onChange={(e) => setCondition(c, (e.currentTarget as HTMLInputElement).checked)}
            />
            {t(`alerts.condition.${c}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="alert-expiry-days">{t('alerts.expiryDays')}</label>
        <input
          id="alert-expiry-days"
          inputMode="numeric"
          value={expiry}
          onInput={(e) => setExpiry((e.currentTarget as HTMLInputElement).value)}
          {...invalid('alert-expiry-days')}
        />
        <span class="hint">{t('alerts.expiryDaysHint')}</span>
      </div>
      <div class="field">
        <label for="alert-remaining">{t('alerts.remainingAtMost')}</label>
        <input
          id="alert-remaining"
          inputMode="numeric"
          value={remaining}
          onInput={(e) => setRemaining((e.currentTarget as HTMLInputElement).value)}
          {...invalid('alert-remaining')}
        />
      </div>
      <div class="field">
        <label for="alert-confidence">{t('alerts.confidence')}</label>
        <select
          id="alert-confidence"
          value={s.forecastMinConfidence}
          onChange={(e) =>
            set('forecastMinConfidence', (e.currentTarget as HTMLSelectElement).value as Confidence)
          }
        >
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {t(`alerts.confidence.${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="alert-locale">{t('alerts.locale')}</label>
        <select
          id="alert-locale"
          value={s.locale}
          onChange={(e) => set('locale', (e.currentTarget as HTMLSelectElement).value as UiLocale)}
        >
          {UI_LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {UI_LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p id="settings-error" class="error" role="alert">
          {problem.text}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('alerts.saving') : t('alerts.save')}
        </button>
        {s.updatedAt && (
          <span class="muted">{t('alerts.updatedAt', { time: formatInstant(s.updatedAt) })}</span>
        )}
      </div>
    </form>
  );
}
