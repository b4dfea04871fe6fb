package dev.orbita.platform.web;

import dev.orbita.platform.ui.HomePanel;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, made of the panels modules contribute, and the sign-in page. */
@Controller
class HomeController {

    private final List<HomePanel> panels;

    HomeController(List<HomePanel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        if (panels.isEmpty()) {
            return "redirect:/accounts";
        }
        model.addAttribute("panels", panels);
        model.addAttribute("activeNav", "home");
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
