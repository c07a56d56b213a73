package cn.lianxin.onecard.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a regression-scenario file: comma-separated, a header row naming the columns, one scenario
 * a row. Double quotes around a value allow commas in it ({@code "a, b"}; {@code ""} is a quote).
 * A UTF-8 byte-order mark (Excel's "CSV UTF-8") is skipped; blank lines are ignored. Every error
 * names the file, the line and the column.
 */
public final class ScenarioCsv {

    /** One scenario row: its line in the file and its values by column name. */
    public record Row(String source, int line, Map<String, String> values) {

        /** The value of that column, trimmed; fails naming the place if it is missing or empty. */
        public String get(String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                throw error(column, "is empty");
            }
            return v.trim();
        }

        /** A date written {@code 2026-11-24}, or {@code 2026/11/24} as Excel writes it back. */
        public LocalDate date(String column) {
            String text = get(column);
            try {
                return text.contains("/") ? LocalDate.parse(text, EXCEL_DATE) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(column, "not a date like 2026-11-24");
            }
        }

        /** {@code yes} or {@code no} ({@code true}/{@code false} too). */
        public boolean yesNo(String column) {
            return switch (get(column).toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw error(column, "must be yes or no");
            };
        }

        /** An amount in whole fen, never negative. */
        public long wholeFen(String column) {
            try {
                long fen = Long.parseLong(get(column));
                if (fen < 0) {
                    throw error(column, "never negative");
                }
                return fen;
            } catch (NumberFormatException e) {
                throw error(column, "must be whole fen (e.g. 16530 for 165.30 yuan)");
            }
        }

        /** An error about this row's column, naming the place. */
        public IllegalArgumentException error(String column, String what) {
            String value = values.get(column);
            return new IllegalArgumentException(source + " line " + line + ", column " + column
                    + (value == null || value.isBlank() ? "" : " ('" + value.trim() + "')") + ": " + what);
        }
    }

    private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("uuuu/M/d");

    private ScenarioCsv() {
    }

    /** The text of a scenario file shipped on the classpath. */
    public static String readShipped(String resource) {
        try (InputStream in = ScenarioCsv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the text into rows; the header must hold every one of {@code requiredColumns}.
     *
     * @param source the file's name, for messages
     */
    public static List<Row> parse(String text, String source, List<String> requiredColumns) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        split(text, source, records, lines);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty: it needs a header row");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        for (String required : requiredColumns) {
            if (!header.contains(required)) {
                throw new IllegalArgumentException(source + " line " + lines.get(0) + ": the header has no column '"
                        + required + "' (columns: " + header + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() > header.size()) {
                throw new IllegalArgumentException(source + " line " + lines.get(r) + ": " + record.size()
                        + " values but the header has " + header.size() + " columns");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < record.size() ? record.get(c) : "");
            }
            rows.add(new Row(source, lines.get(r), Collections.unmodifiableMap(values)));
        }
        return rows;
    }

    private static void split(String text, String source, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    value.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                blank = false;
            } else if (ch == ',') {
                record.add(value.toString());
                value.setLength(0);
                blank = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank) {
                    record.add(value.toString());
                    records.add(record);
                    lines.add(recordLine);
                }
                record = new ArrayList<>();
                value.setLength(0);
                blank = true;
                line++;
                recordLine = line;
            } else {
                value.append(ch);
                if (!Character.isWhitespace(ch)) {
                    blank = false;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + " line " + recordLine + ": a quote is not closed");
        }
        if (!blank) {
            record.add(value.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
