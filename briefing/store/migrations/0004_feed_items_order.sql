-- A feed's item records in the order they were made (FeedItems lists
-- them oldest first, as a sync's memory keeps them), so that the oldest
-- can be pruned (PruneItems) once the feed no longer carries them.
ALTER TABLE feed_items ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX feed_items_order ON feed_items (feed, n);
