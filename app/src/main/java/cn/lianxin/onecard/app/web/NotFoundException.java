package cn.lianxin.onecard.app.web;

/** The requested record does not exist, or lies outside the caller's community scope (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
