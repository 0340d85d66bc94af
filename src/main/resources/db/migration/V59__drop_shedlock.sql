-- ShedLock was never used: mail and reminders claim rows (FOR UPDATE SKIP LOCKED, unique claims) instead.
drop table if exists shedlock;
