package org.vanban.vncorenlp;

/**
 * VnCoreNLP cannot be used: its jar or one of its models is missing from the installation folder, or it failed to
 * load. The message is one line for the user ("VnCoreNLP NER model not found in /opt/vncorenlp/models/ner").
 */
public final class VnCoreNlpUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public VnCoreNlpUnavailableException(String message) {
        super(message);
    }

    public VnCoreNlpUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
