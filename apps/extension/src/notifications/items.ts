import { storage } from 'wxt/utils/storage';

export interface NotificationState {
  /** The user opted in (Options); notifications also need the optional `notifications` permission. */
  enabled: boolean;
  /** Keys of the conditions holding at the last check: announced once until they clear. */
  active: string[];
}

export const notificationsItem = storage.defineItem<NotificationState>('local:notifications', {
  fallback: { enabled: false, active: [] },
  version: 1,
  migrations: {},
});
