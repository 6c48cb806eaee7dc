package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.assertProblems;
import static podium.validation.InvalidInput.repositoryFile;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import podium.TestSite;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates and interface strings: problems are reported in the template or strings file, never in the page
 * being rendered. The repository's own files are changed, and positions found in them, so the tests follow the
 * theme as it evolves.
 */
class TemplateErrorsTest {
  private static final String LAYOUT = "templates/layout.ftlh";
  private static final String FRENCH = "templates/i18n/fr.yaml";

  @TempDir
  Path folder;

  /** A page template that puts {@code line} inside the layout, on line 3. */
  private static String pageTemplate(String line) {
    return "-- templates/page.ftlh --\n<#import \"layout.ftlh\" as layout>\n<@layout.base>\n" + line
        + "\n</@layout.base>\n";
  }

  /** The repository's {@code path} with {@code from} replaced by {@code to}, as a section. */
  private static String changed(String path, String from, String to) {
    return "-- " + path + " --\n" + InvalidInput.replaced(repositoryFile(path), from, to);
  }

  /** "line:column" of the first occurrence of {@code text} in the repository's {@code path}, 1-based. */
  private static String positionOf(String path, String text) {
    List<String> lines = repositoryFile(path).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(text);
      if (column >= 0) {
        return (i + 1) + ":" + (column + 1);
      }
    }
    throw new IllegalArgumentException(text + " is not in " + path);
  }

  /**
   * A project whose templates/ was copied before news existed has no news.ftlh: Podium ships no templates of
   * its own to fall back on (the loader reads the project's folder only), so the build names the file to add,
   * once, and writes nothing.
   */
  @Test
  void aProjectWithoutTheNewsTemplateIsToldWhichFileToAdd() throws Exception {
    TestSite site = InvalidInput.site(folder, """
        -- content/demo/en/news/hello.md --
        ---
        title: Hello
        date: 2030-01-05
        ---
        News.
        """);
    java.nio.file.Files.delete(site.root().resolve("templates/news.ftlh"));
    InvalidInput.assertFailed(site.build(), "templates/news.ftlh:1:1: error: template is missing (every kind of page "
        + "needs its template in templates/: copy news.ftlh from Podium's templates/)");
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void aMissingValueIsReportedInTheTemplateAtItsName() {
    assertProblems(folder, pageTemplate("<p>${nosuchvariable}</p>"),
        "templates/page.ftlh:3:6: error: template failed: 'nosuchvariable' is missing or null "
            + "(write ${nosuchvariable!} for an optional value)");
  }

  /**
   * The repository's {@code path} with {@code from} replaced by {@code to} is refused with {@code message}, at
   * the position {@code anchor} has in the repository's file.
   */
  private void assertChangeRefused(String path, String from, String to, String anchor, String message) {
    assertProblems(folder, changed(path, from, to), path + ":" + positionOf(path, anchor) + ": error: " + message);
  }

  @Test
  void aMissingValueInTheLayoutIsReportedInTheLayoutNotInThePageTemplate() {
    assertChangeRefused(LAYOUT, "${t.skip_to_content}", "${t.skip_to_contnt}", "t.skip_to_content}",
        "template failed: 't.skip_to_contnt' is missing or null (write ${t.skip_to_contnt!} for an optional value)");
  }

  @Test
  void aTemplateSyntaxErrorIsReportedOnceAtTheDirective() {
    assertProblems(folder, "-- templates/page.ftlh --\n<#if>\n",
        "templates/page.ftlh:1:2: error: template syntax: #if is an existing directive, but the tag is malformed.  "
            + "(See FreeMarker Manual / Directive Reference.)");
  }

  @Test
  void anIncludedTemplateThatDoesNotExist() {
    assertProblems(folder, "-- templates/page.ftlh --\n<#include \"nope.ftlh\">\n",
        "templates/page.ftlh:1:1: error: template failed: Template inclusion failed (for parameter value "
            + "\"nope.ftlh\"): Template not found for name \"nope.ftlh\".");
  }

  @Test
  void aCallToAMacroThatDoesNotExist() {
    assertProblems(folder, pageTemplate("<@layout.nosuch/>"),
        "templates/page.ftlh:3:3: error: template failed: 'layout.nosuch' is missing or null");
  }

  @Test
  void anInterfaceStringMissingInOneLanguageNamesAFileThatHasIt() {
    assertProblems(folder, changed(FRENCH, "home: Accueil\n", ""),
        FRENCH + ":1:1: error: missing interface string 'home' (it is defined in templates/i18n/de.yaml)");
  }

  @Test
  void anInterfaceStringDefinedInOneLanguageOnlyIsMissingInTheOthers() {
    assertProblems(folder, changed(FRENCH, "home: Accueil\n", "home: Accueil\nexcursion: Excursion\n"),
        "templates/i18n/de.yaml:1:1: error: missing interface string 'excursion' (it is defined in " + FRENCH + ")",
        "templates/i18n/en.yaml:1:1: error: missing interface string 'excursion' (it is defined in " + FRENCH + ")");
  }

  @Test
  void anEmptyInterfaceStringIsReportedAtItsKey() {
    String line = positionOf(FRENCH, "home: Accueil").split(":")[0];

    assertProblems(folder, changed(FRENCH, "home: Accueil", "home:"),
        FRENCH + ":" + line + ":6: error: interface string 'home' is empty");
  }

  @Test
  void aBrokenInterfaceStringsFileIsReportedOnlyWhereItIsBroken() {
    String line = positionOf(FRENCH, "home: Accueil").split(":")[0];

    assertProblems(folder, changed(FRENCH, "home: Accueil", "home: {page: Accueil}"),
        FRENCH + ":" + line + ":7: error: invalid value for 'home': expected a text");
  }

  /** The French {@code pattern} replaced by {@code bad}, refused at the value for {@code reason}. */
  private void assertPatternRefused(String pattern, String bad, String reason) {
    assertChangeRefused(FRENCH, "\"" + pattern + "\"", "\"" + bad + "\"", "\"" + pattern + "\"", reason
        + " (use pattern letters such as d, MMMM, yyyy, EEEE, HH and mm; put other text in single quotes, and write "
        + "'' for a quote)");
  }

  @Test
  void aDatePatternWithAnUnclosedQuoteIsReportedAtTheValueInPlainWords() {
    assertPatternRefused("EEEE d MMMM yyyy", "d MMMM y'",
        "invalid date pattern 'd MMMM y'': a quoted text is not closed");
  }

  @Test
  void aDatePatternThatAsksADateForItsHour() {
    assertPatternRefused("EEEE d MMMM yyyy", "d MMMM yyyy HH",
        "invalid date pattern 'd MMMM yyyy HH': a date has no hour of day");
  }

  @Test
  void aTimePatternWithALetterThatIsNotAPatternLetter() {
    assertPatternRefused("HH:mm", "HH:mm b", "invalid time pattern 'HH:mm b': 'b' is not a pattern letter");
  }

  @Test
  void aDatePatternWithALetterRepeatedTooOften() {
    assertPatternRefused("EEEE d MMMM yyyy", "EEEEEE d MMMM",
        "invalid date pattern 'EEEEEE d MMMM': too many 'E' in a row");
  }

  @Test
  void aDatePatternWithAReservedCharacter() {
    assertPatternRefused("EEEE d MMMM yyyy", "d # MMMM",
        "invalid date pattern 'd # MMMM': it uses a reserved character (one of # { })");
  }

  @Test
  void aDatePatternClosingAnOptionalPartItNeverOpened() {
    assertPatternRefused("EEEE d MMMM yyyy", "d] MMMM", "invalid date pattern 'd] MMMM': a ']' closes no '['");
  }

  @Test
  void aDatePatternAskingForATimeZone() {
    assertPatternRefused("EEEE d MMMM yyyy", "d MMMM VV", "invalid date pattern 'd MMMM VV': it cannot format a date");
  }

  @Test
  void aMacroThatCallsItselfWithoutEndIsReportedInTheTemplateWithoutAStackTrace() {
    assertProblems(folder, "-- templates/page.ftlh --\n<#macro again n><@again n + 1/></#macro>\n<@again 1/>\n",
        "templates/page.ftlh:1:1: error: template failed: calls nested too deeply (a macro, function or include "
            + "that calls itself needs a way to stop)");
  }

  @Test
  void aTranslationThatDropsAPlaceholderIsReportedAtItsValue() {
    assertChangeRefused(FRENCH, "{count, plural, =0 {Aucune", "{nombre, plural, =0 {Aucune", "\"{count, plural, =0 {Aucune",
        "interface string 'agenda_count' lacks {count} (templates/i18n/de.yaml has it, and the page fills it in)");
  }

  @Test
  void aPluralMessageWithAnUnclosedCaseIsReportedAtItsValue() {
    assertChangeRefused(FRENCH, "other {# sessions affichées}}", "other {# sessions affichées}",
        "\"{shown, plural, one {# session affichée}", "interface string 'results_count' is not an ICU message: "
            + "Bad plural pattern syntax at character 16: \" one {# session affi ...\""
            + " (write placeholders as {name} and counts as {count, plural, one {# session} other {# sessions}};"
            + " a literal brace is quoted: '{')");
  }

  @Test
  void aPluralMessageWithoutItsOtherCaseIsReportedAtItsValue() {
    assertChangeRefused(FRENCH, "{# session affichée} other {# sessions affichées}", "{# session affichée}",
        "\"{shown, plural, one {# session affichée}", "interface string 'results_count' is not an ICU message: "
            + "Missing 'other' keyword in plural pattern in \"{shown, plural, one  ...\""
            + " (write placeholders as {name} and counts as {count, plural, one {# session} other {# sessions}};"
            + " a literal brace is quoted: '{')");
  }

  @Test
  void aMessageOfAnUnknownKindIsReported() {
    assertChangeRefused(FRENCH, "{shown, plural, one", "{shown, plurall, one",
        "\"{shown, plural, one {# session affichée}", "interface string 'results_count' is not an ICU message: "
            + "Unknown format type \"plurall\""
            + " (write placeholders as {name} and counts as {count, plural, one {# session} other {# sessions}};"
            + " a literal brace is quoted: '{')");
  }
}
