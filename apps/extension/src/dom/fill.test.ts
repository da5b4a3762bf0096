// @vitest-environment happy-dom
import { setIconOptions } from '@fluentui/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mountFluentLinkForm } from '../__fixtures__/fluent-link-form';
import { mountKnockoutBlade } from '../__fixtures__/knockout-link-blade';
import { collectFields } from './collect';
import { executeFill, FILLED_ATTR, fillOne } from './fill';

const wait = (ms = 5) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  setIconOptions({ disableWarnings: true });
});

afterEach(() => {
  document.body.innerHTML = '';
});

function inputByLabel(label: string): HTMLInputElement {
  const { fields, elements } = collectFields(document);
  const field = fields.find((f) => f.labels.some((l) => l.text === label));
  if (!field) throw new Error(`no field labelled ${label}`);
  return elements.get(field.key) as HTMLInputElement;
}

describe('fill into React + Fluent UI controlled TextFields', () => {
  it('reaches React state: the Link button enables and submit receives both values', async () => {
    const form = mountFluentLinkForm(document.body.appendChild(document.createElement('div')));
    expect(form.linkButton().disabled).toBe(true);
    const access = await fillOne(inputByLabel('Access ID'), 'ACC-123', 'access-id');
    const contract = await fillOne(inputByLabel('Contract ID'), 'CON-456', 'contract-id');
    expect([access.outcome, contract.outcome]).toEqual(['filled', 'filled']);
    await wait();
    expect(form.linkButton().disabled).toBe(false);
    form.linkButton().click();
    expect(form.submitted).toEqual([{ accessId: 'ACC-123', contractId: 'CON-456' }]);
    expect(inputByLabel('Access ID').getAttribute(FILLED_ATTR)).toBe('access-id');
    form.unmount();
  });

  it('reaches plain React controlled inputs too (no onInput fallback there)', async () => {
    const form = mountFluentLinkForm(document.body.appendChild(document.createElement('div')), {
      plainInputs: true,
    });
    await fillOne(inputByLabel('Access ID'), 'ACC-1', 'access-id');
    await fillOne(inputByLabel('Contract ID'), 'CON-1', 'contract-id');
    await wait();
    expect(form.linkButton().disabled).toBe(false);
    form.linkButton().click();
    expect(form.submitted).toEqual([{ accessId: 'ACC-1', contractId: 'CON-1' }]);
    form.unmount();
  });

  it('control: assigning .value on a React input does not reach React (why the native setter matters)', async () => {
    const form = mountFluentLinkForm(document.body.appendChild(document.createElement('div')), {
      plainInputs: true,
    });
    for (const label of ['Access ID', 'Contract ID']) {
      const el = inputByLabel(label);
      el.value = 'X';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await wait();
    expect(form.linkButton().disabled).toBe(true);
    form.unmount();
  });

  it('reports a value the framework refused instead of claiming success', async () => {
    const form = mountFluentLinkForm(document.body.appendChild(document.createElement('div')), {
      rejectInput: true,
    });
    const result = await fillOne(inputByLabel('Access ID'), 'ACC-123', 'access-id');
    expect(result.outcome).toBe('rejected');
    expect(inputByLabel('Access ID').hasAttribute(FILLED_ATTR)).toBe(false);
    form.unmount();
  });

  it('undo restores the previous (empty) values in React state', async () => {
    const form = mountFluentLinkForm(document.body.appendChild(document.createElement('div')));
    const { fields, elements } = collectFields(document);
    const [a, c] = fields;
    const report = await executeFill(
      [
        { key: a!.key, role: 'access-id', value: 'ACC-1' },
        { key: c!.key, role: 'contract-id', value: 'CON-1' },
      ],
      elements,
    );
    expect(report.ok).toBe(true);
    await wait();
    expect(form.linkButton().disabled).toBe(false);
    await report.undo();
    await wait();
    expect(form.linkButton().disabled).toBe(true);
    expect(inputByLabel('Access ID').value).toBe('');
    expect(document.querySelector(`[${FILLED_ATTR}]`)).toBeNull();
    form.unmount();
  });
});

describe('fill into a Knockout blade', () => {
  it('updates the viewmodel observables through the value binding', async () => {
    const blade = mountKnockoutBlade(document.body);
    const { fields, elements } = collectFields(document);
    expect(fields).toHaveLength(2); // hidden and disabled inputs are ignored
    const report = await executeFill(
      [
        { key: fields[0]!.key, role: 'access-id', value: 'ACC-9' },
        { key: fields[1]!.key, role: 'contract-id', value: 'CON-9' },
      ],
      elements,
    );
    expect(report.ok).toBe(true);
    expect(blade.vm.accessId()).toBe('ACC-9');
    expect(blade.vm.contractId()).toBe('CON-9');
    expect(blade.vm.canLink()).toBe(true);
    blade.linkButton().click();
    expect(blade.vm.submitted).toEqual([{ accessId: 'ACC-9', contractId: 'CON-9' }]);
    blade.dispose();
  });
});

describe('fill safety', () => {
  it('never overwrites what the user typed', async () => {
    document.body.innerHTML = '<label for="a">Access ID</label><input id="a" value="typed-by-user">';
    const el = document.getElementById('a') as HTMLInputElement;
    const result = await fillOne(el, 'ACC-1', 'access-id');
    expect(result.outcome).toBe('user-value');
    expect(el.value).toBe('typed-by-user');
  });

  it('does not steal focus from the field the user is in', async () => {
    document.body.innerHTML = '<input id="search"><input id="a">';
    const search = document.getElementById('search') as HTMLInputElement;
    search.focus();
    await fillOne(document.getElementById('a') as HTMLInputElement, 'ACC-1', 'access-id');
    expect(document.activeElement).toBe(search);
  });

  it('fires a bubbling insertText InputEvent, then change', async () => {
    document.body.innerHTML = '<form><input id="a"></form>';
    const seen: string[] = [];
    const form = document.querySelector('form')!;
    form.addEventListener('input', (e) => seen.push(`input:${(e as InputEvent).inputType}`));
    form.addEventListener('change', () => seen.push('change'));
    await fillOne(document.getElementById('a') as HTMLInputElement, 'v', 'access-id');
    expect(seen).toEqual(['input:insertText', 'change']);
  });

  it('uses the prototype setter even when the page wrapped the instance property', async () => {
    document.body.innerHTML = '<input id="a">';
    const el = document.getElementById('a') as HTMLInputElement;
    Object.defineProperty(el, 'value', { configurable: true, get: () => '', set: () => {} });
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    await fillOne(el, 'ACC-1', 'access-id').catch(() => null);
    expect(proto.get!.call(el)).toBe('ACC-1');
  });
});
