package com.gridloop.datagen.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;

/**
 * Transformer areas (台区) of the customers, {@code TA-<region>-<nnnn>}, and the planted
 * outages of each area. An area's outages follow from the seed and the area alone, so
 * they are the same whatever the population size.
 */
public final class TransformerAreas {

	/**
	 * Customers are taken in blocks of this many consecutive indexes; the customers of
	 * one region in one block (about 200) share one to four areas of uneven size, so
	 * areas hold from tens to a couple of hundred customers.
	 */
	static final int BLOCK = 1600;

	private static final int SPLIT = 4;

	private static final long LAYOUT = 0x7A11L, PICK = 0x7A12L, OUTAGES = 0x7A13L;

	/** Suburban districts (江夏, 黄陂): longer lines, more faults, longer repairs. */
	private static final List<String> RURAL = List.of("420115", "420116");

	private final long seed;

	private final HistoryWindow window;

	private final Map<String, List<Outage>> outages = new ConcurrentHashMap<>();

	public TransformerAreas(long seed, HistoryWindow window) {
		this.seed = seed;
		this.window = window;
	}

	public String areaOf(SyntheticCustomer c) {
		int block = c.index() / BLOCK;
		int region = Population.regionCodes().indexOf(c.regionCode());
		SplittableRandom layout = new SplittableRandom(Population.mix(this.seed + LAYOUT, block * 64L + region));
		int parts = 1 + layout.nextInt(SPLIT);
		double[] cumulative = new double[parts];
		double sum = 0;
		for (int k = 0; k < parts; k++) {
			sum += 0.25 + layout.nextDouble();
			cumulative[k] = sum;
		}
		double u = new SplittableRandom(Population.mix(this.seed + PICK, c.index())).nextDouble() * sum;
		int part = 0;
		while (part < parts - 1 && u >= cumulative[part]) {
			part++;
		}
		return String.format(Locale.ROOT, "TA-%s-%04d", c.regionCode(), block * SPLIT + part + 1);
	}

	/** The area's outages that start inside the window, by start time. */
	public List<Outage> outages(String area) {
		return this.outages.computeIfAbsent(area, this::plan);
	}

	private List<Outage> plan(String area) {
		int dash = area.lastIndexOf('-');
		String region = area.substring(3, dash);
		int number = Integer.parseInt(area.substring(dash + 1));
		SplittableRandom rng = new SplittableRandom(
				Population.mix(this.seed + OUTAGES, Long.parseLong(region) * 100_000L + number));
		boolean rural = RURAL.contains(region);
		// Old lines and overloaded transformers concentrate unplanned outages in a few
		// areas (mean factor 1).
		double unplannedPerMonth = (rural ? 0.22 : 0.12) * Math.exp(0.9 * rng.nextGaussian() - 0.405);
		double medianMinutes = rural ? 130 : 80;
		List<Outage> out = new ArrayList<>();
		for (int m = 0; m < HistoryWindow.MONTHS; m++) {
			YearMonth month = this.window.month(m);
			// Thunderstorms and air-conditioning overloads in summer.
			boolean summer = month.getMonthValue() >= 6 && month.getMonthValue() <= 8;
			int unplanned = Draws.poisson(rng, unplannedPerMonth * (summer ? 1.8 : 1.0));
			for (int k = 0; k < unplanned; k++) {
				LocalDateTime start = month.atDay(1 + rng.nextInt(month.lengthOfMonth()))
					.atStartOfDay()
					.plusMinutes(rng.nextInt(1440));
				long minutes = Math.round(medianMinutes * Math.exp(0.6 * rng.nextGaussian()));
				minutes = Math.max(10, Math.min(720, minutes));
				out.add(new Outage(area, start, start.plusMinutes(minutes), false));
			}
			int planned = Draws.poisson(rng, 0.07);
			for (int k = 0; k < planned; k++) {
				// Maintenance on a working day, starting in the morning, four to eight
				// hours.
				LocalDate day = month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
				int step = day.getDayOfMonth() > 25 ? -1 : 1;
				while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
					day = day.plusDays(step);
				}
				LocalDateTime start = day.atTime(8, 0).plusMinutes(30L * rng.nextInt(3));
				out.add(new Outage(area, start, start.plusHours(4 + rng.nextInt(5)), true));
			}
		}
		out.sort(Comparator.comparing(Outage::start));
		return List.copyOf(out);
	}

}
