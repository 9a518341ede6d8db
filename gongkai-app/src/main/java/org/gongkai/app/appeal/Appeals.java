package org.gongkai.app.appeal;

import java.util.List;
import java.util.Optional;
import org.gongkai.app.appeal.api.AppealKind;
import org.gongkai.app.appeal.api.AppealResult;
import org.springframework.data.repository.ListCrudRepository;

/** Appeals, always read within one agency. */
interface Appeals extends ListCrudRepository<Appeal, Long> {
    List<Appeal> findByAgencyIdOrderByFiledOnDescIdDesc(Long agencyId);

    List<Appeal> findByAgencyIdAndResult(Long agencyId, AppealResult result);

    Optional<Appeal> findByIdAndAgencyId(Long id, Long agencyId);

    boolean existsByAgencyIdAndKindAndCaseNumber(Long agencyId, AppealKind kind, String caseNumber);
}
