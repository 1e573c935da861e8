package com.gridloop.profile.tags;

import java.util.List;
import java.util.Map;

import com.gridloop.common.web.Problems;
import com.gridloop.profile.segmentation.SegmentModels;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Customer 360, the tag registry and the service's counts. */
@RestController
class ProfileController {

	record TagView(String code, String nameZh, String nameEn, String family, String unit, Object value,
			String window, String windowStart, String windowEnd, String computedAt) {
	}

	record SegmentView(String code, String reason, String assignedAt) {
	}

	record CustomerProfile(String customerId, SegmentView segment, List<TagView> tags) {
	}

	record TagDefinition(String code, String nameZh, String nameEn, String family, String description, String unit,
			String window, int version) {
	}

	private final JdbcTemplate jdbc;

	private final SegmentModels models;

	ProfileController(JdbcTemplate jdbc, SegmentModels models) {
		this.jdbc = jdbc;
		this.models = models;
	}

	@GetMapping("/api/v1/customers/{customerId}/profile")
	CustomerProfile profile(@PathVariable String customerId) {
		List<TagView> tags = this.jdbc.query("""
				select d.code, d.name_zh, d.name_en, d.family, d.unit, v.value_num, v.value_text, d.window_desc,
				       v.window_start, v.window_end, v.computed_at
				from tag_value v join tag_definition d on d.code = v.tag_code
				where v.customer_id = ? order by d.family, d.code""", (rs, i) -> new TagView(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getObject(6) != null ? rs.getObject(6) : rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getString(10), rs.getString(11)), customerId);
		// The segment is the customer's in the latest successful run; none before a run has placed it.
		SegmentModels.Placement placed = this.models.placements(new String[] { customerId }).get(customerId);
		if (tags.isEmpty() && placed == null && this.jdbc.queryForObject(
				"select count(*) from customer_snapshot where customer_id = ?", Long.class, customerId) == 0) {
			throw Problems.notFound("Profile of customer", customerId);
		}
		return new CustomerProfile(customerId, placed == null ? null
				: new SegmentView(placed.code(), placed.reason(), "segmentation run " + placed.runId()), tags);
	}

	@GetMapping("/api/v1/tags")
	List<TagDefinition> definitions() {
		return this.jdbc.query("""
				select code, name_zh, name_en, family, description, unit, window_desc, version
				from tag_definition order by family, code""", (rs, i) -> new TagDefinition(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
				rs.getInt(8)));
	}

	@GetMapping("/api/v1/profile/stats")
	Map<String, Object> stats() {
		return this.jdbc.queryForMap("""
				select (select count(*) from customer) as customers,
				       (select count(*) from usage_day) as usage_days,
				       (select count(*) from customer_snapshot) as profiled,
				       (select count(*) from tag_value) as tag_values,
				       (select count(*) from dirty_customer) as pending_refresh""");
	}

}
