-- Find's location search reads only onboarded schools in the bounding box: one index on (placements_service,
-- latitude, longitude) replaces the bounding-box index and the placements_service index (its leading column).

-- DropIndex
DROP INDEX "schools_latitude_longitude_idx";

-- DropIndex
DROP INDEX "schools_placements_service_idx";

-- CreateIndex
CREATE INDEX "schools_placements_service_latitude_longitude_idx" ON "schools"("placements_service", "latitude", "longitude");
