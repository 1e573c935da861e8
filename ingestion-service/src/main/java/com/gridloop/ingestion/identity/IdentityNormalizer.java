package com.gridloop.ingestion.identity;

import java.util.List;

import com.gridloop.ingestion.standard.Phones;

/**
 * Puts Chinese names, addresses and codes into one comparable form (mobile numbers:
 * {@link Phones}): NFKC (full-width to half-width), no whitespace or punctuation (ASCII
 * or Chinese), lower-case Latin letters, traditional characters folded to simplified
 * ({@link SimplifiedForms}), and addresses without their leading province and city.
 */
public final class IdentityNormalizer {

	private static final List<String> PROVINCES = List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏",
			"浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
			"青海", "宁夏", "新疆", "台湾", "香港", "澳门");

	private static final List<String> PROVINCE_SUFFIXES = List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市");

	// Prefecture-level cities of Hubei, where the company works; other provinces' cities
	// stay in the address.
	private static final List<String> CITIES = List.of("武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁",
			"随州", "恩施", "仙桃", "潜江", "天门");

	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容",
			"长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "轩辕", "独孤", "南宫", "西门", "申屠");

	private IdentityNormalizer() {
	}

	/**
	 * A name without spaces, punctuation or width differences; null when nothing is left.
	 */
	public static String name(String raw) {
		return clean(raw);
	}

	/**
	 * The family name of a personal name (two to four Chinese characters, compound
	 * surnames included); null for organisations and anything else, which have no useful
	 * surname.
	 */
	public static String surname(String normalisedName) {
		if (normalisedName == null || normalisedName.length() < 2 || normalisedName.length() > 4) {
			return null;
		}
		for (int i = 0; i < normalisedName.length(); i++) {
			if (!isHan(normalisedName.charAt(i))) {
				return null;
			}
		}
		for (String compound : COMPOUND_SURNAMES) {
			if (normalisedName.length() >= 3 && normalisedName.startsWith(compound)) {
				return compound;
			}
		}
		return normalisedName.substring(0, 1);
	}

	/**
	 * An address cleaned like a name and without a leading country, province or Hubei
	 * city, so that "湖北省武汉市江岸区解放大道100号" and "江岸区 解放大道 100 號" are equal. The district
	 * stays.
	 */
	public static String address(String raw) {
		String s = clean(raw);
		if (s == null) {
			return null;
		}
		s = stripPrefix(s, "中国");
		s = stripProvince(s);
		s = stripCity(s);
		return s.isEmpty() ? null : s;
	}

	/**
	 * A normalised address without its leading district or county, for addresses told
	 * without one.
	 */
	public static String withoutDistrict(String normalisedAddress) {
		if (normalisedAddress == null) {
			return null;
		}
		int end = districtEnd(normalisedAddress);
		String rest = normalisedAddress.substring(end);
		return rest.isEmpty() ? null : rest;
	}

	/**
	 * The road of a normalised address: what precedes the house number, without the
	 * district; null if none.
	 */
	public static String road(String normalisedAddress) {
		String s = withoutDistrict(normalisedAddress);
		if (s == null) {
			return null;
		}
		int digit = firstDigit(s, 0);
		if (digit <= 0) {
			return null;
		}
		return s.substring(0, digit);
	}

	/**
	 * The house number of a normalised address: the digits before the first 号, else the
	 * first run of digits; null when there are none.
	 */
	public static String houseNumber(String normalisedAddress) {
		if (normalisedAddress == null) {
			return null;
		}
		String s = normalisedAddress;
		int from = 0;
		String firstRun = null;
		while (true) {
			int start = firstDigit(s, from);
			if (start < 0) {
				return firstRun;
			}
			int end = start;
			while (end < s.length() && isAsciiDigit(s.charAt(end))) {
				end++;
			}
			String run = stripLeadingZeros(s.substring(start, end));
			if (end < s.length() && s.charAt(end) == '号') {
				return run;
			}
			if (firstRun == null) {
				firstRun = run;
			}
			from = end;
		}
	}

	/** A code (region, account number) cleaned like a name. */
	public static String code(String raw) {
		return clean(raw);
	}

	/**
	 * NFKC, then drops whitespace, punctuation, symbols and controls, lower-cases and
	 * folds traditional forms.
	 */
	static String clean(String raw) {
		if (raw == null) {
			return null;
		}
		String s = needsNfkc(raw) ? java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC) : raw;
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			i += Character.charCount(cp);
			if (dropped(cp)) {
				continue;
			}
			if (cp < 0x80) {
				if (cp >= 'A' && cp <= 'Z') {
					cp += 'a' - 'A';
				}
			}
			else if (cp < 0x10000) {
				cp = SimplifiedForms.of((char) cp);
				if (Character.isUpperCase(cp)) {
					cp = Character.toLowerCase(cp);
				}
			}
			b.appendCodePoint(cp);
		}
		return b.length() == 0 ? null : b.toString();
	}

	// NFKC changes nothing in printable ASCII and the unified ideographs, which is nearly
	// every name and address.
	private static boolean needsNfkc(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(c >= 0x20 && c < 0x7F) && !isHan(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean dropped(int cp) {
		if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
			return true;
		}
		return switch (Character.getType(cp)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
					Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL, Character.FORMAT ->
				true;
			default -> false;
		};
	}

	private static String stripProvince(String s) {
		for (String province : PROVINCES) {
			if (!s.startsWith(province)) {
				continue;
			}
			for (String suffix : PROVINCE_SUFFIXES) {
				if (s.startsWith(suffix, province.length())) {
					return s.substring(province.length() + suffix.length());
				}
			}
			// A bare province name only when a city follows, so that a road named after
			// it survives.
			String rest = s.substring(province.length());
			if (startsWithCity(rest)) {
				return rest;
			}
		}
		return s;
	}

	private static String stripCity(String s) {
		for (String city : CITIES) {
			if (!s.startsWith(city)) {
				continue;
			}
			if (s.startsWith("市", city.length())) {
				return s.substring(city.length() + 1);
			}
			// "武汉江岸区..." loses its city, "武汉大道100号" keeps it.
			String rest = s.substring(city.length());
			int district = districtEnd(rest);
			if (district > 0) {
				return rest;
			}
		}
		return s;
	}

	private static boolean startsWithCity(String s) {
		for (String city : CITIES) {
			if (s.startsWith(city)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Index just after a leading district ("江岸区", "东西湖区", "新洲县"), or 0 when there is
	 * none.
	 */
	private static int districtEnd(String s) {
		int limit = Math.min(s.length(), 6);
		for (int i = 1; i < limit; i++) {
			char c = s.charAt(i);
			if (!isHan(c)) {
				return 0;
			}
			if ((c == '区' || c == '县') && i + 1 < s.length()) {
				return i + 1;
			}
		}
		return 0;
	}

	private static String stripPrefix(String s, String prefix) {
		return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
	}

	private static int firstDigit(String s, int from) {
		for (int i = from; i < s.length(); i++) {
			if (isAsciiDigit(s.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static String stripLeadingZeros(String digits) {
		int i = 0;
		while (i < digits.length() - 1 && digits.charAt(i) == '0') {
			i++;
		}
		return digits.substring(i);
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isHan(char c) {
		return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
	}

}
