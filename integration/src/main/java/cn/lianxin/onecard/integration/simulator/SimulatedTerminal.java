package cn.lianxin.onecard.integration.simulator;

/** A fee terminal of the community and its PSAM (whose K_tac signs its TACs). */
public record SimulatedTerminal(String terminalId, String psamId) {
}
