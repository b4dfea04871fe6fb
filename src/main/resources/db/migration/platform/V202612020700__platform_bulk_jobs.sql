-- Bulk actions over more records than one request handles (ADR 024): the job, and one row per record with its
-- outcome, written in the transaction of the record's change, so that a job resumed after a crash neither skips
-- nor repeats a record.
create table bulk_jobs (
    id uuid primary key,
    resource varchar(60) not null,
    action varchar(20) not null,
    owner_id uuid,
    team_id uuid,
    tag varchar(100),
    stage varchar(40),
    created_by uuid not null,
    locale varchar(20) not null,
    status varchar(20) not null,
    total integer not null,
    done_count integer not null default 0,
    failed_count integer not null default 0,
    created_at timestamp with time zone not null,
    heartbeat_at timestamp with time zone,
    finished_at timestamp with time zone
);
create index bulk_jobs_status on bulk_jobs (status, created_at);
create index bulk_jobs_created_by on bulk_jobs (created_by, created_at);

create table bulk_job_items (
    job_id uuid not null references bulk_jobs (id) on delete cascade,
    seq integer not null,
    record_id uuid not null,
    record_version bigint,
    status smallint,
    detail varchar(500),
    primary key (job_id, seq)
);
