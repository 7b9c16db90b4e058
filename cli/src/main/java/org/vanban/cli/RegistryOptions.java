package org.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vanban.corpus.registry.DefaultRegistry;
import org.vanban.registry.AdministrativeUnits;
import org.vanban.registry.Registry;
import org.vanban.registry.RegistryConflict;
import org.vanban.registry.RegistryFormatException;
import org.vanban.registry.RegistryJson;
import picocli.CommandLine.Option;

/** The options that choose the registry and the unit history, shared by {@code check} and {@code registry}. */
final class RegistryOptions {

    @Option(names = "--registry", paramLabel = "FILE",
            description = "A registry file to add after the default one (repeatable; later files override earlier "
                    + "ones and disagreements are reported).")
    List<Path> registries = new ArrayList<>();

    @Option(names = "--no-default-registry", description = "Do not start from the registry vanban ships.")
    boolean noDefault;

    @Option(names = "--units", paramLabel = "FILE",
            description = "An administrative-unit history to use instead of the one vanban ships.")
    Path units;

    /** The registry; problems in a file are printed and thrown. */
    Registry registry(PrintWriter err) throws RegistryFormatException {
        Registry.Builder b = noDefault ? Registry.builder() : DefaultRegistry.builder();
        List<RegistryFormatException> failures = new ArrayList<>();
        for (Path file : registries) {
            try {
                b.add(RegistryJson.read(file));
            } catch (RegistryFormatException e) {
                e.problems().forEach(err::println);
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        Registry registry = b.build();
        for (RegistryConflict c : registry.conflicts()) {
            err.println("registry conflict: " + c);
        }
        return registry;
    }

    AdministrativeUnits units(PrintWriter err) throws RegistryFormatException {
        if (units == null) {
            return DefaultRegistry.units();
        }
        try {
            return AdministrativeUnits.read(units);
        } catch (RegistryFormatException e) {
            e.problems().forEach(err::println);
            throw e;
        }
    }
}
