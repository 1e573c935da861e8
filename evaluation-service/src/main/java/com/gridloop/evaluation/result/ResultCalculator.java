package com.gridloop.evaluation.result;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.gridloop.evaluation.account.AccountOutcomes;
import com.gridloop.evaluation.account.AccountOutcomesCalculator;
import com.gridloop.evaluation.stats.BenjaminiHochberg;
import com.gridloop.evaluation.stats.ConfidenceSequence;
import com.gridloop.evaluation.stats.ProportionComparison;
import com.gridloop.evaluation.stats.SampleRatioCheck;
import com.gridloop.evaluation.usage.LoadShift;
import com.gridloop.evaluation.usage.LoadShiftCalculator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes a campaign's result from evaluation's own tables: intention to treat,
 * conversion as the outcome.
 */
@Component
class ResultCalculator {

	static final double CONFIDENCE = 0.95;

	private final JdbcTemplate jdbc;

	private final LoadShiftCalculator loadShift;

	private final AccountOutcomesCalculator accounts;

	private final ZoneId zone;

	ResultCalculator(JdbcTemplate jdbc, LoadShiftCalculator loadShift, AccountOutcomesCalculator accounts,
			@Value("${gridloop.evaluation.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = jdbc;
		this.loadShift = loadShift;
		this.accounts = accounts;
		this.zone = zone;
	}

	/** The result, or nothing while the campaign or one of its arms is still unknown. */
	Optional<CampaignEvaluated> compute(UUID campaignId) {
		var campaign = this.jdbc.queryForList(
				"select name, offer_code, control_share, launched_at, starts_on from campaign where campaign_id = ?",
				campaignId);
		if (campaign.isEmpty()) {
			return Optional.empty();
		}
		List<long[]> arms = this.jdbc.query("""
				select count(*) filter (where a.arm = 'TREATMENT'),
				       count(*) filter (where a.arm = 'TREATMENT' and x.customer_id is not null),
				       count(*) filter (where a.arm = 'TREATMENT' and o.customer_id is not null),
				       count(*) filter (where a.arm = 'CONTROL'),
				       count(*) filter (where a.arm = 'CONTROL' and x.customer_id is not null),
				       count(*) filter (where a.arm = 'CONTROL' and o.customer_id is not null)
				from assignment a
				left join exposure x on x.campaign_id = a.campaign_id and x.customer_id = a.customer_id
				left join outcome o on o.campaign_id = a.campaign_id and o.customer_id = a.customer_id
				                   and o.outcome = 'CONVERTED'
				where a.campaign_id = ?""", (rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3),
				rs.getLong(4), rs.getLong(5), rs.getLong(6) }, campaignId);
		long[] a = arms.get(0);
		if (a[0] == 0 || a[3] == 0) {
			return Optional.empty();
		}
		double share = ((Number) campaign.get(0).get("control_share")).doubleValue();
		ProportionComparison overall = ProportionComparison.of(a[0], a[2], a[3], a[5], CONFIDENCE);
		SampleRatioCheck srm = SampleRatioCheck.of(a[0], a[3], share);
		ConfidenceSequence sequential = ConfidenceSequence.ofRates(a[0], a[2], a[3], a[5], ConfidenceSequence.TAU,
				1 - CONFIDENCE);
		List<List<CampaignEvaluated.Breakdown>> breakdowns = adjusted(List.of(breakdown(campaignId, "segment"),
				breakdown(campaignId, "channel"), breakdown(campaignId, "offer_code")));
		// The day strategy says the effect counts from, else the launch day.
		Timestamp launchedAt = (Timestamp) campaign.get(0).get("launched_at");
		java.sql.Date startsOn = (java.sql.Date) campaign.get(0).get("starts_on");
		LocalDate launchDay = LoadShift.launchDay(startsOn, launchedAt, this.zone);
		LoadShift load = launchDay == null ? null
				: this.loadShift.compute(campaignId, launchDay, CONFIDENCE).orElse(null);
		AccountOutcomes outcomes = launchDay == null ? null
				: this.accounts.compute(campaignId, launchDay, CONFIDENCE).orElse(null);
		return Optional.of(new CampaignEvaluated(campaignId.toString(), (String) campaign.get(0).get("name"),
				(String) campaign.get(0).get("offer_code"),
				new CampaignEvaluated.Arm(a[0], a[1], a[2], overall.treatmentRate()),
				new CampaignEvaluated.Arm(a[3], a[4], a[5], overall.controlRate()), overall.difference(),
				overall.ciLow(), overall.ciHigh(), overall.pValue(), CONFIDENCE, share, srm.pValue(), srm.mismatch(),
				sequential.ciLow(), sequential.ciHigh(), ConfidenceSequence.METHOD, breakdowns.get(0),
				breakdowns.get(1), breakdowns.get(2), cells(campaignId), load, outcomes, Instant.now()));
	}

	/**
	 * The breakdowns with Benjamini-Hochberg adjusted p-values over all of them together.
	 */
	static List<List<CampaignEvaluated.Breakdown>> adjusted(List<List<CampaignEvaluated.Breakdown>> groups) {
		double[] p = groups.stream().flatMap(List::stream).mapToDouble(CampaignEvaluated.Breakdown::pValue).toArray();
		double[] q = BenjaminiHochberg.adjust(p);
		List<List<CampaignEvaluated.Breakdown>> out = new ArrayList<>();
		int i = 0;
		for (List<CampaignEvaluated.Breakdown> group : groups) {
			List<CampaignEvaluated.Breakdown> g = new ArrayList<>(group.size());
			for (CampaignEvaluated.Breakdown b : group) {
				g.add(new CampaignEvaluated.Breakdown(b.key(), b.treatment(), b.control(), b.treatmentRate(),
						b.controlRate(), b.uplift(), b.ciLow(), b.ciHigh(), b.pValue(), q[i++]));
			}
			out.add(g);
		}
		return out;
	}

	private List<CampaignEvaluated.Cell> cells(UUID campaignId) {
		return this.jdbc.query("""
				select coalesce(a.offer_code, c.offer_code), coalesce(a.segment, 'UNKNOWN'),
				       coalesce(a.channel, 'UNKNOWN'),
				       count(*) filter (where a.arm = 'TREATMENT'),
				       count(*) filter (where a.arm = 'TREATMENT' and o.customer_id is not null),
				       count(*) filter (where a.arm = 'CONTROL'),
				       count(*) filter (where a.arm = 'CONTROL' and o.customer_id is not null)
				from assignment a
				join campaign c on c.campaign_id = a.campaign_id
				left join outcome o on o.campaign_id = a.campaign_id and o.customer_id = a.customer_id
				                   and o.outcome = 'CONVERTED'
				where a.campaign_id = ? group by 1, 2, 3 order by 1, 2, 3""",
				(rs, i) -> new CampaignEvaluated.Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7)),
				campaignId);
	}

	private List<CampaignEvaluated.Breakdown> breakdown(UUID campaignId, String column) {
		List<CampaignEvaluated.Breakdown> out = new ArrayList<>();
		this.jdbc.query("""
				select coalesce(a.%1$s, 'UNKNOWN'),
				       count(*) filter (where a.arm = 'TREATMENT'),
				       count(*) filter (where a.arm = 'TREATMENT' and o.customer_id is not null),
				       count(*) filter (where a.arm = 'CONTROL'),
				       count(*) filter (where a.arm = 'CONTROL' and o.customer_id is not null)
				from assignment a
				left join outcome o on o.campaign_id = a.campaign_id and o.customer_id = a.customer_id
				                   and o.outcome = 'CONVERTED'
				where a.campaign_id = ? group by 1 order by 1""".formatted(column), rs -> {
			long nT = rs.getLong(2), xT = rs.getLong(3), nC = rs.getLong(4), xC = rs.getLong(5);
			if (nT > 0 && nC > 0) {
				ProportionComparison c = ProportionComparison.of(nT, xT, nC, xC, CONFIDENCE);
				out.add(new CampaignEvaluated.Breakdown(rs.getString(1), nT, nC, c.treatmentRate(), c.controlRate(),
						c.difference(), c.ciLow(), c.ciHigh(), c.pValue(), c.pValue()));
			}
		}, campaignId);
		return out;
	}

}
