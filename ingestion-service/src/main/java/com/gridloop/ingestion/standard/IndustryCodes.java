package com.gridloop.ingestion.standard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Industry codes of GB/T 4754-2017 (国民经济行业分类): a section letter A-T and a division of two
 * digits (01-97), optionally a group (three digits) or class (four digits). Archives
 * write them many ways: {@code C33}, {@code 33}, {@code 3311}, {@code c-3311}, full-width
 * digits, or the section's Chinese name; each becomes the letter followed by the digits
 * ({@code C33}, {@code C3311}) or the section letter alone. A letter that contradicts its
 * division, or a division outside 01-97, is not a code.
 */
public final class IndustryCodes {

	private record Section(char letter, int firstDivision, String name) {
	}

	private static final List<Section> SECTIONS = List.of(new Section('A', 1, "农、林、牧、渔业"), new Section('B', 6, "采矿业"),
			new Section('C', 13, "制造业"), new Section('D', 44, "电力、热力、燃气及水生产和供应业"), new Section('E', 47, "建筑业"),
			new Section('F', 51, "批发和零售业"), new Section('G', 53, "交通运输、仓储和邮政业"), new Section('H', 61, "住宿和餐饮业"),
			new Section('I', 63, "信息传输、软件和信息技术服务业"), new Section('J', 66, "金融业"), new Section('K', 70, "房地产业"),
			new Section('L', 71, "租赁和商务服务业"), new Section('M', 73, "科学研究和技术服务业"), new Section('N', 76, "水利、环境和公共设施管理业"),
			new Section('O', 80, "居民服务、修理和其他服务业"), new Section('P', 83, "教育"), new Section('Q', 84, "卫生和社会工作"),
			new Section('R', 86, "文化、体育和娱乐业"), new Section('S', 91, "公共管理、社会保障和社会组织"), new Section('T', 97, "国际组织"));

	private static final int LAST_DIVISION = 97;

	private static final Pattern CODE = Pattern.compile("([A-T])?[-_.]?(\\d{2,4})");

	private static final Map<String, Section> BY_NAME = SECTIONS.stream()
		.collect(Collectors.toUnmodifiableMap(s -> Text.fold(s.name()), Function.identity()));

	private static final Map<Character, Section> BY_LETTER = SECTIONS.stream()
		.collect(Collectors.toUnmodifiableMap(Section::letter, Function.identity()));

	private IndustryCodes() {
	}

	public static Standardised standardise(String raw) {
		String s = Text.fold(raw);
		Section section = s.length() == 1 ? BY_LETTER.get(s.charAt(0)) : BY_NAME.get(s);
		if (section != null) {
			return new Standardised(String.valueOf(section.letter()), section.name(), true);
		}
		Matcher m = CODE.matcher(s);
		if (!m.matches()) {
			return Standardised.unknown(raw);
		}
		String digits = m.group(2);
		int division = Integer.parseInt(digits.substring(0, 2));
		if (division < 1 || division > LAST_DIVISION) {
			return Standardised.unknown(raw);
		}
		section = sectionOf(division);
		if (m.group(1) != null && m.group(1).charAt(0) != section.letter()) {
			return Standardised.unknown(raw);
		}
		return new Standardised(section.letter() + digits, section.name(), true);
	}

	/**
	 * The section of a division (01-97): the last whose first division is not after it.
	 */
	private static Section sectionOf(int division) {
		Section found = SECTIONS.get(0);
		for (Section s : SECTIONS) {
			if (s.firstDivision() <= division) {
				found = s;
			}
		}
		return found;
	}

}
