package no.vidsynt.core.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void bokmaalIsTheDefaultAndEnglishIsSupported() {
        assertThat(Languages.supportedOrDefault(null).getLanguage()).isEqualTo("nb");
        assertThat(Languages.supportedOrDefault("EN")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.supportedOrDefault("de").getLanguage()).isEqualTo("nb");
    }

    @Test
    void theClientsFirstSupportedLanguageWinsAndNorwegianReadsBokmaal() {
        assertThat(Languages.firstSupported(java.util.List.of(Locale.GERMAN, Locale.forLanguageTag("en-GB"))))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.firstSupported(java.util.List.of(Locale.forLanguageTag("nn-NO"), Locale.ENGLISH)))
                .isEqualTo(Languages.DEFAULT);
        assertThat(Languages.firstSupported(java.util.List.of(Locale.forLanguageTag("no"))))
                .isEqualTo(Languages.DEFAULT);
        assertThat(Languages.firstSupported(java.util.List.of(Locale.GERMAN))).isEqualTo(Languages.DEFAULT);
        assertThat(Languages.firstSupported(null)).isEqualTo(Languages.DEFAULT);
    }

    @Test
    void theCoreBundleHasEveryTextInBothLanguages() {
        var noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String bundle : new String[] {
            Texts.BUNDLE,
            "no.vidsynt.core.i18n.validation",
            "no.vidsynt.core.i18n.people",
            "no.vidsynt.core.i18n.learning",
            "no.vidsynt.core.i18n.scheduling",
            "no.vidsynt.core.i18n.catalogue",
            "no.vidsynt.core.i18n.enrolment",
            "no.vidsynt.core.i18n.selfstudy"
        }) {
            var english =
                    ResourceBundle.getBundle(bundle, Locale.ROOT, noFallback).keySet();
            var bokmaal = ResourceBundle.getBundle(bundle, Languages.DEFAULT, noFallback)
                    .keySet();
            assertThat(bokmaal).as(bundle).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void aBokmaalRequestGetsBokmaalWhateverTheServersOwnLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(ResourceBundle.getBundle(Texts.BUNDLE, Languages.DEFAULT).getString("layout.signIn"))
                    .isEqualTo("Logg inn");
        } finally {
            Locale.setDefault(before);
        }
    }
}
