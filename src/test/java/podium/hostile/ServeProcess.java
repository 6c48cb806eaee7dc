package podium.hostile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code podium serve} in a JVM of its own, as the editor runs it: the limits of the JDK's HTTP server are set
 * once per JVM, by the first server made in it, so they can only be tested in a JVM where the preview's server
 * is that first one (in the test JVM, another test's server may come first).
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");

  private final Process process;
  private final Path output;
  final int port;

  ServeProcess(Path project, Path logFolder) throws IOException, InterruptedException {
    output = logFolder.resolve("serve-output.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "podium.cli.Main",
        "serve", "--port", "0", "--project", project.toString()))
        .redirectErrorStream(true).redirectOutput(output.toFile()).redirectInput(new File("/dev/null"))
        .start();
    port = awaitPort();
  }

  private int awaitPort() throws IOException, InterruptedException {
    for (int i = 0; i < 1200 && process.isAlive(); i++) {
      Matcher serving = SERVING.matcher(Files.readString(output));
      if (serving.find()) {
        return Integer.parseInt(serving.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not start:\n" + Files.readString(output));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
