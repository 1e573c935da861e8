package com.gridloop.strategy.audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;

import com.gridloop.common.web.Problems;
import com.gridloop.strategy.audience.AudiencePreview.BenefitSpread;
import com.gridloop.strategy.audience.AudiencePreview.Sample;
import com.gridloop.strategy.audience.AudiencePreview.SegmentCount;
import com.gridloop.strategy.audience.AudiencePreview.TagValue;

import org.springframework.stereotype.Service;

/**
 * Previews a rule in one pass over the in-memory snapshot: counts per segment, a
 * reservoir sample and, with an offer, each match's benefit.
 */
@Service
record AudiencePreviewer(Audiences audiences, TagSnapshotStore store, BenefitPricer pricer) {

	static final int SAMPLES = 20;

	AudiencePreview preview(String ruleText, String offerCode) {
		AudienceRule rule = this.audiences.parse(ruleText);
		BenefitPricer.OfferPricing pricing = offerCode == null || offerCode.isBlank() ? null
				: this.pricer.prepare(offerCode)
					.orElseThrow(() -> Problems.unprocessable("unknown-offer",
							"Offer " + offerCode + " has no pricing; offers: " + this.pricer.offers()));
		return this.store.read(columns -> {
			RuleEvaluator.RowTest test = RuleEvaluator.compile(rule.tree(), columns);
			var tests = ColumnMember.compiler(columns);
			long[] perSegment = new long[columns.segmentNames().size() + 1];
			int[] sample = new int[SAMPLES];
			SplittableRandom random = new SplittableRandom(rule.canonical().hashCode());
			double[] benefits = new double[pricing == null ? 0 : 1024];
			int priced = 0;
			long count = 0;
			for (int row = 0, n = columns.size(); row < n; row++) {
				if (!test.test(row)) {
					continue;
				}
				perSegment[columns.segmentCode(row) + 1]++;
				if (count < SAMPLES) {
					sample[(int) count] = row;
				}
				else {
					long j = random.nextLong(count + 1);
					if (j < SAMPLES) {
						sample[(int) j] = row;
					}
				}
				count++;
				if (pricing != null) {
					OptionalDouble b = pricing.benefit(new ColumnMember(columns, row, tests));
					if (b.isPresent()) {
						if (priced == benefits.length) {
							benefits = Arrays.copyOf(benefits, priced * 2);
						}
						benefits[priced++] = b.getAsDouble();
					}
				}
			}
			List<Sample> samples = new ArrayList<>();
			for (int i = 0; i < Math.min(count, SAMPLES); i++) {
				samples.add(sample(columns, sample[i], rule, pricing, tests));
			}
			samples.sort(Comparator.comparing(Sample::customerId));
			return new AudiencePreview(rule.canonical(), count, columns.size(), segments(columns, perSegment), samples,
					pricing == null ? null : spread(offerCode, Arrays.copyOf(benefits, priced)),
					RuleWarnings.of(rule.tree(), columns));
		});
	}

	private static List<SegmentCount> segments(TagColumns columns, long[] perSegment) {
		List<SegmentCount> segments = new ArrayList<>();
		for (int s = 0; s < perSegment.length; s++) {
			if (perSegment[s] > 0) {
				segments.add(new SegmentCount(s == 0 ? null : columns.segmentNames().value(s - 1), perSegment[s]));
			}
		}
		segments.sort(Comparator.comparingLong(SegmentCount::count)
			.reversed()
			.thenComparing(SegmentCount::segment, Comparator.nullsLast(Comparator.naturalOrder())));
		return segments;
	}

	private static Sample sample(TagColumns columns, int row, AudienceRule rule, BenefitPricer.OfferPricing pricing,
			Function<AudienceRule, RuleEvaluator.RowTest> tests) {
		ColumnMember member = new ColumnMember(columns, row, tests);
		List<TagValue> values = new ArrayList<>();
		for (String tag : rule.tags()) {
			if (!tag.equals(RuleNode.SEGMENT)) {
				Object v = member.tag(tag);
				values.add(new TagValue(tag, v instanceof Double d ? d : null, v instanceof String s ? s : null));
			}
		}
		OptionalDouble benefit = pricing == null ? OptionalDouble.empty() : pricing.benefit(member);
		return new Sample(member.customerId(), member.segment(), values,
				benefit.isPresent() ? benefit.getAsDouble() : null);
	}

	static BenefitSpread spread(String offerCode, double[] benefits) {
		Arrays.sort(benefits);
		return new BenefitSpread(offerCode, "yuan/year", benefits.length, quantile(benefits, 0.10),
				quantile(benefits, 0.25), quantile(benefits, 0.50), quantile(benefits, 0.75), quantile(benefits, 0.90),
				histogram(benefits));
	}

	/** Equal-width bins over sorted values (see {@link BenefitSpread}). */
	static List<AudiencePreview.Bin> histogram(double[] sorted) {
		if (sorted.length == 0) {
			return List.of();
		}
		double min = sorted[0];
		double max = sorted[sorted.length - 1];
		int bins = max > min ? BenefitSpread.BINS : 1;
		double width = (max - min) / bins;
		long[] counts = new long[bins];
		for (double v : sorted) {
			int i = width == 0 ? 0 : Math.min(bins - 1, (int) ((v - min) / width));
			// The bin's ends as written out decide, not the rounding of the division.
			while (i > 0 && v < min + i * width) {
				i--;
			}
			while (i < bins - 1 && v >= min + (i + 1) * width) {
				i++;
			}
			counts[i]++;
		}
		List<AudiencePreview.Bin> out = new java.util.ArrayList<>(bins);
		for (int i = 0; i < bins; i++) {
			out.add(new AudiencePreview.Bin(min + i * width, i == bins - 1 ? max : min + (i + 1) * width, counts[i]));
		}
		return out;
	}

	/** Linear between the order statistics around (n - 1) p, of sorted values. */
	static Double quantile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return null;
		}
		double h = (sorted.length - 1) * p;
		int lo = (int) Math.floor(h);
		int hi = Math.min(lo + 1, sorted.length - 1);
		double v = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
		return Math.round(v * 100) / 100.0;
	}

}
