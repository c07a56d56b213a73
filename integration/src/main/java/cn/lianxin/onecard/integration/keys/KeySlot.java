package cn.lianxin.onecard.integration.keys;

/** Which of a MIFARE sector's two keys: A or B; its byte ends the sector-key diversification data. */
public enum KeySlot {
    /** Key A, diversification byte {@code 0x0A}. */
    A((byte) 0x0A),
    /** Key B, diversification byte {@code 0x0B}. */
    B((byte) 0x0B);

    private final byte code;

    KeySlot(byte code) {
        this.code = code;
    }

    /** The byte appended to UID ‖ sector in the diversification data. */
    public byte code() {
        return code;
    }
}
