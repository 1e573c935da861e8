package com.gridloop.profile.segmentation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Segmentation runs (follow their progress) and the segments of the latest successful run. */
@RestController
@Validated
class SegmentationController {

	private final SegmentationRuns runs;

	private final JdbcTemplate jdbc;

	private final SegmentModels models;

	SegmentationController(SegmentationRuns runs, JdbcTemplate jdbc, SegmentModels models) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.models = models;
	}

	@GetMapping("/api/v1/segmentation/runs/{id}")
	Map<String, Object> run(@PathVariable UUID id) {
		Map<String, Object> run = this.runs.view(id);
		if (run == null) {
			throw Problems.notFound("Segmentation run", id);
		}
		return run;
	}

	@GetMapping("/api/v1/segmentation/runs")
	List<Map<String, Object>> runs() {
		return this.jdbc.queryForList("""
				select id, trigger, status, started_at, finished_at, customers, changed, model_version
				from segmentation_run order by started_at desc limit 50""");
	}

	/** Segments of the latest successful run, with their explanation and checks. */
	@GetMapping("/api/v1/segmentation/segments")
	List<Map<String, Object>> segments() {
		return this.jdbc.query("""
				select s.code, s.name, s.grp, s.size, s.share, s.description, s.centroid_shape, s.reachable_share,
				       s.evaluable, s.min_size, s.stability, s.run_id, s.kind
				from segment s where s.run_id = (select id from segmentation_run where status = 'SUCCEEDED'
				                                  order by finished_at desc limit 1)
				order by s.grp, s.size desc""", (rs, i) -> {
			Map<String, Object> m = new java.util.LinkedHashMap<>();
			m.put("code", rs.getString("code"));
			m.put("name", rs.getString("name"));
			m.put("group", rs.getString("grp"));
			m.put("kind", rs.getString("kind"));
			m.put("size", rs.getLong("size"));
			m.put("share", rs.getDouble("share"));
			m.put("description", rs.getString("description"));
			Object[] shape = (Object[]) rs.getArray("centroid_shape").getArray();
			m.put("centroid_shape", java.util.Arrays.stream(shape).map(v -> ((Number) v).doubleValue()).toList());
			m.put("reachable_share", rs.getDouble("reachable_share"));
			m.put("evaluable", rs.getBoolean("evaluable"));
			m.put("min_size", rs.getLong("min_size"));
			m.put("stability", rs.getObject("stability"));
			m.put("run_id", rs.getString("run_id"));
			return m;
		});
	}

	@GetMapping("/api/v1/segmentation/segments/{code}/members")
	List<Map<String, Object>> members(@PathVariable String code, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int size) {
		List<String> ids = this.jdbc.queryForList("""
				select customer_id from segment_membership where run_id = (select id from segmentation_run
				  where status = 'SUCCEEDED' order by finished_at desc limit 1) and segment_code = ?
				order by customer_id limit ? offset ?""", String.class, code, size, (long) page * size);
		Map<String, SegmentModels.Placement> placed = this.models.placements(ids.toArray(String[]::new));
		return ids.stream().map(id -> Map.<String, Object>of("customerId", id, "segment", code, "reason",
				placed.containsKey(id) ? placed.get(id).reason() : "")).toList();
	}

	/** Every member of a segment as CSV with the reason for membership, streamed a page at a time. */
	@GetMapping(path = "/api/v1/segmentation/segments/{code}/members.csv")
	void membersCsv(@PathVariable String code, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + code + ".csv\"");
		Writer out = response.getWriter();
		out.write("customer_id,segment,reason\n");
		for (int page = 0;; page++) {
			List<Map<String, Object>> rows = members(code, page, 5000);
			for (Map<String, Object> r : rows) {
				out.write(csv((String) r.get("customerId")) + "," + csv(code) + "," + csv((String) r.get("reason"))
						+ "\n");
			}
			if (rows.size() < 5000) {
				break;
			}
		}
		out.flush();
	}

	private static String csv(String v) {
		return v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"";
	}

}
