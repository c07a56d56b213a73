package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.app.platform.Digests;
import cn.lianxin.onecard.integration.exchange.ConfirmationReceiver;
import cn.lianxin.onecard.integration.exchange.RejectedArea;
import cn.lianxin.onecard.integration.format.BlacklistConfirmation;
import cn.lianxin.onecard.integration.format.BlacklistConfirmationCodec;
import cn.lianxin.onecard.integration.format.BlacklistFileName;
import cn.lianxin.onecard.integration.format.FormatException;
import cn.lianxin.onecard.integration.keys.KeySystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blacklist confirmations (BLA) from every channel — inbox directory, SFTP, HTTP PUT — in one
 * method: checked against the channel's community, the file name, {@code K_upload} and the
 * versions the centre made; recorded once per community and version. A refused file is logged
 * with its reason and kept in the rejected area.
 */
@Service
public class BlacklistConfirmations implements ConfirmationReceiver {

    private static final Logger log = LoggerFactory.getLogger(BlacklistConfirmations.class);

    private final JdbcTemplate jdbc;
    private final KeySystem keys;
    private final RejectedArea rejected;
    private final Clock clock;

    BlacklistConfirmations(JdbcTemplate jdbc, KeySystem keys, RejectedArea rejected, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.rejected = rejected;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ConfirmationOutcome record(String communityId, String fileName, byte[] content) {
        BlacklistFileName name;
        BlacklistConfirmation confirmation;
        try {
            name = BlacklistFileName.parse(fileName);
            if (name.kind() != BlacklistFileName.Kind.BLA) {
                return refuse(communityId, fileName, content, "'" + fileName + "' is not a confirmation (BLA_…) name");
            }
            confirmation = BlacklistConfirmationCodec.read(new ByteArrayInputStream(content), keys);
        } catch (FormatException e) {
            return refuse(communityId, fileName, content, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!name.communityId().equals(communityId)) {
            return refuse(communityId, fileName, content, "a file of community " + name.communityId()
                    + " arrived through the channel of community " + communityId);
        }
        if (!confirmation.communityId().equals(name.communityId()) || confirmation.version() != name.version()) {
            return refuse(communityId, fileName, content, "the file confirms version " + confirmation.version()
                    + " of community " + confirmation.communityId() + " but is named " + fileName);
        }
        Integer made = jdbc.queryForObject("select count(*) from blacklist_version where community_id = ? and version = ?",
                Integer.class, communityId, confirmation.version());
        if (made == null || made == 0) {
            return refuse(communityId, fileName, content, "version " + confirmation.version()
                    + " is no blacklist version the centre made for community " + communityId);
        }
        String sha256 = Digests.sha256Hex(content);
        List<String> earlier = jdbc.queryForList("select sha256 from blacklist_confirmation where community_id = ? "
                + "and version = ?", String.class, communityId, confirmation.version());
        if (!earlier.isEmpty()) {
            log.info("confirmation {} of community {} version {} was recorded before; nothing changes", fileName,
                    communityId, confirmation.version());
            return new ConfirmationOutcome(true, "version " + confirmation.version() + " was confirmed before");
        }
        jdbc.update("insert into blacklist_confirmation (community_id, version, applied_at, received_at, file_name, sha256) "
                        + "values (?, ?, ?, ?, ?, ?)", communityId, confirmation.version(), confirmation.appliedAt(),
                LocalDateTime.now(clock).withNano(0), fileName, sha256);
        log.info("community {} confirmed blacklist version {} applied at {} ({})", communityId, confirmation.version(),
                confirmation.appliedAt(), fileName);
        return new ConfirmationOutcome(true, "version " + confirmation.version() + " confirmed, applied at "
                + confirmation.appliedAt());
    }

    private ConfirmationOutcome refuse(String communityId, String fileName, byte[] content, String reason) {
        log.warn("confirmation {} through the channel of community {} refused: {}", fileName, communityId, reason);
        rejected.keep(communityId, fileName, content, reason);
        return new ConfirmationOutcome(false, reason);
    }
}
