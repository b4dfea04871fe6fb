package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.customers.account.AccountColumns;
import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.account.AccountRequest;
import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.customers.contact.ContactColumns;
import dev.orbita.customers.contact.ContactManagement;
import dev.orbita.customers.contact.ContactRequest;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.shared.contact.EmailType;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.shared.contact.PhoneType;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import dev.orbita.support.SignedIn;
import dev.orbita.support.SqlStatements;
import dev.orbita.web.list.ListColumn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * List export (issue 7 §4) through the real security: the whole filtered, visible list as CSV and XLSX,
 * parsed back with Commons CSV and POI; headers in the reader's language, separator per language, BOM,
 * formula injection neutralized, refused requests answered as problems, and the cost in SQL statements
 * growing with batches of rows, not with rows (the test profile reads 100 rows a batch).
 */
@IntegrationTest
class ListExportTests {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final ZoneId READER_ZONE = ZoneId.of("America/Sao_Paulo"); // the fixtures' users' time zone

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignedIn signedIn;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ContactManagement contacts;

    @Autowired
    SqlStatements sql;

    @Autowired
    UserDetailsService userDetails;

    UserResponse rep;
    UserResponse otherTeamRep;
    UserResponse admin;
    String tag;

    @BeforeEach
    void organisation() {
        rep = fixtures.user("SALES_REP", fixtures.team().id());
        otherTeamRep = fixtures.user("SALES_REP", fixtures.team().id());
        admin = fixtures.user("ADMIN", null);
        tag = Fixtures.unique("export").toLowerCase();
    }

    // ------------------------------------------------------------------ data

    private UUID account(UserResponse as, String name, AccountKind kind, ValueTier tier) {
        AtomicReference<UUID> id = new AtomicReference<>();
        signedIn.as(as.username(), () -> id.set(accounts.create(new AccountRequest(name, null, kind, null, null, null,
                null, null, null, LifecycleStage.CUSTOMER, tier, List.of(tag), null, null, null, null, null, null))
                .id()));
        return id.get();
    }

    private UUID contact(UserResponse as, String first, String last, String jobTitle, UUID accountId,
            LifecycleStage stage, UUID ownerId) {
        AtomicReference<UUID> id = new AtomicReference<>();
        signedIn.as(as.username(), () -> id.set(contacts.create(new ContactRequest(first, last, accountId, jobTitle,
                null, null, List.of(new EmailDto(EmailType.WORK, Fixtures.unique("c").toLowerCase() + "@example.com")),
                List.of(new PhoneDto(PhoneType.MOBILE, "(21) 98765-4321", null)), null, null, null, null, null,
                null, stage, List.of(tag), ownerId, null, null, null, null)).id()));
        return id.get();
    }

    private MockHttpServletRequestBuilder api(UserResponse as, String path, String accept) {
        return get(path).with(httpBasic(as.username(), Fixtures.PASSWORD)).header("Accept", accept);
    }

    private static List<CSVRecord> csv(MvcResult result, char delimiter) throws IOException {
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).as("CRLF line ends").contains("\r\n");
        return CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(delimiter).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static List<String> values(CSVRecord record) {
        return record.toList();
    }

    /** The values of one column in the rows below the header. */
    private static List<String> column(List<CSVRecord> rows, int index) {
        return rows.stream().skip(1).map(r -> r.get(index)).toList();
    }

    private static Map<String, CSVRecord> byFirstColumn(List<CSVRecord> rows) {
        return rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), Function.identity()));
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvHoldsOnlyWhatTheReaderMaySeeWithHeadersInTheirLanguageAndTheirSeparator() throws Exception {
        String visibleAccount = Fixtures.unique("Padaria Visível");
        String hiddenAccount = Fixtures.unique("Oficina Oculta");
        UUID mine = account(rep, visibleAccount, AccountKind.COMPANY, null);
        UUID theirs = account(otherTeamRep, hiddenAccount, AccountKind.COMPANY, null);
        contact(rep, "Ana", "Souza", "CFO", mine, LifecycleStage.CUSTOMER, null);
        contact(rep, "Bruno", "Lima", null, null, LifecycleStage.LEAD, null);
        contact(otherTeamRep, "Carla", "Oculta", null, theirs, LifecycleStage.LEAD, null);
        // the rep's own contact at an account the rep may not see: the contact is exported, the account name not
        contact(admin, "Davi", "Rocha", null, theirs, LifecycleStage.PROSPECT, rep.id());

        MvcResult result = mvc.perform(api(rep, "/api/v1/contacts", CSV).header("Accept-Language", "pt-BR")
                .param("tag", tag))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"contatos-")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''contatos-")))
                .andReturn();
        List<CSVRecord> rows = csv(result, ';');
        assertThat(values(rows.get(0))).containsExactly("Nome", "Cargo", "Conta", "Telefone", "E-mail", "Estágio",
                "Responsável", "Atualizado");
        Map<String, CSVRecord> byName = byFirstColumn(rows);
        assertThat(byName).containsOnlyKeys("Ana Souza", "Bruno Lima", "Davi Rocha");
        assertThat(byName.get("Ana Souza").get(2)).isEqualTo(visibleAccount);
        assertThat(byName.get("Ana Souza").get(5)).isEqualTo("Cliente");
        assertThat(byName.get("Ana Souza").get(6)).isEqualTo(rep.fullName());
        assertThat(byName.get("Davi Rocha").get(2)).as("an account the rep may not see has no name").isEmpty();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(hiddenAccount);
        assertThat(byName.get("Ana Souza").get(3)).as("a formatted phone is neutralized, as any text starting with +")
                .isEqualTo("'+55 21 98765-4321");
        // the time in the reader's zone, to the second
        assertThat(byName.get("Ana Souza").get(7)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        // an administrator sees every row, and the account name of each
        List<CSVRecord> all = csv(mvc.perform(api(admin, "/api/v1/contacts", CSV).header("Accept-Language", "en")
                .param("tag", tag)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename=\"contacts-")))
                .andReturn(), ',');
        assertThat(values(all.get(0))).startsWith("Name", "Job title", "Account", "Phone", "Email", "Stage");
        Map<String, CSVRecord> allByName = byFirstColumn(all);
        assertThat(allByName).containsOnlyKeys("Ana Souza", "Bruno Lima", "Carla Oculta", "Davi Rocha");
        assertThat(allByName.get("Davi Rocha").get(2)).isEqualTo(hiddenAccount);
        assertThat(allByName.get("Ana Souza").get(5)).isEqualTo("Customer");

        // pt-PT: its own labels and file name, the same separator as pt-BR
        List<CSVRecord> pt = csv(mvc.perform(api(rep, "/api/v1/contacts", CSV).header("Accept-Language", "pt-PT")
                .param("tag", tag)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename=\"contactos-")))
                .andReturn(), ';');
        assertThat(values(pt.get(0))).contains("Fase", "Email");
    }

    @Test
    void filtersSortAndChosenColumnsAreTheList() throws Exception {
        contact(rep, "Ana", "Alves", null, null, LifecycleStage.CUSTOMER, null);
        contact(rep, "Bia", "Borges", null, null, LifecycleStage.LEAD, null);
        contact(rep, "Caio", "Castro", null, null, LifecycleStage.CUSTOMER, null);
        UUID account = account(rep, Fixtures.unique("Conta"), AccountKind.COMPANY, null);
        contact(rep, "Duda", "Dias", null, account, LifecycleStage.CUSTOMER, null);

        List<CSVRecord> customers = csv(mvc.perform(api(rep, "/api/v1/contacts", CSV).param("tag", tag)
                .param("lifecycleStage", "CUSTOMER").param("standalone", "true").param("sort", "name,desc")
                .param("columns", "lastName,firstName,lifecycleStage")).andExpect(status().isOk()).andReturn(), ',');
        assertThat(customers).extracting(CSVRecord::toList).containsExactly(
                List.of("Last name", "First name", "Stage"),
                List.of("Castro", "Caio", "Customer"),
                List.of("Alves", "Ana", "Customer"));

        List<CSVRecord> byCreation = csv(mvc.perform(api(rep, "/api/v1/contacts", CSV).param("tag", tag)
                .param("sort", "createdAt,asc").param("columns", "firstName")).andExpect(status().isOk())
                .andReturn(), ',');
        assertThat(column(byCreation, 0)).containsExactly("Ana", "Bia", "Caio", "Duda");
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralizedInCsvAndTextInXlsx() throws Exception {
        contact(rep, "=HYPERLINK(\"http://evil.example\",\"x\")", null, "+SUM(1,2)", null, LifecycleStage.LEAD, null);
        contact(rep, "@cmd", "|' /C calc'!A0", "-2+3", null, LifecycleStage.LEAD, null);
        contact(rep, "Plain", "Name", "Head of sales", null, LifecycleStage.LEAD, null);

        List<CSVRecord> rows = csv(mvc.perform(api(rep, "/api/v1/contacts", CSV).param("tag", tag)
                .param("columns", "name,jobTitle")).andExpect(status().isOk()).andReturn(), ',');
        Map<String, String> jobByName = rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
        assertThat(jobByName).containsEntry("'=HYPERLINK(\"http://evil.example\",\"x\")", "'+SUM(1,2)")
                .containsEntry("'@cmd |' /C calc'!A0", "'-2+3")
                .containsEntry("Plain Name", "Head of sales");

        MvcResult xlsx = mvc.perform(api(rep, "/api/v1/contacts", XLSX).param("tag", tag)
                .param("columns", "name,jobTitle")).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse()
                .getContentAsByteArray()))) {
            List<String> cells = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("never a formula").isEqualTo(CellType.STRING);
                    cells.add(cell.getStringCellValue());
                }
            }
            assertThat(cells).contains("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "-2+3");
        }
    }

    // ------------------------------------------------------------------ XLSX

    @Test
    void xlsxHasTypedCellsABoldFrozenHeaderAndTheSheetNamedForTheRecordType() throws Exception {
        UUID account = account(rep, Fixtures.unique("Padaria"), AccountKind.HOUSEHOLD, ValueTier.GOLD);
        contact(rep, "Ana", "Souza", "CFO", account, LifecycleStage.CUSTOMER, null);

        MvcResult result = mvc.perform(api(rep, "/api/v1/accounts", XLSX).header("Accept-Language", "pt-BR")
                .param("tag", tag).param("columns", "name,kind,tier,updatedAt,createdAt"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", containsString("filename=\"contas-")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx\"")))
                .andReturn();
        Instant updated = accountUpdatedAt(account);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse()
                .getContentAsByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Contas");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Nome");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tipo");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Família");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Ouro");
            Cell time = row.getCell(3);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getLocalDateTimeCellValue()).as("in the reader's time zone")
                    .isEqualTo(LocalDateTime.ofInstant(updated.truncatedTo(ChronoUnit.SECONDS), READER_ZONE));
        }
    }

    /** The account's updatedAt as the JSON list answers it. */
    private Instant accountUpdatedAt(UUID account) throws Exception {
        String body = mvc.perform(api(rep, "/api/v1/accounts", "application/json").param("tag", tag))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(account.toString()))
                .andReturn().getResponse().getContentAsString();
        return Instant.parse(JsonPath.read(body, "$.items[0].updatedAt"));
    }

    // ------------------------------------------------------------------ the whole list, in batches

    @Test
    void theWholeFilteredListIsExportedInBatchesWhoseStatementsDoNotGrowWithRows() throws Exception {
        List<String> names = IntStream.rangeClosed(1, 250).mapToObj(i -> "Pessoa %03d".formatted(i)).toList();
        signedIn.as(rep.username(), () -> names.forEach(name -> contacts.create(new ContactRequest(name, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, List.of(tag), null, null,
                null, null, null))));
        contact(otherTeamRep, "Pessoa", "Invisível", null, null, LifecycleStage.LEAD, null);

        mvc.perform(api(rep, "/api/v1/contacts", "application/json").param("tag", tag))
                .andExpect(jsonPath("$.total").value(250)).andExpect(jsonPath("$.items.length()").value(20));

        var principal = userDetails.loadUserByUsername(rep.username());
        AtomicReference<MvcResult> exported = new AtomicReference<>();
        SqlStatements.Recorded statements = sql.during(() -> exported.set(mvc.perform(get("/api/v1/contacts")
                .with(user(principal)).header("Accept", CSV).param("tag", tag).param("columns", "name"))
                .andExpect(status().isOk()).andReturn()));
        List<CSVRecord> rows = csv(exported.get(), ',');
        assertThat(column(rows, 0)).containsExactlyElementsOf(names);

        // 3 batches of at most 100 rows: one rows statement each (plus the owners' names and the rows' tags), never a count
        List<String> rowReads = statements.statements().stream().filter(s -> s.contains("from contacts c")).toList();
        assertThat(rowReads).as(statements.toString()).hasSize(3);
        assertThat(statements.statements()).noneMatch(s -> s.contains("count("));
        assertThat(statements.countWithoutIdentityRefresh()).as(statements.toString()).isLessThanOrEqualTo(3 * 3 + 2);

        List<CSVRecord> descending = csv(mvc.perform(api(rep, "/api/v1/contacts", CSV).param("tag", tag)
                .param("sort", "name,desc").param("columns", "name")).andExpect(status().isOk()).andReturn(), ',');
        assertThat(column(descending, 0))
                .containsExactlyElementsOf(names.stream().sorted(Comparator.reverseOrder()).toList());

        // a q filter too (sorted and paged in the search index, ADR 017, then read by SQL), batch after batch
        List<CSVRecord> found = csv(mvc.perform(api(rep, "/api/v1/contacts", CSV).param("q", "pessoa")
                .param("columns", "name")).andExpect(status().isOk()).andReturn(), ',');
        assertThat(column(found, 0)).containsExactlyElementsOf(names);
    }

    // ------------------------------------------------------------------ refused requests

    @Test
    void aRefusedExportIsAProblemNotAFile() throws Exception {
        for (var bad : List.of(Map.of("lifecycleStage", "NOPE"), Map.of("sort", "bogus"), Map.of("page", "1"),
                Map.of("size", "20"), Map.of("after", "x"), Map.of("columns", "name,nope"),
                Map.of("updatedSince", "yesterday"))) {
            var request = api(rep, "/api/v1/contacts", CSV);
            bad.forEach(request::param);
            mvc.perform(request).andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(header().doesNotExist("Content-Disposition"))
                    .andExpect(jsonPath("$.errors[0].field").value(bad.keySet().iterator().next()));
        }
        mvc.perform(api(rep, "/api/v1/accounts", XLSX).param("tier", "WOOD")).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("tier"));
        mvc.perform(get("/api/v1/contacts").header("Accept", CSV)).andExpect(status().isUnauthorized());
        // JSON stays the answer for any other Accept
        mvc.perform(api(rep, "/api/v1/contacts", "*/*").param("tag", tag)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")));
        mvc.perform(api(rep, "/api/v1/contacts", "text/html,application/xhtml+xml,*/*;q=0.8").param("tag", tag))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("json")));
    }

    @Test
    void theOpenApiDocumentDescribesTheExportOnTheListOperation() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (var list : Map.of("/api/v1/contacts", ContactColumns.LIST, "/api/v1/accounts", AccountColumns.LIST)
                .entrySet()) {
            String get = "$.paths['" + list.getKey() + "'].get";
            assertThat(JsonPath.<String>read(docs, get + ".summary")).startsWith("List ");
            assertThat(JsonPath.<Map<String, Object>>read(docs, get + ".responses.200.content"))
                    .containsKeys("application/json", CSV, XLSX);
            assertThat(JsonPath.<List<String>>read(docs, get + ".parameters[*].name")).contains("page", "columns")
                    .doesNotContain("Accept");
            List<String> columns = JsonPath.read(docs, get + ".parameters[?(@.name == 'columns')].description");
            assertThat(columns.get(0)).as("every column key is documented")
                    .contains(list.getValue().all().stream().map(ListColumn::key).toList());
        }
    }

    // ------------------------------------------------------------------ pages

    @Test
    void listPagesOfferTheExportOfTheirFiltersAndSortAndItWorksWithoutScripts() throws Exception {
        var principal = userDetails.loadUserByUsername(fixtures.userWithLanguage("SALES_REP", rep.teamId(), "pt-PT")
                .username());
        contact(rep, "Ana", "Alves", null, null, LifecycleStage.CUSTOMER, null);
        contact(rep, "Bia", "Borges", null, null, LifecycleStage.LEAD, null);

        String page = mvc.perform(get("/contacts").param("lifecycleStage", "CUSTOMER").param("standalone", "true")
                .param("sort", "updatedAt,desc").param("page", "0").with(user(principal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Exportar", "Folha de cálculo do Excel (.xlsx)",
                "href=\"/contacts/export?lifecycleStage=CUSTOMER&amp;standalone=true&amp;sort=updatedAt,desc&amp;format=csv\"",
                "href=\"/contacts/export?lifecycleStage=CUSTOMER&amp;standalone=true&amp;sort=updatedAt,desc&amp;format=xlsx\"");
        // the htmx answer to a filter change carries the menu with the new filters
        mvc.perform(get("/contacts").param("lifecycleStage", "LEAD").header("HX-Request", "true")
                .with(user(principal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/contacts/export?lifecycleStage=LEAD&amp;sort=name,asc&amp;format=csv")));

        MvcResult csv = mvc.perform(get("/contacts/export").param("lifecycleStage", "CUSTOMER")
                .param("standalone", "true").param("format", "csv").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename=\"contactos-")))
                .andReturn();
        List<CSVRecord> rows = csv(csv, ';');
        assertThat(values(rows.get(0))).containsExactly("Nome", "Cargo", "Conta", "Telefone", "Email", "Fase",
                "Responsável", "Atualizado");
        assertThat(column(rows, 0)).containsExactly("Ana Alves");

        MvcResult xlsx = mvc.perform(get("/accounts/export").param("format", "xlsx").param("kind", "COMPANY")
                .with(user(principal))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX)).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse()
                .getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Contas");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nome");
        }

        // what the list page would drop with a warning, an export refuses
        mvc.perform(get("/contacts/export").param("format", "csv").param("lifecycleStage", "NOPE")
                .with(user(principal))).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"));
        mvc.perform(get("/contacts/export").param("format", "pdf").with(user(principal)))
                .andExpect(status().isBadRequest());
    }
}
