package cn.lianxin.onecard.integration.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The SFTP server an SFTP community runs (Apache MINA SSHD), as the simulator plays it (and the
 * tests of the SFTP channel use it): one login, files under {@code root} (the login's home),
 * listening on 127.0.0.1.
 */
public final class CommunitySftpServer implements AutoCloseable {

    private final SshServer server;

    /** Starts the server on {@code port} (0: any free port) with one login whose home is {@code root}. */
    public CommunitySftpServer(int port, String user, String password, Path root) throws IOException {
        Files.createDirectories(root);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolveSibling(root.getFileName() + ".hostkey")));
        server.setPasswordAuthenticator((u, p, session) -> user.equals(u) && password.equals(p));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
        server.start();
    }

    /** The port it listens on. */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
