package dev.orbita.platform.web.admin;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.identity.Languages;
import dev.orbita.platform.identity.RoleCatalog;
import dev.orbita.platform.identity.TeamResponse;
import dev.orbita.platform.identity.UserManagement;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of users: the list, and the form to create and change one (ADMIN only, see SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    /** Suggested in the time zone field; any IANA zone is accepted. */
    static final List<String> TIME_ZONES = List.of("America/Sao_Paulo", "America/Manaus", "America/Recife",
            "Europe/Lisbon", "Atlantic/Azores", "UTC");

    /** Shown as a hint only; UserManagement enforces the rule. */
    static final int MIN_PASSWORD_LENGTH = 10;

    private static final String FORM = "platform/users/form";

    private final UserManagement users;
    private final RoleCatalog roles;
    private final Visibility visibility;
    private final MessageSource messages;

    UserAdminController(UserManagement users, RoleCatalog roles, Visibility visibility, MessageSource messages) {
        this.users = users;
        this.roles = roles;
        this.visibility = visibility;
        this.messages = messages;
    }

    /** One row of the user list. */
    record UserRow(UUID id, String fullName, String username, String email, List<String> roles, String teamName,
            String status, String language) {

        static UserRow of(UserResponse u, Map<UUID, String> teamNames, Instant now) {
            String status = !u.active() ? "inactive"
                    : u.lockedUntil() != null && u.lockedUntil().isAfter(now) ? "locked" : "active";
            return new UserRow(u.id(), u.fullName(), u.username(), u.email(), u.roles(),
                    u.teamId() == null ? null : teamNames.get(u.teamId()), status, u.language());
        }
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "admin-users";
    }

    @GetMapping
    String list(Model model) {
        Map<UUID, String> teamNames = users.teams().stream()
                .collect(Collectors.toMap(TeamResponse::id, TeamResponse::name));
        Instant now = Instant.now();
        model.addAttribute("users", users.users().stream().map(u -> UserRow.of(u, teamNames, now)).toList());
        return "platform/users/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new UserForm());
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("userForm") UserForm form, BindingResult result,
            @RequestParam(name = "next", required = false) String next, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                UserResponse created = users.create(form.toCreateRequest());
                redirect.addFlashAttribute("flash", text("admin.users.created", created.fullName()));
                return "new".equals(next) ? "redirect:/admin/users/new" : "redirect:/admin/users";
            } catch (ValidationException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        form.setPassword(null);
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        UserResponse user = users.user(id);
        model.addAttribute("userForm", UserForm.of(user));
        return form(model, user);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        UserResponse existing = users.user(id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!result.hasErrors()) {
            checkNotLockingOutSelf(id, form, result);
        }
        if (!result.hasErrors()) {
            try {
                UserResponse saved = users.update(id, form.toUpdateRequest(), form.getVersion());
                redirect.addFlashAttribute("flash", text("admin.users.saved", saved.fullName()));
                return "redirect:/admin/users";
            } catch (ValidationException e) {
                FormErrors.copy(e, result);
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                result.reject("admin.users.stale");
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        form.setUsername(existing.username());
        form.setPassword(null);
        return form(model, existing);
    }

    /** An administrator cannot take away their own access to this page by mistake. */
    private void checkNotLockingOutSelf(UUID id, UserForm form, BindingResult result) {
        CurrentUser me = visibility.requireUser();
        if (!me.id().equals(id)) {
            return;
        }
        if (form.getRoles() == null || !form.getRoles().contains("ADMIN")) {
            result.rejectValue("roles", "admin.users.selfAdmin");
        }
        if (!form.isActive()) {
            result.rejectValue("active", "admin.users.selfActive");
        }
    }

    private String form(Model model, UserResponse user) {
        model.addAttribute("user", user);
        model.addAttribute("roleCodes", roles.all().stream().map(RoleCatalog.RoleGrants::code).toList());
        model.addAttribute("teams", users.teams());
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("timeZones", TIME_ZONES);
        model.addAttribute("minPassword", MIN_PASSWORD_LENGTH);
        return FORM;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
