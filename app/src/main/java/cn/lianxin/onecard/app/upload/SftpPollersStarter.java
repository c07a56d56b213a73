package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.app.terminal.CommunityChannelChanged;
import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.upload.SftpUploadPollRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts the SFTP upload pollers once the application (and its demo data) is ready, and restarts
 * a community's poller with its new settings once a change of its terminals has committed — no
 * restart of the back office needed.
 */
@Component
class SftpPollersStarter {

    private static final Logger log = LoggerFactory.getLogger(SftpPollersStarter.class);

    private final SftpUploadPollRoute sftp;
    private final boolean enabled;

    SftpPollersStarter(SftpUploadPollRoute sftp, ExchangeProperties properties) {
        this.sftp = sftp;
        this.enabled = properties.getSftp().isEnabled();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws Exception {
        log.info("SFTP upload pollers: {}", sftp.reload());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void restart(CommunityChannelChanged changed) {
        if (!enabled) {
            return;
        }
        try {
            log.info("SFTP upload poller of community {} after its terminals changed: {}", changed.communityId(),
                    sftp.restart(changed.communityId()).orElse("none (no SFTP server)"));
        } catch (Exception e) {
            // the change is committed; the poller keeps its old settings until the next change or start
            log.error("could not restart the SFTP upload poller of community {}: {}", changed.communityId(), e.toString(), e);
        }
    }
}
