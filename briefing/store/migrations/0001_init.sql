-- sitrep's store, version 1: the library, what is derived from each
-- briefing, feeds and their sync state, and per-key reading state.

-- The library: one row per briefing, the Markdown file as imported (the
-- source of truth, exported back as is) and its front matter in columns.
CREATE TABLE briefings (
	id        text PRIMARY KEY,
	title     text NOT NULL,
	summary   text NOT NULL DEFAULT '',
	published date,                        -- NULL: undated
	source    text NOT NULL DEFAULT '',
	url       text NOT NULL DEFAULT '',
	region    text NOT NULL DEFAULT '',
	countries text[] NOT NULL DEFAULT '{}',
	tags      text[] NOT NULL DEFAULT '{}',
	dateline  text NOT NULL DEFAULT '',
	markdown  text NOT NULL,               -- the whole file, front matter and body
	body      text NOT NULL,               -- the body as plain text, for snippets
	features  jsonb NOT NULL,              -- story.Doc: entities, figures, timeline, terms
	search    tsvector NOT NULL,           -- folded words, weighted by field
	hash      text NOT NULL,               -- SHA-256 of markdown
	analysis  integer NOT NULL,            -- the version of the analysis behind features and facets
	updated   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX briefings_search ON briefings USING gin (search);
CREATE INDEX briefings_published ON briefings (published DESC NULLS LAST, title);

-- The values a briefing has for the region, country and role filters,
-- folded (as sitrep/briefing/index keeps them).
CREATE TABLE facets (
	field    text NOT NULL,
	value    text NOT NULL,
	briefing text NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
	PRIMARY KEY (field, value, briefing)
);
CREATE INDEX facets_briefing ON facets (briefing);

-- The entities a briefing names, with how often.
CREATE TABLE entities (
	briefing text NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
	kind     text NOT NULL,
	name     text NOT NULL,
	count    integer NOT NULL,
	PRIMARY KEY (briefing, kind, name)
);
CREATE INDEX entities_name ON entities (kind, name);

-- The generation of the library: bumped by every statement that changes
-- it, so that what is derived from the whole library (stories) is kept
-- until it changes.
CREATE TABLE library_generation (n bigint NOT NULL);
INSERT INTO library_generation VALUES (0);

-- Every front end listens on sitrep_briefings and reloads its library.
CREATE FUNCTION sitrep_briefings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE library_generation SET n = n + 1;
	PERFORM pg_notify('sitrep_briefings', TG_OP);
	RETURN NULL;
END $$;
CREATE TRIGGER briefings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON briefings
	FOR EACH STATEMENT EXECUTE FUNCTION sitrep_briefings_changed();

-- Feeds and their sync state: one list for the whole team.
CREATE TABLE feeds (
	url       text PRIMARY KEY,
	name      text NOT NULL UNIQUE,
	region    text NOT NULL DEFAULT '',
	countries text[] NOT NULL DEFAULT '{}',
	tags      text[] NOT NULL DEFAULT '{}',
	added     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE feed_sync (
	url           text PRIMARY KEY REFERENCES feeds (url) ON DELETE CASCADE,
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT '',
	checked       timestamptz,
	error         text NOT NULL DEFAULT ''
);
-- The items already written, so that no item becomes two briefings.
CREATE TABLE feed_items (
	feed     text NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
	guid     text NOT NULL,
	link     text NOT NULL DEFAULT '',
	briefing text NOT NULL,
	PRIMARY KEY (feed, guid)
);

-- Reading state per key (an analyst's public key, or "local"): each entry
-- carries when it last changed, and a write only replaces an older entry,
-- so that concurrent sessions merge newest-wins as the state file does.
CREATE TABLE reading_state (
	key      text NOT NULL,
	briefing text NOT NULL,
	read     boolean NOT NULL DEFAULT false,
	starred  boolean NOT NULL DEFAULT false,
	position double precision NOT NULL DEFAULT 0,
	updated  timestamptz NOT NULL,
	PRIMARY KEY (key, briefing)
);

CREATE FUNCTION sitrep_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('sitrep_state', NEW.key);
	RETURN NULL;
END $$;
CREATE TRIGGER reading_state_changed AFTER INSERT OR UPDATE ON reading_state
	FOR EACH ROW EXECUTE FUNCTION sitrep_state_changed();
