package com.gridloop.common.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data looks to a user who may not read it in full: 张*明, 138****5678, an
 * address cut after its district, a certificate number with its middle starred.
 */
public final class Masks {

	private static final Pattern DISTRICT = Pattern.compile("^.*?(区|县|旗|district|District|DISTRICT)");

	private static final Pattern CITY = Pattern.compile("^.*?(市|city|City|CITY)");

	private static final Pattern CJK_RUN = Pattern.compile("\\p{IsHan}{2,}");

	private static final Pattern DIGIT_RUN = Pattern.compile("\\d{7,}[\\dXx]?");

	private Masks() {
	}

	/** 张三明 becomes 张*明, 张三 becomes 张*, Smith becomes S***h. */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		int[] cps = name.strip().codePoints().toArray();
		if (cps.length == 1) {
			return "*";
		}
		if (cps.length == 2) {
			return new String(cps, 0, 1) + "*";
		}
		return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
	}

	/** 13812345678 becomes 138****5678; a short number keeps its last two digits. */
	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return phone;
		}
		String p = phone.strip();
		if (p.length() >= 8) {
			return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
		}
		return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
	}

	/**
	 * The address up to its district (湖北省武汉市武昌区中北路1号 becomes 湖北省武汉市武昌区), else up to its
	 * city, else nothing but stars.
	 */
	public static String address(String address) {
		if (address == null || address.isBlank()) {
			return address;
		}
		Matcher district = DISTRICT.matcher(address);
		if (district.find()) {
			return district.group() + "***";
		}
		Matcher city = CITY.matcher(address);
		return city.find() ? city.group() + "***" : "***";
	}

	/** A certificate number keeps its first three and last two characters. */
	public static String certificate(String number) {
		if (number == null || number.isBlank()) {
			return number;
		}
		String n = number.strip();
		if (n.length() <= 5) {
			return "*".repeat(n.length());
		}
		return n.substring(0, 3) + "*".repeat(n.length() - 5) + n.substring(n.length() - 2);
	}

	/**
	 * A raw source line whose fields are unknown: every run of Chinese characters keeps
	 * its first, every long number (phone, certificate) is masked as a phone.
	 */
	public static String freeText(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String digits = DIGIT_RUN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(phone(m.group())));
		return CJK_RUN.matcher(digits).replaceAll(m -> {
			String run = m.group();
			int first = run.offsetByCodePoints(0, 1);
			return run.substring(0, first) + "*".repeat(run.codePointCount(first, run.length()));
		});
	}

}
