package cn.lianxin.onecard.rules.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One file a rule set is made of: its name (a path relative to the rule set, e.g.
 * {@code card-fees.drl.xlsx}) and its bytes. Bytes rather than a classpath location, because
 * versions uploaded by analysts are compiled from the database at run time.
 *
 * <p>The name decides how the file is read, exactly as Drools decides it: {@code *.drl} is DRL
 * (UTF-8), {@code *.drl.xlsx} and {@code *.drl.xls} are decision tables. A file with any other
 * name — a plain {@code .xlsx} above all — is one Drools would silently skip; the compiler
 * refuses it instead.
 */
public record RuleResource(String name, byte[] content) {

    /** How a resource is read, decided by its name. */
    public enum Kind {
        DRL, DECISION_TABLE, UNSUPPORTED;

        static Kind ofName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".drl")) {
                return DRL;
            }
            if (lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls")) {
                return DECISION_TABLE;
            }
            return UNSUPPORTED;
        }
    }

    public RuleResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (name.isBlank() || name.startsWith("/") || name.contains("\\") || name.contains("..")) {
            throw new IllegalArgumentException("resource name must be a relative path with '/': '" + name + "'");
        }
        content = content.clone();
    }

    public static RuleResource of(String name, byte[] content) {
        return new RuleResource(name, content);
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The bytes without a copy, for the compiler. */
    byte[] bytes() {
        return content;
    }

    public Kind kind() {
        return Kind.ofName(name);
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleResource other && name.equals(other.name) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "RuleResource[" + name + ", " + content.length + " bytes]";
    }
}
