package org.gongkai.app.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public portal's settings. The 政府网站标识码 (the {@code SiteIDCode} page metadata of domain-spec
 * §6.5) is given to each government website by its 主管单位; the metadata list is observed, not verified
 * [U], so the code is configured and the tag left out when it is empty.
 *
 * <pre>
 * gongkai.portal.site-id-code=5117000001
 * gongkai.portal.column-type=政府信息公开
 * </pre>
 */
@ConfigurationProperties("gongkai.portal")
record PortalProperties(
        @DefaultValue("") String siteIdCode,
        @DefaultValue("政府信息公开") String columnType) {}
