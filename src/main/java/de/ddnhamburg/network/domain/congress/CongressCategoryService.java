package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the ticket categories of an edition: exact gross price, VAT rate, quota, who may
 * choose it and whether an admin approves. Quotas change under the congress lock and never below
 * the places taken; a category with registrations cannot be removed.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressCategoryService {

    private final TicketCategoryRepository categories;
    private final CongressRegistrationRepository registrations;
    private final ProgrammePlaces places;
    private final AuditService audit;

    CongressCategoryService(
            TicketCategoryRepository categories,
            CongressRegistrationRepository registrations,
            ProgrammePlaces places,
            AuditService audit) {
        this.categories = categories;
        this.registrations = registrations;
        this.places = places;
        this.audit = audit;
    }

    public long add(long congressId, TicketCategoryDraft draft) {
        TicketCategoryDraft valid = CongressRules.valid(draft);
        Congress congress = places.lock(congressId);
        requireEditable(congress);
        String name = Objects.requireNonNull(valid.name());
        if (categories.existsByCongressIdAndNameIgnoreCase(congressId, name)) {
            throw InvalidInputException.of(CongressRules.NAME, "congress.validation.duplicate");
        }
        TicketCategory category = new TicketCategory(
                congressId, name, Objects.requireNonNull(valid.priceGross()), valid.vatRate(), valid.quota());
        apply(category, valid);
        category.setSortOrder(
                categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId).size());
        long id = categories.saveAndFlush(category).id();
        places.changed(congress);
        audit.record(
                AuditAction.CONGRESS_UPDATED,
                CongressEditionService.target(congressId),
                AuditNote.of("audit.note.category", name));
        return id;
    }

    /** Changes the category; a quota below the places taken is refused, a raised one frees places. */
    public TicketCategoryItem update(long categoryId, TicketCategoryDraft draft) {
        TicketCategoryDraft valid = CongressRules.valid(draft);
        long congressId = congressOf(categoryId);
        Congress congress = places.lock(congressId);
        requireEditable(congress);
        TicketCategory category = categories.findById(categoryId).orElseThrow(NotFoundException::new);
        String name = Objects.requireNonNull(valid.name());
        InvalidInputException.Problems problems = InvalidInputException.collect();
        if (!name.equalsIgnoreCase(category.getName())
                && categories.existsByCongressIdAndNameIgnoreCase(congressId, name)) {
            problems.add(CongressRules.NAME, "congress.validation.duplicate");
        }
        if (valid.quota() < category.getTaken()) {
            problems.add(CongressRules.QUOTA, "congress.validation.belowTaken", category.getTaken());
        }
        problems.throwIfAny();
        boolean quotaChanged = valid.quota() != category.getQuota();
        category.setName(name);
        category.setPriceGross(Objects.requireNonNull(valid.priceGross()));
        category.setVatRate(valid.vatRate());
        category.setQuota(valid.quota());
        apply(category, valid);
        categories.flush();
        if (quotaChanged) {
            places.changed(congress);
        }
        audit.record(
                AuditAction.CONGRESS_UPDATED,
                CongressEditionService.target(congressId),
                AuditNote.of("audit.note.category", name));
        return TicketCategoryItem.of(category);
    }

    /** Removes a category nobody registered with; otherwise refused. */
    public void remove(long categoryId) {
        long congressId = congressOf(categoryId);
        Congress congress = places.lock(congressId);
        requireEditable(congress);
        TicketCategory category = categories.findById(categoryId).orElseThrow(NotFoundException::new);
        if (registrations.existsByCategoryId(categoryId)) {
            throw new DomainException("congress.category.hasRegistrations");
        }
        categories.delete(category);
        places.changed(congress);
        audit.record(
                AuditAction.CONGRESS_UPDATED,
                CongressEditionService.target(congressId),
                AuditNote.of("audit.note.categoryRemoved", category.getName()));
    }

    private long congressOf(long categoryId) {
        // Read without loading the entity, so that the congress is locked before anything of it is read.
        return categories.findCongressIdById(categoryId).orElseThrow(NotFoundException::new);
    }

    static void requireEditable(Congress congress) {
        if (congress.getStatus() == CongressStatus.ARCHIVED) {
            throw new DomainException("congress.archived");
        }
    }

    private static void apply(TicketCategory category, TicketCategoryDraft valid) {
        category.setDescription(Objects.requireNonNull(valid.description()));
        category.setEligibility(valid.eligibility(), valid.accessCode());
        category.setApprovalRequired(valid.approvalRequired());
    }
}
