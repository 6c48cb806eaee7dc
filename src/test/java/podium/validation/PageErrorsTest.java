package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.problems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown pages: where they are, what their headers say, and where they would be written. */
class PageErrorsTest {
  @TempDir
  Path folder;

  @Test
  void aLanguageFolderThatIsNotALanguageOfTheEdition() {
    assertThat(problems(folder, "-- content/demo/es/about.md --\n---\ntitle: Sobre\n---\nHola\n")).containsExactly(
        "content/demo/es/about.md:1:1: error: language folder 'es' is not a language of edition 'demo' "
            + "(the edition's languages are en, fr)");
  }

  @Test
  void aPageOutsideALanguageFolder() {
    assertThat(problems(folder, "-- content/demo/about.md --\n---\ntitle: About\n---\nText\n")).containsExactly(
        "content/demo/about.md:1:1: error: page is not inside a language folder "
            + "(move it to content/<edition>/<language>/)");
  }

  @Test
  void pagesForAnEditionThatDoesNotExist() {
    assertThat(problems(folder, "-- content/dmeo/en/about.md --\n---\ntitle: About\n---\nText\n")).containsExactly(
        "content/dmeo/en/about.md:1:1: error: no edition 'dmeo' in data/ (did you mean 'demo'?)");
  }

  @Test
  void anUnsafeSlug() {
    assertThat(problems(folder, "-- content/demo/en/about.md --\n---\ntitle: About\nslug: À propos\n---\nText\n"))
        .containsExactly("content/demo/en/about.md:3:7: error: unsafe slug 'À propos' (ids may use lowercase "
            + "letters, digits, '-' and '_', and start with a letter or digit)");
  }

  @Test
  void anUnsafeFileName() {
    assertThat(problems(folder, "-- content/demo/en/About Us.md --\n---\ntitle: About\n---\nText\n"))
        .containsExactly("content/demo/en/About Us.md:1:1: error: unsafe page file name 'About Us.md' (ids may use "
            + "lowercase letters, digits, '-' and '_', and start with a letter or digit)");
  }

  @Test
  void aPageWithoutTitle() {
    assertThat(problems(folder, "-- content/demo/en/about.md --\n---\nweight: 3\n---\nText\n")).containsExactly(
        "content/demo/en/about.md:2:1: error: missing required key 'title'");
  }

  @Test
  void anUnknownFrontMatterKey() {
    assertThat(problems(folder, "-- content/demo/en/about.md --\n---\ntitle: About\nwieght: 3\n---\nText\n"))
        .containsExactly("content/demo/en/about.md:3:1: error: unknown key 'wieght' (did you mean 'weight'?)");
  }

  @Test
  void aFrontMatterValueOfTheWrongType() {
    assertThat(problems(folder, "-- content/demo/en/about.md --\n---\ntitle: About\nweight: abc\n---\nText\n"))
        .containsExactly("content/demo/en/about.md:3:9: error: invalid value 'abc' for 'weight': "
            + "expected a whole number");
  }

  @Test
  void anUnclosedFrontMatter() {
    assertThat(problems(folder, "-- content/demo/en/about.md --\n---\ntitle: About\nText\n")).containsExactly(
        "content/demo/en/about.md:1:1: error: front matter is not closed (end it with a line of three dashes: ---)");
  }

  @Test
  void anUnknownJbakeHeaderKey() {
    assertThat(problems(folder, "-- content/demo/fr/about.md --\ntitle=À propos\nauthor=Moi\n~~~~~~\nTexte\n"))
        .containsExactly("content/demo/fr/about.md:2:1: error: unknown key 'author' (expected one of: date, "
            + "description, draft, menu, slug, source_hash, status, tags, title, type, weight)");
  }

  @Test
  void aJbakeHeaderValueOfTheWrongType() {
    assertThat(problems(folder, "-- content/demo/fr/about.md --\ntitle=À propos\nweight=dix\n~~~~~~\nTexte\n"))
        .containsExactly("content/demo/fr/about.md:2:8: error: invalid value 'dix' for 'weight': "
            + "expected a whole number");
  }

  @Test
  void aDescriptionOfASessionThatDoesNotExist() {
    assertThat(problems(folder, "-- content/demo/en/sessions/nope.md --\nText\n")).containsExactly(
        "content/demo/en/sessions/nope.md:1:1: error: description of an unknown session 'nope' "
            + "(expected one of: opening, workshop)");
  }

  @Test
  void aSlugTakingASectionsAddress() {
    assertThat(problems(folder, "-- content/demo/en/about.md --\n---\ntitle: About\nslug: programme\n---\nText\n"))
        .containsExactly("content/demo/en/about.md:1:1: error: page would be written to "
            + "demo/en/programme/index.html, which another page uses (a page's slug repeats another page's or a "
            + "section's URL; give it another slug)");
  }
}
