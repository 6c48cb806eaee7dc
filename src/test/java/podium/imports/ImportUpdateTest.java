package podium.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.imports.ImportFrabTest.importFile;
import static podium.imports.ImportFrabTest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/** Another language joins the same sessions; an existing edition changes only with --update, keeping the editor's work. */
class ImportUpdateTest {
  /** The German schedule of the same pretalx event: same guids and slugs, translated names. */
  static final String GERMAN = Pretalx.XML.replace("<title>Opening &amp; welcome</title>", "<title>Eröffnung</title>")
      .replace("Security", "Sicherheit").replace("Open data", "Offene Daten").replace(">Talk<", ">Vortrag<")
      .replace("<title>Hands on open data</title>", "<title>Offene Daten zum Anfassen</title>")
      .replace("Why we are here.", "Warum wir hier sind.").replace("A **longer** text.", "Ein **längerer** Text.");

  @TempDir
  Path folder;

  @Test
  void anotherLanguageAddsItsTextsToTheSameSessions() throws IOException {
    TestSite site = TestSite.write(folder, "");
    importFile(site, "schedule.xml", Pretalx.XML, "--edition", "demo", "--language", "en", "--venue", "Hall");

    TestSite.Run run = importFile(site, "schedule-de.xml", GERMAN, "--edition", "demo", "--language", "de",
        "--update");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String sessions = read(site, "data/demo/sessions.yaml");
    assertThat(sessions).contains("""
        - id: 42-opening-welcome
          title:
            en: "Opening & welcome"
            de: "Eröffnung"
        """, """
          abstract:
            en: "Why we are here."
            de: "Warum wir hier sind."
        """);
    assertThat(sessions.split("- id: ", -1)).hasSize(3);
    assertThat(read(site, "data/demo/edition.yaml")).contains("languages: [en, de]", """
          - id: 1-security
            name:
              en: "Security"
              de: "Sicherheit"
        """, """
          - id: talk
            name:
              en: "Talk"
              de: "Vortrag"
        """).doesNotContain("sicherheit", "vortrag");
    assertThat(read(site, "content/demo/de/sessions/42-opening-welcome.md")).isEqualTo("Ein **längerer** Text.\n");
    assertThat(site.build().exitCode()).isZero();
  }

  @Test
  void anExistingEditionIsNotChangedWithoutUpdate() throws IOException {
    TestSite site = TestSite.write(folder, "");
    importFile(site, "schedule.xml", Pretalx.XML, "--edition", "demo", "--language", "en", "--venue", "Hall");
    String before = read(site, "data/demo/sessions.yaml");

    TestSite.Run run = importFile(site, "schedule.xml", Pretalx.XML.replace("<start>11:00</start>", "<start>11:15</start>")
        .replace("T11:00:00+02:00", "T11:15:00+02:00"), "--edition", "demo");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("""
        changed data/demo/sessions.yaml
        sessions changed: 43-hands-on-open-data
        """);
    assertThat(run.err()).isEqualTo("podium: edition 'demo' already exists; nothing was written "
        + "(run again with --update to make these changes)\n");
    assertThat(read(site, "data/demo/sessions.yaml")).isEqualTo(before);
  }

  @Test
  void theSameScheduleAgainChangesNothing() throws IOException {
    TestSite site = TestSite.write(folder, "");
    importFile(site, "schedule.xml", Pretalx.XML, "--edition", "demo", "--language", "en", "--venue", "Hall");

    TestSite.Run run = importFile(site, "schedule.xml", Pretalx.XML, "--edition", "demo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("edition 'demo' already has everything 'schedule.xml' holds\n");
  }

  @Test
  void updateReplacesImportedFieldsAndKeepsWhatTheEditorAdded() throws IOException {
    TestSite site = TestSite.write(folder, "");
    importFile(site, "schedule.xml", Pretalx.XML, "--edition", "demo", "--language", "en", "--venue", "Hall");
    Path data = site.root().resolve("data/demo");
    Files.writeString(data.resolve("edition.yaml"), read(site, "data/demo/edition.yaml")
        .replace("languages: [en]", "languages: [en, fr]").replace("venue:\n  name: \"Hall\"",
            "venue:\n  name: \"Hall\"\n  address: {en: Berlin, fr: Berlin}"));
    Files.writeString(data.resolve("sessions.yaml"), read(site, "data/demo/sessions.yaml")
        .replace("    en: \"Opening & welcome\"", "    en: \"Opening & welcome\"\n    fr: \"Ouverture\"")
        .replace("  languages: [en]", "  languages: [en]\n  interpretation: [fr]"));
    Files.writeString(data.resolve("speakers.yaml"), read(site, "data/demo/speakers.yaml")
        .replace("name: \"Jane Doe\"", "name: \"Jane Doe\"\n  photo: photos/jane-doe.jpg"));
    site.add("""
        -- content/demo/fr/sessions/42-opening-welcome.md --
        Le texte français.
        -- content/demo/en/about.md --
        ---
        title: About
        ---
        Our page.
        """);

    TestSite.Run run = importFile(site, "schedule.xml", Pretalx.XML.replace("Opening &amp; welcome", "Welcome")
        .replace("A **longer** text.", "A new text."), "--edition", "demo", "--update");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("""
        changed data/demo/sessions.yaml
        changed content/demo/en/sessions/42-opening-welcome.md
        sessions changed: 42-opening-welcome
        """);
    assertThat(read(site, "data/demo/sessions.yaml")).contains("""
        - id: 42-opening-welcome
          title:
            en: "Welcome"
            fr: "Ouverture"
        """, """
          languages: [en]
          interpretation: [fr]
        """);
    assertThat(read(site, "data/demo/edition.yaml")).contains("languages: [en, fr]", "address: {en: Berlin, fr: Berlin}");
    assertThat(read(site, "data/demo/speakers.yaml")).contains("photo: photos/jane-doe.jpg");
    assertThat(read(site, "content/demo/en/sessions/42-opening-welcome.md")).isEqualTo("A new text.\n");
    assertThat(read(site, "content/demo/fr/sessions/42-opening-welcome.md")).isEqualTo("Le texte français.\n");
    assertThat(read(site, "content/demo/en/about.md")).contains("Our page.");
  }
}
