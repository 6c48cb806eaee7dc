package podium.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain text's clean-up, written as one pass, does what its definition by regular expressions says. */
class PlainTextTidyTest {
  @Test
  void oneRandomTextAfterAnotherTidiesAsTheDefinitionSays() {
    String[] pieces = {"a", "word", " ", "\t", "\n", "\n\n\n", "\r", "\u00a0", "\u2003", "é"};
    Random random = new Random(5);
    for (int run = 0; run < 50_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String given = text.toString();
      String defined = given.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
      assertThat(PlainText.tidy(given)).as("%s", given.replace("\n", "\\n").replace("\t", "\\t")).isEqualTo(defined);
    }
  }

  @Test
  void textsWithEscapesAndReferencesStillLoseThem() {
    assertThat(PlainText.of("A \\*starred\\* word &amp; an &eacute; accent")).isEqualTo("A *starred* word & an é accent");
    assertThat(PlainText.of("[a link](https://example.org/a&amp;b)")).isEqualTo("a link (https://example.org/a&b)");
  }
}
