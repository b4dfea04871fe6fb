package dev.orbita.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/** A problem as the caller gets it: {@code application/problem+json} for the API, an error page for the UI. */
final class ProblemAnswers {

    private ProblemAnswers() {
    }

    static Object answer(boolean api, ProblemDetail problem) {
        if (api) {
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String view = switch (problem.getStatus()) {
            case 404 -> "error/404";
            case 403 -> "error/403";
            default -> "error/error";
        };
        ModelAndView mav = new ModelAndView(view, HttpStatus.valueOf(problem.getStatus()));
        mav.addObject("problem", problem);
        mav.addObject("status", problem.getStatus());
        return mav;
    }
}
