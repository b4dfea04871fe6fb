package dev.orbita.customers.demo;

import dev.orbita.shared.Names;
import dev.orbita.platform.DemoDataContributor;
import dev.orbita.platform.UserSummary;
import dev.orbita.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Realistic Brazilian demo customers for the first start: companies with CNPJ, addresses, phones
 * and emails, their contacts, and people buying on their own (B2C), spread over the demo sales reps.
 * Written with batched JDBC; the search index is rebuilt from the tables right after.
 */
@Component
class CustomerDemoData implements DemoDataContributor {

    private static final String[] INDUSTRIES = { "Varejo", "Tecnologia", "Logística", "Agronegócio", "Saúde",
            "Educação", "Construção", "Alimentos", "Telecomunicações", "Energia" };
    private static final String[] CITIES = { "São Paulo|SP|01310-100|11", "Rio de Janeiro|RJ|20040-020|21",
            "Belo Horizonte|MG|30130-010|31", "Curitiba|PR|80010-000|41", "Porto Alegre|RS|90010-150|51",
            "Brasília|DF|70040-010|61", "Salvador|BA|40020-000|71", "Recife|PE|50030-230|81",
            "Fortaleza|CE|60060-170|85", "Belém|PA|66010-000|91" };
    private static final String[] JOBS = { "Diretora Comercial", "Gerente de Compras", "Analista Financeiro",
            "CEO", "Coordenador de TI", "Gerente de Operações", "Compradora", "Diretor Financeiro" };
    private static final String[] STAGES = { "LEAD", "PROSPECT", "CUSTOMER", "CUSTOMER", "FORMER_CUSTOMER" };
    private static final String[] TIERS = { "PLATINUM", "GOLD", "SILVER", "BRONZE", null };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int accounts;
    private final int contactsPerAccount;
    private final int standalone;

    CustomerDemoData(JdbcTemplate jdbc, TransactionTemplate tx,
            @Value("${orbita.demo-data.accounts:120}") int accounts,
            @Value("${orbita.demo-data.contacts-per-account:3}") int contactsPerAccount,
            @Value("${orbita.demo-data.standalone-contacts:60}") int standalone) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.contactsPerAccount = contactsPerAccount;
        this.standalone = standalone;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(List<UserSummary> users) {
        if (users.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> generate(users));
    }

    private void generate(List<UserSummary> users) {
        Faker faker = new Faker(Locale.forLanguageTag("pt-BR"), new Random(42));
        Random random = new Random(7);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object[]> accountRows = new ArrayList<>();
        List<Object[]> accountPhones = new ArrayList<>();
        List<Object[]> accountEmails = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> contactRows = new ArrayList<>();
        List<Object[]> contactPhones = new ArrayList<>();
        List<Object[]> contactEmails = new ArrayList<>();
        List<Object[]> consents = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            UserSummary owner = users.get(random.nextInt(users.size()));
            UUID id = Ids.newId();
            String name = faker.company().name();
            String[] city = CITIES[random.nextInt(CITIES.length)].split("\\|");
            String domain = Names.fold(name).replaceAll("[^a-z0-9]+", "") + ".com.br";
            Timestamp created = Timestamp.from(now.minus(random.nextInt(700), ChronoUnit.DAYS));
            accountRows.add(new Object[] { id, "COMPANY", name, Names.fold(name), name + " Ltda.", "CNPJ",
                    cnpj(random), INDUSTRIES[random.nextInt(INDUSTRIES.length)], "https://www." + domain,
                    STAGES[random.nextInt(STAGES.length)], TIERS[random.nextInt(TIERS.length)], owner.id(),
                    owner.teamId(), created, owner.id(), created, owner.id() });
            accountPhones.add(new Object[] { id, 0, "WORK", "+55" + city[3] + "3" + digits(random, 7) });
            accountEmails.add(new Object[] { id, 0, "WORK", "contato@" + domain });
            addresses.add(new Object[] { id, 0, "BILLING", faker.address().streetName(),
                    String.valueOf(10 + random.nextInt(2000)), null, faker.address().cityName(), city[0], city[1],
                    city[2], "BR" });
            if (random.nextInt(3) == 0) {
                tags.add(new Object[] { id, random.nextBoolean() ? "estratégico" : "indicação" });
            }
            for (int c = 0; c < contactsPerAccount; c++) {
                contact(faker, random, owner, id, domain, city[3], JOBS[random.nextInt(JOBS.length)], created,
                        contactRows, contactPhones, contactEmails, consents);
            }
        }
        for (int i = 0; i < standalone; i++) {
            UserSummary owner = users.get(random.nextInt(users.size()));
            String[] city = CITIES[random.nextInt(CITIES.length)].split("\\|");
            contact(faker, random, owner, null, random.nextBoolean() ? "gmail.com" : "outlook.com.br", city[3], null,
                    Timestamp.from(now.minus(random.nextInt(400), ChronoUnit.DAYS)), contactRows, contactPhones,
                    contactEmails, consents);
        }
        jdbc.batchUpdate("""
                insert into accounts (id, kind, name, sort_name, legal_name, tax_id_kind, tax_id, industry, website,
                  lifecycle_stage, tier, owner_id, team_id, created_at, created_by, updated_at, updated_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", accountRows);
        jdbc.batchUpdate("insert into account_phones (account_id, position, type, number) values (?, ?, ?, ?)",
                accountPhones);
        jdbc.batchUpdate("insert into account_emails (account_id, position, type, address) values (?, ?, ?, ?)",
                accountEmails);
        jdbc.batchUpdate("""
                insert into account_addresses (account_id, position, type, street, number, complement, district,
                  city, region, postal_code, country) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", addresses);
        jdbc.batchUpdate("insert into account_tags (account_id, tag) values (?, ?)", tags);
        jdbc.batchUpdate("""
                insert into contacts (id, first_name, last_name, sort_name, account_id, job_title, preferred_channel,
                  preferred_contact_hours, language, lifecycle_stage, owner_id, team_id, created_at, created_by,
                  updated_at, updated_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'pt-BR', ?, ?, ?, ?, ?, ?, ?, 0)""", contactRows);
        jdbc.batchUpdate("insert into contact_phones (contact_id, position, type, number) values (?, ?, ?, ?)",
                contactPhones);
        jdbc.batchUpdate("insert into contact_emails (contact_id, position, type, address) values (?, ?, ?, ?)",
                contactEmails);
        jdbc.batchUpdate("""
                insert into contact_consents (contact_id, position, purpose, channel, granted, lawful_basis, source,
                  recorded_at) values (?, 0, 'MARKETING', 'EMAIL', ?, 'CONSENT', 'Formulário do site', ?)""",
                consents);
    }

    private static void contact(Faker faker, Random random, UserSummary owner, UUID accountId, String domain,
            String ddd, String job, Timestamp created, List<Object[]> rows, List<Object[]> phones,
            List<Object[]> emails, List<Object[]> consents) {
        UUID id = Ids.newId();
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String stage = accountId == null ? STAGES[random.nextInt(STAGES.length)] : "CUSTOMER";
        rows.add(new Object[] { id, first, last, Names.fold(first + " " + last), accountId, job,
                random.nextBoolean() ? "EMAIL" : "WHATSAPP", random.nextBoolean() ? "09:00-12:00,14:00-18:00" : null,
                stage, owner.id(), owner.teamId(), created, owner.id(), created, owner.id() });
        phones.add(new Object[] { id, 0, "MOBILE", "+55" + ddd + "9" + (6 + random.nextInt(4)) + digits(random, 7) });
        String local = (Names.fold(first) + "." + Names.fold(last)).replaceAll("[^a-z.]", "") + random.nextInt(100);
        emails.add(new Object[] { id, 0, accountId == null ? "PERSONAL" : "WORK", local + "@" + domain });
        if (random.nextInt(3) > 0) {
            consents.add(new Object[] { id, random.nextInt(4) > 0, created });
        }
    }

    private static String digits(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    /** A random valid CNPJ (digits only): 8 base digits, branch 0001, two check digits. */
    static String cnpj(Random random) {
        int[] d = new int[14];
        for (int i = 0; i < 8; i++) {
            d[i] = random.nextInt(10);
        }
        d[8] = 0;
        d[9] = 0;
        d[10] = 0;
        d[11] = 1;
        d[12] = checkDigit(d, 12);
        d[13] = checkDigit(d, 13);
        StringBuilder sb = new StringBuilder();
        for (int x : d) {
            sb.append(x);
        }
        return sb.toString();
    }

    private static int checkDigit(int[] d, int length) {
        int[] weights = length == 12 ? new int[] { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 }
                : new int[] { 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += d[i] * weights[i];
        }
        int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    }
}
