/* The offline worker, imported by each language's sw.js (which the build writes with this language's page
   list and a version hashed from its content). Pages and data go to the network first and fall back to the
   cache only when the network fails, so a new build is always seen once online; fingerprinted assets never
   change under their name and come from the cache first. A new version starts a new cache and drops the
   old one, so no page of an older build outlives it. */
'use strict';
var config = self.podiumOffline;
var PREFIX = 'podium:' + new URL('./', self.location).pathname + ':';
var CACHE = PREFIX + config.version;

function absolute(url) {
  return new URL(url, self.location).href;
}

/** Pages are cached under their URL without query: ?track=… views are the same page. */
function key(url) {
  var parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

function store(cache, url) {
  return fetch(new Request(url, { cache: 'no-cache', credentials: 'same-origin' })).then(function (response) {
    if (response.ok) return cache.put(key(url), response);
  }).catch(function () { /* one missing page must not stop the others */ });
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(config.core.map(function (url) { return store(cache, absolute(url)); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

// The page asks once it has loaded: the other pages are fetched a few at a time, those missing only.
self.addEventListener('message', function (event) {
  if (event.data !== 'warm') return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    var queue = config.pages.map(absolute);
    function next() {
      var url = queue.shift();
      if (!url) return Promise.resolve();
      return cache.match(url).then(function (hit) { return hit || store(cache, url); }).then(next);
    }
    return Promise.all([next(), next(), next()]);
  }));
});

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
  });
}

/** Said when a page was never opened before the network went away. */
function offlinePage() {
  var o = config.offline;
  var html = '<!DOCTYPE html><html lang="' + escapeHtml(o.language) + '"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' + escapeHtml(o.title)
    + '</title><link rel="stylesheet" href="' + escapeHtml(absolute(o.stylesheet)) + '"></head><body>'
    + '<main id="main"><h1>' + escapeHtml(o.title) + '</h1><p>' + escapeHtml(o.text) + '</p><ul>'
    + '<li><a href="' + escapeHtml(absolute(o.programme)) + '">' + escapeHtml(o.programmeLabel) + '</a></li>'
    + '<li><a href="' + escapeHtml(absolute(o.home)) + '">' + escapeHtml(o.homeLabel) + '</a></li>'
    + '</ul></main></body></html>';
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

function networkFirst(event) {
  var request = event.request;
  return fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic') {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(key(request.url), copy); }));
    }
    return response;
  }).catch(function () {
    return caches.open(CACHE).then(function (cache) { return cache.match(key(request.url)); }).then(function (hit) {
      return hit || (request.mode === 'navigate' ? offlinePage() : Response.error());
    });
  });
}

function cacheFirst(event) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(event.request).then(function (hit) {
      return hit || fetch(event.request).then(function (response) {
        if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
        return response;
      });
    });
  });
}

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Event streams (the preview's live reload) never end: they must not be copied into the cache.
  if ((event.request.headers.get('Accept') || '').indexOf('text/event-stream') >= 0) return;
  event.respondWith(/\/assets\//.test(url.pathname) ? cacheFirst(event) : networkFirst(event));
});
