package podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Meta descriptions: the first text given, on one line, at most 160 characters, cut after a whole word. */
class MetaDescriptionTest {
  @Test
  void aLongTextIsCutAfterAWholeWordWithAnEllipsis() {
    String words = "Clusters bring together companies, research and training in a region; ".repeat(4);
    String cut = MetaDescription.of(words);
    assertThat(cut.length()).isLessThanOrEqualTo(160);
    assertThat(cut).endsWith("…");
    String kept = cut.substring(0, cut.length() - 1);
    assertThat(words).startsWith(kept);
    assertThat(words.charAt(kept.length())).as("the next character ends a word").isIn(' ', ',', ';');
  }

  @Test
  void theFirstTextWithContentIsTakenOnOneLineAndShortOnesStayWhole() {
    assertThat(MetaDescription.of(null, "  ", "Line one\n  line two", "later")).isEqualTo("Line one line two");
    assertThat(MetaDescription.of("😀".repeat(160))).as("characters, not UTF-16 units").hasSize(320);
    assertThat(MetaDescription.of((String) null)).isNull();
    assertThat(MetaDescription.facts("Opening", null, " ", "Hall")).isEqualTo("Opening, Hall");
  }

  @Test
  void readingOnlyTheStartOfALongTextGivesWhatTheWholeTextWould() {
    // the definition: strip, every run of ASCII white space as one space, then cut
    java.util.function.Function<String, String> whole = text -> MetaDescription.of(text) == null ? null
        : MetaDescription.oneLine(text, Integer.MAX_VALUE);
    String[] pieces = {"word", " ", "\n\t ", "\u2003", "\u00a0", "😀", "é", ",", "\u001c"};
    java.util.Random random = new java.util.Random(20);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = 150 + random.nextInt(30);
      while (text.codePointCount(0, text.length()) < length) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String given = text.toString();
      String expected = given.isBlank() ? null : cutLikeBefore(given.strip().replaceAll("\\s+", " "));
      assertThat(MetaDescription.of(given)).as("%s", given).isEqualTo(expected);
      assertThat(whole.apply(given)).isEqualTo(given.isBlank() ? null : given.strip().replaceAll("\\s+", " "));
    }
  }

  private static String cutLikeBefore(String text) {
    if (text.codePointCount(0, text.length()) <= MetaDescription.MAX) {
      return text;
    }
    int limit = text.offsetByCodePoints(0, MetaDescription.MAX - 1);
    int space = text.lastIndexOf(' ', limit);
    String kept = space > MetaDescription.MAX / 2 ? text.substring(0, space) : text.substring(0, limit);
    return kept.replaceAll("[\\s,;:.–-]+$", "") + "…";
  }
}
