package podium.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import podium.diagnostic.Progress;

/**
 * Prints where a long build is, once a second, starting after the first second: short builds stay silent,
 * long ones show they are alive. Goes to standard error so the summary on standard output stays clean.
 */
final class ProgressLine implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "progress");
    thread.setDaemon(true);
    return thread;
  });

  ProgressLine(PrintWriter err, Progress progress) {
    timer.scheduleAtFixedRate(() -> {
      err.println(progress);
      err.flush();
    }, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
