import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { SyncConflict } from '../../storage/types';
import type { OptionsApi } from './api';

/** Edits the server refused because a teammate changed the same field first (their value was kept). */
export function Conflicts({ api }: { api: Pick<OptionsApi, 'conflicts' | 'clearConflicts'> }) {
  const [conflicts, setConflicts] = useState<SyncConflict[]>([]);
  useEffect(() => {
    void api.conflicts().then(setConflicts, () => setConflicts([]));
  }, [api]);
  if (conflicts.length === 0) return null;
  return (
    <div class="token-once" role="alert">
      <p>{t('sync.conflicts', { count: conflicts.length })}</p>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.contractId}-${c.at}`}>
            {t('sync.conflictFields', {
              name: c.label ?? c.contractId.slice(0, 8),
              fields: c.fields.join(', '),
            })}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={async () => {
          await api.clearConflicts();
          setConflicts([]);
        }}
      >
        {t('sync.conflictsDismiss')}
      </button>
    </div>
  );
}
