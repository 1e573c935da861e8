package com.gridloop.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer 360: personal data shown as the service sent it (the services mask by
 * role, the console does not mask again), the daily load shape and the last days' kWh by
 * band from profile, and the contact and outcome history from reach.
 */
class Customer360MvcTest extends ConsoleMvcTestBase {

	@Test
	void usageContactsAndThePersonalDataAsTheServiceSentIt() throws Exception {
		STUB.answer("GET /api/v1/customers/C-3", 200, """
				{"customerId":"C-3","customerNo":"0103","name":"王*","phone":"138****5678","address":"湖北省武汉市洪山区…",
				 "category":"RESIDENTIAL","tariffCode":"HB-RES"}""");
		STUB.answer("GET /api/v1/customers/C-3/profile", 200, """
				{"customerId":"C-3","segment":null,"tags":[{"code":"annual_kwh","nameZh":"年用电量","nameEn":"Annual kWh",
				 "family":"CONSUMPTION","unit":"kWh","value":4321.5}]}""");
		String shape = java.util.stream.IntStream.range(0, 24)
			.mapToObj(h -> String.valueOf(h + 0.5))
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
		STUB.answer("GET /api/v1/customers/C-3/usage?days=90", 200, """
				{"customerId":"C-3","from":"2026-01-11","to":"2026-01-12","dailyShape":%s,"days":[
				 {"day":"2026-01-11","kwh":20.0,"sharpKwh":2.0,"peakKwh":6.0,"flatKwh":7.0,"valleyKwh":5.0},
				 {"day":"2026-01-12","kwh":18.0,"sharpKwh":null,"peakKwh":null,"flatKwh":null,"valleyKwh":null}]}"""
			.formatted(shape));
		STUB.answer("GET /api/v1/customers/C-3/contacts", 200, """
				[{"at":"2026-01-12T03:00:00Z","kind":"OUTCOME","campaignId":"6f0e1c1e-0000-4000-8000-0000000000c1",
				  "channel":"MANAGER","status":"INTERESTED","detail":"KM0001"},
				 {"at":"2026-01-11T03:00:00Z","kind":"DISPATCH","campaignId":"6f0e1c1e-0000-4000-8000-0000000000c1",
				  "channel":"SMS","status":"DELIVERED","detail":null}]""");
		String page = page("/customers/C-3", logIn("ana", "ana-pw"));
		assertThat(page).contains("王*", "138****5678", "湖北省武汉市洪山区…", "Annual kWh", "4,321.50");
		assertThat(page).contains("id=\"day-shape-chart\"", "23.5", "id=\"bands-chart\"", "\"stack\":true",
				"\"name\":\"Peak\"", "\"data\":[6.0,null]", "\"name\":\"No bands\"", "\"data\":[null,18.0]",
				"2026-01-11 to 2026-01-12, 2 days");
		assertThat(page).containsSubsequence("Contacts and outcomes", "Outcome", "6f0e1c1e", "INTERESTED", "KM0001",
				"Message", "SMS", "DELIVERED");
	}

	@Test
	void withoutUsageOrContactsThePageSaysSo() throws Exception {
		STUB.answer("GET /api/v1/customers/C-4", 200,
				"""
						{"customerId":"C-4","customerNo":"0104","name":"赵*","phone":null,"address":null,"category":"RESIDENTIAL",
						 "tariffCode":"HB-RES"}""");
		STUB.answer("GET /api/v1/customers/C-4/contacts", 200, "[]");
		String page = page("/customers/C-4", logIn("mk", "mk-pw"));
		assertThat(page).contains("No usage of this customer yet", "No campaign has contacted this customer yet")
			.doesNotContain("id=\"bands-chart\"");
	}

}
