package podium.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open preview tabs: {@code reload} after a good rebuild, {@code problems} (with the
 * same lines the command line prints) after a failed one. Each tab says which page it shows, so that a rebuild
 * can render those pages first and reload the tabs before it renders the rest.
 */
final class LiveReload {
  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
  /** The file each open tab shows ({@code ecc-2024/en/programme/index.html}), by its stream. */
  private final Map<OutputStream, String> pages = new ConcurrentHashMap<>();

  /**
   * Keeps the exchange open as an event stream for a tab showing {@code page} (null: unknown); the first event
   * tells the tab the current state.
   */
  void connect(HttpExchange exchange, String page, String firstEvent, String firstData) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream stream = exchange.getResponseBody();
    clients.add(stream);
    if (page != null) {
      pages.put(stream, page);
    }
    send(stream, firstEvent, firstData);
  }

  /** The files the open tabs show. */
  Set<String> openPages() {
    return Set.copyOf(pages.values());
  }

  void broadcast(String event, String data) {
    for (OutputStream client : clients) {
      send(client, event, data);
    }
  }

  private void send(OutputStream client, String event, String data) {
    StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
    for (String line : data.split("\n", -1)) {
      message.append("data: ").append(line).append('\n');
    }
    message.append('\n');
    try {
      synchronized (client) {
        client.write(message.toString().getBytes(StandardCharsets.UTF_8));
        client.flush();
      }
    } catch (IOException e) {
      // The tab was closed: forget it.
      clients.remove(client);
      pages.remove(client);
    }
  }
}
