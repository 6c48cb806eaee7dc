package podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The top-level command line, without a command. */
class MainTest {
  @Test
  void noCommandNamesEveryCommand() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err));

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString().lines().findFirst())
        .hasValue("missing command: build, check, serve, publish, new-edition, new-page or release");
    assertThat(out.toString()).isEmpty();
  }
}
