-- Whether an event's argument is one of its actors (1) or only a place (0): a government named by
-- its capital or seat (`Moscow denied`) matches its country as an actor, never as a place. Rows
-- from before are marked from their reports.
ALTER TABLE event_args ADD COLUMN actor INTEGER NOT NULL DEFAULT 0;
UPDATE event_args SET actor = 1
  WHERE EXISTS (SELECT 1 FROM event_reports r, json_each(json_extract(r.data, '$.actors')) j
                WHERE r.event = event_args.event AND j.value = event_args.node);
