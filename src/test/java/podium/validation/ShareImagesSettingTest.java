package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.assertProblems;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/** site.yaml's {@code share_images}: sessions (the default) or editions; anything else is a located error. */
class ShareImagesSettingTest {
  @TempDir
  Path folder;

  @Test
  void anUnknownValueIsALocatedError() {
    assertProblems(folder, "-- site.yaml --\nshare_images: all\n",
        "site.yaml:1:15: error: invalid share_images 'all' (write sessions (a share image per session and "
            + "language, the default) or editions (only each edition's, which its sessions' pages then name))");
  }

  @Test
  void editionsGivesSessionsTheirEditionsPictureAndSessionsIsTheDefault() {
    TestSite site = InvalidInput.site(folder, "-- site.yaml --\nbase_url: https://example.org/\nshare_images: editions\n");
    assertThat(site.build().exitCode()).isZero();
    assertThat(Jsoup.parse(site.file("demo/en/sessions/opening/index.html")).select("meta[property=og:image]")
        .attr("content")).isEqualTo("https://example.org/demo/en/share.png");
    assertThat(site.outputFiles()).noneMatch(path -> path.contains("/share/"));
    site.add("-- site.yaml --\nbase_url: https://example.org/\nshare_images: sessions\n");
    assertThat(site.build().exitCode()).isZero();
    assertThat(site.outputFiles()).anyMatch(path -> path.startsWith("demo/assets/share/opening."));
  }
}
