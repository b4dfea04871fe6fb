package dev.orbita.platform.web;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.security.ApiTokens;
import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's personal API tokens: list, create (the secret is shown once, on the page the
 * creation answers with, never in a URL or a redirect) and revoke.
 */
@Controller
@RequestMapping("/me/api-tokens")
class TokenPagesController {

    private static final String VIEW = "platform/tokens/list";

    private final ApiTokens tokens;
    private final Visibility visibility;
    private final MessageSource messages;

    TokenPagesController(ApiTokens tokens, Visibility visibility, MessageSource messages) {
        this.tokens = tokens;
        this.visibility = visibility;
        this.messages = messages;
    }

    /** What the create form binds: a name and an optional last day of validity. */
    static class TokenForm {

        private String name;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresAt;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getExpiresAt() {
            return expiresAt;
        }

        public void setExpiresAt(LocalDate expiresAt) {
            this.expiresAt = expiresAt;
        }
    }

    /** A token as a row of the list, with its times already formatted in the user's language and time zone. */
    record TokenRow(UUID id, String name, String prefix, String created, String createdIso, String lastUsed,
            String lastUsedIso, String expires, String expiresIso, String status) {
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "tokens";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokenForm", new TokenForm());
        return page(model, visibility.requireUser());
    }

    @PostMapping
    String create(@ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        CurrentUser user = visibility.requireUser();
        if (!result.hasErrors()) {
            try {
                Instant expiresAt = form.getExpiresAt() == null ? null
                        : form.getExpiresAt().atTime(23, 59, 59).atZone(zone(user)).toInstant();
                model.addAttribute("createdToken", tokens.create(user.id(), form.getName(), expiresAt));
                model.addAttribute("tokenForm", new TokenForm());
                return page(model, user);
            } catch (ValidationException e) {
                for (FieldViolation v : e.violations()) {
                    if ("name".equals(v.field()) || "expiresAt".equals(v.field())) {
                        result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
                    } else {
                        result.reject(v.messageKey(), v.args(), v.messageKey());
                    }
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, user);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(visibility.requireUser().id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("tokens.revoked", null, LocaleContextHolder.getLocale()));
        return "redirect:/me/api-tokens";
    }

    private String page(Model model, CurrentUser user) {
        ZoneId zone = zone(user);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone);
        Instant now = Instant.now();
        model.addAttribute("tokens", tokens.list(user.id()).stream().map(t -> new TokenRow(t.id(), t.name(),
                t.prefix(), format(format, t.createdAt()), iso(t.createdAt()), format(format, t.lastUsedAt()),
                iso(t.lastUsedAt()), format(format, t.expiresAt()), iso(t.expiresAt()), status(t, now))).toList());
        model.addAttribute("today", LocalDate.now(zone).toString());
        return VIEW;
    }

    private static String status(ApiTokens.TokenView token, Instant now) {
        if (token.revokedAt() != null) {
            return "revoked";
        }
        return token.expiresAt() != null && !token.expiresAt().isAfter(now) ? "expired" : "active";
    }

    private static String format(DateTimeFormatter format, Instant instant) {
        return instant == null ? null : format.format(instant);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static ZoneId zone(CurrentUser user) {
        try {
            return user.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(user.timeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
