package com.gridloop.strategy.acquisition;

/**
 * The growth-area query: the load of each region and industry from the customers' tags,
 * beside its open applications and recent expansion leads. Growth is kWh-weighted: the
 * area's annual kWh over what the same customers used a year before
 * ({@code annual_kwh / (1 + yoy_growth)}), minus 1, so a large customer's growth counts
 * for its size and a tiny one's doubling does not lead the list. Areas are ranked by that
 * growth, then by their leads; the 3-month trend is shown but not ranked by, as it swings
 * with the seasons (irrigation areas grow twentyfold into spring).
 */
final class GrowthQuery {

	/** Takes the {@code recent} CTE and the open-application condition. */
	static final String SQL = """
			with %s,
			c as (select tags ->> 'region_code' as region_code, tags ->> 'industry' as industry,
			             (tags ->> 'annual_kwh')::float8 as kwh, (tags ->> 'yoy_growth')::float8 as yoy,
			             (tags ->> 'kwh_trend')::float8 as trend
			      from customer_tags where coalesce(tags ->> 'account_status', 'ACTIVE') = 'ACTIVE'),
			areas as (
			  select region_code, industry, count(*) as customers, coalesce(sum(kwh), 0) as kwh,
			         sum(kwh) filter (where yoy > -1) as yoy_now, sum(kwh / (1 + yoy)) filter (where yoy > -1) as yoy_before,
			         count(kwh) filter (where yoy > -1) as with_yoy,
			         sum(kwh) filter (where trend > -1) as trend_now,
			         sum(kwh / (1 + trend)) filter (where trend > -1) as trend_before,
			         0 as applications, 0 as prospects, 0 as requested_kva, 0 as expansions, 0 as suggested_kva
			  from c group by 1, 2
			  union all
			  select region_code, industry, 0, 0, null, null, 0, null, null, count(*),
			         count(*) filter (where customer_id is null), sum(requested_kva), 0, 0
			  from acquisition_application where %s group by 1, 2
			  union all
			  select region_code, industry, 0, 0, null, null, 0, null, null, 0, 0, 0, count(*), sum(suggested_kva)
			  from acquisition_expansion_lead, recent where last_month >= recent.since group by 1, 2)
			select region_code, industry, sum(customers), sum(kwh),
			       sum(yoy_now) / nullif(sum(yoy_before), 0) - 1 as yoy_growth, sum(with_yoy),
			       sum(trend_now) / nullif(sum(trend_before), 0) - 1 as recent_trend,
			       sum(applications), sum(prospects), sum(requested_kva), sum(expansions), sum(suggested_kva)
			from areas group by region_code, industry
			order by sum(yoy_now) / nullif(sum(yoy_before), 0) desc nulls last,
			         sum(applications) + sum(expansions) desc, region_code, industry
			limit :limit""";

	private GrowthQuery() {
	}

}
