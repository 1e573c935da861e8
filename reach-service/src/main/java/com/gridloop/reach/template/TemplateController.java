package com.gridloop.reach.template;

import com.gridloop.common.web.Problems;
import com.gridloop.reach.channel.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the message a customer would get for an offer on a channel, before any is sent.
 */
@RestController
record TemplateController(Templates templates) {

	record PreviewRequest(@NotBlank String offerCode, @NotBlank String channel, String name, Double benefitQuantity,
			String benefitUnit) {
	}

	@PostMapping("/api/v1/templates/preview")
	Templates.Rendered preview(@Valid @RequestBody PreviewRequest request) {
		Channel channel = Channel.parse(request.channel())
			.filter(Channel::gateway)
			.orElseThrow(() -> Problems.unprocessable("unknown-channel", "No message template channel "
					+ request.channel() + "; one of APP_PUSH, WECHAT, SMS, " + "OUTBOUND_CALL"));
		Templates.Rendered rendered = this.templates.catalogue()
			.render(request.offerCode(), channel.name(),
					new Templates.Variables(request.name(), request.benefitQuantity(), request.benefitUnit()));
		if (rendered == null) {
			throw Problems.notFound("template", request.offerCode() + "/" + channel);
		}
		return rendered;
	}

}
