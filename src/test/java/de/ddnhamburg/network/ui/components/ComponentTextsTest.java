package de.ddnhamburg.network.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.i18n.TranslatedSystemMessages;
import de.ddnhamburg.network.ui.i18n.TranslationProvider;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Vaadin's own English texts (upload, date pickers, system messages) are replaced in the page's language. */
class ComponentTextsTest extends KaribuTest {

    @Test
    void upload_and_date_pickers_speak_german_and_english() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        Upload germanUpload = ComponentTexts.localize(new Upload());
        DatePicker germanPicker = ComponentTexts.localize(new DatePicker());

        assertThat(Objects.requireNonNull(germanUpload.getI18n()).getAddFiles().getOne())
                .isEqualTo("Datei auswählen …");
        assertThat(germanUpload.getI18n().getError().getFileIsTooBig()).isEqualTo("Die Datei ist zu groß.");
        assertThat(germanPicker.getI18n().getMonthNames()).startsWith("Januar", "Februar", "März");
        assertThat(germanPicker.getI18n().getToday()).isEqualTo("Heute");
        assertThat(germanPicker.getI18n().getDateFormats()).containsExactly("dd.MM.yyyy");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        Upload englishUpload = ComponentTexts.localize(new Upload());
        DateTimePicker englishPicker = ComponentTexts.localize(new DateTimePicker());

        assertThat(Objects.requireNonNull(englishUpload.getI18n()).getAddFiles().getOne())
                .isEqualTo("Choose file …");
        assertThat(englishPicker.getDatePickerI18n().getMonthNames()).startsWith("January", "February", "March");
        assertThat(englishPicker.getDatePickerI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(englishPicker.getI18n().getTimeLabel()).isEqualTo("Time");
    }

    @Test
    void internal_error_and_cookie_messages_are_in_the_sessions_language() {
        TranslatedSystemMessages provider = new TranslatedSystemMessages(new TranslationProvider());

        SystemMessages german = provider.getSystemMessages(new SystemMessagesInfo(Locale.GERMAN, null, null));
        SystemMessages english = provider.getSystemMessages(new SystemMessagesInfo(Locale.ENGLISH, null, null));

        // (Vaadin shows no session-expired notice by default: the page reloads.)
        assertThat(german.getInternalErrorCaption()).isEqualTo("Ein Fehler ist aufgetreten");
        assertThat(english.getInternalErrorCaption()).isEqualTo("An error occurred");
        assertThat(german.getCookiesDisabledCaption()).isEqualTo("Cookies sind ausgeschaltet");
        assertThat(english.getCookiesDisabledCaption()).isEqualTo("Cookies are switched off");
    }
}
