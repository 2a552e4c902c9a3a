package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import de.ddnhamburg.network.ui.i18n.TranslationProvider;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts Vaadin's components bring along in English (the upload's buttons and messages, the
 * date picker's months, weekdays and buttons), in the user's language: words from the translation
 * files, month and day names from the locale. Call it on every {@code Upload}, {@code DatePicker}
 * and {@code DateTimePicker}.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** An upload for one file, in the language of the page. */
    public static Upload localize(Upload upload) {
        UploadI18N i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(text(upload, "component.upload.dropFile"))
                        .setMany(text(upload, "component.upload.dropFiles")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(text(upload, "component.upload.addFile"))
                        .setMany(text(upload, "component.upload.addFiles")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text(upload, "component.upload.tooManyFiles"))
                        .setFileIsTooBig(text(upload, "component.upload.fileTooBig"))
                        .setIncorrectFileType(text(upload, "component.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(upload, "component.upload.connecting"))
                                .setStalled(text(upload, "component.upload.stalled"))
                                .setProcessing(text(upload, "component.upload.processing"))
                                .setHeld(text(upload, "component.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(upload, "component.upload.remaining"))
                                .setUnknown(text(upload, "component.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(upload, "component.upload.serverUnavailable"))
                                .setUnexpectedServerError(text(upload, "component.upload.serverError"))
                                .setForbidden(text(upload, "component.upload.forbidden"))
                                .setFileTooLarge(text(upload, "component.upload.fileTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(text(upload, "component.upload.retry"))
                        .setStart(text(upload, "component.upload.start"))
                        .setRemove(text(upload, "component.upload.remove")));
        upload.setI18n(i18n);
        return upload;
    }

    /** A date-time picker in the language and date format of the page (German: 15.01.2027). */
    public static DateTimePicker localize(DateTimePicker picker) {
        picker.setLocale(locale());
        picker.setDatePickerI18n(datePickerTexts(picker));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(text(picker, "component.dateTimePicker.date"))
                .setTimeLabel(text(picker, "component.dateTimePicker.time"))
                .setBadInputErrorMessage(text(picker, "component.dateTimePicker.badInput"))
                .setIncompleteInputErrorMessage(text(picker, "component.dateTimePicker.incomplete")));
        return picker;
    }

    /** A date picker in the language and date format of the page. */
    public static DatePicker localize(DatePicker picker) {
        picker.setLocale(locale());
        picker.setI18n(datePickerTexts(picker));
        return picker;
    }

    private static DatePicker.DatePickerI18n datePickerTexts(Component field) {
        Locale locale = locale();
        List<String> months = Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList();
        // Vaadin counts from Sunday.
        List<DayOfWeek> sundayFirst = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream()
                        .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setDateFormat(text(field, "component.datePicker.format"))
                .setToday(text(field, "component.datePicker.today"))
                .setCancel(text(field, "component.datePicker.cancel"))
                .setBadInputErrorMessage(text(field, "component.dateTimePicker.badInput"));
    }

    private static Locale locale() {
        return TranslationProvider.supported(UI.getCurrentOrThrow().getLocale());
    }

    private static String text(Component component, String key) {
        return component.getTranslation(key);
    }
}
