package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.SampleBuild;

/** The apps show a conference's logo: schedule.xml and schedule.json name the edition's published one. */
class FrabLogoTest {
  private static final String BASE = "https://congresses.example.org/";

  @Test
  void everySampleScheduleNamesItsEditionsLogoWhereTheSitePublishesIt(@TempDir Path output) throws IOException {
    SampleBuild.into(output, "--no-compress");
    for (String edition : new String[] {"ecc-2020", "ecc-2024", "ecd-2015", "go-cluster-2015", "prit-2010"}) {
      String xml = Files.readString(output.resolve(edition + "/en/schedule.xml"));
      Matcher logo = Pattern.compile("<logo>" + Pattern.quote(BASE + edition + "/") + "(assets/brand/logo\\.[0-9a-f]{10}"
          + "\\.svg)</logo>").matcher(xml);
      assertThat(logo.find()).as(edition + " schedule.xml logo").isTrue();
      assertThat(output.resolve(edition).resolve(logo.group(1))).as(edition + " logo file").isRegularFile();
      assertThat(Files.readString(output.resolve(edition + "/en/schedule.json")))
          .contains("\"logo\" : \"" + BASE + edition + "/" + logo.group(1) + "\"");
    }
  }
}
