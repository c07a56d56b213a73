package cn.lianxin.onecard.integration.keys;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 (GB/T 32907) single-block encryption: the primitive under key diversification.
 * Uses Bouncy Castle's lightweight {@link SM4Engine}; no JCA provider is registered.
 */
public final class Sm4 {

    /** SM4 block and key size in bytes. */
    public static final int BLOCK_BYTES = 16;

    private Sm4() {
    }

    /**
     * Encrypts one 16-byte block (ECB, no padding).
     *
     * @param key16   the 16-byte key
     * @param block16 the 16-byte plaintext block
     * @return a new 16-byte ciphertext block
     * @throws IllegalArgumentException if the key or the block is not 16 bytes
     */
    public static byte[] encryptBlock(byte[] key16, byte[] block16) {
        Args.requireLength("key16", key16, BLOCK_BYTES);
        Args.requireLength("block16", block16, BLOCK_BYTES);
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(key16));
        byte[] out = new byte[BLOCK_BYTES];
        engine.processBlock(block16, 0, out, 0);
        return out;
    }
}
