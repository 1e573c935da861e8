-- A request to cancel a nightly run: the run checks it between its steps and ends as CANCELLED.
alter table segmentation_run add column cancel_requested_at timestamptz;
