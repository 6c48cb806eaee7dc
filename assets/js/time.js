/* Times follow the event's clock, as printed. A switch shows them in the reader's own time zone instead
   (remembered for the edition); times on another day there name that day. */
(function () {
  'use strict';
  var P = window.Podium;
  var local = Intl.DateTimeFormat().resolvedOptions().timeZone || P.zone;
  var mode = P.store.get('zone', 'event');

  /** The zone times are shown in now. */
  P.shownZone = function () {
    return mode === 'local' ? local : P.zone;
  };

  function rewrite() {
    P.$$('time[datetime*="T"]').forEach(function (element) {
      if (!element.dataset.eventText) element.dataset.eventText = element.textContent;
      if (mode !== 'local') {
        element.textContent = element.dataset.eventText;
        return;
      }
      var iso = element.getAttribute('datetime');
      // An end names its day when it falls on another day than its start (past midnight there); any other
      // time when its day there is not the day it is listed under (the event's).
      var start = element.previousElementSibling;
      var sameDayAs = start && start.tagName === 'TIME' ? start.getAttribute('datetime') : null;
      var otherDay = sameDayAs ? P.date(iso, local) !== P.date(sameDayAs, local)
        : P.date(iso, local) !== P.date(iso, P.zone);
      element.textContent = P.clock(iso, local, otherDay || 'day' in element.dataset);
    });
  }

  function paint() {
    var different = local !== P.zone;
    P.$$('.timezone').forEach(function (box) {
      var button = P.$('.tz-switch', box);
      var localLine = P.$('.zone-local', box);
      button.hidden = !different;
      // The label says what a press will do: not a state, so no aria-pressed.
      button.textContent = mode === 'local' ? button.dataset.patternEvent
        : P.format(button.dataset.pattern, { zone: local });
      localLine.textContent = P.format(localLine.dataset.pattern, { zone: local });
      localLine.hidden = mode !== 'local';
      P.$('.zone-event', box).hidden = mode === 'local';
    });
    P.$$('.zone-label').forEach(function (label) { label.textContent = '(' + P.shownZone() + ')'; });
    rewrite();
  }

  P.$$('.tz-switch').forEach(function (button) {
    button.addEventListener('click', function () {
      mode = mode === 'local' ? 'event' : 'local';
      P.store.set('zone', mode);
      paint();
      P.emit('zone', { zone: P.shownZone() });
    });
  });
  if (local === P.zone) mode = 'event';
  paint();
  // Lists written by other scripts (agenda, now and next) announce themselves to get their times converted.
  P.on('times', rewrite);
})();
