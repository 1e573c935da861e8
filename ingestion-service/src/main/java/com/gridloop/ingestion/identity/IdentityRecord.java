package com.gridloop.ingestion.identity;

import java.util.Objects;

/**
 * What one source knows about a person or organisation, as it arrived: 95598 callers
 * often give only a phone and a name, app users a phone and maybe a name, archive
 * customers everything. Any field but the record id may be null.
 *
 * @param recordId unique across sources, e.g. {@code ARCHIVE:C0001000000}
 * @param source where the record comes from (archive, 95598, app, ...), for explanations
 * only
 * @param goldenId the golden id an earlier run gave this record, or null when it has none
 * yet
 */
public record IdentityRecord(String recordId, String source, String name, String phone, String address,
		String regionCode, String accountNo, String goldenId) {

	public IdentityRecord {
		Objects.requireNonNull(recordId, "recordId");
	}

	/** A record that has no golden id yet. */
	public IdentityRecord(String recordId, String source, String name, String phone, String address, String regionCode,
			String accountNo) {
		this(recordId, source, name, phone, address, regionCode, accountNo, null);
	}

	public IdentityRecord withGoldenId(String goldenId) {
		return new IdentityRecord(this.recordId, this.source, this.name, this.phone, this.address, this.regionCode,
				this.accountNo, goldenId);
	}

}
