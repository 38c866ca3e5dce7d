// The kiosk page's only script: registers the service worker that keeps /kiosk usable offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/kiosk-sw.js', { scope: '/kiosk' }).catch((error) => {
    console.warn('[motcua] kiosk offline cache unavailable:', error);
  });
}
