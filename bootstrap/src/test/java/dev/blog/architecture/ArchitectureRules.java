package dev.blog.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule, as ArchUnit rules. Arrows point inwards: adapters and bootstrap depend on the
 * application, the application on the domain, the domain on nothing but the JDK.
 */
final class ArchitectureRules {

    static final String DOMAIN = "dev.blog.domain..";
    static final String APPLICATION = "dev.blog.application..";
    static final String WEB_ADAPTER = "dev.blog.adapter.in..";
    static final String PERSISTENCE_ADAPTER = "dev.blog.adapter.out.persistence..";
    static final String PASSWORD_ADAPTER = "dev.blog.adapter.out.password..";
    static final String BOOTSTRAP = "dev.blog.bootstrap..";
    /** The two inbound HTTP surfaces, and what both use, owned by neither. */
    static final String BLOG_API = "dev.blog.adapter.in.web..";
    static final String REALWORLD_API = "dev.blog.adapter.in.realworld..";
    static final String SHARED_BY_THE_SURFACES = "dev.blog.adapter.in.common..";

    private static final DescribedPredicate<JavaClass> JDK_WITHOUT_JDBC =
            resideInAPackage("java..").and(DescribedPredicate.not(resideInAnyPackage("java.sql..", "javax.sql..")))
                    .as("the JDK (without java.sql)");

    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat(JDK_WITHOUT_JDBC.or(resideInAPackage(DOMAIN)))
            .as("the domain uses only the JDK (not java.sql) and itself");

    static final ArchRule APPLICATION_USES_ONLY_THE_JDK_AND_THE_DOMAIN = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat(
                    JDK_WITHOUT_JDBC.or(resideInAnyPackage(DOMAIN, APPLICATION)))
            .as("the application uses only the JDK (not java.sql), the domain and itself");

    static final ArchRule WEB_ADAPTER_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES = noClasses()
            .that().resideInAPackage(WEB_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.blog.domain..port..", "dev.blog.application..service..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.blog.application.shared.Transactions")
            .as("the web adapter reaches the core only through use cases, never a port or a service");

    static final ArchRule WEB_ADAPTER_DOES_NOT_DEPEND_ON_OTHER_ADAPTERS = noClasses()
            .that().resideInAPackage(WEB_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_ADAPTER, PASSWORD_ADAPTER, BOOTSTRAP)
            .as("the web adapter does not depend on the persistence or password adapter or the bootstrap");

    static final ArchRule PERSISTENCE_ADAPTER_DOES_NOT_DEPEND_ON_OTHER_ADAPTERS = noClasses()
            .that().resideInAPackage(PERSISTENCE_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage(WEB_ADAPTER, PASSWORD_ADAPTER, BOOTSTRAP)
            .as("the persistence adapter does not depend on the web or password adapter or the bootstrap");

    static final ArchRule PASSWORD_ADAPTER_USES_ONLY_THE_DOMAIN = noClasses()
            .that().resideInAPackage(PASSWORD_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage(
                    APPLICATION, WEB_ADAPTER, PERSISTENCE_ADAPTER, BOOTSTRAP, "java.sql..", "javax.sql..")
            .as("the password adapter implements a domain port and depends on no other module but the domain");

    static final ArchRule BLOG_API_DOES_NOT_DEPEND_ON_REALWORLD = noClasses()
            .that().resideInAPackage(BLOG_API)
            .should().dependOnClassesThat().resideInAPackage(REALWORLD_API)
            .as("the blog API does not depend on the RealWorld API");

    static final ArchRule REALWORLD_DOES_NOT_DEPEND_ON_THE_BLOG_API = noClasses()
            .that().resideInAPackage(REALWORLD_API)
            .should().dependOnClassesThat().resideInAPackage(BLOG_API)
            .as("the RealWorld API does not depend on the blog API");

    static final ArchRule SHARED_WEB_CODE_DEPENDS_ON_NEITHER_SURFACE = noClasses()
            .that().resideInAPackage(SHARED_BY_THE_SURFACES)
            .should().dependOnClassesThat().resideInAnyPackage(BLOG_API, REALWORLD_API)
            .as("what the two web surfaces share depends on neither of them");

    static final ArchRule REALWORLD_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES = noClasses()
            .that().resideInAPackage(REALWORLD_API)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.blog.domain..port..", "dev.blog.application..service..",
                    PERSISTENCE_ADAPTER, PASSWORD_ADAPTER, BOOTSTRAP, "java.sql..", "javax.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.blog.application.shared.Transactions")
            .as("the RealWorld API reaches the core only through use cases: no port, service, persistence or SQL");

    private ArchitectureRules() {
    }
}
