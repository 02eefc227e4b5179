-- MigrateModeTest: a migration that outlasts the statement timeout requests run under.
SELECT pg_sleep(1);
