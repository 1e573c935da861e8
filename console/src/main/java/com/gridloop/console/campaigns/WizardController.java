package com.gridloop.console.campaigns;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.gridloop.console.web.ServiceException;
import com.gridloop.console.web.Services;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaign wizard: offer (which decides the scenario), an audience rule previewed on
 * every edit (strategy's count, per segment, and the offer's benefit spread and
 * histogram), the channel plan with reach's contact policy, the control share with
 * evaluation's minimum detectable effect, then a draft to review and launch with a
 * confirmation.
 */
@Controller
record WizardController(Services services, MessageSource messages) {

	/** The uplift the power hint is quoted for, two percentage points. */
	static final double MDE = 0.02;

	/** The channels a campaign may name as its own, in the order the form offers them. */
	static final List<String> CHANNELS = List.of("APP_PUSH", "WECHAT", "SMS", "OUTBOUND_CALL", "MANAGER_VISIT");

	@GetMapping("/campaigns/new")
	String form(Model model) {
		model.addAttribute("offers", this.services.list("strategy", "/api/v1/offers"));
		model.addAttribute("channels", CHANNELS);
		model.addAttribute("plan", this.services.objectOrNull("reach", "/api/v1/reach/contact-plan"));
		return "wizard";
	}

	@PostMapping("/campaigns/new/preview")
	String preview(@RequestParam String offer, @RequestParam(defaultValue = "") String rule,
			@RequestParam(defaultValue = "0.1") double controlShare, Locale locale, Model model) {
		try {
			Map<String, Object> preview = this.services.post("strategy", "/api/v1/audiences/preview",
					Map.of("rule", rule, "offer_code", offer));
			model.addAttribute("preview", preview);
			model.addAttribute("histogram",
					histogram(preview, this.messages.getMessage("unit.customers", null, locale)));
			long count = ((Number) preview.get("count")).longValue();
			Map<String, Object> chosen = offer(offer);
			if (count > 1 && chosen != null && chosen.get("priorRate") instanceof Number prior) {
				model.addAttribute("power",
						this.services.objectOrNull("evaluation",
								String.format(Locale.ROOT,
										"/api/v1/evaluation/power?baseline=%s&mde=%s&control_share=%s&n=%d",
										prior.doubleValue(), MDE, controlShare, count)));
			}
		}
		catch (ServiceException refused) {
			model.addAttribute("problem", refused.getMessage());
		}
		return "wizard-preview :: preview";
	}

	@PostMapping("/campaigns/new")
	String create(@RequestParam String name, @RequestParam String offer, @RequestParam(defaultValue = "") String rule,
			@RequestParam double controlShare, @RequestParam(required = false) String channel,
			@RequestParam(required = false) Integer fallbackHours) {
		Map<String, Object> chosen = offer(offer);
		if (chosen == null) {
			throw new ServiceException(org.springframework.http.HttpStatusCode.valueOf(422), "Unknown offer " + offer);
		}
		Map<String, Object> request = new HashMap<>();
		request.put("name", name);
		request.put("scenario", chosen.get("scenario"));
		request.put("offerCode", offer);
		request.put("audienceRule", rule.isBlank() ? null : rule);
		request.put("controlShare", controlShare);
		request.put("channel", channel == null || channel.isBlank() ? null : channel);
		request.put("fallbackHours", fallbackHours);
		Map<String, Object> campaign = this.services.post("strategy", "/api/v1/campaigns", request);
		return "redirect:/campaigns/new/" + campaign.get("id");
	}

	@GetMapping("/campaigns/new/{id}")
	String review(@PathVariable UUID id, Model model) {
		model.addAttribute("campaign", this.services.object("strategy", "/api/v1/campaigns/" + id));
		return "wizard-review";
	}

	@PostMapping("/campaigns/new/{id}/launch")
	String launch(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed) {
		if (!confirmed) {
			return "redirect:/campaigns/new/" + id + "?confirm";
		}
		this.services.post("strategy", "/api/v1/campaigns/" + id + "/launch", null);
		return "redirect:/campaigns/" + id;
	}

	/**
	 * The benefit's histogram as bars: one a bin, labelled with its range in yuan; null
	 * without priced matches.
	 */
	static Map<String, Object> histogram(Map<String, Object> preview, String customers) {
		if (!(preview.get("benefit") instanceof Map<?, ?> benefit)
				|| !(benefit.get("histogram") instanceof List<?> bins) || bins.isEmpty()) {
			return null;
		}
		List<String> x = bins.stream()
			.map(b -> (Map<?, ?>) b)
			.map(b -> String.format(Locale.ROOT, "%,.0f–%,.0f", ((Number) b.get("from")).doubleValue(),
					((Number) b.get("to")).doubleValue()))
			.toList();
		List<Object> counts = bins.stream().<Object>map(b -> ((Map<?, ?>) b).get("count")).toList();
		return Map.of("x", x, "bar", true, "unit", customers, "series",
				List.of(Map.of("name", customers, "data", counts)));
	}

	private Map<String, Object> offer(String code) {
		List<Map<String, Object>> offers = this.services.list("strategy", "/api/v1/offers");
		return offers.stream().filter(o -> code.equals(o.get("code"))).findFirst().orElse(null);
	}

}
