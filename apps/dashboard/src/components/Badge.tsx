import type { Tone } from '@supportlink/rules';
import type { ComponentChildren } from 'preact';

export function Badge({ tone, children }: { tone: Tone; children: ComponentChildren }) {
  return <span class={`badge ${tone}`}>{children}</span>;
}
