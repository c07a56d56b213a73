package cn.lianxin.onecard.integration.exchange;

/**
 * What became of one download: delivered, or failed after the retries (then it lies in the
 * dead-letter directory).
 *
 * @param delivered whether the file reached the community's channel
 * @param problem   why not, when it did not
 */
public record Delivery(boolean delivered, String problem) {

    static Delivery ok() {
        return new Delivery(true, null);
    }

    static Delivery failed(String problem) {
        return new Delivery(false, problem);
    }
}
