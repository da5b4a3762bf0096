/** English strings of the Partner Center capture card (bundled only with the Partner Center script). */
export const captureEn = {
  'content.saveToSupportLink': 'Save to SupportLink',
  'content.capture.title': 'Save these IDs to SupportLink',
  'content.capture.updateTitle': 'Update SupportLink from this page',
  'content.capture.benefit': 'Benefit',
  'content.capture.offer': 'Offer',
  'content.capture.startDate': 'Start date',
  'content.capture.startDateEstimated': 'Start date (estimated)',
  'content.capture.endDate': 'End date',
  'content.capture.remaining': 'Remaining incidents shown on the page: {count}',
  'content.capture.activateBy': 'Activate by: {date}',
  'content.capture.choose': 'Choose…',
  'content.capture.fromPage': 'Read from the page.',
  'content.capture.fromPack': 'From the pack name “{name}”.',
  'content.capture.fromSaved': 'As saved in SupportLink.',
  'content.capture.benefitUnknown': 'The page does not say which benefit this is. Choose one.',
  'content.capture.competency': 'Competency',
  'content.capture.competency.cloud': 'A cloud competency',
  'content.capture.competency.other': 'Another competency',
  'content.capture.competency.unknown': 'Not sure (count the smaller number)',
  'content.capture.competencyUnknown':
    'Gold and Silver partners with a cloud competency get unlimited cloud incidents; others get fewer. The page does not say which: choose.',
  'content.capture.offerUnknown': 'The page does not say which offer this comes from. Choose one.',
  'content.capture.startEstimated':
    'Estimated: one year before the end date (a contract lasts one year). Correct it if you know the start date.',
  'content.capture.startMissing': 'The page shows no start date. Enter it.',
  'content.capture.endMissing': 'The page shows no end date. Enter it.',
  'content.capture.problems': 'To check before saving',
  'content.capture.save': 'Save contract',
  'content.capture.updateSave': 'Update contract',
  'content.capture.cancel': 'Cancel',
  'content.capture.saved': 'Saved to SupportLink.',
  'content.capture.updated': 'Updated in SupportLink.',
  'content.capture.savedEstimated':
    'The start date is an estimate; correct it in the SupportLink options if you know it.',
  'content.capture.inSupportLink': 'Saved in SupportLink',
  'content.capture.newerRemaining': 'The page shows {count} incidents left; SupportLink has {saved}.',
  'content.capture.newerEndDate': 'The page shows end date {date}; SupportLink has {saved}.',
  'content.capture.update': 'Update from this page',
  'content.capture.failed': 'Could not save. Open the SupportLink popup and try again.',
} as const;

export type CaptureKey = keyof typeof captureEn;
