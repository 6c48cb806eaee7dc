/* During the event: sessions running now are marked on the programme, and a "Now and next" panel lists
   what runs now and what starts next in every room (from programme.json, so it works on any page). Updated
   every minute; outside the event nothing shows. ?now=… previews it (see core.js). */
(function () {
  'use strict';
  var P = window.Podium;
  var panel = P.$('.now-next');
  var HOUR = 3600 * 1000;

  function badge(label) {
    return P.element('p', { class: 'now-badge' }, [label]);
  }

  function mark(now) {
    var label = panel ? panel.dataset.now : '';
    P.$$('main .session[data-id]').forEach(function (card) {
      var times = P.$$('.when time', card);
      if (times.length < 2) return;
      var running = Date.parse(times[0].dateTime) <= now && now < Date.parse(times[1].dateTime);
      card.classList.toggle('is-now', running);
      var existing = P.$('.now-badge', card);
      if (running && !existing && label) card.prepend(badge(label));
      if (!running && existing) existing.remove();
    });
  }

  function item(session, rooms) {
    return P.element('li', {}, [
      P.element('time', { datetime: session.start }, [session.start.slice(11, 16)]), '–',
      P.element('time', { datetime: session.end }, [session.end.slice(11, 16)]), ' ',
      P.element('a', { href: P.fromHome(session.url) }, [session.title]),
      ' · ' + (rooms[session.room] || session.room)
    ]);
  }

  function fill(programme, now) {
    var sessions = programme.sessions.map(function (session) {
      return { session: session, start: Date.parse(session.start), end: Date.parse(session.end) };
    });
    if (!sessions.length) return;
    var first = Math.min.apply(null, sessions.map(function (s) { return s.start; }));
    var last = Math.max.apply(null, sessions.map(function (s) { return s.end; }));
    // "During the event": from an hour before the first session to the end of the last one.
    if (now < first - HOUR || now >= last) {
      panel.hidden = true;
      return;
    }
    var rooms = {};
    programme.rooms.forEach(function (room) { rooms[room.id] = room.name; });
    var running = sessions.filter(function (s) { return s.start <= now && now < s.end; });
    var later = sessions.filter(function (s) { return s.start > now; });
    var nextStart = Math.min.apply(null, later.map(function (s) { return s.start; }));
    var next = later.filter(function (s) { return s.start === nextStart; });
    [['.now-list', running], ['.next-list', next]].forEach(function (pair) {
      var list = P.$(pair[0], panel);
      list.replaceChildren.apply(list, pair[1].map(function (s) { return item(s.session, rooms); }));
      list.parentElement.hidden = pair[1].length === 0;
    });
    panel.hidden = false;
    P.emit('times', {});
  }

  function tick() {
    var now = P.now();
    mark(now);
    if (panel) {
      P.programme().then(function (programme) { fill(programme, now); })
        .catch(function () { panel.hidden = true; });
    }
  }

  tick();
  setInterval(tick, 60 * 1000);
})();
