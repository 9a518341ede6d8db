package org.gongkai.app.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The attachments' files on disk, outside the database, under {@code gongkai.catalog.attachments.directory}:
 * each named by its SHA-256 (never the uploader's name) in a folder of its first two hex digits, so the
 * same file uploaded twice is stored once. Several nodes share the folder (a network mount) as they share
 * the database.
 */
@Component
class AttachmentFiles {
    private final Path root;

    AttachmentFiles(AttachmentProperties properties) {
        this.root = properties.directory().toAbsolutePath();
    }

    /** An upload on its way in: a temporary file in the attachments folder and its SHA-256. */
    record Incoming(Path path, String sha256) {}

    /**
     * Copies {@code in} to a temporary file, at most {@code maxBytes + 1} bytes (so that an over-size file
     * is known without reading it all), hashing as it goes.
     */
    Incoming receive(InputStream in, long maxBytes) throws IOException {
        Files.createDirectories(root.resolve("tmp"));
        Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
        MessageDigest sha = sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            in.transferTo(new BoundedOutputStream(out, maxBytes + 1));
        } catch (BoundedOutputStream.Full full) {
            // over the limit: the size check refuses it
        }
        return new Incoming(temp, HexFormat.of().formatHex(sha.digest()));
    }

    /** Moves an accepted upload to its place by hash (an identical file already there is kept). */
    void keep(Incoming incoming) throws IOException {
        Path target = path(incoming.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.deleteIfExists(incoming.path());
        } else {
            Files.move(incoming.path(), target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    void discard(Incoming incoming) {
        try {
            Files.deleteIfExists(incoming.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops writing once {@code limit} bytes were written. */
    private static final class BoundedOutputStream extends OutputStream {
        static final class Full extends IOException {
            Full() {
                super("limit reached", null);
            }
        }

        private final OutputStream out;
        private final long limit;
        private long written;

        BoundedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long room = limit - written;
            int n = (int) Math.min(room, len);
            out.write(b, off, n);
            written += n;
            if (n < len) {
                throw new Full();
            }
        }
    }
}
