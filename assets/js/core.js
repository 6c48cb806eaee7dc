/* Podium's shared helpers, loaded first on every edition page. Plain deferred scripts sharing one namespace:
   assets are published under fingerprinted names, so ES module imports between them cannot be written. */
(function () {
  'use strict';
  var body = document.body;
  var P = window.Podium = window.Podium || {};

  P.$ = function (selector, root) { return (root || document).querySelector(selector); };
  P.$$ = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };
  P.edition = body.dataset.edition || 'site';
  P.zone = body.dataset.zone || 'UTC';
  P.language = document.documentElement.lang || 'en';

  /** "{shown} of {total}" with the values filled in. */
  P.format = function (pattern, values) {
    return String(pattern || '').replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? values[key] : all;
    });
  };

  /**
   * An interface string the build shipped as ICU message pieces (data-message="[…]", see MessageParts): texts,
   * {arg}, the "#" of a plural, and plural/select choices made with the browser's CLDR plural rules, so that
   * "1 session affichée sur 27" reads as the pages the build formatted with ICU4J.
   */
  var numbers = new Intl.NumberFormat(P.language);
  P.message = function (pieces, values, hash) {
    if (typeof pieces === 'string') pieces = JSON.parse(pieces);
    return pieces.map(function (piece) {
      if (typeof piece === 'string') return piece;
      if (piece.hash) return hash === undefined ? '#' : numbers.format(hash);
      var value = values[piece.arg];
      if (!piece.kind) return typeof value === 'number' ? numbers.format(value) : String(value);
      var cases = piece.cases;
      if (piece.kind === 'select') return P.message(cases[value] || cases.other, values, hash);
      var rules = new Intl.PluralRules(P.language, { type: piece.kind === 'plural' ? 'cardinal' : 'ordinal' });
      var number = Number(value) - piece.offset;
      var chosen = cases['=' + Number(value)] || cases[rules.select(number)] || cases.other;
      return P.message(chosen, values, number);
    }).join('');
  };

  /** Lower case without accents, so that "reseau" finds "Réseau" and "strasse" finds "Straße". */
  P.fold = function (text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/\u00df/g, 'ss');
  };

  /** "09:30" for an ISO time in a time zone; with {@code day}, "Thu 26" before it. */
  P.clock = function (iso, zone, day) {
    var options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone };
    if (day) {
      options.weekday = 'short';
      options.day = 'numeric';
    }
    return new Intl.DateTimeFormat(P.language, options).format(new Date(iso));
  };

  /** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
  P.date = function (iso, zone) {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date(iso));
  };

  /** localStorage that survives private modes and blocked storage: then nothing is remembered. */
  P.store = {
    get: function (key, fallback) {
      try {
        var value = window.localStorage.getItem('podium:' + P.edition + ':' + key);
        return value === null ? fallback : JSON.parse(value);
      } catch (e) {
        return fallback;
      }
    },
    set: function (key, value) {
      try {
        window.localStorage.setItem('podium:' + P.edition + ':' + key, JSON.stringify(value));
      } catch (e) { /* storage full or blocked: the page still works for this visit */ }
    }
  };

  /** The current time; ?now=2015-03-26T10:00+01:00 previews the "now" views at another moment. */
  P.now = function () {
    var forced = new URLSearchParams(window.location.search).get('now');
    var time = forced ? Date.parse(forced) : NaN;
    return isNaN(time) ? Date.now() : time;
  };

  /** The edition's programme.json in this language, fetched once (the offline worker keeps a copy). */
  var programme = null;
  P.programme = function () {
    if (!programme) {
      programme = fetch(body.dataset.programme, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('programme.json: HTTP ' + response.status);
        return response.json();
      });
      programme.catch(function () { programme = null; });
    }
    return programme;
  };

  /** An absolute URL for a link in programme.json, whose URLs are relative to the language's home. */
  P.fromHome = function (url) {
    return new URL(url, new URL(body.dataset.home, window.location.href)).href;
  };

  /** Announces a change to the other scripts: they stay independent of each other. */
  P.emit = function (name, detail) {
    document.dispatchEvent(new CustomEvent('podium:' + name, { detail: detail }));
  };
  P.on = function (name, handler) {
    document.addEventListener('podium:' + name, function (event) { handler(event.detail); });
  };

  P.element = function (tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      element.append(child);
    });
    return element;
  };

  /**
   * The disclosure of the programme's tools keeps its state in the URL: open with ?tools=1, or with a filter
   * there (which says it is in use, so tools=1 is then left out). Opened only from the URL, never by width, so
   * that the page does not move after its first paint.
   */
  P.FILTER_KEYS = ['q', 'track', 'room', 'type', 'lang', 'mine', 'day'];
  P.withTools = function (url) {
    var details = P.$('details.tools');
    var filtered = P.FILTER_KEYS.some(function (key) { return url.searchParams.get(key); });
    if (details && details.open && !filtered) url.searchParams.set('tools', '1');
    else url.searchParams.delete('tools');
    return url;
  };
  /** The filled-in fields of {@code form} among {@code keys}, as the URL keeps them (a ticked box is '1'). */
  P.formState = function (form, keys) {
    var state = {};
    keys.forEach(function (key) {
      var input = form.elements.namedItem(key);
      if (!input) return;
      var value = input.type === 'checkbox' ? (input.checked ? '1' : '') : input.value.trim();
      if (value) state[key] = value;
    });
    return state;
  };

  // Safari throws after 100 history calls in 10 s (fast typing can get there): remembering a state must never
  // stop the filtering itself, so a refused write is retried once the burst is over.
  var retry = null;
  P.rememberUrl = function (url) {
    clearTimeout(retry);
    if (url.href === window.location.href) return;
    try {
      history.replaceState(history.state, '', url.href);
    } catch (e) {
      retry = setTimeout(function () { P.rememberUrl(url); }, 2000);
    }
  };
  P.$$('details.tools').forEach(function (details) {
    var params = new URLSearchParams(window.location.search);
    details.open = params.get('tools') === '1' || P.FILTER_KEYS.some(function (key) { return params.get(key); });
    details.addEventListener('toggle', function () {
      var url = P.withTools(new URL(window.location.href));
      if (url.href !== window.location.href) {
        try { history.replaceState(history.state, '', url.href); } catch (e) { /* too many calls: kept as is */ }
      }
    });
  });

  // Grid or list on wide screens: the button says what it will do; the choice is kept in the URL (?view=list).
  P.$$('.view-switch').forEach(function (button) {
    function paint(list) {
      P.$$('.schedule.grid').forEach(function (schedule) { schedule.classList.toggle('as-list', list); });
      button.textContent = list ? button.dataset.grid : button.dataset.list;
      P.emit('layout', { list: list });
    }
    paint(new URLSearchParams(window.location.search).get('view') === 'list');
    button.hidden = false;
    button.addEventListener('click', function () {
      var url = new URL(window.location.href);
      var list = url.searchParams.get('view') !== 'list';
      if (list) url.searchParams.set('view', 'list'); else url.searchParams.delete('view');
      try { history.replaceState(history.state, '', url.href); } catch (e) { /* too many calls: kept as is */ }
      paint(list);
    });
  });

  // A jump to a day lands on its heading: the slots before it, skipped by content-visibility until near the
  // screen, would take their real height only after the jump and move the heading away. They are laid out
  // before the browser jumps.
  P.$$('.day-jump a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function () {
      var target = document.getElementById(link.getAttribute('href').slice(1));
      var day = target && target.closest('section.day');
      for (var before = day && day.previousElementSibling; before; before = before.previousElementSibling) {
        P.$$('.slot', before).forEach(function (slot) { slot.classList.add('laid-out'); });
      }
    });
  });

  // Offline: a worker at each language's root, and one at the edition's for the language chooser. The page
  // registers first the one whose scope holds it (the longest), then, once it runs, the others: a reader who
  // switches language or goes back to the chooser offline still finds them. Not on file:// or without support.
  if ('serviceWorker' in navigator && body.dataset.sw && /^https?:$/.test(window.location.protocol)) {
    window.addEventListener('load', function () {
      var workers = [body.dataset.sw].concat((body.dataset.swOthers || '').split(' ').filter(Boolean))
        .map(function (url) { return new URL(url, window.location.href).href; });
      var scope = function (worker) { return new URL('./', worker).href; };
      var own = workers.filter(function (worker) { return window.location.href.indexOf(scope(worker)) === 0; })
        .sort(function (a, b) { return scope(b).length - scope(a).length; })[0];
      var others = workers.filter(function (worker) { return worker !== own; });
      var registerOthers = function () {
        others.forEach(function (other) {
          navigator.serviceWorker.register(other).catch(function () { /* a bonus, as below */ });
        });
      };
      if (!own) {
        registerOthers();
        return;
      }
      navigator.serviceWorker.register(own).then(function () {
        return navigator.serviceWorker.ready.then(function (ready) {
          // Once the page has loaded, its worker fetches the remaining pages in the background.
          if (ready.active) ready.active.postMessage('warm');
          registerOthers();
        });
      }).catch(function () { /* offline copies are a bonus; the site works without them */ });
    });
  }
})();
