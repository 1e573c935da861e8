-- The hours after an unanswered message before an account manager follows up, per campaign; null: reach's default.
alter table campaign add column fallback_hours int;
