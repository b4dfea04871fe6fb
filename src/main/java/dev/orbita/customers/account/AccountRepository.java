package dev.orbita.customers.account;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

    @Query("select a.parentId from Account a where a.id = :id")
    UUID parentOf(UUID id);

    long countByParentId(UUID parentId);
}
