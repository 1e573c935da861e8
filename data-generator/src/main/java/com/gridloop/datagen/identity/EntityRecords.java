package com.gridloop.datagen.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static com.gridloop.datagen.identity.IdentityDatasetGenerator.ARCHIVE;

/**
 * The records of one entity, each planned and then written down with its changes of form.
 */
final class EntityRecords {

	private final long seed;

	private final double duplicateShare;

	private final Entities entities;

	EntityRecords(long seed, double duplicateShare) {
		this.seed = seed;
		this.duplicateShare = duplicateShare;
		this.entities = new Entities(seed);
	}

	List<IdentityRow> of(int e) {
		Identity who = this.entities.identity(e);
		SplittableRandom rng = new SplittableRandom(Entities.mix(this.seed ^ 0x5DEECE66DL, e));
		int copies = rng.nextDouble() < this.duplicateShare ? 2 + rng.nextInt(3) : 1;
		String entityId = String.format(Locale.ROOT, "E%09d", e);
		List<IdentityRow> rows = new ArrayList<>(copies);
		// Each record is written before the next is planned: both draw from the one
		// generator, in this order.
		RecordPlan base = RecordPlan.first(rng);
		rows.add(write(who, base, entityId, e, 0, this.entities.household(e) ? "HOUSEHOLD" : "", rng));
		for (int k = 1; k < copies; k++) {
			RecordPlan d = RecordPlan.later(base, rng);
			rows.add(write(who, d, entityId, e, k, d.changes(), rng));
		}
		return rows;
	}

	private static IdentityRow write(Identity who, RecordPlan d, String entityId, int e, int k, String changes,
			SplittableRandom rng) {
		boolean format = false;
		String name = null;
		if (d.hasName) {
			name = d.typo ? NameVariations.typo(who, rng) : who.name();
			if (!d.source.equals(ARCHIVE) && rng.nextDouble() < 0.08) {
				name = NameVariations.spaced(name, rng);
				format = true;
			}
			if (rng.nextDouble() < 0.04) {
				String traditional = CharacterForms.traditional(name);
				format |= !traditional.equals(name);
				name = traditional;
			}
		}
		String phone = null;
		if (d.hasPhone) {
			phone = d.newPhone ? PhoneVariations.draw(rng) : who.phone();
			if (!d.source.equals(ARCHIVE) && rng.nextDouble() < 0.35) {
				phone = PhoneVariations.formatted(phone, rng);
				format = true;
			}
		}
		Identity place = who;
		if (d.moved) {
			place = Addresses.moved(who, rng);
		}
		String address = null;
		if (d.hasAddress) {
			address = Addresses.address(place, d.source, rng);
			if (rng.nextDouble() < 0.1) {
				address = CharacterForms.fullWidthDigits(address);
				format = true;
			}
			if (rng.nextDouble() < 0.1) {
				address = CharacterForms.traditional(address);
				format = true;
			}
		}
		String account = null;
		if (d.hasAccount) {
			account = d.ownAccount ? Entities.accountNo(e, k) : who.account();
		}
		String variation = changes;
		if (format) {
			variation = variation.isEmpty() ? "FORMAT" : variation + "+FORMAT";
		}
		return new IdentityRow(String.format(Locale.ROOT, "R%09d-%d", e, k), entityId, d.source, name, phone, address,
				d.hasRegion ? Addresses.region(place.district()) : null, account, variation);
	}

}
