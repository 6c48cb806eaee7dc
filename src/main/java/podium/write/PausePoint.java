package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hook for the interruption tests, and nothing else: with {@code -Dpodium.test.pauseAt=NAME} and
 * {@code -Dpodium.test.pauseFile=FILE}, the writer reaching the point NAME creates FILE and waits until
 * {@code FILE.go} appears, so a test can kill the process at exactly that moment. Without the properties (every
 * real run) it does nothing. The properties are read here only.
 */
final class PausePoint {
  private PausePoint() {}

  static void at(String point) {
    if (!point.equals(System.getProperty("podium.test.pauseAt"))) {
      return;
    }
    Path signal = Path.of(System.getProperty("podium.test.pauseFile"));
    try {
      Files.createFile(signal);
      Path go = signal.resolveSibling(signal.getFileName() + ".go");
      while (!Files.exists(go)) {
        Thread.sleep(20);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
