package com.gridloop.strategy.audience;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Audience previews for the console, called on every edit of a rule, and the tags rules
 * may use.
 */
@RestController
record AudienceController(AudiencePreviewer previewer, Audiences audiences) {

	/**
	 * @param rule the audience rule; empty selects everyone
	 * @param offerCode the offer whose benefit to spread over the matches, optional
	 */
	record PreviewRequest(@NotNull String rule, @JsonAlias("offer_code") String offerCode) {
	}

	@PostMapping("/api/v1/audiences/preview")
	AudiencePreview preview(@Valid @RequestBody PreviewRequest request) {
		return this.previewer.preview(request.rule(), request.offerCode());
	}

	@GetMapping("/api/v1/audiences/tags")
	AudienceTags tags() {
		return this.audiences.tags();
	}

}
