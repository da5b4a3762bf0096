/**
 * Elements a portal shows messages in: alerts, live regions, message bars and boxes,
 * notifications, inline errors, dialogs. A message that appears by editing text in place
 * (a framework reusing a text node) does so inside one of these; added nodes are seen anywhere.
 */
export const MESSAGE_REGIONS = [
  '[role="alert"]',
  '[role="alertdialog"]',
  '[role="status"]',
  '[role="dialog"]',
  '[aria-live]',
  '[class*="MessageBar"]',
  '[class*="messagebar"]',
  '[class*="messagebox"]',
  '[class*="MessageBox"]',
  '[class*="notification"]',
  '[class*="Notification"]',
  '[class*="error"]',
  '[class*="Error"]',
  '[class*="alert"]',
  '[class*="Alert"]',
].join(', ');
