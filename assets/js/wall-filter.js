/* The speakers wall's filter by day and track. Without JavaScript the filter stays hidden and every speaker
   shows. The state lives in the URL query (?day=…&track=…), as the programme's filters keep theirs, so a
   filtered wall can be shared and survives a reload; the count is announced in the page's language. */
(function () {
  'use strict';
  var P = window.Podium;
  var form = P.$('form.wall-filters');
  if (!form) return;
  var tools = form.closest('details');
  var KEYS = ['day', 'track'];
  var speakers = P.$$('ul.wall.filterable > li');
  var count = P.$('.result-count', form);
  var noMatch = P.$('.no-match');

  function has(list, value) {
    return (list || '').split(' ').indexOf(value) >= 0;
  }

  function remember(state) {
    var url = new URL(window.location.href);
    KEYS.forEach(function (key) { url.searchParams.delete(key); });
    Object.keys(state).forEach(function (key) { url.searchParams.set(key, state[key]); });
    P.rememberUrl(P.withTools(url));
  }

  function apply() {
    var state = P.formState(form, KEYS);
    var shown = 0;
    speakers.forEach(function (speaker) {
      var visible = (!state.day || has(speaker.dataset.days, state.day))
        && (!state.track || has(speaker.dataset.tracks, state.track));
      speaker.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = Object.keys(state).length
      ? P.message(count.dataset.message, { shown: shown, total: speakers.length }) : '';
    if (noMatch) noMatch.hidden = shown > 0;
    remember(state);
  }

  // The URL's state into the form; a value no option offers (an old link) falls back to "all".
  var params = new URLSearchParams(window.location.search);
  KEYS.forEach(function (key) {
    var input = form.elements.namedItem(key);
    if (!input || !params.has(key)) return;
    input.value = params.get(key);
    if (input.selectedIndex < 0) input.selectedIndex = 0;
  });
  tools.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
})();
