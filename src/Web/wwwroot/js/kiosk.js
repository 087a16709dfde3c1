// The counter tablet. Offline first: every tap is written to IndexedDB (client id, the tablet's sequence number,
// its clock) before anything else, then sent in batches to /api/kiosks/responses with the tablet's key; a batch
// is sent after each tap, every 15 seconds, and when the browser comes back online. The server stores each
// client id once, so sending a batch twice is harmless; a tap leaves IndexedDB only once the server has said it has
// it (or refused it for good). Each tap keeps the id of the key it was taken under and is sent only with that key:
// taps left from a counter the tablet was paired with before are never filed under the new one.
(function () {
  'use strict';
  var KEY = localStorage.getItem('cchc-kiosk-key');
  // The key's id, cchc_{12 characters}_{secret}: what a tap is tied to (the secret is not copied into IndexedDB).
  var KEY_ID = KEY ? KEY.substring(5, 17) : null;
  var DEVICE = 'cchc-kiosk-device';
  var SEQUENCE = 'cchc-kiosk-sequence';
  var BATCH = 100;
  var RETRY_MS = 15000;
  var app = document.querySelector('[data-testid="kiosk"]');
  var problem = document.querySelector('[data-testid="kiosk-problem"]');
  var pending = document.querySelector('[data-testid="kiosk-pending"]');
  var fullError = document.querySelector('[data-testid="kiosk-full-error"]');
  var thanksSeconds = 30;
  var resetTimer = null;
  var sending = false;
  var dbPromise = null;

  function openDb() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        var request = indexedDB.open('cchc-kiosk', 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore('taps', { keyPath: 'clientId' }).createIndex('sequence', 'sequence');
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return dbPromise;
  }

  function store(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction('taps', mode);
        var result = work(transaction.objectStore('taps'));
        transaction.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        transaction.onerror = function () { reject(transaction.error); };
        transaction.onabort = function () { reject(transaction.error); };
      });
    });
  }

  function nextSequence() {
    var next = parseInt(localStorage.getItem(SEQUENCE) || '0', 10);
    localStorage.setItem(SEQUENCE, String(next + 1));
    return next;
  }

  function showPending() {
    return store('readonly', function (taps) { return taps.count(); }).then(function (count) {
      pending.hidden = count === 0;
      pending.textContent = pending.getAttribute('data-template').replace('{0}', count);
      pending.setAttribute('data-count', String(count));
    });
  }

  function show(name) {
    document.querySelectorAll('[data-screen]').forEach(function (screen) {
      screen.hidden = screen.getAttribute('data-screen') !== name;
    });
  }

  function refuse(message) {
    problem.textContent = message;
    problem.hidden = false;
  }

  // No key, an unknown one or a revoked one: nothing taken now could ever be sent, so no rating is taken.
  function refuseForGood(message) {
    refuse(message);
    document.querySelectorAll('[data-rating], [data-testid="kiosk-full-open"]').forEach(function (button) { button.disabled = true; });
  }

  function refusal(response) {
    return app.getAttribute(response.status === 403 ? 'data-revoked' : 'data-not-paired');
  }

  // answers: the full SIPAS form (one number per criterion, 0 for "không áp dụng" or skipped), or null for a quick rating.
  function record(rating, reasons, answers) {
    var tap = {
      clientId: crypto.randomUUID(),
      keyId: KEY_ID,
      sequence: nextSequence(),
      localTime: new Date().toISOString(),
      quickRating: rating,
      reasons: reasons,
      answers: answers || null
    };
    // Written before the thank-you is shown: a tap the citizen saw thanked is on the tablet.
    return store('readwrite', function (taps) { taps.put(tap); }).then(function () {
      show('thanks');
      clearTimeout(resetTimer);
      resetTimer = setTimeout(start, thanksSeconds * 1000);
      return showPending();
    }).then(send);
  }

  function start() {
    document.querySelectorAll('[data-reason], [data-full-rating], [data-level]').forEach(function (button) {
      button.setAttribute('aria-pressed', 'false');
    });
    fullError.hidden = true;
    show('start');
  }

  // The oldest taps taken under this key, at most a batch of them; a tap from before taps carried a key id goes too.
  function queued() {
    var mine = [];
    return store('readonly', function (taps) {
      taps.index('sequence').openCursor().onsuccess = function (event) {
        var cursor = event.target.result;
        if (cursor && mine.length < BATCH) {
          if (!cursor.value.keyId || cursor.value.keyId === KEY_ID) {
            mine.push(cursor.value);
          }
          cursor.continue();
        }
      };
    }).then(function () { return mine; });
  }

  function send() {
    if (sending || !KEY) {
      return Promise.resolve();
    }
    sending = true;
    return queued()
      .then(function (taps) {
        if (!taps.length) {
          return null;
        }
        return fetch('/api/kiosks/responses', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Kiosk-Key': KEY },
          body: JSON.stringify({ taps: taps.map(function (tap) { return Object.assign({}, tap, { keyId: undefined }); }) })
        }).then(function (response) {
          if (response.status === 401 || response.status === 403) {
            refuseForGood(refusal(response));
            return null;
          }
          if (!response.ok) {
            return null;
          }
          return response.json().then(function (body) {
            var done = body.accepted.concat(body.alreadyStored, body.rejected.map(function (r) { return r.clientId; }));
            return store('readwrite', function (store) {
              done.forEach(function (id) { if (id) { store.delete(id); } });
            }).then(function () { return taps.length === BATCH ? 'more' : null; });
          });
        });
      })
      .catch(function () { return null; })
      .then(function (more) {
        sending = false;
        return showPending().then(function () { return more ? send() : undefined; });
      });
  }

  function showDevice(device) {
    document.querySelector('[data-testid="kiosk-center"]').textContent = device.centerName;
    document.querySelector('[data-testid="kiosk-counter"]').textContent = device.counterName;
    thanksSeconds = device.thanksSeconds || thanksSeconds;
  }

  function loadDevice() {
    var cached = localStorage.getItem(DEVICE);
    if (cached) {
      showDevice(JSON.parse(cached));
    }
    return fetch('/api/kiosks/me', { headers: { 'X-Kiosk-Key': KEY } }).then(function (response) {
      if (response.status === 401 || response.status === 403) {
        refuseForGood(refusal(response));
        return;
      }
      if (response.ok) {
        return response.json().then(function (device) {
          localStorage.setItem(DEVICE, JSON.stringify(device));
          showDevice(device);
        });
      }
    }).catch(function () { /* offline: the cached details stand */ });
  }

  document.querySelectorAll('[data-rating]').forEach(function (button) {
    button.addEventListener('click', function () {
      var rating = button.getAttribute('data-rating');
      if (rating === 'dissatisfied') {
        show('reasons');
        return;
      }
      record(rating, []);
    });
  });
  document.querySelectorAll('[data-reason]').forEach(function (button) {
    button.addEventListener('click', function () {
      button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
    });
  });
  document.querySelector('[data-testid="kiosk-send-reasons"]').addEventListener('click', function () {
    var reasons = Array.prototype.map.call(document.querySelectorAll('[data-reason][aria-pressed="true"]'),
      function (button) { return button.getAttribute('data-reason'); });
    record('dissatisfied', reasons);
  });
  document.querySelector('[data-testid="kiosk-back"]').addEventListener('click', start);

  // The full form: one choice per question (pressing another choice in the same question replaces it).
  function choose(button, group) {
    button.closest('.kiosk-question').querySelectorAll(group).forEach(function (other) {
      other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
    });
  }
  document.querySelectorAll('[data-full-rating]').forEach(function (button) {
    button.addEventListener('click', function () { choose(button, '[data-full-rating]'); });
  });
  document.querySelectorAll('[data-level]').forEach(function (button) {
    button.addEventListener('click', function () { choose(button, '[data-level]'); });
  });
  document.querySelector('[data-testid="kiosk-full-open"]').addEventListener('click', function () {
    show('full');
    window.scrollTo(0, 0);
  });
  document.querySelector('[data-testid="kiosk-full-back"]').addEventListener('click', start);
  document.querySelector('[data-testid="kiosk-send-full"]').addEventListener('click', function () {
    var rating = document.querySelector('[data-full-rating][aria-pressed="true"]');
    var answers = Array.prototype.map.call(document.querySelectorAll('[data-criterion]'), function (criterion) {
      var chosen = criterion.querySelector('[data-level][aria-pressed="true"]');
      return { number: parseInt(criterion.getAttribute('data-criterion'), 10), level: chosen ? parseInt(chosen.getAttribute('data-level'), 10) : 0 };
    }).sort(function (a, b) { return a.number - b.number; }).map(function (answer) { return answer.level; });
    var missing = !rating ? 'data-no-rating' : answers.every(function (level) { return level === 0; }) ? 'data-no-answer' : null;
    if (missing) {
      fullError.textContent = fullError.getAttribute(missing);
      fullError.hidden = false;
      fullError.scrollIntoView({ block: 'center' });
      return;
    }
    record(rating.getAttribute('data-full-rating'), [], answers);
  });

  if (!KEY) {
    refuseForGood(app.getAttribute('data-not-paired'));
    return;
  }
  window.addEventListener('online', send);
  setInterval(send, RETRY_MS);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/kiosk-sw.js', { scope: '/kiosk' }).catch(function () { /* works online without it */ });
    navigator.serviceWorker.ready.then(function () { app.setAttribute('data-offline-ready', 'true'); });
  }
  loadDevice();
  showPending().then(send);
})();
