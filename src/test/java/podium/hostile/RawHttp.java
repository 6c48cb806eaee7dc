package podium.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests written byte by byte on a socket, as an attacker writes them: Java's HTTP client refuses to send a
 * forged {@code Host}, a raw backslash or a missing host, which are exactly what these tests send.
 */
final class RawHttp {
  private RawHttp() {}

  /** A response: its status, header lines (names in lowercase) and body. */
  record Response(int status, List<String> headers, String body) {
    /** The values of one header, by lowercase name. */
    List<String> header(String name) {
      return headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
          .map(line -> line.substring(name.length() + 1).strip()).toList();
    }
  }

  /** Sends {@code request} (CRLF line ends added), reads the whole response until the server closes. */
  static Response send(int port, String request) {
    return read(port, request, false);
  }

  /** The same, reading only the status line and headers: for the event stream, which never ends. */
  static Response headersOf(int port, String request) {
    return read(port, request, true);
  }

  /** {@code GET path} with the given extra header lines, closing the connection after the response. */
  static String get(String path, int port, String... headers) {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\n");
    for (String header : headers) {
      request.append(header).append('\n');
    }
    return request.append("Connection: close\n\n").toString();
  }

  private static Response read(int port, String request, boolean headersOnly) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(request.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0; b = in.read()) {
        bytes.write(b);
        if (headersOnly && bytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          break;
        }
      }
      String text = bytes.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      List<String> lines = new ArrayList<>(List.of(text.substring(0, end).split("\r\n")));
      int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
      return new Response(status, lines, text.substring(end + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
