package id.go.kemensos.replika.partner.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.partner.PartnerRef;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.workshop.PartnerOverview;
import id.go.kemensos.replika.workshop.TestimonialItem;
import jakarta.annotation.security.RolesAllowed;

/**
 * A CSR partner's home: the workshops the company supports with their headline figures, its support by year and
 * kind, and the latest testimonials. Plain words, one column on a phone.
 */
@Route("mitra")
@RolesAllowed(Roles.CSR_PARTNER)
class PartnerHomeView extends VerticalLayout implements HasDynamicTitle {

    PartnerHomeView(PartnerService partners, id.go.kemensos.replika.workshop.WorkshopService workshops) {
        addClassName("view");
        String company = partners.ownPartner().map(PartnerRef::name).orElse("");
        H2 title = new H2(getTranslation("partnerHome.title", company));
        title.addClassName("view-title");
        title.setId("partner-home-title");
        add(title);
        PartnerOverview overview = workshops.partnerOverview();

        add(new H3(getTranslation("partnerHome.workshops")));
        Div cards = new Div();
        cards.setId("partner-home-workshops");
        cards.addClassName("card-list");
        if (overview.workshops().isEmpty()) {
            cards.add(new Paragraph(getTranslation("partnerHome.none")));
        }
        for (PartnerOverview.Headline headline : overview.workshops()) {
            Div card = new Div();
            card.addClassName("card");
            card.add(new H3(headline.name()));
            card.add(muted(headline.regency() + " · " + getTranslation("workshop.status." + headline.status().name())));
            card.add(new Paragraph(headline.membersNow() == null ? ""
                    : getTranslation("partnerHome.membersNow", headline.membersNow())));
            card.add(new Paragraph(getTranslation("partnerHome.revenueThisYear",
                    Formats.money(headline.revenueThisYear()))));
            card.add(new Paragraph(headline.changePercent() == null ? getTranslation("partnerHome.noChange")
                    : getTranslation("partnerHome.change", (headline.changePercent() > 0 ? "+" : "")
                            + headline.changePercent())));
            card.add(new Anchor("workshops/" + headline.workshopId(), getTranslation("partnerHome.open")));
            cards.add(card);
        }
        add(cards);

        add(new H3(getTranslation("partnerHome.totals")));
        VerticalLayout totals = new VerticalLayout();
        totals.setPadding(false);
        totals.setId("partner-home-totals");
        overview.totalsByYear().forEach((year, byKind) -> byKind.forEach((kind, amount) -> totals.add(new Span(
                year + " · " + getTranslation("sponsorship.kind." + kind.name()) + ": " + Formats.money(amount)))));
        add(totals);

        add(new H3(getTranslation("partnerHome.testimonials")));
        for (TestimonialItem item : overview.testimonials()) {
            add(new Paragraph("“" + item.text() + "”"), muted("— " + item.speakerName() + ", " + item.workshopName()
                    + " · " + Formats.date(item.saidOn(), getLocale())));
        }
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · Replika";
    }
}
