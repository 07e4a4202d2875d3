package id.go.kemensos.replika.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import jakarta.validation.ConstraintViolation;
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
class PartnerServiceTest {

    @Autowired
    PartnerService service;

    @Autowired
    PartnerRepository repository;

    @Test
    @WithUserDetails("admin")
    void adminCreatesAPartnerWithTrimmedTextsAndTheAuditColumnsNameTheAdmin() {
        String name = "PT Uji Coba " + suffix();
        PartnerForm form = form("  " + name + "  ");
        form.setProgrammeName("  Program Peduli  ");
        form.setSector(" ");
        form.setContactPerson("Budi");
        form.setEmail("csr@example.co.id");
        form.setPhone("+62 (21) 555-0101");

        PartnerDetails created = service.create(form);

        assertThat(created.companyName()).isEqualTo(name);
        assertThat(created.programmeName()).isEqualTo("Program Peduli");
        assertThat(created.sector()).as("blank becomes null").isNull();
        assertThat(created.email()).isEqualTo("csr@example.co.id");
        assertThat(created.phone()).isEqualTo("+62 (21) 555-0101");
        assertThat(created.active()).isTrue();
        assertThat(created.createdBy()).isEqualTo("admin");
        assertThat(created.modifiedBy()).isEqualTo("admin");
        assertThat(created.createdAt()).isNotNull();
        assertThat(service.get(created.id()).contactPerson()).isEqualTo("Budi");
        assertThat(service.findRef(created.id())).contains(new PartnerRef(created.id(), name));
    }

    @Test
    @WithUserDetails("admin")
    void adminUpdatesAPartner() {
        PartnerDetails created = service.create(form("PT Ubah " + suffix()));
        PartnerForm change = created.toForm();
        change.setSector("Perbankan");
        PartnerDetails updated = service.update(created.id(), created.version(), change);
        assertThat(updated.sector()).isEqualTo("Perbankan");
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(service.get(created.id()).sector()).isEqualTo("Perbankan");
    }

    @Test
    @WithUserDetails("admin")
    void companyNamesAreUniqueWhateverTheirCaseAndTheRefusalNamesTheField() {
        String name = "PT Unik " + suffix();
        service.create(form(name));
        assertThatThrownBy(() -> service.create(form(name.toUpperCase())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("partner.validation.nameTaken");
                    assertThat(e.getField()).isEqualTo("companyName");
                });
        PartnerDetails other = service.create(form("PT Lain " + suffix()));
        PartnerForm clash = other.toForm();
        clash.setCompanyName(name.toLowerCase());
        assertThatThrownBy(() -> service.update(other.id(), other.version(), clash))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getField()).isEqualTo("companyName"));
        assertThat(service.get(other.id()).companyName()).isEqualTo(other.companyName());

        PartnerForm sameNameNewCase = other.toForm();
        sameNameNewCase.setCompanyName(other.companyName().toUpperCase());
        assertThat(service.update(other.id(), other.version(), sameNameNewCase).companyName())
                .as("a partner may change the case of its own name")
                .isEqualTo(other.companyName().toUpperCase());
    }

    @Test
    @WithUserDetails("admin")
    void requiredNameValidEmailAndPhoneAreCheckedByTheService() {
        assertThatThrownBy(() -> service.create(form(" "))).isInstanceOfSatisfying(
                ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsExactly("partner.validation.nameRequired"));

        PartnerForm badEmail = form("PT Email " + suffix());
        badEmail.setEmail("not an email");
        assertThatThrownBy(() -> service.create(badEmail)).isInstanceOfSatisfying(
                ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsExactly("partner.validation.email"));

        PartnerForm badPhone = form("PT Phone " + suffix());
        badPhone.setPhone("0812-abc");
        assertThatThrownBy(() -> service.create(badPhone)).isInstanceOfSatisfying(
                ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsExactly("partner.validation.phone"));

        PartnerForm tooLong = form("P".repeat(PartnerService.COMPANY_MAX + 1));
        assertThatThrownBy(() -> service.create(tooLong)).isInstanceOfSatisfying(
                ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsExactly("validation.tooLong:" + PartnerService.COMPANY_MAX));
        assertThat(service.search(new PartnerFilter("PT Email", true), PageRequest.of(0, 10)))
                .extracting(PartnerListItem::companyName).doesNotContain(badEmail.getCompanyName());
    }

    @Test
    @WithUserDetails("admin")
    void theSecondOfTwoConcurrentSavesIsRefusedAndNothingIsOverwritten() {
        PartnerDetails created = service.create(form("PT Bersamaan " + suffix()));
        PartnerForm first = created.toForm();
        first.setSector("First editor's sector");
        PartnerForm second = created.toForm();
        second.setSector("Second editor's sector");

        service.update(created.id(), created.version(), first);

        assertThatThrownBy(() -> service.update(created.id(), created.version(), second))
                .isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> service.setActive(created.id(), created.version(), false))
                .isInstanceOf(StaleDataException.class);
        PartnerDetails stored = service.get(created.id());
        assertThat(stored.sector()).isEqualTo("First editor's sector");
        assertThat(stored.active()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void deactivatedPartnersAreKeptButNoLongerOffered() {
        String name = "PT Nonaktif " + suffix();
        PartnerDetails created = service.create(form(name));
        assertThat(service.lookup(name, 0, 10)).extracting(PartnerRef::id).containsExactly(created.id());

        PartnerDetails inactive = service.setActive(created.id(), created.version(), false);

        assertThat(inactive.active()).isFalse();
        assertThat(service.lookup(name, 0, 10)).isEmpty();
        assertThat(service.search(new PartnerFilter(name, false), PageRequest.of(0, 10))).isEmpty();
        assertThat(service.count(new PartnerFilter(name, false))).isZero();
        assertThat(service.search(new PartnerFilter(name, true), PageRequest.of(0, 10)))
                .singleElement().extracting(PartnerListItem::active).isEqualTo(false);
        assertThat(repository.existsById(created.id())).isTrue();

        service.setActive(created.id(), inactive.version(), true);
        assertThat(service.lookup(name, 0, 10)).extracting(PartnerRef::id).containsExactly(created.id());
    }

    @Test
    @WithUserDetails("admin")
    void searchIsPagedSortedAndFilteredInSql() {
        String tag = "Sortir" + suffix();
        service.create(withSector(form("PT C " + tag), "Energi"));
        service.create(withSector(form("PT A " + tag), "Perbankan"));
        service.create(withSector(form("PT B " + tag), "Agribisnis"));
        PartnerFilter filter = new PartnerFilter(tag, false);

        assertThat(service.count(filter)).isEqualTo(3);
        assertThat(service.search(filter, PageRequest.of(0, 2))).extracting(PartnerListItem::companyName)
                .containsExactly("PT A " + tag, "PT B " + tag);
        assertThat(service.search(filter, PageRequest.of(1, 2))).extracting(PartnerListItem::companyName)
                .containsExactly("PT C " + tag);
        assertThat(service.search(filter, PageRequest.of(0, 10, Sort.by("sector"))))
                .extracting(PartnerListItem::sector).containsExactly("Agribisnis", "Energi", "Perbankan");
        assertThat(service.search(filter, PageRequest.of(0, 10, Sort.by("email; drop table partner"))))
                .as("unknown sort keys fall back to the company name").extracting(PartnerListItem::companyName)
                .containsExactly("PT A " + tag, "PT B " + tag, "PT C " + tag);
        assertThat(service.search(new PartnerFilter("Energi", false), PageRequest.of(0, 500)))
                .as("the sector is searched too").extracting(PartnerListItem::companyName).contains("PT C " + tag);
        assertThat(service.search(new PartnerFilter("100%_" + tag, true), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void unknownPartnersAreNotFound() {
        assertThatThrownBy(() -> service.get(987_654)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.setActive(987_654, 0, false)).isInstanceOf(NotFoundException.class);
        assertThat(service.findRef(987_654)).isEmpty();
    }

    @Test
    @WithUserDetails("panrb")
    void panrbReadsPartnersButCannotChangeThem() {
        assertReadsButCannotWrite();
    }

    @Test
    @WithUserDetails("direktur")
    void directorReadsPartnersButCannotChangeThem() {
        assertReadsButCannotWrite();
    }

    @Test
    @WithUserDetails("kartini")
    void operatorHasNoAccessToPartners() {
        assertDeniedReads();
        assertThatThrownBy(() -> service.ownPartner()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnerHasNoAccessToThePartnerList() {
        assertDeniedReads();
        assertThatThrownBy(() -> service.create(form("PT Mitra " + suffix())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void ownPartnerIsOnlyForCsrPartnerUsers() {
        assertThatThrownBy(() -> service.ownPartner()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallsAreRefused() {
        assertThatThrownBy(() -> service.count(PartnerFilter.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void assertReadsButCannotWrite() {
        PartnerDetails partner = anyPartner();
        assertThat(service.get(partner.id()).companyName()).isEqualTo(partner.companyName());
        assertThat(service.count(PartnerFilter.all())).isPositive();
        assertThat(service.search(new PartnerFilter(partner.companyName(), false), PageRequest.of(0, 10)))
                .extracting(PartnerListItem::id).containsExactly(partner.id());
        assertThat(service.lookup(partner.companyName(), 0, 10)).extracting(PartnerRef::id)
                .containsExactly(partner.id());
        assertThat(service.findRef(partner.id())).isPresent();

        PartnerForm change = partner.toForm();
        change.setSector("Changed by a reader");
        assertThatThrownBy(() -> service.create(form("PT Baca " + suffix())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(partner.id(), partner.version(), change))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setActive(partner.id(), partner.version(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(partner.id()).sector()).isNull();
        assertThat(service.get(partner.id()).active()).isTrue();
        assertThatThrownBy(() -> service.ownPartner()).isInstanceOf(AccessDeniedException.class);
    }

    private void assertDeniedReads() {
        assertThatThrownBy(() -> service.search(PartnerFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(PartnerFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.lookup("PT", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.findRef(1)).isInstanceOf(AccessDeniedException.class);
    }

    /** A fresh active partner, created directly in the repository because the caller may not write. */
    private PartnerDetails anyPartner() {
        Partner partner = new Partner();
        partner.setCompanyName("PT Pembaca " + suffix());
        Partner saved = repository.saveAndFlush(partner);
        return service.get(saved.getId());
    }

    private static PartnerForm withSector(PartnerForm form, String sector) {
        form.setSector(sector);
        return form;
    }

    private static PartnerForm form(String companyName) {
        PartnerForm form = new PartnerForm();
        form.setCompanyName(companyName);
        return form;
    }

    private static List<String> messages(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
