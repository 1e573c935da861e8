package com.gridloop.profile.segment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Segments with their rule, in business words, and their sizes. */
@RestController
class SegmentController {

	record SegmentView(String code, String name, String rule, long size) {
	}

	private final JdbcTemplate jdbc;

	private final SegmentAssigner assigner;

	SegmentController(JdbcTemplate jdbc, SegmentAssigner assigner) {
		this.jdbc = jdbc;
		this.assigner = assigner;
	}

	@GetMapping("/api/v1/segments")
	List<SegmentView> segments() {
		Map<String, Long> sizes = this.jdbc
			.query("select segment_code, count(*) from customer_segment group by segment_code",
					(rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return this.assigner.rules()
			.stream()
			.map(r -> new SegmentView(r.code(), r.name(),
					r.conditions().isEmpty() ? "everyone else"
							: r.conditions().stream().map(c -> c.tag() + " " + c.op() + " " + c.value())
								.collect(Collectors.joining(" and ")),
					sizes.getOrDefault(r.code(), 0L)))
			.toList();
	}

}
