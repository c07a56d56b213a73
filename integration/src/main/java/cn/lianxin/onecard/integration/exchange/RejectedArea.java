package cn.lianxin.onecard.integration.exchange;

import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Keeps a refused incoming file where staff can look at it: {@code <exchange>/<community>/rejected/<name>}
 * and, beside it, {@code <name>.reason} saying why. Names that are not plain file names are
 * replaced, so a caller cannot write outside the area.
 */
@Component
public class RejectedArea {

    private final ExchangeProperties properties;

    public RejectedArea(ExchangeProperties properties) {
        this.properties = properties;
    }

    /** Keeps {@code content} and {@code reason}; returns where the file now lies. */
    public Path keep(String communityId, String fileName, byte[] content, String reason) {
        String community = communityId != null && communityId.matches("[0-9]{8}") ? communityId : "unknown";
        return KeptFiles.keep(properties.getDirectory().resolve(community).resolve("rejected"), fileName, content, reason);
    }
}
