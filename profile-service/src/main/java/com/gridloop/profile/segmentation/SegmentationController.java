package com.gridloop.profile.segmentation;

import com.gridloop.common.audit.AuditLog;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.web.Problems;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Segmentation runs (follow their progress) and the segments of the latest successful
 * run.
 */
@RestController
record SegmentationController(SegmentationRuns store, SegmentationQueries queries, SegmentModels models,
		AuditLog audit) {

	/** A member of a segment with the reason for membership. */
	record Member(String customerId, String segment, String reason) {
	}

	private static final int CSV_CHUNK = 5000;

	@GetMapping("/api/v1/segmentation/runs/{id}")
	SegmentationRuns.RunView run(@PathVariable UUID id) {
		return this.store.view(id).orElseThrow(() -> Problems.notFound("Segmentation run", id));
	}

	@GetMapping("/api/v1/segmentation/runs")
	List<SegmentationQueries.RunSummary> runs() {
		return this.queries.runs();
	}

	/** Segments of the latest successful run, with their explanation and checks. */
	@GetMapping("/api/v1/segmentation/segments")
	List<SegmentationQueries.SegmentView> segments() {
		return this.queries.segments();
	}

	/**
	 * Each segment's size in the latest succeeded runs (at most {@code runs}), oldest run
	 * first: how the segments grew and shrank.
	 */
	@GetMapping("/api/v1/segmentation/segment-sizes")
	List<SegmentationQueries.RunSizes> sizes(@RequestParam(defaultValue = "10") @Min(1) @Max(50) int runs) {
		return this.queries.sizes(runs);
	}

	/**
	 * Members in customer order; pass the last customer id of a page as {@code after} for
	 * the next.
	 */
	@GetMapping("/api/v1/segmentation/segments/{code}/members")
	List<Member> members(@PathVariable String code, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "100") @Min(1) @Max(10000) int size) {
		return members(code, this.queries.members(code, after, size));
	}

	/**
	 * Every member of a segment as CSV with the reason for membership, streamed chunk by
	 * chunk (keyset).
	 */
	@GetMapping(path = "/api/v1/segmentation/segments/{code}/members.csv")
	void membersCsv(@PathVariable String code, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + code.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv\"");
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(response.getWriter());
		csv.writeRecord("customer_id", "segment", "reason");
		String after = null;
		while (true) {
			List<String> ids = this.queries.members(code, after, CSV_CHUNK);
			this.audit.record(AuditLog.Action.EXPORT, ids,
					"GET /api/v1/segmentation/segments/" + code + "/members.csv");
			for (Member m : members(code, ids)) {
				csv.writeRecord(m.customerId(), m.segment(), m.reason());
			}
			if (ids.size() < CSV_CHUNK) {
				break;
			}
			after = ids.get(ids.size() - 1);
		}
		csv.flush();
	}

	private List<Member> members(String code, List<String> ids) {
		Map<String, SegmentModels.Placement> placed = this.models.placements(ids.toArray(String[]::new));
		return ids.stream()
			.map(id -> new Member(id, code, placed.containsKey(id) ? placed.get(id).reason() : ""))
			.toList();
	}

}
