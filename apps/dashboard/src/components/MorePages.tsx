import { t } from '../i18n';
import { ErrorNotice } from './ErrorNotice';

/** Below a paged log: why the last "more" failed, and the button for the next older page. */
export function MorePages({ log }: { log: { error: string | null; next: string | null; more(): void } }) {
  return (
    <>
      <ErrorNotice text={log.error} />
      {log.next && (
        <button type="button" onClick={log.more}>
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
