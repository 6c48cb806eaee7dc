package podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import podium.diagnostic.FileFailure;

/** What a failed command prints: I/O failures in words, internal errors without class names, and exit codes. */
class OutcomeTest {
  private record Printed(int code, String err) {}

  private static Printed run(boolean verbose, Callable<Integer> work) {
    StringWriter err = new StringWriter();
    int code = Outcome.of(new PrintWriter(err), verbose, work);
    return new Printed(code, err.toString());
  }

  private static String printed(Exception failure) {
    Printed printed = run(false, () -> {
      throw failure;
    });
    assertThat(printed.code()).isEqualTo(Main.INVALID_INPUT);
    return printed.err();
  }

  @Test
  void aFullDiskNamesTheFileInTheOutputFolderAndSaysWhy() {
    IOException full = new FileSystemException("target/.site.new-12-34/x.html", null, "No space left on device");

    assertThat(printed(new UncheckedIOException(FileFailure.of("write", Path.of("./target/site/x.html"), full))))
        .isEqualTo("podium: could not write target/site/x.html: no space left on device\n");
  }

  @Test
  void javaNioFailuresAreToldInWords() {
    assertThat(printed(new AccessDeniedException("/var/www")))
        .isEqualTo("podium: could not use /var/www: permission denied\n");
    assertThat(printed(new NoSuchFileException("a"))).isEqualTo("podium: could not use a: no such file or folder\n");
    assertThat(printed(new DirectoryNotEmptyException("a")))
        .isEqualTo("podium: could not use a: the folder is not empty\n");
    assertThat(printed(new NotDirectoryException("a"))).isEqualTo("podium: could not use a: it is not a folder\n");
    assertThat(printed(new NotLinkException("a"))).isEqualTo("podium: could not use a: it is not a symbolic link\n");
    assertThat(printed(new FileSystemLoopException("a")))
        .isEqualTo("podium: could not use a: symbolic links form a loop\n");
    assertThat(printed(new FileAlreadyExistsException("a"))).isEqualTo("podium: could not use a: a is in the way\n");
    assertThat(printed(new AtomicMoveNotSupportedException("a", "b", null))).isEqualTo("podium: could not use a or b: "
        + "it cannot be moved in one step (is it on another file system?)\n");
    assertThat(printed(new FileSystemException("a", null, "Read-only file system")))
        .isEqualTo("podium: could not use a: read-only file system\n");
    assertThat(printed(new IOException("Broken pipe"))).isEqualTo("podium: input or output failed: broken pipe\n");
    assertThat(printed(new IOException())).isEqualTo("podium: input or output failed: input or output error\n");
  }

  @Test
  void whatCouldNotBeDoneIsNamed() {
    assertThat(printed(FileFailure.of("replace", Path.of("target/site"), new AccessDeniedException("target"))))
        .isEqualTo("podium: could not replace target/site: permission denied\n");
    IOException full = new FileSystemException("/var/.www.releases", null, "No space left on device");
    assertThat(printed(FileFailure.of("publish to", Path.of("/var/www"), full)))
        .isEqualTo("podium: could not publish to /var/www: no space left on device\n");
  }

  @Test
  void whatIsDoneIsSaidOnceWhenFailuresAreWrappedTwice() {
    FileFailure inner = FileFailure.of("read", Path.of("content/demo/plan.pdf"), new AccessDeniedException("x"));

    assertThat(printed(FileFailure.of("publish to", Path.of("/var/www"), inner)))
        .isEqualTo("podium: could not read content/demo/plan.pdf: permission denied\n");
  }

  @Test
  void anInternalErrorNamesNoClassAndPointsToVerbose() {
    assertThat(printed(new IllegalStateException("no renderer"))).isEqualTo(
        "podium: internal error: no renderer (run with --verbose for details)\n");
    assertThat(printed(new NullPointerException())).isEqualTo(
        "podium: internal error (run with --verbose for details)\n");
  }

  @Test
  void verboseAddsTheStackTrace() {
    Printed printed = run(true, () -> {
      throw new IllegalStateException("no renderer");
    });

    assertThat(printed.err()).startsWith("podium: internal error: no renderer\njava.lang.IllegalStateException")
        .contains("\tat ");
  }

  @Test
  void aRefusalIsAUsageError() {
    Printed printed = run(false, () -> {
      throw new IllegalArgumentException("will not replace /: it is the root of the file system");
    });

    assertThat(printed.code()).isEqualTo(Main.USAGE);
    assertThat(printed.err()).isEqualTo("podium: will not replace /: it is the root of the file system\n");
  }

  @Test
  void runningOutOfMemoryIsToldInWordsWithTheWayOut() {
    Printed printed = run(false, () -> {
      throw new OutOfMemoryError("Java heap space");
    });
    assertThat(printed.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(printed.err()).isEqualTo("podium: out of memory: the build needed more than the "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB Java may use; nothing was written (give it more:"
        + " PODIUM_JAVA_OPTS=-Xmx2g bin/podium …, or java -Xmx2g -jar podium.jar …)" + System.lineSeparator());
    assertThat(Outcome.outOfMemory(1024L * 1024 * 1024)).contains("more than the 1024 MB Java may use");
  }
}
