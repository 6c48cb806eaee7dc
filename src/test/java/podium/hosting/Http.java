package podium.hosting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP/1.1 requests to a server under test: redirects are not followed, bodies are not decoded. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  static HttpResponse<byte[]> get(String url) {
    return get(url, null);
  }

  /** A GET request, with {@code Accept-Encoding} when given. */
  static HttpResponse<byte[]> get(String url, String acceptEncoding) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The one value of a header; a header sent twice or not at all is a test failure. */
  static String only(HttpResponse<?> response, String name) {
    var values = response.headers().allValues(name);
    if (values.size() != 1) {
      throw new AssertionError(response.uri() + " sent " + name + " " + values.size() + " times: " + values);
    }
    return values.get(0);
  }
}
