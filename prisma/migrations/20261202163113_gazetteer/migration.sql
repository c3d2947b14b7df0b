-- CreateTable
CREATE TABLE "gazetteer_places" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "area" TEXT NOT NULL DEFAULT '',
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "school_count" INTEGER NOT NULL,

    CONSTRAINT "gazetteer_places_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "gazetteer_places_key_idx" ON "gazetteer_places"("key");

-- CreateIndex
CREATE UNIQUE INDEX "gazetteer_places_kind_key_area_key" ON "gazetteer_places"("kind", "key", "area");

-- CreateIndex
CREATE INDEX "schools_latitude_longitude_idx" ON "schools"("latitude", "longitude");

-- Invariants of the gazetteer rows.
ALTER TABLE "gazetteer_places" ADD CONSTRAINT "gazetteer_places_kind_check" CHECK ("kind" IN ('postcode', 'outcode', 'town', 'locality'));
ALTER TABLE "gazetteer_places" ADD CONSTRAINT "gazetteer_places_coordinates_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);
ALTER TABLE "gazetteer_places" ADD CONSTRAINT "gazetteer_places_school_count_check" CHECK ("school_count" > 0);
