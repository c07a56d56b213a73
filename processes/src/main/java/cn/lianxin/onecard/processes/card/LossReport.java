package cn.lianxin.onecard.processes.card;

import java.util.regex.Pattern;

/**
 * A reported loss as the {@code CardLossAndReplacement} process receives it; checks its own
 * fields.
 *
 * @param cardNumber    the lost card, 16 digits; becomes the business key
 * @param coolingPeriod how long to wait before moving the balance, ISO 8601 (e.g. {@code P7D},
 *                      {@code PT12H}); late offline transactions of the lost card arrive meanwhile
 */
public record LossReport(String cardNumber, String coolingPeriod) {

    /** The cooling period when the report does not give one; the model falls back to it too. */
    public static final String DEFAULT_COOLING_PERIOD = "P7D";

    /** ISO 8601 durations as the engine's timers accept them: years to seconds, no weeks. */
    private static final Pattern DURATION =
            Pattern.compile("P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");

    public LossReport {
        CardIds.cardNumber("cardNumber", cardNumber);
        if (coolingPeriod == null || !DURATION.matcher(coolingPeriod).matches()) {
            throw new IllegalArgumentException("coolingPeriod must be an ISO 8601 duration such as P7D or PT12H, was "
                    + (coolingPeriod == null ? "missing" : "'" + coolingPeriod + "'"));
        }
    }

    /** A loss with the default cooling period of 7 days. */
    public static LossReport of(String cardNumber) {
        return new LossReport(cardNumber, DEFAULT_COOLING_PERIOD);
    }
}
