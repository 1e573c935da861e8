package com.gridloop.strategy.audience;

import java.util.Map;
import java.util.TreeMap;

/** An {@link AudienceMember} reading one row of the columns. */
record ColumnMember(TagColumns columns, int row) implements AudienceMember {

	@Override
	public String customerId() {
		return this.columns.id(this.row);
	}

	@Override
	public String segment() {
		return this.columns.segment(this.row);
	}

	@Override
	public Object tag(String code) {
		TagColumn column = this.columns.column(code);
		return column == null ? null : column.value(this.row);
	}

	@Override
	public Map<String, Object> tags() {
		Map<String, Object> tags = new TreeMap<>();
		for (TagColumn c : this.columns.columns()) {
			Object v = c.value(this.row);
			if (v != null) {
				tags.put(c.code, v);
			}
		}
		return tags;
	}

}
