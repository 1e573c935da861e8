package com.gridloop.console.segments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gridloop.console.web.Services;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The segments of the latest nightly run from profile: sizes (and over the last runs),
 * explanation and checks, each centroid's 24-hour load shape against the population's,
 * members page by page and the service's CSV export.
 */
@Controller
record SegmentsController(Services services, MessageSource messages) {

	private static final int PAGE = 50;

	/** Runs in the size history. */
	private static final int RUNS = 10;

	@GetMapping("/segments")
	String list(Model model) {
		List<Map<String, Object>> segments = this.services.list("profile", "/api/v1/segmentation/segments");
		model.addAttribute("segments", segments);
		model.addAttribute("sizesChart", SizeHistory
			.chart(this.services.listOrNull("profile", "/api/v1/segmentation/segment-sizes?runs=" + RUNS)));
		return "segments";
	}

	@GetMapping("/segments/{code}")
	String segment(@PathVariable String code, @RequestParam(required = false) String after, Locale locale,
			Model model) {
		List<Map<String, Object>> segments = this.services.list("profile", "/api/v1/segmentation/segments");
		Map<String, Object> segment = segments.stream()
			.filter(s -> code.equals(s.get("code")))
			.findFirst()
			.orElseThrow(() -> new com.gridloop.console.web.ServiceException(
					org.springframework.http.HttpStatus.NOT_FOUND, "No segment " + code + " in the latest run"));
		model.addAttribute("segment", segment);
		model.addAttribute("chart", LoadShapes.chart(segment, LoadShapes.population(segments),
				this.messages.getMessage("segment.population", null, locale)));
		String path = "/api/v1/segmentation/segments/" + encode(code) + "/members?size=" + PAGE
				+ (after == null ? "" : "&after=" + encode(after));
		List<Map<String, Object>> members = this.services.list("profile", path);
		model.addAttribute("members", members);
		model.addAttribute("next", members.size() == PAGE ? members.get(PAGE - 1).get("customerId") : null);
		return "segment";
	}

	@GetMapping("/segments/{code}/members.csv")
	ResponseEntity<byte[]> csv(@PathVariable String code) {
		return this.services.download("profile", "/api/v1/segmentation/segments/" + encode(code) + "/members.csv");
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
