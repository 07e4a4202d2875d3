package id.go.kemensos.replika.user;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @org.springframework.data.jpa.repository.Query("select new id.go.kemensos.replika.user.UserListItem(u.id, "
            + "u.version, u.username, u.fullName, u.email, u.active) from AppUser u where u.partnerId = :partnerId "
            + "order by u.username")
    java.util.List<UserListItem> findByPartner(
            @org.springframework.data.repository.query.Param("partnerId") long partnerId);
}
