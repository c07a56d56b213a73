package cn.lianxin.onecard.integration.upload;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file as it arrived, before any check: its name, the community whose channel brought it
 * (null when the channel does not say), the channel, and where its bytes are on local disk.
 *
 * @param fileName         the name it arrived under
 * @param channelCommunity the community of the inbox directory, SFTP server or HTTP path
 * @param channel          how it came
 * @param file             its bytes as received
 */
public record ReceivedUpload(String fileName, String channelCommunity, UploadChannel channel, Path file) {

    public ReceivedUpload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(file, "file");
    }
}
