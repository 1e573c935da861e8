package com.gridloop.datagen.history;

/**
 * One file written customer by customer, so that several come out of one pass over the
 * customers.
 */
interface CustomerSink {

	/** Writes what comes before the first customer. */
	void begin();

	void accept(CustomerHistory h);

	/** Flushes what is still buffered into the writer. */
	void end();

}
