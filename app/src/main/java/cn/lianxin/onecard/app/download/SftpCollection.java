package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.integration.exchange.DownloadTarget;
import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.exchange.SftpConfirmationPollRoute;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts collecting blacklist confirmations from every SFTP community's server once the back
 * office is up (one route each, on the schedule of its terminals), unless
 * {@code onecard.exchange.sftp.enabled} is false.
 */
@Component
public class SftpCollection {

    private static final Logger log = LoggerFactory.getLogger(SftpCollection.class);

    private final DownloadTargets targets;
    private final SftpConfirmationPollRoute route;
    private final CamelContext camel;
    private final boolean enabled;

    SftpCollection(DownloadTargets targets, SftpConfirmationPollRoute route, CamelContext camel,
                   ExchangeProperties properties) {
        this.targets = targets;
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

    /** (Re)starts the collection from {@code communityId}'s server with its terminals' settings as they are now. */
    public void restart(String communityId) {
        DownloadTarget target = targets.of(communityId);
        try {
            String routeId = route.poll(camel, target);
            log.info("collecting confirmations of community {} from sftp://{}:{}{} (route {})", communityId,
                    target.sftpHost(), target.sftpPort(), target.sftpPath(), routeId);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start collecting from the SFTP server of community " + communityId
                    + ": " + e.getMessage(), e);
        }
    }
}
