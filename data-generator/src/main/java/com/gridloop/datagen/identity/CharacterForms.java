package com.gridloop.datagen.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * Changes of form that keep the meaning: traditional characters and full-width digits.
 */
final class CharacterForms {

	// Traditional forms a record entered on a traditional-character system would show:
	// the frequent ones, and (second
	// line on) names', roads' and places' characters that a small hand-made folding table
	// would lack.
	private static final Map<Character, Character> TRADITIONAL = pairs("号號区區国國华華丽麗伟偉东東陈陳张張刘劉杨楊黄黃赵趙吴吳"
			+ "孙孫马馬郑鄭罗羅谢謝韩韓冯馮邓鄧叶葉苏蘇龙龍凤鳳兰蘭荣榮军軍强強红紅汉漢桥橋园園广廣阳陽发發达達长長静靜云雲涛濤"
			+ "们們钟鐘齐齊圣聖厅廳总總坝壩矿礦邻鄰卫衛宁寧晓曉诗詩轩軒娇嬌梦夢凯凱刚剛伦倫胜勝学學贺賀邹鄒韦韋闫閆蒋蔣" + "设設鹦鸚鹉鵡归歸谊誼钢鋼厂廠临臨书書银銀岭嶺环環纱紗滩灘树樹隐隱纸紙庙廟盘盤问問逻邏岗崗");

	private CharacterForms() {
	}

	static String traditional(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			b.append(TRADITIONAL.getOrDefault(text.charAt(i), text.charAt(i)));
		}
		return b.toString();
	}

	static String fullWidthDigits(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
		}
		return b.toString();
	}

	private static Map<Character, Character> pairs(String pairs) {
		Map<Character, Character> map = new HashMap<>();
		for (int i = 0; i + 1 < pairs.length(); i += 2) {
			map.put(pairs.charAt(i), pairs.charAt(i + 1));
		}
		return Map.copyOf(map);
	}

}
