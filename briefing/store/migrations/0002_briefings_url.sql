-- A sync refuses an item whose link a briefing of any feed already has
-- (AddItem): without an index on the link, each new item scanned every
-- briefing while it held the item's lock.
CREATE INDEX briefings_url ON briefings (url);
