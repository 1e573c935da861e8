package com.gridloop.strategy.audience;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.gridloop.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Audience previews for the console, called on every edit of a rule, and the tags rules
 * may use.
 */
@RestController
class AudienceController {

	/**
	 * @param rule the audience rule; empty selects everyone
	 * @param offerCode the offer whose benefit to spread over the matches, optional
	 */
	record PreviewRequest(@NotNull String rule, @JsonAlias("offer_code") String offerCode) {
	}

	/** Who may preview: those who design campaigns or analyse customers. */
	static final String CAN_PREVIEW = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.MARKETER + "','" + Roles.ANALYST
			+ "')";

	private final AudiencePreviewer previewer;

	private final Audiences audiences;

	AudienceController(AudiencePreviewer previewer, Audiences audiences) {
		this.previewer = previewer;
		this.audiences = audiences;
	}

	@PostMapping("/api/v1/audiences/preview")
	@PreAuthorize(CAN_PREVIEW)
	AudiencePreview preview(@Valid @RequestBody PreviewRequest request) {
		return this.previewer.preview(request.rule(), request.offerCode());
	}

	@GetMapping("/api/v1/audiences/tags")
	@PreAuthorize(CAN_PREVIEW)
	AudienceTags tags() {
		return this.audiences.tags();
	}

}
