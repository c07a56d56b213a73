package cn.lianxin.onecard.app.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;

/** Query filters of the archive listings; a filter whose value is absent filters nothing. */
public final class Filters {

    private Filters() {
    }

    public static <E> Specification<E> equal(String attribute, Object value) {
        return value == null ? null : (root, query, cb) -> cb.equal(root.get(attribute), value);
    }

    /** Case-insensitive "contains" over one text attribute. */
    public static <E> Specification<E> contains(String attribute, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String pattern = "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.like(cb.lower(root.get(attribute)), pattern, '\\');
    }

    /** The records whose community attribute lies in the given set (an empty set matches none). */
    public static <E> Specification<E> in(String attribute, Collection<?> values) {
        return (root, query, cb) -> values.isEmpty() ? cb.disjunction() : root.get(attribute).in(values);
    }

    @SafeVarargs
    public static <E> Specification<E> allOf(Specification<E>... specifications) {
        List<Specification<E>> present = new ArrayList<>(Arrays.stream(specifications).filter(Objects::nonNull).toList());
        return present.isEmpty() ? (root, query, cb) -> cb.conjunction() : Specification.allOf(present);
    }

    /** A scope filter on a plain community-id attribute of the record itself. */
    public static <E> Function<Collection<String>, Specification<E>> communityAttribute(String attribute) {
        return communities -> in(attribute, communities);
    }
}
