package id.go.kemensos.replika.report;

import static id.go.kemensos.replika.report.ImportColumn.Type.DATE;
import static id.go.kemensos.replika.report.ImportColumn.Type.INTEGER;
import static id.go.kemensos.replika.report.ImportColumn.Type.YES_NO;
import static id.go.kemensos.replika.report.ImportColumn.choice;
import static id.go.kemensos.replika.report.ImportColumn.of;
import static id.go.kemensos.replika.report.ImportColumn.text;

import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What can be imported, who may import it, and the columns of its file (the template's, in this order). */
public enum ImportKind {

    UNITS("unit", Set.of(Role.ADMIN), List.of(
            text("code", "code", true, UnitService.CODE_MAX, "unit.field.code", "S-CONTOH")
                    .withNote("import.note.unitCode"),
            text("name", "name", true, UnitService.NAME_MAX, "unit.field.name", "Sentra Contoh"),
            choice("type", "type", UnitType.values(), "unit.type.", "unit.field.type", "UPT"),
            text("parent_code", "parentCode", false, UnitService.CODE_MAX, "unit.field.parent", "DITJEN-REHSOS")
                    .withNote("import.note.parentCode"),
            text("city", "city", false, UnitService.PLACE_MAX, "unit.field.city", "Yogyakarta"),
            text("province", "province", false, UnitService.PLACE_MAX, "unit.field.province", "DI Yogyakarta"),
            text("head_name", "headName", false, UnitService.HEAD_MAX, "unit.field.headName", "Siti Rahmawati"))),

    INNOVATIONS("inovasi", Set.of(Role.ADMIN, Role.DIRECTOR), List.of(
            text("code", "code", true, InnovationService.CODE_MAX, "innovation.field.code", "INV-2019-0901")
                    .withNote("import.note.innovationCode"),
            text("title", "title", true, InnovationService.TITLE_MAX, "innovation.field.title",
                    "Layanan Contoh Terpadu"),
            text("origin_unit_code", "originUnitCode", true, UnitService.CODE_MAX, "innovation.field.originUnit",
                    "ST-KARTINI").withNote("import.note.unitByCode"),
            text("innovators", "innovators", false, InnovationService.INNOVATORS_MAX, "innovation.field.innovators",
                    "Tim Layanan Sentra"),
            of("year_started", "yearStarted", INTEGER, true, "innovation.field.yearStarted", "2019"),
            text("category", "category", false, InnovationService.CATEGORY_MAX, "innovation.field.category",
                    "Rehabilitasi sosial"),
            text("problem", "problem", false, InnovationService.TEXT_MAX, "innovation.field.problem", ""),
            text("solution", "solution", false, InnovationService.TEXT_MAX, "innovation.field.solution", ""),
            text("impact", "impact", false, InnovationService.TEXT_MAX, "innovation.field.impact", ""),
            of("digital", "digital", YES_NO, false, "innovation.field.digital", "TIDAK"),
            choice("stage", "stage", Stage.values(), "innovation.stage.", "innovation.field.stage", "TRIAL"),
            choice("sustainability", "sustainability", Sustainability.values(), "innovation.sustainability.",
                    "innovation.field.sustainability", "ACTIVE"))),

    WORKSHOPS("workshop", Set.of(Role.ADMIN), List.of(
            text("code", "code", true, WorkshopService.CODE_MAX, "workshop.field.code", "SW-0901")
                    .withNote("import.note.workshopCode"),
            text("name", "name", true, WorkshopService.NAME_MAX, "workshop.field.name", "SWP Contoh Mandiri"),
            text("coaching_unit_code", "coachingUnitCode", true, UnitService.CODE_MAX, "workshop.field.unit",
                    "ST-KARTINI").withNote("import.note.coachingUnitCode"),
            text("village", "village", false, WorkshopService.VILLAGE_MAX, "workshop.field.village",
                    "Desa Contoh, Kecamatan Contoh"),
            text("regency", "regency", true, WorkshopService.PLACE_MAX, "workshop.field.regency",
                    "Kabupaten Temanggung"),
            text("province", "province", true, WorkshopService.PLACE_MAX, "workshop.field.province", "Jawa Tengah"),
            of("founded", "founded", DATE, false, "workshop.field.founded", "2021-03-15"),
            text("self_help_group", "selfHelpGroup", false, WorkshopService.GROUP_MAX,
                    "workshop.field.selfHelpGroup", "Kelompok Swadaya Contoh"),
            of("mentoring_start", "mentoringStart", DATE, false, "workshop.field.mentoringStart", "2021-04-01"),
            of("mentoring_end", "mentoringEnd", DATE, false, "workshop.field.mentoringEnd", "2023-03-31"),
            text("mentors", "mentors", false, WorkshopService.LIST_MAX, "workshop.field.mentors", "Nama Pendamping"),
            text("products", "products", false, WorkshopService.LIST_MAX, "workshop.field.products",
                    "Batik ciprat, keset"),
            choice("status", "status", WorkshopStatus.values(), "workshop.status.", "workshop.field.status",
                    "INDEPENDENT"),
            text("description", "description", false, WorkshopService.DESCRIPTION_MAX,
                    "workshop.field.description", "")));

    private final String fileStem;
    private final Set<Role> roles;
    private final List<ImportColumn> columns;

    ImportKind(String fileStem, Set<Role> roles, List<ImportColumn> columns) {
        this.fileStem = fileStem;
        this.roles = roles;
        this.columns = columns;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** Whether a user of {@code role} may import this kind (the feature's service checks again). */
    public boolean allows(Role role) {
        return roles.contains(role);
    }

    public String messageKey() {
        return "import.kind." + name();
    }

    /** The template's file name, e.g. {@code templat-impor-unit.xlsx}. */
    public String templateFileName(String extension) {
        return "templat-impor-" + fileStem + "." + extension;
    }

    /** The column whose cells fill {@code field}, if any. */
    Optional<ImportColumn> columnOf(String field) {
        return columns.stream().filter(column -> column.field().equals(field)).findFirst();
    }

    int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return columns.size();
    }
}
