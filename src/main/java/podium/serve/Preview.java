package podium.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import podium.assemble.FileCopy;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.IoWords;
import podium.diagnostic.Tasks;
import podium.load.ChangedInputs;
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
    rebuild(new ChangedInputs(List.of(), false));
    Thread thread = new Thread(() -> watcher.run(this::rebuild), "preview-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private synchronized void rebuild(ChangedInputs changes) {
    List<Path> changed = changes.paths();
    if (closed) {
      return; // a change seen while closing: the pool takes no more work
    }
    Snapshot shown = quickly(changed) ? current : null;
    boolean quick = shown != null;
    try {
      Map<String, byte[]> rendered = new ConcurrentHashMap<>();
      AtomicReference<Snapshot> early = new AtomicReference<>();
      Snapshot before = current;
      long started = System.nanoTime();
      Rendered site = build.render(file -> rendered.put(file.path(), file.bytes()),
          quick || before == null ? Set.of() : server.openPages(),
          first -> early.set(showFirst(before, first, changed, started)), changes);
      Map<String, byte[]> copied = new HashMap<>();
      for (FileCopy copy : site.model().copies()) {
        copied.put(copy.target(), copy.content().bytes());
      }
      Map<String, byte[]> served = new HashMap<>(lastExports);
      served.putAll(rendered);
      if (early.get() != null) {
        shown = early.get();
      }
      boolean reloaded = shown != null;
      // The tabs reloaded with pages rendered ahead: once more if one of them turned out different (a mark
      // the quick path could not know), or links a stylesheet or photo that got a new name.
      boolean reloadAgain = reloaded && (!shown.hasEveryFileBesidePages(served, copied)
          || !shown.showsAsIn(server.openPages(), served));
      // logged before the tabs reload, so that whoever reacts to the reload finds the line written
      PreviewServer.log(log, reloaded
          ? String.format("  whole site up to date in %d ms: %d pages rendered", site.millis(), site.renderedPages())
          : String.format("%s in %d ms: %d of %d pages rendered%s", changed.isEmpty() ? "built" : "rebuilt",
              site.millis(), site.renderedPages(), site.model().pages().size(), describe(changed)));
      if (verbose) {
        PreviewServer.log(log, "  " + site.stages());
      }
      current = new Snapshot(served, copied, List.of());
      if (reloaded && !reloadAgain) {
        server.update(current);
      } else {
        server.publish(current);
      }
      // The tab has reloaded already; calendars and schedules follow for whoever asks for them.
      long exporting = System.nanoTime();
      Map<String, byte[]> exports = new ConcurrentHashMap<>();
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
   * The pages the open tabs show, rendered before the others: served over the last good site and the tabs
   * reloaded, while the other pages render. Called on a worker thread of the rebuild.
   */
  private Snapshot showFirst(Snapshot before, Map<String, byte[]> first, List<Path> changed,
      long started) {
    if (!before.problems().isEmpty()) {
      return null;  // the tabs show problems: they reload when the whole site is good again
    }
    Map<String, byte[]> files = new HashMap<>(before.rendered());
    files.putAll(first);
    PreviewServer.log(log, String.format("rebuilt in %d ms: the %d page(s) open in the browser first%s",
        (System.nanoTime() - started) / 1_000_000, first.size(), describe(changed)));
    Snapshot early = new Snapshot(files, before.copied(), List.of());
    server.publish(early);
    return early;
  }

  /**
   * When only the text of Markdown pages changed, shows the pages that display it at once (typically a few
   * milliseconds); when only templates changed, the pages the open tabs show, with the new templates. The full
   * rebuild that follows updates the rest without reloading the tabs again.
   */
  private boolean quickly(List<Path> changed) {
    if (changed.isEmpty() || current == null || !current.problems().isEmpty()) {
      return false;
    }
    long started = System.nanoTime();
    IncrementalBuild.QuickRender quick = build.renderEditedBodies(changed);
    if (quick == null) {
      quick = build.renderEditedTemplates(changed, server.openPages());
    }
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
