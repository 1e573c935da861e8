package com.gridloop.datagen.identity;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese surnames, given names and Wuhan firm names, drawn with the skewed frequencies
 * real names have.
 */
final class Names {

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

	private static final String[] FIRM_WORDS = { "华鑫", "长江", "楚天", "江城", "汉正", "金桥", "东湖", "光谷", "荆楚", "晴川", "黄鹤", "龟山",
			"琴台", "南湖", "汉江", "鼎盛", "宏达", "恒通", "新世纪", "天元", "博远", "众联", "鸿运", "安达", "信诚", "瑞丰", "中顺", "同济", "九州",
			"万通" };

	private static final String[] FIRM_KINDS = { "商贸", "机械制造", "化工", "农业", "建材", "物流", "餐饮管理", "电子科技", "纺织", "食品", "印务",
			"医药", "物业管理", "汽车服务", "包装" };

	// Cumulative Zipf weights by size and exponent, computed once.
	private static final Map<Integer, double[]> ZIPF = new ConcurrentHashMap<>();

	private Names() {
	}

	static String surname(SplittableRandom rng) {
		return SURNAMES[zipf(SURNAMES.length, 1.0, rng)];
	}

	/** One or (three times in four) two given-name characters. */
	static String given(SplittableRandom rng) {
		String first = GIVEN[zipf(GIVEN.length, 0.8, rng)];
		return rng.nextDouble() < 0.25 ? first : first + GIVEN[zipf(GIVEN.length, 0.8, rng)];
	}

	/** Any given-name character, all equally likely. */
	static String anyGiven(SplittableRandom rng) {
		return GIVEN[rng.nextInt(GIVEN.length)];
	}

	static String firm(SplittableRandom rng) {
		return "武汉" + FIRM_WORDS[rng.nextInt(FIRM_WORDS.length)] + FIRM_WORDS[rng.nextInt(FIRM_WORDS.length)]
				+ FIRM_KINDS[rng.nextInt(FIRM_KINDS.length)] + (rng.nextBoolean() ? "有限公司" : "有限责任公司");
	}

	/**
	 * An index in [0, n) with probability proportional to 1 / (index + 1)^s, the shape of
	 * name frequencies.
	 */
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

}
