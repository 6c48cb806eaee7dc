package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import podium.cli.Main;

/** The repository's own sample editions built with the command line, as the checks over the sample site need. */
public final class SampleBuild {
  private SampleBuild() {}

  /** Builds the repository into {@code output} with {@code flags} added, failing with the printed problems. */
  public static void into(Path output, String... flags) {
    List<String> arguments = new ArrayList<>(List.of("build", "--quiet"));
    arguments.addAll(List.of(flags));
    arguments.addAll(List.of("--project", ".", "--output", output.toString()));
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), arguments.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
  }
}
