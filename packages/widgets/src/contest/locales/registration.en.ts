/** English strings of the contest's registration (registration.ts, loaded on demand). */
import type { vi } from './registration.vi.js';

export const en: Record<keyof typeof vi, string> = {
  roundInfo: '{round}: {count} questions, {minutes} minutes. Open until {closes}.',
  register: 'About you',
  requiredNote: 'Fields marked * are required.',
  fullName: 'Full name *',
  birthYear: 'Year of birth *',
  phone: 'Phone number *',
  phoneHint: 'Used to contact prize winners; never published.',
  place: 'Where you live (street group, village) *',
  choosePlace: 'Choose your street group or village',
  workplace: 'Workplace or school (optional)',
  idNumber: 'Personal ID number *',
  consentTitle: 'Consent to processing personal data',
  consentNotice:
    'The ward People’s Committee collects the name, year of birth, phone and place you enter to run the contest, contact prize winners and count the results (Personal Data Protection Law 2025). Published results show only your family name, the initials of your other names and your street group; your phone number is never published. The data is deleted 6 months after the contest ends.',
  consent: 'I agree that the ward may process this personal data to run the contest. *',
  start: 'Start',
  starting: 'Preparing your questions…',
  required: 'Enter your {field}.',
  fullNameField: 'full name',
  placeField: 'place',
  birthYearInvalid: 'Year of birth must be four digits, from {min} to {max}.',
  phoneInvalid: 'This phone number is not valid, e.g. 0912 345 678.',
  idNumberInvalid: 'A personal ID number has 12 digits.',
  consentMissing: 'Please tick the consent box to take part.',
};
