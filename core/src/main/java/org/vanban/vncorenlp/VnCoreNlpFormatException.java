package org.vanban.vncorenlp;

import java.io.IOException;

/** VnCoreNLP output that does not follow its tab-separated format; the message names the file and line. */
public final class VnCoreNlpFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public VnCoreNlpFormatException(String message) {
        super(message);
    }
}
