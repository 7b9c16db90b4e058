package org.vanban.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip-bomb protection for the zipped formats (DOCX, ODT), before any parser unpacks them: inflates every entry
 * once, counting what it really expands to (declared sizes can lie), and refuses the file when the total passes
 * {@link ReadLimits#maxUnpackedBytes()}, when one entry expands more than {@value #MAX_RATIO}-fold past 1 MB,
 * or when it has more than {@value #MAX_ENTRIES} entries. Embedded documents are never parsed, so a zip inside
 * a zip is not unpacked further.
 */
final class ZipGuard {

    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    private static final long RATIO_FLOOR = 1L << 20;

    private ZipGuard() {
    }

    static void check(byte[] zip, ReadLimits limits, ReadBudget budget, String source) throws ReadException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ReadException(source, ReadProblem.ZIP_BOMB, "more than " + MAX_ENTRIES + " entries");
                }
                long entrySize = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    entrySize += n;
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        throw new ReadException(source, ReadProblem.ZIP_BOMB,
                                "unpacks to more than " + Sizes.describe(limits.maxUnpackedBytes()));
                    }
                    long compressed = e.getCompressedSize() > 0 ? e.getCompressedSize() : zip.length;
                    if (entrySize > RATIO_FLOOR && entrySize > compressed * MAX_RATIO) {
                        throw new ReadException(source, ReadProblem.ZIP_BOMB,
                                "an entry expands more than " + MAX_RATIO + "-fold");
                    }
                    budget.check(0);
                }
            }
        } catch (ReadBudget.Exceeded e) {
            throw new ReadException(source, e.problem(), null);
        } catch (IOException e) {
            // A damaged archive is for the parser to report; a truncated one usually still has entries to read.
        }
    }
}
