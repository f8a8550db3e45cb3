package dev.contentapi.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListRunner;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Every query about people. */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    private final CursorCodec cursors;

    PersonRepository(CursorCodec cursors) {
        this.cursors = cursors;
    }

    public Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Person findBySlugOrNull(String slug) {
        return find("slug", slug).firstResult();
    }

    public boolean slugTakenByAnother(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    /** What still refers to a person: the articles they wrote, the articles about them, their film credits. */
    public References references(Person person) {
        Object[] counts = (Object[]) getEntityManager().createNativeQuery("""
                select (select count(*) from article where author_id = :id),
                       (select count(*) from article_person where person_id = :id),
                       (select count(*) from credit where person_id = :id)""")
                .setParameter("id", person.id).getSingleResult();
        return new References(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue());
    }

    /** Counts of the rows that refer to a person. */
    public record References(long articlesWritten, long articlesAbout, long credits) {

        public boolean any() {
            return articlesWritten + articlesAbout + credits > 0;
        }

        /** "they are the author of 2 articles, 1 article names them, they have 3 film credits" */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (articlesWritten > 0) {
                parts.add("they are the author of " + plural(articlesWritten, "article"));
            }
            if (articlesAbout > 0) {
                parts.add(plural(articlesAbout, "article") + " name" + (articlesAbout == 1 ? "s" : "") + " them");
            }
            if (credits > 0) {
                parts.add("they have " + plural(credits, "film credit"));
            }
            return String.join(", ", parts);
        }

        private static String plural(long count, String noun) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }
    }

    public ListPage<Person> page(PersonFilter filter, ListQuery<Person> query) {
        return ListRunner.run(getEntityManager(), Person.class, "person p", filter.where(),
                filter.fingerprint().isEmpty() ? "person" : null, query, cursors);
    }
}
