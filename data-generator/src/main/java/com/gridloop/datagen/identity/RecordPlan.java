package com.gridloop.datagen.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.gridloop.datagen.identity.IdentityDatasetGenerator.APP;
import static com.gridloop.datagen.identity.IdentityDatasetGenerator.ARCHIVE;
import static com.gridloop.datagen.identity.IdentityDatasetGenerator.CALL_CENTRE;

/**
 * A record being planned: which source writes it, which fields that source has and which
 * real change it carries.
 */
final class RecordPlan {

	final String source;

	boolean hasName;

	boolean hasPhone;

	boolean hasAddress;

	boolean hasRegion;

	boolean hasAccount;

	boolean typo;

	boolean newPhone;

	boolean moved;

	boolean ownAccount;

	private RecordPlan(String source) {
		this.source = source;
	}

	/** An entity's first record, mostly from the archive. */
	static RecordPlan first(SplittableRandom rng) {
		double s = rng.nextDouble();
		return fields(s < 0.9 ? ARCHIVE : s < 0.95 ? CALL_CENTRE : APP, rng);
	}

	/**
	 * A later record of the entity, with at most one real change and still discoverable
	 * from the first.
	 */
	static RecordPlan later(RecordPlan base, SplittableRandom rng) {
		double s = rng.nextDouble();
		RecordPlan d = fields(s < 0.15 ? ARCHIVE : s < 0.6 ? CALL_CENTRE : APP, rng);
		if (d.source.equals(ARCHIVE)) {
			// A second property of the same customer: another address in the district,
			// another account.
			d.moved = true;
			d.ownAccount = true;
		}
		else {
			double change = rng.nextDouble();
			d.typo = change < 0.25 && d.hasName;
			d.newPhone = change >= 0.25 && change < 0.45;
			d.moved = change >= 0.45 && change < 0.6 && d.hasAddress;
		}
		if (!d.discoverable(base)) {
			d.typo = false;
			d.newPhone = false;
			if (!d.source.equals(ARCHIVE)) {
				d.moved = false;
			}
		}
		if (!d.discoverable(base)) {
			if (base.hasPhone) {
				d.hasPhone = true;
			}
			else {
				d.hasName = true;
				d.hasAddress = true;
				d.moved = false;
			}
		}
		return d;
	}

	private static RecordPlan fields(String source, SplittableRandom rng) {
		RecordPlan d = new RecordPlan(source);
		switch (source) {
			case ARCHIVE -> {
				d.hasName = true;
				d.hasPhone = rng.nextDouble() < 0.95;
				d.hasAddress = true;
				d.hasRegion = true;
				d.hasAccount = true;
			}
			case CALL_CENTRE -> {
				d.hasName = rng.nextDouble() < 0.95;
				d.hasPhone = true;
				d.hasAddress = rng.nextDouble() < 0.5;
				d.hasRegion = rng.nextDouble() < 0.6;
				d.hasAccount = rng.nextDouble() < 0.3;
			}
			default -> {
				d.hasName = rng.nextDouble() < 0.6;
				d.hasPhone = true;
				d.hasAccount = rng.nextDouble() < 0.5;
				d.hasRegion = d.hasAccount && rng.nextDouble() < 0.8;
				d.hasAddress = rng.nextDouble() < 0.15;
			}
		}
		return d;
	}

	/**
	 * Whether the record shares with the entity's first record a mobile number, an
	 * account, or a name and address.
	 */
	private boolean discoverable(RecordPlan base) {
		boolean phone = this.hasPhone && base.hasPhone && !this.newPhone;
		boolean account = this.hasAccount && base.hasAccount && !this.ownAccount;
		boolean nameAndAddress = this.hasName && base.hasName && !this.typo && this.hasAddress && base.hasAddress
				&& !this.moved;
		return phone || account || nameAndAddress;
	}

	/**
	 * The real changes as the variation column names them, e.g. {@code NAME_TYPO}; empty
	 * for none.
	 */
	String changes() {
		List<String> changes = new ArrayList<>();
		if (this.typo) {
			changes.add("NAME_TYPO");
		}
		if (this.newPhone) {
			changes.add("NEW_PHONE");
		}
		if (this.moved) {
			changes.add("MOVED");
		}
		return String.join("+", changes);
	}

}
