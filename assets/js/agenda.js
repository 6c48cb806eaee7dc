/* My agenda: a star on each session, kept in this browser (localStorage, per edition, shared by its
   languages since session ids are the same in all), a list on the home page and an .ics download. */
(function () {
  'use strict';
  var P = window.Podium;
  var starred = new Set(P.store.get('agenda', []));

  P.agenda = {
    has: function (id) { return starred.has(id); },
    ids: function () { return Array.from(starred); },
    toggle: function (id) {
      if (starred.has(id)) starred.delete(id); else starred.add(id);
      P.store.set('agenda', Array.from(starred));
      P.emit('agenda', { id: id, starred: starred.has(id) });
    }
  };

  function paint() {
    P.$$('[data-star]').forEach(function (button) {
      var on = starred.has(button.dataset.star);
      button.setAttribute('aria-pressed', String(on));
      P.$('.star-label', button).textContent = on ? button.dataset.on : button.dataset.off;
      var card = button.closest('.session');
      if (card) card.classList.toggle('is-starred', on);
    });
    warnOverlaps();
    // Nothing to download from an empty agenda.
    P.$$('.agenda-export').forEach(function (button) { button.hidden = starred.size === 0; });
  }

  /**
   * Two starred sessions at the same time: each says which other one it overlaps, on its card or page and in
   * the home page's list (from programme.json, as the other session may be on another page).
   */
  function warnOverlaps() {
    var marked = P.$$('[data-id]').filter(function (element) { return element.matches('.session, .session-page'); });
    if (starred.size < 2) {
      marked.forEach(function (element) { show(element, []); });
      return;
    }
    P.programme().then(function (programme) {
      var overlaps = P.agenda.overlaps(programme);
      marked.forEach(function (element) { show(element, overlaps[element.dataset.id] || []); });
    }).catch(function () { /* without programme.json no warning can be worked out */ });
  }

  /** Starred session id → titles of the other starred sessions running at the same time. */
  P.agenda.overlaps = function (programme) {
    var chosen = programme.sessions.filter(function (session) { return starred.has(session.id); });
    var found = {};
    chosen.forEach(function (a) {
      chosen.forEach(function (b) {
        if (a !== b && Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end)) {
          (found[a.id] = found[a.id] || []).push(b.title);
        }
      });
    });
    return found;
  };

  /** The warning of one card, page or list item: written, rewritten or removed. */
  function show(element, titles) {
    var warning = P.$(':scope > .overlap', element);
    if (!titles.length) {
      if (warning) warning.remove();
      return;
    }
    if (!warning) {
      warning = P.element('p', { class: 'overlap' });
      var anchor = P.$(':scope > .when, :scope > .session-actions', element);
      if (anchor) anchor.after(warning); else element.append(warning);
    }
    warning.textContent = P.message(document.body.dataset.overlap, { title: titles.join(', ') });
  }

  P.$$('[data-star]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { P.agenda.toggle(button.dataset.star); });
  });
  paint();
  P.on('agenda', paint);

  // Another tab changed the agenda: follow it, so that two open pages never disagree.
  window.addEventListener('storage', function (event) {
    if (event.key === 'podium:' + P.edition + ':agenda') {
      starred = new Set(P.store.get('agenda', []));
      P.emit('agenda', {});
    }
  });

  function exportAgenda(button) {
    button.disabled = true;
    P.programme().then(function (programme) {
      var ids = P.agenda.ids();
      P.download(P.ics(programme, ids), P.edition + '-' + P.language + '-agenda.ics');
    }).catch(function () { /* programme.json unreachable offline and not cached: nothing to export */ })
      .then(function () { button.disabled = false; });
  }

  P.$$('.agenda-export').forEach(function (button) {
    button.addEventListener('click', function () { exportAgenda(button); });
  });

  // Agenda entries may be on any day: their times name the day (data-day tells time.js to keep it).
  function time(iso) {
    return P.element('time', { datetime: iso, 'data-day': '' }, [P.clock(iso, P.zone, true)]);
  }

  // The home page lists the agenda from programme.json, since the sessions are on other pages; an empty
  // agenda stays out of the way.
  var panel = P.$('.my-agenda');
  function list() {
    if (!panel) return;
    var count = P.$('.agenda-count', panel);
    count.textContent = P.message(count.dataset.message, { count: starred.size });
    var ul = P.$('.agenda-list', panel);
    if (starred.size === 0) {
      panel.hidden = true;
      ul.replaceChildren();
      return;
    }
    P.programme().then(function (programme) {
      var rooms = {};
      programme.rooms.forEach(function (room) { rooms[room.id] = room.name; });
      var overlaps = P.agenda.overlaps(programme);
      ul.replaceChildren.apply(ul, programme.sessions.filter(function (session) {
        return starred.has(session.id);
      }).map(function (session) {
        var item = P.element('li', { 'data-id': session.id }, [time(session.start), ' ',
          P.element('a', { href: P.fromHome(session.url) }, [session.title]), ' (' + (rooms[session.room] || '') + ')']);
        show(item, overlaps[session.id] || []);
        return item;
      }));
      panel.hidden = false;
      P.emit('times', {});
    }).catch(function () { panel.hidden = true; });
  }
  list();
  P.on('agenda', list);
})();
