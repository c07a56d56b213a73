package cn.lianxin.onecard.rules.engine;

/** A result for the engine's own tests: the postage of one parcel. */
public record Postage(Parcel parcel, long feeFen, String rule) {
}
