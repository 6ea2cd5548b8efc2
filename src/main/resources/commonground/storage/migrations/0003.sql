-- 0003: reserved for the cues module's tables (filled in by that module).
SELECT 1;
