package podium.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.cli.Main;

/** The generated nginx.conf in nginx itself (Debian's build, started by the test), and the README's copy of it. */
class NginxTest extends StaticHostContract {
  NginxTest() {
    super(new Nginx());
  }

  /** The README shows the file the sample site gets, so what readers copy is what this class tests. */
  @Test
  void theReadmeShowsTheNginxConfigurationOfTheSampleSite(@TempDir Path output) throws IOException {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--quiet",
        "--no-compress", "--project", ".", "--output", output.toString());
    assertThat(code).as(err.toString()).isZero();
    String readme = Files.readString(Path.of("README.md"));

    assertThat(readme).contains("\n### nginx\n")
        .contains("```nginx\n" + Files.readString(output.resolve("nginx.conf")) + "```\n");
  }
}
