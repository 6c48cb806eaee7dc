package podium.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import podium.model.Localized;
import podium.rules.ContentHash;

/**
 * One release file, {@code data/<edition>/releases/<n>.json}, as written by {@code podium release} and read
 * back by the build: the one place that knows its format. {@code checksum} covers everything else in the file,
 * so a hand-edited release (which would rewrite history that calendars and readers already saw) is noticed.
 */
public record ReleaseDoc(String name, String date, List<Entry> sessions, String checksum) {
  public static final String FOLDER = "releases";
  private static final Pattern FILE_NAME = Pattern.compile("([1-9][0-9]{0,5})\\.json");
  private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /**
   * A session as released: times as ISO offset date-times, the room's id, the ids of its speakers, its status
   * word, and {@code texts}, a hash of its texts (title, abstract, links, descriptions).
   */
  public record Entry(String id, String start, String end, String room, Localized title, List<String> speakers,
      String status, String texts) {}

  /** The release number a file name gives ({@code 3.json}: 3), or 0 when it is not a release file's name. */
  public static int number(String fileName) {
    Matcher matcher = FILE_NAME.matcher(fileName);
    return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  public static String fileName(int number) {
    return number + ".json";
  }

  /** The checksum the file should carry: of its canonical text without the checksum. */
  public String expectedChecksum() {
    return ContentHash.of(text(false));
  }

  /** The file's text, with its checksum computed; the same release always gives the same bytes. */
  public String text() {
    return text(true);
  }

  private String text(boolean withChecksum) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("name", name);
    file.put("date", date);
    List<Object> entries = new ArrayList<>();
    for (Entry entry : sessions) {
      Map<String, Object> session = new LinkedHashMap<>();
      session.put("id", entry.id());
      session.put("start", entry.start());
      session.put("end", entry.end());
      session.put("room", entry.room());
      session.put("title", written(entry.title()));
      session.put("speakers", entry.speakers() == null ? List.of() : entry.speakers());
      session.put("status", entry.status());
      session.put("texts", entry.texts());
      entries.add(session);
    }
    file.put("sessions", entries);
    if (withChecksum) {
      file.put("checksum", expectedChecksum());
    }
    try {
      return JSON.writeValueAsString(file) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("strings and lists always make JSON", e);
    }
  }

  /** A text written once stays a string; one per language is a map in language order, whatever order was read. */
  private static Object written(Localized title) {
    if (title == null) {
      return null;
    }
    if (title.texts().size() == 1 && title.texts().containsKey(Localized.ANY)) {
      return title.texts().get(Localized.ANY);
    }
    return new TreeMap<>(title.texts());
  }
}
