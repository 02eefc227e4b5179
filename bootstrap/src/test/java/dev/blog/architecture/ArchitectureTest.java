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
}
