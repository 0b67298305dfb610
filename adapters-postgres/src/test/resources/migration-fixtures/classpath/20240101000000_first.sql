-- Packaged copy used when the migrations folder is absent.
CREATE TABLE packaged_first (id bigint PRIMARY KEY);
