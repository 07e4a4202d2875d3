package id.go.kemensos.replika.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class UnitServiceTest {

    private static final long KARTINI = 10;
    private static final long DIRECTORATE = 3;

    @Autowired
    UnitService service;

    @Autowired
    UnitRepository repository;

    @Test
    @WithUserDetails("direktur")
    void directorSeesTheDemoUnitsPagedAndSortedInSql() {
        List<UnitListItem> firstPage = service.search(UnitFilter.all(), PageRequest.of(0, 5, Sort.by("code")));
        assertThat(firstPage).hasSize(5);
        assertThat(firstPage).extracting(UnitListItem::code).isSorted();
        assertThat(service.count(UnitFilter.all())).isGreaterThanOrEqualTo(19);
        List<String> names = service.search(UnitFilter.all(), PageRequest.of(0, 100)).stream()
                .map(UnitListItem::name).toList();
        assertThat(names).contains("Sentra Terpadu Kartini", "Sentra Wyata Guna", "Sentra Alyatama",
                "Direktorat Jenderal Rehabilitasi Sosial");
    }

    @Test
    @WithUserDetails("panrb")
    void filtersByTextTypeAndProvince() {
        UnitFilter centralJavaUpts = new UnitFilter(null, UnitType.UPT, "Jawa Tengah", false);
        assertThat(service.search(centralJavaUpts, PageRequest.of(0, 50)))
                .extracting(UnitListItem::name)
                .contains("Sentra Terpadu Kartini", "Sentra Terpadu Prof. Dr. Soeharso", "Sentra Margo Laras",
                        "Sentra Antasena")
                .doesNotContain("Sentra Wyata Guna");
        assertThat(service.count(centralJavaUpts)).isEqualTo(
                service.search(centralJavaUpts, PageRequest.of(0, 50)).size());

        List<UnitListItem> wyata = service.search(new UnitFilter("wyata", null, null, false), PageRequest.of(0, 10));
        assertThat(wyata).singleElement().satisfies(item -> {
            assertThat(item.city()).isEqualTo("Bandung");
            assertThat(item.parentName()).isEqualTo("Direktorat Jenderal Rehabilitasi Sosial");
        });
        assertThat(service.search(new UnitFilter("100%_", null, null, true), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.search(new UnitFilter("%", null, null, true), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.search(new UnitFilter("!", null, null, true), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.search(new UnitFilter("Prof. Dr.", null, null, true), PageRequest.of(0, 10)))
                .extracting(UnitListItem::code).containsExactly("ST-SOEHARSO");
    }

    @Test
    @WithUserDetails("kartini")
    void operatorReadsUnitsButCannotChangeThem() {
        UnitDetails kartini = service.get(KARTINI);
        assertThat(kartini.name()).isEqualTo("Sentra Terpadu Kartini");
        assertThat(kartini.parent().id()).isEqualTo(DIRECTORATE);

        assertThatThrownBy(() -> service.create(form("X-" + suffix(), "Unit X")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(KARTINI, kartini.version(), kartini.toForm()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setActive(KARTINI, kartini.version(), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void directorCannotEditUnits() {
        UnitDetails kartini = service.get(KARTINI);
        UnitForm changed = kartini.toForm();
        changed.setName("Renamed by a director");
        assertThatThrownBy(() -> service.update(KARTINI, kartini.version(), changed))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(KARTINI).name()).isEqualTo("Sentra Terpadu Kartini");
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnerHasNoAccessToUnits() {
        assertThatThrownBy(() -> service.search(UnitFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(UnitFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(KARTINI)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.lookup("sentra", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.findRef(KARTINI)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.provinces()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("soeharso")
    void operatorsPickUnitsByCodeOrName() {
        assertThat(service.lookup("kartini", 0, 10)).extracting(UnitRef::code).containsExactly("ST-KARTINI");
        assertThat(service.lookup("sentra", 0, 5)).hasSize(5).extracting(UnitRef::name).isSorted();
        assertThat(service.lookup("sentra", 5, 5)).hasSize(5)
                .doesNotContainAnyElementsOf(service.lookup("sentra", 0, 5));
        assertThat(service.findRef(KARTINI)).get().extracting(UnitRef::name).isEqualTo("Sentra Terpadu Kartini");
        assertThat(service.provinces()).contains("Jawa Tengah", "Maluku Utara");
    }

    @Test
    void anonymousCallsAreRefused() {
        assertThatThrownBy(() -> service.get(KARTINI)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminCreatesAUnitUnderAParentAndTheAuditColumnsNameTheAdmin() {
        String code = "UPT-" + suffix();
        UnitForm form = form("  " + code + "  ", "  Sentra Uji Coba  ");
        form.setParent(new UnitRef(DIRECTORATE, "DITJEN-REHSOS", "Direktorat Jenderal Rehabilitasi Sosial"));
        form.setCity("Magetan");
        form.setProvince("Jawa Timur");

        UnitDetails created = service.create(form);

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.name()).isEqualTo("Sentra Uji Coba");
        assertThat(created.parent().id()).isEqualTo(DIRECTORATE);
        assertThat(created.active()).isTrue();
        assertThat(created.createdBy()).isEqualTo("admin");
        assertThat(created.modifiedBy()).isEqualTo("admin");
        assertThat(created.createdAt()).isNotNull();
        assertThat(service.get(created.id()).province()).isEqualTo("Jawa Timur");
    }

    @Test
    @WithUserDetails("admin")
    void codesAreUniqueWhateverTheirCase() {
        assertThatThrownBy(() -> service.create(form("st-kartini", "Duplicate")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("unit.validation.codeTaken");
                    assertThat(e.getField()).isEqualTo("code");
                });
        UnitDetails soeharso = service.get(13);
        UnitForm clash = soeharso.toForm();
        clash.setCode("ST-KARTINI");
        assertThatThrownBy(() -> service.update(13, soeharso.version(), clash))
                .isInstanceOf(BusinessException.class);
        assertThat(service.get(13).code()).isEqualTo("ST-SOEHARSO");
    }

    @Test
    @WithUserDetails("admin")
    void requiredFieldsAndLengthsAreCheckedByTheService() {
        assertThatThrownBy(() -> service.create(form(" ", "")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations()).extracting(v -> v.getMessage())
                        .contains("unit.validation.codeRequired", "unit.validation.nameRequired"));
        assertThatThrownBy(() -> service.create(form("C".repeat(UnitService.CODE_MAX + 1), "Too long code")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations()).extracting(v -> v.getMessage())
                        .containsExactly("validation.tooLong:" + UnitService.CODE_MAX));
        UnitForm noType = form("T-" + suffix(), "No type");
        noType.setType(null);
        assertThatThrownBy(() -> service.create(noType)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithUserDetails("admin")
    void aUnitCannotBecomeItsOwnAncestor() {
        UnitDetails parent = service.create(form("P-" + suffix(), "Parent"));
        UnitForm childForm = form("C-" + suffix(), "Child");
        childForm.setParent(new UnitRef(parent.id(), parent.code(), parent.name()));
        UnitDetails child = service.create(childForm);

        UnitForm loop = parent.toForm();
        loop.setParent(new UnitRef(child.id(), child.code(), child.name()));
        assertThatThrownBy(() -> service.update(parent.id(), parent.version(), loop))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("unit.validation.parentCycle"));
        UnitForm self = parent.toForm();
        self.setParent(new UnitRef(parent.id(), parent.code(), parent.name()));
        assertThatThrownBy(() -> service.update(parent.id(), parent.version(), self))
                .isInstanceOf(BusinessException.class);
        assertThat(service.get(parent.id()).parent()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void aNewParentMustBeActiveButAnExistingOneMayStay() {
        UnitDetails parent = service.create(form("IP-" + suffix(), "Parent to retire"));
        UnitForm childForm = form("IC-" + suffix(), "Child");
        childForm.setParent(new UnitRef(parent.id(), parent.code(), parent.name()));
        UnitDetails child = service.create(childForm);
        service.setActive(parent.id(), parent.version(), false);

        UnitForm rename = child.toForm();
        rename.setName("Child renamed");
        assertThat(service.update(child.id(), child.version(), rename).parent().id()).isEqualTo(parent.id());

        UnitForm another = form("IO-" + suffix(), "Another child");
        another.setParent(new UnitRef(parent.id(), parent.code(), parent.name()));
        assertThatThrownBy(() -> service.create(another))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("unit.validation.parentInactive");
                    assertThat(e.getField()).isEqualTo("parent");
                });
        UnitForm missing = form("IM-" + suffix(), "Orphan");
        missing.setParent(new UnitRef(987_654, "NONE", "None"));
        assertThatThrownBy(() -> service.create(missing)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("unit.validation.parentMissing"));
    }

    @Test
    @WithUserDetails("admin")
    void theSecondOfTwoConcurrentSavesIsRefusedAndNothingIsOverwritten() {
        UnitDetails created = service.create(form("S-" + suffix(), "Original name"));
        UnitForm first = created.toForm();
        first.setName("First editor's name");
        UnitForm second = created.toForm();
        second.setName("Second editor's name");

        UnitDetails saved = service.update(created.id(), created.version(), first);
        assertThat(saved.version()).isGreaterThan(created.version());

        assertThatThrownBy(() -> service.update(created.id(), created.version(), second))
                .isInstanceOf(StaleDataException.class);
        assertThat(service.get(created.id()).name()).isEqualTo("First editor's name");
    }

    @Test
    @WithUserDetails("admin")
    void deactivatedUnitsAreKeptButNoLongerOffered() {
        UnitDetails created = service.create(form("D-" + suffix(), "To be deactivated " + suffix()));
        UnitDetails inactive = service.setActive(created.id(), created.version(), false);

        assertThat(inactive.active()).isFalse();
        assertThat(service.get(created.id()).active()).isFalse();
        assertThat(service.lookup(created.code(), 0, 10)).isEmpty();
        assertThat(service.search(new UnitFilter(created.code(), null, null, false), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(service.search(new UnitFilter(created.code(), null, null, true), PageRequest.of(0, 10)))
                .singleElement().extracting(UnitListItem::active).isEqualTo(false);
        assertThat(repository.existsById(created.id())).isTrue();

        UnitDetails again = service.setActive(created.id(), inactive.version(), true);
        assertThat(service.lookup(again.code(), 0, 10)).extracting(UnitRef::id).containsExactly(created.id());
    }

    @Test
    @WithUserDetails("admin")
    void unknownUnitsAreNotFound() {
        assertThatThrownBy(() -> service.get(987_654)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.setActive(987_654, 0, false)).isInstanceOf(NotFoundException.class);
    }

    private static UnitForm form(String code, String name) {
        UnitForm form = new UnitForm();
        form.setCode(code);
        form.setName(name);
        form.setType(UnitType.UPT);
        return form;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
