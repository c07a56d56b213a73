/**
 * Card I/O for the MIFARE Classic 1K cards of card-layout.md: the one adapter that speaks the
 * PC/SC Part 3 storage-card pseudo-APDUs ({@link cn.lianxin.onecard.integration.cardio.CardReaderAdapter}),
 * the channel abstraction it drives ({@link cn.lianxin.onecard.integration.cardio.ApduChannel}: a
 * real PC/SC reader in {@code pcsc}, the simulated reader in {@code sim}), card presence
 * observation, and the MIFARE building blocks shared by the simulator and the layout codec
 * (access bits, value blocks, block geometry).
 *
 * <p>Nothing in this package logs key bytes or puts them into exception messages or
 * {@code toString()}.
 */
package cn.lianxin.onecard.integration.cardio;
