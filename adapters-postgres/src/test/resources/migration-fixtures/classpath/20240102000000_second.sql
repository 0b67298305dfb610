CREATE TABLE packaged_second (id bigint PRIMARY KEY);
