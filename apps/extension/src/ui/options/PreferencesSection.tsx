import type { UiLocale } from '@supportlink/rules';
import { t } from '../../i18n';
import type { Settings } from '../../messaging/protocol';

export function PreferencesSection({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}) {
  return (
    <section id="preferences" aria-labelledby="prefs-title" class="panel">
      <h2 id="prefs-title">{t('prefs.heading')}</h2>
      <div class="grid">
        <label for="p-language">{t('prefs.language')}</label>
        <select
          id="p-language"
          value={settings.language ?? 'auto'}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ language: v === 'auto' ? null : (v as UiLocale) });
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
      </div>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.autoFill}
            onChange={(e) => onChange({ autoFill: e.currentTarget.checked })}
          />{' '}
          {t('prefs.autoFill')}
        </label>
      </p>
    </section>
  );
}
