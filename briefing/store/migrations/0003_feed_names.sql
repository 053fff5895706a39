-- A feed's name is unique in any case, as in a library's feed list, and
-- AddFeed inserts a feed only when neither its URL nor its name is taken
-- (one statement: two front ends adding one feed at once cannot both
-- succeed). Names that differ only in case, which a race could leave,
-- keep the oldest; the others take their URL beside the name.
UPDATE feeds f SET name = f.name || ' (' || f.url || ')'
	WHERE EXISTS (SELECT 1 FROM feeds g WHERE lower(g.name) = lower(f.name)
		AND (g.added, g.url) < (f.added, f.url));
CREATE UNIQUE INDEX feeds_name_folded ON feeds (lower(name));
