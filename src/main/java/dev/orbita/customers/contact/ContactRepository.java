package dev.orbita.customers.contact;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

    @org.springframework.data.jpa.repository.Query("select c.id from Contact c where c.accountId = :accountId order by c.id")
    java.util.List<UUID> idsOfAccount(UUID accountId);

    /**
     * A contact with its phones, e-mails, social profiles and tags in one query. The lists are
     * indexed ({@code @OrderColumn}), so joining them together gives no duplicates, and they are short,
     * so the rows they multiply into stay few. The consent history only ever grows: it is left to a
     * query of its own, run when it is first read, so that it does not multiply the rows.
     */
    @Query("""
            select c from Contact c left join fetch c.phones left join fetch c.emails
            left join fetch c.socialProfiles left join fetch c.tags where c.id = :id""")
    Optional<Contact> findWithContactPoints(UUID id);
}
