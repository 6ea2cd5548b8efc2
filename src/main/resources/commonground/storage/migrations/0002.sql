-- 0002: reserved for the scenarios module's tables (filled in by that module).
SELECT 1;
