


SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;


CREATE EXTENSION IF NOT EXISTS "pg_graphql" WITH SCHEMA "graphql";






COMMENT ON EXTENSION "pg_graphql" IS 'pg_graphql: GraphQL support';



CREATE EXTENSION IF NOT EXISTS "pg_stat_statements" WITH SCHEMA "extensions";






CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "extensions";






COMMENT ON EXTENSION "pgcrypto" IS 'cryptographic functions';



CREATE EXTENSION IF NOT EXISTS "pgjwt" WITH SCHEMA "extensions";






CREATE EXTENSION IF NOT EXISTS "supabase_vault" WITH SCHEMA "vault";






create extension if not exists "uuid-ossp" with schema extensions;






CREATE EXTENSION hypopg WITH SCHEMA "extensions";




CREATE SCHEMA IF NOT EXISTS "public";


ALTER SCHEMA "public" OWNER TO "pg_database_owner";


COMMENT ON SCHEMA "public" IS 'standard public schema';



CREATE OR REPLACE FUNCTION "public"."update_captcha_updated_at"() RETURNS "trigger"
    LANGUAGE "plpgsql"
    AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$;


ALTER FUNCTION "public"."update_captcha_updated_at"() OWNER TO "postgres";


CREATE OR REPLACE FUNCTION "public"."permission_hint"() RETURNS "text"
    LANGUAGE "plpgsql"
    AS $_$
BEGIN
    -- Text, not a statement: the cleaner must leave it alone.
    RETURN 'GRANT ALL ON TABLE "public"."notes" TO "anon";';
END;
$_$;


ALTER FUNCTION "public"."permission_hint"() OWNER TO "postgres";

SET default_tablespace = '';

SET default_table_access_method = "heap";


CREATE TABLE IF NOT EXISTS "public"."users" (
    "id" bigint NOT NULL,
    "user_id" bigint NOT NULL,
    "username" "text",
    "name" "text",
    "language" "text" DEFAULT 'en'::"text",
    "created_at" timestamp with time zone,
    "updated_at" timestamp with time zone
);


ALTER TABLE "public"."users" OWNER TO "postgres";


CREATE SEQUENCE IF NOT EXISTS "public"."users_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE "public"."users_id_seq" OWNER TO "postgres";


ALTER SEQUENCE "public"."users_id_seq" OWNED BY "public"."users"."id";



CREATE TABLE IF NOT EXISTS "public"."chats" (
    "id" bigint NOT NULL,
    "chat_id" bigint NOT NULL,
    "chat_name" "text",
    "language" "text",
    "users" "jsonb",
    "is_inactive" boolean DEFAULT false,
    "created_at" timestamp with time zone,
    "updated_at" timestamp with time zone
);


ALTER TABLE "public"."chats" OWNER TO "supabase_admin";


CREATE SEQUENCE IF NOT EXISTS "public"."chats_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE "public"."chats_id_seq" OWNER TO "postgres";


ALTER SEQUENCE "public"."chats_id_seq" OWNED BY "public"."chats"."id";



CREATE TABLE IF NOT EXISTS "public"."notes" (
    "id" bigint NOT NULL,
    "chat_id" bigint NOT NULL,
    "note_name" "text" NOT NULL,
    "note_content" "text" DEFAULT 'Use /save; then GRANT nobody anything'::"text",
    "buttons" "jsonb",
    "admin_only" boolean DEFAULT false
);


ALTER TABLE "public"."notes" OWNER TO "postgres";


CREATE SEQUENCE IF NOT EXISTS "public"."notes_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE "public"."notes_id_seq" OWNER TO "postgres";


ALTER SEQUENCE "public"."notes_id_seq" OWNED BY "public"."notes"."id";



CREATE TABLE IF NOT EXISTS "public"."captcha_settings" (
    "id" integer NOT NULL,
    "chat_id" bigint NOT NULL,
    "enabled" boolean DEFAULT false,
    "created_at" timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    "updated_at" timestamp without time zone DEFAULT CURRENT_TIMESTAMP
);


ALTER TABLE "public"."captcha_settings" OWNER TO "postgres";


ALTER TABLE ONLY "public"."users" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."users_id_seq"'::"regclass");



ALTER TABLE ONLY "public"."chats" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."chats_id_seq"'::"regclass");



ALTER TABLE ONLY "public"."notes" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."notes_id_seq"'::"regclass");



ALTER TABLE ONLY "public"."users"
    ADD CONSTRAINT "users_pkey" PRIMARY KEY ("id");



ALTER TABLE ONLY "public"."users"
    ADD CONSTRAINT "uk_users_user_id" UNIQUE ("user_id");



ALTER TABLE ONLY "public"."chats"
    ADD CONSTRAINT "chats_pkey" PRIMARY KEY ("id");



ALTER TABLE ONLY "public"."chats"
    ADD CONSTRAINT "uk_chats_chat_id" UNIQUE ("chat_id");



ALTER TABLE ONLY "public"."notes"
    ADD CONSTRAINT "notes_pkey" PRIMARY KEY ("id");



ALTER TABLE ONLY "public"."captcha_settings"
    ADD CONSTRAINT "captcha_settings_pkey" PRIMARY KEY ("id");



CREATE INDEX "idx_users_user_name" ON "public"."users" USING "btree" ("username");



CREATE OR REPLACE TRIGGER "update_captcha_settings_updated_at" BEFORE UPDATE ON "public"."captcha_settings" FOR EACH ROW EXECUTE FUNCTION "public"."update_captcha_updated_at"();



ALTER TABLE ONLY "public"."notes"
    ADD CONSTRAINT "fk_notes_chat" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("chat_id") ON UPDATE CASCADE ON DELETE CASCADE;



CREATE POLICY "Enable read access for all users" ON "public"."users" FOR SELECT USING (true);



CREATE POLICY "Members manage their notes"
    ON "public"."notes"
    AS PERMISSIVE
    FOR ALL
    TO "authenticated"
    USING (("chat_id" IS NOT NULL))
    WITH CHECK (("chat_id" IS NOT NULL));



ALTER TABLE "public"."users" ENABLE ROW LEVEL SECURITY;


ALTER TABLE "public"."notes" FORCE ROW LEVEL SECURITY;







-- GRANT ALL ON TABLE "public"."users" TO "anon";   (a comment: stays as it is)

GRANT USAGE ON SCHEMA "public" TO "postgres";
GRANT USAGE ON SCHEMA "public" TO "anon";
GRANT USAGE ON SCHEMA "public" TO "authenticated";
GRANT USAGE ON SCHEMA "public" TO "service_role";




GRANT ALL ON FUNCTION "public"."update_captcha_updated_at"() TO "anon";



GRANT ALL ON FUNCTION "public"."update_captcha_updated_at"() TO "authenticated";



GRANT ALL ON FUNCTION "public"."update_captcha_updated_at"() TO "service_role";



GRANT ALL ON FUNCTION "public"."permission_hint"() TO "anon";



GRANT ALL ON FUNCTION "public"."permission_hint"() TO "authenticated";



GRANT ALL ON FUNCTION "public"."permission_hint"() TO "service_role";



GRANT ALL ON TABLE "public"."users" TO "anon";



GRANT ALL ON TABLE "public"."users" TO "authenticated";



GRANT ALL ON TABLE "public"."users" TO "service_role";



GRANT ALL ON SEQUENCE "public"."users_id_seq" TO "anon";



GRANT ALL ON SEQUENCE "public"."users_id_seq" TO "authenticated";



GRANT ALL ON SEQUENCE "public"."users_id_seq" TO "service_role";



GRANT ALL ON TABLE "public"."chats" TO "anon";



GRANT ALL ON TABLE "public"."chats" TO "authenticated";



GRANT ALL ON TABLE "public"."chats" TO "service_role";



GRANT ALL ON SEQUENCE "public"."chats_id_seq" TO "anon";



GRANT ALL ON SEQUENCE "public"."chats_id_seq" TO "authenticated";



GRANT ALL ON SEQUENCE "public"."chats_id_seq" TO "service_role";



GRANT ALL ON TABLE "public"."notes" TO "anon";



GRANT ALL ON TABLE "public"."notes" TO "authenticated";



GRANT ALL ON TABLE "public"."notes" TO "service_role";



GRANT ALL ON SEQUENCE "public"."notes_id_seq" TO "anon";



GRANT ALL ON SEQUENCE "public"."notes_id_seq" TO "authenticated";



GRANT ALL ON SEQUENCE "public"."notes_id_seq" TO "service_role";



GRANT ALL ON TABLE "public"."captcha_settings" TO "anon";



GRANT ALL ON TABLE "public"."captcha_settings" TO "authenticated";



GRANT ALL ON TABLE "public"."captcha_settings" TO "service_role";



GRANT SELECT, INSERT, UPDATE
    ON TABLE "public"."notes"
    TO "anon", "authenticated", service_role;



grant select on table public.chats to anon, postgres;



GRANT SELECT ON TABLE "public"."users" TO "anon" WITH GRANT OPTION;




ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON SEQUENCES  TO "postgres";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON SEQUENCES  TO "anon";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON SEQUENCES  TO "authenticated";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON SEQUENCES  TO "service_role";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON FUNCTIONS  TO "postgres";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON FUNCTIONS  TO "anon";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON FUNCTIONS  TO "authenticated";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON FUNCTIONS  TO "service_role";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON TABLES  TO "postgres";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON TABLES  TO "anon";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON TABLES  TO "authenticated";



ALTER DEFAULT PRIVILEGES FOR ROLE "postgres" IN SCHEMA "public" GRANT ALL ON TABLES  TO "service_role";



ALTER DEFAULT PRIVILEGES FOR ROLE "supabase_admin" IN SCHEMA "public" GRANT ALL ON TABLES  TO "postgres";



ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT ON TABLES
    TO anon, authenticated;






RESET ALL;
