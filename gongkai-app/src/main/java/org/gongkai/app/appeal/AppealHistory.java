package org.gongkai.app.appeal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The history lines of cases (read only through a case already found within the agency). */
interface AppealHistory extends ListCrudRepository<AppealHistoryEntry, Long> {
    List<AppealHistoryEntry> findByAppealIdOrderByOccurredAtAscIdAsc(Long appealId);
}
