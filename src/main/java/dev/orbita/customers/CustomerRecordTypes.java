package dev.orbita.customers;

import dev.orbita.customers.account.Account;
import dev.orbita.customers.contact.Contact;
import dev.orbita.platform.NavGroup;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordType.Match;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The record types of the customers module, declared to the kernel. */
@Configuration(proxyBeanMethods = false)
public class CustomerRecordTypes {

    public static final String ACCOUNT = "ACCOUNT";
    public static final String CONTACT = "CONTACT";

    @Bean
    RecordType accountRecordType() {
        return RecordType.builder(ACCOUNT).table("accounts").entity(Account.class)
                .urls("/accounts", "/api/v1/accounts").label("record.ACCOUNT").nav(NavGroup.CUSTOMERS)
                .audited(Account.AUDIT).onTimeline()
                .search("name", Match.TEXT).search("legalName", Match.TEXT).search("emails.addressParts", Match.EMAIL)
                .search("phones.digitsReversed", Match.PHONE_DIGITS_REVERSED).search("taxIdDigits", Match.DIGITS)
                .title("t.name").customerColumn("id").recycleBin().build();
    }

    @Bean
    RecordType contactRecordType() {
        return RecordType.builder(CONTACT).table("contacts").entity(Contact.class)
                .urls("/contacts", "/api/v1/contacts").label("record.CONTACT").nav(NavGroup.CUSTOMERS)
                .audited(Contact.AUDIT).onTimeline()
                .search("name", Match.TEXT).search("jobTitle", Match.TEXT).search("emails.addressParts", Match.EMAIL)
                .search("phones.digitsReversed", Match.PHONE_DIGITS_REVERSED).search("taxIdDigits", Match.DIGITS)
                .title("trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, ''))")
                .customerColumn("account_id").recycleBin().build();
    }
}
