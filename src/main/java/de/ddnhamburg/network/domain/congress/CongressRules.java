package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.EmailAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The input rules of the congress administration, shared by the forms and the services: field names
 * (the forms register their fields under them) and limits. Every broken rule is a field problem.
 */
public final class CongressRules {

    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String DESCRIPTION = "description";
    public static final String FIRST_DAY = "firstDay";
    public static final String DAY_COUNT = "dayCount";
    public static final String VENUE_NAME = "venueName";
    public static final String VENUE_ADDRESS = "venueAddress";
    public static final String OPENS = "registrationOpensAt";
    public static final String CLOSES = "registrationClosesAt";
    public static final String CANCELLATION = "cancellationDeadline";
    public static final String CAPACITY = "capacity";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";

    public static final String NAME = "name";
    public static final String PRICE = "price";
    public static final String VAT = "vatRate";
    public static final String QUOTA = "quota";
    public static final String ACCESS_CODE = "accessCode";

    public static final String DAY = "day";
    public static final String STARTS = "starts";
    public static final String ENDS = "ends";

    public static final String TYPE = "type";
    public static final String ABSTRACT = "abstract";
    public static final String SLOT = "slot";
    public static final String ROOM = "room";
    public static final String SPEAKERS = "speakers";
    public static final String GROUP = "group";

    public static final String MEMBER = "member";
    public static final String ORGANISATION = "organisation";
    public static final String BIO = "bio";

    public static final int TITLE_MAX = 200;
    public static final int SUBTITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int VENUE_NAME_MAX = 200;
    public static final int VENUE_ADDRESS_MAX = 500;
    public static final int CONTACT_NAME_MAX = 200;
    public static final int MAX_DAYS = 3;
    public static final int CAPACITY_MAX = 100_000;
    public static final int CATEGORY_NAME_MAX = 100;
    public static final int CATEGORY_DESCRIPTION_MAX = 2000;
    public static final int ACCESS_CODE_MIN = 4;
    public static final int ACCESS_CODE_MAX = 100;
    public static final BigDecimal PRICE_MAX = new BigDecimal("99999999.99");
    public static final Set<Integer> VAT_RATES = Set.of(0, 7, 19);
    public static final int ROOM_NAME_MAX = 100;
    public static final int ABSTRACT_MAX = 5000;
    public static final int SPEAKER_NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int BIO_MAX = 2000;

    private CongressRules() {}

    static CongressDraft valid(CongressDraft draft) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        String title = required(problems, TITLE, draft.title(), TITLE_MAX);
        String subtitle = optional(problems, SUBTITLE, draft.subtitle(), SUBTITLE_MAX);
        String description = optional(problems, DESCRIPTION, draft.description(), DESCRIPTION_MAX);
        if (draft.firstDay() == null) {
            problems.add(FIRST_DAY, "congress.validation.required");
        }
        if (draft.dayCount() < 1 || draft.dayCount() > MAX_DAYS) {
            problems.add(DAY_COUNT, "congress.validation.days", MAX_DAYS);
        }
        String venueName = required(problems, VENUE_NAME, draft.venueName(), VENUE_NAME_MAX);
        String venueAddress = required(problems, VENUE_ADDRESS, draft.venueAddress(), VENUE_ADDRESS_MAX);
        Instant opens = draft.registrationOpensAt();
        Instant closes = draft.registrationClosesAt();
        Instant deadline = draft.cancellationDeadline();
        if (opens == null) {
            problems.add(OPENS, "congress.validation.required");
        }
        if (closes == null) {
            problems.add(CLOSES, "congress.validation.required");
        } else if (opens != null && !closes.isAfter(opens)) {
            problems.add(CLOSES, "congress.validation.window");
        }
        if (deadline == null) {
            problems.add(CANCELLATION, "congress.validation.required");
        } else if (draft.firstDay() != null && deadline.isAfter(CongressTime.startOf(draft.firstDay()))) {
            problems.add(CANCELLATION, "congress.validation.deadline");
        }
        capacity(problems, CAPACITY, draft.capacity());
        String contactName = required(problems, CONTACT_NAME, draft.contactName(), CONTACT_NAME_MAX);
        String contactEmail = clean(draft.contactEmail());
        if (contactEmail == null) {
            problems.add(CONTACT_EMAIL, "congress.validation.required");
        } else {
            problems.add(CONTACT_EMAIL, EmailAddress.check(contactEmail));
        }
        problems.throwIfAny();
        return new CongressDraft(
                title,
                subtitle,
                description == null ? "" : description,
                draft.firstDay(),
                draft.dayCount(),
                venueName,
                venueAddress,
                stored(Objects.requireNonNull(opens)),
                stored(Objects.requireNonNull(closes)),
                stored(Objects.requireNonNull(deadline)),
                draft.capacity(),
                contactName,
                contactEmail);
    }

    static TicketCategoryDraft valid(TicketCategoryDraft draft) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        String name = required(problems, NAME, draft.name(), CATEGORY_NAME_MAX);
        String description = optional(problems, DESCRIPTION, draft.description(), CATEGORY_DESCRIPTION_MAX);
        BigDecimal price = draft.priceGross();
        if (price == null) {
            problems.add(PRICE, "congress.validation.required");
        } else if (price.signum() < 0
                || price.compareTo(PRICE_MAX) > 0
                || price.stripTrailingZeros().scale() > 2) {
            problems.add(PRICE, "congress.validation.price");
        }
        if (!VAT_RATES.contains(draft.vatRate())) {
            problems.add(VAT, "congress.validation.vat");
        }
        capacity(problems, QUOTA, draft.quota());
        String code = clean(draft.accessCode());
        if (draft.eligibility() == TicketEligibility.ACCESS_CODE) {
            if (code == null || code.length() < ACCESS_CODE_MIN || code.length() > ACCESS_CODE_MAX) {
                problems.add(ACCESS_CODE, "congress.validation.accessCode", ACCESS_CODE_MIN, ACCESS_CODE_MAX);
            }
        } else {
            code = null;
        }
        problems.throwIfAny();
        return new TicketCategoryDraft(
                name,
                description == null ? "" : description,
                Objects.requireNonNull(price).setScale(2),
                draft.vatRate(),
                draft.quota(),
                draft.eligibility(),
                code,
                draft.approvalRequired());
    }

    static SlotDraft valid(SlotDraft draft, int dayCount) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        if (draft.dayNumber() < 1 || draft.dayNumber() > dayCount) {
            problems.add(DAY, "congress.validation.slotDay", dayCount);
        }
        LocalTime starts = draft.starts();
        LocalTime ends = draft.ends();
        if (starts == null) {
            problems.add(STARTS, "congress.validation.required");
        }
        if (ends == null) {
            problems.add(ENDS, "congress.validation.required");
        } else if (starts != null && !ends.isAfter(starts)) {
            problems.add(ENDS, "congress.validation.slotTime");
        }
        problems.throwIfAny();
        return draft;
    }

    static void capacity(InvalidInputException.Problems problems, String field, int value) {
        if (value < 1 || value > CAPACITY_MAX) {
            problems.add(field, "congress.validation.capacity", CAPACITY_MAX);
        }
    }

    /** The database keeps microseconds; the entity keeps what the database will give back. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String required(InvalidInputException.Problems problems, String field, @Nullable String value, int max) {
        String clean = optional(problems, field, value, max);
        if (clean == null) {
            problems.add(field, "congress.validation.required");
            return "";
        }
        return clean;
    }

    static @Nullable String optional(
            InvalidInputException.Problems problems, String field, @Nullable String value, int max) {
        String clean = clean(value);
        if (clean != null && clean.length() > max) {
            problems.add(field, "congress.validation.tooLong", max);
        }
        return clean;
    }

    static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether a date lies in the congress days. */
    static boolean within(LocalDate day, LocalDate firstDay, int dayCount) {
        return !day.isBefore(firstDay) && day.isBefore(firstDay.plusDays(dayCount));
    }
}
