package podium.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * A table with one row per session (README, "Import a programme"): the first row names the columns. Times are
 * local to the edition's time zone. Each language with text columns gives one schedule; a session's id (the
 * {@code id} column, else the slug of its title in the command's language) is the same in all of them.
 */
final class TableReader {
  private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);

  private TableReader() {}

  static List<Imported> read(List<List<TableRows.Cell>> rows, String shown, String language, ZoneId zone,
      Problems problems) {
    if (rows == null) {
      return List.of();
    }
    Values values = new Values(shown, problems);
    if (rows.isEmpty()) {
      values.error(Position.START, "the table is empty", "its first row names the columns");
      return List.of();
    }
    TableColumns columns = new TableColumns(rows.get(0), language, values);
    if (zone == null) {
      values.error(Position.START, "a table gives no time zone", "give it with --timezone, such as Europe/Brussels");
    }
    if (!problems.isEmpty()) {
      return List.of();
    }
    Map<String, List<Imported.Event>> events = new LinkedHashMap<>();
    columns.languages().forEach(l -> events.put(l, new ArrayList<>()));
    Map<String, Imported.Named> rooms = new LinkedHashMap<>();
    Map<String, Imported.Named> tracks = new LinkedHashMap<>();
    Map<String, Imported.Named> types = new LinkedHashMap<>();
    Map<String, Imported.Person> people = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (List<TableRows.Cell> row : rows.subList(1, rows.size())) {
      if (row.stream().allMatch(cell -> cell.text().isBlank())) {
        continue;
      }
      Position at = row.get(0).at();
      TableRows.Cell titleCell = columns.text(row, "title", language);
      String title = titleCell == null ? null : values.text("session", titleCell.at(), titleCell.text());
      if (title == null) {
        values.error(at, "session without a title in '" + language + "'", null);
        continue;
      }
      String what = "session '" + title + "'";
      LocalDate date = date(values, what, columns.cell(row, "date"), at);
      LocalTime start = time(values, what, "start", columns.cell(row, "start"), at);
      LocalTime end = time(values, what, "end", columns.cell(row, "end"), at);
      String room = name(values, what, columns.cell(row, "room"), rooms);
      if (room == null) {
        values.error(at, what + ": no room", null);
      }
      String track = name(values, what, columns.cell(row, "track"), tracks);
      String type = name(values, what, columns.cell(row, "type"), types);
      List<String> heldIn = languages(values, what, columns.cell(row, "held_in"));
      List<String> interpretation = languages(values, what, columns.cell(row, "interpretation"));
      if (date == null || start == null || end == null || room == null) {
        continue;
      }
      TableRows.Cell endCell = columns.cell(row, "end");
      ZonedDateTime from = EventTimes.local(what, "start", date.atTime(start), zone, at, shown, problems);
      ZonedDateTime to = EventTimes.local(what, "end", date.atTime(end), zone, at, shown, problems);
      if (from == null || to == null
          || !EventTimes.check(what, new EventTimes.Span(from, to), endCell.at(), shown, problems)) {
        continue;
      }
      List<String> speakers = new ArrayList<>();
      TableRows.Cell speakerCell = columns.cell(row, "speakers");
      for (String name : speakerCell == null ? new String[0] : speakerCell.text().split("[;\\n]")) {
        String person = values.text(what, speakerCell.at(), name);
        if (person != null) {
          people.putIfAbsent(person, new Imported.Person(person, Slugs.of(person), null, person, null, null));
          speakers.add(person);
        }
      }
      List<Imported.Ref> links = new ArrayList<>();
      TableRows.Cell linkCell = columns.cell(row, "links");
      for (String url : linkCell == null ? new String[0] : linkCell.text().strip().split("\\s+")) {
        Imported.Ref ref = values.link(what, linkCell.at(), null, url);
        if (ref != null) {
          links.add(ref);
        }
      }
      TableRows.Cell idCell = columns.cell(row, "id");
      String id = Slugs.unique(idCell != null && Values.id(idCell.text().strip()) != null
          ? Values.id(idCell.text().strip()) : Slugs.of(title) != null ? Slugs.of(title) : "session", ids);
      ids.add(id);
      for (String textLanguage : columns.languages()) {
        String shownTitle = textOf(values, what, columns.text(row, "title", textLanguage));
        if (shownTitle != null) {
          events.get(textLanguage).add(new Imported.Event(at, null, id, shownTitle, from, to, room, track, type,
              speakers, heldIn, interpretation, textOf(values, what, columns.text(row, "abstract", textLanguage)),
              textOf(values, what, columns.text(row, "description", textLanguage)), links));
        }
      }
    }
    List<Imported> schedules = new ArrayList<>();
    for (String textLanguage : columns.languages()) {
      schedules.add(new Imported(textLanguage, new Imported.Conference(null, null, null, zone),
          List.copyOf(rooms.values()), List.copyOf(tracks.values()), List.copyOf(types.values()),
          events.get(textLanguage), List.copyOf(people.values()), List.of()));
    }
    return schedules;
  }

  private static String textOf(Values values, String what, TableRows.Cell cell) {
    return cell == null ? null : values.text(what, cell.at(), cell.text());
  }

  private static List<String> languages(Values values, String what, TableRows.Cell cell) {
    return cell == null ? List.of() : values.languages(what, cell.at(), cell.text());
  }

  private static String name(Values values, String what, TableRows.Cell cell, Map<String, Imported.Named> names) {
    String name = cell == null ? null : values.text(what, cell.at(), cell.text());
    if (name != null) {
      names.putIfAbsent(name, new Imported.Named(name, Slugs.of(name), null, name, null, null));
    }
    return name;
  }

  /** YYYY-MM-DD, or a spreadsheet's date (days since 1899-12-30). */
  private static LocalDate date(Values values, String what, TableRows.Cell cell, Position row) {
    if (cell == null) {
      values.error(row, what + ": no date", null);
      return null;
    }
    String text = cell.text().strip();
    try {
      return text.matches("\\d{1,6}") ? EXCEL_DAY_ZERO.plusDays(Long.parseLong(text)) : LocalDate.parse(text);
    } catch (DateTimeException e) {
      values.error(cell.at(), what + ": invalid date '" + text + "'", "write it as YYYY-MM-DD");
      return null;
    }
  }

  /** H:MM or HH:MM (seconds allowed if zero), or a spreadsheet's time (a fraction of a day). */
  private static LocalTime time(Values values, String what, String field, TableRows.Cell cell, Position row) {
    if (cell == null) {
      values.error(row, what + ": no " + field + " time", null);
      return null;
    }
    String text = cell.text().strip();
    try {
      if (text.matches("0(\\.\\d+)?")) {
        long minutes = new BigDecimal(text).multiply(BigDecimal.valueOf(24 * 60)).setScale(0,
            java.math.RoundingMode.HALF_UP).longValue();
        return LocalTime.of((int) (minutes / 60), (int) (minutes % 60));
      }
      LocalTime time = LocalTime.parse(text.length() == 4 ? "0" + text : text);
      if (time.getSecond() == 0 && time.getNano() == 0) {
        return time;
      }
    } catch (DateTimeException | ArithmeticException e) {
      // reported below
    }
    values.error(cell.at(), what + ": invalid " + field + " time '" + text + "'", "write it as HH:MM");
    return null;
  }
}
