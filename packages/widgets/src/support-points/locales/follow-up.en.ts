/** English strings of the follow-up view, loaded with its module. */
import type { vi } from './follow-up.vi.js';

export const en: Record<keyof typeof vi, string> = {
  followTitle: 'Follow up a home-visit request',
  followIntro: 'Enter the receipt code and the phone number you gave when you asked.',
  code: 'Receipt code',
  followPhone: 'Phone number',
  lookup: 'Look up',
  looking: 'Looking up…',
  codeField: 'the receipt code',
  notFound: 'No request matches this code and phone number. Please check them.',
  lookupError: 'Could not look it up. Please try again when you are online.',
  status: 'Status',
  receivedOn: 'Asked on',
  team: 'Support team',
  callTeam: 'Call the team: {phone}',
  scheduledAt: 'Visit time',
  note: 'The team’s note',
  history: 'Steps so far',
  status_moi: 'The ward received your request and is finding a team.',
  'status_da-phan-cong': 'A support team has it; they will call you to agree a time.',
  'status_da-hen': 'A visit time is agreed.',
  'status_da-xong': 'Done: the team has helped.',
  'status_khong-ho-tro-duoc': 'The team could not help this time.',
  back: 'Back to the request form',
};
