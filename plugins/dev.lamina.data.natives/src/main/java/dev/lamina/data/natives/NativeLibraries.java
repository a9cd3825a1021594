// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.natives;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Puts this fragment's shared libraries where the dynamic loader can open them: a folder of the
 * temporary directory that belongs to the current user alone (mode 700), one file per library
 * content hash, each written to a temporary name and renamed, and checked against its hash before
 * every load, so that neither a concurrent start nor another user can swap a library in. Where
 * the temporary directory will not run code (mounted {@code noexec}), the user's cache folder
 * ({@code ~/.cache/lamina/natives}) is tried next.
 */
final class NativeLibraries {

    static final String PLATFORM = "linux-x86_64";
    private static final String RESOURCES = "/dev/lamina/data/natives/" + PLATFORM + "/";

    private NativeLibraries() {
    }

    /** Whether this JVM runs on the platform the bundled libraries were built for. */
    static boolean platformSupported() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /** Opens the bundled library {@code name} for the life of the JVM. */
    static SymbolLookup open(String name) throws IOException {
        String hash = expectedHash(name);
        try {
            return open(name, hash, temporaryFolder());
        } catch (IOException | RuntimeException inTemp) {
            Path cache = Path.of(System.getProperty("user.home"), ".cache", "lamina", "natives");
            try {
                Files.createDirectories(cache);
                return open(name, hash, cache);
            } catch (IOException | RuntimeException inCache) {
                inTemp.addSuppressed(inCache);
                throw inTemp;
            }
        }
    }

    private static SymbolLookup open(String name, String hash, Path folder) throws IOException {
        Path file = folder.resolve(hash.substring(0, 16) + "-" + name);
        if (!Files.isRegularFile(file) || !hash.equals(sha256(Files.readAllBytes(file)))) {
            // Copied only when missing or not the expected library; the jar's copy is checked too.
            byte[] content = resource(name);
            if (!hash.equals(sha256(content))) {
                throw new IOException(name + " in the fragment does not match its SHA256SUMS entry");
            }
            Path temp = Files.createTempFile(folder, name, ".tmp");
            try {
                Files.write(temp, content);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return SymbolLookup.libraryLookup(file, Arena.global());
    }

    /** The library's SHA-256 as listed in the fragment's {@code SHA256SUMS}. */
    private static String expectedHash(String name) throws IOException {
        String sums = new String(resource("SHA256SUMS"), java.nio.charset.StandardCharsets.US_ASCII);
        for (String line : sums.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 2 && fields[1].equals(name)) {
                return fields[0];
            }
        }
        throw new IOException(name + " is missing from the fragment's SHA256SUMS");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NativeLibraries.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the fragment (" + RESOURCES + ")");
            }
            return in.readAllBytes();
        }
    }

    private static Path temporaryFolder() throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "lamina-natives-" + user);
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // Reused only when it is a real folder of ours that nobody else may write into.
            boolean ours = Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(folder).getName().equals(System.getProperty("user.name"))
                    && PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)).equals("rwx------");
            if (!ours) {
                folder = Files.createTempDirectory("lamina-natives-");
            }
        }
        return folder;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
