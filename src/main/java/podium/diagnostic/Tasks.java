package podium.diagnostic;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.function.Supplier;

/**
 * Where a build's parallel work runs, and waiting for it: a pool with a worker per core, made by whoever runs
 * builds (a command, the preview) and closed when it is done with them. Every stage runs on it, and the caller's
 * thread only waits ({@link #run}): a thread outside the pool that joins a parallel stream "helps" by scanning
 * the pool's queues, and on a 2-core machine (whose common pool has a single worker) that scanning spun for
 * 18 % of a large build's CPU time while the pages rendered. Parallel streams started inside the pool run on
 * it; background tasks ({@link #start}) too, so no thread is created per task.
 *
 * <p>A failure is rethrown as the task threw it, not wrapped, so that it reads (and, with --verbose, traces) as
 * if it had happened on the waiting thread.
 */
public final class Tasks implements AutoCloseable {
  private final ForkJoinPool pool;

  /** A pool with a worker per core. */
  public Tasks() {
    pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  /** Work that may fail with up to two checked exception types (the compiler infers the unused ones). */
  @FunctionalInterface
  public interface Work<T, A extends Exception, B extends Exception> {
    T run() throws A, B;
  }

  /** Runs {@code work} on this pool and waits for it; directly when already on it. */
  @SuppressWarnings("unchecked")
  public <T, A extends Exception, B extends Exception> T run(Work<T, A, B> work) throws A, B {
    if (ForkJoinTask.getPool() == pool) {
      return work.run();
    }
    // the outcome is caught inside the task: the pool would wrap a checked exception in a RuntimeException
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    pool.submit(() -> {
      try {
        result[0] = work.run();
      } catch (Exception | Error e) {
        failure[0] = e;
      }
    }).join();
    if (failure[0] instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure[0] instanceof Error error) {
      throw error;
    }
    if (failure[0] != null) {
      throw (A) failure[0];  // a checked exception from work.run(): an A or a B; the cast is not checked
    }
    return (T) result[0];
  }

  /**
   * Starts {@code task} in the background, on the pool the caller runs on (inside {@link #run}); called from
   * any other thread (a test calling a stage directly), runs it at once, as there is no build's pool to use.
   */
  public static Background<Void> start(Runnable task) {
    return fork(new Background<>(() -> {
      task.run();
      return null;
    }));
  }

  /** Starts {@code task} in the background, for its result, as {@link #start} does. */
  public static <T> Background<T> supply(Supplier<T> task) {
    return fork(new Background<>(task));
  }

  private static <T> Background<T> fork(Background<T> task) {
    if (ForkJoinTask.inForkJoinPool()) {
      task.fork();
    } else {
      task.invoke();
    }
    return task;
  }

  /** The task's result, once it is done; its own exception if it failed. */
  public static <T> T join(Background<T> task) {
    T result = task.join();
    if (task.failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (task.failure instanceof Error error) {
      throw error;
    }
    return result;
  }

  /** Lets the pool's workers end once the work they hold is done; no new work is accepted. */
  @Override
  public void close() {
    pool.shutdown();
  }

  /**
   * Work started in the background: a pool task, not a {@code CompletableFuture}, because a worker waiting for
   * a task it forked runs it itself when no other worker took it yet, while a worker blocked on a
   * {@code CompletableFuture} relies on the pool adding a worker; once the pool's idle workers had timed out,
   * that did not happen and a test build hung, its validation waiting for the page checks queued behind it.
   * The task keeps its own failure: the pool would rethrow a copy made for the waiting thread's stack.
   */
  public static final class Background<T> extends RecursiveTask<T> {
    private final transient Supplier<T> work;
    private transient Throwable failure;

    private Background(Supplier<T> work) {
      this.work = work;
    }

    @Override
    protected T compute() {
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        failure = e;
        return null;
      }
    }
  }
}
