/* Flags on "my agenda" (home page) for starred sessions that moved or were cancelled since the reader's last
   visit: the agenda remembers, in this browser only, the time, room and status it last showed of each starred
   session, and tells what differs now ("moved to Room B", "cancelled"). Kept apart from agenda.js, which it
   only reads (Podium.agenda, the 'times' event it sends once its list is drawn). */
(function () {
  'use strict';
  var P = window.Podium;
  var panel = P.$('.my-agenda');
  if (!panel || !P.agenda) return;
  var flags = {};
  var ready = false;

  function facts(session) {
    return { start: session.start, end: session.end, room: session.room, status: session.status };
  }

  function sameTime(a, b) {
    return new Date(a).getTime() === new Date(b).getTime();
  }

  /** What changed between what the reader saw and what is now, in words; empty when nothing did. */
  function words(seen, now, rooms) {
    var parts = [];
    if (now.status === 'cancelled' && seen.status !== 'cancelled') parts.push(panel.dataset.flagCancelled);
    if (seen.room !== now.room) parts.push(P.format(panel.dataset.flagRoom, { room: rooms[now.room] || now.room }));
    if (!sameTime(seen.start, now.start) || !sameTime(seen.end, now.end)) {
      parts.push(P.format(panel.dataset.flagTime, { time: P.clock(now.start, P.zone, true) }));
    }
    return parts.join(', ');
  }

  function paint() {
    if (!ready) return;
    P.$$('.agenda-flag', panel).forEach(function (flag) { flag.remove(); });
    P.$$('.agenda-list li', panel).forEach(function (item) {
      var text = flags[item.dataset.session || ''];
      if (text) item.append(' ', P.element('strong', { class: 'agenda-flag' }, [panel.dataset.flagChanged + text]));
    });
  }

  P.programme().then(function (programme) {
    var seen = P.store.get('seen', {});
    var rooms = {};
    programme.rooms.forEach(function (room) { rooms[room.id] = room.name; });
    var starred = new Set(P.agenda.ids());
    var next = {};
    programme.sessions.forEach(function (session) {
      if (!starred.has(session.id)) return;
      var now = facts(session);
      if (seen[session.id]) flags[session.id] = words(seen[session.id], now, rooms);
      next[session.id] = now;
    });
    // seen from now on: the flags stay for this visit, and are gone on the next one
    P.store.set('seen', next);
    ready = true;
    label(programme);
    paint();
  }).catch(function () { /* programme.json unreachable offline and not cached: no flags */ });

  /** Marks each agenda entry with its session id (agenda.js lists them in programme order, by link). */
  function label(programme) {
    var byUrl = {};
    programme.sessions.forEach(function (session) { byUrl[P.fromHome(session.url)] = session.id; });
    P.$$('.agenda-list li', panel).forEach(function (item) {
      var link = P.$('a', item);
      if (link) item.dataset.session = byUrl[link.getAttribute('href')] || '';
    });
  }

  P.on('times', function () {
    if (!ready) return;
    P.programme().then(function (programme) { label(programme); paint(); });
  });
})();
