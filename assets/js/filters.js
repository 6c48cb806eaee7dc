/* Filters and search over the sessions of a programme page. Without JavaScript the form stays hidden and
   the whole programme shows. The state lives in the URL query (?q=…&track=…&mine=1), so a filtered view
   can be bookmarked or shared, survives a reload, and follows the reader to the other days. */
(function () {
  'use strict';
  var P = window.Podium;
  var form = P.$('form.filters');
  if (!form) return;
  var KEYS = P.FILTER_KEYS;
  var cards = P.$$('main .session[data-id]');
  var count = P.$('.result-count', form);
  var noMatch = P.$('.no-match');
  var carried = P.$$('.day-switcher:not(.day-jump) a, section.day > h2 a');

  // What the search looks at: title, speakers, room, track and abstract, folded once.
  cards.forEach(function (card) {
    var parts = P.$$('h3, h4, .people, .when, details.abstract p', card).map(function (part) {
      return part.textContent;
    });
    card.dataset.search = P.fold(parts.join(' '));
  });

  // Descriptions are in the language's search.json, fetched once the search field is used (or a link
  // arrives with a search): pages stay small for readers who never search.
  var index = null;
  function loadIndex() {
    if (index || !document.body.dataset.search) return;
    index = fetch(document.body.dataset.search, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error('search.json: HTTP ' + response.status);
      return response.json();
    }).then(function (data) {
      cards.forEach(function (card) {
        var text = data.sessions[card.dataset.id];
        if (text) card.dataset.search += ' ' + P.fold(text);
      });
      apply();
    }).catch(function () { index = null; }); // offline and not cached: the cards' own text is still searched
  }

  function field(name) {
    return form.elements.namedItem(name);
  }

  function read() {
    return P.formState(form, KEYS);
  }

  function matches(card, state, words) {
    var data = card.dataset;
    return (!state.track || data.track === state.track)
      && (!state.room || data.room === state.room)
      && (!state.type || data.type === state.type)
      && (!state.lang || (data.languages || '').split(' ').indexOf(state.lang) >= 0)
      && (!state.mine || P.agenda.has(data.id))
      && words.every(function (word) { return data.search.indexOf(word) >= 0; });
  }

  /** The page's URL with the filter keys replaced by {@code state}; other parameters are kept. */
  function withState(href, state) {
    var url = new URL(href, window.location.href);
    KEYS.forEach(function (key) { url.searchParams.delete(key); });
    Object.keys(state).forEach(function (key) { url.searchParams.set(key, state[key]); });
    return url;
  }

  function remember(state) {
    P.rememberUrl(P.withTools(withState(window.location.href, state)));
  }

  function apply() {
    var state = read();
    var words = P.fold(state.q).split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var visible = matches(card, state, words);
      card.hidden = !visible;
      if (visible) shown++;
      // A match found only in the folded abstract would puzzle the reader: unfold it.
      var abstract = P.$('details.abstract', card);
      if (abstract && words.length) {
        var text = P.fold(abstract.textContent);
        abstract.open = visible && words.some(function (word) { return text.indexOf(word) >= 0; });
      }
    });
    P.$$('main .slot, main section.day').forEach(function (group) {
      group.hidden = !P.$('.session:not([hidden])', group);
    });
    count.textContent = Object.keys(state).length
      ? P.message(count.dataset.message, { shown: shown, total: cards.length }) : '';
    if (noMatch) noMatch.hidden = shown > 0;
    remember(state);
    carried.forEach(function (link) {
      if (!link.dataset.plain) link.dataset.plain = link.getAttribute('href');
      var target = withState(link.dataset.plain, state);
      link.setAttribute('href', link.dataset.plain.split('?')[0] + target.search + target.hash);
    });
  }

  // The URL's state into the form, then show the form.
  var params = new URLSearchParams(window.location.search);
  KEYS.forEach(function (key) {
    var input = field(key);
    if (!input || !params.has(key)) return;
    if (input.type === 'checkbox') input.checked = params.get(key) === '1';
    else input.value = params.get(key);
    // A value no option offers (an old link) falls back to "all".
    if (input.tagName === 'SELECT' && input.selectedIndex < 0) input.selectedIndex = 0;
  });
  // The folded filters open on wide screens (inside the closed tools: nothing moves), and wherever a link
  // arrives with one of them set.
  var more = P.$('.more-filters', form);
  if (more && (window.matchMedia('(min-width: 48rem)').matches
      || ['track', 'room', 'type', 'lang'].some(function (key) { return params.get(key); }))) {
    more.open = true;
  }
  form.hidden = false;
  field('q').addEventListener('focus', loadIndex);
  field('q').addEventListener('input', loadIndex);
  if (field('q').value) loadIndex();
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  P.on('agenda', function () { if (field('mine').checked) apply(); });
  apply();
})();
