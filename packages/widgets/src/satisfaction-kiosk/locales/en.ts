/** English strings of the counter-tablet kiosk, added to the rating form's. */
import type { vi } from './vi.js';

export const en: Record<keyof typeof vi, string> = {
  kioskQuestion: 'How satisfied are you with officer {officer}?',
  kioskQuestionNoOfficer: 'How satisfied are you with the service at the one-stop counter?',
  resetIn: 'The screen resets in {seconds} seconds.',
  settings: 'Settings',
  setupTitle: 'Set up the counter rating tablet',
  setupIntro: 'For staff. Choose the officer serving at this counter and set a PIN to protect the settings.',
  officer: 'Officer at this counter',
  device: 'Device key (optional)',
  deviceHint:
    "The key the ward's admin issued for this tablet (Admin → Counter rating devices); with it, ratings count as made at the counter.",
  deviceInvalid: 'Not a device key: it starts with "kiosk_"; copy it exactly from the admin page.',
  officerHint: 'Name or staff code, e.g. Nguyễn Thị Lan',
  resetAfter: 'Seconds before the screen resets',
  pin: 'PIN (4–8 digits)',
  pinNew: 'New PIN (4–8 digits; leave empty to keep the current one)',
  pinRepeat: 'Repeat the PIN',
  pinInvalid: 'The PIN must be 4 to 8 digits.',
  pinMismatch: 'The two PINs do not match.',
  pinWrong: 'Wrong PIN.',
  pinLocked: 'Too many wrong tries. Try again in {seconds} seconds.',
  pinPrompt: 'Enter the PIN to open the settings',
  pinNeedsHttps: 'Browsers only allow a PIN on HTTPS pages.',
  officerRequired: 'Please enter the officer’s name or code.',
  resetInvalid: 'Between 3 and 120 seconds.',
  save: 'Save settings',
  open: 'Open settings',
  cancel: 'Cancel',
  fullscreen: 'Full screen',
};
