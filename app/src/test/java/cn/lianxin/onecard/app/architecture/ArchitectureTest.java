package cn.lianxin.onecard.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the build, checked on the compiled classes of all four modules: app depends on
 * processes, rules and integration; they never depend on app or on each other. Inside app,
 * features depend on the shared infrastructure, never the other way, and not in circles.
 */
class ArchitectureTest {

    private static final String BASE = "cn.lianxin.onecard";
    private static final String APP = BASE + ".app..";
    private static final String PROCESSES = BASE + ".processes..";
    private static final String RULES = BASE + ".rules..";
    private static final String INTEGRATION = BASE + ".integration..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void modulesBelowTheApplicationNeverDependOnIt() {
        noClasses().that().resideInAnyPackage(PROCESSES, RULES, INTEGRATION)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void processesRulesAndIntegrationNeverDependOnEachOther() {
        rule(PROCESSES, RULES, INTEGRATION).check(classes);
        rule(RULES, PROCESSES, INTEGRATION).check(classes);
        rule(INTEGRATION, PROCESSES, RULES).check(classes);
    }

    private static ArchRule rule(String module, String... others) {
        return noClasses().that().resideInAPackage(module)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(true);
    }

    @Test
    void sharedInfrastructureOfTheApplicationKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(BASE + ".app.archive..", BASE + ".app.web..", BASE + ".app.security..",
                        BASE + ".app.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".app.community..", BASE + ".app.household..",
                        BASE + ".app.cardholder..", BASE + ".app.card..", BASE + ".app.terminal..", BASE + ".app.outlet..",
                        BASE + ".app.party..", BASE + ".app.demo..")
                .check(classes);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + ".app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureUsesTheDemoData() {
        noClasses().that().resideOutsideOfPackage(BASE + ".app.demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".app.demo..")
                .check(classes);
    }

    @Test
    void moneyIsNeverABinaryFloatingPointNumber() {
        noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .check(classes);
        noCodeUnits().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
                .orShould().haveRawParameterTypes(double.class).orShould().haveRawParameterTypes(float.class)
                .check(classes);
    }
}
