// Pairs this browser with a counter: the key arrives in the URL's fragment (never sent to a server, never in a
// Referer), is kept in this browser's storage, and the fragment is wiped from the address bar and history.
(function () {
  'use strict';
  var key = decodeURIComponent(location.hash.replace(/^#/, ''));
  history.replaceState(null, '', location.pathname);
  if (!/^cchc_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{20,}$/.test(key)) {
    document.querySelector('[data-testid="pairing-status"]').hidden = true;
    document.querySelector('[data-testid="pairing-invalid"]').hidden = false;
    return;
  }
  localStorage.setItem('cchc-kiosk-key', key);
  // A new pairing starts with the new counter's details, fetched by the kiosk page.
  localStorage.removeItem('cchc-kiosk-device');
  location.replace('/kiosk');
})();
