package dev.orbita.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.support.Fixtures;
import dev.orbita.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** List cells edited in place: the version check, the error in the cell, who may edit the owner, what is editable. */
@IntegrationTest
class CellEditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserDetailsService userDetails;

    UserResponse manager;
    UserResponse rep;
    UserResponse teammate;
    UserResponse otherTeamRep;

    @BeforeEach
    void organisation() {
        UUID team = fixtures.team().id();
        manager = fixtures.user("SALES_MANAGER", team);
        rep = fixtures.user("SALES_REP", team);
        teammate = fixtures.user("SALES_REP", team);
        otherTeamRep = fixtures.user("SALES_REP", fixtures.team().id());
    }

    private RequestPostProcessor page(UserResponse u) {
        return user(userDetails.loadUserByUsername(u.username()));
    }

    private MockHttpServletRequestBuilder api(UserResponse u, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(u.username(), Fixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private String account(UserResponse owner, String name) throws Exception {
        String body = mvc.perform(api(owner, post("/api/v1/accounts")).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** Whether the list page shows an edit button in the row's cell (the cell itself must be there). */
    private static boolean editButton(String page, String id, String column) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]* data-id=\"" + id + "\">(.*?)</tr>")
                .matcher(page);
        assertThat(row.find()).as("row " + id).isTrue();
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td[^>]* data-cell=\"" + column + "\">(.*?)</td>")
                .matcher(row.group(1));
        assertThat(cell.find()).as("cell " + column).isTrue();
        return cell.group(1).contains("<button type=\"button\" class=\"btn btn-sm btn-icon btn-ghost-secondary "
                + "orbita-cell-edit\"") && cell.group(1).contains("data-cell-edit>");
    }

    private String cell(String id, String column) {
        return "/lists/accounts/rows/" + id + "/cells/" + column;
    }

    @Test
    void aStageIsChangedInTheCellWithTheVersionItWasOpenedAtAndAStaleOneIsRefusedInTheCell() throws Exception {
        String name = Fixtures.unique("Cell");
        String id = account(rep, name);
        String list = mvc.perform(get("/accounts").param("q", name).with(page(rep))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("data-cells=\"/lists/accounts/rows\"");
        assertThat(editButton(list, id, "lifecycleStage")).isTrue();
        mvc.perform(get(cell(id, "lifecycleStage") + "/edit").with(page(rep))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-cell-editor"),
                        containsString("name=\"version\" value=\"0\""),
                        containsString("<option value=\"PROSPECT\" selected=\"selected\">Prospect</option>"),
                        not(containsString("data-picker")))));

        mvc.perform(post(cell(id, "lifecycleStage")).with(page(rep)).with(csrf()).param("value", "CUSTOMER")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Customer</span>"), not(containsString("data-cell-editor")))));
        mvc.perform(api(rep, get("/api/v1/accounts/" + id)))
                .andExpect(jsonPath("$.lifecycleStage").value("CUSTOMER")).andExpect(jsonPath("$.version").value(1));

        // a second editor opened at version 0 meanwhile
        mvc.perform(post(cell(id, "lifecycleStage")).with(page(rep)).with(csrf()).param("value", "LEAD")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Someone changed this record meanwhile"),
                        containsString("name=\"version\" value=\"1\""))));
        mvc.perform(api(rep, get("/api/v1/accounts/" + id))).andExpect(jsonPath("$.lifecycleStage").value("CUSTOMER"));
    }

    @Test
    void anInvalidValueIsShownInTheCellAndNothingIsWritten() throws Exception {
        String name = Fixtures.unique("Cell");
        String id = account(rep, name);
        mvc.perform(post(cell(id, "name")).with(page(rep)).with(csrf()).param("value", " ").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("is required"),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(post(cell(id, "tier")).with(page(rep)).with(csrf()).param("value", "ADAMANTIUM").param("version", "0"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("must be one of")));
        mvc.perform(api(rep, get("/api/v1/accounts/" + id)))
                .andExpect(jsonPath("$.name").value(name)).andExpect(jsonPath("$.version").value(0));

        mvc.perform(post(cell(id, "name")).with(page(rep)).with(csrf()).param("value", name + " Ltda").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">" + name + " Ltda</a>")));
    }

    @Test
    void tagsAreAnOptionalColumnEditedAsOneCommaSeparatedBoxAndABadTagIsRefusedInTheCell() throws Exception {
        String name = Fixtures.unique("Tagged");
        String body = mvc.perform(api(rep, post("/api/v1/accounts"))
                        .content("{\"name\":\"" + name + "\",\"tags\":[\"vip\",\"north\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        // not shown by default; chosen, each tag is a badge and the cell is editable
        mvc.perform(get("/accounts").param("q", name).with(page(rep)))
                .andExpect(content().string(not(containsString("data-cell=\"tags\""))));
        String chosen = mvc.perform(get("/accounts").param("q", name).param("columns", "name,tags").with(page(rep)))
                .andReturn().getResponse().getContentAsString();
        assertThat(chosen).contains("bg-secondary-lt me-1\">north</span><span class=\"badge bg-secondary-lt me-1\">vip</span>");
        assertThat(editButton(chosen, id, "tags")).isTrue();
        mvc.perform(get("/api/v1/accounts").param("q", name).with(httpBasic(rep.username(), Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[0].tags[0]").value("north"));

        mvc.perform(get(cell(id, "tags") + "/edit").with(page(rep))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"north, vip\""),
                        containsString("placeholder=\"Tags separated by commas\""))));

        // a tag that breaks the rule: the message in the cell, nothing written
        mvc.perform(post(cell(id, "tags")).with(page(rep)).with(csrf()).param("value", "vip, <b>bold</b>")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("tags are 1 to 50 letters"),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(api(rep, get("/api/v1/accounts/" + id))).andExpect(jsonPath("$.version").value(0));

        // repeats and blanks dropped, case folded by the account's own rule
        mvc.perform(post(cell(id, "tags")).with(page(rep)).with(csrf()).param("value", "VIP, south , vip,,")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">south</span>"), containsString(">vip</span>"),
                        not(containsString(">north</span>")))));
        mvc.perform(api(rep, get("/api/v1/accounts/" + id)))
                .andExpect(jsonPath("$.tags.length()").value(2)).andExpect(jsonPath("$.version").value(1));

        // emptied: the record has no tags left
        mvc.perform(post(cell(id, "tags")).with(page(rep)).with(csrf()).param("value", "").param("version", "1"))
                .andExpect(status().isOk());
        mvc.perform(api(rep, get("/api/v1/accounts/" + id))).andExpect(jsonPath("$.tags.length()").value(0));
    }

    @Test
    void aContactsTagsAreEditedInTheCellToo() throws Exception {
        String body = mvc.perform(api(rep, post("/api/v1/contacts"))
                        .content("{\"firstName\":\"" + Fixtures.unique("Tagged") + "\",\"tags\":[\"lead-2026\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/lists/contacts/rows/" + id + "/cells/tags/edit").with(page(rep)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"lead-2026\"")));
        mvc.perform(post("/lists/contacts/rows/" + id + "/cells/tags").with(page(rep)).with(csrf())
                        .param("value", "lead-2026, fair").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">fair</span>")));
        mvc.perform(api(rep, get("/api/v1/contacts/" + id))).andExpect(jsonPath("$.tags.length()").value(2));
    }

    @Test
    void onlyManagersEditTheOwnerAndNobodyEditsWhatTheyCannotSeeOrWhatIsNotEditable() throws Exception {
        String name = Fixtures.unique("Cell");
        String id = account(rep, name);
        mvc.perform(get(cell(id, "ownerName") + "/edit").with(page(rep))).andExpect(status().isForbidden());
        String list = mvc.perform(get("/accounts").param("q", name).with(page(rep))).andReturn().getResponse()
                .getContentAsString();
        assertThat(editButton(list, id, "name")).as("the rep edits the name").isTrue();
        assertThat(editButton(list, id, "ownerName")).as("but not the owner").isFalse();
        String managers = mvc.perform(get("/accounts").param("q", name).with(page(manager))).andReturn().getResponse()
                .getContentAsString();
        assertThat(editButton(managers, id, "ownerName")).as("a manager does").isTrue();

        mvc.perform(get(cell(id, "ownerName") + "/edit").with(page(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-picker-url=\"/picker/USER\"")));
        mvc.perform(post(cell(id, "ownerName")).with(page(manager)).with(csrf()).param("value", teammate.id().toString())
                        .param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(teammate.fullName())));

        mvc.perform(get(cell(id, "lifecycleStage") + "/edit").with(page(otherTeamRep))).andExpect(status().isNotFound());
        mvc.perform(post(cell(id, "name")).with(page(otherTeamRep)).with(csrf()).param("value", "Mine now")
                .param("version", "1")).andExpect(status().isNotFound());
        mvc.perform(get(cell(id, "taxId") + "/edit").with(page(rep))).andExpect(status().isNotFound());
        mvc.perform(get("/lists/accounts/rows/" + id + "/cells/nothing/edit").with(page(rep))).andExpect(status().isNotFound());
    }
}
