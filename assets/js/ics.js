/* "My agenda" as an iCalendar file (RFC 5545). The build writes every session's VEVENT into programme.json,
   as ical4j serialized it for the site's own .ics files, with the calendar's header (and time zone) and
   closing line: the browser only joins them, so escaping, folding, times and UIDs have one source, and
   importing a session twice updates it instead of doubling it. */
(function () {
  'use strict';
  var P = window.Podium;

  /** The calendar of the sessions {@code ids}, in programme order, from a parsed programme.json. */
  P.ics = function (programme, ids) {
    var wanted = new Set(ids);
    var events = programme.sessions.filter(function (session) { return wanted.has(session.id); })
      .map(function (session) { return session.vevent; });
    return programme.vcalendar.begin + events.join('') + programme.vcalendar.end;
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
