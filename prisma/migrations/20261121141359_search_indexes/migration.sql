-- Full-text search documents as IMMUTABLE functions, indexed with GIN, so that search uses an index
-- instead of computing to_tsvector for every row (lib/data/search.ts calls the same functions).
-- Enum-to-text casts are only STABLE in PostgreSQL; our enum labels never change meaning, so the
-- functions are declared IMMUTABLE. Prisma's diff ignores functions and expression indexes.

CREATE FUNCTION agreement_search_document(title text, summary text, type "AgreementType", categories "EquipmentCategory"[], work_location text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english', title || ' ' || summary || ' ' || replace(type::text, '_', ' ') || ' '
    || replace(array_to_string(categories::text[], ' '), '_', ' ') || ' ' || coalesce(work_location, ''))
$$;
CREATE INDEX "Agreement_search_idx" ON "Agreement" USING GIN (agreement_search_document("title", "summary", "type", "categories", "workLocation"));

CREATE FUNCTION pledge_search_document(title text, item text, note text, category "EquipmentCategory", status "PledgeStatus")
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english', title || ' ' || item || ' ' || coalesce(note, '') || ' '
    || replace(coalesce(category::text, ''), '_', ' ') || ' ' || replace(status::text, '_', ' '))
$$;
CREATE INDEX "Pledge_search_idx" ON "Pledge" USING GIN (pledge_search_document("title", "item", "note", "category", "status"));

CREATE FUNCTION event_search_document(title text, description text, topic text, place text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('english', title || ' ' || description || ' ' || coalesce(topic, '') || ' ' || coalesce(place, ''))
$$;
CREATE INDEX "Event_search_idx" ON "Event" USING GIN (event_search_document("title", "description", "topic", "place"));

-- Actors are matched by name and alias (case-insensitive, exact) to find a deal by its parties.
CREATE INDEX "Actor_lower_name_idx" ON "Actor" (lower("name"));
CREATE FUNCTION lower_aliases(aliases text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(lower(alias)), '{}') FROM unnest(aliases) AS alias
$$;
CREATE INDEX "Actor_lower_aliases_idx" ON "Actor" USING GIN (lower_aliases("aliases"));
