package org.gongkai.app.catalog;

import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@link SearchIntegrationTests} on OpenSearch with outbox polling: the same pages, the same results and the same
 * highlights (the fast vector highlighter marks 行政 and 许可 of the bigrams 行政, 政许, 许可 as on Lucene's words).
 */
@Import(OnOpenSearch.class)
@DirtiesContext
class SearchOnOpenSearchIntegrationTests extends SearchIntegrationTests {}
