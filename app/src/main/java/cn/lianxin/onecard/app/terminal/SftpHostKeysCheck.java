package cn.lianxin.onecard.app.terminal;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start (after the demo data, before the SFTP pollers): with
 * {@code onecard.exchange.sftp.require-host-keys} (the production profile) the start is refused
 * unless host keys are checked ({@code strict-host-key-checking: yes}) and the known-hosts file
 * holds a key for every SFTP community's server ({@code host}, or {@code [host]:port} off port 22,
 * hashed entries too). Without it (the embedded default) an unchecked exchange is allowed and said
 * at start, at WARN, with the communities concerned.
 */
@Component
@Order(50)
class SftpHostKeysCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SftpHostKeysCheck.class);

    private final CommunityChannels channels;
    private final ExchangeProperties.Sftp sftp;

    SftpHostKeysCheck(CommunityChannels channels, ExchangeProperties properties) {
        this.channels = channels;
        this.sftp = properties.getSftp();
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> servers = channels.sftp().stream().filter(c -> c.sftpHost() != null)
                .map(c -> c.communityId() + " (terminal " + c.terminalId() + ") " + knownHostsName(c)).toList();
        if (!"yes".equals(sftp.getStrictHostKeyChecking())) {
            if (sftp.isRequireHostKeys()) {
                throw new IllegalStateException("onecard.exchange.sftp.strict-host-key-checking is '"
                        + sftp.getStrictHostKeyChecking() + "': the production profile checks the host keys of the "
                        + "community SFTP servers; set it to yes and name their known_hosts (ONECARD_SFTP_KNOWN_HOSTS)");
            }
            log.warn("host keys of the community SFTP servers are NOT checked (onecard.exchange.sftp.strict-host-key-"
                    + "checking: no, the embedded default); servers: {}", servers.isEmpty() ? "none" : servers);
            return;
        }
        Path file = sftp.getKnownHostsFile().isBlank()
                ? Path.of(System.getProperty("user.home"), ".ssh", "known_hosts") : Path.of(sftp.getKnownHostsFile());
        List<String> missing = new ArrayList<>();
        JSch jsch = new JSch();
        boolean readable = Files.isReadable(file);
        if (readable) {
            try {
                jsch.setKnownHosts(file.toString());
            } catch (JSchException e) {
                throw new IllegalStateException("cannot read the known hosts of the community SFTP servers, " + file + ": "
                        + e.getMessage(), e);
            }
        }
        for (CommunityChannel c : channels.sftp()) {
            if (c.sftpHost() == null) {
                continue;
            }
            HostKey[] keys = readable ? jsch.getHostKeyRepository().getHostKey(knownHostsName(c), null) : null;
            if (keys == null || keys.length == 0) {
                missing.add("community " + c.communityId() + " (terminal " + c.terminalId() + ", " + knownHostsName(c) + ")");
            }
        }
        if (missing.isEmpty()) {
            log.info("host keys of the community SFTP servers are checked against {}: {}", file, servers);
            return;
        }
        String problem = (readable ? file + " holds no host key for " : file + " cannot be read; no host key for ")
                + String.join(", ", missing) + " (add it with: ssh-keyscan -p <port> <host> >> " + file + ")";
        if (sftp.isRequireHostKeys()) {
            throw new IllegalStateException("refusing to start: " + problem);
        }
        log.warn("{}: the centre will refuse to connect to these servers", problem);
    }

    /** How known_hosts names the server: {@code host} on port 22, else {@code [host]:port}. */
    private static String knownHostsName(CommunityChannel c) {
        int port = c.sftpPort() == null ? 22 : c.sftpPort();
        return port == 22 ? c.sftpHost() : "[" + c.sftpHost() + "]:" + port;
    }
}
