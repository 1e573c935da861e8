package com.gridloop.datagen.identity;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Wuhan addresses: drawn for an entity, moved within its district, and written down as
 * each source would.
 */
final class Addresses {

	private static final String[] DISTRICTS = { "江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区", "东西湖区", "汉南区", "蔡甸区",
			"江夏区", "黄陂区", "新洲区" };

	private static final String[] REGIONS = { "420102", "420103", "420104", "420105", "420106", "420107", "420111",
			"420112", "420113", "420114", "420115", "420116", "420117" };

	// Rough shares of customers per district.
	private static final double[] DISTRICT_WEIGHTS = { 9, 7, 7, 7, 11, 5, 14, 6, 2, 6, 8, 9, 9 };

	private static final String[][] ROADS = {
			{ "解放大道", "中山大道", "沿江大道", "黄浦大街", "台北路", "香港路", "三阳路", "二七路", "建设大道", "发展大道" },
			{ "解放大道", "中山大道", "建设大道", "新华路", "青年路", "江汉路", "万松园路", "唐家墩路", "常青路", "发展大道" },
			{ "解放大道", "中山大道", "京汉大道", "古田二路", "汉正街", "宝丰路", "硚口路", "汉西路", "长丰大道", "沿河大道" },
			{ "汉阳大道", "鹦鹉大道", "龙阳大道", "拦江路", "墨水湖北路", "江城大道", "琴台大道", "四新大道", "归元寺路", "芳草路" },
			{ "武珞路", "中山路", "和平大道", "中北路", "友谊大道", "徐东大街", "首义路", "解放路", "八一路", "东湖路" },
			{ "和平大道", "建设一路", "建设二路", "冶金大道", "友谊大道", "工业路", "青山路", "红钢城大街", "厂前路", "临江大道" },
			{ "珞喻路", "雄楚大道", "民族大道", "书城路", "南湖大道", "卓刀泉路", "关山大道", "白沙洲大道", "光谷大道", "虎泉街" },
			{ "吴家山大道", "金银湖路", "东吴大道", "临空港大道", "走马岭路", "新城大道", "五环大道", "金山大道", "环湖路", "田园大道" },
			{ "汉南大道", "纱帽大街", "兴城大道", "育才路", "正街路", "通港大道", "湘口路", "纱帽路", "江滩路", "汉洪路" },
			{ "蔡甸大街", "树藩大街", "中法大道", "凤凰路", "知音大道", "新天大道", "九康大道", "龙隐路", "奓山大道", "汉阳大道" },
			{ "文化大道", "纸坊大街", "江夏大道", "藏龙大道", "光谷五路", "庙山路", "金港大道", "熊廷弼路", "兴新街", "大花岭路" },
			{ "前川大道", "黄陂大道", "百秀街", "板桥大道", "汉口北大道", "盘龙大道", "巨龙大道", "天河路", "二程路", "滠口大道" },
			{ "新洲大道", "邾城街", "齐安大道", "问津大道", "阳逻大道", "徐古大道", "施岗大街", "柳子港大街", "红岗路", "新港大道" } };

	private Addresses() {
	}

	/** A district index, by share of customers. */
	static int district(SplittableRandom rng) {
		double total = 0;
		for (double w : DISTRICT_WEIGHTS) {
			total += w;
		}
		double u = rng.nextDouble() * total;
		for (int i = 0; i < DISTRICT_WEIGHTS.length; i++) {
			u -= DISTRICT_WEIGHTS[i];
			if (u < 0) {
				return i;
			}
		}
		return DISTRICT_WEIGHTS.length - 1;
	}

	static String road(int district, SplittableRandom rng) {
		return ROADS[district][rng.nextInt(ROADS[district].length)];
	}

	static int number(SplittableRandom rng) {
		return 1 + rng.nextInt(600);
	}

	static String region(int district) {
		return REGIONS[district];
	}

	/** Building, entrance and room, or (one time in five) none. */
	static String unit(SplittableRandom rng) {
		if (rng.nextDouble() < 0.2) {
			return "";
		}
		return (1 + rng.nextInt(40)) + "栋" + (1 + rng.nextInt(6)) + "单元" + (1 + rng.nextInt(30))
				+ String.format(Locale.ROOT, "%02d", 1 + rng.nextInt(4)) + "室";
	}

	/** The same entity at another address of its district. */
	static Identity moved(Identity who, SplittableRandom rng) {
		String road = road(who.district(), rng);
		int number = number(rng);
		while (road.equals(who.road()) && number == who.number()) {
			number = number(rng);
		}
		return new Identity(who.name(), who.surname(), who.organisation(), who.phone(), who.district(), road, number,
				who.organisation() ? "" : unit(rng), who.account());
	}

	static String address(Identity place, String source, SplittableRandom rng) {
		String district = DISTRICTS[place.district()];
		if (source.equals(IdentityDatasetGenerator.CALL_CENTRE)) {
			// Told over the phone: often without the district, sometimes without building
			// and room.
			String street = rng.nextDouble() < 0.4 ? place.road() + place.number() + "号" : place.street();
			String text = rng.nextBoolean() ? district + street : street;
			return rng.nextDouble() < 0.3 ? text.replace("号", " 号 ").replace("大道", "大道 ") : text;
		}
		double form = rng.nextDouble();
		if (form < 0.6) {
			return "湖北省武汉市" + district + place.street();
		}
		if (form < 0.85) {
			return "武汉市" + district + place.street();
		}
		return "湖北省 武汉市 " + district + " " + place.street();
	}

}
