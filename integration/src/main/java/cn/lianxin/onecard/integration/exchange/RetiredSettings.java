package cn.lianxin.onecard.integration.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Refuses to start while a setting the exchange no longer reads is set: {@code onecard.uploads.*}
 * and the old {@code onecard.exchange} names became {@link ExchangeProperties}, and a setting
 * quietly ignored — an SFTP password, the host-key checks — would change what the centre does
 * without anyone noticing.
 */
@Component
public class RetiredSettings {

    private static final Map<String, String> RENAMED = Map.of(
            "onecard.exchange.redeliveries", "onecard.exchange.maximum-redeliveries",
            "onecard.exchange.redelivery-delay-ms", "onecard.exchange.redelivery-delay (a duration, e.g. 1s)",
            "onecard.exchange.inbox-poll-delay-ms", "onecard.exchange.inbox.delay (a duration, e.g. 2s)",
            "onecard.exchange.dead-letter-uri", "onecard.exchange.dead-letter-dir (a directory)",
            "onecard.exchange.sftp.collect", "onecard.exchange.sftp.enabled",
            "onecard.exchange.sftp.poll-delay-ms", "onecard.exchange.sftp.poll-delay (a duration, e.g. 30m)",
            "onecard.exchange.sftp.options", "onecard.exchange.sftp.strict-host-key-checking and known-hosts-file "
                    + "(ONECARD_SFTP_KNOWN_HOSTS)");

    public RetiredSettings(ConfigurableEnvironment environment) {
        List<String> found = new ArrayList<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String key = normal(name);
                    if (key.startsWith("onecard.uploads.")) {
                        found.add(name + " → onecard.exchange." + name.substring("onecard.uploads.".length())
                                + " (exchange-root → directory, inbox-enabled/inbox-delay → inbox.enabled/inbox.delay, "
                                + "sftp.default-password → sftp.password)");
                    } else if (key.equals("onecard.sftp.options")) {
                        found.add(name + " → " + RENAMED.get("onecard.exchange.sftp.options"));
                    } else {
                        RENAMED.entrySet().stream().filter(e -> normal(e.getKey()).equals(key)).findFirst()
                                .ifPresent(e -> found.add(name + " → " + e.getValue()));
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("settings the file exchange no longer reads (all of it is onecard.exchange.* "
                    + "now, see docs/formats.md): " + String.join("; ", found));
        }
    }

    /** {@code ONECARD_EXCHANGE_SFTP_POLL_DELAY_MS} and {@code onecard.exchange.sftp.poll-delay-ms} alike. */
    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
    }
}
