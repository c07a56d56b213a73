package cn.lianxin.onecard.integration.upload;

import java.util.List;

/** The community SFTP servers the centre dials (port; the app reads them from the terminal archive). */
public interface SftpServers {

    /** One server per community whose channel is SFTP. */
    List<SftpServer> list();

    /**
     * @param communityId the community
     * @param host        host name or address
     * @param port        SSH port
     * @param user        login
     * @param path        directory of the uploads on the server; answers go to its answer sub-directory
     * @param schedule    Spring cron expression (6 fields) of the collection
     */
    record SftpServer(String communityId, String host, int port, String user, String path, String schedule) {
    }
}
