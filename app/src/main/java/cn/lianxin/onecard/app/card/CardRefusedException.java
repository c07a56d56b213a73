package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.web.ConflictException;

/**
 * The card on the reader cannot take part in the operation now: it left the reader, failed a
 * command, still has its transport key, or was tampered with. The message says what to do.
 */
public class CardRefusedException extends ConflictException {

    public CardRefusedException(String message) {
        super("card", message);
    }
}
