package com.gridloop.datagen.identity;

/** Who an entity is, before any source writes it down. */
record Identity(String name, String surname, boolean organisation, String phone, int district, String road, int number,
		String unit, String account) {

	String street() {
		return this.road + this.number + "号" + this.unit;
	}

}
