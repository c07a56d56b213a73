package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.app.terminal.CommunityChannelChanged;
import cn.lianxin.onecard.app.terminal.Channel;
import cn.lianxin.onecard.app.terminal.CommunityChannels;
import cn.lianxin.onecard.integration.exchange.DownloadTarget;
import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.exchange.SftpConfirmationPollRoute;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts collecting blacklist confirmations from every SFTP community's server once the back
 * office is up (one route each, on the schedule of its terminals), unless
 * {@code onecard.exchange.sftp.enabled} is false; and restarts a community's collection with its
 * new settings — or stops it, when the community no longer uses SFTP — once a change of its
 * terminals has committed.
 */
@Component
public class SftpCollection {

    private static final Logger log = LoggerFactory.getLogger(SftpCollection.class);

    private final DownloadTargets targets;
    private final CommunityChannels channels;
    private final SftpConfirmationPollRoute route;
    private final CamelContext camel;
    private final boolean enabled;

    SftpCollection(DownloadTargets targets, CommunityChannels channels, SftpConfirmationPollRoute route,
                   CamelContext camel, ExchangeProperties properties) {
        this.targets = targets;
        this.channels = channels;
        this.route = route;
        this.camel = camel;
        this.enabled = properties.getSftp().isEnabled();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startAll() {
        if (!enabled) {
            log.info("collection of confirmations from SFTP communities is switched off");
            return;
        }
        for (DownloadTarget target : targets.sftpCommunities()) {
            restart(target.communityId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void channelChanged(CommunityChannelChanged changed) {
        if (!enabled) {
            return;
        }
        try {
            restart(changed.communityId());
        } catch (RuntimeException e) {
            // the change is committed; the collection keeps its old settings until the next change or start
            log.error("could not restart collecting confirmations of community {}: {}", changed.communityId(),
                    e.getMessage(), e);
        }
    }

    /**
     * (Re)starts the collection from {@code communityId}'s server with its terminals' settings as
     * they are now; stops it when the community no longer uses SFTP.
     */
    public void restart(String communityId) {
        try {
            if (channels.of(communityId).filter(c -> c.channel() == Channel.SFTP).isEmpty()) {
                log.info("not collecting confirmations of community {}: it does not use SFTP (route {} stopped)",
                        communityId, route.stop(camel, communityId));
                return;
            }
            DownloadTarget target = targets.of(communityId);
            String routeId = route.poll(camel, target);
            log.info("collecting confirmations of community {} from sftp://{}:{}{} (route {})", communityId,
                    target.sftpHost(), target.sftpPort(), target.sftpPath(), routeId);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start collecting from the SFTP server of community " + communityId
                    + ": " + e.getMessage(), e);
        }
    }
}
