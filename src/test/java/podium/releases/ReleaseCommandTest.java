package podium.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/** {@code podium release}: one new file, exactly what it records, and nothing else, ever overwritten. */
class ReleaseCommandTest {
  @TempDir
  Path folder;

  @Test
  void recordsEachPublicSessionOnceAndWritesNothingElse() throws Exception {
    TestSite site = ReleaseStory.released(folder);
    assertThat(site.exists("")).as("no build output").isFalse();
    String file = Files.readString(site.root().resolve("data/demo/releases/1.json"));
    assertThat(file).startsWith("""
        {
          "name" : "v1",
          "date" : "2030-01-10",
          "sessions" : [
            {
              "id" : "opening",
              "start" : "2030-03-04T09:00+01:00",
              "end" : "2030-03-04T09:30+01:00",
              "room" : "hall",
              "title" : {
                "en" : "Opening",
                "fr" : "Ouverture"
              },
              "speakers" : [
                "ada"
              ],
              "status" : "confirmed",
              "texts" : \"""").contains("\"id\" : \"workshop\"").containsPattern("\"checksum\" : \"[0-9a-f]{10}\"\n}\n$");
  }

  @Test
  void refusesWhenNothingChangedAndNeverOverwrites() throws Exception {
    TestSite site = ReleaseStory.released(folder);
    byte[] before = Files.readAllBytes(site.root().resolve("data/demo/releases/1.json"));
    TestSite.Run again = site.run("release", "demo");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).isEqualTo("podium: the programme has not changed since release 1 (v1); nothing was "
        + "written\n");
    assertThat(Files.readAllBytes(site.root().resolve("data/demo/releases/1.json"))).isEqualTo(before);
    assertThat(site.root().resolve("data/demo/releases/2.json")).doesNotExist();
  }

  @Test
  void hostileArgumentsAreRefusedBeforeAnythingIsWritten() {
    TestSite site = ReleaseStory.released(folder);
    site.add(ReleaseStory.EDITED_SESSIONS);
    assertRefused(site, "podium: unsafe edition id '../demo' (ids may use lowercase letters, digits, '-' and '_', "
        + "and start with a letter or digit)\n", "release", "../demo");
    assertRefused(site, "podium: no edition 'nodemo' in data/\n", "release", "nodemo");
    assertRefused(site, "podium: --date 'tomorrow' is not a date (write it as YYYY-MM-DD)\n", "release", "demo",
        "--date", "tomorrow");
    assertRefused(site, "podium: --date 2030-01-09 is before release 1 (2030-01-10)\n", "release", "demo", "--date",
        "2030-01-09");
    assertRefused(site, "podium: --name may not contain control characters such as line breaks or tabs\n",
        "release", "demo", "--name", "v2\nname: x");
    assertRefused(site, "podium: --name is empty; give the release a name such as v3, or leave --name out\n",
        "release", "demo", "--name", " ");
    assertThat(site.root().resolve("data/demo/releases/2.json")).doesNotExist();
  }

  @Test
  void aReadOnlyProjectIsToldInWords() throws Exception {
    TestSite site = ReleaseStory.released(folder);
    site.add(ReleaseStory.EDITED_SESSIONS);
    Path releases = site.root().resolve("data/demo/releases");
    org.junit.jupiter.api.Assumptions.assumeTrue(releases.toFile().setWritable(false), "needs file permissions");
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(releases), "running as root");
      TestSite.Run run = site.run("release", "demo");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).startsWith("podium: ").doesNotContain("Exception").contains("data/demo/releases/2.json");
    } finally {
      releases.toFile().setWritable(true);
    }
    assertThat(releases.resolve("2.json")).doesNotExist();
  }

  @Test
  void checkWarnsOfUnreleasedChangesWithoutFailing() {
    TestSite site = ReleaseStory.released(folder);
    TestSite.Run clean = site.run("check", "--quiet");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.err()).isEmpty();
    site.add(ReleaseStory.EDITED_SESSIONS);
    TestSite.Run edited = site.run("check", "--quiet");
    assertThat(edited.exitCode()).isZero();
    assertThat(edited.err()).isEqualTo("data/demo/sessions.yaml:1:1: warning: the programme differs from its last "
        + "release, 1 (v1) (record it with podium release demo before publishing)\n");
    site.run("release", "demo", "--date", "2030-02-01");
    assertThat(site.run("check", "--quiet").err()).isEmpty();
  }

  private static void assertRefused(TestSite site, String message, String... args) {
    TestSite.Run run = site.run(args);
    assertThat(run.err()).isEqualTo(message);
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
