package podium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build links the files it would write unchanged from the output it replaces. */
class RebuildTest {
  @TempDir
  Path folder;

  @Test
  void unchangedFilesKeepTheirIdentityAndChangedOnesAreNew() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    assertThat(site.build().exitCode()).isZero();
    Object speaker = identity(site, "demo/en/speakers/ada/index.html");
    Object speakerGzip = identity(site, "demo/en/speakers/ada/index.html.gz");
    Object about = identity(site, "demo/en/about/index.html");
    assumeTrue(speaker != null, "this file system gives files no identity");

    site.add("""
        -- content/demo/en/about.md --
        ---
        title: About
        weight: 10
        ---
        The *demo* congress, edited.
        """);
    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(identity(site, "demo/en/speakers/ada/index.html")).isEqualTo(speaker);
    assertThat(identity(site, "demo/en/speakers/ada/index.html.gz")).isEqualTo(speakerGzip);
    assertThat(identity(site, "demo/en/about/index.html")).isNotEqualTo(about);
    assertThat(site.file("demo/en/about/index.html")).contains("congress, edited.");
    assertThat(site.file("demo/en/speakers/ada/index.html")).contains("Ada");
  }

  @Test
  void aFailedRebuildLeavesTheLinkedFilesAsTheyWere() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();
    String speaker = site.file("demo/en/speakers/ada/index.html");

    site.add("""
        -- templates/page.ftlh --
        <#import "layout.ftlh" as layout>
        <@layout.base>${content.missing}</@layout.base>
        """);
    assertThat(site.build().exitCode()).isEqualTo(1);

    assertThat(site.file("demo/en/speakers/ada/index.html")).isEqualTo(speaker);
    assertThat(site.file("demo/en/about/index.html")).contains("congress.");
  }

  /** The file's identity (device and inode on Unix), or null where the file system has none. */
  private static Object identity(TestSite site, String path) throws IOException {
    return Files.readAttributes(site.output().resolve(path), BasicFileAttributes.class).fileKey();
  }
}
