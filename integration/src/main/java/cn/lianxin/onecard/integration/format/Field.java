package cn.lianxin.onecard.integration.format;

/**
 * One fixed-width field of a record: its name as the spec writes it, 1-based position, length.
 */
record Field(String name, int position, int length) {

    /** 0-based index of the field's first character. */
    int start() {
        return position - 1;
    }

    /** 0-based index just past the field. */
    int end() {
        return position - 1 + length;
    }

    /** Checks that {@code fields} tile a record of {@code recordLength} characters exactly, in order. */
    static void checkLayout(String record, int recordLength, Field... fields) {
        int next = 1;
        for (Field field : fields) {
            if (field.position != next) {
                throw new IllegalStateException(record + " layout: " + field.name + " starts at " + field.position
                        + ", expected " + next);
            }
            next += field.length;
        }
        if (next != recordLength + 1) {
            throw new IllegalStateException(record + " layout covers " + (next - 1) + " characters, not " + recordLength);
        }
    }
}
