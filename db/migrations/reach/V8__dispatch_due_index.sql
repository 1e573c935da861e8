-- The dispatcher claims QUEUED dispatches in the order they became due (not_before, else created_at) from an index that
-- holds only those it may claim: MANAGER_VISIT dispatches (never claimed) and messages deferred to a later hour are no
-- longer scanned by every claim, and a page is read in index order instead of sorting the whole queue.
drop index dispatch_queued;
create index dispatch_due on dispatch ((coalesce(not_before, created_at)))
    where status = 'QUEUED' and channel <> 'MANAGER_VISIT';
