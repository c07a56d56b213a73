package cn.lianxin.onecard.app.archive;

import cn.lianxin.onecard.app.web.InvalidFieldException;
import java.util.Objects;
import java.util.Optional;

/** Checks on the fields of a request that refer to other records. */
public final class References {

    private References() {
    }

    /** The referenced record must exist and be active; otherwise the field is refused (422). */
    public static <R extends ArchiveRecord> R requireActive(Optional<R> record, String field, String what, Object id) {
        R found = record.orElseThrow(() -> new InvalidFieldException(field, "no " + what + " " + id));
        if (!found.isActive()) {
            throw new InvalidFieldException(field, what + " " + id + " is deactivated");
        }
        return found;
    }

    /** An update names its record in the path; the body may repeat the id but not change it. */
    public static void requireSameId(String field, Object pathId, Object bodyId) {
        if (!Objects.equals(String.valueOf(pathId), String.valueOf(bodyId))) {
            throw new InvalidFieldException(field, "cannot be changed: the path names " + pathId + ", the body " + bodyId);
        }
    }
}
