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

  /** Join and watch links: highlighted, and named live, while their session runs. */
  function markLive(now) {
    P.$$('a.join[data-start]').forEach(function (link) {
      var live = Date.parse(link.dataset.start) <= now && now < Date.parse(link.dataset.end);
      link.classList.toggle('is-live', live);
      var badge = P.$('.live-badge', link);
      if (live && !badge) link.prepend(P.element('span', { class: 'live-badge' }, [link.dataset.live + ' ']));
      if (!live && badge) badge.remove();
    });
  }

  /**
   * The "now" line across a day laid out as rooms × time: in the row of the interval that runs, in proportion
   * (the build writes a row per interval, .grid-times, each with its two times). Placed by the CSSOM, as the
   * policy forbids style attributes. Only where the grid is shown and while the day runs.
   */
  function nowLine(now) {
    P.$$('.schedule.grid').forEach(function (schedule) {
      var line = P.$(':scope > .now-line', schedule);
      var top = null;
      if (window.getComputedStyle(schedule).display === 'grid') {
        var origin = schedule.getBoundingClientRect().top;
        P.$$('.grid-times span', schedule).forEach(function (row) {
          var start = Date.parse(row.dataset.start);
          var end = Date.parse(row.dataset.end);
          if (start > now || now >= end) return;
          var box = row.getBoundingClientRect();
          top = box.top - origin + box.height * (now - start) / (end - start);
        });
      }
      if (top === null) {
        if (line) line.remove();
        return;
      }
      if (!line) {
        line = P.element('div', { class: 'now-line', 'aria-hidden': 'true' });
        schedule.append(line);
      }
      line.style.top = top + 'px';
    });
  }

  function mark(now) {
    markLive(now);
    nowLine(now);
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

  /**
   * "tomorrow" or the weekday before a next session that starts on another day than {@code now}, in the zone the
   * times are shown in; nothing on the same day.
   */
  function dayWord(iso, now) {
    var zone = P.shownZone ? P.shownZone() : P.zone;
    var today = P.date(new Date(now).toISOString(), zone);
    var day = P.date(iso, zone);
    if (day === today) return '';
    var tomorrow = P.date(new Date(Date.parse(today + 'T12:00:00Z') + 24 * HOUR).toISOString(), 'UTC');
    return (day === tomorrow ? document.body.dataset.tomorrow
      : new Intl.DateTimeFormat(P.language, { weekday: 'long', timeZone: zone }).format(new Date(iso))) + ' ';
  }

  function item(session, rooms, now, online) {
    var room = rooms[session.room] || {};
    var parts = [
      dayWord(session.start, now),
      P.element('time', { datetime: session.start }, [session.start.slice(11, 16)]), '–',
      P.element('time', { datetime: session.end }, [session.end.slice(11, 16)]), ' ',
      P.element('a', { href: P.fromHome(session.url) }, [session.title]),
      ' · ' + (room.name || session.room)
    ];
    if (room.stream) {
      parts.push(' ', P.element('a', { class: 'join', href: room.stream, 'data-start': session.start,
        'data-end': session.end, 'data-live': panel.dataset.live }, [online ? panel.dataset.join : panel.dataset.watch]));
    }
    return P.element('li', {}, parts);
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
    programme.rooms.forEach(function (room) { rooms[room.id] = room; });
    var running = sessions.filter(function (s) { return s.start <= now && now < s.end; });
    var later = sessions.filter(function (s) { return s.start > now; });
    var nextStart = Math.min.apply(null, later.map(function (s) { return s.start; }));
    var next = later.filter(function (s) { return s.start === nextStart; });
    [['.now-list', running], ['.next-list', next]].forEach(function (pair) {
      var list = P.$(pair[0], panel);
      list.replaceChildren.apply(list, pair[1].map(function (s) {
        return item(s.session, rooms, now, programme.edition.online);
      }));
      list.parentElement.hidden = pair[1].length === 0;
    });
    panel.hidden = false;
    markLive(now);
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
  // the grid changed shape (grid or list, a wider or narrower window): the line follows at once
  P.on('layout', function () { nowLine(P.now()); });
  window.addEventListener('resize', function () { nowLine(P.now()); });
  // rows grow to fit their cards: once the fonts are in, a row may be taller than when the line was placed
  if (document.fonts) document.fonts.ready.then(function () { nowLine(P.now()); });
})();
