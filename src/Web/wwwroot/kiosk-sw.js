// The counter tablet's service worker: keeps the kiosk page and its files so that the page opens without a
// network. Network first (a new version reaches the tablet as soon as it is online), the cache when offline.
// The Api calls are never cached: the taps wait in IndexedDB, not here.
'use strict';
var CACHE = 'cchc-kiosk-v1';
var FILES = ['/kiosk', '/js/kiosk.js', '/css/kiosk.css', '/kiosk.webmanifest', '/img/kiosk-icon.svg'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || FILES.indexOf(url.pathname) < 0) {
    return;
  }
  event.respondWith(fetch(event.request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(url.pathname);
  }));
});
