import { UI_LOCALE_NAMES, type UiLocale } from '@supportlink/rules';
import { LOCALES, t } from '../i18n';
import type { ThemeChoice } from './preferences';
import type { Prefs } from './Shell';

const THEMES: ThemeChoice[] = ['auto', 'light', 'dark'];

/** Language and theme switches; each applies at once. */
export function Preferences({
  prefs,
}: {
  prefs: Pick<Prefs, 'locale' | 'theme' | 'setLocale' | 'setTheme'>;
}) {
  return (
    <div class="prefs">
      <label>
        <span class="visually-hidden">{t('prefs.language')}</span>
        <select
          value={prefs.locale}
          onChange={(e) => prefs.setLocale((e.currentTarget as HTMLSelectElement).value as UiLocale)}
          data-testid="language"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {UI_LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="visually-hidden">{t('prefs.theme')}</span>
        <select
          value={prefs.theme}
          onChange={(e) => prefs.setTheme((e.currentTarget as HTMLSelectElement).value as ThemeChoice)}
          data-testid="theme"
        >
          {THEMES.map((c) => (
            <option key={c} value={c}>
              {t(`theme.${c}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
