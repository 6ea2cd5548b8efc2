-- 0002: guided scenarios. The exact scenario text each run was made with (built-in or imported,
-- one row per id and version, so old runs stay readable), the runs, and their answers.
CREATE TABLE scenario_text (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    scenario_id  TEXT    NOT NULL CHECK (length(scenario_id) BETWEEN 1 AND 60),
    version      INTEGER NOT NULL CHECK (version >= 1),
    origin       TEXT    NOT NULL CHECK (origin IN ('BUILT_IN', 'IMPORTED')),
    title        TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    yaml         TEXT    NOT NULL CHECK (length(yaml) BETWEEN 1 AND 2097152),
    added_at     TEXT    NOT NULL,
    UNIQUE (scenario_id, version)
);

CREATE TABLE scenario_run (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    scenario_text_id  INTEGER NOT NULL REFERENCES scenario_text(id),
    person_id         INTEGER REFERENCES person(id),
    current_step      TEXT    NOT NULL CHECK (length(current_step) BETWEEN 1 AND 60),
    path              TEXT    NOT NULL DEFAULT '' CHECK (length(path) <= 4000),
    started_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    finished_at       TEXT
);

CREATE INDEX scenario_run_by_text ON scenario_run (scenario_text_id, updated_at);
CREATE INDEX scenario_run_by_person ON scenario_run (person_id, updated_at);

CREATE TABLE scenario_answer (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES scenario_run(id) ON DELETE CASCADE,
    step_id     TEXT    NOT NULL CHECK (length(step_id) BETWEEN 1 AND 60),
    answer      TEXT    NOT NULL CHECK (length(answer) <= 20000),
    updated_at  TEXT    NOT NULL,
    UNIQUE (run_id, step_id)
);
