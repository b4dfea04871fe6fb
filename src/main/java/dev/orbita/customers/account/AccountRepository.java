package dev.orbita.customers.account;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

    @Query("select a.parentId from Account a where a.id = :id")
    UUID parentOf(UUID id);

    /** Sub-accounts that are not in the recycle bin. */
    long countByParentIdAndDeletedAtIsNull(UUID parentId);

    @Query("select a.id from Account a where a.parentId = :parentId order by a.id")
    java.util.List<UUID> idsOfChildren(UUID parentId);

    /**
     * An account with its phones, e-mails, addresses and tags in one query: the lists are indexed
     * ({@code @OrderColumn}), so joining them together gives no duplicates, and all four are short.
     */
    @Query("""
            select a from Account a left join fetch a.phones left join fetch a.emails
            left join fetch a.addresses left join fetch a.tags where a.id = :id""")
    java.util.Optional<Account> findWithContactPoints(UUID id);
}
