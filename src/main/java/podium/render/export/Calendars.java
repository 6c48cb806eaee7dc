package podium.render.export;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import podium.model.Day;
import podium.model.Session;
import podium.model.Speaker;
import podium.render.RenderedFile;

/**
 * The programme as iCalendar (RFC 5545): the whole programme, one file per day, per session (the "add to
 * calendar" link) and per speaker. Built and serialized by ical4j, which escapes text; lines are folded by
 * {@link Folding}. Each file carries the edition's VTIMEZONE and is {@code METHOD:PUBLISH}; the events come
 * from {@link CalendarEvents}.
 */
final class Calendars {
  static final String PRODID = "-//Podium//Congress programme//EN";

  private Calendars() {}

  /** Every calendar file of one language, in the order {@link #parts} gives them. */
  static List<RenderedFile> render(ExportView view, CalendarEvents events) {
    return parts(view, events).stream().flatMap(part -> part.get().stream()).toList();
  }

  /**
   * The calendar files of one language in three parts that can be written side by side (the calendars are
   * half of the open data's work, too much for one task to end a build alone): the programme's and the days',
   * then the sessions', then the speakers'.
   */
  static List<Supplier<List<RenderedFile>>> parts(ExportView view, CalendarEvents events) {
    String edition = view.text(view.edition.name());
    return List.of(() -> {
      DateTimeFormatter longDate = DateTimeFormatter.ofPattern(view.label("date_long", "EEEE d MMMM yyyy"),
          Locale.forLanguageTag(view.language));
      List<RenderedFile> files = new ArrayList<>();
      files.add(file(view.routes.calendar(view.language), events, header(edition), view.sessions));
      for (Day day : view.edition.days()) {
        files.add(file(view.routes.dayCalendar(view.language, day.date()), events,
            header(edition + " – " + longDate.format(day.date())), view.on(day.date())));
      }
      return files;
    }, () -> {
      String unnamed = header(null);  // a session's file has no name of its own: the same header for all
      List<RenderedFile> files = new ArrayList<>();
      for (Session session : view.sessions) {
        files.add(file(view.routes.sessionCalendar(view.language, session.id()), events, unnamed, List.of(session)));
      }
      return files;
    }, () -> {
      List<RenderedFile> files = new ArrayList<>();
      for (Speaker speaker : view.edition.speakers()) {
        files.add(file(view.routes.speakerCalendar(view.language, speaker.id()), events,
            header(view.name(speaker) + " – " + edition), view.of(speaker)));
      }
      return files;
    });
  }

  /**
   * What the browser's "my agenda" file is made of, so that it holds the very events of these files: the
   * programme's header with the VTIMEZONE ({@code begin}) and its closing line ({@code end}); each session's
   * VEVENT ({@link CalendarEvents#eventText}) goes between.
   */
  static ProgrammeJson.VcalendarJson frame(ExportView view, CalendarEvents events) {
    String header = header(view.text(view.edition.name()));
    int end = header.lastIndexOf(END);
    return new ProgrammeJson.VcalendarJson(header.substring(0, end) + events.timezoneText(), header.substring(end));
  }

  /** The calendar's own properties (a name, when {@code name} is not null) as ical4j serializes them, folded. */
  private static String header(String name) {
    Calendar calendar = new Calendar()
        .<Calendar>add(new ProdId(PRODID))
        .<Calendar>add(ImmutableVersion.VERSION_2_0)
        .<Calendar>add(ImmutableCalScale.GREGORIAN)
        .add(ImmutableMethod.PUBLISH);
    if (name != null) {
      // VALUE=TEXT: parsers that do not know these two (ical.js, Thunderbird's) would keep "\\," escaped
      ParameterList text = new ParameterList(List.of(Value.TEXT));
      calendar.<Calendar>add(new Name(text, name)).add(new XProperty("X-WR-CALNAME", text, name));
    }
    // Folding is line by line, and every component starts a line: fold the parts, then join them.
    return Folding.fold(calendar.toString());
  }

  /**
   * One calendar file: its header, then its components (the VTIMEZONE and each VEVENT, also serialized by
   * ical4j), serialized once per language and spliced in, since every session appears in four files and the
   * time zone in all of them.
   */
  private static RenderedFile file(String path, CalendarEvents events, String header, List<Session> sessions) {
    int end = header.lastIndexOf(END);
    StringBuilder text = new StringBuilder(header.length() + 2048 * (sessions.size() + 1));
    text.append(header, 0, end).append(events.timezoneText());
    for (Session session : sessions) {
      text.append(events.eventText(session));
    }
    text.append(header, end, header.length());
    return new RenderedFile(path, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static final String END = "END:VCALENDAR";
}
