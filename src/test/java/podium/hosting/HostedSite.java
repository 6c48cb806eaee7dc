package podium.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import podium.Minimal;
import podium.TestSite;
import podium.rules.MediaTypes;

/**
 * The minimal project with one file of every type in the media-type table and an editor's own file beside
 * the fingerprinted assets, built below a web server's document root ({@code www}) at its base path. Its
 * base URL is https, so the strictest set of headers (HSTS included) is the one served.
 */
final class HostedSite {
  final Path www;
  final String base;
  final Path output;

  private HostedSite(Path www, String base) {
    this.www = www;
    this.base = base;
    this.output = www.resolve(base.substring(1));
  }

  /**
   * Builds the site into {@code folder/www} + {@code base} ({@code /} or {@code /congresses/}). A server
   * started as root reads the files as an unprivileged user, so {@code folder} must be readable by all.
   */
  static HostedSite build(Path folder, String base) {
    StringBuilder files = new StringBuilder(Minimal.ALL).append("-- site.yaml --\nbase_url: https://congresses.example.org")
        .append(base).append('\n');
    // above the precompression threshold, so text types get their .gz and .br
    String filler = "sample ".repeat(60);
    MediaTypes.byExtension().keySet().forEach(extension ->
        files.append("-- assets/media/sample.").append(extension).append(" --\n").append(filler).append('\n'));
    files.append("-- content/demo/assets/editors-logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    TestSite project = TestSite.write(folder.resolve("project"), files.toString());
    HostedSite site = new HostedSite(folder.resolve("www"), base);
    TestSite.Run run = project.run("build", "--quiet", "--output", site.output.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return site;
  }

  /** The URL path of a published file, given as a path below the site's base. */
  String path(String relative) {
    return base + relative;
  }

  /** The one published file whose path below the base matches {@code regex}, as a path below the base. */
  String only(String regex) {
    try (Stream<Path> files = Files.walk(output)) {
      List<String> found = files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString())
          .filter(relative -> relative.matches(regex)).toList();
      assertThat(found).as(regex).hasSize(1);
      return found.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fingerprinted asset of the demo edition, such as {@code css/site.css}. */
  String fingerprinted(String asset) {
    int dot = asset.lastIndexOf('.');
    return only("demo/assets/" + asset.substring(0, dot).replace(".", "\\.") + "\\.[0-9a-f]{10}\\" + asset.substring(dot));
  }

  byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(output.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
