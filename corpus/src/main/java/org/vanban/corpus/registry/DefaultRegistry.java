package org.vanban.corpus.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vanban.registry.AdministrativeUnits;
import org.vanban.registry.Registry;
import org.vanban.registry.RegistryFile;
import org.vanban.registry.RegistryFormatException;
import org.vanban.registry.RegistryJson;

/**
 * The data vanban ships for checking: the default instrument registry ({@code instruments.json}, generated from the
 * research fact table by {@link LegalStatusConverter}) and the administrative-unit history
 * ({@code administrative-units.json}). Both are read once, on first use; the objects are immutable and thread-safe.
 */
public final class DefaultRegistry {

    /** The name the default registry carries in conflict reports. */
    public static final String SOURCE_NAME = "vanban default registry";

    private DefaultRegistry() {
    }

    /** The default registry file's entries. */
    public static RegistryFile file() {
        return Holder.FILE;
    }

    /** A registry of the default entries alone. */
    public static Registry registry() {
        return Holder.REGISTRY;
    }

    /** A builder that starts with the default entries, for callers who add their own files after them. */
    public static Registry.Builder builder() {
        return Registry.builder().add(Holder.FILE);
    }

    /** The administrative-unit history. */
    public static AdministrativeUnits units() {
        return Holder.UNITS;
    }

    private static final class Holder {
        static final RegistryFile FILE = readRegistry();
        static final Registry REGISTRY = Registry.builder().add(FILE).build();
        static final AdministrativeUnits UNITS = readUnits();

        private static RegistryFile readRegistry() {
            try (InputStream in = DefaultRegistry.class.getResourceAsStream("instruments.json")) {
                return RegistryJson.read(require(in, "instruments.json"), SOURCE_NAME);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RegistryFormatException e) {
                throw new IllegalStateException("the bundled registry is invalid: " + e.getMessage(), e);
            }
        }

        private static AdministrativeUnits readUnits() {
            try (InputStream in = DefaultRegistry.class.getResourceAsStream("administrative-units.json")) {
                return AdministrativeUnits.read(require(in, "administrative-units.json"), "administrative-units.json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RegistryFormatException e) {
                throw new IllegalStateException("the bundled unit dataset is invalid: " + e.getMessage(), e);
            }
        }

        private static InputStream require(InputStream in, String name) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in;
        }
    }
}
