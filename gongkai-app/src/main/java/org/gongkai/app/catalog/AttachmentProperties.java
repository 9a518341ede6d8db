package org.gongkai.app.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Attachments of catalog items: where their files live (under the data folder, beside the index), the
 * largest file accepted, and how many characters of each file's text are kept for search.
 *
 * <pre>
 * gongkai.catalog.attachments.directory=./data/attachments
 * gongkai.catalog.attachments.max-bytes=20971520
 * gongkai.catalog.attachments.max-text-chars=100000
 * </pre>
 *
 * Spring's multipart limits ({@code spring.servlet.multipart.*}) must be at least {@code max-bytes}.
 */
@ConfigurationProperties("gongkai.catalog.attachments")
record AttachmentProperties(
        @DefaultValue("./data/attachments") Path directory,
        @DefaultValue("20971520") long maxBytes,
        @DefaultValue("100000") int maxTextChars) {}
