package podium.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP-only server on 127.0.0.1 (Apache MINA SSHD, in this JVM) with one account whose files live in a temporary
 * folder. Like a hosting account, it has no shell, and it accepts one client key.
 */
final class SftpServer implements AutoCloseable {
  static final String USER = "deploy";

  private final SshServer sshd;
  private final KeyPair hostKey;
  private final KeyPair clientKey;

  private SftpServer(SshServer sshd, KeyPair hostKey, KeyPair clientKey) {
    this.sshd = sshd;
    this.hostKey = hostKey;
    this.clientKey = clientKey;
  }

  /** Serves {@code root} as "/" on a free port, with new host and client keys. */
  static SftpServer start(Path root) throws IOException, GeneralSecurityException {
    KeyPair hostKey = generate("EC", 256);
    KeyPair clientKey = generate("RSA", 2048);

    SshServer sshd = SshServer.setUpDefaultServer();
    sshd.setHost("127.0.0.1");
    sshd.setPort(0); // the system picks a free port; getPort() reports it once started
    sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    sshd.setPublickeyAuthenticator(
        (user, offered, session) -> USER.equals(user) && KeyUtils.compareKeys(clientKey.getPublic(), offered));
    sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
    sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    sshd.start();
    return new SftpServer(sshd, hostKey, clientKey);
  }

  int port() {
    return sshd.getPort();
  }

  /** The client's private key in OpenSSH's own format (what ssh-keygen writes today), unencrypted. */
  void writeClientKey(Path file) throws IOException, GeneralSecurityException {
    try (OutputStream out = Files.newOutputStream(file)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "deploy@podium-test", null, out);
    }
  }

  /** This server's line for ~/.ssh/known_hosts, as `ssh-keyscan -p PORT 127.0.0.1` prints it. */
  String knownHostsLine() {
    return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n";
  }

  @Override
  public void close() throws IOException {
    sshd.stop(true);
  }

  private static KeyPair generate(String algorithm, int size) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    generator.initialize(size);
    return generator.generateKeyPair();
  }
}
