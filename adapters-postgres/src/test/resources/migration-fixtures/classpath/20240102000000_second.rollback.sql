DROP TABLE packaged_second;
