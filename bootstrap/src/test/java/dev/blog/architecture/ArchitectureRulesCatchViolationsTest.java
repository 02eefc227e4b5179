package dev.blog.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.blog.adapter.in.archfixture.WebControllerUsingARepository;
import dev.blog.adapter.in.common.archfixture.SharedCodeUsingTheBlogApi;
import dev.blog.adapter.in.realworld.archfixture.RealWorldControllerUsingARepository;
import dev.blog.adapter.in.realworld.archfixture.RealWorldControllerUsingTheBlogApi;
import dev.blog.adapter.in.web.archfixture.BlogControllerUsingRealWorld;
import dev.blog.adapter.out.password.archfixture.PasswordHasherUsingJdbc;
import dev.blog.application.archfixture.ApplicationServiceUsingJdbc;
import dev.blog.application.archfixture.ApplicationServiceUsingMicronaut;
import dev.blog.domain.archfixture.DomainClassUsingSqlTimestamp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that cannot fail protects nothing: each rule is shown a deliberately broken class (test
 * fixtures in the guarded packages) and must report it by name.
 */
class ArchitectureRulesCatchViolationsTest {

    private static void assertCaught(ArchRule rule, Class<?> offender) {
        JavaClasses classes = new ClassFileImporter().importClasses(offender);

        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as("%s must catch %s", rule.getDescription(), offender).isTrue();
        assertThat(result.getFailureReport().toString()).contains(offender.getName());
    }

    @Test
    void the_domain_rule_catches_java_sql() {
        assertCaught(ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK, DomainClassUsingSqlTimestamp.class);
    }

    @Test
    void the_application_rule_catches_java_sql() {
        assertCaught(ArchitectureRules.APPLICATION_USES_ONLY_THE_JDK_AND_THE_DOMAIN,
                ApplicationServiceUsingJdbc.class);
    }

    @Test
    void the_application_rule_catches_micronaut() {
        assertCaught(ArchitectureRules.APPLICATION_USES_ONLY_THE_JDK_AND_THE_DOMAIN,
                ApplicationServiceUsingMicronaut.class);
    }

    @Test
    void the_web_rule_catches_a_repository_port() {
        assertCaught(ArchitectureRules.WEB_ADAPTER_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES,
                WebControllerUsingARepository.class);
    }

    @Test
    void the_blog_api_rule_catches_a_dependency_on_realworld() {
        assertCaught(ArchitectureRules.BLOG_API_DOES_NOT_DEPEND_ON_REALWORLD, BlogControllerUsingRealWorld.class);
    }

    @Test
    void the_realworld_rule_catches_a_dependency_on_the_blog_api() {
        assertCaught(ArchitectureRules.REALWORLD_DOES_NOT_DEPEND_ON_THE_BLOG_API,
                RealWorldControllerUsingTheBlogApi.class);
    }

    @Test
    void the_shared_web_code_rule_catches_a_dependency_on_a_surface() {
        assertCaught(ArchitectureRules.SHARED_WEB_CODE_DEPENDS_ON_NEITHER_SURFACE, SharedCodeUsingTheBlogApi.class);
    }

    @Test
    void the_realworld_use_case_rule_catches_a_repository_port() {
        assertCaught(ArchitectureRules.REALWORLD_REACHES_THE_CORE_ONLY_THROUGH_USE_CASES,
                RealWorldControllerUsingARepository.class);
    }

    @Test
    void the_password_rule_catches_java_sql() {
        assertCaught(ArchitectureRules.PASSWORD_ADAPTER_USES_ONLY_THE_DOMAIN, PasswordHasherUsingJdbc.class);
    }

    @Test
    void the_rules_pass_on_classes_that_keep_them() {
        JavaClasses clean = new ClassFileImporter().importClasses(dev.blog.domain.user.Username.class,
                dev.blog.application.user.service.GetUserService.class);

        assertThat(ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK.evaluate(clean).hasViolation()).isFalse();
        assertThat(ArchitectureRules.APPLICATION_USES_ONLY_THE_JDK_AND_THE_DOMAIN.evaluate(clean).hasViolation())
                .isFalse();
    }
}
