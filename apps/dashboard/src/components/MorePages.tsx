import { t } from '../i18n';

/** Below a paged log: why the last "more" failed, and the button for the next older page. */
export function MorePages({ log }: { log: { error: string | null; next: string | null; more(): void } }) {
  return (
    <>
      {log.error && (
        <p class="notice bad" role="alert">
          {log.error}
        </p>
      )}
      {log.next && (
        <button type="button" onClick={log.more}>
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
