-- Information access (信息准入): the card sectors each resource party may use. A party obtains
-- the keys of a sector only when granted it; the bus sectors 8-11 are never this system's to grant.
create table sector_grant (
    party_code  varchar(16) not null references resource_party (party_code),
    sector      integer     not null,
    granted_at  timestamp   not null,
    granted_by  varchar(64) not null,
    primary key (party_code, sector),
    constraint ck_sector_grant_sector check (sector between 0 and 15 and sector not between 8 and 11)
);
