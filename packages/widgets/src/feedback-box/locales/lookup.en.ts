/** English strings of the lookup mode, loaded with that mode's module. */
export const en: Record<keyof typeof import('./lookup.vi.js').vi, string> = {
  lookupTitle: 'Look up feedback',
  lookupIntro: 'Enter the receipt code and the phone number you used.',
  code: 'Receipt code',
  lookup: 'Look up',
  looking: 'Looking up…',
  notFound: 'No feedback matches this receipt code and phone number. Please check them.',
  status: 'Status',
  history: 'Progress',
  answer: 'The ward’s answer',
  noAnswer: 'No answer yet.',
  status_moi: 'Received',
  'status_dang-xu-ly': 'Being handled',
  'status_da-tra-loi': 'Answered',
  'status_tu-choi': 'Not accepted',
  receivedOn: 'Sent on',
};
