/**
 * The Azure portal's "Link support benefits" as a ReactView would build it: React 19 +
 * @fluentui/react controlled TextFields; the Link button is enabled only when React
 * state holds both values; success shows a MessageBar.
 */
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, TextField } from '@fluentui/react';
import { createElement as h, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

export interface LinkFormLabels {
  title: string;
  accessId: string;
  contractId: string;
  link: string;
  success: string;
}

export const EN_LABELS: LinkFormLabels = {
  title: 'Link support benefits',
  accessId: 'Access ID',
  contractId: 'Contract ID',
  link: 'Link',
  success: 'Support benefits linked successfully',
};

export interface MountedForm {
  root: Root;
  container: HTMLElement;
  submitted: Array<{ accessId: string; contractId: string }>;
  linkButton(): HTMLButtonElement;
  unmount(): void;
}

export interface FormOptions {
  labels?: LinkFormLabels;
  /** Error text the server "returns" instead of success (split into spans by the caller). */
  error?: (h: typeof import('react').createElement) => unknown;
  /** Reject what the user types, e.g. to prove verification notices a controlled revert. */
  rejectInput?: boolean;
  /** Plain React `<input>`s instead of Fluent TextFields (Fluent also listens to `onInput`). */
  plainInputs?: boolean;
  /** The blade closes after a successful Link instead of showing a success bar. */
  closeOnSuccess?: boolean;
  /** Caption of a button that closes the blade without linking (e.g. "Abbrechen"). */
  cancel?: string;
  /** An unrelated notice the blade shows between the two fields, `noticeDelay` ms after mount. */
  notice?: string;
  noticeDelay?: number;
  /** Shows `error` without a click once this settles (the server answered late). */
  errorWhen?: Promise<unknown>;
}

/** True once `when` has settled (never without it). */
function useSettled(when: Promise<unknown> | undefined): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let live = true;
    when?.finally(() => live && setSettled(true));
    return () => {
      live = false;
    };
  }, [when]);
  return settled;
}

/** True once `delay` ms have passed since mount (at once without a delay). */
function useLate(delay: number | undefined): boolean {
  const [shown, setShown] = useState(delay === undefined);
  useEffect(() => {
    if (delay === undefined) return;
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  return shown;
}

interface FormProps {
  labels: LinkFormLabels;
  options: FormOptions;
  submitted: MountedForm['submitted'];
}

function Field(props: { label: string; value: string; set: (v: string) => void; options: FormOptions }) {
  const accept = (v: string) => (props.options.rejectInput ? undefined : props.set(v));
  if (props.options.plainInputs) {
    return h('input', {
      'aria-label': props.label,
      value: props.value,
      onChange: (e: { target: HTMLInputElement }) => accept(e.target.value),
    });
  }
  return h(TextField, {
    label: props.label,
    required: true,
    value: props.value,
    onChange: (_e: unknown, v?: string) => accept(v ?? ''),
  });
}

function LinkForm({ labels, options, submitted }: FormProps) {
  const [accessId, setAccessId] = useState('');
  const [contractId, setContractId] = useState('');
  const [status, setStatus] = useState<'idle' | 'ok' | 'error' | 'closed'>('idle');
  const noticeShown = useLate(options.noticeDelay);
  const lateError = useSettled(options.errorWhen);
  const notice = noticeShown && options.notice;
  if (status === 'closed') return h('div', { className: 'fxs-blade-closed' });
  return h(
    'div',
    { className: 'ms-Stack', role: 'form', 'aria-label': labels.title },
    h('h2', null, labels.title),
    h(Field, { label: labels.accessId, value: accessId, set: setAccessId, options }),
    notice && h(MessageBar, { messageBarType: MessageBarType.warning, isMultiline: true }, notice),
    h(Field, { label: labels.contractId, value: contractId, set: setContractId, options }),
    h(PrimaryButton, {
      text: labels.link,
      disabled: !accessId || !contractId,
      onClick: () => {
        submitted.push({ accessId, contractId });
        setStatus(options.error ? 'error' : options.closeOnSuccess ? 'closed' : 'ok');
      },
    }),
    options.cancel && h(DefaultButton, { text: options.cancel, onClick: () => setStatus('closed') }),
    status === 'ok' && h(MessageBar, { messageBarType: MessageBarType.success }, labels.success),
    (status === 'error' || lateError) &&
      h(MessageBar, { messageBarType: MessageBarType.error }, options.error?.(h) as never),
  );
}

export function mountFluentLinkForm(container: HTMLElement, options: FormOptions = {}): MountedForm {
  const labels = options.labels ?? EN_LABELS;
  const submitted: MountedForm['submitted'] = [];
  const root = createRoot(container);
  flushSync(() => root.render(h(LinkForm, { labels, options, submitted })));
  return {
    root,
    container,
    submitted,
    linkButton: () => {
      const buttons = Array.from(container.querySelectorAll('button'));
      return buttons.find((b) => b.textContent?.includes(labels.link)) as HTMLButtonElement;
    },
    unmount: () => root.unmount(),
  };
}
