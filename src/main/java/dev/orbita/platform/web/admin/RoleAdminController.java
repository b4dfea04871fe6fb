package dev.orbita.platform.web.admin;

import dev.orbita.platform.Scope;
import dev.orbita.platform.identity.RoleCatalog;
import dev.orbita.shared.NotFoundException;
import java.util.List;
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

/** How far each role reaches for reading and writing records (ADMIN only, see SecurityConfig). */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

    /** The role whose full access cannot be lowered, so that someone can always administer Orbita. */
    static final String ADMIN = "ADMIN";

    private final RoleCatalog roles;
    private final MessageSource messages;

    RoleAdminController(RoleCatalog roles, MessageSource messages) {
        this.roles = roles;
        this.messages = messages;
    }

    /** One row of the role table. */
    record RoleRow(String code, Scope readScope, Scope writeScope, boolean fixed) {
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "admin-roles";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.all().stream()
                .map(r -> new RoleRow(r.getCode(), r.getReadScope(), r.getWriteScope(), ADMIN.equals(r.getCode())))
                .toList());
        model.addAttribute("scopes", List.of(Scope.values()));
        return "platform/roles/list";
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam(required = false) Scope readScope,
            @RequestParam(required = false) Scope writeScope, RedirectAttributes redirect) {
        if (!roles.exists(code)) {
            throw new NotFoundException("role", code);
        }
        if (ADMIN.equals(code)) {
            roles.changeScopes(code, Scope.ALL, Scope.ALL);
        } else {
            roles.changeScopes(code, orCurrent(readScope, roles.readScope(code)),
                    orCurrent(writeScope, roles.writeScope(code)));
        }
        var locale = LocaleContextHolder.getLocale();
        String roleName = messages.getMessage("role." + code, null, code, locale);
        redirect.addFlashAttribute("flash", messages.getMessage(
                ADMIN.equals(code) ? "admin.roles.adminFixed" : "admin.roles.saved", new Object[] { roleName }, locale));
        return "redirect:/admin/roles";
    }

    private static Scope orCurrent(Scope chosen, Scope current) {
        return chosen == null ? current : chosen;
    }
}
