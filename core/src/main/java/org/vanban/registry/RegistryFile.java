package org.vanban.registry;

import java.util.List;

/**
 * The contents of one registry file.
 *
 * @param source      where it was read from (a path, or the name a caller gave)
 * @param name        the file's own "name", or null
 * @param instruments its entries, in file order
 */
public record RegistryFile(String source, String name, List<Instrument> instruments) {

    public RegistryFile {
        instruments = List.copyOf(instruments);
    }
}
