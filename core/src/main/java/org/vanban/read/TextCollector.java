package org.vanban.read;

import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of a Tika parse (characters and the newlines Tika emits as ignorable whitespace after each
 * block), checking the {@link ReadBudget} on every event.
 */
final class TextCollector extends DefaultHandler {

    private final StringBuilder text = new StringBuilder();
    private final ReadBudget budget;

    TextCollector(ReadBudget budget) {
        this.budget = budget;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws ReadBudget.Exceeded {
        budget.check(text.length() + (long) length);
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws ReadBudget.Exceeded {
        characters(ch, start, length);
    }

    String text() {
        return text.toString();
    }
}
