package podium.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's `mvn site-deploy` and `mvn site:stage` publish target/site unchanged. Each test runs Maven itself on
 * this pom, as a deployer would; failsafe runs it after `package` built the sample editions into target/site.
 * The logs of the nested runs stay in target/site-deploy-it/.
 */
@TestMethodOrder(OrderAnnotation.class)
class SiteDeployIT {
  static final Path SITE = NestedMaven.PROJECT.resolve("target/site");
  static final Path LOGS = NestedMaven.PROJECT.resolve("target/site-deploy-it");

  static List<String> generated;

  @TempDir
  Path tmp;

  @BeforeAll
  static void theSampleSiteIsBuilt() throws IOException {
    assertThat(SITE.resolve("index.html")).as("run after `mvn package`, which builds target/site").exists();
    generated = Trees.files(SITE);
  }

  @Test
  @Order(1) // first, with the developer's own settings: it downloads the Site plugin and wagons if they are missing
  void deployToAFileUrlPublishesExactlyTheGeneratedFiles() throws Exception {
    Path published = tmp.resolve("congresses");

    // The phase, as the README types it: the enforcer's site-is-built check, then site:deploy.
    NestedMaven.Run run = NestedMaven.run(LOGS.resolve("file.log"), "site-deploy",
        "-Dpodium.site.url=" + published.toUri());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertSameTree(published);
  }

  @Test
  @Order(2)
  void deployOverSftpWithAKeyPublishesExactlyTheGeneratedFiles() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("server-root"));
    try (SftpServer server = SftpServer.start(root)) {
      Path home = deployersHome(server, server.knownHostsLine());

      // The path lies below the account's root and does not exist yet: the wagon creates it.
      NestedMaven.Run run = NestedMaven.run(home, LOGS.resolve("sftp.log"), "-s", settings(home), "site-deploy",
          "-Dpodium.site.url=sftp://127.0.0.1:" + server.port() + "/var/www/congresses");

      assertThat(run.exitCode()).as(run.output()).isZero();
    }
    assertSameTree(root.resolve("var/www/congresses"));
  }

  @Test
  @Order(3)
  void deployOverSftpRefusesAServerWhoseHostKeyIsNotKnown() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("server-root"));
    try (SftpServer server = SftpServer.start(root)) {
      Path home = deployersHome(server, "");

      NestedMaven.Run run = NestedMaven.run(home, LOGS.resolve("sftp-unknown-host.log"), "-s", settings(home),
          "site-deploy", "-Dpodium.site.url=sftp://127.0.0.1:" + server.port() + "/www");

      assertThat(run.exitCode()).isNotZero();
      assertThat(run.output()).contains("reject HostKey: [127.0.0.1]:" + server.port());
    }
    assertThat(root).isEmptyDirectory();
  }

  @Test
  @Order(4)
  void stageCopiesTheGeneratedFilesIntoTargetStaging() throws Exception {
    Path staging = NestedMaven.PROJECT.resolve("target/staging");
    deleteTree(staging); // a previous run's files would hide a stage that copies nothing

    NestedMaven.Run run = NestedMaven.run(LOGS.resolve("stage.log"), "site:stage");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertSameTree(staging);
  }

  /**
   * A deployer's home as the README sets it up: a key in ~/.ssh, the server's host key in ~/.ssh/known_hosts (batch
   * mode cannot answer "trust this host?", and host-key checking stays on), ~/.m2/settings.xml naming the key for
   * the server id `congress-site`. wagon-ssh reads known_hosts from user.home, hence a home of its own: switching
   * the check off instead is no option, since a NullKnownHostProvider in settings.xml cannot be loaded by Maven
   * 3.8's wagon configurator, and `strictHostKeyChecking=no` alone appends the test's host key to the real
   * ~/.ssh/known_hosts.
   */
  private Path deployersHome(SftpServer server, String knownHosts) throws Exception {
    Path home = tmp.resolve("home");
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    server.writeClientKey(ssh.resolve("id_rsa"));
    Files.writeString(ssh.resolve("known_hosts"), knownHosts);
    Files.createDirectories(home.resolve(".m2"));
    Files.writeString(Path.of(settings(home)), """
        <settings>
          <servers>
            <server>
              <id>congress-site</id>
              <username>%s</username>
              <privateKey>${user.home}/.ssh/id_rsa</privateKey>
            </server>
          </servers>
        </settings>
        """.formatted(SftpServer.USER));
    return home;
  }

  private static String settings(Path home) {
    return home.resolve(".m2/settings.xml").toString();
  }

  private static void assertSameTree(Path published) throws IOException {
    assertThat(published).isDirectory();
    assertThat(Trees.files(published)).as("files published from target/site").isEqualTo(generated);
    assertThat(Trees.differingFiles(SITE, published, generated)).as("files whose bytes changed").isEmpty();
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
