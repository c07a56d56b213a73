package cn.lianxin.onecard.app.web;

/** The requested record does not exist, or lies outside the caller's community scope (404). */
public class NotFoundException extends RuntimeException {

    private final String id;

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id);
        this.id = String.valueOf(id);
    }

    /** The id asked for, as the caller wrote it (the problem names the path parameter that held it). */
    public String id() {
        return id;
    }
}
