package cn.lianxin.onecard.rules.engine;

/** A regression scenario of some rule set: where it is written and what it is called. */
public interface Scenario {

    /** The scenario's line in its file. */
    int line();

    /** The scenario column: what the case is, in words. */
    String name();
}
