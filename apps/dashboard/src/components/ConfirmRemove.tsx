import { t } from '../i18n';

/** A row's remove button that asks once more in place: "Remove X?" then confirm or cancel. */
export function ConfirmRemove({
  asking,
  setAsking,
  remove,
  askLabel,
  confirmLabel,
}: {
  asking: boolean;
  setAsking(asking: boolean): void;
  remove(): void;
  /** Accessible name of the first button, naming the row ("Remove Alice"). */
  askLabel: string;
  /** Text of the confirming button ("Remove Alice for good"). */
  confirmLabel: string;
}) {
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} aria-label={askLabel}>
        {t('members.remove')}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          remove();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('action.cancel')}
      </button>
    </>
  );
}
