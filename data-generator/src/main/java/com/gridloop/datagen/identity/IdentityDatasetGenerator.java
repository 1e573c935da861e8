package com.gridloop.datagen.identity;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import com.gridloop.datagen.MobileNumbers;

/**
 * Identity records of Wuhan customers with planted duplicates, for testing identity resolution against a known
 * truth. Deterministic by seed, and entity i is the same whatever the number of records, so small sets are prefixes
 * of large ones.
 * <p>
 * A quarter of the entities (by default) appear two to four times, from the customer archive, the 95598 call centre
 * and the app. Later records carry at most one real change against the first (a name typo with a similar-looking or
 * same-sounding character, a new mobile number, or a move to another road of the same district), plus any number of
 * changes of form (spaces, full-width digits, traditional characters, +86 and separators, no province or city), and
 * they always share with the first record a mobile number, an account number, or a name and an address, so that
 * every true duplicate stays discoverable. Some entities are household members of the entity before them: a
 * different person at the same address, usually with the same surname.
 */
public final class IdentityDatasetGenerator {

	public static final String ARCHIVE = "ARCHIVE";

	public static final String CALL_CENTRE = "95598";

	public static final String APP = "APP";

	public static final int DEFAULT_RECORDS = 1_000_000;

	/** Header of {@link #writeCsv}. */
	public static final String HEADER = "record_id,entity_id,source,name,phone,address,region_code,account_no,variation";

	private static final String[] DISTRICTS = { "江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区", "东西湖区", "汉南区",
			"蔡甸区", "江夏区", "黄陂区", "新洲区" };

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

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
			"袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
			"陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫",
			"段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔",
			"向", "汤", "欧阳", "司马" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
			"明", "超", "秀", "英", "华", "建", "国", "志", "桂", "玉", "兰", "海", "燕", "平", "刚", "红", "辉", "鹏", "飞", "霞", "萍",
			"亮", "婷", "雪", "琳", "晨", "宇", "浩", "凯", "健", "俊", "帆", "峰", "博", "文", "斌", "颖", "慧", "玲", "欣", "怡", "佳",
			"鑫", "倩", "丹", "梅", "莉", "晶", "波", "宁", "坤", "阳", "成", "林", "荣", "春", "云", "清", "淑", "珍", "凤", "兵", "龙",
			"生", "福", "祥", "德", "金", "琴", "蓉", "娇", "瑶", "思", "梦", "雨", "涵", "轩", "子", "嘉", "悦", "诗", "晓", "小", "立",
			"永", "新", "家", "天", "东", "学", "昌", "胜", "利", "光", "松", "振", "泽", "安", "义", "忠", "伦", "彬", "冬", "晴" };

	private static final String[] FIRM_WORDS = { "华鑫", "长江", "楚天", "江城", "汉正", "金桥", "东湖", "光谷", "荆楚", "晴川", "黄鹤",
			"龟山", "琴台", "南湖", "汉江", "鼎盛", "宏达", "恒通", "新世纪", "天元", "博远", "众联", "鸿运", "安达", "信诚", "瑞丰", "中顺",
			"同济", "九州", "万通" };

	private static final String[] FIRM_KINDS = { "商贸", "机械制造", "化工", "农业", "建材", "物流", "餐饮管理", "电子科技", "纺织", "食品",
			"印务", "医药", "物业管理", "汽车服务", "包装" };

	/** Similar-looking or same-sounding characters that clerks and callers confuse. */
	private static final Map<Character, String> CONFUSABLE = confusables("伟玮炜韦", "芳方芬", "娜那", "敏民珉", "静婧靖", "丽莉俪",
			"强墙蔷", "磊垒", "军君钧", "洋阳扬", "勇永", "艳燕彦", "杰洁捷", "娟鹃涓", "涛滔韬", "明鸣铭", "超朝", "秀绣", "英瑛莹",
			"华桦骅", "建健键", "国帼", "志智治", "桂贵", "玉钰", "兰岚澜", "海亥", "平萍苹", "刚钢岗", "红虹宏", "辉晖", "鹏朋", "飞菲",
			"霞侠", "亮靓", "婷亭", "雪学", "琳林", "晨辰", "宇雨羽", "浩皓", "凯铠", "俊骏", "峰锋", "博搏", "文雯闻", "斌彬", "颖莹",
			"慧惠", "玲铃", "欣馨", "怡仪", "佳家", "鑫新", "倩茜", "梅玫", "晶精", "波博", "宁凝", "坤昆", "成诚", "荣容", "春纯", "云芸",
			"清青", "淑书", "珍真", "凤风", "龙隆", "生升", "福富", "祥翔", "德得", "琴勤", "蓉容", "娇姣", "瑶遥", "思丝", "梦孟", "涵寒",
			"轩宣", "嘉佳", "悦越", "诗师", "晓小", "立丽", "永勇", "东冬", "学雪", "昌常", "胜盛", "光广", "松淞", "振震", "泽择", "安按",
			"义艺", "忠中", "伦仑", "王汪", "张章", "刘柳", "陈程", "李黎", "杨扬", "黄皇", "赵肇", "吴武", "周邹", "徐许", "马玛", "朱诸",
			"胡湖", "郭过", "何和", "林琳", "罗萝", "郑正", "梁粱", "谢榭", "宋送", "唐塘", "韩寒", "冯逢", "邓登", "曹槽", "彭鹏", "曾增",
			"肖萧", "田甜", "董懂", "袁元", "潘攀", "蒋奖", "蔡菜", "余于", "杜度", "叶页", "苏酥", "魏巍", "任仁", "沈审", "姚瑶", "卢芦",
			"钟忠", "谭潭", "陆路", "范饭", "金今", "石时", "廖寥", "贾价", "夏下", "付傅", "方芳", "邹周", "孟梦", "熊雄", "秦琴", "江姜",
			"雷蕾", "侯候", "史使", "陶淘", "贺赫", "顾故", "毛茅", "龚宫", "邵绍", "万晚", "钱前", "严言", "戴代", "孔控", "汤唐", "楚础", "湖胡", "桥侨", "达答", "通同", "盛胜", "宏红", "恒衡", "瑞睿", "顺舜", "联连", "运韵", "信芯", "诚成", "商尚",
			"贸茂", "科棵", "技计", "物务", "流留", "餐参", "管馆", "械戒", "造早", "材才", "业叶", "品评", "纺访", "织职");

	// Traditional forms a record entered on a traditional-character system would show: the frequent ones, and (second
	// line on) names', roads' and places' characters that a small hand-made folding table would lack.
	private static final Map<Character, Character> TRADITIONAL = pairs("号號区區国國华華丽麗伟偉东東陈陳张張刘劉杨楊黄黃赵趙吴吳"
			+ "孙孫马馬郑鄭罗羅谢謝韩韓冯馮邓鄧叶葉苏蘇龙龍凤鳳兰蘭荣榮军軍强強红紅汉漢桥橋园園广廣阳陽发發达達长長静靜云雲涛濤"
			+ "们們钟鐘齐齊圣聖厅廳总總坝壩矿礦邻鄰卫衛宁寧晓曉诗詩轩軒娇嬌梦夢凯凱刚剛伦倫胜勝学學贺賀邹鄒韦韋闫閆蒋蔣"
			+ "设設鹦鸚鹉鵡归歸谊誼钢鋼厂廠临臨书書银銀岭嶺环環纱紗滩灘树樹隐隱纸紙庙廟盘盤问問逻邏岗崗");

	// Cumulative Zipf weights by size and exponent, computed once.
	private static final Map<Integer, double[]> ZIPF = new ConcurrentHashMap<>();

	private final long seed;

	private final double duplicateShare;

	public IdentityDatasetGenerator(long seed) {
		this(seed, 0.25);
	}

	/**
	 * @param duplicateShare share of entities that appear more than once
	 */
	public IdentityDatasetGenerator(long seed, double duplicateShare) {
		if (duplicateShare < 0 || duplicateShare > 1) {
			throw new IllegalArgumentException("duplicateShare must be in [0, 1]");
		}
		this.seed = seed;
		this.duplicateShare = duplicateShare;
	}

	/** The first {@code records} records, entity after entity (the last entity may lose some records). */
	public List<IdentityRow> generate(int records) {
		List<IdentityRow> rows = new ArrayList<>(records);
		for (int e = 0; rows.size() < records; e++) {
			for (IdentityRow row : entity(e)) {
				if (rows.size() == records) {
					break;
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/** Writes rows as CSV (UTF-8 text; the caller chooses the encoding of the writer), empty for null. */
	public static void writeCsv(List<IdentityRow> rows, Writer out) {
		try {
			out.write(HEADER);
			out.write('\n');
			for (IdentityRow r : rows) {
				out.write(String.join(",", r.recordId(), r.entityId(), r.source(), text(r.name()), text(r.phone()),
						text(r.address()), text(r.regionCode()), text(r.accountNo()), r.variation()));
				out.write('\n');
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Arguments: number of records (default 1,000,000), seed (default 42), output file (default standard output). */
	public static void main(String[] args) throws IOException {
		int records = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RECORDS;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
		List<IdentityRow> rows = new IdentityDatasetGenerator(seed).generate(records);
		if (args.length > 2) {
			try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
				writeCsv(rows, out);
			}
		}
		else {
			writeCsv(rows, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
		}
	}

	/** Who an entity is, before any source writes it down. */
	private record Identity(String name, String surname, boolean organisation, String phone, int district,
			String road, int number, String unit, String account) {

		String street() {
			return this.road + this.number + "号" + this.unit;
		}

	}

	/** A record being built: which fields the source has and what was changed. */
	private static final class Draft {

		String source;

		boolean hasName;

		boolean hasPhone;

		boolean hasAddress;

		boolean hasRegion;

		boolean hasAccount;

		boolean typo;

		boolean newPhone;

		boolean moved;

		boolean ownAccount;

	}

	private List<IdentityRow> entity(int e) {
		Identity who = identity(e);
		SplittableRandom rng = new SplittableRandom(mix(this.seed ^ 0x5DEECE66DL, e));
		int copies = rng.nextDouble() < this.duplicateShare ? 2 + rng.nextInt(3) : 1;
		String entityId = String.format(Locale.ROOT, "E%09d", e);
		List<IdentityRow> rows = new ArrayList<>(copies);
		double first = rng.nextDouble();
		Draft base = draft(first < 0.9 ? ARCHIVE : first < 0.95 ? CALL_CENTRE : APP, rng);
		rows.add(write(who, base, entityId, e, 0, household(e) ? "HOUSEHOLD" : "", rng));
		for (int k = 1; k < copies; k++) {
			double s = rng.nextDouble();
			Draft d = draft(s < 0.15 ? ARCHIVE : s < 0.6 ? CALL_CENTRE : APP, rng);
			if (d.source.equals(ARCHIVE)) {
				// A second property of the same customer: another address in the district, another account.
				d.moved = true;
				d.ownAccount = true;
			}
			else {
				double change = rng.nextDouble();
				d.typo = change < 0.25 && d.hasName;
				d.newPhone = change >= 0.25 && change < 0.45;
				d.moved = change >= 0.45 && change < 0.6 && d.hasAddress;
			}
			if (!discoverable(d, base)) {
				d.typo = false;
				d.newPhone = false;
				if (!d.source.equals(ARCHIVE)) {
					d.moved = false;
				}
			}
			if (!discoverable(d, base)) {
				if (base.hasPhone) {
					d.hasPhone = true;
				}
				else {
					d.hasName = true;
					d.hasAddress = true;
					d.moved = false;
				}
			}
			List<String> changes = new ArrayList<>();
			if (d.typo) {
				changes.add("NAME_TYPO");
			}
			if (d.newPhone) {
				changes.add("NEW_PHONE");
			}
			if (d.moved) {
				changes.add("MOVED");
			}
			rows.add(write(who, d, entityId, e, k, String.join("+", changes), rng));
		}
		return rows;
	}

	/** Whether the record shares with the entity's first record a mobile number, an account, or a name and address. */
	private static boolean discoverable(Draft d, Draft base) {
		boolean phone = d.hasPhone && base.hasPhone && !d.newPhone;
		boolean account = d.hasAccount && base.hasAccount && !d.ownAccount;
		boolean nameAndAddress = d.hasName && base.hasName && !d.typo && d.hasAddress && base.hasAddress && !d.moved;
		return phone || account || nameAndAddress;
	}

	private static Draft draft(String source, SplittableRandom rng) {
		Draft d = new Draft();
		d.source = source;
		switch (source) {
			case ARCHIVE -> {
				d.hasName = true;
				d.hasPhone = rng.nextDouble() < 0.95;
				d.hasAddress = true;
				d.hasRegion = true;
				d.hasAccount = true;
			}
			case CALL_CENTRE -> {
				d.hasName = rng.nextDouble() < 0.95;
				d.hasPhone = true;
				d.hasAddress = rng.nextDouble() < 0.5;
				d.hasRegion = rng.nextDouble() < 0.6;
				d.hasAccount = rng.nextDouble() < 0.3;
			}
			default -> {
				d.hasName = rng.nextDouble() < 0.6;
				d.hasPhone = true;
				d.hasAccount = rng.nextDouble() < 0.5;
				d.hasRegion = d.hasAccount && rng.nextDouble() < 0.8;
				d.hasAddress = rng.nextDouble() < 0.15;
			}
		}
		return d;
	}

	private IdentityRow write(Identity who, Draft d, String entityId, int e, int k, String changes,
			SplittableRandom rng) {
		boolean format = false;
		String name = null;
		if (d.hasName) {
			name = d.typo ? typo(who, rng) : who.name();
			if (!d.source.equals(ARCHIVE) && rng.nextDouble() < 0.08) {
				name = spaced(name, rng);
				format = true;
			}
			if (rng.nextDouble() < 0.04) {
				String traditional = traditional(name);
				format |= !traditional.equals(name);
				name = traditional;
			}
		}
		String phone = null;
		if (d.hasPhone) {
			phone = d.newPhone ? phone(rng) : who.phone();
			if (!d.source.equals(ARCHIVE) && rng.nextDouble() < 0.35) {
				phone = formatted(phone, rng);
				format = true;
			}
		}
		Identity place = who;
		if (d.moved) {
			place = moved(who, rng);
		}
		String address = null;
		if (d.hasAddress) {
			address = address(place, d.source, rng);
			if (rng.nextDouble() < 0.1) {
				address = fullWidthDigits(address);
				format = true;
			}
			if (rng.nextDouble() < 0.1) {
				address = traditional(address);
				format = true;
			}
		}
		String account = null;
		if (d.hasAccount) {
			account = d.ownAccount ? accountNo(e, k) : who.account();
		}
		String variation = changes;
		if (format) {
			variation = variation.isEmpty() ? "FORMAT" : variation + "+FORMAT";
		}
		return new IdentityRow(String.format(Locale.ROOT, "R%09d-%d", e, k), entityId, d.source, name, phone, address,
				d.hasRegion ? REGIONS[place.district()] : null, account, variation);
	}

	private Identity identity(int e) {
		if (household(e)) {
			return householdMember(e);
		}
		SplittableRandom rng = new SplittableRandom(mix(this.seed, e));
		int district = pick(DISTRICT_WEIGHTS, rng);
		String road = ROADS[district][rng.nextInt(ROADS[district].length)];
		int number = 1 + rng.nextInt(600);
		if (rng.nextDouble() < 0.05) {
			String name = "武汉" + FIRM_WORDS[rng.nextInt(FIRM_WORDS.length)] + FIRM_WORDS[rng.nextInt(FIRM_WORDS.length)]
					+ FIRM_KINDS[rng.nextInt(FIRM_KINDS.length)] + (rng.nextBoolean() ? "有限公司" : "有限责任公司");
			String unit = rng.nextBoolean() ? "" : (1 + rng.nextInt(20)) + "楼";
			return new Identity(name, null, true, phone(rng), district, road, number, unit, accountNo(e, 0));
		}
		String surname = SURNAMES[zipf(SURNAMES.length, 1.0, rng)];
		String given = given(rng);
		return new Identity(surname + given, surname, false, phone(rng), district, road, number, unit(rng),
				accountNo(e, 0));
	}

	/** A different person living at the address of entity e - 1, often of the same family name. */
	private Identity householdMember(int e) {
		Identity head = identity(e - 1);
		SplittableRandom rng = new SplittableRandom(mix(this.seed, e));
		String surname = head.organisation() || rng.nextDouble() < 0.3 ? SURNAMES[zipf(SURNAMES.length, 1.0, rng)]
				: head.surname();
		String given = given(rng);
		while ((surname + given).equals(head.name())) {
			given = given(rng);
		}
		return new Identity(surname + given, surname, false, phone(rng), head.district(), head.road(), head.number(),
				head.unit(), accountNo(e, 0));
	}

	// Entity e lives with entity e - 1 when drawn so, unless e - 1 itself was drawn: households stay pairs.
	private boolean household(int e) {
		return e > 0 && householdDraw(e) && !householdDraw(e - 1);
	}

	private boolean householdDraw(int e) {
		return (mix(this.seed ^ 0x9E3779B97F4A7C15L, e) >>> 11) * 0x1.0p-53 < 0.03;
	}

	private static String given(SplittableRandom rng) {
		String first = GIVEN[zipf(GIVEN.length, 0.8, rng)];
		return rng.nextDouble() < 0.25 ? first : first + GIVEN[zipf(GIVEN.length, 0.8, rng)];
	}

	private static String unit(SplittableRandom rng) {
		if (rng.nextDouble() < 0.2) {
			return "";
		}
		return (1 + rng.nextInt(40)) + "栋" + (1 + rng.nextInt(6)) + "单元" + (1 + rng.nextInt(30))
				+ String.format(Locale.ROOT, "%02d", 1 + rng.nextInt(4)) + "室";
	}

	private static Identity moved(Identity who, SplittableRandom rng) {
		String[] roads = ROADS[who.district()];
		String road = roads[rng.nextInt(roads.length)];
		int number = 1 + rng.nextInt(600);
		while (road.equals(who.road()) && number == who.number()) {
			number = 1 + rng.nextInt(600);
		}
		return new Identity(who.name(), who.surname(), who.organisation(), who.phone(), who.district(), road, number,
				who.organisation() ? "" : unit(rng), who.account());
	}

	private static String address(Identity place, String source, SplittableRandom rng) {
		String district = DISTRICTS[place.district()];
		if (source.equals(CALL_CENTRE)) {
			// Told over the phone: often without the district, sometimes without building and room.
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

	private static String typo(Identity who, SplittableRandom rng) {
		String name = who.name();
		int from = who.organisation() ? 2 : 0;
		List<Integer> positions = new ArrayList<>();
		for (int i = from; i < name.length(); i++) {
			if (CONFUSABLE.containsKey(name.charAt(i))) {
				positions.add(i);
			}
		}
		if (!who.organisation() && positions.size() > 1 && rng.nextDouble() < 0.75) {
			// Given names are mistyped more often than family names.
			positions.remove(Integer.valueOf(0));
		}
		if (positions.isEmpty()) {
			int i = name.length() - 1;
			String other = GIVEN[rng.nextInt(GIVEN.length)];
			while (other.charAt(0) == name.charAt(i)) {
				other = GIVEN[rng.nextInt(GIVEN.length)];
			}
			return name.substring(0, i) + other;
		}
		int i = positions.get(rng.nextInt(positions.size()));
		String options = CONFUSABLE.get(name.charAt(i));
		char replacement = options.charAt(rng.nextInt(options.length()));
		return name.substring(0, i) + replacement + name.substring(i + 1);
	}

	private static String spaced(String name, SplittableRandom rng) {
		int at = 1 + rng.nextInt(Math.max(1, name.length() - 1));
		return name.substring(0, at) + (rng.nextBoolean() ? " " : "\u3000") + name.substring(at);
	}

	private static String traditional(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			b.append(TRADITIONAL.getOrDefault(text.charAt(i), text.charAt(i)));
		}
		return b.toString();
	}

	private static String formatted(String phone, SplittableRandom rng) {
		return switch (rng.nextInt(7)) {
			case 0 -> "+86 " + phone;
			case 1 -> "+86-" + phone;
			case 2 -> "0086" + phone;
			case 3 -> phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
			case 4 -> phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
			case 5 -> fullWidthDigits(phone);
			default -> "86" + phone;
		};
	}

	private static String fullWidthDigits(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
		}
		return b.toString();
	}

	private static String phone(SplittableRandom rng) {
		return MobileNumbers.draw(rng);
	}

	private static String accountNo(int e, int k) {
		return String.format(Locale.ROOT, "%010d", 4_200_000_000L + e * 4L + k);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static int pick(double[] weights, SplittableRandom rng) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double u = rng.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			u -= weights[i];
			if (u < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** An index in [0, n) with probability proportional to 1 / (index + 1)^s, the shape of name frequencies. */
	private static int zipf(int n, double s, SplittableRandom rng) {
		double[] cumulative = ZIPF.computeIfAbsent(n * 1000 + (int) (s * 100), key -> {
			double[] c = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += 1 / Math.pow(i + 1, s);
				c[i] = sum;
			}
			for (int i = 0; i < n; i++) {
				c[i] /= sum;
			}
			return c;
		});
		double u = rng.nextDouble();
		int lo = 0;
		int hi = n - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] < u) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	private static Map<Character, String> confusables(String... groups) {
		Map<Character, String> map = new HashMap<>();
		for (String group : groups) {
			char from = group.charAt(0);
			Set<Character> options = new LinkedHashSet<>();
			for (int i = 1; i < group.length(); i++) {
				if (group.charAt(i) != from) {
					options.add(group.charAt(i));
				}
			}
			if (!options.isEmpty()) {
				StringBuilder b = new StringBuilder();
				options.forEach(b::append);
				map.merge(from, b.toString(), String::concat);
			}
		}
		return Map.copyOf(map);
	}

	private static Map<Character, Character> pairs(String pairs) {
		Map<Character, Character> map = new HashMap<>();
		for (int i = 0; i + 1 < pairs.length(); i += 2) {
			map.put(pairs.charAt(i), pairs.charAt(i + 1));
		}
		return Map.copyOf(map);
	}

	static long mix(long seed, long i) {
		long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
