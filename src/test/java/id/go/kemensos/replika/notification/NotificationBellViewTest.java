package id.go.kemensos.replika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.popover.PopoverTester;
import com.vaadin.flow.component.textfield.TextField;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.security.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bell in the top bar, without a browser: the count, the list, opening a notification, marking all read. */
@IntegrationTest
class NotificationBellViewTest extends SpringBrowserlessTest {

    @Autowired
    NotificationService service;

    @Test
    @WithUserDetails("wyataguna")
    void theBellCountsUnreadNotificationsAndOpensThem() {
        service.markAllRead();
        String tag = "Bell " + UUID.randomUUID();
        service.notify(Audience.role(Role.UPT_OPERATOR), "notification.replication.evaluated",
                List.of(tag + " older", "Sentra Terpadu Prof. Dr. Soeharso"), "units/13", null);
        service.notify(Audience.unit(Role.UPT_OPERATOR, 14), "notification.replication.approved",
                List.of(tag, "Sentra Wyata Guna"), "units/10", null);

        UI.getCurrent().navigate("");
        assertThat(count(bell()).isVisible()).isTrue();
        assertThat(count(bell()).getText()).isEqualTo("2");
        assertThat(bell().getAriaLabel()).contains("Notifikasi, 2 belum dibaca");

        List<NativeButton> entries = open();
        assertThat(entries).hasSizeBetween(2, NotificationBell.LIST_SIZE);
        NativeButton newest = entries.getFirst();
        assertThat(newest.getElement().getTextRecursively())
                .startsWith("Replikasi " + tag + " oleh Sentra Wyata Guna disetujui").endsWith("baru saja");
        assertThat(newest.hasClassName("notification-unread")).isTrue();

        test(newest).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("units/10");
        assertThat(find(TextField.class).withId("unit-name").single().getValue()).isEqualTo("Sentra Terpadu Kartini");
        assertThat(count(bell()).getText()).isEqualTo("1");
        assertThat(bell().getAriaLabel()).contains("Notifikasi, 1 belum dibaca");

        List<NativeButton> reopened = open();
        assertThat(reopened.getFirst().hasClassName("notification-unread")).as("read now").isFalse();
        assertThat(reopened.get(1).getElement().getTextRecursively()).contains(tag + " older");
        assertThat(reopened.get(1).hasClassName("notification-unread")).isTrue();

        test(find(Button.class).withId("notification-mark-all").single()).click();
        assertThat(count(bell()).isVisible()).isFalse();
        assertThat(bell().getAriaLabel()).contains("Notifikasi");
        assertThat(entries(find(UnorderedList.class).withId("notification-list").single()))
                .noneMatch(entry -> entry.hasClassName("notification-unread"));
    }

    @Test
    @WithUserDetails("soeharso")
    void theCountIsRefreshedOnEveryNavigationWhileTheBellIsAttached() {
        service.markAllRead();
        UI.getCurrent().navigate("");
        NotificationBell bell = new NotificationBell(service);
        UI.getCurrent().add(bell);
        Button button = find(Button.class, bell).withId("notification-bell").single();
        assertThat(count(button).isVisible()).isFalse();

        notifySoeharso();
        UI.getCurrent().navigate("units");
        assertThat(count(button).isVisible()).isTrue();
        assertThat(count(button).getText()).isEqualTo("1");

        UI.getCurrent().remove(bell);
        notifySoeharso();
        UI.getCurrent().navigate("innovations");
        assertThat(count(button).getText()).as("a detached bell no longer listens").isEqualTo("1");
        assertThat(count(bell()).getText()).as("the top bar's bell").isEqualTo("2");
    }

    @Test
    @WithAnonymousUser
    void noBellBeforeSigningIn() {
        UI.getCurrent().navigate("login");
        assertThat(find(Button.class).withId("notification-bell").all()).isEmpty();
    }

    private void notifySoeharso() {
        service.notify(Audience.unit(Role.UPT_OPERATOR, 13), "notification.replication.returned",
                List.of("Bell " + UUID.randomUUID(), "Sentra Terpadu Prof. Dr. Soeharso", "Lengkapi SK tim"),
                "units/13", null);
    }

    /** The top bar's bell (the layout may be rebuilt by a navigation, so it is looked up each time). */
    private Button bell() {
        return find(Button.class).withId("notification-bell").single();
    }

    private static Span count(Button bell) {
        Component suffix = bell.getSuffixComponent();
        assertThat(suffix.getId()).contains("notification-count");
        return (Span) suffix;
    }

    /** Clicks the bell as the browser would and returns the entries of the opened list. */
    private List<NativeButton> open() {
        PopoverTester.forTarget(bell()).clickTarget();
        return entries(find(UnorderedList.class).withId("notification-list").single());
    }

    private List<NativeButton> entries(UnorderedList list) {
        return find(NativeButton.class, list).all();
    }
}
