package cn.lianxin.onecard.integration.cardio.sim;

import org.junit.jupiter.params.converter.ArgumentConversionException;
import org.junit.jupiter.params.converter.SimpleArgumentConverter;

/** Reads "yes" / "no" cells of the datasheet tables as booleans. */
final class YesNo extends SimpleArgumentConverter {

    @Override
    protected Object convert(Object source, Class<?> targetType) {
        return switch (String.valueOf(source)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new ArgumentConversionException("expected yes or no, was " + source);
        };
    }
}
