package cn.lianxin.onecard.app.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.TreeSet;

/** The properties a list of records may be sorted by, as a refused {@code sort=} names them. */
final class SortableProperties {

    private SortableProperties() {
    }

    /** The simple-valued properties of a record: what a list of them may be sorted by. */
    static TreeSet<String> of(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Class<?> t = field.getType();
                boolean simple = t.isPrimitive() || t == String.class || Number.class.isAssignableFrom(t) || t.isEnum()
                        || t == Boolean.class || Temporal.class.isAssignableFrom(t) || t == BigDecimal.class;
                String name = field.getName().toLowerCase(Locale.ROOT);
                boolean secret = name.contains("digest") || name.contains("hash") || name.contains("salt")
                        || name.contains("password");
                if (simple && !secret && !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }
}
