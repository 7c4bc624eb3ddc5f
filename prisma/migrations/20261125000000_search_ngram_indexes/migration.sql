-- Search in Chinese (issue #7). Chinese has no spaces, so word-based full-text search finds little
-- and pg_trgm skips 2-character queries such as 德阳. Every searched text is indexed by the set of
-- its characters and character pairs (whitespace removed, lower-cased); a query's pairs (or its one
-- character) must all be in that set, which a GIN index answers, and an ILIKE on the fields then
-- keeps only true substring matches. Prisma's schema language cannot express expression indexes,
-- so these live here only (tests/integration/schema-matches-migrations.test.ts knows them).

CREATE FUNCTION cms_search_grams(VARIADIC parts text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH flat AS (SELECT lower(regexp_replace(array_to_string(parts, ''), '\s+', '', 'g')) AS t)
  SELECT coalesce(array_agg(DISTINCT gram), '{}')
  FROM (
    SELECT substr(t, i, 1) AS gram FROM flat, generate_series(1, length(t)) AS i
    UNION ALL
    SELECT substr(t, i, 2) FROM flat, generate_series(1, length(t) - 1) AS i
  ) AS grams
$$;

CREATE FUNCTION cms_query_grams(query text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH flat AS (SELECT lower(regexp_replace(query, '\s+', '', 'g')) AS t)
  SELECT CASE
    WHEN length(t) < 2 THEN ARRAY[t]
    ELSE ARRAY(SELECT DISTINCT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i)
  END
  FROM flat
$$;

CREATE INDEX "Metric_search_idx" ON "Metric" USING gin (cms_search_grams("nameZh", "nameEn", "description"));
CREATE INDEX "Observation_search_idx" ON "Observation" USING gin (cms_search_grams("periodLabel", "note", "rankStatement"));
CREATE INDEX "Project_search_idx" ON "Project" USING gin (cms_search_grams("name", "description", "location"));
CREATE INDEX "Agreement_search_idx" ON "Agreement" USING gin (cms_search_grams("title", "summary"));
CREATE INDEX "Organisation_search_idx" ON "Organisation" USING gin (cms_search_grams(VARIADIC ARRAY["name", "shortName"] || "aliases"));
CREATE INDEX "SourceVersion_search_idx" ON "SourceVersion" USING gin (cms_search_grams("text"));
