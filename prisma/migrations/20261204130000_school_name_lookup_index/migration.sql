-- Find's location search also takes a school's exact name (any case): an index on lower(name) answers it with one
-- index probe and a plan PostgreSQL can reuse (a trigram LIKE pattern was planned again on every search).

-- CreateIndex
CREATE INDEX "schools_lower_name_idx" ON "schools" (lower("name"));
