package org.vanban.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * The encoding of an HTML page: its byte-order mark or {@code <meta charset>}, else what {@link PlainTextDecoder}
 * finds in the bytes. A page in a legacy font encoding reads as Windows-1252 here and is converted afterwards by
 * {@link LegacyGlyphRepair}.
 */
final class HtmlEncoding implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    private static final int LOOK_AHEAD = 64 * 1024;
    private final HtmlEncodingDetector declared = new HtmlEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset charset = declared.detect(input, metadata);
        if (charset != null || input == null) {
            return charset;
        }
        input.mark(LOOK_AHEAD);
        byte[] head;
        try {
            head = input.readNBytes(LOOK_AHEAD);
        } finally {
            input.reset();
        }
        int end = head.length;
        if (end == LOOK_AHEAD) {
            while (end > 0 && head[end - 1] < 0) {
                end--; // do not cut a UTF-8 sequence in two
            }
        }
        String encoding = PlainTextDecoder.decode(java.util.Arrays.copyOf(head, end)).encoding();
        switch (encoding) {
            case "TCVN3":
            case "VNI":
                return PlainTextDecoder.WINDOWS_1252;
            case "UTF-8":
                return StandardCharsets.UTF_8;
            default:
                return Charset.forName(encoding);
        }
    }
}
