package id.go.kemensos.replika.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.kemensos.replika.security.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first-start rule: no users and no admin password means no start; never a default password. */
class InitialAdminCreatorTest {

    private final AppUserRepository repository = mock(AppUserRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void refusesToStartWithoutUsersAndWithoutAPassword() {
        when(repository.count()).thenReturn(0L);
        assertThatThrownBy(() -> creator("").createAdminIfNoUsers())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REPLIKA_ADMIN_PASSWORD");
        assertThatThrownBy(() -> creator("short").createAdminIfNoUsers())
                .isInstanceOf(IllegalStateException.class);
        verify(repository, never()).save(any());
    }

    @Test
    void createsTheAdminFromTheGivenPassword() {
        when(repository.count()).thenReturn(0L);
        creator("a-long-initial-secret").createAdminIfNoUsers();
        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(repository).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("a-long-initial-secret", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void leavesExistingUsersAlone() {
        when(repository.count()).thenReturn(3L);
        creator("").createAdminIfNoUsers();
        verify(repository, never()).save(any());
    }

    private InitialAdminCreator creator(String password) {
        return new InitialAdminCreator(repository, encoder, null, password);
    }
}
