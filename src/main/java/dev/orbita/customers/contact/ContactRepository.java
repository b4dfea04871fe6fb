package dev.orbita.customers.contact;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, UUID> {

    @org.springframework.data.jpa.repository.Query("select c.id from Contact c where c.accountId = :accountId order by c.id")
    java.util.List<UUID> idsOfAccount(UUID accountId);
}
