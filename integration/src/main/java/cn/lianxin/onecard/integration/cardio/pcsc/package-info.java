/**
 * The real-reader side of card I/O: PC/SC readers through {@code javax.smartcardio}, opened with
 * {@code TerminalFactory.getInstance("PC/SC", null)} (not {@code getDefault()}, which hides a
 * missing PC/SC service behind an empty "None" factory), an
 * {@link cn.lianxin.onecard.integration.cardio.ApduChannel} over a {@code CardChannel}, and a
 * presence monitor on a daemon thread.
 */
package cn.lianxin.onecard.integration.cardio.pcsc;
