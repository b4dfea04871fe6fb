package dev.orbita.platform.web.admin;

import dev.orbita.platform.Permission;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.Scope;
import dev.orbita.platform.ScopeGrants;
import dev.orbita.platform.identity.RoleCatalog;
import dev.orbita.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How far each role reaches, per record type, for reading and writing records, and whether it may
 * reassign them (ADMIN only, see SecurityConfig). The form of a role posts {@code read_TYPE} and
 * {@code write_TYPE} for each record type and {@code mayReassign}.
 */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

    /** The role whose full access cannot be lowered, so that someone can always administer Orbita. */
    static final String ADMIN = "ADMIN";

    private final RoleCatalog roles;
    private final RecordTypes recordTypes;
    private final MessageSource messages;

    RoleAdminController(RoleCatalog roles, RecordTypes recordTypes, MessageSource messages) {
        this.roles = roles;
        this.recordTypes = recordTypes;
        this.messages = messages;
    }

    /** One role's form: a row per record type. */
    record RoleRow(String code, List<TypeRow> types, boolean mayReassign, boolean fixed) {
    }

    record TypeRow(String recordType, String labelKey, Scope read, Scope write) {
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "admin-roles";
    }

    @GetMapping
    String list(Model model) {
        List<RecordType> types = recordTypes.all();
        model.addAttribute("roles", roles.all().stream().map(r -> {
            ScopeGrants g = r.grants();
            List<TypeRow> rows = types.stream()
                    .map(t -> new TypeRow(t.code(), t.pluralLabelKey(), g.read(t.code()), g.write(t.code()))).toList();
            return new RoleRow(r.code(), rows, r.permissions().contains(Permission.REASSIGN_RECORDS),
                    ADMIN.equals(r.code()));
        }).toList());
        model.addAttribute("scopes", Scope.STAFF);
        return "platform/roles/list";
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        if (!roles.exists(code)) {
            throw new NotFoundException("role", code);
        }
        if (!ADMIN.equals(code)) {
            ScopeGrants current = roles.grants(code);
            for (RecordType type : recordTypes.all()) {
                Scope read = scope(form.get("read_" + type.code()), current.read(type.code()));
                Scope write = scope(form.get("write_" + type.code()), current.write(type.code()));
                if (read != current.read(type.code()) || write != current.write(type.code())) {
                    roles.changeScopes(code, type.code(), read, write);
                }
            }
            roles.changePermission(code, Permission.REASSIGN_RECORDS, "true".equals(form.get("mayReassign")));
        }
        var locale = LocaleContextHolder.getLocale();
        String roleName = messages.getMessage("role." + code, null, code, locale);
        redirect.addFlashAttribute("flash", messages.getMessage(
                ADMIN.equals(code) ? "admin.roles.adminFixed" : "admin.roles.saved", new Object[] { roleName }, locale));
        return "redirect:/admin/roles";
    }

    /** A staff scope from the form; anything else (absent, unknown, CUSTOMER) keeps the current one. */
    private static Scope scope(String value, Scope current) {
        if (value == null) {
            return current;
        }
        return Scope.STAFF.stream().filter(s -> s.name().equals(value)).findFirst().orElse(current);
    }
}
