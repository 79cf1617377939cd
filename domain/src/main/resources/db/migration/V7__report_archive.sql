-- The archive of the reports made for auditors: each one as it was handed out, never changed or deleted.

create sequence archived_report_seq start with 50 increment by 50;
create table archived_report (
    id              bigint        not null primary key,
    version         bigint        not null,
    report          varchar(32)   not null,
    format          varchar(8)    not null,
    language        varchar(8)    not null,
    title           varchar(300)  not null,
    window_text     varchar(300)  not null,
    filters_text    varchar(500)  not null,
    school_id       bigint        references school (id),
    made_at         timestamp     not null,
    made_by         varchar(64)   not null,
    row_count       bigint        not null,
    content_sha256  varchar(64)   not null,
    file_name       varchar(255)  not null,
    content_type    varchar(128)  not null,
    file_size       bigint        not null,
    file_sha256     varchar(64)   not null,
    stored_name     varchar(64)   not null,
    created_at      timestamp     not null,
    created_by      varchar(64)   not null,
    updated_at      timestamp     not null,
    updated_by      varchar(64)   not null
);
create index ix_archived_report_made on archived_report (made_at);
create index ix_archived_report_school on archived_report (school_id);
