package com.gridloop.datagen.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Name typos with characters clerks and callers confuse, and names written with a space
 * inside.
 */
final class NameVariations {

	/** Similar-looking or same-sounding characters that clerks and callers confuse. */
	private static final Map<Character, String> CONFUSABLE = confusables("伟玮炜韦", "芳方芬", "娜那", "敏民珉", "静婧靖", "丽莉俪",
			"强墙蔷", "磊垒", "军君钧", "洋阳扬", "勇永", "艳燕彦", "杰洁捷", "娟鹃涓", "涛滔韬", "明鸣铭", "超朝", "秀绣", "英瑛莹", "华桦骅", "建健键", "国帼",
			"志智治", "桂贵", "玉钰", "兰岚澜", "海亥", "平萍苹", "刚钢岗", "红虹宏", "辉晖", "鹏朋", "飞菲", "霞侠", "亮靓", "婷亭", "雪学", "琳林", "晨辰",
			"宇雨羽", "浩皓", "凯铠", "俊骏", "峰锋", "博搏", "文雯闻", "斌彬", "颖莹", "慧惠", "玲铃", "欣馨", "怡仪", "佳家", "鑫新", "倩茜", "梅玫",
			"晶精", "波博", "宁凝", "坤昆", "成诚", "荣容", "春纯", "云芸", "清青", "淑书", "珍真", "凤风", "龙隆", "生升", "福富", "祥翔", "德得", "琴勤",
			"蓉容", "娇姣", "瑶遥", "思丝", "梦孟", "涵寒", "轩宣", "嘉佳", "悦越", "诗师", "晓小", "立丽", "永勇", "东冬", "学雪", "昌常", "胜盛", "光广",
			"松淞", "振震", "泽择", "安按", "义艺", "忠中", "伦仑", "王汪", "张章", "刘柳", "陈程", "李黎", "杨扬", "黄皇", "赵肇", "吴武", "周邹", "徐许",
			"马玛", "朱诸", "胡湖", "郭过", "何和", "林琳", "罗萝", "郑正", "梁粱", "谢榭", "宋送", "唐塘", "韩寒", "冯逢", "邓登", "曹槽", "彭鹏", "曾增",
			"肖萧", "田甜", "董懂", "袁元", "潘攀", "蒋奖", "蔡菜", "余于", "杜度", "叶页", "苏酥", "魏巍", "任仁", "沈审", "姚瑶", "卢芦", "钟忠", "谭潭",
			"陆路", "范饭", "金今", "石时", "廖寥", "贾价", "夏下", "付傅", "方芳", "邹周", "孟梦", "熊雄", "秦琴", "江姜", "雷蕾", "侯候", "史使", "陶淘",
			"贺赫", "顾故", "毛茅", "龚宫", "邵绍", "万晚", "钱前", "严言", "戴代", "孔控", "汤唐", "楚础", "湖胡", "桥侨", "达答", "通同", "盛胜", "宏红",
			"恒衡", "瑞睿", "顺舜", "联连", "运韵", "信芯", "诚成", "商尚", "贸茂", "科棵", "技计", "物务", "流留", "餐参", "管馆", "械戒", "造早", "材才",
			"业叶", "品评", "纺访", "织职");

	private NameVariations() {
	}

	/**
	 * The name with one character replaced by a similar-looking or same-sounding one,
	 * mostly in the given name.
	 */
	static String typo(Identity who, SplittableRandom rng) {
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
			String other = Names.anyGiven(rng);
			while (other.charAt(0) == name.charAt(i)) {
				other = Names.anyGiven(rng);
			}
			return name.substring(0, i) + other;
		}
		int i = positions.get(rng.nextInt(positions.size()));
		String options = CONFUSABLE.get(name.charAt(i));
		char replacement = options.charAt(rng.nextInt(options.length()));
		return name.substring(0, i) + replacement + name.substring(i + 1);
	}

	static String spaced(String name, SplittableRandom rng) {
		int at = 1 + rng.nextInt(Math.max(1, name.length() - 1));
		return name.substring(0, at) + (rng.nextBoolean() ? " " : "\u3000") + name.substring(at);
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

}
