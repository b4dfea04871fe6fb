package dev.orbita.platform.web.admin;

import dev.orbita.platform.identity.TeamResponse;
import dev.orbita.platform.identity.UserManagement;
import dev.orbita.platform.identity.UserResponse;
import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of teams: list, create, change and delete (ADMIN only, see SecurityConfig). */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

    private static final String FORM = "platform/teams/form";

    private final UserManagement users;
    private final MessageSource messages;

    TeamAdminController(UserManagement users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    /** One row of the team list. */
    record TeamRow(UUID id, String name, String managerName, long members) {
    }

    /** A choice in the manager select. */
    record ManagerOption(UUID id, String label) {
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "admin-teams";
    }

    @GetMapping
    String list(Model model) {
        List<UserResponse> all = users.users();
        Map<UUID, String> names = all.stream().collect(Collectors.toMap(UserResponse::id, UserResponse::fullName));
        Map<UUID, Long> members = all.stream().filter(u -> u.teamId() != null)
                .collect(Collectors.groupingBy(UserResponse::teamId, Collectors.counting()));
        model.addAttribute("teams", users.teams().stream()
                .map(t -> new TeamRow(t.id(), t.name(), t.managerId() == null ? null : names.get(t.managerId()),
                        members.getOrDefault(t.id(), 0L)))
                .toList());
        return "platform/teams/list";
    }

    @GetMapping("/new")
    String newTeam(Model model) {
        model.addAttribute("teamForm", new TeamForm());
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("teamForm") TeamForm form, BindingResult result,
            @RequestParam(name = "next", required = false) String next, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                TeamResponse created = users.createTeam(form.toRequest());
                redirect.addFlashAttribute("flash", text("admin.teams.created", created.name()));
                return "new".equals(next) ? "redirect:/admin/teams/new" : "redirect:/admin/teams";
            } catch (ValidationException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        TeamResponse team = users.team(id);
        model.addAttribute("teamForm", TeamForm.of(team));
        return form(model, team);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        TeamResponse existing = users.team(id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!result.hasErrors()) {
            try {
                TeamResponse saved = users.updateTeam(id, form.toRequest(), form.getVersion());
                redirect.addFlashAttribute("flash", text("admin.teams.saved", saved.name()));
                return "redirect:/admin/teams";
            } catch (ValidationException e) {
                FormErrors.copy(e, result);
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                result.reject("admin.teams.stale");
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        return form(model, existing);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        TeamResponse team = users.team(id);
        try {
            users.deleteTeam(id);
        } catch (ValidationException e) {
            // a team with members stays: say why, on the page the delete button was on
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("teamForm", TeamForm.of(team));
            model.addAttribute("deleteError", e.violations().stream().map(this::text).collect(Collectors.joining(" ")));
            return form(model, team);
        }
        redirect.addFlashAttribute("flash", text("admin.teams.deleted", team.name()));
        return "redirect:/admin/teams";
    }

    private String form(Model model, TeamResponse team) {
        model.addAttribute("team", team);
        UUID currentManager = team == null ? null : team.managerId();
        List<UserResponse> all = users.users();
        // active users, plus the current manager even when no longer active, so saving does not drop them
        model.addAttribute("managers", all.stream()
                .filter(u -> u.active() || Objects.equals(u.id(), currentManager))
                .map(u -> new ManagerOption(u.id(), u.fullName() + " (" + u.username() + ")"))
                .toList());
        if (team != null) {
            model.addAttribute("memberCount", all.stream().filter(u -> team.id().equals(u.teamId())).count());
        }
        return FORM;
    }

    /** A violation as a sentence of its own (the validation texts are written to follow a field name). */
    private String text(FieldViolation violation) {
        String text = messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(),
                LocaleContextHolder.getLocale());
        return StringUtils.capitalize(text) + (text.endsWith(".") ? "" : ".");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
