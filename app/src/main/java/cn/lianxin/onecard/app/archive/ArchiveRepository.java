package cn.lianxin.onecard.app.archive;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/** The repository every archive has: CRUD plus filtered, paged queries. */
@NoRepositoryBean
public interface ArchiveRepository<E extends ArchiveRecord, ID> extends JpaRepository<E, ID>, JpaSpecificationExecutor<E> {
}
