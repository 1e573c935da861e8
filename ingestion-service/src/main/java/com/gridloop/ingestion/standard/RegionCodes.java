package com.gridloop.ingestion.standard;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Region codes of GB/T 2260 (行政区划代码): six digits, province, city, county. Accepted as six
 * digits, as the twelve-digit statistical code whose first six they are, with full-width
 * digits or spaces, or as a district's name when the company's service area names it.
 * With a service area configured, a code outside it is unknown; without one, any code of
 * a real province is accepted.
 */
public final class RegionCodes {

	private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("11", "北京市"), Map.entry("12", "天津市"),
			Map.entry("13", "河北省"), Map.entry("14", "山西省"), Map.entry("15", "内蒙古自治区"), Map.entry("21", "辽宁省"),
			Map.entry("22", "吉林省"), Map.entry("23", "黑龙江省"), Map.entry("31", "上海市"), Map.entry("32", "江苏省"),
			Map.entry("33", "浙江省"), Map.entry("34", "安徽省"), Map.entry("35", "福建省"), Map.entry("36", "江西省"),
			Map.entry("37", "山东省"), Map.entry("41", "河南省"), Map.entry("42", "湖北省"), Map.entry("43", "湖南省"),
			Map.entry("44", "广东省"), Map.entry("45", "广西壮族自治区"), Map.entry("46", "海南省"), Map.entry("50", "重庆市"),
			Map.entry("51", "四川省"), Map.entry("52", "贵州省"), Map.entry("53", "云南省"), Map.entry("54", "西藏自治区"),
			Map.entry("61", "陕西省"), Map.entry("62", "甘肃省"), Map.entry("63", "青海省"), Map.entry("64", "宁夏回族自治区"),
			Map.entry("65", "新疆维吾尔自治区"), Map.entry("71", "台湾省"), Map.entry("81", "香港特别行政区"),
			Map.entry("82", "澳门特别行政区"));

	private static final Pattern CODE = Pattern.compile("\\d{6}(\\d{6})?");

	private final Map<String, String> serviceArea;

	private final Map<String, String> byName = new HashMap<>();

	/**
	 * @param serviceArea the company's regions, code to name; empty to accept any real
	 * province's code
	 */
	public RegionCodes(Map<String, String> serviceArea) {
		this.serviceArea = Map.copyOf(serviceArea);
		this.serviceArea.forEach((code, name) -> this.byName.put(Text.fold(name), code));
	}

	/**
	 * The service-area region an address names, by the district name written in it (the
	 * longest name found, so {@code 东西湖区} is not taken for a shorter one inside it); null
	 * when it names none or no area is configured.
	 */
	public String inAddress(String address) {
		if (address == null) {
			return null;
		}
		String folded = Text.fold(address);
		String best = null;
		for (Map.Entry<String, String> e : this.byName.entrySet()) {
			if (folded.contains(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
				best = e.getKey();
			}
		}
		return best == null ? null : this.byName.get(best);
	}

	public Standardised standardise(String raw) {
		String s = Text.fold(raw);
		String named = this.byName.get(s);
		if (named != null) {
			return new Standardised(named, this.serviceArea.get(named), true);
		}
		if (!CODE.matcher(s).matches()) {
			return Standardised.unknown(raw);
		}
		String code = s.substring(0, 6);
		if (!this.serviceArea.isEmpty()) {
			String name = this.serviceArea.get(code);
			return name == null ? Standardised.unknown(raw) : new Standardised(code, name, true);
		}
		String province = PROVINCES.get(code.substring(0, 2));
		return province == null ? Standardised.unknown(raw) : new Standardised(code, province, true);
	}

}
