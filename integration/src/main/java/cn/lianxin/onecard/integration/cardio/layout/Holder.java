package cn.lianxin.onecard.integration.cardio.layout;

import java.util.Objects;

/**
 * The card holder as issuance knows them; only hashes of name and certificate number reach the
 * card ({@link PublicInformation}). {@code toString()} leaves name and number out.
 *
 * @param category holder category
 * @param name holder's name
 * @param certificateNumber identity certificate number
 */
public record Holder(HolderCategory category, String name, String certificateNumber) {

    /** Checks the fields are present. */
    public Holder {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
    }

    @Override
    public String toString() {
        return "Holder[category=" + category + ", name and certificate number redacted]";
    }
}
