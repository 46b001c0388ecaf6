package medsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.actor.RulesOfEngagement;
import medsim.mandate.Mandate;
import medsim.mandate.MandateEntry;

/**
 * The shape of the code, checked on the compiled classes with ArchUnit's core library: one
 * gate asks the mandates, and the packages form no import cycle but MASON's actor <-> model.
 */
class ArchitectureTest {
    /** Mandate's and MandateEntry's permission questions. */
    private static final Set<String> PERMISSION_METHODS = Set.of("allows", "allowsSomewhere", "basisFor", "covers", "inForce");

    /**
     * Package edges allowed to close a cycle, each by name so that no new one creeps in: only
     * MASON's {@code actor <-> model} (the agents read the world through the SimState, which
     * holds them). Everything else flows one way: the number format ({@code format}), the event
     * stream ({@code event}) and the metric declarations and counters ({@code metric}) sit below
     * the scenario, the model and the writers ({@code record}), which take a run's
     * {@code RunOutcome} rather than the live model.
     */
    private static final List<String[]> ALLOWED_CYCLE_EDGES = List.<String[]>of(new String[] {"model", "actor"});

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("medsim");
    }

    @Test
    void nothingButTheRulesOfEngagementAsksAMandate() {
        DescribedPredicate<JavaMethodCall> asksAMandate = DescribedPredicate.describe("asks a mandate for permission",
                call -> (call.getTargetOwner().isEquivalentTo(Mandate.class) || call.getTargetOwner().isEquivalentTo(MandateEntry.class))
                        && PERMISSION_METHODS.contains(call.getName()));
        noClasses().that().doNotBelongToAnyOf(RulesOfEngagement.class, Mandate.class, MandateEntry.class)
                .should().callMethodWhere(asksAMandate)
                .because("every action goes through one gate, medsim.actor.RulesOfEngagement")
                .check(classes);
    }

    @Test
    void theModelTheActorsAndTheScenarioLoaderImportNoOutputCode() {
        noClasses().that().resideInAnyPackage("medsim.model..", "medsim.actor..", "medsim.scenario..", "medsim.metric..", "medsim.event..")
                .should().dependOnClassesThat().resideInAnyPackage("medsim.record..", "medsim.experiment..", "medsim.cli..")
                .because("a run produces a RunOutcome that the writers take; the model never calls a writer")
                .check(classes);
    }

    @Test
    void packagesFormNoCycleButTheListedEdges() {
        SliceRule rule = slices().matching("medsim.(*)..").should().beFreeOfCycles();
        for (String[] edge : ALLOWED_CYCLE_EDGES) {
            rule = rule.ignoreDependency(inPackage(edge[0]), inPackage(edge[1]));
        }
        rule.check(classes);
    }

    private static DescribedPredicate<JavaClass> inPackage(String name) {
        String pkg = "medsim." + name;
        return DescribedPredicate.describe("in " + pkg,
                c -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."));
    }
}
