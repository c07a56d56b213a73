package cn.lianxin.onecard.integration.cardio.sim;

import cn.lianxin.onecard.integration.keys.KeySlot;

/** Which key a datasheet access-condition cell allows: never, key A, key B, or either. */
enum Access {
    NEVER, KEY_A, KEY_B, KEY_A_OR_B;

    boolean allows(KeySlot key) {
        return switch (this) {
            case NEVER -> false;
            case KEY_A -> key == KeySlot.A;
            case KEY_B -> key == KeySlot.B;
            case KEY_A_OR_B -> true;
        };
    }
}
