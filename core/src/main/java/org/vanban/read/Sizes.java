package org.vanban.read;

import java.util.Locale;

/** Byte counts for messages: "1.0 GB", "50 MB", "812 bytes". */
final class Sizes {

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }
}
