package org.gongkai.app.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.context.ApplicationContext;

/** Attachment files for fixtures that insert attachment rows by hand (they are served as stored). */
public final class TestAttachments {
    private TestAttachments() {}

    /** Keeps {@code content} in the context's attachments folder; its SHA-256. */
    public static String store(ApplicationContext context, byte[] content) {
        AttachmentFiles files = context.getBean(AttachmentFiles.class);
        try {
            files.keep(files.receive(new ByteArrayInputStream(content), content.length));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
