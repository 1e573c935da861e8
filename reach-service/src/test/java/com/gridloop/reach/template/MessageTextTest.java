package com.gridloop.reach.template;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese messages: masked names, amounts with units, SMS signature and segments. */
class MessageTextTest {

	@Test
	void namesAreMaskedAfterTheFamilyName() {
		assertThat(MessageText.mask("张三丰")).isEqualTo("张**");
		assertThat(MessageText.mask("李四")).isEqualTo("李*");
		assertThat(MessageText.mask(null)).isEqualTo("尊敬的客户");
	}

	@Test
	void amountsCarryTheirChineseUnit() {
		assertThat(MessageText.benefit(312.4, "yuan/year")).isEqualTo("312元");
		assertThat(MessageText.benefit(250.0, "kVA")).isEqualTo("250千伏安");
		assertThat(MessageText.benefit(2.5, "kWp")).isEqualTo("2.5千瓦");
		assertThat(MessageText.benefit(null, "yuan/year")).isEqualTo("相应优惠");
	}

	@Test
	void anSmsCarriesTheSignatureAndTheUnsubscribeTextAndCountsBoth() {
		String sms = MessageText.render("{name}您好，办理{tariff}预计每年可省{benefit}。{unsubscribe}", "SMS", "张**", "300元",
				"峰谷分时电价");
		assertThat(sms).isEqualTo("【国网湖北电力】张**您好，办理峰谷分时电价预计每年可省300元。回TD退订");
		assertThat(MessageText.length(sms)).isEqualTo(38);
		assertThat(MessageText.segments(sms)).isEqualTo(1);
		String push = MessageText.render("{name}，{tariff}{unsubscribe}", "APP_PUSH", "张**", "300元", "峰谷分时电价");
		assertThat(push).isEqualTo("张**，峰谷分时电价");
	}

	@Test
	void seventyCharactersAreOneSegmentSeventyOneAreTwo() {
		String body62 = "电".repeat(62);
		String seventy = MessageText.render(body62, "SMS", "", "", "");
		assertThat(MessageText.length(seventy)).isEqualTo(70);
		assertThat(MessageText.segments(seventy)).isEqualTo(1);
		assertThat(MessageText.segments(MessageText.render(body62 + "费", "SMS", "", "", ""))).isEqualTo(2);
		assertThat(MessageText.segments(MessageText.render("电".repeat(134), "SMS", "", "", ""))).isEqualTo(3);
	}

	@Test
	void theCatalogueFallsBackToTheChannelsGeneralTextAndFlagsLongSms() {
		Templates.Catalogue catalogue = new Templates.Catalogue(
				Map.of("TOU_TARIFF|SMS", "{name}您好，{tariff}省{benefit}。{unsubscribe}", "*|SMS",
						"{name}您好，{tariff}可为您带来{benefit}。{unsubscribe}", "LONG|SMS", "长".repeat(150)),
				Map.of("TOU_TARIFF", "峰谷分时电价", "PV_STORAGE", "光伏+储能"), 2);
		Templates.Variables v = new Templates.Variables("王小明", 300.0, "yuan/year");
		assertThat(catalogue.render("TOU_TARIFF", "SMS", v).text()).isEqualTo("【国网湖北电力】王**您好，峰谷分时电价省300元。回TD退订");
		assertThat(catalogue.render("PV_STORAGE", "SMS", v).text()).contains("光伏+储能可为您带来300元");
		Templates.Rendered tooLong = catalogue.render("LONG", "SMS", v);
		assertThat(tooLong.segments()).isEqualTo(3);
		assertThat(tooLong.withinLimit()).isFalse();
		assertThat(catalogue.render("TOU_TARIFF", "WECHAT", v)).isNull();
	}

}
