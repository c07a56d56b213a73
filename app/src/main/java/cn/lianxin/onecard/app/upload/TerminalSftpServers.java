package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.app.terminal.CommunityChannels;
import cn.lianxin.onecard.integration.upload.SftpServers;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The SFTP servers of the terminal archive: one per community whose channel is SFTP, as
 * {@link CommunityChannels} reads it — the same server downloads and confirmations use (port 22
 * when the terminal names none).
 */
@Component
class TerminalSftpServers implements SftpServers {

    private final CommunityChannels channels;

    TerminalSftpServers(CommunityChannels channels) {
        this.channels = channels;
    }

    @Override
    public List<SftpServer> list() {
        return channels.sftp().stream()
                .filter(c -> c.sftpHost() != null && c.sftpUser() != null && c.sftpPath() != null)
                .map(c -> new SftpServer(c.communityId(), c.sftpHost(), c.sftpPort() == null ? 22 : c.sftpPort(),
                        c.sftpUser(), c.sftpPath(), c.sftpSchedule()))
                .toList();
    }
}
