// Reads every .ics file below a folder with Mozilla's ical.js, as Thunderbird does, and prints what it found
// as JSON: per file, the calendar's properties and each event's, every value as text; date-times as epoch
// seconds (resolved in the file's own VTIMEZONE), list values joined by U+0000. IcalJsTest compares this
// with what ical4j reads from the same files.
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const TIMES = new Set(['dtstart', 'dtend', 'dtstamp', 'last-modified']);

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
    ? files(join(folder, entry.name)) : entry.name.endsWith('.ics') ? [join(folder, entry.name)] : []);
}

function properties(component) {
  return component.getAllProperties().map(property => {
    const values = property.getValues();
    const text = TIMES.has(property.name) ? String(values[0].toUnixTime())
      : values.map(value => String(value)).join('\u0000');
    return [property.name.toUpperCase(), text];
  });
}

const root = process.argv[2];
const read = {};
for (const file of files(root).sort()) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  read[relative(root, file).split('\\').join('/')] = {
    calendar: properties(calendar),
    events: calendar.getAllSubcomponents('vevent').map(properties),
  };
}
process.stdout.write(JSON.stringify(read));
