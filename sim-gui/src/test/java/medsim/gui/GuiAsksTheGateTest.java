package medsim.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import medsim.mandate.Mandate;
import medsim.mandate.MandateEntry;

/**
 * The inspector shows what an asset may do here and today as the model's one gate
 * ({@code medsim.actor.RulesOfEngagement}) decides it, not by reading the mandate itself
 * (sim-core's ArchitectureTest checks the model).
 */
class GuiAsksTheGateTest {
    @Test
    void noGuiClassAsksAMandateForPermission() {
        Set<String> permissionMethods = Set.of("allows", "allowsSomewhere", "basisFor", "covers", "inForce");
        DescribedPredicate<JavaMethodCall> asksAMandate = DescribedPredicate.describe("asks a mandate for permission",
                call -> (call.getTargetOwner().isEquivalentTo(Mandate.class) || call.getTargetOwner().isEquivalentTo(MandateEntry.class))
                        && permissionMethods.contains(call.getName()));
        noClasses().should().callMethodWhere(asksAMandate)
                .because("what an asset may do is the rules of engagement's answer")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("medsim.gui"));
    }
}
