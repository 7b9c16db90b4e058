package org.vanban.registry;

import java.util.List;

/** A registry or unit-dataset file could not be used; {@link #problems()} says where and why. */
public final class RegistryFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RegistryProblem> problems;

    public RegistryFormatException(List<RegistryProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RegistryProblem> problems() {
        return problems;
    }

    private static String summary(List<RegistryProblem> problems) {
        if (problems.isEmpty()) {
            return "invalid file";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
