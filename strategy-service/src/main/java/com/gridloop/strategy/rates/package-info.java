/**
 * Rate comparison: each customer's own monthly band kWh, kept from ingestion's daily
 * usage facts, billed under every tariff the customer may choose, with a what-if of
 * moving peak kWh to the valley.
 */
package com.gridloop.strategy.rates;
