-- The n-grams of a text in linear time. The first version took substr(t, i, 1) for every i, and
-- substr on a multibyte text walks it from the start each time: quadratic, so a 200-page PDF's
-- 120,000 characters took two minutes inside the import's transaction. Here the text is split
-- into its characters once and each is paired with the next. Same grams, so the expression
-- indexes built with it stay valid.
CREATE OR REPLACE FUNCTION cms_search_grams(VARIADIC parts text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH flat AS (SELECT lower(regexp_replace(array_to_string(parts, ''), '\s+', '', 'g')) AS t),
  chars AS (
    SELECT ch, lead(ch) OVER (ORDER BY n) AS nxt
    FROM flat, unnest(string_to_array(flat.t, NULL)) WITH ORDINALITY AS u(ch, n)
  )
  SELECT coalesce(array_agg(DISTINCT gram), '{}')
  FROM (
    SELECT ch AS gram FROM chars
    UNION ALL
    SELECT ch || nxt FROM chars WHERE nxt IS NOT NULL
  ) AS grams
$$;
