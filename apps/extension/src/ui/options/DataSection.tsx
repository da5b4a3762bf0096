import { contractFieldName, contractProblemText } from '@supportlink/rules';
import { useState } from 'preact/hooks';
import { getLocale, t } from '../../i18n';
import type { OptionsApi } from './api';

export function DataSection({ api, onImported }: { api: OptionsApi; onImported: () => void }) {
  /** Worded at render time (a thunk), so a language switch rewords the last result too. */
  const [result, setResult] = useState<{ ok: boolean; text: () => string; lines?: () => string[] } | null>(
    null,
  );

  const exportFile = async () => {
    const json = await api.exportJson();
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `supportlink-contracts-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > 2_000_000) {
        setResult({ ok: false, text: () => t('data.importFailed', { error: t('data.tooLarge') }) });
        return;
      }
      const r = await api.importJson(await file.text());
      if (r.refused?.length) {
        const refused = r.refused;
        // Worded here, in the UI's language, from the rules' problems: "Row 3, Start date: …".
        const lines = () =>
          refused.map(({ row, problem }) => {
            const locale = getLocale();
            const where = t('data.importRow', {
              row: row + 1,
              field: contractFieldName(problem.field, locale),
            });
            return `${where}: ${contractProblemText(problem, locale)}`;
          });
        setResult({
          ok: false,
          text: () => t('data.importFailed', { error: t('data.importRefused') }),
          lines,
        });
        return;
      }
      setResult({ ok: true, text: () => t('data.imported', { added: r.added, updated: r.updated }) });
      onImported();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setResult({ ok: false, text: () => t('data.importFailed', { error: message }) });
    } finally {
      input.value = '';
    }
  };

  return (
    <section id="data" aria-labelledby="data-title" class="panel">
      <h2 id="data-title">{t('data.heading')}</h2>
      <p class="sl-muted">{t('data.exportNote')}</p>
      <div class="sl-row">
        <button type="button" onClick={exportFile}>
          {t('data.export')}
        </button>
        <label for="d-import">{t('data.import')}</label>
        <input id="d-import" type="file" accept="application/json,.json" onChange={importFile} />
      </div>
      <p role="status" aria-live="polite" class={result ? (result.ok ? 'sl-success' : 'sl-error') : ''}>
        {result?.text() ?? ''}
      </p>
      {result?.lines && (
        <ul class="sl-error" data-testid="import-problems">
          {result.lines().map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
