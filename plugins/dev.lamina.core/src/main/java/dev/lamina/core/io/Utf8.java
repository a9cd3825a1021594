// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Strict UTF-8, the one way Lamina reads its text files: a malformed byte fails instead of turning into U+FFFD, so a
 * binary or Latin-1 file is reported as such rather than parsed into nonsense.
 */
public final class Utf8 {

    private Utf8() {
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The file's text; a malformed byte throws a {@link CharacterCodingException}. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }
}
