package org.vanban.registry;

/**
 * One problem found in a registry or unit-dataset file, located as precisely as the file allows.
 *
 * @param file    the file (or the name a caller gave the stream)
 * @param entry   the index of the entry in its array, or null for a problem outside the entries
 * @param id      the entry's key (or unit id) when it has one, else null
 * @param field   the field concerned, as a JSON pointer below the entry ("status", "relations/0/date"), or null
 * @param line    the line in the file for syntax errors, or null
 * @param message what is wrong, in English
 */
public record RegistryProblem(String file, Integer entry, String id, String field, Integer line, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line != null) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (entry != null) {
            sb.append("entry ").append(entry);
            if (id != null) {
                sb.append(" (").append(id).append(')');
            }
            sb.append(", ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append("field ").append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
