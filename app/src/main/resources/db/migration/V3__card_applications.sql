-- Applications for a card, each carried by one CardIssuance process (business key = application id).
create table card_application (
    application_id   varchar(20)  not null primary key,
    cardholder_id    bigint       not null references cardholder (cardholder_id),
    household_id     varchar(12)  not null references household (household_id),
    community_id     varchar(8)   not null references community (community_id),
    card_type_code   varchar(8)   not null references card_type (card_type_code),
    outlet_id        varchar(8)   not null references outlet (outlet_id),
    status           varchar(16)  not null,
    card_no          varchar(16)  references card (card_no),
    rejection_stage  varchar(16),
    rejection_reason varchar(400),
    applied_by       varchar(64)  not null,
    applied_at       timestamp    not null,
    updated_at       timestamp    not null,
    constraint ck_card_application_status check (status in ('SUBMITTED', 'PERSONALISED', 'ACTIVE', 'REJECTED'))
);
create index ix_card_application_holder on card_application (cardholder_id);

create sequence card_application_seq start with 1;
