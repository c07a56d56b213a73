package cn.lianxin.onecard.integration.keys;

/**
 * Key diversification {@code div(MK, data)} of interfaces.md §2: SM4-ECB encryption under the
 * master key of the data right-padded with {@code 0x00} to 16 bytes.
 */
public final class KeyDiversification {

    private KeyDiversification() {
    }

    /**
     * Derives a 16-byte key from a master key and diversification data.
     *
     * @param masterKey16 the 16-byte master key
     * @param data        0 to 16 bytes of diversification data (PSAM id, community id, UID, …)
     * @return the derived 16-byte key
     * @throws IllegalArgumentException if the master key is not 16 bytes or data is longer than 16
     */
    public static byte[] div(byte[] masterKey16, byte[] data) {
        Args.requireLength("masterKey16", masterKey16, Sm4.BLOCK_BYTES);
        Args.requireNonNull("data", data);
        if (data.length > Sm4.BLOCK_BYTES) {
            throw new IllegalArgumentException("diversification data must be at most "
                    + Sm4.BLOCK_BYTES + " bytes, was " + data.length + " bytes");
        }
        byte[] block = new byte[Sm4.BLOCK_BYTES];
        System.arraycopy(data, 0, block, 0, data.length);
        return Sm4.encryptBlock(masterKey16, block);
    }
}
