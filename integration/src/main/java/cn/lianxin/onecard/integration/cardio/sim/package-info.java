/**
 * A virtual MIFARE Classic 1K card ({@link cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k})
 * that enforces the MF1S50 access conditions, and a simulated reader
 * ({@link cn.lianxin.onecard.integration.cardio.sim.SimulatedReader}) that answers the
 * card-layout.md pseudo-APDUs, can have cards put down and taken away, and can tear a card out
 * of the field between any two commands. Used by tests and demos in place of a PC/SC reader.
 * {@link cn.lianxin.onecard.integration.cardio.sim.VpcdCardBridge} puts the same card on a real
 * PC/SC reader: vsmartcard's virtual reader in {@code pcscd}, over vpcd's loopback socket.
 */
package cn.lianxin.onecard.integration.cardio.sim;
