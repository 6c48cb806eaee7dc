package podium.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import podium.assemble.FileCopy;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.IoWords;
import podium.diagnostic.Tasks;
import podium.pipeline.BuildOptions;
import podium.pipeline.IncrementalBuild;
import podium.pipeline.Rendered;

/**
 * The {@code serve} loop: build everything once, then on each change rebuild through the incremental pipeline
 * (which re-reads only changed files and re-renders only pages whose inputs changed) and swap the served site.
 * Every rebuild is logged with its time in milliseconds.
 */
public final class Preview implements AutoCloseable {
  private final BuildOptions options;
  /** The pool of every rebuild's parallel work, for as long as the preview runs. */
  private final Tasks tasks = new Tasks();
  private final IncrementalBuild build;
  private final PreviewServer server;
  private final PrintWriter log;
  private final boolean verbose;
  private Map<String, byte[]> lastExports = Map.of();
  /** What the server serves now (null before the first build). */
  private Snapshot current;
  private Watcher watcher;
  private boolean closed;

  public Preview(BuildOptions options, int port, PrintWriter log, boolean verbose) throws IOException {
    this(options, null, port, log, verbose);
  }

  /** A preview listening on {@code host} (a name or address of this machine; null: the loopback address). */
  public Preview(BuildOptions options, String host, int port, PrintWriter log, boolean verbose) throws IOException {
    this.options = options;
    this.verbose = verbose;
    this.build = new IncrementalBuild(options, tasks);
    this.server = new PreviewServer(host, port);
    this.log = log;
  }

  public int port() {
    return server.port();
  }

  /** Builds once and starts watching; returns at once, rebuilds happen on a background thread. */
  public void start() throws IOException {
    Path project = options.project();
    // watching before the first build: an edit made while it runs (seconds on a large congress) is queued
    watcher = new Watcher(project);
    rebuild(List.of());
    Thread thread = new Thread(() -> watcher.run(this::rebuild), "preview-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private synchronized void rebuild(List<Path> changed) {
    if (closed) {
      return; // a change seen while closing: the pool takes no more work
    }
    boolean reloaded = quickly(changed);
    try {
      Map<String, byte[]> rendered = new java.util.concurrent.ConcurrentHashMap<>();
      Rendered site = build.render(file -> rendered.put(file.path(), file.bytes()));
      Map<String, byte[]> copied = new HashMap<>();
      for (FileCopy copy : site.model().copies()) {
        copied.put(copy.target(), copy.content().bytes());
      }
      Map<String, byte[]> served = new HashMap<>(lastExports);
      served.putAll(rendered);
      // logged before the tabs reload, so that whoever reacts to the reload finds the line written
      PreviewServer.log(log, reloaded
          ? String.format("  whole site up to date in %d ms: %d pages rendered", site.millis(), site.renderedPages())
          : String.format("%s in %d ms: %d of %d pages rendered%s", changed.isEmpty() ? "built" : "rebuilt",
              site.millis(), site.renderedPages(), site.model().pages().size(), describe(changed)));
      if (verbose) {
        PreviewServer.log(log, "  " + site.stages());
      }
      current = new Snapshot(served, copied, List.of());
      if (reloaded) {
        server.update(current);
      } else {
        server.publish(current);
      }
      // The tab has reloaded already; calendars and schedules follow for whoever asks for them.
      long exporting = System.nanoTime();
      Map<String, byte[]> exports = new java.util.concurrent.ConcurrentHashMap<>();
      build.renderExports(site, file -> exports.put(file.path(), file.bytes()));
      lastExports = exports;
      Map<String, byte[]> complete = new HashMap<>(rendered);
      complete.putAll(exports);
      current = new Snapshot(complete, copied, List.of());
      server.update(current);
      if (verbose) {
        PreviewServer.log(log, String.format("  sitemaps and open data in %d ms",
            (System.nanoTime() - exporting) / 1_000_000));
      }
    } catch (InvalidInputException e) {
      server.fail(e.problems());
      current = current == null ? null : current.withProblems(e.problems());
      e.problems().forEach(problem -> PreviewServer.log(log, problem.format()));
      PreviewServer.log(log, e.problems().size() + " problem(s); still serving the last good site");
    } catch (IOException | RuntimeException e) {
      PreviewServer.log(log, "podium: " + IoWords.describe(e));
    }
  }

  /**
   * When only the text of Markdown pages changed, shows the pages that display it at once (typically a few
   * milliseconds); the full rebuild that follows updates the rest without reloading the tabs again.
   */
  private boolean quickly(List<Path> changed) {
    if (changed.isEmpty() || current == null || !current.problems().isEmpty()) {
      return false;
    }
    long started = System.nanoTime();
    IncrementalBuild.QuickRender quick = build.renderEditedBodies(changed);
    if (quick == null) {
      return false;
    }
    Map<String, byte[]> files = new HashMap<>(current.rendered());
    quick.files().forEach(file -> files.put(file.path(), file.bytes()));
    current = new Snapshot(files, current.copied(), List.of());
    PreviewServer.log(log, String.format("rebuilt in %d ms: %d of %d pages rendered%s",
        (System.nanoTime() - started) / 1_000_000, quick.files().size(), quick.pages(), describe(changed)));
    server.publish(current);
    return true;
  }

  private String describe(List<Path> changed) {
    if (changed.isEmpty()) {
      return "";
    }
    Path project = options.project().toAbsolutePath();
    List<String> names = changed.stream().distinct().limit(3)
        .map(path -> project.relativize(path.toAbsolutePath()).toString().replace('\\', '/')).toList();
    return " (" + String.join(", ", names) + (changed.stream().distinct().count() > 3 ? ", …" : "") + ")";
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    try {
      if (watcher != null) {
        watcher.close();
      }
      server.close();
    } finally {
      tasks.close();
    }
  }
}
