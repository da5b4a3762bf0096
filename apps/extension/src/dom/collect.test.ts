// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from './collect';

afterEach(() => {
  document.body.innerHTML = '';
});

const labelsOf = (text: string) =>
  collectFields(document).fields.find((f) => f.labels.some((l) => l.text === text))?.labels ?? [];

describe('collectFields', () => {
  it('finds labels from label[for], enclosing label, aria-labelledby, aria-label, placeholder and nearby text', () => {
    document.body.innerHTML = `
      <label for="f1">Zugriffs-ID</label><input id="f1">
      <label><span>Vertrags-ID</span> <input id="f2"></label>
      <span id="l3a">アクセス</span><span id="l3b">ID</span><input aria-labelledby="l3a l3b">
      <input aria-label="访问 ID">
      <input placeholder="Contract ID">
      <div><div class="label"><span>Password</span></div><div><input type="password"></div></div>`;
    const { fields } = collectFields(document);
    expect(fields.map((f) => f.labels[0])).toEqual([
      { source: 'label-for', text: 'Zugriffs-ID' },
      { source: 'label', text: 'Vertrags-ID' },
      { source: 'aria-labelledby', text: 'アクセス ID' },
      { source: 'aria-label', text: '访问 ID' },
      { source: 'placeholder', text: 'Contract ID' },
      { source: 'nearby', text: 'Password' },
    ]);
  });

  it('ignores hidden, disabled, read-only and non-text inputs', () => {
    document.body.innerHTML = `
      <input type="hidden" aria-label="a">
      <input disabled aria-label="b">
      <input readonly aria-label="c">
      <div hidden><input aria-label="d"></div>
      <div style="display:none"><input aria-label="e"></div>
      <div aria-hidden="true"><input aria-label="f"></div>
      <input type="checkbox" aria-label="g">
      <input type="submit" aria-label="h">
      <input aria-label="visible">`;
    expect(collectFields(document).fields.map((f) => f.labels[0]?.text)).toEqual(['visible']);
  });

  it('reports whether a field is empty and whether SupportLink filled it, never the value', () => {
    document.body.innerHTML =
      '<input aria-label="a" value="secret-value"><input aria-label="b" data-supportlink-filled="access-id" value="x"><input aria-label="c">';
    const { fields } = collectFields(document);
    expect(fields.map((f) => [f.empty, f.ours])).toEqual([
      [false, false],
      [false, true],
      [true, false],
    ]);
    expect(JSON.stringify(fields)).not.toContain('secret-value');
  });

  it('walks open shadow roots, nested ones included', () => {
    const outer = document.createElement('x-form');
    document.body.append(outer);
    const sr = outer.attachShadow({ mode: 'open' });
    sr.innerHTML = '<label for="in">Access ID</label><input id="in"><x-inner></x-inner>';
    const inner = sr.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<label>Contract ID <input></label>';
    expect(labelsOf('Access ID')[0]?.source).toBe('label-for');
    expect(labelsOf('Contract ID')[0]?.source).toBe('label');
  });

  it('reaches into same-origin frames but refuses sandboxed ones', async () => {
    document.body.innerHTML =
      '<iframe id="ok" srcdoc="<label for=a>Access ID</label><input id=a>"></iframe>' +
      '<iframe id="sb" sandbox="allow-scripts allow-same-origin" srcdoc="<label for=b>Contract ID</label><input id=b>"></iframe>';
    await new Promise((r) => setTimeout(r, 50));
    const { fields } = collectFields(document);
    expect(fields.map((f) => [f.frame, f.labels[0]?.text])).toEqual([['/0', 'Access ID']]);
  });

  it('does not take a neighbouring field’s label as nearby text', () => {
    document.body.innerHTML = '<div><span>Access ID</span><input aria-label="first"><input></div>';
    const { fields } = collectFields(document);
    expect(fields[1]!.labels).toEqual([]);
  });
});
