package podium.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * Every listing shows a day's sessions in one order (podium.model.SessionOrder): by start, then the edition's
 * room order, then id. The sessions are written scrambled, and two start together in rooms whose edition order
 * ({@code zeta} before {@code alpha}) is the reverse of their ids' and their sessions' ids' order.
 */
class SessionOrderTest {
  private static final List<String> ORDER = List.of("early", "z-zeta", "a-alpha", "late");

  @TempDir
  Path folder;

  @Test
  void aDayPageProgrammeJsonSchedulesAndCalendarAgree() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.EDITION.replace("""
          - id: hall
            name: {en: Main hall, fr: Grande salle}
          - id: lab
            name: Lab
        """, """
          - id: zeta
            name: Zeta
          - id: alpha
            name: Alpha
          - id: mid
            name: Mid
        """) + Minimal.SPEAKERS + """
        -- data/demo/sessions.yaml --
        - {id: late, title: {en: late}, date: 2030-03-04, start: "11:00", end: "11:30", room: zeta, languages: [en]}
        - {id: a-alpha, title: {en: a-alpha}, date: 2030-03-04, start: "10:00", end: "10:30", room: alpha, languages: [en]}
        - {id: early, title: {en: early}, date: 2030-03-04, start: "09:00", end: "09:30", room: mid, languages: [en]}
        - {id: z-zeta, title: {en: z-zeta}, date: 2030-03-04, start: "10:00", end: "10:30", room: zeta, languages: [en]}
        """);
    assertThat(site.build().exitCode()).isZero();

    assertThat(firstMentions(site.file("demo/en/programme/2030-03-04/index.html"), "sessions/(%s)/"))
        .isEqualTo(ORDER);

    JsonNode programme = new ObjectMapper().readTree(site.file("demo/en/programme.json"));
    assertThat(texts(programme.at("/days/0/sessions"))).isEqualTo(ORDER);
    assertThat(programme.get("sessions").findValuesAsText("id")).containsSubsequence(ORDER);

    assertThat(all(site.file("demo/en/programme.ics"), "UID:(\\S+)@demo\\.podium")).isEqualTo(ORDER);

    // frab groups a day's events by room, in the edition's room order: each room's events are in start order,
    // and reading the rooms side by side (a stable sort by start) gives the one order again (titles are the ids)
    String xml = site.file("demo/en/schedule.xml");
    List<String> frabXml = all(xml, "<event [^>]*>\\s*<date>[^<]+</date>[\\s\\S]*?<title>([^<]+)</title>");
    assertThat(frabXml).isEqualTo(List.of("z-zeta", "late", "a-alpha", "early"));
    assertThat(byStart(xml, frabXml)).isEqualTo(ORDER);

    JsonNode schedule = new ObjectMapper().readTree(site.file("demo/en/schedule.json"));
    List<String> frabJson = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    schedule.at("/schedule/conference/days/0/rooms").forEach(room -> room.forEach(event -> {
      frabJson.add(event.get("title").asText());
      starts.add(event.get("date").asText());
    }));
    assertThat(frabJson).isEqualTo(List.of("z-zeta", "late", "a-alpha", "early"));
    List<Integer> indexes = new ArrayList<>(List.of(0, 1, 2, 3));
    indexes.sort(Comparator.comparing(starts::get));
    assertThat(indexes.stream().map(frabJson::get).toList()).isEqualTo(ORDER);
  }

  /** The ids in the order of the first mention of each in {@code text}. */
  private static List<String> firstMentions(String text, String pattern) {
    List<String> ids = new ArrayList<>();
    for (String id : all(text, pattern.formatted("[a-z-]+"))) {
      if (ORDER.contains(id) && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<String> all(String text, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(matcher.groupCount()));
    }
    return found;
  }

  /** The events of a frab XML, stably sorted by their start. */
  private static List<String> byStart(String xml, List<String> slugs) {
    List<String> starts = all(xml, "<event [^>]*>\\s*<date>([^<]+)</date>");
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < slugs.size(); i++) {
      indexes.add(i);
    }
    indexes.sort(Comparator.comparing(starts::get));
    return indexes.stream().map(slugs::get).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
