/** English strings of the procedure detail view, loaded with it (detail.ts). */
export const en: Record<keyof typeof import('./detail.vi.js').vi, string> = {
  print: 'Print this procedure',
  submitOnline: 'Apply online',
  submitOnlineNote: '(opens the National Public Service Portal)',
  code: 'Procedure code',
  agency: 'Handled by',
  level: 'Government level',
  time: 'Processing time',
  fee: 'Fees and charges',
  subjects: 'Who may apply',
  result: 'Result',
  steps: 'Steps',
  documents: 'Documents to bring',
  form: 'Form: {form}',
  legal: 'Legal basis',
  detailLoading: 'Loading the procedure details…',
};
