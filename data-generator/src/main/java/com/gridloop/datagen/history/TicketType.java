package com.gridloop.datagen.history;

/** Kinds of 95598 service tickets, with the name the service system files them under. */
public enum TicketType {

	CONSULTATION("业务咨询"), FAULT_REPAIR("故障报修"), COMPLAINT("投诉"), REPORT("举报"), SUGGESTION("建议"), PRAISE("表扬"),
	SERVICE_REQUEST("服务申请");

	private final String label;

	TicketType(String label) {
		this.label = label;
	}

	/** The Chinese name written in tickets.csv. */
	public String label() {
		return this.label;
	}

}
