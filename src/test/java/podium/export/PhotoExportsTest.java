package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;
import podium.photos.Images;

/** A speaker's photo in the schedules apps read: they must stay valid against the frab schemas. */
class PhotoExportsTest {
  @TempDir
  Path folder;

  private TestSite built(String baseUrl) {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.add(Minimal.SPEAKERS + "  photo: photos/ada.png\n");
    site.add(Minimal.EDITION + baseUrl);
    site.writeBytes("data/demo/photos/ada.png", Images.png(8, 8));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    return site;
  }

  @Test
  void withABaseUrlTheAvatarKeepsScheduleJsonAndXmlValid() throws Exception {
    TestSite site = built("base_url: https://example.org/demo/\n");
    byte[] json = Files.readAllBytes(site.output().resolve("demo/en/schedule.json"));

    assertThat(FrabSchemas.jsonProblems(json)).isEmpty();
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"avatar\"");
    assertThat(FrabSchemas.xmlProblem(Files.readAllBytes(site.output().resolve("demo/en/schedule.xml")))).isNull();
  }

  @Test
  void withoutABaseUrlThereIsNoAvatarSinceAppsNeedAnAbsoluteUrl() throws Exception {
    TestSite site = built("");
    byte[] json = Files.readAllBytes(site.output().resolve("demo/en/schedule.json"));

    assertThat(FrabSchemas.jsonProblems(json)).isEmpty();
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("avatar");
  }
}
