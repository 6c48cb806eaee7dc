/* "My agenda" as an iCalendar file (RFC 5545), built in the browser from programme.json. Times are written
   in UTC, which every calendar converts to its own zone; UIDs are those of the site's own .ics files, so
   importing a session twice updates it instead of doubling it. */
(function () {
  'use strict';
  var P = window.Podium;

  /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
  function escapeText(value) {
    return String(value == null ? '' : value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n');
  }

  /** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
  function fold(line) {
    var encoder = new TextEncoder();
    var out = [];
    var current = '';
    var octets = 0;
    Array.from(line).forEach(function (character) {
      var size = encoder.encode(character).length;
      if (octets + size > (out.length ? 74 : 75)) {
        out.push(current);
        current = '';
        octets = 0;
      }
      current += character;
      octets += size;
    });
    out.push(current);
    return out.join('\r\n ');
  }

  function utc(iso) {
    return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  }

  /** The calendar of the sessions {@code ids} (in programme order) from a parsed programme.json. */
  P.ics = function (programme, ids, now) {
    var wanted = new Set(ids);
    var rooms = {};
    (programme.rooms || []).forEach(function (room) { rooms[room.id] = room.name; });
    var edition = programme.edition || {};
    var venue = edition.venue && edition.venue.name ? ', ' + edition.venue.name : '';
    var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Podium//My agenda//EN', 'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH', 'X-WR-CALNAME:' + escapeText(edition.name || ''), 'X-WR-TIMEZONE:' + (edition.timezone || 'UTC')];
    var stamp = utc(new Date(now || Date.now()).toISOString());
    programme.sessions.filter(function (session) { return wanted.has(session.id); }).forEach(function (session) {
      var summary = session.abstract || '';
      lines.push('BEGIN:VEVENT',
        'UID:' + session.id + '@' + edition.id + '.podium',
        'DTSTAMP:' + stamp,
        'DTSTART:' + utc(session.start),
        'DTEND:' + utc(session.end),
        'SUMMARY:' + escapeText(session.title),
        'LOCATION:' + escapeText((rooms[session.room] || session.room) + venue),
        'URL:' + P.fromHome(session.url));
      if (summary) lines.push('DESCRIPTION:' + escapeText(summary));
      lines.push('END:VEVENT');
    });
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
  };

  /** Offers {@code text} as a download named {@code name}. */
  P.download = function (text, name) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    var link = P.element('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  };
})();
