-- GlobalOffice foundation: organisation, accounts and the audit trail.
-- Written once for H2 2.x and PostgreSQL 15: plain types, sequences (no IDENTITY), nextval('name').
-- Entity sequences step by 50 to match EclipseLink's allocation size of 50.

create sequence school_seq start with 50 increment by 50;
create sequence discipline_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;
create sequence audit_record_seq start with 1 increment by 1;

create table school (
    id          bigint       not null primary key,
    version     bigint       not null,
    code        varchar(16)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    created_at  timestamp    not null,
    created_by  varchar(64)  not null,
    updated_at  timestamp    not null,
    updated_by  varchar(64)  not null,
    constraint uk_school_code unique (code)
);

create table school_leading_group_member (
    school_id   bigint       not null references school (id) on delete cascade,
    position    integer      not null,
    name        varchar(100) not null,
    title       varchar(100),
    chair       boolean      not null,
    primary key (school_id, position)
);

create table discipline (
    id             bigint       not null primary key,
    version        bigint       not null,
    school_id      bigint       not null references school (id),
    code           varchar(16)  not null,
    name_zh        varchar(100) not null,
    name_en        varchar(200) not null,
    key_discipline boolean      not null,
    created_at     timestamp    not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp    not null,
    updated_by     varchar(64)  not null,
    constraint uk_discipline_school_code unique (school_id, code)
);
create index ix_discipline_school on discipline (school_id);

create table user_account (
    id              bigint       not null primary key,
    version         bigint       not null,
    username        varchar(64)  not null,
    display_name    varchar(100) not null,
    email           varchar(200),
    password_hash   varchar(512) not null,
    enabled         boolean      not null,
    school_id       bigint       references school (id),
    failed_sign_ins integer      not null,
    locked_until    timestamp,
    last_sign_in_at timestamp,
    created_at      timestamp    not null,
    created_by      varchar(64)  not null,
    updated_at      timestamp    not null,
    updated_by      varchar(64)  not null,
    constraint uk_user_account_username unique (username)
);

create table user_account_role (
    user_account_id bigint      not null references user_account (id) on delete cascade,
    role            varchar(16) not null,
    primary key (user_account_id, role)
);

-- Append-only: the application inserts rows and never updates or deletes them.
create table audit_record (
    id          bigint        not null primary key,
    occurred_at timestamp     not null,
    username    varchar(64)   not null,
    entity_type varchar(64)   not null,
    entity_id   varchar(64)   not null,
    action      varchar(16)   not null,
    changes     varchar(32000) not null
);
create index ix_audit_record_entity on audit_record (entity_type, entity_id);
create index ix_audit_record_occurred on audit_record (occurred_at);
create index ix_audit_record_username on audit_record (username);
