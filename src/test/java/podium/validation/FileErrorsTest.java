package podium.validation;

import static podium.validation.InvalidInput.assertFailed;
import static podium.validation.InvalidInput.assertProblems;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** Files in an encoding other than UTF-8, and files where no file belongs. */
class FileErrorsTest {
  private static final String UTF8_PROBLEM = "error: file is not valid UTF-8 (save it as UTF-8)";

  @TempDir
  Path folder;

  /** Builds the minimal edition with {@code path} holding {@code text} encoded as ISO-8859-1 (Latin-1). */
  private TestSite.Run buildWithLatin1(String path, String text) {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.writeBytes(path, text.getBytes(StandardCharsets.ISO_8859_1));
    return site.build();
  }

  @Test
  void aLatin1SessionsFileIsReportedAtItsFirstBadByte() {
    assertFailed(buildWithLatin1("data/demo/sessions.yaml", "- id: opening\n  title: Café\n"),
        "data/demo/sessions.yaml:2:13: " + UTF8_PROBLEM);
  }

  @Test
  void aLatin1PageIsReportedAtItsFirstBadByte() {
    assertFailed(buildWithLatin1("content/demo/en/about.md", "---\ntitle: About\n---\nLine two\nnaïve\n"),
        "content/demo/en/about.md:5:3: " + UTF8_PROBLEM);
  }

  @Test
  void aLatin1EditionFileIsReportedAtItsFirstBadByte() {
    assertFailed(buildWithLatin1("data/demo/edition.yaml", Minimal.EDITION.substring(Minimal.EDITION.indexOf('\n') + 1)),
        "data/demo/edition.yaml:3:12: " + UTF8_PROBLEM);
  }

  @Test
  void aLatin1TemplateIsReportedAtItsFirstBadByte() {
    assertFailed(buildWithLatin1("templates/page.ftlh",
        "<#import \"layout.ftlh\" as layout>\n<@layout.base>\n<p>Café</p>\n</@layout.base>\n"),
        "templates/page.ftlh:3:7: " + UTF8_PROBLEM);
  }

  @Test
  void columnsBeforeTheBadByteCountCharactersNotBytes() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("---\ntitle: Café 😀".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes("\n---\n".getBytes(StandardCharsets.UTF_8));
    site.writeBytes("content/demo/en/about.md", bytes.toByteArray());

    assertFailed(site.build(), "content/demo/en/about.md:2:14: " + UTF8_PROBLEM);
  }

  @Test
  void aPageOutsideALanguageFolder() {
    assertProblems(folder, "-- content/demo/about.md --\n---\ntitle: About\n---\nText\n",
        "content/demo/about.md:1:1: error: page is not inside a language folder "
            + "(move it to content/<edition>/<language>/)");
  }

  @Test
  void pagesForAMisspeltEditionNameTheClosestEdition() {
    assertProblems(folder, "-- content/dmeo/en/about.md --\n---\ntitle: About\n---\nText\n",
        "content/dmeo/en/about.md:1:1: error: no edition 'dmeo' in data/ (did you mean 'demo'?)");
  }

  @Test
  void pagesForAnEditionThatDoesNotExistSayHowToCreateIt() {
    assertProblems(folder, "-- content/spring/en/about.md --\n---\ntitle: About\n---\nText\n",
        "content/spring/en/about.md:1:1: error: no edition 'spring' in data/ "
            + "(create data/spring/edition.yaml)");
  }

  @Test
  void aFileForAnEditionThatDoesNotExist() {
    assertProblems(folder, "-- content/dmeo/map.txt --\nA map\n",
        "content/dmeo/map.txt:1:1: error: no edition 'dmeo' in data/ (did you mean 'demo'?)");
  }

  @Test
  void aFolderLinkThatLoopsIsReportedOnceAndSkipped() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    Files.createSymbolicLink(folder.resolve("content/demo/en/loop"), folder.resolve("content/demo"));

    assertFailed(site.build(), "content/demo/en/loop:1:1: error: this link leads back to a folder that contains "
        + "it (remove the link or point it elsewhere)");
  }

  @Test
  void aFileDirectlyInContent() {
    assertProblems(folder, "-- content/map.txt --\nA map\n",
        "content/map.txt:1:1: error: file is not inside an edition folder (move it to content/<edition>/)");
  }

  @Test
  void aFileDirectlyInData() {
    assertProblems(folder, "-- data/demo.yaml --\nname: Demo\n",
        "data/demo.yaml:1:1: error: unexpected file in data/ (each edition is a folder data/<edition>/ holding "
            + "edition.yaml, sessions.yaml and speakers.yaml)");
  }

  @Test
  void aMisnamedDataFileIsNotSilentlyIgnored() {
    assertProblems(folder, "-- data/demo/session.yaml --\n[]\n",
        "data/demo/session.yaml:1:1: error: unexpected file in an edition folder (did you mean 'sessions.yaml'?)");
  }

  @Test
  void aFileAtTheAddressOfAGeneratedPage() {
    assertProblems(folder, "-- content/demo/en/programme/index.html --\n<p>Old programme</p>\n",
        "content/demo/en/programme/index.html:1:1: error: file would overwrite a generated page (the site writes "
            + "its own file at this address; rename or move this one)");
  }

  @Test
  void aFileAtTheAddressOfAFileTheSitePublishes() {
    assertProblems(folder, "-- content/demo/favicon.ico --\nnot an icon\n",
        "content/demo/favicon.ico:1:1: error: file would overwrite a file the site publishes (the site writes its "
            + "own file at this address; rename or move this one)");
  }

  @Test
  void anEditionFolderWithoutEditionFile() {
    assertProblems(folder, "-- data/spring/sessions.yaml --\n[]\n",
        "data/spring/edition.yaml:1:1: error: edition file is missing (every folder under data/ is an edition and "
            + "needs an edition.yaml)");
  }

  @Test
  void anEditionFolderNameUnsafeInAddresses() {
    String edition = Minimal.EDITION.replace("data/demo/", "data/Demo 2030/");
    TestSite site = TestSite.write(folder, edition);

    assertFailed(site.build(), "data/Demo 2030/edition.yaml:1:1: error: unsafe edition folder name 'Demo 2030' "
        + "(ids may use lowercase letters, digits, '-' and '_', and start with a letter or digit)");
  }
}
