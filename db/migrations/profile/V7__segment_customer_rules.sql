-- Segments named by a rule on customers' own tags (complaints, online activity, churn risk) beside the k-means
-- clusters: such a segment has kind CUSTOMER_RULE and cluster -1, and each member keeps the reason in its values.
alter table segment add column kind text not null default 'CLUSTER';
alter table segment_membership add column reason text;

-- A run writes a million memberships by COPY, and the reference to the run was checked by a trigger per row: it
-- cost more than writing the rows. Only the job writes memberships, for the run it has just registered.
alter table segment_membership drop constraint segment_membership_run_id_fkey;
