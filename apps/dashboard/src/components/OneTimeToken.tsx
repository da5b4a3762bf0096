import { useEffect, useRef, useState } from 'preact/hooks';
import type { IssuedToken } from '../api/types';
import { t } from '../i18n';

/** A token the server shows once: selectable, copyable, and gone when dismissed. */
export function OneTimeToken({
  issued,
  forName,
  onDone,
}: {
  issued: IssuedToken;
  forName: string;
  onDone(): void;
}) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopied(true);
    } catch {
      field.current?.select();
      setCopied(false);
    }
  };
  return (
    <section class="notice ok one-time" aria-labelledby="issued-title">
      <p id="issued-title">
        <strong>{t('token.issued', { name: forName })}</strong>
      </p>
      <label for="issued-token">{t('token.value')}</label>
      <input
        id="issued-token"
        ref={field}
        readOnly
        value={issued.token}
        aria-describedby="issued-help"
        data-testid="issued-token"
      />
      <p id="issued-help" class="hint">
        {t('token.onceHelp')}
      </p>
      <div class="row">
        <button type="button" onClick={copy}>
          {t('action.copy')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.done')}
        </button>
        <span role="status">
          {copied === true ? t('action.copied') : copied === false ? t('action.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
