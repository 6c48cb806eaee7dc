package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import podium.assemble.FileCopy;
import podium.model.FileContent;
import podium.render.RenderedFile;
import podium.write.OutputFolder;
import podium.write.SiteWriter;

/**
 * The writer's second line of defence: validation keeps every path made from user data safe, and should it
 * ever miss one, the output folder still refuses a path leading out of it, for writing and for reading the
 * previous build's files, and the failed build leaves everything as it was.
 */
class OutputEscapeTest {
  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"../x", "../../x", "demo/../../x", "/abs/x", "", ".", "demo/.."})
  void aPathLeadingOutOfTheOutputIsNeverWritten(String path) throws IOException {
    Path target = folder.resolve("project/target/site");
    Files.createDirectories(target);
    Files.writeString(target.resolve("index.html"), "previous");
    Map<String, String> before = Hostile.snapshot(folder);

    try (OutputFolder output = OutputFolder.open(target, null, false)) {
      output.accept(new RenderedFile("demo/index.html", "new".getBytes(StandardCharsets.UTF_8)));
      assertThatThrownBy(() -> output.accept(new RenderedFile(path, "attack".getBytes(StandardCharsets.UTF_8))))
          .hasMessage(refusal(path));
      assertThatThrownBy(() -> output.copy(List.of(new FileCopy(new FileContent("copied".getBytes(StandardCharsets.UTF_8)), path))))
          .hasMessage(refusal(path));
      assertThatThrownBy(() -> output.previous(path)).hasMessage(refusal(path));
    }

    assertThat(Hostile.snapshot(folder)).isEqualTo(before);
  }

  @Test
  void aOneEditionBuildRefusesAPathLeavingItsEdition() throws IOException {
    Path target = folder.resolve("site/demo");
    Map<String, String> before = Hostile.snapshot(folder);

    try (OutputFolder output = OutputFolder.open(target, "demo/", false)) {
      assertThatThrownBy(() -> output.accept(new RenderedFile("demo/../x", new byte[1])))
          .hasMessage(refusal("../x"));
    }

    assertThat(Hostile.snapshot(folder)).isEqualTo(before);
  }

  @Test
  void aLinkPutIntoThePreviousOutputIsNotReusedThrough() throws IOException {
    Path target = Files.createDirectories(folder.resolve("site/demo/assets"));
    Path outside = Files.createDirectories(folder.resolve("outside"));
    Files.writeString(outside.resolve("secret.jpg"), "secret");
    Files.writeString(target.resolve("kept.jpg"), "photo");
    Files.createSymbolicLink(target.resolve("ada.jpg"), outside.resolve("secret.jpg"));
    Files.createSymbolicLink(target.resolve("photos"), outside);

    try (OutputFolder output = OutputFolder.open(folder.resolve("site"), null, false)) {
      assertThat(output.previous("demo/assets/kept.jpg")).asString(StandardCharsets.UTF_8).isEqualTo("photo");
      assertThat(output.previous("demo/assets/ada.jpg")).isNull();
      assertThat(output.previous("demo/assets/photos/secret.jpg")).isNull();
    }
  }

  @Test
  void publishingCopiesTheBuiltTreeInside() throws IOException {
    Path built = Files.createDirectories(folder.resolve("built/demo"));
    Files.writeString(built.resolve("index.html"), "page");
    Files.writeString(folder.resolve("built/index.html"), "home");
    Files.writeString(folder.resolve("built/.podium-output"), "");
    Path project = Files.createDirectories(folder.resolve("project"));

    assertThat(SiteWriter.publish(project, folder.resolve("built"), folder.resolve("public")).files()).isEqualTo(2);
    assertThat(folder.resolve("public/demo/index.html")).hasContent("page");
  }

  private static String refusal(String path) {
    return "internal error: the output path '" + path + "' leads outside the output folder, so nothing was written "
        + "(please report this bug)";
  }
}
