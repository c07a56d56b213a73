package cn.lianxin.onecard.app.terminal;

/** What a terminal does: takes fees in a community, guards a door, or serves an outlet counter. */
public enum TerminalKind {
    FEE_TERMINAL, DOOR_CONTROLLER, OUTLET_READER
}
