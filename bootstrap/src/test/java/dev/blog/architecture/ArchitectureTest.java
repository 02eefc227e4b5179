package dev.blog.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The production classes of every module obey the dependency rule. */
@AnalyzeClasses(
        packages = {"dev.blog.domain", "dev.blog.application", "dev.blog.adapter", "dev.blog.bootstrap"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain = ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK;

    @ArchTest
    static final ArchRule application = ArchitectureRules.APPLICATION_USES_ONLY_THE_JDK_AND_THE_DOMAIN;

    @ArchTest
    static final ArchRule webThroughUseCases = ArchitectureRules.WEB_ADAPTER_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES;

    @ArchTest
    static final ArchRule webIndependent = ArchitectureRules.WEB_ADAPTER_DOES_NOT_DEPEND_ON_OTHER_ADAPTERS;

    @ArchTest
    static final ArchRule persistenceIndependent = ArchitectureRules.PERSISTENCE_ADAPTER_DOES_NOT_DEPEND_ON_OTHER_ADAPTERS;

    @ArchTest
    static final ArchRule passwordIndependent = ArchitectureRules.PASSWORD_ADAPTER_USES_ONLY_THE_DOMAIN;

    @ArchTest
    static final ArchRule blogApiWithoutRealWorld = ArchitectureRules.BLOG_API_DOES_NOT_DEPEND_ON_REALWORLD;

    @ArchTest
    static final ArchRule realWorldWithoutBlogApi = ArchitectureRules.REALWORLD_DOES_NOT_DEPEND_ON_THE_BLOG_API;

    @ArchTest
    static final ArchRule sharedWebCode = ArchitectureRules.SHARED_WEB_CODE_DEPENDS_ON_NEITHER_SURFACE;

    @ArchTest
    static final ArchRule realWorldThroughUseCases = ArchitectureRules.REALWORLD_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES;
}
