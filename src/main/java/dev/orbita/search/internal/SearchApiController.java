package dev.orbita.search.internal;

import dev.orbita.search.GlobalSearch;
import dev.orbita.search.SearchResults;
import dev.orbita.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Global search over every record the caller may see")
class SearchApiController {

    private final GlobalSearch search;

    SearchApiController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search accounts, contacts and more", description = "All words must match; words of 4+ "
            + "letters tolerate one typo; accents and case are folded; 6+ digits match phones and tax ids whatever "
            + "their formatting; a full e-mail address finds the records with that address, a domain those with an "
            + "address there. q ≤ 200 characters; limit ≤ 50.")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit) {
        int l = limit == null ? 20 : limit;
        if (l < 1 || l > 50) {
            throw ValidationException.of("limit", "validation.range", 1, 50);
        }
        return search.search(q, l);
    }
}
