-- Runs once, when the db container initialises an empty volume (as POSTGRES_USER, in
-- POSTGRES_DB). The owner role owns the database and runs the migrations; the runtime role
-- the API serves as owns nothing and gets its table rights from the owner on every
-- migration run (docs/security.md "Database roles"). Development passwords only.
CREATE ROLE kartlegg_owner LOGIN PASSWORD 'kartlegg_owner'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE ROLE kartlegg_app LOGIN PASSWORD 'kartlegg_app'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER DATABASE kartlegg OWNER TO kartlegg_owner;
