import type { UiLocale } from '@supportlink/rules';
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { Settings } from '../../messaging/protocol';

type Field = 'language' | 'autoFill';

export function PreferencesSection({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => Promise<void>;
}) {
  /** Which control the last "saved" belongs to; worded at render time, so it follows a language switch. */
  const [saved, setSaved] = useState<Field | null>(null);
  const [failed, setFailed] = useState<{ field: Field; error: string } | null>(null);
  const change = async (field: Field, patch: Partial<Settings>) => {
    setSaved(null);
    setFailed(null);
    try {
      await onChange(patch);
      setSaved(field);
    } catch (error) {
      setFailed({ field, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const result = (field: Field) =>
    failed?.field === field ? (
      <span class="sl-error">{t('common.error', { error: failed.error })}</span>
    ) : saved === field ? (
      <span class="sl-success" data-testid="prefs-result">
        {t('prefs.saved')}
      </span>
    ) : null;

  return (
    <section id="preferences" aria-labelledby="prefs-title" class="panel">
      <h2 id="prefs-title">{t('prefs.heading')}</h2>
      <div class="grid">
        <label for="p-language">{t('prefs.language')}</label>
        <div class="field sl-row">
          <select
            id="p-language"
            value={settings.language ?? 'auto'}
            onChange={(e) => {
              const v = e.currentTarget.value;
              void change('language', { language: v === 'auto' ? null : (v as UiLocale) });
            }}
          >
            <option value="auto">{t('prefs.language.auto')}</option>
            <option value="en" lang="en">
              {t('prefs.language.en')}
            </option>
            <option value="zh-CN" lang="zh-CN">
              {t('prefs.language.zh-CN')}
            </option>
          </select>
          {result('language')}
        </div>
      </div>
      <p class="sl-row">
        <label>
          <input
            type="checkbox"
            checked={settings.autoFill}
            onChange={(e) => void change('autoFill', { autoFill: e.currentTarget.checked })}
          />{' '}
          {t('prefs.autoFill')}
        </label>
        {result('autoFill')}
      </p>
    </section>
  );
}
