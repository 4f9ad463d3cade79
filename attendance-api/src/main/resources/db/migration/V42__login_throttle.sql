-- Failed-login counters shared by every API process (issue 13, defect 5). One row per key:
-- 'client:<address>' counts a client's failures across all usernames (spraying), and
-- 'account:<username>|<address>' one client's failures on one account, so a stranger's failures
-- never lock the real user out on their own client. Fixed windows: a row whose window has ended
-- starts over at the next failure; ended rows are deleted periodically.
CREATE TABLE login_throttle (
    key          TEXT        PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    count        INTEGER     NOT NULL
);
CREATE INDEX login_throttle_window_start ON login_throttle (window_start);
