package podium.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.imports.ImportFrabTest.importFile;
import static podium.imports.ImportFrabTest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/** A spreadsheet with one row per session, as CSV or .xlsx, with texts in several languages. */
class ImportTableTest {
  static final String CSV = """
      id,date,start,end,room,track,type,speakers,held in,interpretation,title_en,title_fr,abstract_en,description_fr,links
      ,2026-06-09,09:00,09:30,Plenary,,Keynote,Jane Doe,en,"fr, de",Opening,Ouverture,"We open, together.",Le **texte**.,https://example.org/slides.pdf
      panel-1,2026-06-09,9:30,11:00,Plenary,Skills,Panel,Jane Doe; Jean Dupont,en fr,,"Panel: skills",,,,
      """;

  @TempDir
  Path folder;

  @Test
  void aCsvTableWithTextsInTwoLanguagesBecomesAnEdition() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "sessions.csv", CSV, "@table", "--edition", "demo", "--language", "en",
        "--timezone", "Europe/Brussels", "--name", "Demo 2026", "--venue", "Hall");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read(site, "data/demo/sessions.yaml")).isEqualTo("""
        - id: opening
          title:
            en: "Opening"
            fr: "Ouverture"
        date: 2026-06-09
        """.replace("date:", "  date:") + """
          start: "09:00"
          end: "09:30"
          room: plenary
          type: keynote
          speakers: [jane-doe]
          languages: [en]
          interpretation: [fr, de]
          abstract:
            en: "We open, together."
          links:
            - title:
                en: "example.org"
              url: "https://example.org/slides.pdf"

        - id: panel-1
          title:
            en: "Panel: skills"
          date: 2026-06-09
          start: "09:30"
          end: "11:00"
          room: plenary
          track: skills
          type: panel
          speakers: [jane-doe, jean-dupont]
          languages: [en, fr]

        """);
    assertThat(read(site, "data/demo/edition.yaml")).startsWith("""
        name:
          en: "Demo 2026"
        start: 2026-06-09
        end: 2026-06-09
        timezone: Europe/Brussels
        venue:
          name: "Hall"
        languages: [en, fr]
        default_language: en
        """);
    assertThat(read(site, "content/demo/fr/sessions/opening.md")).isEqualTo("Le **texte**.\n");
    assertThat(site.build().exitCode()).isZero();
  }

  @Test
  void everyBadRowIsReportedAtItsCell() throws IOException {
    TestSite site = TestSite.write(folder, "");
    String csv = """
        date,start,end,room,title,held_in
        2026-06-09,11:00,10:30,Plenary,Backwards,en
        2026-06-31,09:00,10:00,Plenary,No such day,en
        2026-06-09,9h,10:00,Plenary,Bad time,english
        2026-06-09,09:00,10:00,,No room,en
        """;

    TestSite.Run run = importFile(site, "sessions.csv", csv, "@table", "--edition", "demo", "--language", "en",
        "--timezone", "Europe/Brussels", "--online");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("""
        sessions.csv:2:18: error: session 'Backwards': end 10:30 is before start 11:00
        sessions.csv:3:1: error: session 'No such day': invalid date '2026-06-31' (write it as YYYY-MM-DD)
        sessions.csv:4:12: error: session 'Bad time': invalid start time '9h' (write it as HH:MM)
        sessions.csv:4:38: error: session 'Bad time': invalid language code 'english' (write codes such as en, fr, de)
        sessions.csv:5:1: error: session 'No room': no room
        5 problems; nothing was written
        """);
    assertThat(site.root().resolve("data")).doesNotExist();
  }

  @Test
  void anUnknownColumnIsNamedWithTheKnownOnes() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "sessions.csv", "date,start,end,room,title,speaker\n", "@table", "--edition",
        "demo", "--language", "en", "--timezone", "Europe/Brussels", "--online");

    assertThat(run.err()).isEqualTo("sessions.csv:1:27: error: unknown column 'speaker' (columns are id, date, start, "
        + "end, room, track, type, speakers, held_in, interpretation, links, and title, abstract, description, each "
        + "with a language: title_en)\n1 problem; nothing was written\n");
  }

  @Test
  void anXlsxWorkbookWithDateAndTimeCellsIsRead() throws IOException {
    TestSite site = TestSite.write(folder, "");
    Path file = folder.resolve("programme.xlsx");
    try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "test", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("Sessions");
      String[] header = {"date", "start", "end", "room", "title_de", "held_in"};
      for (int i = 0; i < header.length; i++) {
        sheet.value(0, i, header[i]);
      }
      sheet.value(1, 0, LocalDate.of(2026, 6, 9));
      sheet.value(1, 1, LocalTime.of(14, 15).toSecondOfDay() / 86400.0);
      sheet.value(1, 2, "15:45");
      sheet.value(1, 3, "Großer Saal");
      sheet.value(1, 4, "Eröffnung");
      sheet.value(1, 5, "de");
    }

    TestSite.Run run = site.run("import", "table", file.toString(), "--edition", "demo", "--language", "de",
        "--timezone", "Europe/Berlin", "--venue", "Berlin");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read(site, "data/demo/sessions.yaml")).contains("""
        - id: eroffnung
          title:
            de: "Eröffnung"
          date: 2026-06-09
          start: "14:15"
          end: "15:45"
          room: grosser-saal
        """);
    assertThat(site.build().exitCode()).isZero();
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "programme.xlsx", "not a zip", "@table", "--edition", "demo", "--language",
        "en", "--timezone", "Europe/Brussels", "--online");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("programme.xlsx:1:1: error: not an Excel workbook (.xlsx) the reader "
        + "understands (save it as .xlsx, or as CSV in UTF-8)\n1 problem; nothing was written\n");
  }
}
