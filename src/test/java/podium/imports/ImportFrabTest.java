package podium.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/** pretalx's schedule.xml and schedule.json become an edition that builds, in the loader's own formats. */
class ImportFrabTest {
  @TempDir
  Path folder;

  static TestSite.Run importFile(TestSite site, String name, String text, String... options) throws IOException {
    Files.writeString(site.root().resolve(name), text);
    String[] args = new String[options.length + 3];
    args[0] = "import";
    args[1] = options.length > 0 && options[0].startsWith("@") ? options[0].substring(1) : "frab";
    args[2] = site.root().resolve(name).toString();
    int skip = options.length > 0 && options[0].startsWith("@") ? 1 : 0;
    System.arraycopy(options, skip, args, 3, options.length - skip);
    return site.run(java.util.Arrays.copyOf(args, args.length - skip));
  }

  static String read(TestSite site, String path) throws IOException {
    return Files.readString(site.root().resolve(path));
  }

  @Test
  void pretalxScheduleXmlBecomesAnEditionThatBuilds() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "schedule.xml", Pretalx.XML, "--edition", "democon-2025", "--language", "en",
        "--venue", "Congress Centre");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("""
        created data/democon-2025/edition.yaml
        created data/democon-2025/sessions.yaml
        created data/democon-2025/speakers.yaml
        created content/democon-2025/en/sessions/42-opening-welcome.md
        sessions added: 42-opening-welcome, 43-hands-on-open-data
        """);
    assertThat(read(site, "data/democon-2025/edition.yaml")).isEqualTo("""
        name:
          en: "DemoCon 2025"
        start: 2025-09-10
        end: 2025-09-11
        timezone: Europe/Berlin
        venue:
          name: "Congress Centre"
        languages: [en]
        default_language: en
        rooms:
          - id: main-hall
            name:
              en: "Main Hall"
          - id: workshop-room
            name:
              en: "Workshop room"
        tracks:
          - id: 1-security
            name:
              en: "Security"
          - id: 2-open-data
            name:
              en: "Open data"
        types:
          - id: talk
            name:
              en: "Talk"
          - id: workshop
            name:
              en: "Workshop"
        """);
    assertThat(read(site, "data/democon-2025/sessions.yaml")).isEqualTo("""
        - id: 42-opening-welcome
          title:
            en: "Opening & welcome"
          date: 2025-09-10
          start: "10:00"
          end: "10:30"
          room: main-hall
          track: 1-security
          type: talk
          speakers: [jane-doe]
          languages: [en]
          abstract:
            en: "Why we are here."
          links:
            - title:
                en: "Slides"
              url: "https://example.org/slides.pdf"

        - id: 43-hands-on-open-data
          title:
            en: "Hands on open data"
          date: 2025-09-10
          start: "11:00"
          end: "12:30"
          room: workshop-room
          track: 2-open-data
          type: workshop
          speakers: [jane-doe, lukasz-zolc]
          languages: [de]

        """);
    assertThat(read(site, "data/democon-2025/speakers.yaml")).isEqualTo("""
        - id: jane-doe
          name: "Jane Doe"
        - id: lukasz-zolc
          name: "Łukasz Żółć"
        """);
    assertThat(read(site, "content/democon-2025/en/sessions/42-opening-welcome.md")).isEqualTo("A **longer** text.\n");
    TestSite.Run built = site.build();
    assertThat(built.exitCode()).as(built.err()).isZero();
    assertThat(Jsoup.parse(site.file("democon-2025/en/sessions/42-opening-welcome/index.html")).select("h1").text())
        .isEqualTo("Opening & welcome");
  }

  @Test
  void pretalxScheduleJsonGivesBiosAndFloors() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "schedule.json", Pretalx.JSON, "--edition", "democon-2025", "--language", "en",
        "--online");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read(site, "data/democon-2025/speakers.yaml")).isEqualTo("""
        - id: jane-doe
          name: "Jane Doe"
          bio:
            en: "Jane builds things."
        - id: lukasz-zolc
          name: "Łukasz Żółć"
        """);
    assertThat(read(site, "data/democon-2025/edition.yaml")).contains("""
        online: true
        languages: [en]
        default_language: en
        rooms:
          - id: main-hall
            name:
              en: "Main Hall"
            floor:
              en: "Ground floor"
        """);
    assertThat(site.build().exitCode()).isZero();
  }
}
