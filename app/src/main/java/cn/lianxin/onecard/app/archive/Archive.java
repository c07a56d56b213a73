package cn.lianxin.onecard.app.archive;

import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;

/**
 * The operations every master-data archive offers — list, get, create, update, deactivate — with
 * the caller's community scope applied inside the query. A record outside the scope is "not
 * found", exactly like a record that does not exist; a change that would put a record into a
 * community outside the scope is refused. Callers run each operation in one transaction.
 *
 * @param <E>  the record
 * @param <ID> its id
 */
public final class Archive<E extends ArchiveRecord, ID> {

    private final String what;
    private final String idField;
    private final ArchiveRepository<E, ID> repository;
    private final Function<Collection<String>, Specification<E>> scopeFilter;
    private final Function<E, String> communityOf;
    private final Clock clock;

    private Archive(String what, String idField, ArchiveRepository<E, ID> repository,
                    Function<Collection<String>, Specification<E>> scopeFilter, Function<E, String> communityOf,
                    Clock clock) {
        this.what = what;
        this.idField = idField;
        this.repository = repository;
        this.scopeFilter = scopeFilter;
        this.communityOf = communityOf;
        this.clock = clock;
    }

    /** An archive that is the same for everyone who may read it (centres, card types, outlets...). */
    public static <E extends ArchiveRecord, ID> Archive<E, ID> cityWide(String what, String idField,
                                                                       ArchiveRepository<E, ID> repository, Clock clock) {
        return new Archive<>(what, idField, repository, null, null, clock);
    }

    /**
     * An archive whose records belong to a community.
     *
     * @param scopeFilter the query filter for "belongs to one of these communities"
     * @param communityOf the community a loaded record belongs to (null when none)
     */
    public static <E extends ArchiveRecord, ID> Archive<E, ID> perCommunity(String what, String idField,
                                                                           ArchiveRepository<E, ID> repository,
                                                                           Function<Collection<String>, Specification<E>> scopeFilter,
                                                                           Function<E, String> communityOf, Clock clock) {
        return new Archive<>(what, idField, repository, scopeFilter, communityOf, clock);
    }

    public Page<E> list(Specification<E> filters, Pageable pageable, CommunityScope scope) {
        return repository.findAll(Filters.allOf(filters, scoped(scope)), pageable);
    }

    public E get(ID id, CommunityScope scope) {
        E record = repository.findById(id).orElseThrow(() -> new NotFoundException(what, id));
        if (communityOf != null && !scope.includes(communityOf.apply(record))) {
            throw new NotFoundException(what, id);
        }
        return record;
    }

    /**
     * Stores a new record. With a natural id, an existing record of that id is a conflict; with a
     * generated id pass {@code null}.
     */
    public E create(ID naturalId, E record, CommunityScope scope) {
        if (naturalId != null && repository.existsById(naturalId)) {
            throw new ConflictException(idField, what + " " + naturalId + " already exists");
        }
        requireInScope(record, scope);
        record.markCreated(clock.instant());
        return repository.saveAndFlush(record);
    }

    public E update(ID id, CommunityScope scope, Consumer<E> change) {
        E record = get(id, scope);
        change.accept(record);
        requireInScope(record, scope);
        record.markUpdated(clock.instant());
        return repository.saveAndFlush(record);
    }

    public E deactivate(ID id, CommunityScope scope) {
        E record = get(id, scope);
        if (record.isActive()) {
            record.markDeactivated(clock.instant());
            repository.saveAndFlush(record);
        }
        return record;
    }

    private Specification<E> scoped(CommunityScope scope) {
        if (scopeFilter == null || scope.unrestricted()) {
            return null;
        }
        return scopeFilter.apply(scope.communityIds());
    }

    private void requireInScope(E record, CommunityScope scope) {
        if (communityOf != null && !scope.includes(communityOf.apply(record))) {
            String community = communityOf.apply(record);
            throw new AccessDeniedException(community == null
                    ? "This " + what + " belongs to no community of yours"
                    : "This " + what + " belongs to community " + community + ", which is not one of yours");
        }
    }
}
