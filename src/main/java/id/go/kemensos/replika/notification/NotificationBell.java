package id.go.kemensos.replika.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import id.go.kemensos.replika.base.i18n.Formats;
import java.time.Duration;
import java.time.Instant;

/**
 * The bell in the top bar: the signed-in user's unread count, and on click a list of their latest notifications;
 * opening one marks it read and goes to its page. The count is refreshed on every navigation. Lives here, not in
 * the shell, so the shell imports it and not the other way round.
 */
public class NotificationBell extends Composite<Div> {

    static final int LIST_SIZE = 20;
    private static final int COUNT_SHOWN_MAX = 99;

    private final transient NotificationService service;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    /** The popover's content, built when it first opens (most page views never open it): null until then. */
    private UnorderedList list;
    private Span empty;
    private Registration navigationListener;

    public NotificationBell(NotificationService service) {
        this.service = service;
        getContent().addClassName("notification-bell");

        bell.setId("notification-bell");
        bell.addClassName("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.setVisible(false);
        bell.setSuffixComponent(count);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.setWidth("min(24rem, calc(100vw - 1rem))");
        // the browser opens the popover on click; the list is loaded when it opens
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                refreshList();
            }
        });
        getContent().add(bell, popover);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refreshCount();
        navigationListener = attachEvent.getUI().addAfterNavigationListener(event -> refreshCount());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (navigationListener != null) {
            navigationListener.remove();
            navigationListener = null;
        }
        super.onDetach(detachEvent);
    }

    private void refreshCount() {
        long unread = service.unreadCount();
        count.setText(unread > COUNT_SHOWN_MAX ? COUNT_SHOWN_MAX + "+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0
                ? getTranslation("notification.bell.label")
                : getTranslation("notification.bell.labelUnread", unread));
    }

    private void buildContent() {
        Span title = new Span(getTranslation("notification.title"));
        title.addClassName("notification-title");
        Button markAll = new Button(getTranslation("notification.markAllRead"), event -> markAllRead());
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Div header = new Div(title, markAll);
        header.addClassName("notification-header");
        list = new UnorderedList();
        list.setId("notification-list");
        list.addClassName("notification-list");
        empty = new Span(getTranslation("notification.empty"));
        empty.addClassName("muted");
        popover.add(header, list, empty);
    }

    private void refreshList() {
        if (list == null) {
            buildContent();
        }
        list.removeAll();
        for (NotificationItem item : service.latest(LIST_SIZE)) {
            list.add(new ListItem(entry(item)));
        }
        empty.setVisible(list.getChildren().findAny().isEmpty());
    }

    private NativeButton entry(NotificationItem item) {
        Span text = new Span(getTranslation(item.messageKey(), item.args().toArray()));
        text.addClassName("notification-text");
        Span time = new Span(age(item.createdAt()));
        time.addClassName("muted");
        time.getElement().setAttribute("title", Formats.dateTime(item.createdAt(), getLocale()));
        NativeButton entry = new NativeButton();
        entry.add(text, time);
        entry.addClassName("notification-item");
        if (!item.read()) {
            entry.addClassName("notification-unread");
        }
        entry.addClickListener(event -> open(item));
        return entry;
    }

    private void open(NotificationItem item) {
        service.markRead(item.id());
        popover.close();
        refreshCount();
        getUI().ifPresent(ui -> ui.navigate(item.link()));
    }

    private void markAllRead() {
        service.markAllRead();
        refreshCount();
        refreshList();
    }

    /** "just now", "5 minutes ago", "3 hours ago", then the date and time. */
    private String age(Instant createdAt) {
        Duration age = Duration.between(createdAt, Instant.now());
        if (age.toMinutes() < 1) {
            return getTranslation("notification.time.justNow");
        }
        if (age.toHours() < 1) {
            return getTranslation("notification.time.minutesAgo", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return getTranslation("notification.time.hoursAgo", age.toHours());
        }
        return Formats.dateTime(createdAt, getLocale());
    }
}
