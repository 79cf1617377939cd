package org.globaloffice.foreignteacher.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.foreignteacher.entity.ExpiryAlert;
import org.globaloffice.platform.security.Role;

/**
 * Recomputes every expiry alert at start and each night at 01:00 (a persistent timer: a night the server was down is
 * caught up when it comes back). Where the setting {@code globaloffice.mail.session} names a mail session (its JNDI
 * name, e.g. {@code mail/globaloffice}), it then sends one digest per school to the school's liaisons and one of all
 * schools to the office, to the accounts that have an e-mail address and are enabled.
 */
@Startup
@Singleton
@DependsOn("Bootstrap")
public class DailyAlerts {

    private static final Logger LOG = Logger.getLogger(DailyAlerts.class.getName());

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    AlertRefresh refresh;

    @Inject
    @ConfigProperty(name = "globaloffice.mail.session")
    Optional<String> mailSession;

    @Resource
    TimerService timers;

    /** When the nightly recomputation runs next, if its timer is registered (a persistent one). */
    public Optional<Instant> nextRun() {
        return timers.getTimers().stream().filter(Timer::isPersistent).map(t -> t.getNextTimeout().toInstant())
                .min(Instant::compareTo);
    }

    @PostConstruct
    void atStart() {
        int count = refresh.refreshAll(refresh.today());
        LOG.info(() -> "GlobalOffice computed " + count + " expiry alerts");
    }

    @Schedule(hour = "1", minute = "0", persistent = true, info = "GlobalOffice daily expiry alerts")
    void nightly() {
        LocalDate today = refresh.today();
        int count = refresh.refreshAll(today);
        LOG.info(() -> "GlobalOffice recomputed " + count + " expiry alerts for " + today);
        mailSession.filter(name -> !name.isBlank()).ifPresent(this::sendDigests);
    }

    /** The digests to send: for each recipient's address, the lines they get. */
    public Map<String, List<AlertDigest.Line>> digests() {
        List<ExpiryAlert> alerts = em.createQuery("select a from ExpiryAlert a join fetch a.expert join fetch a.school"
                + " order by a.dueOn", ExpiryAlert.class).getResultList();
        Map<String, List<AlertDigest.Line>> byAddress = new TreeMap<>();
        if (alerts.isEmpty()) {
            return byAddress;
        }
        List<AlertDigest.Line> all = alerts.stream().map(DailyAlerts::line).toList();
        for (UserAccount office : recipients(Role.OFFICE)) {
            byAddress.put(office.getEmail(), all);
        }
        Map<Long, List<AlertDigest.Line>> bySchool = new TreeMap<>();
        alerts.forEach(a -> bySchool.computeIfAbsent(a.getSchool().getId(), id -> new ArrayList<>()).add(line(a)));
        for (UserAccount liaison : recipients(Role.LIAISON)) {
            List<AlertDigest.Line> lines = bySchool.get(liaison.getSchool().getId());
            if (lines != null) {
                byAddress.putIfAbsent(liaison.getEmail(), lines);
            }
        }
        return byAddress;
    }

    /** The enabled accounts of the role that have an e-mail address. */
    private List<UserAccount> recipients(Role role) {
        return em.createQuery("select distinct u from UserAccount u join u.roles r"
                + " where r = :role and u.enabled = :enabled and u.email is not null", UserAccount.class)
                .setParameter("role", role).setParameter("enabled", Boolean.TRUE).getResultList();
    }

    private void sendDigests(String jndiName) {
        Session session;
        try {
            session = (Session) new InitialContext().lookup(jndiName);
        } catch (NamingException | ClassCastException e) {
            LOG.log(Level.WARNING, "No mail session at " + jndiName + ": the alert digest is not sent", e);
            return;
        }
        digests().forEach((address, lines) -> {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                message.setSubject(AlertDigest.subject(lines.size()), StandardCharsets.UTF_8.name());
                message.setText(AlertDigest.body(lines), StandardCharsets.UTF_8.name());
                Transport.send(message);
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "The alert digest to " + address + " was not sent", e);
            }
        });
    }

    private static AlertDigest.Line line(ExpiryAlert alert) {
        return new AlertDigest.Line(alert.getExpert().getNativeName(), alert.getSchool().getCode(), alert.getKind(),
                alert.getDocumentType(), alert.getDueOn(), alert.getUrgency());
    }
}
