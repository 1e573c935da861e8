package com.gridloop.datagen.history;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What callers say and what the call centre writes back, a handful of templates per
 * ticket type.
 */
final class TicketTexts {

	private TicketTexts() {
	}

	/**
	 * A fragment of the archive address as a caller gives it: with or without the
	 * district.
	 */
	static String place(String address, SplittableRandom rng) {
		String local = address.startsWith("湖北省武汉市") ? address.substring(6) : address;
		return rng.nextBoolean() || local.length() < 4 ? local : local.substring(3);
	}

	static String outageFault(SplittableRandom rng, String place, long minutesSoFar) {
		return switch (rng.nextInt(3)) {
			case 0 -> place + "整片停电，已停约" + minutesSoFar + "分钟，请尽快抢修";
			case 1 -> "客户反映" + place + "附近突然停电，邻居家也没电，要求尽快恢复供电";
			default -> place + "小区停电，电梯停运，请速派人处理";
		};
	}

	static String ownFault(SplittableRandom rng, String place) {
		return switch (rng.nextInt(3)) {
			case 0 -> place + "家中无电，邻居有电，怀疑表箱开关跳闸";
			case 1 -> place + "电压不稳，灯光闪烁，电器无法正常使用";
			default -> place + "表箱冒烟有焦糊味，请派人检查";
		};
	}

	static String outageComplaint(SplittableRandom rng, String place, long minutes) {
		String hours = String.format(Locale.ROOT, "%.1f", minutes / 60.0);
		return switch (rng.nextInt(3)) {
			case 0 -> place + "停电" + hours + "小时，未提前通知，严重影响生活，要求给出说法";
			case 1 -> "反映抢修人员到达超时，停电" + minutes + "分钟才恢复供电，对处理效率不满意";
			default -> place + "近期频繁停电，这次又停了" + hours + "小时，要求彻底解决";
		};
	}

	static String plannedOutageComplaint(SplittableRandom rng, String place, long minutes) {
		return rng.nextBoolean() ? place + "计划停电" + minutes / 60 + "小时，通知不到位，影响经营"
				: "计划停电超过公告时间仍未送电，" + place + "客户不满意";
	}

	static String billComplaint(SplittableRandom rng, YearMonth month, BigDecimal amount) {
		return rng.nextBoolean() ? month.getMonthValue() + "月电费" + amount.toPlainString() + "元，比平时高出很多，怀疑电表有问题，对解释不满意"
				: "对" + month.getMonthValue() + "月电费" + amount.toPlainString() + "元有异议，要求校验电表";
	}

	static String serviceComplaint(SplittableRandom rng) {
		return switch (rng.nextInt(3)) {
			case 0 -> "营业厅工作人员服务态度差，办理业务等待时间过长";
			case 1 -> "多次拨打供电所电话无人接听，问题一直没有解决";
			default -> "抄表员未按时抄表，估抄电量导致电费不准";
		};
	}

	static String billConsultation(SplittableRandom rng, YearMonth month, BigDecimal amount) {
		return rng.nextBoolean() ? "咨询" + month.getMonthValue() + "月电费" + amount.toPlainString() + "元是否正确，要求解释计费方式"
				: "咨询" + month.getMonthValue() + "月电量为什么比上月多，电费" + amount.toPlainString() + "元";
	}

	static String consultation(SplittableRandom rng, String place) {
		return switch (rng.nextInt(4)) {
			case 0 -> "咨询峰谷分时电价的办理条件和费用";
			case 1 -> "咨询电费缴纳方式及网上国网APP如何绑定户号";
			case 2 -> "咨询" + place + "的阶梯电价执行标准";
			default -> "咨询" + place + "什么时候恢复供电";
		};
	}

	static String report(SplittableRandom rng, String place) {
		return rng.nextBoolean() ? "举报" + place + "附近有人私拉乱接电线，存在窃电嫌疑" : "举报" + place + "电力线路下违规种树建房，存在安全隐患";
	}

	static String suggestion(SplittableRandom rng) {
		return switch (rng.nextInt(3)) {
			case 0 -> "建议网上国网APP增加分时段电量明细";
			case 1 -> "建议停电前通过短信和APP提前通知";
			default -> "建议营业厅延长周末营业时间";
		};
	}

	static String praise(SplittableRandom rng) {
		return rng.nextBoolean() ? "感谢抢修人员及时恢复供电，服务热情" : "表扬营业厅工作人员耐心解答问题";
	}

	static String serviceRequest(SplittableRandom rng, String place, boolean household) {
		if (household) {
			return switch (rng.nextInt(3)) {
				case 0 -> "申请" + place + "电表移位";
				case 1 -> "申请办理峰谷分时电价";
				default -> "申请" + place + "更名过户";
			};
		}
		return rng.nextBoolean() ? "申请" + place + "增加用电容量" : "申请办理峰谷分时电价和功率因数考核咨询";
	}

	static String closing(String place) {
		return "申请" + place + "销户，结清电费";
	}

	static String resolution(SplittableRandom rng, TicketType type) {
		return switch (type) {
			case CONSULTATION -> rng.nextInt(5) == 0 ? "已解答，客户仍有疑问，转营业厅跟进" : "已解答，客户认可";
			case FAULT_REPAIR -> rng.nextBoolean() ? "已派单抢修，恢复供电" : "已到达现场处理，恢复供电";
			case COMPLAINT -> rng.nextInt(3) == 0 ? "已核实，客户仍不满意，持续跟踪" : "已核实并回访客户，客户表示满意";
			case REPORT -> "已转稽查部门核实处理";
			case SUGGESTION -> "已记录并反馈相关部门";
			case PRAISE -> "已转达表扬";
			case SERVICE_REQUEST -> "已受理，转营业厅办理";
		};
	}

}
