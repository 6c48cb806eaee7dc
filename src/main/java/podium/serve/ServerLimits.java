package podium.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.concurrent.Executors;

/**
 * The preview's listening socket, with limits, so that no connection holds the server forever: the JDK's
 * server keeps a connection that sends half a request (a "slowloris") open, and a thread blocked reading it,
 * unless told to drop requests that take too long to arrive.
 */
final class ServerLimits {
  /** Seconds a request's line and headers may take to arrive: plenty for a browser, even over a network. */
  static final int REQUEST_SECONDS = 5;
  /** Open connections at most; each open tab keeps one for its live reload. */
  static final int CONNECTIONS = 200;

  private ServerLimits() {}

  /** A started-able server on {@code host} (the loopback address when null) and {@code port} (0: any free one). */
  static HttpServer bind(String host, int port) throws IOException {
    // read by the JDK once, when its first server is made; -D on the command line still wins
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
    System.getProperties().putIfAbsent("jdk.httpserver.maxConnections", Integer.toString(CONNECTIONS));
    InetAddress address = address(host);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(address, port), 64);
    } catch (BindException e) {
      if (host != null && !address.isAnyLocalAddress() && NetworkInterface.getByInetAddress(address) == null) {
        throw new IllegalArgumentException("cannot listen on '" + host + "': it is not an address of this machine");
      }
      throw new IllegalArgumentException("port " + port + " is already in use; stop the program using it "
          + "or choose another port with --port");
    }
    server.setExecutor(Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "preview-http");
      thread.setDaemon(true);
      return thread;
    }));
    return server;
  }

  private static InetAddress address(String host) {
    if (host == null) {
      return InetAddress.getLoopbackAddress();
    }
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host name '" + host + "' given to --host");
    }
  }
}
