-- The day index serves the time-args rule only, which needs a shared actor or place: days of
-- unnamed events without any (which can never be joined that way) go, so that they stop crowding
-- the bounded day lookup. New events without arguments are no longer indexed (src/reconcile/events.ts).
DELETE FROM event_days WHERE NOT EXISTS (SELECT 1 FROM event_args a WHERE a.event = event_days.event);
