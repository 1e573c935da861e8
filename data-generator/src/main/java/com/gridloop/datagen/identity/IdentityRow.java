package com.gridloop.datagen.identity;

/**
 * One generated identity record as a source would hold it, with the truth: the entity it
 * belongs to and the variations planted in it. Any field but the ids, the source and the
 * variation may be null.
 *
 * @param entityId the person or organisation the record truly belongs to
 * @param source {@link IdentityDatasetGenerator#ARCHIVE},
 * {@link IdentityDatasetGenerator#CALL_CENTRE} or {@link IdentityDatasetGenerator#APP}
 * @param variation what was planted, e.g. {@code NAME_TYPO+FORMAT}; empty for a record as
 * clean as the archive's
 */
public record IdentityRow(String recordId, String entityId, String source, String name, String phone, String address,
		String regionCode, String accountNo, String variation) {
}
