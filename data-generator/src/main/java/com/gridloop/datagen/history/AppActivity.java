package com.gridloop.datagen.history;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What an app user does in the app: sessions each month (log in, often view the bill,
 * rarely click an offer), mostly inside the planted active hours, and a login and payment
 * for every bill paid in the app.
 */
final class AppActivity {

	private AppActivity() {
	}

	/** The user's events up to the stop, in time order. */
	static List<AppEvent> events(CustomerTraits traits, HistoryWindow window, List<Bill> bills, LocalDateTime stop,
			SplittableRandom rng) {
		List<AppEvent> out = new ArrayList<>();
		for (int m = 0; m < HistoryWindow.MONTHS; m++) {
			YearMonth month = window.month(m);
			int sessions = Draws.poisson(rng, 0.5 + 6 * traits.online());
			for (int s = 0; s < sessions; s++) {
				LocalDateTime at = month.atDay(1 + rng.nextInt(month.lengthOfMonth())).atTime(activeTime(traits, rng));
				boolean viewBill = rng.nextDouble() < 0.6;
				boolean clickOffer = rng.nextDouble() < 0.04;
				event(out, traits, AppEvent.Kind.LOGIN, at);
				if (viewBill) {
					event(out, traits, AppEvent.Kind.VIEW_BILL, at.plusSeconds(60 + rng.nextInt(120)));
				}
				if (clickOffer) {
					event(out, traits, AppEvent.Kind.CLICK_OFFER, at.plusSeconds(120 + rng.nextInt(240)));
				}
			}
		}
		for (Bill b : bills) {
			if (b.payChannel() == PayChannel.APP) {
				LocalDateTime at = b.paidDate().atTime(activeTime(traits, rng));
				event(out, traits, AppEvent.Kind.LOGIN, at);
				event(out, traits, AppEvent.Kind.PAY, at.plusSeconds(60 + rng.nextInt(180)));
			}
		}
		out.removeIf(e -> e.ts().toLocalDateTime().isAfter(stop));
		out.sort(Comparator.comparing(AppEvent::ts));
		return out;
	}

	private static LocalTime activeTime(CustomerTraits traits, SplittableRandom rng) {
		int hour = rng.nextDouble() < 0.85 ? traits.activeFrom() + rng.nextInt(3) : 7 + rng.nextInt(17);
		return LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60));
	}

	private static void event(List<AppEvent> out, CustomerTraits traits, AppEvent.Kind kind, LocalDateTime at) {
		out.add(new AppEvent(traits.appUserId(), traits.appPhone(), kind,
				at.atOffset(HistoryWindow.ZONE.getRules().getOffset(at))));
	}

}
