package id.go.kemensos.replika.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.workshop.WorkshopForm;
import id.go.kemensos.replika.workshop.WorkshopService;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits a template states are the ones the import enforces. */
class ImportKindTest {

    private static final Map<ImportKind, Class<?>> FORMS = Map.of(ImportKind.UNITS, UnitForm.class,
            ImportKind.INNOVATIONS, InnovationForm.class, ImportKind.WORKSHOPS, WorkshopForm.class);

    @Test
    void everyTextColumnStatesTheLengthItsFormAllows() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            int compared = 0;
            for (ImportKind kind : ImportKind.values()) {
                BeanDescriptor form = factory.getValidator().getConstraintsForClass(FORMS.get(kind));
                for (ImportColumn column : kind.columns()) {
                    PropertyDescriptor property = form.getConstraintsForProperty(column.field());
                    if (column.type() != ImportColumn.Type.TEXT || property == null) {
                        continue;
                    }
                    Object max = property.getConstraintDescriptors().stream()
                            .filter(c -> c.getAnnotation() instanceof Size).findFirst().orElseThrow()
                            .getAttributes().get("max");
                    assertThat(column.maxLength()).as(kind + "." + column.name()).isEqualTo(max);
                    compared++;
                }
            }
            assertThat(compared).as("text columns that fill a form field").isEqualTo(5 + 6 + 8);
        }
    }

    @Test
    void codeColumnsStateTheLengthOfTheirFeaturesCodes() {
        assertThat(column(ImportKind.UNITS, "parent_code").maxLength()).isEqualTo(UnitService.CODE_MAX);
        assertThat(column(ImportKind.INNOVATIONS, "code").maxLength()).isEqualTo(InnovationService.CODE_MAX);
        assertThat(column(ImportKind.INNOVATIONS, "origin_unit_code").maxLength()).isEqualTo(UnitService.CODE_MAX);
        assertThat(column(ImportKind.WORKSHOPS, "code").maxLength()).isEqualTo(WorkshopService.CODE_MAX);
        assertThat(column(ImportKind.WORKSHOPS, "code").labelKey()).isEqualTo("workshop.field.code");
        assertThat(column(ImportKind.WORKSHOPS, "coaching_unit_code").maxLength()).isEqualTo(UnitService.CODE_MAX);
    }

    private static ImportColumn column(ImportKind kind, String name) {
        return kind.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
