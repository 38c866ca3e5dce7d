// Where tests find the browser: CHROME_PATH or Debian's /usr/bin/chromium, with the flags this machine needs.
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
