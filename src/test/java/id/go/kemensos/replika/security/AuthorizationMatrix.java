package id.go.kemensos.replika.security;

import id.go.kemensos.replika.audit.AuditAction;
import id.go.kemensos.replika.audit.AuditFilter;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.document.DocumentService;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.AwardForm;
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.notification.Audience;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.partner.PartnerFilter;
import id.go.kemensos.replika.partner.PartnerForm;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.replication.EvaluationForm;
import id.go.kemensos.replika.replication.MonitoringReportForm;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationForm;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.report.ImportKind;
import id.go.kemensos.replika.report.ImportService;
import id.go.kemensos.replika.report.ImportTable;
import id.go.kemensos.replika.report.ReportPeriod;
import id.go.kemensos.replika.report.ReportService;
import id.go.kemensos.replika.report.TemplateFormat;
import id.go.kemensos.replika.unit.UnitFilter;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.user.AccountFilter;
import id.go.kemensos.replika.user.AccountForm;
import id.go.kemensos.replika.user.NewUserForm;
import id.go.kemensos.replika.user.UserService;
import id.go.kemensos.replika.workshop.SponsorshipForm;
import id.go.kemensos.replika.workshop.TestimonialForm;
import id.go.kemensos.replika.workshop.WorkshopFilter;
import id.go.kemensos.replika.workshop.WorkshopForm;
import id.go.kemensos.replika.workshop.WorkshopReportForm;
import id.go.kemensos.replika.workshop.WorkshopService;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * THE authorization matrix: for every route and every public operation of a {@code *Service} bean, which of the
 * five roles and anonymous visitors may use it. {@link AuthorizationMatrixTest} fails when a route or an operation
 * is missing here, and walks every row. Columns: ADMIN, PANRB, DIRECTOR, UPT_OPERATOR (kartini, unit 10),
 * CSR_PARTNER (mitra1, partner 1), anonymous; {@code Y} allowed, {@code .} denied (access denied, or the login
 * form for anonymous visitors), {@code >} (routes only) sent on to the role's own home view.
 *
 * <p>Each operation is called with harmless arguments: demo records the operator and the partner may see, a
 * version of -1 (so a change stops at "someone else saved it"), empty forms, ids that do not exist. "Allowed" means
 * the call got past every permission check (a result, or a business, validation or not-found error); "denied"
 * means {@code AccessDeniedException} or no credentials. Where a role passes {@code @PreAuthorize} but the
 * record-level rule refuses it for every record of that kind, the row says so in a comment. Which records a scoped
 * role may reach is probed in {@link RowScopeProbeTest}.
 *
 */
final class AuthorizationMatrix {

    /** The columns, in order; each signs in as its demo user. */
    enum Who {
        ADMIN("admin"), PANRB("panrb"), DIRECTOR("direktur"), UPT_OPERATOR("kartini"), CSR_PARTNER("mitra1"),
        ANONYMOUS(null);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** The beans the operations are called on, and an empty scratch file for upload-shaped arguments. */
    record Services(InnovationService innovations, ReplicationService replications, UnitService units,
            PartnerService partners, WorkshopService workshops, DocumentService documents,
            NotificationService notifications, UserService users, UserDetailsService userDetails,
            ReportService reports, ImportService imports, DashboardService dashboard, AuditService audit,
            Path emptyFile) {
    }

    @FunctionalInterface
    interface Call {
        Object call(Services services) throws Exception;
    }

    record Route(String template, String path, Set<Who> allowed, Set<Who> forwarded) {
    }

    record Operation(String key, Set<Who> allowed, Call call) {
    }

    // Demo records of unit 10 (kartini) and partner 1 (mitra1), see the demo change sets.
    static final long UNIT = 10;
    static final long INNOVATION = 1;
    /** Soeharso's innovation 6 adopted by Kartini's unit, implementing. */
    static final long REPLICATION = 26;
    /** Coached by unit 10 and sponsored by partner 1. */
    static final long WORKSHOP = 2;
    static final long PARTNER = 1;
    static final long NO_SUCH_ID = 999_999_999L;
    static final long STALE = -1;
    static final Pageable PAGE = PageRequest.of(0, 5);
    static final Locale LOCALE = Locale.of("in");

    static final List<Route> ROUTES = List.of(
            //     route template        path navigated            ADM PAN DIR OPR CSR ANO
            route("",                    "",                       "Y   Y   Y   Y   >   ."),
            route("login",               "login",                  "Y   Y   Y   Y   Y   Y"),
            route("units",               "units",                  "Y   Y   Y   Y   .   ."),
            route("units/:id",           "units/10",               "Y   Y   Y   Y   .   ."),
            route("innovations",         "innovations",            "Y   Y   Y   Y   .   ."),
            route("innovations/:id",     "innovations/1",          "Y   Y   Y   Y   .   ."),
            route("replications",        "replications",           "Y   Y   Y   Y   .   ."),
            route("replications/:id",    "replications/26",        "Y   Y   Y   Y   .   ."),
            route("workshops",           "workshops",              "Y   Y   Y   Y   Y   ."),
            route("workshops/:id",       "workshops/2",            "Y   Y   Y   Y   Y   ."),
            route("partners",            "partners",               "Y   Y   Y   .   .   ."),
            route("partners/:id",        "partners/1",             "Y   Y   Y   .   .   ."),
            route("mitra",               "mitra",                  ".   .   .   .   Y   ."),
            route("import",              "import",                 "Y   .   Y   .   .   ."),
            route("audit",               "audit",                  "Y   .   Y   .   .   ."),
            route("users",               "users",                  "Y   .   .   .   .   ."),
            route("change-password",     "change-password",        "Y   Y   Y   Y   Y   .")
    );

    static final List<Operation> OPERATIONS = List.of(
            //  operation                                          ADM PAN DIR OPR CSR ANO
            // --- units
            op("UnitService.search",                              "Y   Y   Y   Y   .   .",
                    s -> s.units().search(UnitFilter.all(), PAGE)),
            op("UnitService.count",                               "Y   Y   Y   Y   .   .",
                    s -> s.units().count(UnitFilter.all())),
            op("UnitService.get",                                 "Y   Y   Y   Y   .   .",
                    s -> s.units().get(UNIT)),
            op("UnitService.lookup",                              "Y   Y   Y   Y   .   .",
                    s -> s.units().lookup("", 0, 5)),
            op("UnitService.findRef",                             "Y   Y   Y   Y   .   .",
                    s -> s.units().findRef(UNIT)),
            op("UnitService.provinces",                           "Y   Y   Y   Y   .   .",
                    s -> s.units().provinces()),
            op("UnitService.create",                              "Y   .   .   .   .   .",
                    s -> s.units().create(new UnitForm())),
            op("UnitService.update",                              "Y   .   .   .   .   .",
                    s -> s.units().update(UNIT, STALE, new UnitForm())),
            op("UnitService.setActive",                           "Y   .   .   .   .   .",
                    s -> s.units().setActive(UNIT, STALE, true)),
            op("UnitService.checkImport",                         "Y   .   .   .   .   .",
                    s -> s.units().checkImport(List.of())),
            op("UnitService.importRows",                          "Y   .   .   .   .   .",
                    s -> s.units().importRows(List.of())),
            // --- innovations
            op("InnovationService.search",                        "Y   Y   Y   Y   .   .",
                    s -> s.innovations().search(InnovationFilter.all(), PAGE)),
            op("InnovationService.count",                         "Y   Y   Y   Y   .   .",
                    s -> s.innovations().count(InnovationFilter.all())),
            op("InnovationService.countByStageAndSustainability", "Y   Y   Y   Y   .   .",
                    s -> s.innovations().countByStageAndSustainability(null)),
            op("InnovationService.countAwardedInnovations",       "Y   Y   Y   Y   .   .",
                    s -> s.innovations().countAwardedInnovations(2020, 2021)),
            op("InnovationService.get",                           "Y   Y   Y   Y   .   .",
                    s -> s.innovations().get(INNOVATION)),
            op("InnovationService.awardsOfUnit",                  "Y   Y   Y   Y   .   .",
                    s -> s.innovations().awardsOfUnit(UNIT, 2014, 2030)),
            op("InnovationService.permissionsFor",                "Y   Y   Y   Y   .   .",
                    s -> s.innovations().permissionsFor(UNIT)),
            op("InnovationService.create",                        "Y   .   .   Y   .   .",
                    s -> s.innovations().create(new InnovationForm())),
            op("InnovationService.update",                        "Y   .   .   Y   .   .",
                    s -> s.innovations().update(INNOVATION, STALE, new InnovationForm())),
            op("InnovationService.endorse",                       "Y   Y   Y   .   .   .",
                    s -> s.innovations().endorse(INNOVATION, STALE, null)),
            op("InnovationService.withdrawEndorsement",           "Y   Y   Y   .   .   .",
                    s -> s.innovations().withdrawEndorsement(INNOVATION, STALE, "alasan")),
            op("InnovationService.addAward",                      "Y   Y   Y   .   .   .",
                    s -> s.innovations().addAward(INNOVATION, new AwardForm())),
            op("InnovationService.updateAward",                   "Y   Y   Y   .   .   .",
                    s -> s.innovations().updateAward(INNOVATION, NO_SUCH_ID, STALE, new AwardForm())),
            op("InnovationService.deleteAward",                   "Y   Y   Y   .   .   .",
                    s -> s.innovations().deleteAward(INNOVATION, NO_SUCH_ID)),
            op("InnovationService.checkImport",                   "Y   .   Y   .   .   .",
                    s -> s.innovations().checkImport(List.of())),
            op("InnovationService.importRows",                    "Y   .   Y   .   .   .",
                    s -> s.innovations().importRows(List.of())),
            op("InnovationService.maxDocumentBytes",              "Y   Y   Y   Y   Y   Y",
                    s -> s.innovations().maxDocumentBytes()),
            op("InnovationService.documents",                     "Y   Y   Y   Y   .   .",
                    s -> s.innovations().documents(INNOVATION)),
            op("InnovationService.uploadDocument",                "Y   .   .   Y   .   .",
                    s -> s.innovations().uploadDocument(INNOVATION, null, s.emptyFile(), "surat.pdf")),
            op("InnovationService.openDocument",                  "Y   Y   Y   Y   .   .",
                    s -> s.innovations().openDocument(INNOVATION, NO_SUCH_ID)),
            op("InnovationService.deleteDocument",                "Y   .   .   Y   .   .",
                    s -> { s.innovations().deleteDocument(INNOVATION, NO_SUCH_ID); return null; }),
            // --- replications
            op("ReplicationService.overdueDays",                  "Y   Y   Y   Y   Y   Y",
                    s -> s.replications().overdueDays()),
            op("ReplicationService.reportDueDays",                "Y   Y   Y   Y   Y   Y",
                    s -> s.replications().reportDueDays()),
            op("ReplicationService.search",                       "Y   Y   Y   Y   .   .",
                    s -> s.replications().search(ReplicationFilter.all(), PAGE)),
            op("ReplicationService.count",                        "Y   Y   Y   Y   .   .",
                    s -> s.replications().count(ReplicationFilter.all())),
            op("ReplicationService.countByStatus",                "Y   Y   Y   Y   .   .",
                    s -> s.replications().countByStatus(ReplicationFilter.all())),
            op("ReplicationService.ofUnit",                       "Y   Y   Y   Y   .   .",
                    s -> s.replications().ofUnit(UNIT, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 5)),
            op("ReplicationService.countByAdoptingUnit",          "Y   Y   Y   Y   .   .",
                    s -> s.replications().countByAdoptingUnit(ReplicationFilter.all())),
            op("ReplicationService.countByProvince",              "Y   Y   Y   Y   .   .",
                    s -> s.replications().countByProvince(ReplicationFilter.all())),
            op("ReplicationService.idleAdoptingUnits",            "Y   Y   Y   .   .   .",
                    s -> s.replications().idleAdoptingUnits(null)),
            op("ReplicationService.get",                          "Y   Y   Y   Y   .   .",
                    s -> s.replications().get(REPLICATION)),
            op("ReplicationService.create",                       "Y   .   .   Y   .   .",
                    s -> s.replications().create(6, null)),
            op("ReplicationService.updatePlan",                   "Y   .   .   Y   .   .",
                    s -> s.replications().updatePlan(REPLICATION, STALE, new ReplicationForm())),
            op("ReplicationService.updateFacilitatorNote",        "Y   Y   Y   .   .   .",
                    s -> s.replications().updateFacilitatorNote(REPLICATION, STALE, null)),
            // workflow steps: open to staff; which step a role may take is the workflow's rule (ReplicationAction)
            op("ReplicationService.submit",                       "Y   Y   Y   Y   .   .",
                    s -> s.replications().submit(REPLICATION, STALE)),
            op("ReplicationService.returnToDraft",                "Y   Y   Y   Y   .   .",
                    s -> s.replications().returnToDraft(REPLICATION, STALE, "alasan")),
            op("ReplicationService.approve",                      "Y   Y   Y   Y   .   .",
                    s -> s.replications().approve(REPLICATION, STALE, null)),
            op("ReplicationService.startImplementation",          "Y   Y   Y   Y   .   .",
                    s -> s.replications().startImplementation(REPLICATION, STALE, LocalDate.of(2024, 1, 1))),
            op("ReplicationService.evaluate",                     "Y   Y   Y   Y   .   .",
                    s -> s.replications().evaluate(REPLICATION, STALE, new EvaluationForm())),
            op("ReplicationService.institutionalise",             "Y   Y   Y   Y   .   .",
                    s -> s.replications().institutionalise(REPLICATION, STALE, null)),
            op("ReplicationService.discontinue",                  "Y   Y   Y   Y   .   .",
                    s -> s.replications().discontinue(REPLICATION, STALE, "alasan")),
            op("ReplicationService.addMonitoringReport",          "Y   Y   Y   Y   .   .",
                    s -> s.replications().addMonitoringReport(REPLICATION, STALE, new MonitoringReportForm())),
            // documents of an open replication: the adopting unit and administrators only (record-level rule)
            op("ReplicationService.uploadDocument",               "Y   .   .   Y   .   .",
                    s -> s.replications().uploadDocument(REPLICATION, null, s.emptyFile(), "surat.pdf")),
            op("ReplicationService.openDocument",                 "Y   Y   Y   Y   .   .",
                    s -> s.replications().openDocument(REPLICATION, NO_SUCH_ID)),
            op("ReplicationService.deleteDocument",               "Y   .   .   Y   .   .",
                    s -> { s.replications().deleteDocument(REPLICATION, NO_SUCH_ID); return null; }),
            op("ReplicationService.maxDocumentBytes",             "Y   Y   Y   Y   Y   Y",
                    s -> s.replications().maxDocumentBytes()),
            // --- workshops
            op("WorkshopService.search",                          "Y   Y   Y   Y   Y   .",
                    s -> s.workshops().search(WorkshopFilter.all(), PAGE)),
            op("WorkshopService.count",                           "Y   Y   Y   Y   Y   .",
                    s -> s.workshops().count(WorkshopFilter.all())),
            op("WorkshopService.sponsorLookup",                   "Y   Y   Y   Y   .   .",
                    s -> s.workshops().sponsorLookup("", 0, 5)),
            op("WorkshopService.findSponsor",                     "Y   Y   Y   Y   .   .",
                    s -> s.workshops().findSponsor(PARTNER)),
            op("WorkshopService.figuresOfUnit",                   "Y   Y   Y   Y   .   .",
                    s -> s.workshops().figuresOfUnit(UNIT, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
            op("WorkshopService.countByStatus",                   "Y   Y   Y   Y   Y   .",
                    s -> s.workshops().countByStatus()),
            op("WorkshopService.monthlyTotals",                   "Y   Y   Y   Y   Y   .",
                    s -> s.workshops().monthlyTotals(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
            op("WorkshopService.latestFigures",                   "Y   Y   Y   Y   Y   .",
                    s -> s.workshops().latestFigures(5)),
            op("WorkshopService.get",                             "Y   Y   Y   Y   Y   .",
                    s -> s.workshops().get(WORKSHOP)),
            op("WorkshopService.lastReport",                      "Y   Y   Y   Y   Y   .",
                    s -> s.workshops().lastReport(WORKSHOP)),
            op("WorkshopService.create",                          "Y   .   .   Y   .   .",
                    s -> s.workshops().create(null, new WorkshopForm())),
            op("WorkshopService.update",                          "Y   .   .   Y   .   .",
                    s -> s.workshops().update(WORKSHOP, STALE, new WorkshopForm())),
            op("WorkshopService.addReport",                       "Y   .   .   Y   .   .",
                    s -> s.workshops().addReport(WORKSHOP, new WorkshopReportForm(), false)),
            op("WorkshopService.addTestimonial",                  "Y   .   .   Y   .   .",
                    s -> s.workshops().addTestimonial(WORKSHOP, new TestimonialForm())),
            op("WorkshopService.addSponsorship",                  "Y   .   .   .   .   .",
                    s -> s.workshops().addSponsorship(WORKSHOP, PARTNER, new SponsorshipForm())),
            op("WorkshopService.deleteSponsorship",               "Y   .   .   .   .   .",
                    s -> { s.workshops().deleteSponsorship(NO_SUCH_ID); return null; }),
            op("WorkshopService.sponsorshipsOf",                  "Y   Y   Y   .   .   .",
                    s -> s.workshops().sponsorshipsOf(PARTNER)),
            op("WorkshopService.partnerOverview",                 ".   .   .   .   Y   .",
                    s -> s.workshops().partnerOverview()),
            op("WorkshopService.checkImport",                     "Y   .   .   .   .   .",
                    s -> s.workshops().checkImport(List.of())),
            op("WorkshopService.importRows",                      "Y   .   .   .   .   .",
                    s -> s.workshops().importRows(List.of())),
            op("WorkshopService.maxDocumentBytes",                "Y   Y   Y   Y   Y   Y",
                    s -> s.workshops().maxDocumentBytes()),
            op("WorkshopService.documents",                       "Y   Y   Y   Y   .   .",
                    s -> s.workshops().documents(WORKSHOP)),
            op("WorkshopService.uploadDocument",                  "Y   .   .   Y   .   .",
                    s -> s.workshops().uploadDocument(WORKSHOP, null, s.emptyFile(), "foto.png")),
            op("WorkshopService.openDocument",                    "Y   Y   Y   Y   .   .",
                    s -> s.workshops().openDocument(WORKSHOP, NO_SUCH_ID)),
            op("WorkshopService.deleteDocument",                  "Y   .   .   Y   .   .",
                    s -> { s.workshops().deleteDocument(WORKSHOP, NO_SUCH_ID); return null; }),
            // --- partners
            op("PartnerService.search",                           "Y   Y   Y   .   .   .",
                    s -> s.partners().search(PartnerFilter.all(), PAGE)),
            op("PartnerService.count",                            "Y   Y   Y   .   .   .",
                    s -> s.partners().count(PartnerFilter.all())),
            op("PartnerService.get",                              "Y   Y   Y   .   .   .",
                    s -> s.partners().get(PARTNER)),
            op("PartnerService.lookup",                           "Y   Y   Y   .   .   .",
                    s -> s.partners().lookup("", 0, 5)),
            op("PartnerService.findRef",                          "Y   Y   Y   .   .   .",
                    s -> s.partners().findRef(PARTNER)),
            op("PartnerService.ownPartner",                       ".   .   .   .   Y   .",
                    s -> s.partners().ownPartner()),
            op("PartnerService.create",                           "Y   .   .   .   .   .",
                    s -> s.partners().create(new PartnerForm())),
            op("PartnerService.update",                           "Y   .   .   .   .   .",
                    s -> s.partners().update(PARTNER, STALE, new PartnerForm())),
            op("PartnerService.setActive",                        "Y   .   .   .   .   .",
                    s -> s.partners().setActive(PARTNER, STALE, true)),
            // --- users
            op("UserService.usersOfPartner",                      "Y   .   .   .   .   .",
                    s -> s.users().usersOfPartner(PARTNER)),
            op("UserService.createPartnerUser",                   "Y   .   .   .   .   .",
                    s -> s.users().createPartnerUser(PARTNER, new NewUserForm())),
            op("UserService.setActive",                           "Y   .   .   .   .   .",
                    s -> { s.users().setActive(NO_SUCH_ID, true); return null; }),
            op("UserService.changeOwnLanguage",                   "Y   Y   Y   Y   Y   .",
                    s -> s.users().changeOwnLanguage(Locale.ENGLISH)),
            op("UserService.ownLanguage",                         "Y   Y   Y   Y   Y   .",
                    s -> s.users().ownLanguage()),
            // the sign-in itself looks users up before anyone is signed in
            op("AppUserDetailsService.loadUserByUsername",        "Y   Y   Y   Y   Y   Y",
                    s -> s.userDetails().loadUserByUsername("admin")),
            // --- documents and notifications: shared floors, reached by features (views never call them directly)
            op("DocumentService.maxSizeBytes",                    "Y   Y   Y   Y   Y   Y",
                    s -> s.documents().maxSizeBytes()),
            op("DocumentService.store",                           "Y   Y   Y   Y   .   .",
                    s -> s.documents().store("INNOVATION", INNOVATION, DocumentType.OTHER, s.emptyFile(),
                            "surat.pdf")),
            op("DocumentService.list",                            "Y   Y   Y   Y   .   .",
                    s -> s.documents().list("INNOVATION", INNOVATION)),
            op("DocumentService.open",                            "Y   Y   Y   Y   .   .",
                    s -> s.documents().open("INNOVATION", INNOVATION, NO_SUCH_ID)),
            op("DocumentService.delete",                          "Y   Y   Y   Y   .   .",
                    s -> { s.documents().delete("INNOVATION", INNOVATION, NO_SUCH_ID); return null; }),
            op("DocumentService.count",                           "Y   Y   Y   Y   .   .",
                    s -> s.documents().count("INNOVATION", INNOVATION)),
            op("NotificationService.notify",                      "Y   Y   Y   Y   Y   .",
                    s -> { s.notifications().notify(Audience.role(Role.ADMIN), "notification.replication.submitted",
                            List.of(), "replications/26", null); return null; }),
            // scheduled jobs run with nobody signed in
            op("NotificationService.notifySystem",                "Y   Y   Y   Y   Y   Y",
                    s -> s.notifications().notifySystem(Audience.role(Role.ADMIN),
                            "notification.replication.submitted", List.of(), "replications/26", "matrix-probe")),
            op("NotificationService.unreadCount",                 "Y   Y   Y   Y   Y   .",
                    s -> s.notifications().unreadCount()),
            op("NotificationService.latest",                      "Y   Y   Y   Y   Y   .",
                    s -> s.notifications().latest(5)),
            op("NotificationService.markRead",                    "Y   Y   Y   Y   Y   .",
                    s -> { s.notifications().markRead(NO_SUCH_ID); return null; }),
            op("NotificationService.markAllRead",                 "Y   Y   Y   Y   Y   .",
                    s -> { s.notifications().markAllRead(); return null; }),
            // --- reports, imports, dashboards
            op("ReportService.replicationStatus",                 "Y   Y   Y   Y   .   .",
                    s -> s.reports().replicationStatus(REPLICATION, LOCALE)),
            op("ReportService.mayPrintUnitSummary",               "Y   Y   Y   Y   .   .",
                    s -> s.reports().mayPrintUnitSummary(UNIT)),
            op("ReportService.unitSummary",                       "Y   Y   Y   Y   .   .",
                    s -> s.reports().unitSummary(UNIT, ReportPeriod.year(2025), LOCALE)),
            op("ImportService.kinds",                             "Y   .   Y   .   .   .",
                    s -> s.imports().kinds()),
            op("ImportService.maxFileBytes",                      "Y   Y   Y   Y   Y   Y",
                    s -> s.imports().maxFileBytes()),
            op("ImportService.writeTemplate",                     "Y   .   Y   .   .   .",
                    s -> { s.imports().writeTemplate(ImportKind.INNOVATIONS, TemplateFormat.CSV, LOCALE,
                            OutputStream.nullOutputStream()); return null; }),
            op("ImportService.read",                              "Y   .   Y   .   .   .",
                    s -> s.imports().read(ImportKind.INNOVATIONS, s.emptyFile(), "inovasi.csv")),
            op("ImportService.check",                             "Y   .   Y   .   .   .",
                    s -> s.imports().check(new ImportTable(ImportKind.INNOVATIONS, "inovasi.csv", List.of()))),
            op("ImportService.preview",                           "Y   .   Y   .   .   .",
                    s -> s.imports().preview(ImportKind.INNOVATIONS, s.emptyFile(), "inovasi.csv")),
            op("ImportService.run(ImportTable)",                  "Y   .   Y   .   .   .",
                    s -> s.imports().run(new ImportTable(ImportKind.INNOVATIONS, "inovasi.csv", List.of()))),
            op("ImportService.run(ImportKind,Path,String)",       "Y   .   Y   .   .   .",
                    s -> s.imports().run(ImportKind.INNOVATIONS, s.emptyFile(), "inovasi.csv")),
            op("DashboardService.portfolio",                      "Y   Y   Y   .   .   .",
                    s -> s.dashboard().portfolio(null)),
            op("DashboardService.unitDashboard",                  ".   .   .   Y   .   .",
                    s -> s.dashboard().unitDashboard()),
            op("ReportService.annualPortfolio",                   "Y   Y   Y   .   .   .",
                    s -> s.reports().annualPortfolio(Year.of(2025), LOCALE)),
            // --- audit trail: record is called by features inside their own (already checked) operations
            op("AuditService.record",                             "Y   Y   Y   Y   Y   Y",
                    s -> { s.audit().record(AuditAction.EXPORT, "Unit", UNIT, Map.of()); return null; }),
            op("AuditService.search",                             "Y   .   Y   .   .   .",
                    s -> s.audit().search(AuditFilter.none(), PAGE)),
            op("AuditService.count",                              "Y   .   Y   .   .   .",
                    s -> s.audit().count(AuditFilter.none())),
            op("AuditService.recordTypes",                        "Y   .   Y   .   .   .",
                    s -> s.audit().recordTypes()),
            op("AuditService.history",                            "Y   Y   Y   Y   .   .",
                    s -> s.audit().history("Unit", UNIT, 5)),
            op("AuditService.verifyChain",                        "Y   .   .   .   .   .",
                    s -> s.audit().verifyChain()),
            op("UnitService.history",                             "Y   Y   Y   Y   .   .",
                    s -> s.units().history(UNIT, 5)),
            op("InnovationService.history",                       "Y   Y   Y   Y   .   .",
                    s -> s.innovations().history(INNOVATION, 5)),
            op("ReplicationService.history",                      "Y   Y   Y   Y   .   .",
                    s -> s.replications().history(REPLICATION, 5)),
            op("WorkshopService.history",                         "Y   Y   Y   Y   .   .",
                    s -> s.workshops().history(WORKSHOP, 5)),
            op("PartnerService.history",                          "Y   Y   Y   .   .   .",
                    s -> s.partners().history(PARTNER, 5)),
            // --- user administration and one's own password
            op("UserService.searchAccounts",                      "Y   .   .   .   .   .",
                    s -> s.users().searchAccounts(AccountFilter.all(), PAGE)),
            op("UserService.countAccounts",                       "Y   .   .   .   .   .",
                    s -> s.users().countAccounts(AccountFilter.all())),
            op("UserService.account",                             "Y   .   .   .   .   .",
                    s -> s.users().account(NO_SUCH_ID)),
            op("UserService.unitChoices",                         "Y   .   .   .   .   .",
                    s -> s.users().unitChoices("", 0, 5)),
            op("UserService.partnerChoices",                      "Y   .   .   .   .   .",
                    s -> s.users().partnerChoices("", 0, 5)),
            op("UserService.findUnit",                            "Y   .   .   .   .   .",
                    s -> s.users().findUnit(UNIT)),
            op("UserService.createAccount",                       "Y   .   .   .   .   .",
                    s -> s.users().createAccount(new AccountForm())),
            op("UserService.updateAccount",                       "Y   .   .   .   .   .",
                    s -> s.users().updateAccount(NO_SUCH_ID, STALE, new AccountForm())),
            op("UserService.setAccountActive",                    "Y   .   .   .   .   .",
                    s -> s.users().setAccountActive(NO_SUCH_ID, STALE, true)),
            op("UserService.resetPassword",                       "Y   .   .   .   .   .",
                    s -> s.users().resetPassword(NO_SUCH_ID)),
            // a wrong current password: refused with a message, after the permission check
            op("UserService.changeOwnPassword",                   "Y   Y   Y   Y   Y   .",
                    s -> { s.users().changeOwnPassword("not-the-password", "another-long-passphrase");
                        return null; }),
            op("UserService.ownPasswordMustChange",               "Y   Y   Y   Y   Y   .",
                    s -> s.users().ownPasswordMustChange())
    );

    private AuthorizationMatrix() {
    }

    private static Route route(String template, String path, String marks) {
        return new Route(template, path, parse(marks, 'Y'), parse(marks, '>'));
    }

    private static Operation op(String key, String marks, Call call) {
        return new Operation(key, parse(marks, 'Y'), call);
    }

    private static Set<Who> parse(String marks, char mark) {
        String compact = marks.replace(" ", "");
        if (compact.length() != Who.values().length || !compact.matches("[Y.>]+")) {
            throw new IllegalArgumentException("One Y, . or > per column, not: " + marks);
        }
        Set<Who> allowed = EnumSet.noneOf(Who.class);
        for (Who who : Who.values()) {
            if (compact.charAt(who.ordinal()) == mark) {
                allowed.add(who);
            }
        }
        return allowed;
    }
}
