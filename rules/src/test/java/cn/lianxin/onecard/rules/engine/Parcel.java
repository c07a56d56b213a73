package cn.lianxin.onecard.rules.engine;

/** A fact for the engine's own tests, unrelated to any shipped rule set. */
public record Parcel(String id, int weightGrams) {
}
