package org.claimgraph.claims.claim;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Subjects by their canonical name ({@link org.claimgraph.claims.extraction.Subjects#canonical(String)}): claims are
 * written with it, filters look it up by any alias, and claims stored before under an alias are renamed at start.
 */
@ApplicationScoped
public class SubjectService {

    private static final Logger LOG = Logger.getLogger(SubjectService.class);

    /** Every subject with its claim counts, most claimed first. Expects a session of the caller. */
    public Uni<List<Subject>> all() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select min(c.subject), count(*), count(*) filter (where not c.scoped) from claims.claim c"
                        + " group by c.subject_key order by count(*) desc, min(c.subject)", Object[].class)
                .getResultList())
                .map(rows -> rows.stream().map(row -> {
                    Subject subject = new Subject();
                    subject.name = (String) row[0];
                    subject.claims = ((Number) row[1]).intValue();
                    subject.nationalClaims = ((Number) row[2]).intValue();
                    return subject;
                }).toList());
    }

    /** Renames claims stored under an alias to the canonical subject, fingerprint included (once per alias, at start). */
    void canonicalizeStored(@Observes StartupEvent start) throws Throwable {
        int renamed = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select distinct subject from claims.claim", String.class).getResultList())
                .chain(stored -> {
                    List<String> aliases = new ArrayList<>();
                    for (String subject : stored) {
                        if (!org.claimgraph.claims.extraction.Subjects.canonical(subject).equals(subject)) {
                            aliases.add(subject);
                        }
                    }
                    if (aliases.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return ClaimEntity.<ClaimEntity> list("subject in ?1", aliases).chain(claims -> Multi.createFrom().iterable(claims)
                            .onItem().transformToUniAndConcatenate(claim -> {
                                ClaimDraft draft = ClaimDraft.of(claim);
                                draft.subject = org.claimgraph.claims.extraction.Subjects.canonical(claim.subject);
                                claim.subject = draft.subject;
                                // The same claim stored under both names stays two claims: not merged at start.
                                claim.fingerprint = ClaimIdentity.fingerprint(draft);
                                return Panache.flush();
                            })
                            .collect().asList().map(List::size));
                })));
        if (renamed > 0) {
            LOG.infof("%d claims renamed to their canonical subject", renamed);
        }
    }
}
