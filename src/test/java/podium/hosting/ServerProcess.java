package podium.hosting;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A web server the test started in the foreground, listening on 127.0.0.1 at a free port, with its
 * configuration, pid file and logs in the test's own folder. {@link #close} stops it and its workers.
 */
final class ServerProcess implements AutoCloseable {
  private static final long START_MILLIS = 15_000;
  final int port;
  private final Process process;
  private final Path log;

  private ServerProcess(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** A port nothing listens on now; the server binds it a moment later. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code command} and waits until {@code port} accepts connections; a server that exits fails the test. */
  static ServerProcess start(List<String> command, int port, Path log) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    ServerProcess server = new ServerProcess(port, process, log);
    long deadline = System.currentTimeMillis() + START_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        fail(command.get(0) + " exited with " + process.exitValue() + ":\n" + server.log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    server.close();
    return fail(command.get(0) + " did not listen on port " + port + " within " + START_MILLIS + " ms:\n" + server.log());
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** What the server printed (its error log goes there too), for failure messages. */
  String log() {
    try {
      return Files.isRegularFile(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  @Override
  public void close() {
    List<ProcessHandle> workers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
