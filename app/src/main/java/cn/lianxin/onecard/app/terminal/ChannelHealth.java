package cn.lianxin.onecard.app.terminal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The communities' SFTP channels in {@code /actuator/health} ({@code sftpChannels}; details for
 * centre administrators): always UP — a community's server that refuses the centre is that
 * community's problem to fix, not the back office being down — with each community's state,
 * failures in a row and last failure's reason.
 */
@Component("sftpChannels")
class ChannelHealth implements HealthIndicator {

    private final ChannelStatuses statuses;

    ChannelHealth(ChannelStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (ChannelStatus status : statuses.all()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", status.state().name());
            detail.put("terminal", String.valueOf(status.terminalId()));
            detail.put("consecutiveFailures", status.consecutiveFailures());
            detail.put("lastSuccessAt", String.valueOf(status.lastSuccessAt()));
            if (status.lastFailureAt() != null) {
                detail.put("lastFailureAt", status.lastFailureAt().toString());
                detail.put("lastFailureReason", status.lastFailureReason());
            }
            health.withDetail(status.communityId(), detail);
        }
        return health.build();
    }
}
