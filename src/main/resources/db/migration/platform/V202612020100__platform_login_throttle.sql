-- Sign-in throttling (docs/decisions/015): one row per throttle key, 'user:<username>' (for any
-- username tried, known or not) or 'addr:<client address or IPv6 /64>': when its window started, the
-- wrong passwords of the window and the password checks in flight. Every change is one atomic
-- statement; rows of ended windows are deleted.
create table login_throttle (
    throttle_key varchar(120) primary key,
    window_start timestamp with time zone not null,
    failures     int not null,
    pending      int not null
);

-- the counter on the (versioned) users row is gone: the throttle table answers "locked until"
alter table users drop column failed_logins;
alter table users drop column locked_until;
