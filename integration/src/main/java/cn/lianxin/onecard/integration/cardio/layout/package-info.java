/**
 * Encoders and decoders for every area of card-layout.md that this project writes on a MIFARE
 * Classic 1K card: the MIFARE Application Directory (sector 0), issuance (1), wallet (2: value
 * blocks 8/9, control block 10), public information (3), transaction records (4–5), user data
 * (6), door lock (7), the sector trailers with their access bits ({@link
 * cn.lianxin.onecard.integration.cardio.layout.SectorPlan}), and the
 * {@link cn.lianxin.onecard.integration.cardio.layout.CardInitialiser} that writes them onto a
 * factory-fresh card. The exact bytes are in {@code docs/card-layout.md}.
 *
 * <p>Money crosses into this package as {@code long} fen and is stored as the card's 4-byte
 * integers; a value that does not fit is refused, never truncated.
 */
package cn.lianxin.onecard.integration.cardio.layout;
