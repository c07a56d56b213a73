package cn.lianxin.onecard.integration.cardio.wallet;

/**
 * What a tap found in the wallet: a consistent {@link WalletState} (repaired if a tear had
 * left it half-written) or {@link WalletOutcome.Tampered}.
 */
public sealed interface WalletCheck permits WalletState, WalletOutcome.Tampered {

    /** The card's UID. */
    String uid();
}
