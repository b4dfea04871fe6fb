package dev.orbita.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/accounts";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
