package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** programme.json: the documented plain JSON of an edition in one language. */
class ProgrammeJsonTest {
  @TempDir
  Path folder;

  @Test
  void keysComeInTheDocumentedOrderAndTextsInTheFileLanguage() throws Exception {
    TestSite.write(folder, Minimal.ALL);
    Map<String, byte[]> files = Exports.of(folder);
    JsonNode programme = FrabSchemas.MAPPER.readTree(files.get("demo/fr/programme.json"));
    assertThat(programme.fieldNames()).toIterable().containsExactly("format", "language", "edition", "days", "rooms",
        "tracks", "types", "sessions", "speakers", "vcalendar");
    assertThat(programme.get("format").asText()).isEqualTo("podium-programme/1");
    assertThat(programme.get("language").asText()).isEqualTo("fr");
    JsonNode edition = programme.get("edition");
    assertThat(edition.fieldNames()).toIterable().containsExactly("id", "name", "tagline", "organiser", "start",
        "end", "timezone", "online", "venue", "languages", "default_language", "home_url", "urls");
    assertThat(edition.get("name").asText()).isEqualTo("Congrès démo 2030");
    assertThat(edition.get("home_url").isNull()).isTrue();
    assertThat(edition.get("urls").get("speakers").asText()).isEqualTo("intervenants/");

    JsonNode opening = programme.get("sessions").get(0);
    assertThat(opening.fieldNames()).toIterable().containsExactly("id", "guid", "frab_id", "title", "abstract",
        "description", "date", "start", "end", "room", "track", "type", "speakers", "held_in", "interpretation",
        "links", "url", "calendar", "vevent", "status", "changed");
    assertThat(opening.get("title").asText()).isEqualTo("Ouverture");
    // the browser's agenda joins these: the session's VEVENT as in its own calendar file, between the
    // programme calendar's header (with its time zone) and closing line
    String own = new String(files.get("demo/fr/sessions/opening/opening.ics"), java.nio.charset.StandardCharsets.UTF_8);
    String all = new String(files.get("demo/fr/programme.ics"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(own).contains(opening.get("vevent").asText()).contains("BEGIN:VTIMEZONE");
    assertThat(all).startsWith(programme.at("/vcalendar/begin").asText() + opening.get("vevent").asText())
        .endsWith(programme.at("/vcalendar/end").asText());
    assertThat(opening.get("start").asText()).isEqualTo("2030-03-04T09:00:00+01:00");
    assertThat(opening.get("end").asText()).isEqualTo("2030-03-04T09:30:00+01:00");
    assertThat(opening.get("url").asText()).isEqualTo("sessions/opening/");
    assertThat(opening.get("held_in").get(0).asText()).isEqualTo("en");
    assertThat(opening.get("interpretation").get(0).asText()).isEqualTo("fr");
    JsonNode workshop = programme.get("sessions").get(1);
    assertThat(workshop.get("title").asText()).as("falls back to the default language").isEqualTo("Workshop");
    assertThat(workshop.get("track").isNull()).isTrue();

    JsonNode ada = programme.get("speakers").get(0);
    assertThat(ada.get("affiliation").asText()).isEqualTo("Cluster Exemple");
    assertThat(ada.get("sessions").get(0).asText()).isEqualTo("opening");
    assertThat(ada.get("url").asText()).isEqualTo("intervenants/ada/");
    assertThat(ada.get("guid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        .isNotEqualTo(opening.get("guid").asText());
  }

  @Test
  void everyCalendarItNamesIsExportedBesideIt() throws Exception {
    TestSite.write(folder, Tricky.ALL);
    Map<String, byte[]> files = Exports.of(folder);
    for (String language : new String[] {"de", "en"}) {
      String home = "tricky/" + language + "/";
      JsonNode programme = FrabSchemas.MAPPER.readTree(files.get(home + "programme.json"));
      JsonNode urls = programme.get("edition").get("urls");
      for (String key : new String[] {"calendar", "schedule_xml", "schedule_json"}) {
        assertThat(files).containsKey(home + urls.get(key).asText());
      }
      for (String list : new String[] {"days", "sessions", "speakers"}) {
        programme.get(list).forEach(item -> assertThat(files).containsKey(home + item.get("calendar").asText()));
      }
    }
  }

  @Test
  void linksAndTheHomeUrlAreAbsolute() throws Exception {
    TestSite.write(folder, Tricky.ALL);
    JsonNode programme = FrabSchemas.MAPPER.readTree(Exports.of(folder).get("tricky/en/programme.json"));
    assertThat(programme.get("edition").get("home_url").asText()).isEqualTo("https://example.org/tricky/en/");
    JsonNode links = programme.get("sessions").get(0).get("links");
    assertThat(links).hasSize(2);
    assertThat(links.get(0).get("title").asText()).isEqualTo("Slides");
    assertThat(links.get(0).get("url").asText()).isEqualTo("https://example.org/slides?talk=tricky&lang=de");
    assertThat(links.get(1).get("url").asText()).isEqualTo("mailto:info@example.org");
    assertThat(programme.get("rooms").get(1).get("floor").asText()).isEqualTo("First floor");
  }
}
