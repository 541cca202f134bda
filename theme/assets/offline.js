// The service worker's logic, imported by the sw.js each build writes at the site root. sw.js first sets
// self.HIPMOBILITY_OFFLINE = { version, scope, assets, shell }: the build's id, the site's root path, its assets folder
// and the assets every page uses.
//
// What it keeps, in one cache per build ("hipmobility-<version>"):
// - the shell (those assets), when it installs;
// - every page the reader opens, and the pages a page asks to keep (a routine keeps its player), as they are fetched;
// - assets (content-hashed, so never stale) and the handout data, once a page has used them.
// Pages are fetched from the network first and kept; with no connection the kept copy is served. A new build has a new
// version: the new worker copies the list of kept pages, fetches them afresh, and the old caches are deleted.
// Nothing else is stored and nothing leaves the site's origin.
/* global self, caches */
(function () {
  'use strict';
  var config = self.HIPMOBILITY_OFFLINE;
  var PREFIX = 'hipmobility-';
  var CACHE = PREFIX + config.version;
  var scope = new URL(config.scope, self.location.href);
  var assets = new URL(config.assets, self.location.href).pathname;
  var handoutData = new URL('handouts/guide.json', scope).pathname;
  var figures = new URL('figures/', scope).pathname; // the pictures on cards and printed handouts

  function sameSite(url) { return url.origin === scope.origin && url.pathname.indexOf(scope.pathname) === 0; }

  // A copy of a response with the headers Cache Storage needs; only whole, same-origin, successful answers are kept.
  function keepable(response) { return response && response.ok && response.type === 'basic'; }

  function keep(request, response) {
    if (!keepable(response)) return Promise.resolve();
    return caches.open(CACHE).then(function (cache) { return cache.put(request, response); });
  }

  function fetchAndKeep(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      return keep(url, response);
    }, function () { /* offline now: kept next time */ });
  }

  // Pages kept by the previous build's worker, so a new build still works offline where the old one did.
  function pagesKeptBefore() {
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf(PREFIX) === 0 && n !== CACHE; }).map(function (name) {
        return caches.open(name).then(function (cache) { return cache.keys(); }).then(function (requests) {
          return requests.map(function (r) { return r.url; }).filter(function (u) { return new URL(u).pathname.indexOf(assets) !== 0; });
        });
      }));
    }).then(function (lists) { return [].concat.apply([], lists); });
  }

  self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) {
      return cache.addAll(config.shell);
    }).then(pagesKeptBefore).then(function (pages) {
      return Promise.all(pages.map(fetchAndKeep));
    }).then(function () { return self.skipWaiting(); }));
  });

  self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf(PREFIX) === 0 && n !== CACHE; }).map(function (n) { return caches.delete(n); }));
    }).then(function () { return self.clients.claim(); }));
  });

  // A page asks to keep itself and the pages it links to for offline use (site.js sends this once the worker runs).
  self.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
    var urls = data.urls.map(function (u) { try { return new URL(u, scope); } catch (e) { return null; } })
      .filter(function (u) { return u && sameSite(u); })
      .map(function (u) { u.hash = ''; return u.href; });
    var work = caches.open(CACHE).then(function (cache) {
      return Promise.all(urls.map(function (url) {
        return cache.match(url).then(function (hit) { return hit ? null : fetchAndKeep(url); });
      }));
    });
    if (event.waitUntil) event.waitUntil(work);
  });

  function fromCache(request) {
    return caches.open(CACHE).then(function (cache) { return cache.match(request, { ignoreSearch: request.mode === 'navigate' }); });
  }

  self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') return;
    var url = new URL(request.url);
    if (!sameSite(url)) return;

    if (url.pathname.indexOf(assets) === 0) {
      // Hashed names never change their bytes: the kept copy is always right.
      event.respondWith(fromCache(request).then(function (hit) {
        return hit || fetch(request).then(function (response) {
          var copy = response.clone();
          return keep(request, copy).then(function () { return response; });
        });
      }));
      return;
    }

    if (request.mode === 'navigate' || url.pathname === handoutData || url.pathname.indexOf(figures) === 0) {
      // The network first, so a reader online always sees the newest page; the kept copy when there is none.
      event.respondWith(fetch(request).then(function (response) {
        var copy = response.clone();
        return keep(new Request(url.origin + url.pathname), copy).then(function () { return response; });
      }, function () {
        return caches.open(CACHE).then(function (cache) { return cache.match(url.origin + url.pathname); }).then(function (hit) {
          return hit || Response.error();
        });
      }));
    }
  });
})();
