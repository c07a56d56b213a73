package cn.lianxin.onecard.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;

/** What a JSON value of the wrong shape is called in a problem: its JSON path and why it was refused. */
final class JsonValueProblems {

    private JsonValueProblems() {
    }

    /** {@code holderCategories[0]}, {@code address.city}. */
    static String jsonPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Why the value was refused, in words a caller can act on (never the Java exception). */
    static String reason(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format) {
            String target = format.getTargetType() == null ? "this field" : format.getTargetType().getSimpleName();
            return format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "'" + format.getValue() + "' is not one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                    : "cannot read '" + format.getValue() + "' as " + target;
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants()) + " by name";
            }
            if (target == long.class || target == Long.class || target == int.class || target == Integer.class) {
                return "must be a whole number written as a JSON number (no fraction, exponent or quotes), within "
                        + (target == long.class || target == Long.class ? "the range of a 64-bit integer" : "the range of a 32-bit integer");
            }
            return "must be a JSON value of type " + target.getSimpleName();
        }
        String original = mapping.getOriginalMessage();
        if (original != null && original.contains("out of range")) {
            return "number out of range: must be a whole number within the range of a 64-bit integer";
        }
        return "malformed value";
    }
}
