package com.gridloop.reach.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import com.gridloop.reach.policy.ContactPolicy.Candidate;
import com.gridloop.reach.policy.ContactPolicy.Contact;
import com.gridloop.reach.policy.ContactPolicy.Decision;
import com.gridloop.reach.policy.ContactPolicy.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the contact policy, on fixed instants in Asia/Shanghai. */
class ContactPolicyTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Wednesday 3 June 2026, 10:00 in Wuhan. */
	private static final Instant WED_10 = ZonedDateTime.of(2026, 6, 3, 10, 0, 0, 0, SHANGHAI).toInstant();

	private final ContactPolicy policy = new ContactPolicy(defaults());

	@Test
	void anOptOutSuppressesForGood() {
		Decision d = this.policy.decide(sms(true, null, null), List.of(), WED_10);
		assertThat(d.reason()).isEqualTo(Reason.CONSENT);
		assertThat(d.deferred()).isFalse();
	}

	@Test
	void oneMarketingContactADayOnAnyChannel() {
		List<Contact> earlierToday = List.of(new Contact("WECHAT", WED_10.minus(Duration.ofHours(3))));
		assertThat(this.policy.decide(sms(false, null, null), earlierToday, WED_10).reason())
			.isEqualTo(Reason.FREQUENCY_CAP);
		List<Contact> yesterday = List.of(new Contact("WECHAT", WED_10.minus(Duration.ofHours(25))));
		assertThat(this.policy.decide(sms(false, null, null), yesterday, WED_10).send()).isTrue();
	}

	@Test
	void twoMarketingContactsInSevenDays() {
		List<Contact> two = List.of(new Contact("SMS", WED_10.minus(Duration.ofDays(2))),
				new Contact("APP_PUSH", WED_10.minus(Duration.ofDays(6))));
		assertThat(this.policy.decide(sms(false, null, null), two, WED_10).reason()).isEqualTo(Reason.FREQUENCY_CAP);
		List<Contact> oneOld = List.of(new Contact("SMS", WED_10.minus(Duration.ofDays(2))),
				new Contact("APP_PUSH", WED_10.minus(Duration.ofDays(8))));
		assertThat(this.policy.decide(sms(false, null, null), oneOld, WED_10).send()).isTrue();
	}

	@Test
	void aChannelCapCountsOnlyItsChannel() {
		PolicyProperties smsMonthly = new PolicyProperties(SHANGHAI, LocalTime.of(21, 0), LocalTime.of(8, 0), true,
				true, List.of(new PolicyProperties.Cap("SMS", Duration.ofDays(30), 1)), Set.of());
		ContactPolicy policy = new ContactPolicy(smsMonthly);
		List<Contact> smsLastWeek = List.of(new Contact("SMS", WED_10.minus(Duration.ofDays(7))));
		assertThat(policy.decide(sms(false, null, null), smsLastWeek, WED_10).reason()).isEqualTo(Reason.FREQUENCY_CAP);
		Candidate wechat = new Candidate("c-1", "WECHAT", false, false, null, null);
		assertThat(policy.decide(wechat, smsLastWeek, WED_10).send()).isTrue();
	}

	@Test
	void transactionalMessagesIgnoreTheCaps() {
		List<Contact> many = List.of(new Contact("SMS", WED_10.minusSeconds(60)),
				new Contact("SMS", WED_10.minusSeconds(120)), new Contact("SMS", WED_10.minusSeconds(180)));
		Candidate outage = new Candidate("c-1", "SMS", true, false, null, null);
		assertThat(this.policy.decide(outage, many, WED_10).send()).isTrue();
	}

	@Test
	void quietHoursDeferToEightInTheMorningLocalTime() {
		Instant late = ZonedDateTime.of(2026, 6, 3, 22, 30, 0, 0, SHANGHAI).toInstant();
		Decision d = this.policy.decide(sms(false, null, null), List.of(), late);
		assertThat(d.reason()).isEqualTo(Reason.QUIET_HOURS);
		assertThat(d.notBefore()).isEqualTo(ZonedDateTime.of(2026, 6, 4, 8, 0, 0, 0, SHANGHAI).toInstant());
		Instant early = ZonedDateTime.of(2026, 6, 4, 7, 59, 0, 0, SHANGHAI).toInstant();
		assertThat(this.policy.decide(sms(false, null, null), List.of(), early).notBefore())
			.isEqualTo(ZonedDateTime.of(2026, 6, 4, 8, 0, 0, 0, SHANGHAI).toInstant());
		Instant eight = ZonedDateTime.of(2026, 6, 4, 8, 0, 0, 0, SHANGHAI).toInstant();
		assertThat(this.policy.decide(sms(false, null, null), List.of(), eight).send()).isTrue();
		assertThat(this.policy.decide(sms(false, null, null), List.of(), late.minus(Duration.ofHours(2))).send())
			.isTrue();
	}

	@Test
	void aMessageWaitsForTheCustomersActiveHourWithinTheWeek() {
		LocalDate week = LocalDate.of(2026, 6, 1);
		Decision d = this.policy.decide(sms(false, 19, week), List.of(), WED_10);
		assertThat(d.reason()).isEqualTo(Reason.SEND_TIME);
		assertThat(d.notBefore()).isEqualTo(ZonedDateTime.of(2026, 6, 3, 19, 0, 0, 0, SHANGHAI).toInstant());
		assertThat(this.policy.decide(sms(false, 10, week), List.of(), WED_10).send()).isTrue();
		Decision tomorrow = this.policy.decide(sms(false, 9, week), List.of(), WED_10);
		assertThat(tomorrow.notBefore()).isEqualTo(ZonedDateTime.of(2026, 6, 4, 9, 0, 0, 0, SHANGHAI).toInstant());
	}

	@Test
	void beforeTheWeekTheFirstActiveHourOfTheWeekAfterItNowAndQuietActiveHoursIgnored() {
		LocalDate nextWeek = LocalDate.of(2026, 6, 8);
		assertThat(this.policy.decide(sms(false, 12, nextWeek), List.of(), WED_10).notBefore())
			.isEqualTo(ZonedDateTime.of(2026, 6, 8, 12, 0, 0, 0, SHANGHAI).toInstant());
		LocalDate lastDay = LocalDate.of(2026, 5, 28);
		assertThat(this.policy.decide(sms(false, 9, lastDay), List.of(), WED_10).send()).isTrue();
		assertThat(this.policy.decide(sms(false, 23, LocalDate.of(2026, 6, 1)), List.of(), WED_10).send()).isTrue();
	}

	private static Candidate sms(boolean optedOut, Integer activeHour, LocalDate week) {
		return new Candidate("c-1", "SMS", false, optedOut, activeHour, week);
	}

	private static PolicyProperties defaults() {
		return new PolicyProperties(SHANGHAI, LocalTime.of(21, 0), LocalTime.of(8, 0), true, true, null,
				Set.of("OUTAGE_NOTICE"));
	}

}
