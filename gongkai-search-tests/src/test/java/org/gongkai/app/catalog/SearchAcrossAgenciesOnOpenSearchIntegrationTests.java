package org.gongkai.app.catalog;

import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@link SearchAcrossAgenciesIntegrationTests} on OpenSearch with outbox polling, unchanged: Traditional
 * folded to Simplified, the filters by agency, column, year, 主题分类 and 有效性, best match or newest first,
 * highlights escaped.
 */
@Import(OnOpenSearch.class)
@DirtiesContext
class SearchAcrossAgenciesOnOpenSearchIntegrationTests extends SearchAcrossAgenciesIntegrationTests {}
