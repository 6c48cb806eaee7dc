package podium.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.imports.ImportFrabTest.importFile;
import static podium.imports.ImportFrabTest.read;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/** Sessionize's "All data" export, written from its documented shape (API, "All Data" endpoint). */
class ImportSessionizeTest {
  static final String ALL_DATA = """
      {
        "sessions": [
          {"id": "512345", "title": "Clusters and skills", "description": "How clusters **train** people.",
           "startsAt": "2026-06-09T10:00:00", "endsAt": "2026-06-09T10:45:00", "isServiceSession": false,
           "isPlenumSession": false, "speakers": ["6f0e1a2b-0000-4000-8000-000000000001"],
           "categoryItems": [1001, 2002, 3001],
           "questionAnswers": [{"questionId": 55, "answerValue": "https://example.org/slides.pdf"},
                               {"questionId": 56, "answerValue": "beginner"}],
           "roomId": 10, "liveUrl": null, "recordingUrl": null, "status": "Accepted", "isInformed": true,
           "isConfirmed": true},
          {"id": "512346", "title": "Lunch", "description": null, "startsAt": "2026-06-09T12:00:00",
           "endsAt": "2026-06-09T13:00:00", "isServiceSession": true, "isPlenumSession": true, "speakers": [],
           "categoryItems": [], "questionAnswers": [], "roomId": 11, "liveUrl": null, "recordingUrl": null,
           "status": null, "isInformed": false, "isConfirmed": false},
          {"id": "512347", "title": "Not yet placed", "description": null, "startsAt": null, "endsAt": null,
           "isServiceSession": false, "isPlenumSession": false, "speakers": [], "categoryItems": [],
           "questionAnswers": [], "roomId": null, "liveUrl": null, "recordingUrl": null, "status": "Accepted",
           "isInformed": false, "isConfirmed": false}
        ],
        "speakers": [
          {"id": "6f0e1a2b-0000-4000-8000-000000000001", "firstName": "Jeanne", "lastName": "Müller",
           "bio": "Jeanne runs a cluster.", "tagLine": "Director, Example Cluster",
           "profilePicture": "https://sessionize.com/image/abc.jpg", "isTopSpeaker": false,
           "links": [{"title": "LinkedIn", "url": "https://example.org/jeanne", "linkType": "LinkedIn"}],
           "sessions": [512345], "fullName": "Jeanne Müller", "categoryItems": [], "questionAnswers": []}
        ],
        "questions": [{"id": 55, "question": "Slides", "questionType": "Short_Text", "sort": 1},
                      {"id": 56, "question": "Level", "questionType": "Short_Text", "sort": 2}],
        "categories": [
          {"id": 300, "title": "Track", "items": [{"id": 1001, "name": "Skills", "sort": 1}], "sort": 1,
           "type": "session"},
          {"id": 301, "title": "Session format", "items": [{"id": 2002, "name": "Talk", "sort": 1}], "sort": 2,
           "type": "session"},
          {"id": 302, "title": "Language", "items": [{"id": 3001, "name": "English", "sort": 1}], "sort": 3,
           "type": "session"}
        ],
        "rooms": [{"id": 10, "name": "Auditorium", "sort": 1}, {"id": 11, "name": "Foyer", "sort": 2}]
      }
      """;

  @TempDir
  Path folder;

  @Test
  void allDataBecomesAnEditionAndUnplacedSessionsAreNamed() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "sessionize.json", ALL_DATA, "@sessionize", "--edition", "demo",
        "--language", "en", "--timezone", "Europe/Brussels", "--name", "Demo", "--venue", "Hall");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).endsWith("""
        sessions added: 512345, 512346
        left out, without a time or room in Sessionize: Not yet placed
        """);
    assertThat(read(site, "data/demo/sessions.yaml")).startsWith("""
        - id: "512345"
          title:
            en: "Clusters and skills"
          date: 2026-06-09
          start: "10:00"
          end: "10:45"
          room: auditorium
          track: skills
          type: talk
          speakers: [jeanne-muller]
          languages: [en]
          links:
            - title:
                en: "Slides"
              url: "https://example.org/slides.pdf"
        """);
    assertThat(read(site, "data/demo/speakers.yaml")).isEqualTo("""
        - id: jeanne-muller
          name: "Jeanne Müller"
          affiliation:
            en: "Director, Example Cluster"
          bio:
            en: "Jeanne runs a cluster."
        """);
    assertThat(read(site, "content/demo/en/sessions/512345.md")).isEqualTo("How clusters **train** people.\n");
    assertThat(site.build().exitCode()).isZero();
  }

  @Test
  void withoutATimeZoneNothingIsImported() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "sessionize.json", ALL_DATA, "@sessionize", "--edition", "demo",
        "--language", "en", "--online");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("sessionize.json:1:1: error: Sessionize gives no time zone (give it with "
        + "--timezone, such as Europe/Brussels)\n1 problem; nothing was written\n");
  }

  @Test
  void aTimeTheClocksSkipIsRefused() throws IOException {
    TestSite site = TestSite.write(folder, "");
    String skipped = ALL_DATA.replace("2026-06-09T10:00:00", "2026-03-29T02:30:00")
        .replace("2026-06-09T10:45:00", "2026-03-29T03:45:00");

    TestSite.Run run = importFile(site, "sessionize.json", skipped, "@sessionize", "--edition", "demo",
        "--language", "en", "--timezone", "Europe/Brussels", "--online");

    assertThat(run.err()).isEqualTo("sessionize.json:3:5: error: session 'Clusters and skills': start 02:30 on "
        + "2026-03-29 does not exist in Europe/Brussels (the clocks go forward) (move the session, or set its time "
        + "in the edition's sessions.yaml)\n1 problem; nothing was written\n");
  }
}
