-- Who reads the change feed and how far each has applied it (acknowledgeChangeFeed). An event is delivered once every
-- reader has acknowledged it; delivered events older than claimgraph.change-feed.retention are pruned
-- (ChangeFeedPruning). Without any reader nothing counts as delivered, so nothing is pruned.
create table change_feed_reader (
    reader          text primary key check (length(btrim(reader)) > 0 and length(reader) <= 200),
    position        bigint not null check (position >= 0),
    acknowledged_at timestamptz not null
);
create index change_feed_changed_at_idx on change_feed (changed_at);
