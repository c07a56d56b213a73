-- How each community's SFTP server last answered the centre (docs/formats.md, "Channel status").
-- Owned by the terminal feature (ChannelStatuses); written by the SFTP pollers' poll strategy and
-- by the delivery of downloads. Versioned 14.1 so that it sorts after migrations 10-13 being
-- written on other branches (Flyway's outOfOrder stays off).
create table channel_status (
    community_id          varchar(8)    not null primary key references community (community_id),
    state                 varchar(8)    not null,
    consecutive_failures  integer       not null,
    last_success_at       timestamp,
    last_success_route    varchar(64),
    last_failure_at       timestamp,
    last_failure_route    varchar(64),
    last_failure_reason   varchar(400),
    constraint ck_channel_status_state check (state in ('OK', 'FAILING')),
    constraint ck_channel_status_failures check (consecutive_failures >= 0)
);
