package de.ddnhamburg.network.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import de.ddnhamburg.network.domain.congress.CongressProvisioning;
import de.ddnhamburg.network.domain.event.EventProvisioning;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.group.GroupProvisioning;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.ui.components.LivePage;
import de.ddnhamburg.network.ui.components.PageBroadcasts;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The boundaries of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "de.ddnhamburg.network", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "de.ddnhamburg.network.domain..";
    private static final String UI = "de.ddnhamburg.network.ui..";
    private static final String WEB = "de.ddnhamburg.network.web..";

    @ArchTest
    static final ArchRule domain_has_no_vaadin = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..")
            .because("the domain layer is shared by every view and endpoint");

    @ArchTest
    static final ArchRule domain_does_not_know_ui_or_web = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(UI, WEB);

    @ArchTest
    static final ArchRule ui_and_web_never_use_repositories_or_the_entity_manager = noClasses()
            .that()
            .resideInAnyPackage(UI, WEB)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .because("views and endpoints ask domain services, which own transactions and authorisation");

    @ArchTest
    static final ArchRule ui_and_web_use_only_services_and_records_of_the_domain = classes()
            .that()
            .resideInAnyPackage(UI, WEB)
            .should()
            .onlyDependOnClassesThat(allowedFromUiAndWeb())
            .because("the domain's entities and repositories stay behind its services");

    @ArchTest
    static final ArchRule provisioning_is_not_reachable_from_ui_or_web = noClasses()
            .that()
            .resideInAnyPackage(UI, WEB)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(MemberProvisioning.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(GroupProvisioning.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EventProvisioning.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(CongressProvisioning.class)
            .because("it creates accounts, groups and events without a signed-in user or any check of rights");

    @ArchTest
    static final ArchRule lookups_are_not_reachable_from_ui_or_web = noClasses()
            .that()
            .resideInAnyPackage(UI, WEB)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(MemberLookup.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(GroupLookup.class)
            .because("they hand out names, mail addresses and hidden groups without any visibility rule");

    /**
     * A feature that needs something from one it depends on declares an interface for it (such as
     * {@code member.ContactLookup}, implemented by the contact feature), so dependencies run one way.
     */
    @ArchTest
    static final ArchRule domain_features_have_no_cycles =
            slices().matching("de.ddnhamburg.network.domain.(*)..").should().beFreeOfCycles();

    /**
     * The one capacity mechanism (decision 011) is shared by events and the congress: plain rules
     * over counters and waiting lists that each feature plugs its own rows and lock into, so it
     * knows no feature, no Spring and no JPA.
     */
    @ArchTest
    static final ArchRule capacity_is_shared_and_depends_on_no_feature = classes()
            .that()
            .resideInAPackage("de.ddnhamburg.network.domain.capacity..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("de.ddnhamburg.network.domain.capacity..", "java..", "org.jspecify..")
            .because("events and the congress share it; a second copy in a feature is what it replaces");

    @ArchTest
    static final ArchRule repositories_are_used_only_within_their_feature = classes()
            .that()
            .areAssignableTo(Repository.class)
            .and()
            .resideInAPackage(DOMAIN)
            .should()
            .notBePublic()
            .because("another feature goes through the owning feature's service");

    /**
     * Push is on only while a {@link LivePage} is shown ({@code ui.components.LivePagePush}), so a
     * page that listens for changes from other sessions ({@link PageBroadcasts}, directly or through
     * a live component such as {@code ui.event.LiveSeats}) and is not one would never see them.
     */
    @ArchTest
    static final ArchRule pages_that_listen_for_updates_are_live_pages = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .and(listenForPageUpdates())
            .should()
            .implement(LivePage.class)
            .because("their updates reach the browser only over push");

    @ArchTest
    static final ArchRule services_live_in_the_domain =
            classes().that().areAnnotatedWith(Service.class).should().resideInAPackage(DOMAIN);

    /** Reaches {@link PageBroadcasts} through its own helpers, not through other pages or layouts. */
    private static DescribedPredicate<JavaClass> listenForPageUpdates() {
        return DescribedPredicate.describe("listen for page updates", route -> {
            Set<JavaClass> seen = new HashSet<>(Set.of(route));
            Deque<JavaClass> next = new ArrayDeque<>(List.of(route));
            while (!next.isEmpty()) {
                for (Dependency dependency : next.pop().getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isEquivalentTo(PageBroadcasts.class)) {
                        return true;
                    }
                    if (target.getPackageName().startsWith("de.ddnhamburg.network.ui")
                            && !target.isAnnotatedWith(Route.class)
                            && !target.isAssignableTo(RouterLayout.class)
                            && seen.add(target)) {
                        next.add(target);
                    }
                }
            }
            return false;
        });
    }

    /** Input rules ({@code *Rules}, {@code *Policy}) are shared, so that a form checks exactly what the service checks. */
    private static DescribedPredicate<JavaClass> allowedFromUiAndWeb() {
        return DescribedPredicate.describe(
                "outside the domain, or a domain service, record, enum, exception or input rule",
                type -> !type.getPackageName().startsWith("de.ddnhamburg.network.domain")
                        || type.isAnnotatedWith(Service.class)
                        || type.getSimpleName().endsWith("Rules")
                        || type.getSimpleName().endsWith("Policy")
                        || type.isRecord()
                        || type.isEnum()
                        || type.isAssignableTo(RuntimeException.class)
                        || type.getSimpleName().equals("ClockConfig")
                        // the one way dates, times and amounts are written, in views as in mails and PDFs
                        || type.getSimpleName().equals("LocalFormats")
                        // the names of downloads, and audit details, in the reader's language from the bundles
                        || type.getSimpleName().equals("FileNames")
                        || type.getSimpleName().equals("AuditNote")
                        || type.getSimpleName().equals("package-info"));
    }
}
