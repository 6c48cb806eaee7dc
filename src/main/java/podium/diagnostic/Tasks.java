package podium.diagnostic;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waiting for work a stage runs in the background (the open data while the pages render, the programme files
 * while the pages are read). A failure is rethrown as the task threw it, not wrapped, so that it reads (and,
 * with --verbose, traces) as if it had happened on the waiting thread.
 */
public final class Tasks {
  private Tasks() {}

  /** The task's result, once it is done; its own exception if it failed. */
  public static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
