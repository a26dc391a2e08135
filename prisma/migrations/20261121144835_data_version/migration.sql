-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- One row only.
ALTER TABLE "DataVersion" ADD CONSTRAINT "DataVersion_single_row" CHECK ("id" = 1);
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Every statement that writes public data moves the counter (statement-level: one bump per statement,
-- however many rows). Prisma's diff ignores functions and triggers.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Actor', 'ActorLink', 'Agreement', 'AgreementParty', 'AgreementStatusEntry', 'AgreementSlug',
                           'Pledge', 'PledgeRecipient', 'Event', 'EventActor', 'EventAgreement', 'EventPledge', 'Source', 'Citation']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
                   t || '_bump_data_version', t);
  END LOOP;
END
$$;
