/**
 * The public wallet on the card (sector 2): recharge with key B, debit with key A, in the order
 * card-layout.md prescribes — value operation on block 8, then block 10 with the new counter and
 * MAC, then restore 8 → 9 — with the repair of a torn card on its next tap and tamper detection.
 * Entry point: {@link cn.lianxin.onecard.integration.cardio.wallet.CardWallet}.
 */
package cn.lianxin.onecard.integration.cardio.wallet;
