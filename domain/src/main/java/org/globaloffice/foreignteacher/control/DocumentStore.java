package org.globaloffice.foreignteacher.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the scans of teachers' documents and programs' reports, and the archived reports the application made, under
 * {@code <data-dir>/documents}, outside the web root, each under a random name; only a service that has checked the caller's access reads one. A scan written in a transaction that
 * then rolls back is removed again, and a removed document's scan goes only when the removal commits: the files
 * and the records never disagree.
 */
@ApplicationScoped
public class DocumentStore {

    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());

    /** A scan as stored: its random name, its size, its SHA-256 and its content type. */
    public record Stored(String name, long size, String sha256, String contentType) {
    }

    /** A stored file to download: its original name, its type, its size and its bytes. */
    public record Download(String fileName, String contentType, long size, InputStream content) {
    }

    /**
     * The file's own name without any folder a browser sent along, at most 255 characters (its end, which keeps
     * the extension); {@code fallback} when none is left.
     */
    public static String fileName(String sent, String fallback) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return fallback;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    @Inject
    @ConfigProperty(name = "globaloffice.data-dir")
    String dataDir;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Checks and stores a scan; the file disappears again if the current transaction does not commit. */
    public Stored store(InputStream content) {
        return write(content, (head, size) -> ScanCheck.contentType(head, size));
    }

    /**
     * Stores a file the application made itself (an archived report), of the given type, unchecked; like a scan it
     * disappears again if the current transaction does not commit.
     */
    public Stored keep(InputStream content, String contentType) {
        return write(content, (head, size) -> contentType);
    }

    private Stored write(InputStream content, java.util.function.BiFunction<byte[], Long, String> typeOf) {
        Path folder = folder();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha256)) {
                size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(temporary)) {
                head = in.readNBytes(8192);
            }
            String type = typeOf.apply(head, size);
            String name = UUID.randomUUID().toString();
            Path target = folder.resolve(name);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            whenRolledBack(target);
            return new Stored(name, size, HexFormat.of().formatHex(sha256.digest()), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a file under " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    public InputStream open(String name) {
        try {
            return Files.newInputStream(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("The scan " + name + " is missing from " + folder(), e);
        }
    }

    /** Removes the scan once the current transaction has committed. */
    public void removeAfterCommit(String name) {
        Path file = path(name);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
    }

    private void whenRolledBack(Path file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
    }

    private Path folder() {
        return Path.of(dataDir, "documents");
    }

    private Path path(String name) {
        if (!name.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a stored scan's name: " + name);
        }
        return folder().resolve(name);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + file, e);
        }
    }
}
