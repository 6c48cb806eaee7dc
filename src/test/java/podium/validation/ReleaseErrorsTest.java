package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.assertFailed;
import static podium.validation.InvalidInput.assertProblems;
import static podium.validation.InvalidInput.sessionsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * A session's status, and release files: a release is history that calendars and readers already saw, so a
 * file that is broken, out of order or edited by hand is a located error, never silently believed.
 */
class ReleaseErrorsTest {
  @TempDir
  Path folder;

  @Test
  void anUnknownSessionStatusIsReportedAtItsValue() {
    assertProblems(folder, sessionsWith("  speakers: [ada]", "  speakers: [ada]\n  status: canceled"),
        "data/demo/sessions.yaml:10:11: error: unknown status 'canceled' (a session's status is confirmed or "
            + "cancelled)");
  }

  @Test
  void aDraftStatusTellsWhereTheDraftMarkGoes() {
    assertProblems(folder, sessionsWith("  speakers: [ada]", "  speakers: [ada]\n  status: draft"),
        "data/demo/sessions.yaml:10:11: error: unknown status 'draft' (keep a session out of the site with draft: "
            + "true; its status is confirmed or cancelled)");
  }

  @Test
  void aStatusInCapitalsIsAccepted() {
    TestSite site = InvalidInput.site(folder, sessionsWith("  speakers: [ada]", "  speakers: [ada]\n  status: Cancelled"));
    assertThat(site.build().exitCode()).isZero();
    assertThat(site.file("demo/en/sessions/opening/index.html")).contains("<h1><s>Opening</s></h1>");
  }

  @Test
  void aReleaseEditedByHandIsReportedAtItsChecksum() throws IOException {
    TestSite site = released();
    Path file = site.root().resolve("data/demo/releases/1.json");
    Files.writeString(file, Files.readString(file).replace("2030-03-04T09:00+01:00", "2030-03-04T08:00+01:00"));
    String tampered = "data/demo/releases/1.json:" + lineOf(file, "checksum") + ":16: error: release file was "
        + "changed after podium release wrote it (its checksum does not match) (restore it from version control; "
        + "record a changed programme with a new release instead)";
    assertFailed(site.build(), tampered);
    assertFailed(site.run("check"), tampered);
  }

  @Test
  void aMissingReleaseIsReportedAtTheNextOne() throws IOException {
    TestSite site = released();
    Path releases = site.root().resolve("data/demo/releases");
    Files.move(releases.resolve("1.json"), releases.resolve("2.json"));
    assertFailed(site.build(), "data/demo/releases/2.json:1:1: error: release 1 is missing (releases are numbered "
        + "1, 2, 3, … without gaps; restore 1.json from version control)");
  }

  @Test
  void aFileThatIsNoReleaseIsReported() throws IOException {
    TestSite site = released();
    Path releases = site.root().resolve("data/demo/releases");
    Files.copy(releases.resolve("1.json"), releases.resolve("01.json"));
    Files.writeString(releases.resolve("notes.txt"), "v1 was fine\n");
    assertFailed(site.build(),
        "data/demo/releases/01.json:1:1: error: unexpected file in a releases folder (release files are named "
            + "1.json, 2.json, … and made by podium release)",
        "data/demo/releases/notes.txt:1:1: error: unexpected file in a releases folder (release files are named "
            + "1.json, 2.json, … and made by podium release)");
  }

  @Test
  void brokenJsonAndWrongValuesAreLocated() throws IOException {
    TestSite site = released();
    Path file = site.root().resolve("data/demo/releases/1.json");
    String valid = Files.readString(file);
    Files.writeString(file, valid.replace("\"status\" : \"confirmed\"", "\"status\" : \"maybe\"")
        .replace("\"start\" : \"2030-03-05T10:00+01:00\"", "\"start\" : \"10:00\""));
    assertFailed(site.build(),
        "data/demo/releases/1.json:17:18: error: unknown status 'maybe' (the statuses are confirmed and cancelled)",
        "data/demo/releases/1.json:22:17: error: invalid time '10:00' (release times are ISO date-times with their "
            + "offset, such as 2024-05-07T09:00+02:00)",
        "data/demo/releases/1.json:29:18: error: unknown status 'maybe' (the statuses are confirmed and cancelled)");
    Files.writeString(file, valid.substring(0, valid.length() / 2));
    assertThat(site.build().problems()).singleElement().asString().startsWith("data/demo/releases/1.json:")
        .contains(": error: invalid YAML");
  }

  @Test
  void aReleaseDatedBeforeThePreviousOneIsReported() throws IOException {
    TestSite site = released();
    site.add(sessionsWith("  end: \"11:00\"", "  end: \"11:30\""));
    assertThat(site.run("release", "demo", "--date", "2030-01-20").exitCode()).isZero();
    Path first = site.root().resolve("data/demo/releases/1.json");
    Path second = site.root().resolve("data/demo/releases/2.json");
    byte[] was = Files.readAllBytes(first);
    Files.write(first, Files.readAllBytes(second));
    Files.write(second, was);
    // each file is intact, only their order is not
    assertThat(site.build().problems()).anySatisfy(line -> assertThat(line).isEqualTo("data/demo/releases/2.json:3:"
        + "12: error: release date 2030-01-10 is before the previous release's (2030-01-20) (releases are recorded "
        + "in order: restore this file from version control)"));
  }

  @Test
  void hostileReleaseFilesAreRefusedWhereTheyAreWrong() throws IOException {
    TestSite site = released();
    Path file = site.root().resolve("data/demo/releases/1.json");
    String valid = Files.readString(file);
    Files.writeString(file, valid.replace("\"id\" : \"workshop\"", "\"id\" : \"../../etc\""));
    assertThat(site.build().problems()).first().asString().startsWith("data/demo/releases/1.json:")
        .contains(": error: unsafe id '../../etc'");
    Files.write(file, new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'});
    assertThat(site.build().problems()).singleElement().asString().startsWith("data/demo/releases/1.json:1:")
        .contains(": error: ");
    assertThat(site.output().resolve("demo")).as("a failed build writes nothing").doesNotExist();
  }

  private TestSite released() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    assertThat(site.run("release", "demo", "--date", "2030-01-10").exitCode()).isZero();
    return site;
  }

  private static int lineOf(Path file, String key) throws IOException {
    java.util.List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"" + key + "\"")) {
        return i + 1;
      }
    }
    throw new AssertionError(key + " not in " + file);
  }
}
