package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.Exchange;
import org.slf4j.MDC;

/**
 * The file an exchange carries, in the MDC of its log lines: {@value #KEY} = {@code " via <route>
 * <community> <file>"}, which the app's log pattern prints after Camel's own {@code camel.routeId}
 * — so a line the pipeline logs in {@code upload-ingest} still says which poller took which file
 * of which community: {@code [upload-ingest via sftp-upload-poll-32030102 32030102 CONS_….DAT]}.
 * Camel removes the key when the exchange is done ({@code camel.main.mdc-logging-keys-pattern:
 * onecard.*}).
 */
public final class LogContext {

    /** The MDC key. */
    public static final String KEY = "onecard.via";

    private LogContext() {
    }

    /** Puts the exchange's route, community and file into the MDC of the thread now working on it. */
    public static void of(Exchange exchange, String community, String fileName) {
        MDC.put(KEY, " via " + exchange.getFromRouteId() + " " + community + " " + fileName);
    }
}
