package cn.lianxin.onecard.app.web;

/** The request collides with existing data, such as a duplicate id (409). */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
