import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { NotificationsSection } from './NotificationsSection';

describe('notifications in Options', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  it('asks for the permission only when the user opts in, says a refusal, and gives it back on opt-out', async () => {
    let granted = false;
    const api = {
      enabled: vi.fn(async () => false),
      set: vi.fn(async (on: boolean) => {
        granted = on && api.set.mock.calls.length > 1; // the first request is refused
        return granted;
      }),
    };
    render(<NotificationsSection api={api} />);
    const box = (await screen.findByRole('checkbox', {
      name: 'Notify me before incidents are lost',
    })) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(api.set).not.toHaveBeenCalled();

    fireEvent.click(box);
    await waitFor(() => expect(screen.getByTestId('notify-result').textContent).toContain('did not allow'));
    expect(box.checked).toBe(false);

    fireEvent.click(box);
    await waitFor(() =>
      expect(screen.getByTestId('notify-result').textContent).toBe('Notifications are on.'),
    );
    expect(box.checked).toBe(true);

    fireEvent.click(box);
    await waitFor(() =>
      expect(screen.getByTestId('notify-result').textContent).toContain('permission was given back'),
    );
    expect(api.set.mock.calls.map((c) => c[0])).toEqual([true, true, false]);
  });

  it('reads in Chinese', async () => {
    setLocale('zh-CN');
    render(<NotificationsSection api={{ enabled: async () => true, set: async () => true }} />);
    const box = (await screen.findByRole('checkbox', { name: '在事件失效之前通知我' })) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
  });
});
