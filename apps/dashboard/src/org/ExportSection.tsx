import { useEffect, useState } from 'preact/hooks';
import type { ScreenProps } from '../app/Shell';
import { ErrorNotice } from '../components/ErrorNotice';
import { errorText } from '../components/errors';
import { t } from '../i18n';

/** The organisation's members, contracts, ledgers and links as one JSON file (no Access or Contract IDs). */
export function ExportSection({ session, announce }: ScreenProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<{ url: string; name: string; size: number } | null>(null);
  useEffect(() => () => file && URL.revokeObjectURL(file.url), [file]);

  const prepare = async () => {
    setBusy(true);
    setError(null);
    try {
      const blob = await session.api.exportOrg();
      const name = `supportlink-export-${new Date().toISOString().slice(0, 10)}.json`;
      setFile({ url: URL.createObjectURL(blob), name, size: blob.size });
      announce(t('export.ready'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2>{t('export.title')}</h2>
      <p class="muted">{t('export.intro')}</p>
      <button type="button" class="primary" onClick={prepare} disabled={busy} aria-busy={busy}>
        {busy ? t('export.busy') : t('export.prepare')}
      </button>
      {file && (
        <p class="notice ok">
          <a href={file.url} download={file.name} data-testid="export-link">
            {t('export.download', { name: file.name, kb: Math.max(1, Math.round(file.size / 1024)) })}
          </a>
        </p>
      )}
      <ErrorNotice text={error} />
    </>
  );
}
