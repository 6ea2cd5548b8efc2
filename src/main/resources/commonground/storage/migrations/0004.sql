-- 0004: reserved for the reflection module's tables (filled in by that module).
SELECT 1;
