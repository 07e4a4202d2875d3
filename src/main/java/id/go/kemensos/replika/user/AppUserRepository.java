package id.go.kemensos.replika.user;

import id.go.kemensos.replika.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    String FILTER = """
            from AppUser u left join UserUnitView un on un.id = u.unitId
                 left join UserPartnerView pa on pa.id = u.partnerId
            where (:text is null or u.username like :text escape '!' or u.fullName like :text escape '!'
                   or u.email like :text escape '!')
              and (:role is null or u.role = :role)
              and (:unitId is null or u.unitId = :unitId)
              and (:active is null or u.active = :active)
            """;

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select new id.go.kemensos.replika.user.UserListItem(u.id, "
            + "u.version, u.username, u.fullName, u.email, u.active) from AppUser u where u.partnerId = :partnerId "
            + "order by u.username")
    List<UserListItem> findByPartner(@Param("partnerId") long partnerId);

    @Query("select new id.go.kemensos.replika.user.AccountListItem(u.id, u.username, u.fullName, u.email, u.role, "
            + "un.name, pa.companyName, u.language, u.active, u.mustChangePassword) " + FILTER)
    List<AccountListItem> search(@Param("text") String text, @Param("role") Role role, @Param("unitId") Long unitId,
            @Param("active") Boolean active, Pageable pageable);

    @Query("select count(u) " + FILTER)
    long countMatching(@Param("text") String text, @Param("role") Role role, @Param("unitId") Long unitId,
            @Param("active") Boolean active);

    @Query("select count(u) from AppUser u where u.role = :role and u.active = true and u.id <> :exceptId")
    long countActiveWithRoleExcept(@Param("role") Role role, @Param("exceptId") long exceptId);

    @Query("select new id.go.kemensos.replika.user.OrganisationRef(un.id, un.name) from UserUnitView un "
            + "where un.active = true and (:text is null or un.code like :text escape '!' "
            + "or un.name like :text escape '!') order by un.name, un.id")
    List<OrganisationRef> findActiveUnits(@Param("text") String text, Pageable pageable);

    @Query("select new id.go.kemensos.replika.user.OrganisationRef(pa.id, pa.companyName) from UserPartnerView pa "
            + "where pa.active = true and (:text is null or pa.companyName like :text escape '!') "
            + "order by pa.companyName, pa.id")
    List<OrganisationRef> findActivePartners(@Param("text") String text, Pageable pageable);

    @Query("select new id.go.kemensos.replika.user.OrganisationRef(un.id, un.name) from UserUnitView un "
            + "where un.id = :id")
    Optional<OrganisationRef> findUnit(@Param("id") long id);

    @Query("select new id.go.kemensos.replika.user.OrganisationRef(pa.id, pa.companyName) from UserPartnerView pa "
            + "where pa.id = :id")
    Optional<OrganisationRef> findPartner(@Param("id") long id);

    @Query("select un.active from UserUnitView un where un.id = :id")
    Optional<Boolean> isUnitActive(@Param("id") long id);

    @Query("select pa.active from UserPartnerView pa where pa.id = :id")
    Optional<Boolean> isPartnerActive(@Param("id") long id);
}
